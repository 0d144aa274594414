"""Rewrite a follow-up into a standalone question from the last turn's topic, without an LLM.

A question is a follow-up when it
- starts with a marker ("and for English learners?", "what about transportation?", "¿y
  para...?", "et pour...?") or ends with one ("英语学习者呢？"): its new words replace the
  last question's topic ("What is the target for English learners?"), or say what to ask about
  it ("and the deadline?"), or when ("and last year?");
- has a pronoun for the last topic ("when is that due?", "¿quién revisa eso?"): the pronoun
  is replaced by the last subject ("When is the on-time target for school buses due?");
- is a few words asking something with no topic of its own ("who checks?", "什么时候截止？"):
  the last subject is added.
Anything else is self-contained and left as typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from assistant.conversation.languages import Lexicon
from assistant.conversation.tokens import (
    Token,
    capitalize,
    end_punct,
    find,
    span_text,
    splice,
    starts_with,
    tokenize,
    without_end_punct,
)
from assistant.conversation.topics import Topic, subject_of

MAX_MARKED_WORDS = 12  # "and ..." longer than this is a new question that starts with "and"
MAX_PRONOUN_WORDS = 12
MAX_OWN_TOPIC_WORDS = 8  # a pronoun in a question with a topic of its own: only when short
MAX_BARE_WORDS = 6  # "who checks?": few words, a question word, no topic


@dataclass(frozen=True)
class Outcome:
    """A standalone question and the filters it carries over."""

    text: str
    kind: str  # switch | facet | time | pronoun | bare | repeat
    filters: dict[str, str] = field(default_factory=dict)


def rewrite_follow_up(typed: str, lex: Lexicon, topic: Topic) -> Outcome | None:
    """The standalone form of `typed` after a turn about `topic`, or None when self-contained."""
    found = _rewrite(" ".join(typed.split()), lex, topic)
    if found is None:
        return None
    text = found.text
    if lex.code == "fr":  # French sets "?" apart
        text = re.sub(r"\s*([?!])$", r" \1", text)
    return replace(found, text=text)


def _rewrite(text: str, lex: Lexicon, topic: Topic) -> Outcome | None:
    tokens = tokenize(text)
    if not tokens or not topic.usable:
        return None
    marker = lex.marker_length(tokens)
    suffix = _suffix_length(tokens, lex)
    if (marker or suffix) and len(tokens) <= MAX_MARKED_WORDS:
        return _marked(text, tokens, marker, len(tokens) - suffix, lex, topic)
    pronoun = _pronoun(tokens, lex)
    if pronoun is not None and len(tokens) <= MAX_PRONOUN_WORDS:
        own = _own_topic(tokens, lex, 0, len(tokens))
        if not own or len(tokens) <= MAX_OWN_TOPIC_WORDS:
            return _replace_pronoun(text, tokens, pronoun, lex, topic)
    if len(tokens) <= MAX_BARE_WORDS and not _own_topic(tokens, lex, 0, len(tokens)):
        asks = lex.facet_of(tokens) or tokens[0].folded in lex.question_words
        if asks:
            return _append(text, lex, topic, "bare")
    return None


def _marked(text: str, tokens: list[Token], lo: int, hi: int, lex: Lexicon,
            topic: Topic) -> Outcome | None:
    """A follow-up opened by "and"/"what about" (or closed by "呢"): what do its words add?"""
    opening = "¿" if text.startswith("¿") else ""
    rest = opening + span_text(text, tokens, lo, hi) + end_punct(text, "")
    rest_tokens = tokens[lo:hi]
    if not rest_tokens:
        return Outcome(topic.question, "repeat", _carried(topic, lex, []))
    pronoun = _pronoun(rest_tokens, lex)
    if pronoun is not None:
        return _replace_pronoun(rest, tokenize(rest), pronoun, lex, topic)
    if rest_tokens[0].folded in lex.question_words and _own_topic(tokens, lex, lo, hi):
        return None  # "and what did the plan promise about bathrooms?" stands on its own
    if lex.is_time_only(tokens, lo, hi):
        return _with_time(rest, lex, topic)
    start = lo + starts_with(tokens, lex.prepositions, at=lo)
    new_topic = span_text(text, tokens, start, hi)
    if _own_topic(tokens, lex, start, hi):
        return _switch(new_topic, tokenize(new_topic), lex, topic)
    facet = lex.facet_of(tokens, lo, hi)
    if tokens[lo].folded in lex.question_words or (facet and lex.content_words(tokens, lo, hi)):
        return _append(rest, lex, topic, "facet")
    if facet:
        text = _template(lex, facet, _subject(topic, lex))
        return Outcome(text, "facet", _carried(topic, lex, []))
    return _switch(new_topic, tokenize(new_topic), lex, topic) if new_topic else None


def _switch(new: str, new_tokens: list[Token], lex: Lexicon, topic: Topic) -> Outcome:
    """The last question about something else: its topic words replaced by the new ones."""
    new = _detach(without_end_punct(new), lex)
    areas = lex.areas_in(new_tokens)
    plans = lex.plans_in(new_tokens)
    filters: dict[str, str] = {}
    if areas:
        filters["area"] = areas[0]
    if plans:
        filters["plan"] = plans[0]
    elif topic.plan and topic.plan_named:
        filters["plan"] = topic.plan
    replaced = None
    if topic.language == lex.code and not lex.subject_first:
        # the old topic's circular code goes with it: "(SUP-19)" is not about bullying
        old = re.sub(r"\s*\([A-Z]{2,5}-\d{1,3}\)", "", topic.question)
        replaced = _substitute(old, new, lex)
    text = replaced or _template(lex, topic.facet or "general", new)
    return Outcome(capitalize(text), "switch", filters)


def _substitute(question: str, new: str, lex: Lexicon) -> str | None:
    """Replace the last area words of `question` by `new` and drop its other area words."""
    tokens = tokenize(question)
    spans = find(tokens, lex.areas)
    if not spans:
        return None
    new_tokens = tokenize(new)
    new_has_article = bool(new_tokens) and new_tokens[0].folded in lex.articles
    cuts = []
    *others, (i, j, _) = spans
    if i > 0 and tokens[i - 1].folded in lex.articles and new_has_article:
        i -= 1  # "de los autobuses" + "los estudiantes" -> "de los estudiantes"
    elif i > 0 and tokens[i - 1].folded in lex.contractions and new_has_article:
        new = span_text(new, new_tokens, 1, len(new_tokens))  # "des bus" -> "des élèves"
    cuts.append((tokens[i].start, tokens[j - 1].end, new))
    for a, b, _ in others:
        a = _with_preposition(tokens, a, lex)
        cuts.append((tokens[a].start, tokens[b - 1].end, ""))
    return splice(question, cuts)


def _with_preposition(tokens: list[Token], i: int, lex: Lexicon) -> int:
    """Extend a cut leftwards over "de"/"of" (+ article) that only served the cut words."""
    k = i
    if k > 0 and tokens[k - 1].folded in lex.articles:
        k -= 1
    if k > 0 and (
        (tokens[k - 1].folded,) in lex.prepositions or tokens[k - 1].folded in lex.contractions
    ):
        return k - 1
    return i


def _with_time(rest: str, lex: Lexicon, topic: Topic) -> Outcome:
    """The last question asked about another time ("and in 2023?")."""
    question = topic.question
    if topic.language != lex.code:
        return _append(rest, lex, topic, "time")
    base = _cut_time_tail(without_end_punct(question), lex)  # "now" gives way to the new time
    text = f"{base} {without_end_punct(rest)}{end_punct(question)}"
    return Outcome(capitalize(splice(text, [])), "time", _carried(topic, lex, []))


def _cut_time_tail(text: str, lex: Lexicon) -> str:
    tokens = tokenize(text)
    spans = [s for s in find(tokens, [("t", p) for p in lex.time_words]) if s[1] == len(tokens)]
    if spans and spans[-1][0] > 0:
        return text[: tokens[spans[-1][0]].start].rstrip()
    return text


def _replace_pronoun(text: str, tokens: list[Token], span: tuple[int, int, bool], lex: Lexicon,
                     topic: Topic) -> Outcome:
    """"when is that due?" -> "when is <the last subject> due?"."""
    i, j, determiner = span
    subject = _subject(topic, lex)
    if determiner and j < len(tokens):
        noun = tokens[j]
        article = lex.determiners.get(tokens[i].raw, "")
        subject_words = {t.stem for t in tokenize(subject)}
        if noun.stem in subject_words:  # "esa meta" -> "la meta de puntualidad..."
            cut = (tokens[i].start, noun.end, subject)
        else:  # "esa fecha" -> "la fecha para <subject>"
            cut = (tokens[i].start, noun.end,
                   f"{article} {text[noun.start:noun.end]} {lex.connector} {subject}".strip())
        out = splice(text, [cut])
    else:
        joint = "" if tokens[i].cjk else " "
        out = splice(text, [(tokens[i].start, tokens[j - 1].end, subject + joint)])
    own = lex.areas_in(tokens)
    filters = _carried(topic, lex, own)
    return Outcome(capitalize(out), "pronoun", filters)


def _append(text: str, lex: Lexicon, topic: Topic, kind: str) -> Outcome:
    """"who checks?" -> "who checks for <the last subject>?"."""
    subject = _subject(topic, lex)
    body, punct = without_end_punct(text), end_punct(text)
    if lex.subject_first:
        out = f"{subject}{body}{punct}"
    else:
        out = f"{body} {lex.connector} {subject}{punct}"
    return Outcome(capitalize(splice(out, [])), kind, _carried(topic, lex, []))


def _template(lex: Lexicon, facet: str, subject: str) -> str:
    return capitalize(lex.templates.get(facet, lex.templates["general"]).format(topic=subject))


def _subject(topic: Topic, lex: Lexicon) -> str:
    """The last subject in this language: as said when it was said in it, else its area."""
    if topic.language == lex.code and topic.subject:
        subject = topic.subject
    elif topic.area and topic.area in lex.area_labels:
        subject = lex.area_labels[topic.area]
    else:
        subject = topic.subject or topic.indicator_name or subject_of(topic.question, lex)
    codes = [c for c in topic.codes if c.casefold() not in subject.casefold()]
    if codes and "-" in codes[0]:  # a circular's code (SUP-19) keeps the search on it
        subject = f"{subject} ({codes[0]})"
    return subject


def _carried(topic: Topic, lex: Lexicon, named_areas: list[str]) -> dict[str, str]:
    """Plan and area of the last turn, unless the follow-up names another area."""
    out: dict[str, str] = {}
    if topic.plan:
        out["plan"] = topic.plan
    if topic.area and (not named_areas or named_areas == [topic.area]):
        out["area"] = topic.area
    return out


def _own_topic(tokens: list[Token], lex: Lexicon, lo: int, hi: int) -> bool:
    """Whether tokens[lo:hi] name a topic: an area, a plan, a code, or two content words."""
    if lex.areas_in(tokens, lo, hi) or lex.plans_in(tokens, lo, hi):
        return True
    if any(_is_code(t.text) for t in tokens[lo:hi]):
        return True
    return lex.content_words(tokens, lo, hi) >= 2


def _pronoun(tokens: list[Token], lex: Lexicon) -> tuple[int, int, bool] | None:
    """(start, end, is_determiner) of the first word standing for the last topic."""
    words = [t.folded for t in tokens]
    for i, token in enumerate(tokens):
        if token.raw in lex.determiners and i + 1 < len(tokens):
            nxt = tokens[i + 1].folded
            if nxt not in lex.function_words and not nxt.isdigit():
                return i, i + 1, True
        n = starts_with(tokens, lex.pronouns, at=i)
        if not n:
            continue
        word = words[i]
        after = words[i + n] if i + n < len(words) else None
        if after is not None and after in lex.not_before.get(word, frozenset()):
            continue
        if (word in lex.conditional and after is not None and i > 0
                and words[i - 1] not in lex.pronoun_after):
            continue  # "the rule that applies": a clause, not a pronoun
        return i, i + n, False
    return None


def _is_code(word: str) -> bool:
    """An acronym or code as written: IEP, SLIFE, SUP-19, Paragraph-54 is not."""
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters) and word.isascii()


def _suffix_length(tokens: list[Token], lex: Lexicon) -> int:
    """How many final tokens close a "what about" question ("呢", "thì sao")."""
    from assistant.conversation.tokens import ends_with

    return ends_with(tokens, lex.suffixes) if lex.suffixes else 0


def _detach(text: str, lex: Lexicon) -> str:
    """Undo a preposition written onto the first word (Arabic "للنقل" -> "النقل")."""
    for joined_form, plain in lex.attached:
        if text.startswith(joined_form):
            return plain + text[len(joined_form) :]
    return text
