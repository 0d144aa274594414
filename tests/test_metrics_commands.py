"""`bps-assistant metrics list|show|sql|add-table`: output, errors and exit codes."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from assistant.config import Settings
from assistant.errors import MetricsError, UnsafeQueryError
from assistant.metrics.commands import metrics

FIXTURE = Path(__file__).parent / "fixtures" / "metrics" / "corpus"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    shutil.copytree(FIXTURE, tmp_path / "corpus" / "metrics")
    return Settings(data_dir=tmp_path, metrics_max_age_days=36500)


def run(settings: Settings, *args: str) -> Result:
    return CliRunner().invoke(metrics, list(args), obj=settings)


def test_list_builds_the_store_and_shows_latest_values(settings: Settings) -> None:
    result = run(settings, "list")
    assert result.exit_code == 0, result.output
    assert (settings.index_path / "metrics.duckdb").is_file()
    line = next(x for x in result.output.splitlines() if "am_on_time_monthly" in x)
    assert "96" in line and "2025-03" in line and "95" in line
    data = json.loads(run(settings, "list", "--area", "facilities", "--json").stdout)
    assert [d["id"] for d in data] == ["facilities.bathrooms_completed", "facilities.air_sensors"]


def test_show_prints_the_series_newest_first(settings: Settings) -> None:
    result = run(settings, "show", "transportation.am_on_time_monthly")
    assert result.exit_code == 0, result.output
    out = result.output
    assert "The target was met." in out
    assert out.index("2025-03-31") < out.index("2025-02-28") < out.index("2025-01-31")
    data = json.loads(run(settings, "show", "general.enrollment", "--json").stdout)
    assert [p["value"] for p in data["series"]] == [50173.0, 50000.0]
    assert data["series"][1]["qualifier"] == "about"
    assert data["result"]["sentence"].startswith("In September 2024, the number of students")


def test_show_refuses_unknown_ids_and_scopes(settings: Settings) -> None:
    result = run(settings, "show", "enrollment")
    assert isinstance(result.exception, MetricsError)
    assert "did you mean general.enrollment" in str(result.exception)
    bad_scope = run(settings, "show", "general.enrollment", "--scope", "county")
    assert bad_scope.exit_code == 2 and "scope must be one of" in bad_scope.output


def test_sql_runs_one_select_and_refuses_the_rest(settings: Settings) -> None:
    result = run(settings, "sql", "SELECT indicator_id, value FROM observations ORDER BY value")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].split() == ["indicator_id", "value"]
    capped = run(settings, "sql", "SELECT * FROM range(10)", "--max-rows", "3", "--json")
    assert json.loads(capped.stdout) == {
        "columns": ["range"],
        "rows": [[0], [1], [2]],
        "truncated": True,
    }
    for query in (
        "SELECT 1; DROP TABLE x",
        "COPY observations TO 'x.csv'",
        "ATTACH 'x.duckdb'",
        "SELECT * FROM read_csv('/etc/passwd')",
        "INSTALL httpfs",
        "LOAD httpfs",
    ):
        refused = run(settings, "sql", query)
        assert isinstance(refused.exception, UnsafeQueryError), query
        assert str(refused.exception).startswith("refused:")


def test_add_table_usage_errors_exit_2(settings: Settings, tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("a\n1\n")
    assert run(settings, "add-table", str(path), "--name", "Bad Name").exit_code == 2
    assert run(settings, "add-table", str(path), "--name", "t", "--type", "a").exit_code == 2
    assert run(settings, "add-table", str(tmp_path / "missing.csv"), "--name", "t").exit_code == 2
    ok = run(settings, "add-table", str(path), "--name", "t", "--type", "a=text")
    assert ok.exit_code == 0, ok.output
    assert "a: text" in ok.output


def test_settings_are_found_where_the_top_level_cli_puts_them(settings: Settings) -> None:
    result = CliRunner().invoke(metrics, ["list", "--json"], obj={"settings": settings})
    assert result.exit_code == 0, result.output
    assert (settings.index_path / "metrics.duckdb").is_file()
