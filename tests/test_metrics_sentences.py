"""What a metric answer says: value, unit, period, target and verdict, age, and no gap-filling."""

from __future__ import annotations

import dataclasses
import shutil
from datetime import date
from pathlib import Path

import pytest

from assistant.metrics.sentences import (
    citation_text,
    format_value,
    gap_to_target,
    metric_citation,
    metric_sentence,
    no_metric_sentence,
    when,
)
from assistant.metrics.store import build_metrics_db
from assistant.metrics.tool import MetricsTool
from assistant.types import MetricResult

FIXTURE = Path(__file__).parent / "fixtures" / "metrics" / "corpus"

BUSES = MetricResult(
    indicator="transportation.am_on_time_monthly",
    name="share of morning buses arriving on time",
    area="transportation",
    unit="percent",
    direction="higher",
    value=94.0,
    period="2025-03",
    as_of="2025-03-31",
    target=95.0,
    target_text="95% every month",
    met=False,
    source_url="https://example.org/tpr",
    previous=(("2025-02", 93.0),),
    age_days=40,
)


def test_the_sentence_states_value_period_target_and_verdict() -> None:
    assert metric_sentence(BUSES, 2, max_age_days=365) == (
        "In March 2025, the share of morning buses arriving on time was 94%. The plan's "
        "target is 95% every month. The target was not met [2]."
    )
    met = dataclasses.replace(BUSES, value=96.0, met=True)
    assert ". The target was met [1]." in metric_sentence(met, 1)


def test_an_old_figure_says_how_old_it_is() -> None:
    old = dataclasses.replace(BUSES, age_days=610)
    assert metric_sentence(old, 2, max_age_days=365).endswith(
        ". This is the latest figure we have. It is 20 months old [2]."
    )
    assert "latest figure" not in metric_sentence(old, 2, max_age_days=700)
    ancient = dataclasses.replace(BUSES, age_days=1200)
    assert metric_sentence(ancient, 1, max_age_days=365).endswith("It is 3 years old [1].")


def test_no_data_is_said_never_filled() -> None:
    empty = dataclasses.replace(BUSES, value=None, period="", as_of="", met=None, age_days=None)
    text = metric_sentence(empty, 3)
    assert text == (
        "The metrics tables have no figure yet for share of morning buses arriving on time, "
        "so we cannot say what it is."
    )
    assert "[3]" not in text and not any(ch.isdigit() for ch in text)
    assert no_metric_sentence() == "The metrics tables have no figure that answers this question."


def test_lapsed_targets_aims_and_undated_figures() -> None:
    lapsed = dataclasses.replace(BUSES, period="2025-09-04", met=None)
    assert "On September 4, 2025," in metric_sentence(lapsed, 1)
    assert "The plan's target (95% every month) no longer applied then [1]." in metric_sentence(
        lapsed, 1
    )
    aim = dataclasses.replace(BUSES, target=None, target_text="reduce this share", met=None)
    assert "The plan's aim is to reduce this share. The plan gives no number for it [1]." in (
        metric_sentence(aim, 1)
    )
    undated = dataclasses.replace(BUSES, as_of="", age_days=None, period="since September 2020")
    text = metric_sentence(undated, 1, max_age_days=365)
    assert text.startswith("Since September 2020, the share")
    assert text.endswith(". The source does not say when this figure was measured [1].")


@pytest.mark.parametrize(
    ("value", "unit", "qualifier", "name", "expected"),
    [
        (94.0, "percent", "", "", "94%"),
        (91.7, "percent", "nearly", "", "nearly 91.7%"),
        (116467033.0, "usd", "", "", "$116,467,033"),
        (188e6, "usd", "about", "", "about $188 million"),
        (2e9, "usd", "more than", "", "more than $2 billion"),
        (22000.0, "students", "about", "number of students riding buses", "about 22,000"),
        (656.0, "drivers", "", "buses on time", "656 drivers"),
        (30.0, "percent_per_year", "", "", "30% a year"),
        (19.0, "count", "", "start times", "19"),
    ],
)
def test_values_are_rendered_with_unit_and_qualifier(
    value: float, unit: str, qualifier: str, name: str, expected: str
) -> None:
    assert format_value(value, unit, qualifier, "en", name) == expected


@pytest.mark.parametrize(
    ("period", "expected"),
    [
        ("2025-03", "In March 2025"),
        ("2022-09-08", "On September 8, 2022"),
        ("SY2022-23", "In school year 2022-23"),
        ("FY23", "In fiscal year 2023"),
        ("class of 2024", "For the class of 2024"),
        ("2025-Q1", "In quarter 1 of 2025"),
        ("fall 2022", "In fall 2022"),
        ("between October 2021 and October 2022", "Between October 2021 and October 2022"),
    ],
)
def test_period_lead_ins(period: str, expected: str) -> None:
    assert when(period) == expected


def test_citation_row_and_gap() -> None:
    row = citation_text(BUSES)
    assert row == (
        "share of morning buses arriving on time [transportation.am_on_time_monthly] | 94% | "
        "2025-03 (as of 2025-03-31) | target: 95% every month | source: https://example.org/tpr"
    )
    cite = metric_citation(BUSES, 4)
    assert (cite.n, cite.kind, cite.indicator, cite.value, cite.as_of) == (
        4,
        "metric",
        BUSES.indicator,
        94.0,
        "2025-03-31",
    )
    assert cite.source_url == "https://example.org/tpr" and cite.text == row
    assert gap_to_target(BUSES) == -1.0
    lower = dataclasses.replace(BUSES, direction="lower", value=10.0, target=0.0)
    assert gap_to_target(lower) == -10.0
    assert gap_to_target(dataclasses.replace(BUSES, target=None)) is None


def test_sentences_from_the_store_keep_qualifiers_and_conflicts(tmp_path: Path) -> None:
    shutil.copytree(FIXTURE, tmp_path / "corpus")
    build_metrics_db(tmp_path / "corpus", tmp_path / "m.duckdb")
    with MetricsTool(tmp_path / "m.duckdb", today=date(2025, 4, 20)) as tool:
        buses = tool.result("transportation.am_on_time_monthly")
        enrollment = tool.result("general.enrollment")
        sensors = tool.result("facilities.air_sensors")
        iep = tool.result("special_education.iep_reviews_late")
    assert metric_sentence(buses, 1, max_age_days=365) == (
        "In March 2025, the share of morning buses arriving on time was 96%. The plan's target "
        "is 95% or better every month. The target was met [1]."
    )
    assert enrollment.value == 50173.0
    assert metric_sentence(enrollment, 2).endswith(
        ". Sources disagree for this period: another source gives 50000 [2]."
    )
    assert sensors.as_of == "" and sensors.age_days is None
    assert metric_sentence(sensors, 1) == (
        "Since September 2020, the number of indoor air quality sensors installed was more than "
        "4,000. The source does not say when this figure was measured [1]."
    )
    assert iep.value is None and "no figure yet" in metric_sentence(iep, 1)


def test_scoped_figures_say_where_and_skip_the_districts_target() -> None:
    school = dataclasses.replace(BUSES, scope="school", scope_id="Mather")
    assert metric_sentence(school, 1).startswith(
        "In March 2025, the share of morning buses arriving on time at Mather was 94%. The plan's"
    )
    national = dataclasses.replace(BUSES, scope="national", value=90.0, met=None)
    assert metric_sentence(national, 1) == (
        "In March 2025, the share of morning buses arriving on time nationally was 90% [1]."
    )
