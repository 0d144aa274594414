"""Answer "what must I do about X?" with a checklist: each duty with its deadline and citation."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from assistant.errors import AssistantError
from assistant.obligations.actors import ACTOR_LABELS, actors_for_role
from assistant.obligations.model import Obligation
from assistant.obligations.query import match_question
from assistant.obligations.store import open_obligations
from assistant.types import Answer

_DUTY_QUESTION = re.compile(
    r"\b(?:what|which)\b.{0,40}\b(?:must|have\s+to|has\s+to|need\s+to|needs\s+to|should|"
    r"supposed\s+to|required|obliged|responsible)\b"
    r"|\b(?:my|our|school'?s?|principal'?s?|teachers?'?|staff)\s+(?:duties|obligations|"
    r"responsibilities|deadlines|requirements)\b"
    r"|\b(?:checklist|to-?do\s+list|deadlines?\s+for|what\s+do\s+i\s+do)\b"
    r"|\b(?:am|are|is)\s+(?:i|we|the\s+school|the\s+principal)\s+(?:required|supposed|obliged)\b",
    re.I,
)


def is_obligation_question(question: str) -> bool:
    """True for questions asking what someone must do ("What do I have to do when...")."""
    return bool(_DUTY_QUESTION.search(question))


def checklist_items(
    question: str, obligations: Sequence[Obligation], role: str | None = "principal",
    limit: int = 6,
) -> list[Obligation]:
    """The duties the question is about, for `role` (its actors first, then the others)."""
    mine = obligations
    if role:
        wanted = set(actors_for_role(role))
        mine = [ob for ob in obligations if wanted & set(ob.actors or (ob.actor,))]
    found = match_question(question, mine, limit=limit)
    if len(found) < limit and role:
        # a rule whose doer is another (the district, a designee) still concerns the asker
        others = [ob for ob in match_question(question, obligations, limit=limit)
                  if ob not in found]
        found += others[: limit - len(found)]
    return found


def format_checklist(
    items: Sequence[Obligation], today: date | None = None, next_due: bool = False
) -> str:
    """A Markdown checklist: who does what, by when, with numbered citations [n].

    `next_due` adds the computed next due date; answers leave it out, because every number
    in an answer must stand in the sentence it cites.
    """
    today = today or date.today()
    lines = []
    for n, ob in enumerate(items, start=1):
        who = ACTOR_LABELS.get(ob.actor, ob.actor)
        deadline = ob.timing.describe()
        due = ob.due(today)
        when = f" — **{deadline}**" if deadline else ""
        if next_due and due is not None and ob.timing.kind in ("absolute", "recurring"):
            when += f" (next: {due.isoformat()})"
        verb = "should" if ob.modality == "should" else "must"
        if ob.modality == "must not":
            verb = "must not"
        action = ob.action
        if action[:2].istitle():  # "Record ..." -> "record ...", but "BPS ..." stays
            action = action[0].lower() + action[1:]
        lines.append(f"- [ ] {who} {verb}: {action}{when} [{n}]")
    return "\n".join(lines)


def checklist_answer(
    question: str,
    db_path: Path,
    role: str | None = "principal",
    limit: int = 6,
    today: date | None = None,
) -> Answer | None:
    """A checklist Answer citing each duty's sentence; None when no stored duty matches.

    The chain can call this for a principal's or staff member's duty question and fall
    back to its usual answer on None.
    """
    try:
        obligations = open_obligations(db_path)
    except AssistantError:
        return None  # no table yet: the ordinary answer path still works
    items = checklist_items(question, obligations, role=role, limit=limit)
    if not items:
        return None
    text = "Here is what the documents require:\n\n" + format_checklist(items, today)
    citations = tuple(ob.citation(n) for n, ob in enumerate(items, start=1))
    return Answer(question=question, text=text, language="en", refused=False,
                  citations=citations)
