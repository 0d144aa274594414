"""Filter stored obligations for the CLI and the app, and rank them for a chat question."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from assistant.obligations.actors import actors_for_role
from assistant.obligations.model import Obligation
from assistant.obligations.store import open_obligations

_WORD = re.compile(r"[a-z][a-z'’-]+")
_STOP = frozenset(
    """a about after all also am an and any are as at be been before being but by can do does
    doing done for from had has have how i if in into is it its me must my need needs no not
    of on or our should so some than that the their them then there these they this to up us
    was we what when where which while who will with within would you your school schools
    student students happen happens required require requires duty duties obligation
    obligations responsibility responsibilities""".split()  # noqa: SIM905 - a word list
)


def filter_obligations(
    obligations: Sequence[Obligation],
    *,
    role: str | None = None,
    area: str | None = None,
    doc: str | None = None,
    due_within_days: int | None = None,
    text: str | None = None,
    today: date | None = None,
) -> list[Obligation]:
    """The obligations that pass every filter given, soonest deadline first when dated.

    `role` is a user role ("principal") or an actor ("teacher"); it matches any actor the
    sentence names. `doc` matches a doc_id exactly or by prefix ("sup-19"). `due_within_days`
    keeps duties whose next due date falls between today and today + N days, so relative
    deadlines (which hang on an event) are left out. `text` needs every word in the action,
    the sentence or the title.
    """
    today = today or date.today()
    wanted = set(actors_for_role(role)) if role else None
    words = [w.lower() for w in (text or "").split() if w.strip()]
    out: list[Obligation] = []
    for ob in obligations:
        if wanted is not None and not wanted & set(ob.actors or (ob.actor,)):
            continue
        if area and ob.area != area:
            continue
        if doc and not (ob.doc_id == doc or ob.doc_id.startswith(doc.lower())):
            continue
        if due_within_days is not None:
            due = ob.due(today)
            if due is None or not 0 <= (due - today).days <= due_within_days:
                continue
        if words:
            haystack = f"{ob.action} {ob.sentence} {ob.title}".lower()
            if not all(w in haystack for w in words):
                continue
        out.append(ob)
    if due_within_days is not None:
        out.sort(key=lambda ob: ob.due(today) or date.max)
    return out


def find_obligations(
    db_path: Path,
    *,
    role: str | None = None,
    area: str | None = None,
    doc: str | None = None,
    due_within_days: int | None = None,
    text: str | None = None,
    today: date | None = None,
) -> list[Obligation]:
    """Read the stored obligations at `db_path` and filter them (see `filter_obligations`)."""
    return filter_obligations(
        open_obligations(db_path),
        role=role,
        area=area,
        doc=doc,
        due_within_days=due_within_days,
        text=text,
        today=today,
    )


def sort_by_deadline(obligations: Sequence[Obligation], today: date) -> list[Obligation]:
    """Dated duties by next due date, then event-bound ones, then those without timing."""
    rank = {"absolute": 0, "recurring": 0, "relative": 1, "none": 2}

    def key(ob: Obligation) -> tuple[int, date, str]:
        due = ob.due(today)
        return (rank.get(ob.timing.kind, 2) if due is None else 0, due or date.max, ob.doc_id)

    return sorted(obligations, key=key)


def _stem(word: str) -> str:
    word = word.strip("'’-")
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def _terms(text: str) -> list[str]:
    return [_stem(w) for w in _WORD.findall(text.lower()) if w not in _STOP]


def _matches(term: str, words: set[str]) -> bool:
    if term in words:
        return True
    # "restrained" and "restraint", "bully" and "bullying": a shared stem of 6+ letters
    return any(
        (len(term) >= 6 and w.startswith(term[:6]) and len(w) >= 6)
        or (len(w) >= 4 and term.startswith(w) and len(term) - len(w) <= 3)
        or (len(term) >= 4 and w.startswith(term) and len(w) - len(term) <= 3)
        for w in words
    )


def match_question(
    question: str, obligations: Sequence[Obligation], limit: int = 6
) -> list[Obligation]:
    """The obligations a chat question is about, best first.

    Scores word overlap with the action and sentence (rarer words count more), plus half a
    point per word found in the area or the section heading; ties go to dated duties.
    """
    terms = list(dict.fromkeys(_terms(question)))
    if not terms or not obligations:
        return []
    bags = [set(_terms(f"{ob.action} {ob.sentence}")) for ob in obligations]
    frequency: Counter[str] = Counter()
    for term in terms:
        frequency[term] = sum(1 for bag in bags if _matches(term, bag))
    n = len(obligations)
    scored: list[tuple[float, int, Obligation]] = []
    for i, (ob, bag) in enumerate(zip(obligations, bags, strict=True)):
        context = set(_terms(" ".join([ob.area.replace("-", " "), *ob.heading_path[1:]])))
        score = 0.0
        for term in terms:
            idf = math.log(1 + n / (1 + frequency[term]))
            if _matches(term, bag):
                score += idf
            elif _matches(term, context):
                score += 0.5 * idf
        if score > 0:
            dated = 0.1 if ob.timing.kind != "none" else 0.0
            scored.append((score + dated, -i, ob))
    scored.sort(key=lambda item: (item[0], item[1]), reverse=True)
    best = scored[0][0] if scored else 0.0
    # keep the items about the question, not the ones sharing one common word with it
    return [ob for score, _, ob in scored if score >= 0.5 * best][:limit]
