"""What the metrics stage knows about each answer language, one module per language.

Each module (`en`, `es`, ...) defines the same names: `TEMPLATES` (sentence and citation
wording), `MONTHS`, `UNIT_WORDS`, question patterns (`METRIC_PATTERNS`, `TEXT_ONLY_PATTERNS`,
`COUNT_PATTERN`, `TARGET_PATTERN`, `WIDE_SCOPE_PATTERNS`) and `STOP_WORDS`. Patterns and stop
words are written for `fold`ed text, so "autobús", "Autobus" and "autobus" meet.
"""

from __future__ import annotations

import re
import unicodedata
from types import ModuleType

from assistant.metrics.languages import ar, en, es, fr, ht, kea, pt, so, vi, zh

MODULES: dict[str, ModuleType] = {
    "en": en,
    "es": es,
    "ht": ht,
    "kea": kea,
    "zh": zh,
    "vi": vi,
    "pt": pt,
    "ar": ar,
    "so": so,
    "fr": fr,
}
TEMPLATES: dict[str, dict[str, str]] = {code: m.TEMPLATES for code, m in MODULES.items()}
MONTHS: dict[str, tuple[str, ...]] = {code: tuple(m.MONTHS) for code, m in MODULES.items()}
UNIT_WORDS: dict[str, dict[str, str]] = {code: m.UNIT_WORDS for code, m in MODULES.items()}

_FOLD_MAP = str.maketrans(
    {
        "đ": "d",
        "ø": "o",
        "ł": "l",
        "ı": "i",
        "ى": "ي",
        "ة": "ه",
        "ـ": "",  # tatweel
        "’": "'",
        "‘": "'",
        "ʼ": "'",
        "，": ",",
        "？": "?",
        "。": ".",
    }
)


def fold(text: str) -> str:
    """Lower case without accents or Arabic vowel marks: 'Autobús' -> 'autobus'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return unicodedata.normalize("NFC", kept).translate(_FOLD_MAP)


def module(language: str | None) -> ModuleType:
    """The module of `language`, English when unknown."""
    return MODULES.get(language or "en", en)


def compiled(patterns: tuple[str, ...] | list[str]) -> re.Pattern[str] | None:
    """One regex matching any of `patterns`, or None if there are none."""
    return re.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None
