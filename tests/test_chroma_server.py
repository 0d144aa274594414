"""Chroma server mode: a real `chroma run` holds the vectors; app processes share one index."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import write_small_corpus
from processes import (
    ask_json,
    chroma_server,
    cited_sections,
    cli_env,
    run_cli,
    server_collections,
    start_cli,
)

BATHROOMS = "How many bathrooms were finished by September 2023?"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """One Chroma server for the module, its data in a scratch folder."""
    with chroma_server(tmp_path_factory.mktemp("chroma") / "data") as url:
        yield url


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One embedding cache for the module: the small corpus is embedded once."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """The small corpus in a fresh data folder."""
    write_small_corpus(tmp_path)
    return tmp_path


def _current(data_dir: Path) -> str:
    return (data_dir / "index" / "CURRENT").read_text(encoding="utf-8").strip()


def _builds_on(url: str, *builds: str) -> set[str]:
    return {f"bps-{b}-{kind}" for b in builds for kind in ("chunks", "sentences")}


def _edit_bathrooms(data_dir: Path, count: int) -> None:
    path = data_dir / "corpus" / "documents" / "en" / "sip.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("only 6 schools", f"only {count} schools").replace(
            "only 7 schools", f"only {count} schools"
        ),
        encoding="utf-8",
    )


@pytest.mark.slow
def test_the_index_lives_on_the_server_and_two_processes_share_it(
    server: str, data_dir: Path, cache: Path
) -> None:
    env = cli_env(data_dir, server, cache)
    built = run_cli(env, "index")
    assert built.returncode == 0, built.stderr
    first = _current(data_dir)
    assert _builds_on(server, first) <= server_collections(server)
    # the vectors are on the server: nothing of Chroma is written in the data folder
    assert not [p for p in data_dir.rglob("*") if p.name in ("chroma", "chroma.sqlite3")]
    assert (data_dir / "index" / "builds" / first / "manifest.json").is_file()

    # two app processes at once, each with its own client, answer from the one index
    procs = [start_cli(env, "ask", BATHROOMS, "--json") for _ in range(2)]
    outputs = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err for _, err in outputs]
    answers = [json.loads(out) for out, _ in outputs]
    assert cited_sections(answers[0]) == cited_sections(answers[1])
    assert ("sip", "sip.facilities") in cited_sections(answers[0])
    assert all("only 6 schools" in a["answer"] for a in answers)

    # an edit re-embeds one sentence into a new build's collections; others see it at once
    _edit_bathrooms(data_dir, 7)
    updated = run_cli(env, "index")
    assert updated.returncode == 0, updated.stderr
    assert "(1 embedded" in updated.stdout
    second = _current(data_dir)
    assert second != first
    assert "only 7 schools" in ask_json(env, BATHROOMS)["answer"]
    # the predecessor stays (a process that loaded it keeps answering); older ones go
    assert _builds_on(server, first, second) <= server_collections(server)

    _edit_bathrooms(data_dir, 8)
    assert run_cli(env, "index", "--rebuild").returncode == 0
    third = _current(data_dir)
    names = server_collections(server)
    assert _builds_on(server, second, third) <= names
    assert not _builds_on(server, first) & names
    assert "only 8 schools" in ask_json(env, BATHROOMS)["answer"]


SERVING = """
import json, os, sys
from assistant.chain import Assistant
from assistant.config import Settings

settings = Settings.from_env(os.environ)
assistant = Assistant.load(settings)
for line in sys.stdin:
    if line.strip() == "reload":
        assistant = Assistant.load(settings)
        print("{}", flush=True)
        continue
    answer = assistant.ask(line.strip())
    print(json.dumps(answer.to_dict()), flush=True)
