"""The SQL boundary: one SELECT only, read-only, no files or extensions, time limit, row cap."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.errors import MetricsError, UnsafeQueryError
from assistant.metrics.connection import MetricsDB
from assistant.metrics.guards import check_select
from assistant.metrics.store import build_metrics_db, open_readonly

FIXTURE = Path(__file__).parent / "fixtures" / "metrics" / "corpus"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[MetricsDB]:
    shutil.copytree(FIXTURE, tmp_path / "corpus")
    build_metrics_db(tmp_path / "corpus", tmp_path / "metrics.duckdb")
    with open_readonly(tmp_path / "metrics.duckdb", timeout_s=0.5, max_rows=5) as store:
        yield store


@pytest.mark.parametrize(
    ("sql", "message"),
    [
        (
            "SELECT 1; DROP TABLE observations",
            "only one statement is allowed, found 2 (SELECT, DROP)",
        ),
        ("COPY observations TO '/tmp/out.csv'", "this is COPY (reading or writing files)"),
        ("ATTACH '/tmp/other.duckdb' AS other", "this is ATTACH (opening another database)"),
        ("INSTALL httpfs", "this is INSTALL/LOAD (extensions)"),
        ("LOAD httpfs", "this is INSTALL/LOAD (extensions)"),
        ("SET enable_external_access = true", "this is SET (changing settings)"),
        ("DROP TABLE observations", "only SELECT queries are allowed, this is DROP"),
        ("PRAGMA database_list", "this is PRAGMA"),
        ("   ", "the query is empty"),
        ("SELEC 1", "could not be parsed"),
    ],
)
def test_anything_but_one_select_is_refused(db: MetricsDB, sql: str, message: str) -> None:
    with pytest.raises(UnsafeQueryError) as err:
        db.run_select(sql)
    assert message in str(err.value) and str(err.value).startswith("refused:")


@pytest.mark.parametrize(
    "sql",
    [
        "SELECT * FROM read_csv('/etc/passwd')",
        "SELECT * FROM read_text('/etc/passwd')",
        "SELECT * FROM glob('/etc/*')",
        "SELECT * FROM read_parquet('/tmp/anything.parquet')",
    ],
)
def test_file_access_inside_a_select_is_refused(db: MetricsDB, sql: str) -> None:
    with pytest.raises(UnsafeQueryError, match="outside the metrics store"):
        db.run_select(sql)


def test_a_select_runs_and_the_row_cap_applies(db: MetricsDB) -> None:
    res = db.run_select("WITH o AS (SELECT * FROM observations) SELECT count(*) AS n FROM o")
    assert res.columns == ("n",) and res.rows == ((7,),) and not res.truncated
    capped = db.run_select("SELECT * FROM range(100)")
    assert len(capped.rows) == 5 and capped.truncated


def test_a_slow_query_is_stopped(db: MetricsDB) -> None:
    with pytest.raises(MetricsError, match=r"longer than 0\.5 s and was stopped"):
        db.run_select("SELECT count(*) FROM range(100000000000) a, range(10) b")
    assert db.run_select("SELECT 1").rows == ((1,),)  # the connection still works


def test_the_connection_itself_is_read_only_and_locked(db: MetricsDB) -> None:
    with pytest.raises(UnsafeQueryError, match="read-only"):
        db.query("DELETE FROM observations")
    with pytest.raises(UnsafeQueryError):
        db.query("SET enable_external_access = true")


def test_check_select_returns_the_statement() -> None:
    assert check_select("SELECT 42;").strip().rstrip(";") == "SELECT 42"
    with pytest.raises(UnsafeQueryError, match="longer than"):
        check_select("SELECT " + "1+" * 20_000 + "1")
