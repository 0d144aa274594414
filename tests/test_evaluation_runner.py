"""The runner over a scripted `ask`: per-question verdicts, the report, HTML and comparisons."""

from __future__ import annotations

import json
from typing import Any

import pytest

from assistant.errors import AssistantError, ConfigError
from assistant.evaluation.compare import compare_reports, render_comparison
from assistant.evaluation.questions import parse_set
from assistant.evaluation.report_html import render_html
from assistant.evaluation.report_text import render_text
from assistant.evaluation.runner import evaluate, run_questions
from assistant.evaluation.scoring import corpus_metadata, score_question
from assistant.evaluation.summary import check_bounds, parse_bounds
from assistant.types import Answer, Chunk, Citation, Hit

SET = """\
name: mini
questions:
  - id: q-bus
    question: "What is the bus target?"
    language: en
    role: family
    expected:
      answerable: true
      sources: [{section: sip.transportation.targets}]
      facts: ["95"]
  - id: q-bus-es
    question: "¿Cuál es la meta de los autobuses?"
    language: es
    role: family
    expected:
      answerable: true
      sources: [{section: sip.transportation.targets}]
      facts: ["95"]
  - id: q-metric
    question: "How many buses were on time in March?"
    language: en
    role: staff
    expected:
      answerable: true
      sources: [{section: sip.transportation.status, area: transportation}]
      facts: ["94"]
      indicator: transportation.am_on_time_monthly
  - id: q-restraint
    question: "When must parents hear about a restraint?"
    language: kea
    role: principal
    expected:
      answerable: true
      sources: [{section: circulars.restraint}]
      facts: ["end of the day"]
  - id: q-lasagna
    question: "What is the recipe for lasagna?"
    language: en
    role: family
    expected: {answerable: false}
  - id: q-weather
    question: "What is the weather <tomorrow>?"
    language: en
    role: staff
    expected: {answerable: false}
"""


def chunk(section: str, area: str, text: str = "text", language: str = "en") -> Chunk:
    return Chunk(chunk_id=f"{section}:{language}", text=text, doc_id=section.split(".")[0],
                 title="T", plan=section.split(".")[0], area=area, section=section,
                 heading_path=(), language=language, path="x.md", content_hash="h")


TARGETS = chunk("sip.transportation.targets", "transportation", "The target is 95% every month.")
STATUS = chunk("sip.transportation.status", "transportation", "March 2025: 94% were on time.")
STATUS_2 = chunk("sip.transportation.status", "transportation", "June 2025: 94%.", language="es")
RESTRAINT = chunk("circulars.restraint", "student-safety", "Parents hear by the end of the day.")
OTHER = chunk("sip.facilities", "facilities", "Bathrooms at 15 schools.")
CORPUS = [TARGETS, STATUS, STATUS_2, RESTRAINT, OTHER]


def passage(n: int, c: Chunk) -> Citation:
    return Citation(n=n, kind="passage", text=c.text, doc_id=c.doc_id, plan=c.plan, area=c.area,
                    section=c.section, language=c.language)


def answer(text: str, language: str, hits: list[Chunk], cited: list[Citation],
           refused: bool = False) -> Answer:
    return Answer(question="", text=text, language=language, refused=refused,
                  citations=tuple(cited),
                  retrieved=tuple(Hit(chunk=c, score=1.0 / (i + 1)) for i, c in enumerate(hits)))


class ScriptedAssistant:
    """Answers each question as scripted and records how it was asked."""

    def __init__(self) -> None:
        self.calls: list[dict[str, Any]] = []

    def ask(self, text: str, **options: Any) -> Answer:
        self.calls.append({"text": text, **options})
        if "lasagna" in text:
            return answer("I could not find this.", "en", [OTHER], [], refused=True)
        if "weather" in text:  # wrongly answered
            return answer("Bathrooms at 15 schools. [1]", "en", [OTHER], [passage(1, OTHER)])
        if "restraint" in text:
            raise AssistantError("the index is being rebuilt")
        if "autobuses" in text:  # right passage, but answered in English
            return answer("The target is 95% every month. [1]", "en", [OTHER, TARGETS],
                          [passage(1, TARGETS)])
        if "March" in text:
            metric = Citation(n=2, kind="metric", text="94", indicator=(
                "transportation.am_on_time_monthly" if options["mode"] == "hybrid"
                else "transportation.pm_on_time_monthly"), value=94.0)
            return answer("March 2025: 94% were on time. [1] [2]", "en",
                          [STATUS, STATUS_2, OTHER], [passage(1, STATUS), metric])
        return answer("The target is 95% every month. [1]", "en", [TARGETS, OTHER],
                      [passage(1, TARGETS), passage(2, OTHER)])


