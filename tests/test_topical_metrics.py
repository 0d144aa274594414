"""A figure is stated only on the topic of the passages: no bus figures in a bullying answer."""

from __future__ import annotations

from dataclasses import replace

from assistant.chain import Assistant
from assistant.compose.relevance import topical_metrics
from assistant.types import Chunk, MetricResult

BUSES = MetricResult(
    indicator="transportation.am_on_time_daily", name="morning buses on time",
    area="transportation", unit="percent", direction="higher", value=66.0, period="2025-09-04",
    as_of="2025-09-04", target=95.0, target_text="95% or more", met=False, source_url="",
)
BULLYING = replace(BUSES, indicator="student_safety.bullying_investigations_open_share",
                   name="bullying investigations still open", area="student-safety")


def _chunk(area: str) -> Chunk:
    return Chunk(
        chunk_id=f"doc:en:{area}:0", text="", doc_id="doc", title="Doc", plan="sip",
        area=area, section=f"doc.{area}", heading_path=(), language="en", path="doc.md",
        content_hash="",
    )


def test_a_figure_of_another_area_than_the_quoted_passages_is_left_out() -> None:
    safety, buses = _chunk("student-safety"), _chunk("transportation")
    kept = topical_metrics([BULLYING, BUSES], quoted=[safety], retrieved=[safety, buses])
    assert kept == (BULLYING,)


def test_the_best_figure_may_come_from_a_retrieved_passage_that_is_not_quoted() -> None:
    safety, buses = _chunk("student-safety"), _chunk("transportation")
    assert topical_metrics([BUSES], quoted=[safety], retrieved=[safety, buses]) == (BUSES,)
    assert topical_metrics([BUSES], quoted=[safety], retrieved=[safety]) == ()


def test_an_overview_passage_speaks_of_every_area() -> None:
    overview = _chunk("general")
    assert topical_metrics([BULLYING, BUSES], quoted=[overview], retrieved=[overview]) == (
        BULLYING, BUSES,
    )


def test_a_spanish_bullying_question_gets_no_bus_figures(shipped_assistant: Assistant) -> None:
    # "how soon" is "en cuánto tiempo", and "a tiempo" is "on time": the indicator matcher
    # used to add the first-day bus figure to this answer
    answer = shipped_assistant.ask(
        "Si mi hijo sufre acoso escolar, ¿en cuánto tiempo debe avisarnos la escuela?",
        language="es",
    )
    assert not answer.refused
    figures = [c.indicator for c in answer.citations if c.kind == "metric"]
    assert not [f for f in figures if f.startswith("transportation.")], answer.text
    assert any(c.section == "circulars.bullying" for c in answer.citations)


def test_a_figure_the_question_names_is_kept_whatever_the_passages() -> None:
    # "How many schools were promised new bathrooms?" in Somali: the indicator's words are in
    # the question, while the Somali passages retrieved are about other areas
    named = replace(BUSES, named=True)
    safety = _chunk("student-safety")
    assert topical_metrics([BULLYING, named], quoted=[safety], retrieved=[safety]) == (
        BULLYING, named,
    )
