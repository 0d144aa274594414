"""What the conversation stage knows about each language, one module per language.

Each module (`en`, `es`, ...) defines the same names: follow-up `MARKERS` ("and", "what
about") and `SUFFIXES` ("呢"), `PREPOSITIONS`, `ARTICLES`, `CONTRACTIONS`, `PRONOUNS` that
stand for the last topic, `DETERMINERS`, `QUESTION_WORDS`, question `LEADS` and `TAILS`
(regexes over folded words), `FACETS` (what a question asks: target, deadline...) with their
`TEMPLATES`, the `CONNECTOR` that joins a question to its topic, `TIME_WORDS`, and the words
of each area and plan. `QUESTION_WORDS` and `PRONOUN_AFTER` may be one string of words
separated by spaces. `Lexicon` compiles a module once.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from types import ModuleType

from assistant.conversation.languages import ar, en, es, fr, ht, kea, pt, so, vi, zh
from assistant.conversation.tokens import Phrase, Token, find, phrase, phrases, starts_with
from assistant.metrics.languages import MODULES as METRIC_MODULES
from assistant.metrics.languages import fold

MODULES: dict[str, ModuleType] = {
    "en": en, "es": es, "ht": ht, "kea": kea, "zh": zh, "vi": vi, "pt": pt, "ar": ar,
    "so": so, "fr": fr,
}
FACET_ORDER = ("deadline", "responsible", "target", "promise", "status", "count")


@dataclass(frozen=True)
class Lexicon:
    """One language's follow-up words, compiled for matching."""

    code: str
    markers: tuple[Phrase, ...]
    one_word_markers: frozenset[str]  # accents count: Portuguese "e" (and) is not "é" (is)
    folded_markers: frozenset[str]
    suffixes: tuple[Phrase, ...]
    prepositions: tuple[Phrase, ...]
    articles: frozenset[str]
    contractions: frozenset[str]
    attached: tuple[tuple[str, str], ...]
    pronouns: tuple[Phrase, ...]
    conditional: frozenset[str]
    pronoun_after: frozenset[str]
    not_before: dict[str, frozenset[str]]
    determiners: dict[str, str]
    question_words: frozenset[str]
    leads: tuple[re.Pattern[str], ...]
    tails: tuple[re.Pattern[str], ...]
    facets: tuple[tuple[str, Phrase], ...]
    templates: dict[str, str]
    connector: str
    subject_first: bool
    time_words: tuple[Phrase, ...]
    areas: tuple[tuple[str, Phrase], ...]
    area_labels: dict[str, str]
    plans: tuple[tuple[str, Phrase], ...]
    function_words: frozenset[str]  # folded words that carry no topic

    def areas_in(self, tokens: list[Token], lo: int = 0, hi: int | None = None) -> list[str]:
        """The areas named in tokens[lo:hi], in order of appearance."""
        return [label for _, _, label in find(tokens, self.areas, lo=lo, hi=hi)]

    def plans_in(self, tokens: list[Token], lo: int = 0, hi: int | None = None) -> list[str]:
        """The plans named in tokens[lo:hi]."""
        return [label for _, _, label in find(tokens, self.plans, lo=lo, hi=hi)]

    def facet_of(self, tokens: list[Token], lo: int = 0, hi: int | None = None) -> str | None:
        """What the words ask for (the earliest facet word wins), if anything."""
        found = find(tokens, self.facets, lo=lo, hi=hi)
        return found[0][2] if found else None

    def content_words(self, tokens: list[Token], lo: int = 0, hi: int | None = None) -> int:
        """How many words of tokens[lo:hi] carry meaning (not function, facet or time words)."""
        hi = len(tokens) if hi is None else hi
        skip = {k for i, j, _ in find(tokens, self.facets, lo=lo, hi=hi) for k in range(i, j)}
        skip |= {k for i, j, _ in find(tokens, [("t", p) for p in self.time_words], lo=lo, hi=hi)
                 for k in range(i, j)}
        return sum(
            1
            for k in range(lo, hi)
            if k not in skip and tokens[k].folded not in self.function_words
            and not tokens[k].folded.isdigit()
        )

    def is_time_only(self, tokens: list[Token], lo: int, hi: int) -> bool:
        """Whether tokens[lo:hi] only say when ("last year", "in 2023")."""
        if lo >= hi:
            return False
        covered = {k for i, j, _ in find(tokens, [("t", p) for p in self.time_words], lo=lo, hi=hi)
                   for k in range(i, j)}
        return all(k in covered or tokens[k].folded.isdigit() or tokens[k].folded in
                   self.articles for k in range(lo, hi))

    def marker_length(self, tokens: list[Token]) -> int:
        """How many leading tokens are a follow-up marker ("and", "what about")."""
        n = starts_with(tokens, [m for m in self.markers if len(m) > 1])
        if n:
            return n
        if not tokens:
            return 0
        first = tokens[0]
        if first.raw in self.one_word_markers:
            return 1
        # typed without accents ("tambien") still counts; typed with others ("é") does not
        if first.raw == first.folded and first.folded in self.folded_markers:
            return 1
        return 0



