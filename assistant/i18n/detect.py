"""Guess the language of a question among the ten we answer in."""

from __future__ import annotations

import functools
import threading
from typing import Any

from assistant.types import LANGUAGES

# py3langid knows every language we serve except Cape Verdean Creole (kea): users pick it
DETECTABLE = tuple(code for code in LANGUAGES if code != "kea")
MIN_CONFIDENCE = 0.6
_LOADING = threading.Lock()


def _identifier() -> Any:
    # lru_cache alone lets every concurrent first caller load the model (2 s each): under
    # load the first 50 app sessions spent a minute here
    with _LOADING:
        return _load_identifier()


@functools.lru_cache(maxsize=1)
def _load_identifier() -> Any:
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
