"""Cross-language consistency: the same question in another language should cite what English cites."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.evaluation.consistency import compare, group_of
from assistant.evaluation.questions import parse_set
from assistant.evaluation.report_html import render_html
from assistant.evaluation.report_text import render_text
from assistant.evaluation.runner import evaluate, run_questions
from assistant.types import Answer, Citation

SET = """\
name: mini-multilingual
questions:
  - {id: bus-en, question: "What is the bus target?", language: en, role: family,
     expected: {answerable: true, sources: [{section: sip.transportation.targets}], facts: ["95"]}}
  - {id: bus-es, question: "¿Cuál es la meta de los autobuses?", language: es, role: family,
     expected: {answerable: true, sources: [{section: sip.transportation.targets}], facts: ["95"]}}
  - {id: bus-fr, question: "Quel est l'objectif des bus ?", language: fr, role: family,
     expected: {answerable: true, sources: [{section: sip.transportation.targets}], facts: ["95"]}}
  - {id: phone-en, question: "What is the principal's phone number?", language: en, role: family,
     expected: {answerable: false}}
  - {id: phone-so, question: "Waa maxay lambarka taleefanka maamulaha?", language: so,
     role: family, expected: {answerable: false}}
  - {id: orphan-vi, question: "Nhà vệ sinh được sửa khi nào?", language: vi, role: family,
     expected: {answerable: true, sources: [{section: sip.facilities.status}], facts: ["6"]}}
  - {id: fam-es-001, question: "¿Cuándo termina el plan?", language: es, role: family,
     expected: {answerable: true, sources: [{section: sip.overview}], facts: ["2025"]}}
"""

TARGETS = "sip.transportation.targets"
STATUS = "sip.transportation.status"
INDICATOR = "transportation.am_on_time_monthly"


def _passage(n: int, section: str, language: str) -> Citation:
    return Citation(n=n, kind="passage", text="95% of buses on time", doc_id="sip",
                    section=section, language=language)


def _metric(n: int) -> Citation:
    return Citation(n=n, kind="metric", text="94% in June 2025", indicator=INDICATOR)


# what each question is answered with: the metric comes first, as the extractive composer does
ANSWERS: dict[str, tuple[Citation, ...] | None] = {
    "What is the bus target?": (_metric(1), _passage(2, TARGETS, "en")),
    "¿Cuál es la meta de los autobuses?": (_metric(1), _passage(2, TARGETS, "es")),
    "Quel est l'objectif des bus ?": (_metric(1), _passage(2, STATUS, "fr")),
    "What is the principal's phone number?": None,  # refused
    "Waa maxay lambarka taleefanka maamulaha?": None,  # refused
    "Nhà vệ sinh được sửa khi nào?": (_passage(1, "sip.facilities.status", "vi"),),
    "¿Cuándo termina el plan?": (_passage(1, "sip.overview", "es"),),
}


def scripted_ask(text: str, **options: Any) -> Answer:
    citations = ANSWERS[text]
    language = options.get("language") or "en"  # the answer language is not judged here
    if citations is None:
        return Answer(question=text, text="I could not find this.", language=language,
                      refused=True, citations=())
    body = " ".join(f"95 [{c.n}]" for c in citations)
    return Answer(question=text, text=body, language=language, refused=False, citations=citations)


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    return evaluate([parse_set(SET, "mini.yaml")], scripted_ask)


def test_a_translation_that_cites_the_same_sections_in_its_own_language_is_consistent(
    report: dict[str, Any],
) -> None:
    es = report["consistency"]["by_language"]["es"]
    assert es == {"compared": 1, "agreement": 1.0, "consistent": 1.0}


def test_leading_with_another_section_is_inconsistent_and_lowers_the_overlap(
    report: dict[str, Any],
) -> None:
    fr = report["consistency"]["by_language"]["fr"]
    # English cites {targets, indicator}, French {status, indicator}: 1 shared of 3
    assert fr == {"compared": 1, "agreement": 0.3333, "consistent": 0.0}
    pair = next(c for c in report["consistency"]["comparisons"] if c["language"] == "fr")
    assert pair["top"] == f"sip#{STATUS}" and pair["reference_top"] == f"sip#{TARGETS}"


def test_both_refusing_counts_as_agreeing(report: dict[str, Any]) -> None:
    assert report["consistency"]["by_language"]["so"] == {
        "compared": 1, "agreement": 1.0, "consistent": 1.0}


def test_only_questions_with_an_english_twin_are_compared(report: dict[str, Any]) -> None:
    cons = report["consistency"]
    assert cons["groups"] == 2  # bus and phone; orphan-vi has no English question
    assert {c["id"] for c in cons["comparisons"]} == {"bus-es", "bus-fr", "phone-so"}
    assert cons["overall"] == {"compared": 3, "agreement": 0.7778, "consistent": 0.6667}


def test_the_group_comes_from_an_id_that_ends_in_the_question_language() -> None:
    questions = {q.id: q for q in parse_set(SET, "mini.yaml").questions}
    assert group_of(questions["bus-es"]) == "bus"
    assert group_of(questions["phone-so"]) == "phone"
    assert group_of(questions["fam-es-001"]) is None  # the language is not a suffix


def test_a_refusal_answered_in_one_language_only_is_neither_consistent_nor_overlapping() -> None:
    text = SET.replace('"Waa maxay lambarka taleefanka maamulaha?"', '"¿Cuál es la meta de los autobuses?"')
    results = run_questions([parse_set(text, "mini.yaml")], scripted_ask)
    pair = next(c for c in compare(results) if c.question_id == "phone-so")
    assert pair.agreement == 0.0 and not pair.consistent


def test_the_reports_show_consistency_per_language(report: dict[str, Any]) -> None:
    text = render_text(report)
    assert "Cross-language consistency" in text
    section = text.split("Cross-language consistency", 1)[1]
    fr_row = next(line for line in section.splitlines() if line.strip().startswith("fr "))
    assert fr_row.split()[1:] == ["1", "0.333", "0.000"]
    html = render_html(report)
    assert "<h2>Cross-language consistency</h2>" in html
    assert f"bus-fr: leads with sip#{STATUS}, English with sip#{TARGETS}" in html
