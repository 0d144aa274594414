"""Thumbs-down questions turned into a draft question set, and the Evaluation page offering it."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.errors import QuestionSetError
from assistant.evaluation.questions import parse_set
from assistant.feedback.drafts import draft_question_set, draft_questions

DAY = date(2025, 11, 3)


def row(question: str, **changes: Any) -> dict[str, Any]:
    out: dict[str, Any] = {
        "question": question, "answer": "The target is 95%. [1]", "language": "en",
        "role": "family", "rating": "down", "wrong_source": False, "refused": False,
        "citations": [{"n": 1, "kind": "passage", "section": "sip.transportation.targets"}],
    }
    out.update(changes)
    return out


ROWS = [
    row("What is the bus target?"),
    row("¿Quién revisa los autobuses?", language="es", role="principal", refused=True,
        citations=[], answer="No encontré esto."),
    row("what is the  bus target?", wrong_source=True),  # the same question again
    row("Is this \"quoted\": a #hash, a colon and\na new line?", role="staff"),
]


def test_the_draft_is_a_question_set_a_reviewer_must_complete() -> None:
    text = draft_question_set(ROWS, day=DAY)
    assert text.startswith("# DRAFT question set")
    data = yaml.safe_load(text)
    assert data["name"] == "draft-feedback-2025-11-03"
    assert data["description"].startswith("DRAFT, not reviewed")
    assert [q["id"] for q in data["questions"]] == ["draft-001", "draft-002", "draft-003"]
    first, spanish, quoted = data["questions"]
    assert first == {
        "id": "draft-001", "question": "What is the bus target?", "language": "en",
        "role": "family", "expected": {"answerable": None, "sources": [], "facts": []},
    }
    assert (spanish["language"], spanish["role"]) == ("es", "principal")
    assert quoted["question"] == "Is this \"quoted\": a #hash, a colon and a new line?"
    assert text.count("# REVIEW:") == 3 * 3  # three fields of three questions
    # what the reviewer needs, as comments
    assert "rated thumbs-down 2 times; marked 'wrong or missing source'" in text
    assert "it cited: sip.transportation.targets" in text
    assert "the assistant refused to answer" in text


def test_the_draft_cannot_run_until_reviewed_and_runs_once_filled() -> None:
    text = draft_question_set(ROWS, day=DAY)
    with pytest.raises(QuestionSetError, match=r"expected\.answerable"):
        parse_set(text, "draft.yaml")
    data = yaml.safe_load(text)
    for q in data["questions"]:  # what a reviewer does
        q["expected"] = {"answerable": True,
                         "sources": [{"section": "sip.transportation.targets"}],
                         "facts": ["95"]}
    data["questions"][1]["expected"] = {"answerable": False}
    reviewed = parse_set(yaml.safe_dump(data, allow_unicode=True), "reviewed.yaml")
    assert [q.expected.answerable for q in reviewed.questions] == [True, False, True]


def test_no_thumbs_down_gives_an_empty_draft() -> None:
    data = yaml.safe_load(draft_question_set([], day=DAY))
    assert data["questions"] == []


@given(st.lists(st.text(min_size=1), min_size=1, max_size=5),
       st.sampled_from(["en", "es", "zh", "xx", ""]))
@settings(max_examples=150, deadline=None)
def test_any_question_text_gives_valid_yaml_with_it_intact(
    questions: list[str], language: str
) -> None:
    rows = [row(q, language=language, answer=q) for q in questions]
    data = yaml.safe_load(draft_question_set(rows, day=DAY))
    kept = [q.question for q in draft_questions(rows)]
    assert [q["question"] for q in data["questions"] or []] == kept
    assert all(q["language"] in ("en", "es", "zh") for q in data["questions"] or [])


def page_script(data_dir: str) -> None:
    """The Evaluation page over a scripted assistant (no question set is run)."""
    from pathlib import Path
    from types import SimpleNamespace

    from assistant.config import Settings
    from assistant.ui.evaluation_page import render_evaluation_page

    def loader() -> SimpleNamespace:
        return SimpleNamespace(settings=Settings(data_dir=Path(data_dir)))

    render_evaluation_page(loader)


def test_the_evaluation_page_offers_the_draft(tmp_path: Path) -> None:
    from streamlit.testing.v1 import AppTest

    from assistant.config import Settings
    from assistant.feedback.store import FeedbackStore
    from assistant.types import Answer

    app = AppTest.from_function(page_script, kwargs={"data_dir": str(tmp_path)}, default_timeout=60)
    app.run()
    assert not app.exception
    assert any("No answer has been rated thumbs-down yet" in c.value for c in app.caption)

    store = FeedbackStore.for_settings(Settings(data_dir=tmp_path))
    for rating in ("down", "down", "up"):
        store.record(Answer(question="When is that due?", text="...", language="en",
                            refused=True, citations=()), rating=rating)
    app.run()
    assert not app.exception
    assert [e.label for e in app.expander] == ["Draft questions from thumbs-down feedback"]
    assert any("1 distinct questions were rated thumbs-down" in c.value for c in app.caption)
    table = app.dataframe[0].value
    assert list(table["question"]) == ["When is that due?"]
    assert list(table["times"]) == [2]
    assert len(app.get("download_button")) == 1