@pytest.fixture
def report() -> dict[str, Any]:
    qs = parse_set(SET, "eval/sets/mini.yaml")
    return evaluate([qs], ScriptedAssistant().ask, k=5, corpus=CORPUS)


def by_id(report: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {q["id"]: q for q in report["questions"]}


def test_each_question_gets_a_verdict_with_its_reasons(report: dict[str, Any]) -> None:
    q = by_id(report)
    assert q["q-bus"]["passed"] and q["q-bus"]["failures"] == []
    assert q["q-bus"]["citation_precision"] == 0.5  # the facilities passage is off-topic
    assert q["q-metric"]["passed"] and q["q-metric"]["indicator_cited"] is True
    assert q["q-lasagna"]["passed"] and q["q-lasagna"]["refused"]
    assert q["q-bus-es"]["failures"] == ["answered in 'en', expected 'es'"]
    assert q["q-bus-es"]["reciprocal_rank"] == 0.5
    assert q["q-weather"]["failures"] == ["answered a question it should refuse"]
    restraint = q["q-restraint"]
    assert not restraint["passed"] and restraint["refused"]
    assert restraint["failures"][0] == "error: the index is being rebuilt"
    assert "missing facts: end of the day" in restraint["failures"]


def test_the_json_report_has_the_documented_shape(report: dict[str, Any]) -> None:
    summary_keys = {"questions", "recall_at_k", "mrr", "ndcg_at_k", "fact_recall",
                    "citation_precision", "refusal_accuracy", "language_accuracy",
                    "latency_ms_p50", "latency_ms_p95"}
    assert summary_keys <= set(report["summary"])
    for name in ("by_language", "by_role", "by_set", "by_area"):
        for group in report[name].values():
            assert summary_keys <= set(group)
    assert set(report["by_language"]) == {"en", "es", "kea"}
    assert set(report["by_role"]) == {"family", "principal", "staff"}
    assert set(report["by_set"]) == {"mini"}
    assert set(report["by_area"]) == {"transportation", "student-safety", "out-of-scope"}
    question = report["questions"][0]
    assert {"id", "passed", "answer", "language", "refused", "citations"} <= set(question)
    json.dumps(report)  # serialisable as is


def test_summary_figures_on_the_scripted_answers(report: dict[str, Any]) -> None:
    s = report["summary"]
    assert s["questions"] == 6 and s["passed"] == 3
    # retrieval over the 4 answerable questions: hits at rank 1, 2, 1 and none
    assert s["recall_at_k"] == 0.75
    assert s["mrr"] == pytest.approx((1 + 0.5 + 1 + 0) / 4, abs=1e-4)
    assert s["fact_recall"] == 0.75
    assert s["refusal_accuracy"] == pytest.approx(4 / 6, abs=1e-4)
    assert s["language_accuracy"] == pytest.approx(4 / 6, abs=1e-4)  # es answered in en; error
    assert s["indicator_recall"] == 1.0
    assert report["by_language"]["es"]["language_accuracy"] == 0.0


def test_questions_are_asked_as_the_app_asks_them() -> None:
    scripted = ScriptedAssistant()
    run_questions([parse_set(SET, "mini.yaml")], scripted.ask, k=3, mode="dense")
    calls = {c["text"]: c for c in scripted.calls}
    # detected languages are left to the assistant; Cape Verdean Creole is picked by the user
    assert calls["What is the bus target?"]["language"] is None
    assert calls["¿Cuál es la meta de los autobuses?"]["language"] is None
    assert calls["When must parents hear about a restraint?"]["language"] == "kea"
    assert {(c["role"], c["mode"], c["k"]) for c in scripted.calls} >= {("staff", "dense", 3)}


def test_baselines_run_bm25_and_dense_and_report_progress() -> None:
    scripted = ScriptedAssistant()
    ticks: list[tuple[str, int, int]] = []
    report = evaluate([parse_set(SET, "mini.yaml")], scripted.ask, baselines=True,
                      progress=lambda stage, done, total: ticks.append((stage, done, total)))
    assert set(report["baselines"]) == {"bm25", "dense"}
    assert report["baselines"]["bm25"]["summary"]["indicator_recall"] == 0.0
    assert {c["mode"] for c in scripted.calls} == {"hybrid", "bm25", "dense"}
    assert ("eval hybrid", 6, 6) in ticks and ("eval dense", 0, 6) in ticks
    text = render_text(report)
    assert "hybrid" in text and "bm25" in text and "dense" in text


def test_text_report_lists_failing_questions_with_expected_and_got(report: dict[str, Any]) -> None:
    text = render_text(report)
    assert "Failing questions: 3 of 6" in text
    assert "- [mini] q-bus-es (family, es): ¿Cuál es la meta de los autobuses?" in text
    assert "expected: a refusal" in text
    assert "why: answered in 'en', expected 'es'" in text
    assert "q-bus " not in text.split("Failing questions")[1]


def test_html_report_is_self_contained_and_escaped(report: dict[str, Any]) -> None:
    html = render_html(report)
    assert html.startswith("<!DOCTYPE html>") and "<style>" in html
    lowered = html.lower()
    assert "<script" not in lowered and "<link" not in lowered and "src=" not in lowered
    assert "q-bus-es" in html and "¿Cuál es la meta de los autobuses?" in html
    assert "What is the weather &lt;tomorrow&gt;?" in html
    assert "By language" in html and "Failing questions (3 of 6)" in html


def test_floors_and_ceilings() -> None:
    floors = parse_bounds(["recall_at_k=0.9", "fact_recall=0.85"])
    assert floors == {"recall_at_k": 0.9, "fact_recall": 0.85}
    summary = {"recall_at_k": 0.75, "fact_recall": 0.9, "latency_ms_p95": 500.0}
    assert check_bounds(summary, floors) == ["recall_at_k 0.75 is below the floor 0.9"]
    assert check_bounds(summary, {}, {"latency_ms_p95": 400}) == [
        "latency_ms_p95 500 is above the ceiling 400"
    ]
    assert check_bounds({"mrr": None}, {"mrr": 0.5}) == ["mrr missing is below the floor 0.5"]
    with pytest.raises(ConfigError, match="expected KEY=VALUE"):
        parse_bounds(["recall=0.9"])
    with pytest.raises(ConfigError, match="is not a number"):
        parse_bounds(["mrr=high"])


def test_compare_shows_metrics_side_by_side_and_changed_questions(report: dict[str, Any]) -> None:
    after = json.loads(json.dumps(report))
    flipped = {q["id"]: q for q in after["questions"]}
    flipped["q-bus"]["passed"], flipped["q-bus"]["failures"] = False, ["missing facts: 95"]
    flipped["q-weather"]["passed"], flipped["q-weather"]["failures"] = True, []
    after["summary"]["recall_at_k"] = 0.5
    comparison = compare_reports(report, after)
    assert [(q["id"], q["failures"]) for q in comparison["regressions"]] == [
        ("q-bus", ["missing facts: 95"])
    ]
    assert [(q["id"], q["failures"]) for q in comparison["fixes"]] == [
        ("q-weather", ["answered a question it should refuse"])
    ]
    recall = next(m for m in comparison["metrics"] if m["metric"] == "recall_at_k")
    assert (recall["before"], recall["after"], recall["delta"]) == (0.75, 0.5, -0.25)
    text = render_comparison(comparison, "a.json", "b.json")
    assert "recall@k" in text and "-0.250 worse" in text
    assert "Now failing (passed before): 1" in text and "- [mini] q-bus" in text
    assert "Now passing (failed before): 1" in text


def test_ndcg_counts_only_relevant_passages_in_the_language_retrieved() -> None:
    question = parse_set(SET, "mini.yaml").questions[2]  # q-metric: sip.transportation.status

    def ask(text: str, **options: Any) -> Answer:
        return answer("March 2025: 94%. [1]", "en", [STATUS, OTHER], [passage(1, STATUS)])

    english_only = score_question(question, ask, corpus=corpus_metadata(CORPUS))
    # the Spanish copy of the section could not have been retrieved for an English answer
    assert english_only.total_relevant == 1 and english_only.ndcg_at_k == 1.0
    assert english_only.area == "transportation"
