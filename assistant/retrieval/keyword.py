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
# question and function words of the other BPS languages (accent-folded, Arabic normalised):
# a family's question is mostly such words, and they matched every passage in its language.
# Left out on purpose: words that are content words elsewhere ("ele", "ela" are ELE and ELA
# in English; "mes" is a month, "nha" a house and "ke" a plan in Vietnamese)
_MORE_STOPWORD_TEXT = """
cual cuales cuanto cuanta cuantos cuantas cuando donde como mi mis su sus nuestro nuestra
nuestros nuestras le les me nos hay ser esta este estos estas esa ese muy mas sin sobre
hasta desde si ya
quel quelle quels quelles combien quand ma son sa ses notre nos votre vos je il
elle nous vous ils elles ce cette ces qui quoi pas ne avec par
quanto quanta quantos quantas qual quais quando onde meu minha meus minhas seu sua seus
suas nosso nossa eles elas foi pelo pela pelos pelas ao aos sem ja
kisa konbyen mwen ou nou an te ap pral sa gen pa dwe ka epi oswa
di ku ta pa sta un nu bu es el kel dja kal kantu kuandu modi undi pamodi ma tanbe
iyo ee ka ku u la oo waa ayaa ayuu ayay ay uu waxay wuxuu ah ama si ma aan inay inuu kasta
loo lagu laga kale immisa goorma maxay haddii kadib
cua va la co cac cho trong duoc nhung mot khong nay thi voi nhieu nao khi gi
في من على الى عن ان التي الذي هل ما ماذا متى كم هذا هذه او كل مع عند هو هي كان كانت
"""
# Arabic letters written several ways (hamza on alif, alif maqsura, ta marbuta, tatweel)
_ARABIC_FORMS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ـ": ""}
_ARABIC_FORM = re.compile("|".join(_ARABIC_FORMS))
_ARABIC = re.compile(r"[\u0600-\u06ff]")
# light stemming after Larkey's light10: "and", then the article, then one suffix
_AR_PREFIXES = ("وال", "بال", "كال", "فال", "لل", "ال")
_AR_SUFFIXES = ("ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي")
# French elisions (l'heure, d'école, qu'il) and the English possessive ('s)
_ELISION = re.compile(r"^(?:[a-z]{1,2}|qu)'(?=[^\W_]{2})|'s$")
STOPWORDS = frozenset(_STOPWORD_TEXT.split()) | frozenset(
    _ARABIC_FORM.sub(lambda m: _ARABIC_FORMS[m.group(0)], _MORE_STOPWORD_TEXT).split()
)
STEM = 5  # truncation stemming: "buses"/"bus", "renovated"/"renovation" meet at a prefix
# BM25 also indexes each longer word's first PREFIX letters, so that inflected and suffixed
# forms meet: Somali "musqulahooda" (their bathrooms) and "musqulaha" (the bathrooms),
# "dayactiro" and "dayactirka" (repair). Measured on the shipped sets (docs/benchmarks.md):
# 6 letters beat 5 and 7 and no prefixes; an exact match scores both the word and its prefix
PREFIX = 6
_PREFIX_MARK = "~"  # keeps a prefix apart from a word that happens to be spelled the same


def tokenize(text: str) -> list[str]:
    """Lower-case, accent-folded word tokens; CJK text becomes characters and bigrams.

    Elisions (l'heure) and possessives (SIP's) are dropped, and Arabic words are written
    one way and lightly stemmed, so that a question meets the forms its passages use.
    """
    folded = _fold(text)
    tokens: list[str] = []
    for word in _WORD.findall(folded):
        if _CJK.search(word):
            chars = [c for c in word if not c.isspace()]
            tokens.extend(chars)
            tokens.extend(a + b for a, b in itertools.pairwise(chars))
        else:
            word = _normalise_word(word)
            if word and word not in STOPWORDS:
                tokens.append(word)
    return tokens


def _normalise_word(word: str) -> str:
    """Drop an elision or possessive; write Arabic letters one way and strip its affixes."""
    word = _ELISION.sub("", word)
    if not _ARABIC.search(word):
        return word
    word = _ARABIC_FORM.sub(lambda m: _ARABIC_FORMS[m.group(0)], word)
    return word if word in STOPWORDS else _arabic_stem(word)


def _arabic_stem(word: str) -> str:
    """Strip a leading 'and' (و), the article (ال and its variants) and one suffix."""
    if len(word) > 3 and word.startswith("و"):
        word = word[1:]
    for prefix in _AR_PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            word = word[len(prefix):]
            break
    for suffix in _AR_SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            return word[: -len(suffix)]
    return word


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def index_terms(text: str) -> list[str]:
    """BM25's terms: the tokens, plus the PREFIX-letter prefix of each longer word.

    Chinese characters and the already stemmed Arabic words get no prefix.
    """
    tokens = tokenize(text)
    return tokens + [
        t[:PREFIX] + _PREFIX_MARK for t in tokens
        if len(t) > PREFIX and not _CJK.search(t) and not _ARABIC.search(t)
    ]


def stems(tokens: Sequence[str]) -> set[str]:
    """Truncated tokens, for coverage tests that should ignore inflection."""
    return {t[:STEM] for t in tokens}


class BM25Index:
    """Okapi BM25 over a fixed list of documents."""

    def __init__(self, texts: Sequence[str], k1: float = 1.5, b: float = 0.75) -> None:
        self.k1, self.b = k1, b
        self._docs = [Counter(index_terms(t)) for t in texts]
        self._lengths = np.array([sum(d.values()) for d in self._docs], dtype=np.float32)
        self._avg = float(self._lengths.mean()) if len(self._docs) else 0.0
        df: Counter[str] = Counter()
        for doc in self._docs:
            df.update(doc.keys())
        n = len(self._docs)
        self._idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}
        self._stems = [stems([t for t in d if not t.endswith(_PREFIX_MARK)]) for d in self._docs]
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
        for term in set(index_terms(query)):
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
