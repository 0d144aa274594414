"""Decide whether a question asks for numbers, status or progress (the metrics tool's job).

The patterns of each language live in `assistant/metrics/languages/<code>.py`. With a language,
its patterns and the English ones apply (families mix in English words); without one, every
language's patterns do.
"""

from __future__ import annotations

import functools
import re

from assistant.metrics.languages import MODULES, compiled, fold, module


@functools.lru_cache(maxsize=16)
def _rules(
    language: str | None,
) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None, re.Pattern[str] | None]:
    """(metric, text-only, how-many) regexes for `language` (None: every language)."""
    if language is None:
        mods = list(MODULES.values())
    else:
        mods = [module("en")] + ([module(language)] if language in MODULES else [])
        mods = list(dict.fromkeys(mods))
    return (
        compiled([p for m in mods for p in m.METRIC_PATTERNS]),
        compiled([p for m in mods for p in m.TEXT_ONLY_PATTERNS]),
        compiled([m.COUNT_PATTERN for m in mods]),
    )


def is_metric_question(question: str, language: str | None = None) -> bool:
    """True when the question asks for a number, a status or progress towards a target."""
    text = " ".join(fold(question).split())
    if not text:
        return False
    metric, text_only, count = _rules(language)
    if text_only and text_only.search(text) and not (count and count.search(text)):
        return False
    return bool(metric and metric.search(text))
