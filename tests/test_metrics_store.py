"""Building metrics.duckdb: the shipped seed, malformed and wrongly typed rows, atomic rebuilds."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
import yaml

from assistant.config import PROJECT_ROOT
from assistant.errors import MetricsError
from assistant.metrics.store import build_metrics_db, open_readonly

SHIPPED = PROJECT_ROOT / "corpus" / "metrics"
FIXTURE = Path(__file__).parent / "fixtures" / "metrics" / "corpus"
HEADER = "indicator_id,period,period_start,period_end,value,qualifier,scope,scope_id,note,source\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "corpus" / "metrics"
    shutil.copytree(FIXTURE, folder)
    return folder


def _append(path: Path, *lines: str) -> None:
    with path.open("a", encoding="utf-8") as fh:
        fh.write("".join(line + "\n" for line in lines))


def test_shipped_seed_loads_every_row_with_a_resolved_source(tmp_path: Path) -> None:
    report = build_metrics_db(SHIPPED, tmp_path / "metrics.duckdb")
    declared = yaml.safe_load((SHIPPED / "indicators.yaml").read_text())["indicators"]
    with (SHIPPED / "observations.csv").open() as fh:
        rows = list(csv.DictReader(fh))
    assert report.indicators == len(declared) and report.observations == len(rows)
    assert report.warnings == ()
    with open_readonly(tmp_path / "metrics.duckdb") as db:
        bad = db.query("SELECT count(*) FROM observations WHERE source_url NOT LIKE 'http%'").rows[
            0
        ][0]
        no_data = db.query(
            "SELECT id FROM indicators WHERE id NOT IN (SELECT indicator_id FROM observations)"
        ).rows
        first_day = db.query(
            "SELECT value, source FROM observations WHERE indicator_id = ? AND period = ? "
            "ORDER BY value",
            ("transportation.am_on_time_daily", "2023-09"),
        ).rows
    assert bad == 0
    assert no_data == ()  # every shipped indicator has at least one value
    # conflicting reports are both kept, never averaged
    assert first_day == ((62.0, "BNT-2024-09"), (64.0, "HERALD-2025-09"))


def test_shipped_seed_keeps_the_fact_sheet_figures(tmp_path: Path) -> None:
    build_metrics_db(SHIPPED, tmp_path / "m.duckdb")
    with open_readonly(tmp_path / "m.duckdb") as db:
        rows = dict(
            db.query(
                "SELECT indicator_id || '@' || period, value FROM observations "
                "WHERE scope = 'district'"
            ).rows
        )
    assert rows["transportation.am_on_time_monthly@2025-03"] == 94
    assert rows["transportation.am_on_time_monthly@2025-06"] == 94
    assert rows["transportation.pm_on_time_daily@2022-09-08"] == 57
    assert rows["transportation.pm_within_15_daily@2022-09-08"] == 74
    assert rows["transportation.pm_within_30_daily@2022-09-08"] == 81
    assert rows["facilities.bathroom_renovations_completed@2023-09"] == 6
    assert rows["transportation.budget@FY23"] == 116467033
    assert rows["data.graduation_rate_4yr@class of 2022"] == 81


def test_unchanged_corpus_is_not_rebuilt(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "index" / "metrics.duckdb"
    first = build_metrics_db(corpus, db)
    stamp = db.stat().st_mtime_ns
    again = build_metrics_db(corpus, db)
    assert not first.skipped and again.skipped
    assert (again.indicators, again.observations) == (5, 7)
    assert db.stat().st_mtime_ns == stamp
    _append(corpus / "observations.csv", "general.enrollment,2025-09,,,40000,,district,,,GLOBE")
    assert build_metrics_db(corpus, db).observations == 8


def test_a_failed_build_keeps_the_previous_store(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "metrics.duckdb"
    build_metrics_db(corpus, db)
    _append(corpus / "observations.csv", "general.enrollment,2025-09,,,lots,,district,,,GLOBE")
    with pytest.raises(MetricsError, match=r"line 9: value 'lots' is not a number"):
        build_metrics_db(corpus, db)
    with open_readonly(db) as store:
        assert store.query("SELECT count(*) FROM observations").rows[0][0] == 7
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "metrics.duckdb"]


def test_malformed_rows_are_reported_with_line_numbers(corpus: Path, tmp_path: Path) -> None:
    _append(
        corpus / "observations.csv",
        "general.enrollment,2025-09,,,40000,,district,,GLOBE",  # 9 cells
        'general.enrollment,2025-10,,,40000,,district,,"a note, with a comma",GLOBE',
        "general.enrollment,2025-11,,,40000,,district,,,GLOBE,extra",
    )
    with pytest.raises(MetricsError) as err:
        build_metrics_db(corpus, tmp_path / "m.duckdb")
    message = str(err.value)
    assert "line 9: expected 10 cells, found 9" in message
    assert "line 11: expected 10 cells, found 11" in message
    assert "line 10" not in message
    assert not (tmp_path / "m.duckdb").exists()


def test_wrong_types_and_unknown_references_are_refused(corpus: Path, tmp_path: Path) -> None:
    _append(
        corpus / "observations.csv",
        "general.enrollment,2025-09,2025-13-01,,40000,,district,,,GLOBE",
        "general.enrolment,2025-09,,,40000,,district,,,GLOBE",
        "general.enrollment,2025-09,,,40000,roughly,county,,,NOPE",
        "general.enrollment,2025-09,2025-09-30,2025-09-01,nan,,district,,,GLOBE",
    )
    with pytest.raises(MetricsError) as err:
        build_metrics_db(corpus, tmp_path / "m.duckdb")
    message = str(err.value)
    assert "has 4 bad row(s), nothing was loaded" in message
    assert "line 9: period_start '2025-13-01' is not a date" in message
    assert "line 10: unknown indicator 'general.enrolment'" in message
    assert "scope 'county' is not one of" in message and "qualifier must be one of" in message
    assert "source 'NOPE' is not in sources.csv" in message
    assert (
        "line 12: value 'nan' is not a finite number; period_start is after period_end" in message
    )


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ({"area": "buses"}, "area 'buses' is not one of"),
        ({"direction": "up"}, "direction 'up' is not one of"),
        ({"target": "95%"}, "target must be a number"),
        ({"colour": "red"}, "unknown field(s) colour"),
        ({"id": "Enrollment"}, "id must look like 'area.short_name'"),
        ({"target_date": "June 2023"}, "target_date 'June 2023' is not a date"),
        ({"source": "NOWHERE"}, "names source 'NOWHERE'"),
        (
            {
                "aggregate": {
                    "table": "t",
                    "value": {"share_where": {"column": "x", "op": "~"}},
                    "period": {"column": "d"},
                }
            },
            "condition op '~' is not one of",
        ),
        (
            {
                "aggregate": {
                    "table": "t",
                    "value": {"mean": "x; DROP TABLE t"},
                    "period": {"column": "d"},
                }
            },
            "is not a valid name",
        ),
        (
            {"aggregate": {"table": "t", "value": {"total": "x"}, "period": {"column": "d"}}},
            "aggregate.value 'total' is not one of",
        ),
    ],
)
def test_bad_definitions_are_refused(
    corpus: Path, tmp_path: Path, entry: dict[str, object], expected: str
) -> None:
    path = corpus / "indicators.yaml"
    data = yaml.safe_load(path.read_text())
    data["indicators"][2].update(entry)
    path.write_text(yaml.safe_dump(data))
    with pytest.raises(MetricsError) as err:
        build_metrics_db(corpus, tmp_path / "m.duckdb")
    assert expected in str(err.value)


def test_duplicate_indicator_ids_are_refused(corpus: Path, tmp_path: Path) -> None:
    path = corpus / "indicators.yaml"
    data = yaml.safe_load(path.read_text())
    data["indicators"].append(dict(data["indicators"][0]))
    path.write_text(yaml.safe_dump(data))
    with pytest.raises(MetricsError, match="declared twice"):
        build_metrics_db(corpus, tmp_path / "m.duckdb")


def test_an_empty_folder_builds_an_empty_store_with_a_warning(tmp_path: Path) -> None:
    report = build_metrics_db(tmp_path / "nothing", tmp_path / "m.duckdb")
    assert report.indicators == 0
    assert any("indicators.yaml" in w for w in report.warnings)


def test_open_readonly_explains_a_missing_or_corrupt_store(tmp_path: Path) -> None:
    with pytest.raises(MetricsError, match="does not exist; rebuild it with `bps-assistant index`"):
        open_readonly(tmp_path / "missing.duckdb")
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(b"not a database" * 100)
    with pytest.raises(MetricsError, match=r"cannot be opened .*rebuild it with"):
        open_readonly(junk)


def test_open_connections_see_a_rebuilt_store(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "metrics.duckdb"
    build_metrics_db(corpus, db)
    with open_readonly(db) as before:
        assert before.query("SELECT count(*) FROM observations").rows == ((7,),)
        _append(corpus / "observations.csv", "general.enrollment,2025-09,,,40000,,district,,,GLOBE")
        build_metrics_db(corpus, db)
        with open_readonly(db) as after:
            assert after.query("SELECT count(*) FROM observations").rows == ((8,),)
        assert before.query("SELECT count(*) FROM observations").rows == ((8,),)
        assert before.generation == 1
