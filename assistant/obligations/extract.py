"""Find the duties of a document: its sentences, read one by one, each kept once.

The reading of a sentence (actor, action, modality, timing) is in `duty`; this module cuts
passages into the pieces it reads and joins what overlapping chunks repeat.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

from assistant.ingest.sentences import quotable_sentences
from assistant.obligations.clauses import lead_actor
from assistant.obligations.duty import MAX_ACTION, POLICY_PLANS, Duty, find_duty, implied_actor
from assistant.obligations.model import Obligation
from assistant.types import Chunk

__all__ = [
    "MAX_ACTION",
    "POLICY_PLANS",
    "Duty",
    "duty_pieces",
    "extract_from_chunk",
    "extract_obligations",
    "find_duty",
    "implied_actor",
    "obligation_id",
]

# run-in list items ("... vision. b) Within 48 hours") and a footnote mark ending a sentence
# ("BPS prohibits this type of restraint* Seclusion shall mean ...")
_SUBSPLIT = re.compile(r"(?<=[.;:])\s+(?=\(?[a-hj-z]\)\s)|(?<=[a-z]\*)\s+(?=[A-Z])")


def duty_pieces(text: str) -> list[str]:
    """Sentences of a passage, with run-in list items ("... vision. b) Within 48 hours") apart."""
    out: list[str] = []
    for sentence in quotable_sentences(text):
        out.extend(p.strip() for p in _SUBSPLIT.split(sentence) if p.strip())
    return out


def obligation_id(doc_id: str, sentence: str) -> str:
    """A stable id from the document and the sentence."""
    return hashlib.sha1(f"{doc_id}\x1f{sentence}".encode()).hexdigest()[:16]


def extract_from_chunk(chunk: Chunk) -> list[Obligation]:
    """Every duty in one chunk, in reading order."""
    out: list[Obligation] = []
    antecedent = ""
    for piece in duty_pieces(chunk.text):
        ob = _obligation(chunk, piece, antecedent)
        antecedent = lead_actor(piece)
        if ob is not None:
            out.append(ob)
    return out


def _obligation(chunk: Chunk, piece: str, antecedent: str) -> Obligation | None:
    duty = find_duty(piece, chunk.plan, antecedent)
    if duty is None:
        return None
    return Obligation(
        obligation_id=obligation_id(chunk.doc_id, piece),
        actor=duty.actor,
        actor_text=duty.actor_text,
        action=duty.action,
        modality=duty.modality,
        timing=duty.timing,
        sentence=piece,
        doc_id=chunk.doc_id,
        title=chunk.title,
        plan=chunk.plan,
        area=chunk.area,
        section=chunk.section,
        heading_path=chunk.heading_path,
        page=chunk.page,
        path=chunk.path,
        chunk_id=chunk.chunk_id,
        language=chunk.language,
        actors=duty.actors,
    )


def extract_obligations(chunks: Iterable[Chunk]) -> list[Obligation]:
    """Duties of every English chunk, each sentence once per document.

    Chunks overlap, and the sentence splitter sees a different stretch of text in each: a
    sentence cut at a chunk's end can reappear whole in the next (the shorter is dropped),
    and a sentence that opens a chunk ("The decision to opt out must be voluntary") can be
    run together with the one before it in the previous chunk ("... safeguards: The decision
    ..."), which is then read only up to where the later chunk's sentence starts.
    """
    ordered = sorted(
        (c for c in chunks if c.language == "en"), key=lambda c: (c.doc_id, _position(c))
    )
    by_doc: dict[str, dict[str, tuple[Chunk, str]]] = {}
    for chunk in ordered:
        seen = by_doc.setdefault(chunk.doc_id, {})
        antecedent = ""
        for piece in duty_pieces(chunk.text):
            seen.setdefault(piece, (chunk, antecedent))
            antecedent = lead_actor(piece)
    out: list[Obligation] = []
    for pieces in by_doc.values():
        found: dict[str, Obligation] = {}
        for piece, (chunk, antecedent) in pieces.items():
            ob = _obligation(chunk, _run_together(piece, pieces), antecedent)
            if ob is not None:
                found.setdefault(ob.sentence, ob)
        sentences = list(found)
        for sentence, ob in found.items():
            if any(sentence != other and sentence in other for other in sentences):
                continue
            out.append(ob)
    return out


_SENTENCE_END = re.compile(r"[.:;!?)]$")


def _run_together(piece: str, pieces: Iterable[str]) -> str:
    """`piece` up to the start of another piece it ends with, if that one opens a sentence."""
    for other in pieces:
        if other != piece and piece.endswith(other) and other[:1].isupper():
            head = piece[: -len(other)].rstrip()
            if _SENTENCE_END.search(head) and len(head.split()) >= 4:
                return head
    return piece


def _position(chunk: Chunk) -> tuple[int, str, int]:
    """Reading order of a chunk: page, then section, then its window number."""
    tail = chunk.chunk_id.rsplit(":", 1)[-1]
    return (chunk.page or 0, chunk.section, int(tail) if tail.isdigit() else 0)
