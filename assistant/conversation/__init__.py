"""Conversations: follow-up questions rewritten into standalone ones, without a language model.

    conversation = Conversation()
    rewrite = conversation.rewrite("and for English learners?")
    if rewrite.rewritten:
        show(searching_for(rewrite.text, language))  # "Searching for: ..."
    answer = assistant.ask(rewrite.text, **{**rewrite.filters, **chosen_filters})
    conversation.add("and for English learners?", rewrite, answer)

The rules are in `followups`, the words of each language in `languages/`.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

from assistant.conversation.followups import rewrite_follow_up
from assistant.conversation.languages import lexicon
from assistant.conversation.tokens import find, starts_with, tokenize
from assistant.conversation.topics import Topic, topic_of
from assistant.types import LANGUAGES, Answer

LOOK_BACK = 2  # a follow-up leans on the last turn, or the one before when the last said nothing


@dataclass(frozen=True)
class Rewrite:
    """What to search for, and why."""

    text: str  # the standalone question to search for
    rewritten: bool  # True when it differs from what the user typed ("Searching for: <text>")
    filters: dict[str, str] = field(default_factory=dict)  # plan/area carried over
    language: str | None = None  # the language `text` is in, when decided here (follow-ups)


@dataclass(frozen=True)
class Turn:
    """One question of a conversation, what was searched for, the answer and its topic."""

    typed: str
    rewrite: Rewrite
    answer: Answer
    topic: Topic


class Conversation:
    """The last turns of one user's conversation; not shared between users."""

    def __init__(self, max_turns: int = 10) -> None:
        self._turns: deque[Turn] = deque(maxlen=max(1, max_turns))

    @property
    def turns(self) -> tuple[Turn, ...]:
        """The remembered turns, oldest first."""
        return tuple(self._turns)

    def clear(self) -> None:
        """Forget every turn (a new conversation)."""
        self._turns.clear()

    def rewrite(self, typed: str, language: str | None = None) -> Rewrite:
        """The standalone form of `typed`; `language` is the answer language picked, if any."""
        text = " ".join(typed.split())
        topic = self._topic()
        if topic is None or not text:
            return Rewrite(text, False)
        code = choose_language(text, language, topic.language)
        found = rewrite_follow_up(text, lexicon(code), topic)
        if found is None or found.text == text:
            return Rewrite(text, False)
        return Rewrite(found.text, True, dict(found.filters), code)

    def add(self, typed: str, rewrite: Rewrite, answer: Answer) -> None:
        """Remember a turn once it is answered."""
        previous = self._topic()
        language = rewrite.language or _question_language(rewrite.text, answer.language)
        topic = topic_of(rewrite.text, language, answer, rewrite.filters, previous)
        self._turns.append(Turn(typed, rewrite, answer, topic))

    def _topic(self) -> Topic | None:
        """The topic a follow-up continues: the latest usable one of the last turns."""
        for turn in list(self._turns)[::-1][:LOOK_BACK]:
            if turn.topic.usable:
                return turn.topic
        return None


def searching_for(text: str, language: str) -> str:
    """The line shown above a rewritten question's answer: "Searching for: <text>"."""
    from assistant.i18n.messages import message

    label = message("searching_for", language)
    return f"{label}{'' if label.endswith('：') else ' '}{text}"


def choose_language(text: str, hint: str | None, previous: str) -> str:
    """The language of a follow-up: the one whose follow-up words it uses most.

    Short follow-ups ("y eso?") defeat statistical detection, so each candidate language
    scores its markers, pronouns, prepositions, question, facet, time and area words; ties go
    to the picked language, then the conversation's, then the detected one.
    """
    from assistant.i18n.detect import detect_language

    candidates = list(dict.fromkeys([hint, "en"] if hint in LANGUAGES else LANGUAGES))
    detected = detect_language(text, default=previous)
    order = [c for c in (hint, previous, detected) if c in candidates]
    order += [c for c in candidates if c not in order]
    scores = {code: _score(text, code) for code in order}
    best = max(scores.values())
    if best == 0:
        return hint if hint is not None and hint in LANGUAGES else detected
    return next(code for code in order if scores[code] == best)


def _score(text: str, code: str) -> int:
    lex = lexicon(code)
    tokens = tokenize(text)
    score = 3 * lex.marker_length(tokens)
    score += sum(2 for i in range(len(tokens)) if starts_with(tokens, lex.pronouns, at=i))
    score += sum(1 for t in tokens if t.folded in lex.function_words)
    for table in (lex.facets, lex.areas, lex.plans):
        score += 2 * sum(j - i for i, j, _ in find(tokens, table))
    return score


def _question_language(text: str, answer_language: str) -> str:
    """The language a self-contained question is written in (its answer's when unsure)."""
    from assistant.i18n.detect import detect_language

    detected = detect_language(text, default=answer_language)
    if detected != answer_language and _score(text, answer_language) >= _score(text, detected):
        return answer_language  # Cape Verdean Creole is never detected, for one
    return detected


__all__ = ["Conversation", "Rewrite", "Topic", "Turn", "choose_language", "searching_for"]
