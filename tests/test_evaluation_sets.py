"""The shipped question sets: well-formed, broad enough, and every expected fact really in the corpus."""

from __future__ import annotations

import csv
from collections import Counter
from functools import cache

import pytest
import yaml

from assistant.config import PROJECT_ROOT
from assistant.evaluation.facts import fact_numbers, fact_present
from assistant.evaluation.questions import EvalQuestion, QuestionSet, load_sets, shipped_set_paths
from assistant.types import LANGUAGES, Chunk

METRICS = PROJECT_ROOT / "corpus" / "metrics"


@cache
def shipped() -> tuple[QuestionSet, ...]:
    return tuple(load_sets(shipped_set_paths(PROJECT_ROOT)))


@cache
def chunks_in(language: str) -> tuple[Chunk, ...]:
    """The corpus in one language, chunked as the index chunks it (no embedding needed)."""
    from assistant.ingest.chunking import chunk_document
    from assistant.ingest.markdown import load_markdown

    folder = PROJECT_ROOT / "corpus" / "documents" / language
    return tuple(c for p in sorted(folder.glob("*.md")) for c in chunk_document(load_markdown(p)))


@cache
def observations() -> dict[str, list[str]]:
    """Indicator id -> observed values, from corpus/metrics/observations.csv."""
    values: dict[str, list[str]] = {}
    with (METRICS / "observations.csv").open(encoding="utf-8") as f:
        for row in csv.DictReader(f):
            values.setdefault(row["indicator_id"], []).append(row["value"])
    return values


def all_questions() -> list[EvalQuestion]:
    return [q for qs in shipped() for q in qs.questions]


def answerable() -> list[EvalQuestion]:
    return [q for q in all_questions() if q.expected.answerable]


def by_set(name: str) -> list[EvalQuestion]:
    return next(list(qs.questions) for qs in shipped() if qs.name == name)


def test_the_five_shipped_sets_hold_at_least_150_questions() -> None:
    names = {qs.name for qs in shipped()}
    assert names == {"families", "principals", "staff", "out-of-scope", "multilingual"}
    assert len(all_questions()) >= 150
    ids = Counter((q.set_name, q.id) for q in all_questions())
    assert max(ids.values()) == 1


def test_families_ask_in_every_bps_language_with_roles_to_match() -> None:
    families = by_set("families")
    assert {q.language for q in families} == set(LANGUAGES)
    assert {q.role for q in families} == {"family"}
    assert all(q.expected.answerable for q in families)


def test_non_english_questions_do_not_pin_the_passage_language() -> None:
    for q in all_questions():
        if q.language != "en":
            assert all(s.get("language") is None for s in q.expected.sources), q.id


def test_principal_questions_are_about_the_circulars() -> None:
    principals = by_set("principals")
    assert len(principals) >= 30 and {q.role for q in principals} == {"principal"}
    for q in principals:
        assert any((s.get("section") or "").startswith("circulars.") for s in q.expected.sources), q.id


def test_staff_questions_name_indicators_that_exist() -> None:
    staff = by_set("staff")
    assert {q.role for q in staff} == {"staff"}
    with_indicator = [q for q in staff if q.expected.indicator]
    assert len(with_indicator) >= 20
    if not (METRICS / "indicators.yaml").exists():
        pytest.skip("corpus/metrics/indicators.yaml is not there yet")
    data = yaml.safe_load((METRICS / "indicators.yaml").read_text(encoding="utf-8"))
    known = {entry["id"] for entry in data["indicators"]}
    for q in with_indicator:
        assert q.expected.indicator in known, (q.id, q.expected.indicator)


def test_out_of_scope_questions_must_all_be_refused_in_several_languages() -> None:
    oos = by_set("out-of-scope")
    assert len(oos) >= 20 and not any(q.expected.answerable for q in oos)
    assert len({q.language for q in oos}) >= 5 and {q.role for q in oos} == {"family", "principal",
                                                                             "staff"}


def test_the_multilingual_set_asks_each_question_the_same_way_in_all_ten_languages() -> None:
    from assistant.evaluation.consistency import group_of

    groups: dict[str, list[EvalQuestion]] = {}
    for q in by_set("multilingual"):
        group = group_of(q)
        assert group is not None, f"{q.id}: the id must be <group>-{q.language}"
        groups.setdefault(group, []).append(q)
    assert len(groups) >= 15
    for group, questions in groups.items():
        assert sorted(q.language for q in questions) == sorted(LANGUAGES), group
        english = next(q for q in questions if q.language == "en")
        for q in questions:
            assert q.role == "family" and q.expected.answerable, q.id
            assert q.expected == english.expected, f"{q.id} expects other sources or facts"
            assert q.question != english.question or q.language == "en", f"{q.id} is untranslated"


@pytest.mark.parametrize("question", answerable(), ids=lambda q: f"{q.set_name}/{q.id}")
def test_every_expected_fact_is_literally_in_a_passage_that_answers_it(question: EvalQuestion) -> None:
    """In the question's own language: a Spanish fact must be in the Spanish passage."""
    chunks = chunks_in(question.language)
    relevant = [c for c in chunks if question.expected.is_relevant(c.metadata())]
    assert relevant, f"no chunk matches {[s.describe() for s in question.expected.sources]}"
    for fact in question.expected.facts:
        assert any(fact_present(fact, c.text) for c in relevant), (
            f"'{fact}' is in none of {sorted({c.section for c in relevant})}"
        )


@pytest.mark.parametrize(
    "question",
    [q for q in answerable() if q.expected.indicator],
    ids=lambda q: f"{q.set_name}/{q.id}",
)
def test_every_number_fact_of_an_indicator_question_is_an_observed_value(
    question: EvalQuestion,
) -> None:
    if not (METRICS / "observations.csv").exists():
        pytest.skip("corpus/metrics/observations.csv is not there yet")
    values = observations().get(question.expected.indicator or "", [])
    assert values, f"no observations of {question.expected.indicator}"
    for fact in question.expected.facts:
        if fact_numbers(fact):
            assert any(fact_present(fact, v) for v in values), (fact, values)
