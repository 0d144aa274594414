"""BM25 keyword index over chunks, for exact terms such as "IEP", "SLIFE" or "Paragraph 54"."""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

import numpy as np

_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*", re.UNICODE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# very common words in our languages; BM25's idf already discounts them, this keeps the
# index small and stops "the" from matching a question about nothing
_STOPWORD_TEXT = """
a an and are as at be by did do does for from has have how i in is it its me my of on or our
so that the their there these they this to was were what when where which who why will with
would you your can could should about into than then them also
much many long large four find need needed tell know get give say said
de la el los las en y que del un una por para con se al lo es o
le les des et du est pour dans sur au aux ou une
o os as um uma do da dos das e em no na nos nas com por para
li yo nan ak pou se ki lan la a
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())
STEM = 5  # truncation stemming: "buses"/"bus", "renovated"/"renovation" meet at a prefix


def tokenize(text: str) -> list[str]:
    """Lower-case, accent-folded word tokens; CJK text becomes characters and bigrams."""
    folded = _fold(text)
    tokens: list[str] = []
    for word in _WORD.findall(folded):
        if _CJK.search(word):
            chars = [c for c in word if not c.isspace()]
            tokens.extend(chars)
            tokens.extend(a + b for a, b in itertools.pairwise(chars))
        elif word not in STOPWORDS:
            tokens.append(word)
    return tokens


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def stems(tokens: Sequence[str]) -> set[str]:
    """Truncated tokens, for coverage tests that should ignore inflection."""
    return {t[:STEM] for t in tokens}


class BM25Index:
    """Okapi BM25 over a fixed list of documents."""

    def __init__(self, texts: Sequence[str], k1: float = 1.5, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self._docs = [Counter(tokenize(t)) for t in texts]
        self._lengths = np.array([sum(d.values()) for d in self._docs], dtype=np.float32)
        self._avg = float(self._lengths.mean()) if len(self._docs) else 0.0
        df: Counter[str] = Counter()
        for doc in self._docs:
            df.update(doc.keys())
        n = len(self._docs)
        self._idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}
        self._stems = [stems(list(d)) for d in self._docs]
        stem_df: Counter[str] = Counter()
        for doc_stems in self._stems:
            stem_df.update(doc_stems)
        self._stem_idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in stem_df.items()}
        self._unseen_idf = math.log(1 + (n + 0.5) / 0.5)
        self._postings: dict[str, list[tuple[int, int]]] = {}
        for i, doc in enumerate(self._docs):
            for term, tf in doc.items():
                self._postings.setdefault(term, []).append((i, tf))

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every document for `query`."""
        out = np.zeros(len(self._docs), dtype=np.float32)
        if not self._docs:
            return out
        for term in set(tokenize(query)):
            idf = self._idf.get(term)
            if idf is None:
                continue
            for i, tf in self._postings[term]:
                norm = tf + self.k1 * (1 - self.b + self.b * self._lengths[i] / self._avg)
                out[i] += idf * tf * (self.k1 + 1) / norm
        return out

    def coverage(self, query: str, i: int) -> float:
        """Share of the query's idf-weighted stems in document `i` (unseen stems weigh most)."""
        wanted = stems(tokenize(query))
        if not wanted:
            return 0.0
        weight = {t: self._stem_idf.get(t, self._unseen_idf) for t in wanted}
        found = sum(w for t, w in weight.items() if t in self._stems[i])
        return found / sum(weight.values())