"""


@pytest.mark.slow
def test_a_serving_process_keeps_answering_across_a_rebuild_and_sees_it_on_reload(
    server: str, data_dir: Path, cache: Path
) -> None:
    env = cli_env(data_dir, server, cache)
    assert run_cli(env, "index").returncode == 0
    app = subprocess.Popen(
        [sys.executable, "-c", SERVING],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert app.stdin is not None and app.stdout is not None

    def ask(line: str) -> dict[str, object]:
        assert app.stdin is not None and app.stdout is not None
        app.stdin.write(line + "\n")
        app.stdin.flush()
        data: dict[str, object] = json.loads(app.stdout.readline())
        return data

    try:
        assert "only 6 schools" in str(ask(BATHROOMS)["answer"])
        _edit_bathrooms(data_dir, 7)
        assert run_cli(env, "index").returncode == 0
        # still loaded on the previous build, whose collections are kept: no error
        assert "only 6 schools" in str(ask(BATHROOMS)["answer"])
        ask("reload")
        assert "only 7 schools" in str(ask(BATHROOMS)["answer"])
    finally:
        app.stdin.close()
        app.wait(timeout=60)
    assert app.returncode == 0


@pytest.mark.slow
def test_server_faults_are_one_clear_line(server: str, data_dir: Path, cache: Path) -> None:
    env = cli_env(data_dir, server, cache)
    assert run_cli(env, "index").returncode == 0
    build = _current(data_dir)

    from processes import free_port

    down = run_cli({**env, "BPS_ASSISTANT_CHROMA_URL": f"http://127.0.0.1:{free_port()}"},
                   "ask", BATHROOMS)
    assert down.returncode == 1
    assert down.stderr.startswith("error: cannot reach the Chroma server at http://127.0.0.1:")
    assert "Traceback" not in down.stderr and down.stderr.count("\n") == 1

    embedded = {k: v for k, v in env.items() if k != "BPS_ASSISTANT_CHROMA_URL"}
    unset = run_cli(embedded, "ask", BATHROOMS)
    assert unset.returncode == 1 and "BPS_ASSISTANT_CHROMA_URL" in unset.stderr

    # the server lost its data (a wiped volume): say so, and --rebuild brings it back
    from assistant.retrieval.vectorstore import delete_server_collections

    delete_server_collections(server, sorted(_builds_on(server, build)))
    lost = run_cli(env, "ask", BATHROOMS)
    assert lost.returncode == 1 and "Traceback" not in lost.stderr
    assert f"bps-{build}-chunks" in lost.stderr
    assert "bps-assistant index --rebuild" in lost.stderr
    assert run_cli(env, "index", "--rebuild").returncode == 0
    assert "only 6 schools" in ask_json(env, BATHROOMS)["answer"]


def test_the_compose_file_wires_replicas_one_chroma_server_and_a_shared_volume() -> None:
    """Docker is not available here: parse the file and check what would break a deployment."""
    import yaml

    from assistant.config import PROJECT_ROOT, Settings

    deploy = PROJECT_ROOT / "deploy"
    compose = yaml.safe_load((deploy / "compose.yaml").read_text(encoding="utf-8"))
    services = compose["services"]
    assert set(services) == {"chroma", "indexer", "app"}
    build = services["app"]["build"]
    assert (deploy / build["context"]).resolve() == PROJECT_ROOT.resolve()
    assert (PROJECT_ROOT / build["dockerfile"]).is_file()

    chroma = services["chroma"]
    assert chroma["command"][:2] == ["chroma", "run"] and "8000" in chroma["command"]
    assert "ports" not in chroma  # internal only: the server has no authentication
    assert services["indexer"]["command"] == ["bps-assistant", "index"]
    assert services["app"]["deploy"]["replicas"] >= 2
    assert services["app"]["depends_on"]["indexer"]["condition"] == (
        "service_completed_successfully"
    )
    for name in ("indexer", "app"):
        env = services[name]["environment"]
        assert env["BPS_ASSISTANT_CHROMA_URL"] == "http://chroma:8000"
        assert services[name]["volumes"] == ["shared:/data"]
        assert env["BPS_ASSISTANT_INDEX_DIR"].startswith("/data/")
        assert env["BPS_ASSISTANT_FEEDBACK_DIR"].startswith("/data/")
        settings = Settings.from_env({k: str(v) for k, v in env.items()})
        assert settings.chroma_endpoint == "http://chroma:8000"
        known = {f"BPS_ASSISTANT_{f.upper()}" for f in Settings.__dataclass_fields__}
        extra = set(env) - known
        assert extra <= {"BPS_ASSISTANT_ADMIN_PASSWORD", "BPS_ASSISTANT_LLM_API_KEY"}, extra
    declared = set(compose["volumes"])
    used = {v.split(":")[0] for svc in services.values() for v in svc.get("volumes", [])}
    assert used == declared == {"shared", "chroma"}
