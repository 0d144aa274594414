"""Indicators declared over a raw table: compiled SQL, parameters, scopes, grains, errors."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result

from assistant.config import Settings
from assistant.errors import MetricsError
from assistant.metrics.aggregates import compile_series, period_label
from assistant.metrics.commands import metrics
from assistant.metrics.definitions import parse_aggregate
from assistant.metrics.store import build_metrics_db
from assistant.metrics.tool import MetricsTool

FIXTURE = Path(__file__).parent / "fixtures" / "metrics" / "corpus"
TODAY = date(2025, 3, 15)
# (date, school, AM/PM, arrival delay in minutes; empty = the bus never arrived)
TRIPS = [
    ("2025-01-06", "Mather", "AM", "-3"),
    ("2025-01-06", "Mather", "AM", "4"),
    ("2025-01-06", "Quincy", "AM", "0"),
    ("2025-01-07", "Quincy", "PM", "12"),
    ("2025-02-03", "Mather", "AM", "-1"),
    ("2025-02-03", "Quincy", "AM", ""),
    ("2025-02-04", "Quincy", "AM", "-5"),
    ("2025-02-04", "Quincy", "AM", "2"),
]
ON_TIME = {
    "id": "transportation.trips_on_time",
    "area": "transportation",
    "name": "share of morning bus trips arriving on time",
    "unit": "percent",
    "direction": "higher",
    "target": 95,
    "target_text": "95% or better every month",
    "source": "HERALD",
    "synonyms": ["trips on time", "bus trips"],
    "aggregate": {
        "table": "bus_trips",
        "where": [{"column": "am_pm", "op": "=", "value": "AM"}],
        "value": {"share_where": {"column": "arrival_delay_min", "op": "<=", "value": 0}},
        "group_by": ["school"],
        "scope": "school",
        "period": {"column": "trip_date", "grain": "month"},
    },
}
MEAN_DELAY = {
    "id": "transportation.mean_delay",
    "area": "transportation",
    "name": "average arrival delay of morning trips in minutes",
    "unit": "minutes",
    "direction": "lower",
    "synonyms": ["average delay"],
    "aggregate": {
        "table": "bus_trips",
        "where": [{"column": "am_pm", "op": "in", "value": ["AM"]}],
        "value": {"mean": "arrival_delay_min"},
        "period": {"column": "trip_date", "grain": "school_year"},
    },
}


def _trips_csv(path: Path) -> Path:
    lines = ["Trip Date,School,AM/PM,Arrival Delay (min)"] + [",".join(t) for t in TRIPS]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _declare(corpus: Path, *entries: dict[str, object]) -> None:
    path = corpus / "indicators.yaml"
    data = yaml.safe_load(path.read_text())
    data["indicators"].extend(entries)
    path.write_text(yaml.safe_dump(data, sort_keys=False))


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    shutil.copytree(FIXTURE, tmp_path / "corpus" / "metrics")
    return Settings(data_dir=tmp_path)


def _add_table(settings: Settings, csv_path: Path, *extra: str) -> Result:
    runner = CliRunner()
    args = ["add-table", str(csv_path), "--name", "bus_trips", *extra]
    return runner.invoke(metrics, args, obj=settings)


def test_a_yaml_entry_over_an_added_table_is_answerable(settings: Settings, tmp_path: Path) -> None:
    corpus = settings.corpus_path / "metrics"
    _declare(corpus, ON_TIME, MEAN_DELAY)
    result = _add_table(settings, _trips_csv(tmp_path / "trips.csv"))
    assert result.exit_code == 0, result.output
    assert (corpus / "tables" / "bus_trips.parquet").is_file()
    with MetricsTool(settings.index_path / "metrics.duckdb", today=TODAY) as tool:
        [res] = tool.lookup("Were the bus trips on time?", limit=1)
        assert (res.indicator, res.scope, res.period, res.as_of) == (
            "transportation.trips_on_time",
            "district",
            "2025-02",
            "2025-02-28",
        )
        # February: 2 of 4 morning trips on time; the bus that never came counts as late
        assert res.value == pytest.approx(50.0)
        assert res.previous == (("2025-01", pytest.approx(200 / 3)),)
        assert res.met is False and res.source_url == "https://example.org/herald"
        school = tool.lookup("Were the bus trips on time at the Mather?", limit=1)[0]
        assert (school.scope, school.scope_id, school.value) == ("school", "Mather", 100.0)
        by_school = tool.series("transportation.trips_on_time", "school")
        assert [(p.period, p.scope_id, round(p.value, 1)) for p in by_school] == [
            ("2025-02", "Mather", 100.0),
            ("2025-02", "Quincy", 33.3),
            ("2025-01", "Mather", 50.0),
            ("2025-01", "Quincy", 100.0),
        ]
        delay = tool.result("transportation.mean_delay")
        assert (delay.period, delay.as_of) == ("SY2024-25", "2025-06-30")
        assert delay.value == pytest.approx((-3 + 4 + 0 - 1 - 5 + 2) / 6)


def test_a_definition_over_a_table_not_yet_added_has_no_data(settings: Settings) -> None:
    corpus = settings.corpus_path / "metrics"
    _declare(corpus, ON_TIME)
    report = build_metrics_db(corpus, settings.index_path / "metrics.duckdb")
    assert any("add-table" in w and "bus_trips" in w for w in report.warnings)
    with MetricsTool(settings.index_path / "metrics.duckdb", today=TODAY) as tool:
        res = tool.result("transportation.trips_on_time")
    assert res.value is None and res.period == "" and res.previous == ()


def test_a_definition_naming_a_missing_column_fails_and_adds_nothing(
    settings: Settings, tmp_path: Path
) -> None:
    corpus = settings.corpus_path / "metrics"
    aggregate = {**ON_TIME["aggregate"], "group_by": ["route"]}
    bad = {**ON_TIME, "aggregate": aggregate}
    _declare(corpus, bad)
    result = _add_table(settings, _trips_csv(tmp_path / "trips.csv"))
    assert isinstance(result.exception, MetricsError)
    assert "has no column(s) route" in str(result.exception)
    assert not (corpus / "tables" / "bus_trips.parquet").exists()


def test_bad_rows_in_an_added_table_add_nothing(settings: Settings, tmp_path: Path) -> None:
    rows = [("2025-01-06", "Mather", "AM", str(d)) for d in range(8)] + [
        ("2025-01-07", "Mather", "AM", "late")
    ]
    path = tmp_path / "trips.csv"
    path.write_text("date,school,am_pm,delay\n" + "".join(",".join(r) + "\n" for r in rows))
    result = _add_table(settings, path)
    assert isinstance(result.exception, MetricsError)
    assert "line 10: delay='late'" in str(result.exception)
    assert not (settings.corpus_path / "metrics" / "tables").exists()


def test_adding_a_table_twice_needs_replace(settings: Settings, tmp_path: Path) -> None:
    csv_path = _trips_csv(tmp_path / "trips.csv")
    assert _add_table(settings, csv_path).exit_code == 0
    again = _add_table(settings, csv_path)
    assert "add --replace" in str(again.exception)
    assert _add_table(settings, csv_path, "--replace").exit_code == 0


def test_values_travel_as_parameters_never_as_sql() -> None:
    agg = parse_aggregate(
        {
            "table": "bus_trips",
            "where": [{"column": "school", "op": "=", "value": "x' OR 1=1 --"}],
            "value": {"count": "*"},
            "group_by": "school",
            "period": {"column": "trip_date", "grain": "day"},
        },
        "test",
    )
    query = compile_series(agg, scope_id="Mather")
    assert "OR 1=1" not in query.sql and "Mather" not in query.sql
    assert query.params == ("x' OR 1=1 --", "Mather")


@pytest.mark.parametrize(
    ("start", "grain", "label", "end"),
    [
        (date(2025, 2, 1), "month", "2025-02", date(2025, 2, 28)),
        (date(2025, 4, 1), "quarter", "2025-Q2", date(2025, 6, 30)),
        (date(2024, 7, 1), "school_year", "SY2024-25", date(2025, 6, 30)),
        (date(2024, 1, 1), "year", "2024", date(2024, 12, 31)),
        (date(2024, 1, 9), "day", "2024-01-09", date(2024, 1, 9)),
    ],
)
def test_period_labels(start: date, grain: str, label: str, end: date) -> None:
    assert period_label(start, grain) == (label, end)
