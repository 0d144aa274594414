"""DuckDB in serving processes: read-only, shared across processes and threads, never written."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from conftest import build_small_with_metrics, private_copy
from processes import cli_env, run_cli

from assistant.config import Settings
from assistant.errors import UnsafeQueryError
from assistant.metrics.connection import MetricsDB

METRIC_QUESTIONS = [
    "Are the buses on time now?",
    "How many schools had their bathrooms renovated?",
    "What is the graduation rate?",
    "How many students are English learners?",
]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small corpus plus the shipped metrics tables, indexed once for the module."""
    return build_small_with_metrics(tmp_path_factory.mktemp("readonly-built"))


@pytest.fixture
def data(built: Path, tmp_path: Path) -> Path:
    """A private copy of the built data folder, free to damage."""
    return private_copy(built, tmp_path)


def _settings(root: Path) -> Settings:
    return Settings(data_dir=root, cache_dir=root / "cache")


HOLDER = """
import json, sys
from pathlib import Path
from assistant.metrics.connection import MetricsDB
from assistant.obligations.store import _connect, open_obligations

index = Path(sys.argv[1])
db = MetricsDB(index / "metrics.duckdb")
with _connect(index / "obligations.duckdb") as held:  # kept open while the other side works
    print(json.dumps({"indicators": db.query("SELECT count(*) FROM indicators").rows[0][0]}),
          flush=True)
    for line in sys.stdin:
        raw = db.columns_of("raw", line.strip())
        print(json.dumps({"raw": raw, "obligations": len(open_obligations(index / "obligations.duckdb"))}),
              flush=True)
"""


def test_other_processes_read_and_rebuild_while_a_serving_process_holds_connections(
    data: Path,
) -> None:
    from assistant.obligations.store import open_obligations

    index = data / "index"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(index)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdin is not None and holder.stdout is not None
    try:
        held = json.loads(holder.stdout.readline())
        # this process reads the same files while the holder has them open
        with MetricsDB(index / "metrics.duckdb") as db:
            assert db.query("SELECT count(*) FROM indicators").rows[0][0] == held["indicators"]
        duties = len(open_obligations(index / "obligations.duckdb"))
        assert duties > 0
        # so does a CLI process
        env = cli_env(data)
        sql = run_cli(env, "metrics", "sql", "SELECT count(*) AS n FROM indicators", "--json")
        assert sql.returncode == 0, sql.stderr
        assert str(held["indicators"]) in sql.stdout

        # the indexer-side writer replaces the file under the open connections
        trips = data / "trips.csv"
        trips.write_text("route,on_time\n1,true\n2,false\n", encoding="utf-8")
        added = run_cli(env, "metrics", "add-table", str(trips), "--name", "bus_trips")
        assert added.returncode == 0, added.stderr
        rebuilt = run_cli(env, "index", "--rebuild")
        assert rebuilt.returncode == 0, rebuilt.stderr

        # and the serving process sees the new file on its next query, without a restart
        holder.stdin.write("bus_trips\n")
        holder.stdin.flush()
        seen = json.loads(holder.stdout.readline())
        assert seen["raw"] == {"route": "BIGINT", "on_time": "BOOLEAN"}
        assert seen["obligations"] == duties
    finally:
        holder.stdin.close()
        holder.wait(timeout=60)
    assert holder.returncode == 0


def test_serving_connections_cannot_write(data: Path) -> None:
    import duckdb

    from assistant.obligations.store import _connect, open_obligations

    index = data / "index"
    with MetricsDB(index / "metrics.duckdb") as db:
        before = db.query("SELECT count(*) FROM observations").rows
        for statement in (
            "DELETE FROM observations",
            "CREATE TABLE notes (x INTEGER)",
            "UPDATE indicators SET target = 0",
        ):
            with pytest.raises(UnsafeQueryError, match="read-only"):
                db.query(statement)
        assert db.query("SELECT count(*) FROM observations").rows == before

    duties = len(open_obligations(index / "obligations.duckdb"))
    with _connect(index / "obligations.duckdb") as conn, pytest.raises(
        duckdb.Error, match="read-only"
    ):
        conn.execute("DELETE FROM obligations")
    assert len(open_obligations(index / "obligations.duckdb")) == duties

    refused = run_cli(cli_env(data), "metrics", "sql", "DELETE FROM observations")
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert refused.stderr.startswith("error: ")


def test_fifty_threads_share_one_metrics_tool_and_obligations_across_a_rebuild(
    data: Path,
) -> None:
    from assistant.metrics.store import build_metrics_db
    from assistant.metrics.tool import MetricsTool
    from assistant.obligations.query import filter_obligations
    from assistant.obligations.store import open_obligations

    index = data / "index"
    tool = MetricsTool(index / "metrics.duckdb")

    def work(i: int) -> tuple[Any, ...]:
        question = METRIC_QUESTIONS[i % len(METRIC_QUESTIONS)]
        results = tool.lookup(question)
        duties = filter_obligations(
            open_obligations(index / "obligations.duckdb"), area="transportation"
        )
        return question, results, [d.obligation_id for d in duties]

    expected = {q: tool.lookup(q) for q in METRIC_QUESTIONS}
    transport = [
        d.obligation_id
        for d in filter_obligations(
            open_obligations(index / "obligations.duckdb"), area="transportation"
        )
    ]
    assert any(expected.values()) and transport

    start = threading.Barrier(51)
    rebuilt = threading.Event()

    def rebuild() -> None:  # the indexer replaces the file while the threads read it
        start.wait()
        try:
            build_metrics_db(data / "corpus" / "metrics", index / "metrics.duckdb", force=True)
        finally:
            rebuilt.set()

    def run(i: int) -> list[tuple[Any, ...]]:
        start.wait()
        done = [work(i)]
        while not rebuilt.is_set():  # keep reading until the swap, then once more after it
            done.append(work(i))
        done.append(work(i))
        return done

    with ThreadPoolExecutor(max_workers=51) as pool:
        rebuilding = pool.submit(rebuild)
        results = [r for batch in pool.map(run, range(50)) for r in batch]
        rebuilding.result()
    assert len(results) >= 100
    for question, found, duties in results:
        assert found == expected[question], question
        assert duties == transport
    assert tool.db.generation >= 1  # the shared connection was reopened on the new file
    tool.close()


def _essentials(answer: Any) -> tuple[Any, ...]:
    return (
        answer.text,
        answer.refused,
        tuple((c.kind, c.doc_id, c.section, c.indicator, c.text) for c in answer.citations),
    )


def test_threads_asking_one_assistant_get_the_answers_one_thread_gets(data: Path) -> None:
    from assistant.chain import Assistant

    assistant = Assistant.load(_settings(data))
    questions = [
        ("How many bathrooms were finished by September 2023?", "family"),
        ("Are the buses on time now?", "family"),
        ("What must bus drivers report to the school leader?", "principal"),
        ("¿Cuántas escuelas tienen baños renovados?", "family"),
    ]
    expected = {q: _essentials(assistant.ask(q, role=role)) for q, role in questions}
    assert any(c[0] == "metric" for c in expected[questions[1][0]][2])

    def ask(i: int) -> tuple[str, tuple[Any, ...]]:
        question, role = questions[i % len(questions)]
        return question, _essentials(assistant.ask(question, role=role))

    with ThreadPoolExecutor(max_workers=16) as pool:
        answers = list(pool.map(ask, range(32)))
    for question, got in answers:
        assert got == expected[question], question
