"""Suggested questions: three roles, ten languages, each one answered from the right place."""

from __future__ import annotations

import pytest

from assistant.types import LANGUAGES
from assistant.ui.starters import ROLES, STARTERS, starters

# where each starter's answer must come from (a section or indicator prefix), by position
EXPECTED = {
    "family": ("sip.transportation", "circulars.attendance", "circulars.language-access",
               "multilingual-learners.programs"),
    "principal": ("circulars.restraint", "circulars.bullying", "circulars.withdrawals",
                  "circulars.transportation"),
    "staff": ("transportation.am_on_time", "facilities.bathroom_renovations_completed",
              "special_education.substantially_separate_share",
              "english_learners.share_of_students"),
}


def test_every_role_has_three_or_four_distinct_questions_in_every_language() -> None:
    assert tuple(STARTERS) == ROLES
    for role in ROLES:
        assert set(STARTERS[role]) == set(LANGUAGES), role
        for language, questions in STARTERS[role].items():
            assert 3 <= len(questions) <= 4, (role, language)
            assert len(set(questions)) == len(questions)
            assert len(questions) == len(EXPECTED[role])
            if language != "en":
                assert not set(questions) & set(STARTERS[role]["en"]), (role, language)
    assert starters("principal", "xx") == STARTERS["principal"]["en"]


@pytest.mark.slow
@pytest.mark.parametrize("role", ROLES)
def test_every_starter_is_answered_with_a_citation_from_the_right_place(
    shipped_assistant, role: str  # type: ignore[no-untyped-def]
) -> None:
    wrong = []
    for language, questions in STARTERS[role].items():
        for question, expected in zip(questions, EXPECTED[role], strict=True):
            answer = shipped_assistant.ask(question, role=role, language=language)
            cited = [c.section or c.indicator for c in answer.citations[:2]]
            if answer.refused or not any(c.startswith(expected) for c in cited):
                wrong.append((language, question, answer.refused, cited))
            assert answer.language == language
    assert wrong == []


@pytest.mark.slow
def test_english_principal_starters_get_a_checklist(shipped_assistant) -> None:  # type: ignore[no-untyped-def]
    for question in STARTERS["principal"]["en"]:
        answer = shipped_assistant.ask(question, role="principal", language="en")
        assert answer.text.startswith("Here is what the documents require"), question
        assert "- [ ]" in answer.text