def _words(value: str | tuple[str, ...] | list[str]) -> list[str]:
    return value.split() if isinstance(value, str) else list(value)


def _lexicon(code: str) -> Lexicon:
    m = MODULES[code]
    markers = phrases(m.MARKERS, stemmed=False)
    articles = frozenset(fold(a) for a in m.ARTICLES)
    question_words = frozenset(fold(w) for w in _words(m.QUESTION_WORDS))
    prepositions = phrases(m.PREPOSITIONS, stemmed=False)
    stop = fold(METRIC_MODULES[code].STOP_WORDS).split()
    function_words = frozenset(
        [*stop, *articles, *question_words, *(w for p in prepositions for w in p),
         *(w for p in markers for w in p), *(fold(p) for p in m.PRONOUNS),
         *(fold(d) for d in m.DETERMINERS)]
    )
    return Lexicon(
        code=code,
        markers=markers,
        one_word_markers=frozenset(w.casefold() for w in m.MARKERS if len(w.split()) == 1),
        folded_markers=frozenset(fold(w) for w in m.MARKERS if len(w.split()) == 1),
        suffixes=phrases(m.SUFFIXES, stemmed=False),
        prepositions=prepositions,
        articles=articles,
        contractions=frozenset(fold(c) for c in m.CONTRACTIONS),
        attached=tuple(getattr(m, "ATTACHED", ())),
        pronouns=phrases(m.PRONOUNS, stemmed=False),
        conditional=frozenset(m.CONDITIONAL),
        pronoun_after=frozenset(_words(m.PRONOUN_AFTER)),
        not_before={k: frozenset(fold(v) for v in vs) for k, vs in m.NOT_BEFORE.items()},
        determiners={d.casefold(): a for d, a in m.DETERMINERS.items()},
        question_words=question_words,
        leads=tuple(re.compile(p) for p in m.LEADS),
        tails=tuple(re.compile(p) for p in m.TAILS),
        facets=tuple(
            (name, p) for name in FACET_ORDER for p in phrases(m.FACETS.get(name, ()))
        ),
        templates=dict(m.TEMPLATES),
        connector=m.CONNECTOR,
        subject_first=bool(m.SUBJECT_FIRST),
        time_words=phrases(m.TIME_WORDS),
        areas=tuple((area, p) for area, words in m.AREAS.items() for p in phrases(words)),
        area_labels=dict(m.AREA_LABELS),
        plans=tuple((plan, p) for plan, words in m.PLANS.items() for p in phrases(words)),
        function_words=function_words,
    )


@functools.cache
def lexicon(code: str) -> Lexicon:
    """The compiled words of language `code` (English when unknown)."""
    return _lexicon(code if code in MODULES else "en")


def plain_phrase(text: str) -> Phrase:
    """`text` as folded words, for comparing pronouns and markers."""
    return phrase(text, stemmed=False)
