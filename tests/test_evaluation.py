"""Question sets, fact matching and retrieval metrics: the pure parts of the evaluation runner."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from assistant.errors import QuestionSetError
from assistant.evaluation.facts import fact_present, missing_facts
from assistant.evaluation.metrics import (
    mean,
    ndcg_at_k,
    percentile,
    precision,
    recall_at_k,
    reciprocal_rank,
    share,
)
from assistant.evaluation.questions import load_set, load_sets, parse_set

GOOD_SET = """\
name: families-core
description: free text
questions:
  - id: fam-001
    question: "¿Cuál es la meta de puntualidad de los autobuses?"
    language: es
    role: family
    expected:
      answerable: true
      sources:
        - {plan: sip, area: transportation}
      facts: ["95"]
      indicator: transportation.am_on_time_monthly
  - id: fam-002
    question: "What is the recipe for lasagna?"
    language: en
    role: staff
    expected:
      answerable: false
"""


def write(tmp_path: Path, text: str, name: str = "set.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# --- question sets -----------------------------------------------------------------------


def test_the_documented_format_loads_into_frozen_questions(tmp_path: Path) -> None:
    qs = load_set(write(tmp_path, GOOD_SET))
    assert qs.name == "families-core" and qs.description == "free text"
    first, second = qs.questions
    assert (first.id, first.language, first.role, first.set_name) == ("fam-001", "es", "family",
                                                                      "families-core")
    assert first.expected.answerable and first.expected.facts == ("95",)
    assert first.expected.indicator == "transportation.am_on_time_monthly"
    assert first.area == "transportation"
    assert not second.expected.answerable and second.area == "out-of-scope"
    with pytest.raises(AttributeError):
        first.id = "other"  # type: ignore[misc]


def test_a_source_entry_matches_on_every_key_it_gives() -> None:
    qs = parse_set(GOOD_SET, "x.yaml")
    expected = qs.questions[0].expected
    assert expected.is_relevant({"plan": "sip", "area": "transportation", "section": "s"})
    assert not expected.is_relevant({"plan": "sip", "area": "facilities"})
    assert not expected.is_relevant({"plan": "circulars", "area": "transportation"})


def test_a_section_entry_also_matches_its_subsections() -> None:
    text = GOOD_SET.replace("{plan: sip, area: transportation}", "{section: sip.transportation}")
    expected = parse_set(text, "x.yaml").questions[0].expected
    assert expected.is_relevant({"section": "sip.transportation.targets"})
    assert expected.is_relevant({"section": "sip.transportation"})
    assert not expected.is_relevant({"section": "sip.transportation-extra"})


@pytest.mark.parametrize(
    "old,new,message",
    [
        ("role: family", "role: parent", "question fam-001: field 'role' is 'parent'"),
        ("language: es", "language: xx", "question fam-001: field 'language' is 'xx'"),
        ("        - {plan: sip, area: transportation}", "        - {plan: sip, zone: north}",
         "question fam-001: field 'expected.sources[0].zone' is not a chunk metadata key"),
        ("        - {plan: sip, area: transportation}", "        - {area: buses}",
         "question fam-001: field 'expected.sources[0].area' is 'buses'"),
        ("      facts: [\"95\"]", "      facts: \"95\"",
         "question fam-001: field 'expected.facts' must be a list"),
        ("      answerable: true\n", "      answerable: yes please\n",
         "question fam-001: field 'expected.answerable' must be true or false"),
        ("      sources:\n        - {plan: sip, area: transportation}\n", "",
         "question fam-001: field 'expected.sources' must list at least one source"),
        ("indicator: transportation.am_on_time_monthly", "indicator: On Time!",
         "question fam-001: field 'expected.indicator'"),
        ("    question: \"What is the recipe", "    questoin: \"What is the recipe",
         "question fam-002: field 'questoin' is not part of the format"),
        ("  - id: fam-002", "  - id: fam-001", "question fam-001: field 'id' is used twice"),
    ],
)
def test_a_malformed_set_names_the_file_the_question_and_the_field(
    tmp_path: Path, old: str, new: str, message: str
) -> None:
    assert old in GOOD_SET
    path = write(tmp_path, GOOD_SET.replace(old, new, 1), "broken.yaml")
    with pytest.raises(QuestionSetError) as info:
        load_set(path)
    assert "broken.yaml: " in str(info.value)
    assert message in str(info.value)


def test_an_unanswerable_question_cannot_expect_facts(tmp_path: Path) -> None:
    text = GOOD_SET.replace("      answerable: false", "      answerable: false\n      facts: [\"1\"]")
    with pytest.raises(QuestionSetError, match=r"question fam-002: field 'expected\.answerable'"):
        parse_set(text, "x.yaml")


@pytest.mark.parametrize(
    "text,message",
    [
        ("name: x\nquestions: [\n", "not valid YAML at line"),
        ("- just a list\n", "expected a mapping"),
        ("name: x\nquestions: []\n", "field 'questions' must be a non-empty list"),
        ("questions:\n  - id: a\n", "field 'name'"),
        ("name: x\nquestions:\n  - just text\n", "question #1: expected a mapping"),
    ],
)
def test_a_broken_file_gets_a_message_naming_it(text: str, message: str) -> None:
    with pytest.raises(QuestionSetError) as info:
        parse_set(text, "eval/sets/x.yaml")
    assert str(info.value).startswith("eval/sets/x.yaml: ")
    assert message in str(info.value)


def test_a_missing_file_and_duplicate_set_names_are_errors(tmp_path: Path) -> None:
    with pytest.raises(QuestionSetError, match=r"nope\.yaml: no such file"):
        load_set(tmp_path / "nope.yaml")
    a, b = write(tmp_path, GOOD_SET, "a.yaml"), write(tmp_path, GOOD_SET, "b.yaml")
    with pytest.raises(QuestionSetError, match="set name 'families-core' is already used"):
        load_sets([a, b])


def test_number_facts_written_as_yaml_numbers_are_read_as_text() -> None:
    qs = parse_set(GOOD_SET.replace('facts: ["95"]', "facts: [95, 91.7]"), "x.yaml")
    assert qs.questions[0].expected.facts == ("95", "91.7")


# --- facts ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "answer",
    ["94%", "94 %", "94,0", "94.0 por ciento", "el 94 por ciento [1]", "٩٤٪", "目标是９４％"],
)
def test_a_number_fact_matches_across_languages_and_formats(answer: str) -> None:
    assert fact_present("94", answer)


@pytest.mark.parametrize("answer", ["1,000", "1 000", "1\u00a0000", "1.000 alunos"])
def test_thousands_separators_do_not_matter(answer: str) -> None:
    assert fact_present("1000", answer)
    assert fact_present("1,000", answer)


@pytest.mark.parametrize("answer", ["94.5%", "1994", "9 4", "The target is 95%.", "[94]"])
def test_a_number_fact_does_not_match_other_numbers(answer: str) -> None:
    assert not fact_present("94", answer)


def test_a_fact_with_words_and_numbers_matches_on_its_numbers() -> None:
    assert fact_present("June 30, 2025", "hasta el 30 de junio de 2025")
    assert not fact_present("June 30, 2025", "until June 30, 2024")
    assert fact_present("$116,467,033", "a budget of $116,467,033 in FY23")


def test_a_word_fact_ignores_case_and_accents_but_needs_whole_words() -> None:
    assert fact_present("kreyol", "Programs in Kreyòl Ayisyen")
    assert fact_present("Seal of Biliteracy", "graduate with the seal  of biliteracy [1]")
    assert not fact_present("prone", "a pronely placed student")
    assert fact_present("Ernst & Young", "done by Ernst & Young (E&Y)")
    assert fact_present("校车", "关于校车的目标")


def test_missing_facts_keeps_the_given_order() -> None:
    assert missing_facts(["95", "Quincy", "15"], "95% at Quincy") == ["15"]


# --- metrics ---------------------------------------------------------------------------------


def test_recall_at_k_is_one_when_a_relevant_chunk_is_in_the_top_k() -> None:
    ranking = [False, False, True, False, False]
    assert recall_at_k(ranking, 3) == 1.0
    assert recall_at_k(ranking, 2) == 0.0
    assert recall_at_k([], 5) == 0.0


def test_reciprocal_rank_of_the_first_relevant_chunk() -> None:
    assert reciprocal_rank([False, True, True]) == 0.5
    assert reciprocal_rank([True]) == 1.0
    assert reciprocal_rank([False, False]) == 0.0


def test_ndcg_on_hand_made_rankings() -> None:
    assert ndcg_at_k([True, False, False], 3) == 1.0
    # one relevant chunk at rank 2: 1/log2(3)
    assert ndcg_at_k([False, True, False], 3) == pytest.approx(1 / math.log2(3))
    # two relevant in the index, one found at rank 1: 1 / (1 + 1/log2(3))
    assert ndcg_at_k([True, False, False], 3, total_relevant=2) == pytest.approx(
        1 / (1 + 1 / math.log2(3))
    )
    # the ideal is capped at k relevant chunks
    assert ndcg_at_k([True, True], 2, total_relevant=10) == 1.0
    assert ndcg_at_k([False, False], 2, total_relevant=3) == 0.0
    assert ndcg_at_k([False, False], 2) == 0.0


def test_averages_leave_out_what_does_not_apply() -> None:
    assert mean([1.0, None, 0.0]) == 0.5
    assert mean([None]) is None
    assert share([True, False, True, True]) == 0.75
    assert share([]) is None
    assert precision(1, 4) == 0.25 and precision(0, 0) is None
    assert percentile([10.0, 20.0, 30.0, 40.0], 50) == 25.0
