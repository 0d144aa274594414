"""Turn thumbs-down questions into a draft question set for a reviewer to complete.

The draft is in the format of eval/sets/*.yaml (see `assistant.evaluation.questions`), with
every `expected` field left for a reviewer and marked `REVIEW`. `answerable` is left `null`
on purpose: the set loader refuses it until a person has said whether the corpus answers the
question, so a draft can never be run, or pass, by accident.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from assistant.evaluation.questions import ROLES
from assistant.types import LANGUAGES

ANSWER_PREVIEW = 160  # characters of the rated answer shown to the reviewer
_HEADER = """\
# DRAFT question set, made from answers rated thumbs-down on {day}.
# It cannot be run as it is: a reviewer fills every field marked REVIEW.
#   answerable  true if the plans or circulars answer the question; false if the
#               assistant must refuse it (then leave sources and facts empty)
#   sources     where a right answer comes from, e.g. {{section: sip.transportation.targets}}
#   facts       numbers or words a right answer contains, e.g. ["95"]
# Delete the questions that are not worth keeping, give the set its own name, and save
# it under eval/sets/. Questions were redacted before they were stored.
"""


@dataclass
class DraftQuestion:
    """One distinct question rated down, with what the reviewer needs to judge it."""

    question: str
    language: str
    role: str
    times: int = 1
    wrong_source: bool = False
    refused: bool = False
    answer: str = ""
    cited: list[str] = field(default_factory=list)


def draft_questions(rows: Iterable[Mapping[str, Any]]) -> list[DraftQuestion]:
    """Distinct questions (same words, same language) in the order first rated down."""
    found: dict[tuple[str, str], DraftQuestion] = {}
    for row in rows:
        question = " ".join(str(row.get("question") or "").split())
        if not any(ch.isalnum() for ch in question):
            continue
        language = str(row.get("language") or "en")
        language = language if language in LANGUAGES else "en"
        key = (question.casefold(), language)
        wrong = bool(row.get("wrong_source"))
        if key in found:
            item = found[key]
            item.times += 1
            item.wrong_source = item.wrong_source or wrong
            continue
        role = str(row.get("role") or "family")
        found[key] = DraftQuestion(
            question=question,
            language=language,
            role=role if role in ROLES else "family",
            wrong_source=wrong,
            refused=bool(row.get("refused")),
            answer=str(row.get("answer") or ""),
            cited=[_cited(c) for c in row.get("citations") or [] if _cited(c)],
        )
    return list(found.values())


def draft_set_name(day: date) -> str:
    """The name of a draft set made on `day`."""
    return f"draft-feedback-{day.isoformat()}"


def draft_question_set(rows: Iterable[Mapping[str, Any]], day: date | None = None) -> str:
    """The YAML text of a draft set from thumbs-down rows (see `FeedbackStore.thumbs_down`)."""
    day = day or date.today()
    questions = draft_questions(rows)
    lines = [_HEADER.format(day=day.isoformat()).rstrip("\n")]
    lines.append(f"name: {draft_set_name(day)}")
    lines.append(
        "description: "
        + quote(
            f"DRAFT, not reviewed: {len(questions)} questions whose answers users rated "
            f"thumbs-down. The expected fields are still to be filled by a reviewer."
        )
    )
    lines.append("questions:" if questions else "questions: []")
    for i, q in enumerate(questions, start=1):
        lines.extend(_entry(i, q))
    return "\n".join(lines) + "\n"


def _entry(i: int, q: DraftQuestion) -> list[str]:
    rated = f"rated thumbs-down {q.times} time{'s' if q.times > 1 else ''}"
    if q.wrong_source:
        rated += "; marked 'wrong or missing source'"
    if q.refused:
        said = "the assistant refused to answer"
    else:
        preview = _comment_text(q.answer)
        if len(preview) > ANSWER_PREVIEW:
            preview = preview[:ANSWER_PREVIEW].rsplit(" ", 1)[0] + " ..."
        said = f"the assistant answered: {preview}"
    return [
        f"  - id: draft-{i:03d}",
        f"    question: {quote(q.question)}",
        f"    language: {q.language}",
        f"    role: {q.role}",
        f"    # {rated}",
        f"    # {said}",
        f"    # it cited: {_comment_text(', '.join(q.cited)) or 'nothing'}",
        "    expected:",
        "      answerable: null  # REVIEW: true or false",
        "      sources: []  # REVIEW: e.g. [{section: sip.transportation.targets}]",
        "      facts: []  # REVIEW: e.g. [\"95\"], or leave empty",
    ]


def quote(text: str) -> str:
    """`text` as a YAML double-quoted scalar, escaping whatever YAML would not read back."""
    out = ['"']
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif _printable(ch):
            out.append(ch)
        else:
            out.append(f"\\u{ord(ch):04x}" if ord(ch) <= 0xFFFF else f"\\U{ord(ch):08x}")
    out.append('"')
    return "".join(out)


def _printable(ch: str) -> bool:
    """Characters YAML accepts as they are inside a double-quoted scalar on one line."""
    code = ord(ch)
    if code < 0x20 or 0x7F <= code <= 0x9F or 0xD800 <= code <= 0xDFFF:
        return False
    return ch not in "\u2028\u2029\ufeff\ufffe\uffff"


def _comment_text(text: str) -> str:
    """One line of text safe inside a YAML comment."""
    kept = "".join(ch if _printable(ch) else " " for ch in unicodedata.normalize("NFC", text))
    return re.sub(r"\s+", " ", kept).strip()


def _cited(c: Any) -> str:
    if not isinstance(c, Mapping):
        return ""
    return str(c.get("section") or c.get("indicator") or c.get("doc_id") or "")
