"""Which questions go to the metrics tool: numbers, status and progress, not plan text."""

from __future__ import annotations

import pytest

from assistant.metrics.routing import is_metric_question


@pytest.mark.parametrize(
    "question",
    [
        "Are the buses on time now?",
        "How many bathrooms were renovated?",
        "Did they reach the target?",
        "What is the graduation rate?",
        "What percentage of students with disabilities are in substantially separate classrooms?",
        "Is the district making progress on special education?",
        "How much does transportation cost?",
        "Were buses late on the first day of school?",
        "What's the latest enrollment figure?",
        "Has BPS met its goal for bathrooms?",
    ],
)
def test_number_status_and_progress_questions(question: str) -> None:
    assert is_metric_question(question)


@pytest.mark.parametrize(
    "question",
    [
        "",
        "What does the plan say about inclusion?",
        "Who is the superintendent?",
        "When does the improvement plan end?",
        "How do I request an interpreter?",
        "Which languages are dual-language programs offered in?",
        "What must a principal do after a physical restraint?",
    ],
)
def test_questions_about_plan_text(question: str) -> None:
    assert not is_metric_question(question)
