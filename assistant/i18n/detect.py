"""Guess the language of a question among the ten we answer in."""

from __future__ import annotations

import functools
from typing import Any

from assistant.types import LANGUAGES

# py3langid knows every language we serve except Cape Verdean Creole (kea): users pick it
DETECTABLE = tuple(code for code in LANGUAGES if code != "kea")
MIN_CONFIDENCE = 0.6


@functools.lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(DETECTABLE))
    return identifier


def detect_language(text: str, default: str = "en") -> str:
    """The most likely language code of `text`, or `default` when unsure."""
    if sum(ch.isalpha() for ch in text) < 4:
        return default
    code, confidence = _identifier().classify(text)
    return str(code) if confidence >= MIN_CONFIDENCE else default
