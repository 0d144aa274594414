"""Find the indicators a question is about: names, synonyms, area, and optional dense similarity."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

from assistant.metrics.series import Indicator

if TYPE_CHECKING:
    import numpy as np

    from assistant.retrieval.embedders import Embedder

MIN_LEXICAL = 1.2  # below this a lexical match is noise
MIN_DENSE = 0.86  # a dense-only match must be at least this similar
DENSE_FLOOR = 0.78
DENSE_WEIGHT = 12.0
_WORD = re.compile(r"[a-z0-9]+")
_STOP_WORDS = (
    "a an and are as at be been being by can could did do does for from had has have how "
    "i in into is it its me my now of on or our so than that the their them then there these "
    "they this those to was we were what when where which who why will with would you your "
    "many much get got still yet ever today currently current latest recent recently "
    "bps boston district plan"
)
_STOP = frozenset(_STOP_WORDS.split())
_SUFFIXES = ("ment", "ion", "ing", "ed", "ly", "e")


def stem(word: str) -> str:
    """A light English stem so 'renovated', 'renovations' and 'renovation' meet."""
    w = word.lower()
    if len(w) <= 3:
        return w
    if w.endswith("ies") and len(w) > 4:
        w = w[:-3] + "y"
    elif w.endswith(("sses", "shes", "ches", "xes", "zes")) or (w.endswith("ses") and len(w) > 4):
        w = w[:-2]
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")):
        w = w[:-1]
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)]
    return w


def words(text: str) -> list[str]:
    """Lower-case words of `text` (hyphens split words)."""
    return _WORD.findall(text.lower().replace("-", " "))


def tokens(text: str) -> list[str]:
    """Stemmed word tokens of `text`, stop words kept (phrases need them)."""
    return [stem(w) for w in words(text)]


def content_tokens(text: str) -> set[str]:
    """Stemmed tokens without stop words."""
    return {stem(w) for w in words(text) if w not in _STOP}


@dataclass(frozen=True)
class Match:
    """An indicator with the score that ranked it."""

    indicator: Indicator
    score: float
    lexical: float
    dense: float | None = None


class IndicatorMatcher:
    """Scores every indicator against a question; the catalog is small, so no index."""

    def __init__(self, catalog: list[Indicator], embedder: Embedder | None = None) -> None:
        self.catalog = catalog
        self.embedder = embedder
        self._names = [content_tokens(" ".join((i.name, *i.synonyms))) for i in catalog]
        self._defs = [content_tokens(f"{i.definition} {i.id.replace('_', ' ')}") for i in catalog]
        self._areas = [content_tokens(i.area) for i in catalog]
        self._phrases = [[tokens(s) for s in i.synonyms] for i in catalog]
        df = Counter(
            t for names, defs in zip(self._names, self._defs, strict=True) for t in names | defs
        )
        n = max(len(catalog), 1)
        self._idf = {t: math.log(1 + n / c) for t, c in df.items()}
        self._vectors: np.ndarray | None = None

    def rank(self, question: str, area: str | None = None) -> list[Match]:
        """Indicators that pass the relevance gate, best first."""
        q_tokens = tokens(question)
        q_content = content_tokens(question)
        dense = self._dense(question)
        out = []
        for k, ind in enumerate(self.catalog):
            if area and ind.area != area:
                continue
            lexical = self._lexical(k, q_tokens, q_content)
            sim = float(dense[k]) if dense is not None else None
            if lexical < MIN_LEXICAL and (sim is None or sim < MIN_DENSE):
                continue
            score = lexical + 0.3 * ind.priority
            if sim is not None:
                score += DENSE_WEIGHT * max(0.0, sim - DENSE_FLOOR)
            out.append(Match(ind, score, lexical, sim))
        out.sort(key=lambda m: (-m.score, m.indicator.id))
        return out

    def _lexical(self, k: int, q_tokens: list[str], q_content: set[str]) -> float:
        score = 0.0
        for t in q_content:
            idf = self._idf.get(t, 0.0)
            if t in self._names[k]:
                score += idf
            elif t in self._defs[k]:
                score += 0.4 * idf
            elif t in self._areas[k]:
                score += 0.3 * idf
        best_phrase = 0.0
        for phrase in self._phrases[k]:
            if phrase and _contains(q_tokens, phrase):
                weight = sum(self._idf.get(t, 0.0) for t in phrase)
                best_phrase = max(best_phrase, 0.5 * (1.0 + weight))
        return score + best_phrase

    def _dense(self, question: str) -> np.ndarray | None:
        if self.embedder is None or not self.catalog:
            return None
        if self._vectors is None:
            texts = [f"{i.name}. {'; '.join(i.synonyms)}. {i.definition}" for i in self.catalog]
            self._vectors = self.embedder.embed_passages(texts)
        return self._vectors @ self.embedder.embed_query(question)


def _contains(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))
