"""CI floors: the shipped question sets, answered by the shipped assistant, stay above them."""

from __future__ import annotations

from typing import Any

import pytest

from assistant.config import Settings
from assistant.evaluation.questions import load_sets, shipped_set_paths
from assistant.evaluation.report_text import render_text
from assistant.evaluation.runner import evaluate_assistant
from assistant.evaluation.summary import check_bounds

FLOORS = {"recall_at_k": 0.9, "fact_recall": 0.85, "refusal_accuracy": 0.9}


@pytest.fixture(scope="module")
def shipped_report(shipped_settings: Settings, shipped_assistant: Any) -> dict[str, Any]:
    sets = load_sets(shipped_set_paths(shipped_settings.data_dir))
    return evaluate_assistant(shipped_assistant, sets, k=5)


def test_the_shipped_sets_stay_above_their_floors(shipped_report: dict[str, Any]) -> None:
    assert shipped_report["summary"]["questions"] >= 150
    problems = check_bounds(shipped_report["summary"], FLOORS)
    assert not problems, "\n".join([*problems, "", render_text(shipped_report)])
