"""What a turn was about: its subject, what it asked, its plan, area, indicator and sections.

The subject is the noun phrase of the standalone question ("What is the on-time target for
school buses?" -> "the on-time target for school buses"); plan and area come from what the
answer cited, or else from words of the question; section headings add the codes a later
"who checks that?" should keep (SUP-19).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from assistant.conversation.languages import Lexicon, lexicon
from assistant.conversation.tokens import Token, joined, span_text, tokenize, without_end_punct
from assistant.types import Answer

CODE = re.compile(r"\b[A-Z]{2,5}-\d{1,3}\b")  # a circular's code: SUP-19, CAO-05
ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
_IGNORED_ACRONYMS = frozenset({"BPS", "SIP", "DESE", "US", "USA", "OK"})
MAX_SUBJECT_WORDS = 14


@dataclass(frozen=True)
class Topic:
    """What one turn of a conversation was about."""

    language: str
    question: str  # the standalone question that was searched for
    subject: str  # its noun phrase, in `language`; may be empty
    facet: str | None = None  # what it asked: target, deadline, responsible, promise...
    area: str | None = None
    plan: str | None = None
    plan_named: bool = False  # the user named the plan (so it survives a change of area)
    indicator: str = ""  # id of the first metric cited
    indicator_name: str = ""
    codes: tuple[str, ...] = ()  # codes and acronyms of the question and cited headings
    sections: tuple[str, ...] = ()  # cited section ids
    headings: tuple[str, ...] = ()  # their most specific headings
    refused: bool = False

    @property
    def usable(self) -> bool:
        """Whether a follow-up can lean on this turn ("Thanks!", refused, is not a topic)."""
        if self.refused and not (self.area or self.facet):
            return False
        return bool(self.subject or self.area or self.indicator_name)


def subject_of(question: str, lex: Lexicon) -> str:
    """The noun phrase a question is about, without its question words."""
    text = without_end_punct(question).lstrip("¿¡ ")
    tokens = tokenize(text)
    if not tokens:
        return ""
    start = _after_lead(tokens, lex)
    end = _before_tail(tokens, lex, start)
    while end - start > 1 and tokens[end - 1].folded in lex.question_words:
        end -= 1
    if start >= end or lex.content_words(tokens, start, end) == 0:
        return ""
    if end - start > MAX_SUBJECT_WORDS:
        end = start + MAX_SUBJECT_WORDS
    return span_text(text, tokens, start, end)


def _after_lead(tokens: list[Token], lex: Lexicon) -> int:
    """Index of the first word after the question's lead ("What did the plan promise about")."""
    words, starts = joined(tokens)
    best = 0
    for lead in lex.leads:
        m = lead.match(words)
        if not m or not m.group().strip():
            continue
        index = next((i for i, s in enumerate(starts) if s >= m.end()), len(tokens))
        if index < len(tokens):
            best = max(best, index)
            break  # leads are listed most specific first
    if best:
        return best
    k = 0
    while k < len(tokens) - 1 and tokens[k].folded in lex.question_words:
        k += 1
    return k


def _before_tail(tokens: list[Token], lex: Lexicon, start: int) -> int:
    """Index after the last word before a tail ("là gì", "现在")."""
    end = len(tokens)
    changed = True
    while changed and end > start:
        changed = False
        words, starts = joined(tokens[start:end])
        for tail in lex.tails:
            m = tail.search(words)
            if m and m.start() > 0:
                cut = next((i for i, s in enumerate(starts) if s >= m.start()), end - start)
                if cut + start < end:
                    end, changed = start + max(cut, 1), True
                    break
    return end


def topic_of(
    question: str, language: str, answer: Answer, carried: dict[str, str],
    previous: Topic | None = None,
) -> Topic:
    """The topic of a turn: its standalone `question`, the `answer`, the filters it used."""
    lex = lexicon(language)
    tokens = tokenize(question)
    passages = [c for c in answer.citations if c.kind == "passage"]
    metrics = [c for c in answer.citations if c.kind == "metric"]
    named_plans = lex.plans_in(tokens)
    cited_plans = {c.plan for c in passages if c.plan}
    plan: str | None
    if named_plans:
        plan, plan_named = named_plans[0], True
    elif carried.get("plan"):
        plan = carried["plan"]
        plan_named = bool(previous and previous.plan_named and previous.plan == plan)
    elif len(cited_plans) == 1 and len(passages) >= 2:
        # one passage alone says little: "the students and languages" of the OMME plan must
        # not hide the SIP's deadlines for English learners from the next question
        plan, plan_named = next(iter(cited_plans)), False
    else:
        plan, plan_named = None, False
    headings = _headings(answer)
    text_codes = [c for c in ACRONYM.findall(question) if c not in _IGNORED_ACRONYMS]
    heading_codes = [c for h in headings for c in CODE.findall(h)]
    subject = subject_of(question, lex)
    if not subject and metrics:
        subject = metrics[0].title
    return Topic(
        language=language,
        question=question,
        subject=subject,
        facet=lex.facet_of(tokens),
        area=_area(answer, lex.areas_in(tokens), carried),
        plan=plan,
        plan_named=plan_named,
        indicator=metrics[0].indicator if metrics else "",
        indicator_name=metrics[0].title if metrics else "",
        codes=tuple(dict.fromkeys(text_codes + heading_codes)),
        sections=tuple(dict.fromkeys(c.section for c in passages if c.section)),
        headings=tuple(headings),
        refused=answer.refused,
    )


def _area(answer: Answer, named: list[str], carried: dict[str, str]) -> str | None:
    """The area most cited (leaving out "general"), else the one named or carried."""
    counts = Counter(c.area for c in answer.citations if c.area and c.area != "general")
    if counts and not answer.refused:
        top = counts.most_common()
        if len(top) == 1 or top[0][1] > top[1][1]:
            return top[0][0]
        # a tie: the area the question names, if it is one of them
        tied = {a for a, n in top if n == top[0][1]}
        return next((a for a in named if a in tied), top[0][0])
    if named:
        return named[0]
    return carried.get("area") or None


def _headings(answer: Answer) -> list[str]:
    """The most specific heading of each cited section, from the retrieved chunks."""
    paths = {(h.chunk.doc_id, h.chunk.section): h.chunk.heading_path for h in answer.retrieved}
    out = []
    for c in answer.citations:
        path = paths.get((c.doc_id, c.section))
        if path:
            out.append(path[-1])
    return list(dict.fromkeys(out))
