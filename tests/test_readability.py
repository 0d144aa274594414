"""Reading level of English family answers: Flesch-Kincaid grade, measured offline."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.evaluation.questions import parse_set
from assistant.evaluation.readability import fk_grade, plain_text
from assistant.evaluation.report_text import render_text
from assistant.evaluation.runner import evaluate
from assistant.types import Answer, Citation

PLAIN = "The bus comes at 8. It should be on time. Ask the school if it is late. [1]"
DENSE = (
    "The Systemic Improvement Plan requires the district to create a safe, effective, and "
    "responsive school transportation system, with immediate reforms to improve on-time "
    "school bus arrival rates and eliminate uncovered bus routes (BPS SIP page; Boston "
    "Herald, 2022-06-29). [1]"
)

SET = """\
name: mini-readability
questions:
  - {id: plain-en, question: "When does the bus come?", language: en, role: family,
     expected: {answerable: true, sources: [{section: sip.transportation}]}}
  - {id: dense-en, question: "What did the plan promise about buses?", language: en,
     role: family, expected: {answerable: true, sources: [{section: sip.transportation}]}}
  - {id: refused-en, question: "What is for lunch?", language: en, role: family,
     expected: {answerable: false}}
  - {id: plain-es, question: "¿Cuándo llega el autobús?", language: es, role: family,
     expected: {answerable: true, sources: [{section: sip.transportation}]}}
  - {id: principal-en, question: "What must I do after a restraint?", language: en,
     role: principal, expected: {answerable: true, sources: [{section: circulars.restraint}]}}
"""

ANSWERS = {
    "When does the bus come?": PLAIN,
    "What did the plan promise about buses?": DENSE,
    "¿Cuándo llega el autobús?": DENSE,
    "What must I do after a restraint?": DENSE,
}


def scripted_ask(text: str, **options: Any) -> Answer:
    if text not in ANSWERS:
        return Answer(question=text, text="I could not find this.", language="en",
                      refused=True, citations=())
    citation = Citation(n=1, kind="passage", text=ANSWERS[text], doc_id="sip",
                        section="sip.transportation.commitments", language="en")
    return Answer(question=text, text=ANSWERS[text], language=options.get("language") or "en",
                  refused=False, citations=(citation,))


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    return evaluate([parse_set(SET, "mini.yaml")], scripted_ask)


def test_short_plain_sentences_grade_low_and_long_official_ones_high() -> None:
    plain, dense = fk_grade(plain_text(PLAIN)), fk_grade(plain_text(DENSE))
    assert plain is not None and plain <= 4
    assert dense is not None and dense >= 14


def test_citation_markers_are_not_read_and_source_labels_can_be_left_out() -> None:
    text = "Buses arrive at 7:30 (Boston Herald, December 2024 (copy)). [2] They wait. [3]"
    assert plain_text(text) == "Buses arrive at 7:30 (Boston Herald, December 2024 (copy)). They wait."
    assert plain_text(text, labels=False) == "Buses arrive at 7:30. They wait."
    assert fk_grade("") is None


def test_only_english_family_answers_that_were_given_are_graded(report: dict[str, Any]) -> None:
    readability = report["readability"]
    assert [a["id"] for a in readability["answers_graded"]] == ["plain-en", "dense-en"]
    assert readability["answers"] == 2
    assert readability["at_or_below"] == 0.5  # the plain answer is, the dense one is not
    assert readability["target_grade"] == 8.0
    assert readability["prose"]["grade_mean"] < readability["grade_mean"]


def test_the_text_report_states_the_grade_and_the_share_at_or_below_8(
    report: dict[str, Any],
) -> None:
    text = render_text(report)
    assert "Reading level of English family answers (Flesch-Kincaid grade, target <= 8)" in text
    assert "answers 2;" in text and "at or below target 0.500" in text
