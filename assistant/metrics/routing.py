"""Decide whether a question asks for numbers, status or progress (the metrics tool's job)."""

from __future__ import annotations

import re

# Phrases that ask for a figure, a status or progress towards a target.
_PATTERNS = (
    r"\bhow (many|much|often|fast|well|far|late|long)\b",
    r"\bwhat (is|was|are|were) the (number|share|rate|percentage|percent|proportion|"
    r"total|count|figure|budget|cost|average|status)\b",
    r"\bnumber of\b",
    r"\b(percent|percentage|per cent|share|proportion|rate|ratio|average|median|total)s?\b",
    r"%",
    r"\b(figures?|statistics|stats|numbers|metrics?|data on|trend|trends)\b",
    r"\b(on[- ]time|late|delays?|delayed)\b",
    r"\b(target|targets|goal|goals|benchmark|benchmarks)\b",
    r"\b(reach|reached|meet|met|hit|achieve|achieved|miss|missed)\b",
    r"\b(progress|status|improv(e|ed|es|ing)|better|worse|getting|trending|so far|up to date)\b",
    r"\b(now|currently|latest|today|this year|last year|still)\b",
    r"\b(enrol+ment|enrolled|graduation|graduate|budget|cost|spend\w*|funding)\b",
    r"\b(renovated|completed|finished|done|hired|installed|approved|opened)\b",
)
_TEXT_ONLY = (
    r"\bwhat does (the|this) (plan|policy|circular|document) say\b",
    r"\b(who is|who was|who are|what is the name|define|definition of|what does .+ mean)\b",
    r"\bwhere can i (find|read|get)\b",
    r"\b(how (do|can|should) i|how to)\b",
)
_METRIC_RE = re.compile("|".join(_PATTERNS), re.IGNORECASE)
_TEXT_RE = re.compile("|".join(_TEXT_ONLY), re.IGNORECASE)


def is_metric_question(question: str) -> bool:
    """True when the question asks for a number, a status or progress towards a target."""
    text = " ".join(question.split())
    if not text:
        return False
    if _TEXT_RE.search(text) and not re.search(r"\bhow (many|much)\b", text, re.IGNORECASE):
        return False
    return bool(_METRIC_RE.search(text))
