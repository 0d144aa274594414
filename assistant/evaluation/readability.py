"""Reading level of English answers to family questions: Flesch-Kincaid grade (target ≤ 8).

The grade is 0.39 × words per sentence + 11.8 × syllables per word − 15.59. Sentences are
cut by our own splitter (textstat's counter ends a sentence at every full stop, so "87.7%"
would count as two sentences and flatter the grade). Syllables come from the pyphen English
hyphenation dictionary, as in textstat when the CMU pronouncing dictionary (an NLTK
download) is missing: the evaluation runs offline.

An answer is measured as a family reads it, without the citation markers ([1]); the
"prose" figure also leaves out the source labels in parentheses that end each quoted
sentence ("(Boston Herald, 2022-06-29)"), to show how much of the grade they add.
"""

from __future__ import annotations

import functools
import re
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from assistant.evaluation.scoring import QuestionResult
from assistant.ingest.sentences import split_sentences

TARGET_GRADE = 8.0
_MARKER = re.compile(r"\s*\[\d+\]")
# a parenthesised source label (one level of nesting) just before a citation marker
_LABEL = re.compile(r"\s*\((?:[^()]|\([^()]*\))*\)(?=[.!?]?\s*\[\d+\])")
_PUNCT = re.compile(r"[^\w\s]")


@functools.lru_cache(maxsize=1)
def _hyphenator() -> Any:
    import pyphen

    return pyphen.Pyphen(lang="en_US")


def plain_text(answer: str, *, labels: bool = True) -> str:
    """The answer as read: citation markers removed, and source labels too unless `labels`."""
    text = answer if labels else _LABEL.sub("", answer)
    return " ".join(_MARKER.sub("", text).split())


def syllables(word: str) -> int:
    """Syllables of one word by English hyphenation (numbers count as one)."""
    return len(_hyphenator().positions(word.lower())) + 1


def fk_grade(text: str) -> float | None:
    """The Flesch-Kincaid grade of `text`, or None when it has no words."""
    words = _PUNCT.sub("", text).split()
    if not words:
        return None
    sentences = max(1, sum(1 for s in split_sentences(text) if _PUNCT.sub("", s).split()))
    per_word = sum(syllables(w) for w in words) / len(words)
    return 0.39 * len(words) / sentences + 11.8 * per_word - 15.59


def family_answers(results: Iterable[QuestionResult], language: str = "en") -> list[QuestionResult]:
    """Answered (not refused) family questions in `language`."""
    return [
        r for r in results
        if r.question.role == "family" and r.question.language == language
        and r.answer is not None and not r.answer.refused
    ]


def grade_summary(grades: Sequence[float], target: float = TARGET_GRADE) -> dict[str, Any]:
    """Count, mean and median grade, and the share at or below `target`."""
    if not grades:
        return {"answers": 0, "grade_mean": None, "grade_median": None, "at_or_below": None}
    return {
        "answers": len(grades),
        "grade_mean": round(statistics.fmean(grades), 2),
        "grade_median": round(statistics.median(grades), 2),
        "at_or_below": round(sum(1 for g in grades if g <= target) / len(grades), 4),
    }


@dataclass(frozen=True)
class GradedAnswer:
    """One answer's grade as shown, and without its source labels."""

    question_id: str
    set_name: str
    grade: float
    prose_grade: float | None


def grade_answers(results: Iterable[QuestionResult]) -> list[GradedAnswer]:
    """The Flesch-Kincaid grades of the English family answers among `results`."""
    out = []
    for r in family_answers(results):
        assert r.answer is not None
        shown = fk_grade(plain_text(r.answer.text))
        if shown is not None:
            prose = fk_grade(plain_text(r.answer.text, labels=False))
            out.append(GradedAnswer(r.question.id, r.question.set_name, shown, prose))
    return out


def readability_report(results: Sequence[QuestionResult],
                       target: float = TARGET_GRADE) -> dict[str, Any]:
    """Flesch-Kincaid grades of English family answers: overall, per set, per answer."""
    graded = grade_answers(results)
    sets: dict[str, list[float]] = {}
    for g in graded:
        sets.setdefault(g.set_name, []).append(g.grade)
    return {
        "language": "en",
        "role": "family",
        "target_grade": target,
        **grade_summary([g.grade for g in graded], target),
        "prose": grade_summary([g.prose_grade for g in graded if g.prose_grade is not None],
                               target),
        "by_set": {name: grade_summary(sets[name], target) for name in sorted(sets)},
        "answers_graded": [
            {"id": g.question_id, "set": g.set_name, "grade": round(g.grade, 2),
             "prose_grade": round(g.prose_grade, 2) if g.prose_grade is not None else None}
            for g in graded
        ],
    }
