"""Find duties in English sentences: modal and duty phrases, the actor, the action, the timing.

Rule-based and deterministic. A sentence is a duty when a modal or duty phrase (must, shall,
should, is required/expected/responsible, required X to, prohibited; "will" only with a named
actor in a policy document) directs someone to do, or ensure, something. Definitions,
descriptions of the document itself, statements inside a descriptive clause ("explains what
schools must do") and "will" sentences about things are not duties.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass

from assistant.ingest.sentences import quotable_sentences
from assistant.obligations.actors import find_actors
from assistant.obligations.model import Obligation
from assistant.obligations.timing import Timing, parse_timing
from assistant.types import Chunk

log = logging.getLogger(__name__)

POLICY_PLANS = ("circulars",)  # documents that direct schools; the others report on plans
MAX_ACTION = 240

_TRIGGER = re.compile(
    r"(?P<duty>\b(?:is|are|was|were|be|being|will\s+be|shall\s+be|must\s+be)\s+"
    r"(?:also\s+|now\s+|ultimately\s+|therefore\s+)?"
    r"(?:required|expected|obligated|mandated|responsible|accountable|directed)\b"
    r"(?:\s+(?:to|for)\b)?)"
    r"|(?P<bear>\bbears?\s+(?:the\s+)?(?:final\s+|ultimate\s+|primary\s+)?responsibility"
    r"(?:\s+for\b)?)"
    r"|(?P<reqobj>\b(?-i:required|requires|require|directed|directs)\s+"
    r"(?P<obj>(?:the\s+)?(?-i:[A-Z])[\w’'&.\- ]{0,60}?|the\s+district|the\s+schools?|schools)"
    r"(?:(?:,[^,]{1,40}){1,2},)?\s+to\b)"
    r"|(?P<reqthing>\brequired\s+(?=an?\s))"
    r"|(?P<modal>\b(?:must|shall|should|ought\s+to|has\s+to|have\s+to|needs?\s+to)\b"
    r"(?:\s+(?:also|only|always|then|still|further|never|not)\b)*)"
    r"|(?P<tobe>\b(?:is|are)\s+to\s+be\b)"
    r"|(?P<prohibit>\b(?:prohibits|(?:is|are)\s+(?:strictly\s+)?(?:prohibited|forbidden)|"
    r"(?:is|are)\s+not\s+(?:allowed|permitted)|(?:does|do)\s+not\s+(?:allow|permit))\b)"
    r"|(?P<will>\bwill\b(?:\s+(?:also|then|further|continue\s+to)\b)*)",
    re.I,
)
_DEFINITION = re.compile(r"^\s*(?:mean|means|refer|refers|be\s+defined)\b", re.I)
_DESCRIPTION = re.compile(
    r"^\s*(?:(?:this|these|the\s+attached)\s+(?:circular|section|policy|listing|plan|document|"
    r"summary|page|guide|guidance|memo|models?|list|chart|table)s?\b|the\s+(?:purpose|goal|"
    r"intent|aim|objective)s?\s+of\b)",
    re.I,
)
_EMBEDDING = re.compile(r"\b(?:that|what|whether|how|when|where)\b", re.I)
# "explains what schools must do", "may determine that students shall be": the duty phrase
# sits in a clause that the sentence describes; "says that school leaders must" reports it
_DESCRIBING = re.compile(
    r"\b(?:explains?|describes?|shows?|lists?|outlines?|summari[sz]es?|determines?|decides?|"
    r"found|finds?|believes?|knows?|asks?|understands?|learns?|indicates?|suggests?|so|"
    r"discuss(?:es)?|considers?|reviews?|such)(?:\s+\w+ly)?\s+$",
    re.I,
)
_RELATIVE_END = re.compile(r"\b(?:who|that|which|whom)\s*$", re.I)
_NEGATED = re.compile(r"\b(?:not|never|no\s+longer)\s*$", re.I)
_EXAMPLE = re.compile(r"\b(?:example|e\.g\.|for\s+instance)\b", re.I)
_LIST_HEAD = "the steps listed after this sentence in the source"
# PDF text sometimes loses the space after a name: "The School Leadershall make"
_GLUED = re.compile(r"\b(leaders?|principals?|staff|schools?)(shall|must|should|will)\b", re.I)
_PASSIVE = re.compile(
    r"^(?:not\s+|never\s+)?(?:(?:also|only|always|then|still|immediately|promptly|first)\s+)*"
    r"be\s+(?:\w+ly\s+)?(?:\w+ed|made|kept|held|sent|given|taken|done|written|shown|known|seen|"
    r"paid|built|led|met|put|set|told|found|brought|taught|withdrawn|run|read|drawn|bound|"
    r"sought|spent|left|heard|shared|understood|provided|placed|released)\b",
    re.I,
)
_RECEIVING = re.compile(
    r"^(?:(?:also|only|always|then)\s+)*(?:get|receive|have(?!\s+to\b))\b", re.I
)
_REPORTED = re.compile(r"^.{0,80}?\b(?:says|states|notes|warns)\s+(?:that\s+)?", re.I)
_WILL_NOT_DUTY = re.compile(
    r"^(?:not|be\s+able|have|has|remain|allow|help|need|become|include|take|receive|get|benefit|know|"
    r"learn|understand|see|find|feel|grow|succeed|vary|depend|apply|reflect|result|lead|"
    r"likely|also\s+be|enable|give\s+students|make\s+sure\s+students)\b",
    re.I,
)
_EXPECTED = re.compile(r"\bexpected\b", re.I)
_LIST_MARKER = re.compile(r"^\s*(?:\(?[a-z0-9]{1,2}[.)]\s+|step\s+\d+:\s*|[•▪●◦*-]\s*)", re.I)
_SUBSPLIT = re.compile(r"(?<=[.;:])\s+(?=\(?[a-hj-z]\)\s)")
_CITATION_TAIL = re.compile(r"\s*\([^()]*(?:\([^()]*\)[^()]*)*\)\s*([.!]?)\s*$")
_SEGMENT = re.compile(r"[,;:]\s+|\s+[-–—]\s+")
_FILLER = re.compile(
    r"\b(?:the|a|an|each|every|all|any|their|its|other|and|or|and/or|assigned|regional|"
    r"appropriate|relevant|also|both)\b|[/()\s]",
    re.I,
)
_AGENT = re.compile(r"\bby\s+(?:the\s+|a\s+|an\s+|their\s+|at\s+least\s+one\s+|trained\s+)?", re.I)


@dataclass(frozen=True)
class Duty:
    """What `find_duty` reads in one sentence, before the document's metadata is added."""

    actor: str
    actor_text: str
    actors: tuple[str, ...]
    action: str
    modality: str
    timing: Timing


def implied_actor(plan: str) -> str:
    """Who a rule without a named doer falls on: the school in policies, else the district."""
    return "school" if plan in POLICY_PLANS else "district"


def find_duty(sentence: str, plan: str = "circulars") -> Duty | None:
    """Read a duty in one sentence, or None when it states none."""
    text = _GLUED.sub(r"\1 \2", _CITATION_TAIL.sub(r"\1", sentence).strip())
    body = _LIST_MARKER.sub("", text)
    if len(body.split()) < 4 or body.rstrip().endswith("?") or _DESCRIPTION.match(body):
        return None
    policy = plan in POLICY_PLANS
    for match in _TRIGGER.finditer(body):
        duty = _read(body, match, plan, policy)
        if duty is not None:
            return duty
    return None


def _read(body: str, match: re.Match[str], plan: str, policy: bool) -> Duty | None:
    kind = match.lastgroup or ""
    if kind == "obj":
        kind = "reqobj"
    rest = body[match.end():].strip()
    if _DEFINITION.match(rest) or _NEGATED.search(body[: match.start()]):
        return None  # "shall mean", "will not be required to": a definition, an exemption
    if _EXAMPLE.search(body[: match.start()]):
        return None  # "In this example, $25,000 must be spent": an illustration
    if not rest.strip(" :"):
        rest = _LIST_HEAD if body.rstrip().endswith(":") else ""
        if not rest:
            return None
    if kind == "duty" and _EXPECTED.search(match.group(0)) and not policy:
        return None  # "schools were expected to exit": a forecast in a report
    if kind == "duty" and not re.search(r"\b(?:to|for)$", match.group(0)) and (
        re.match(r"(?:by|in|under|of)\b", rest, re.I)
    ):
        return None  # "the documents required by law": an adjective, not a duty
    subject = _subject(body[: match.start()], kind == "will")
    if subject is None:
        return None
    mentions = find_actors(subject)
    implied = implied_actor(plan)
    modality = _modality(kind, match.group(0), rest)

    if kind == "will":
        if not policy or not mentions or _WILL_NOT_DUTY.match(rest):
            return None
        if _PASSIVE.match(rest):
            agent = _agent(rest)
            if agent is None:
                return None  # "Schools will be notified in the spring": not their duty
            return _duty(agent, (agent[0],), rest, modality, body)
        if re.match(r"be\b(?!\s+\w+ing\b)", rest, re.I):
            return None  # "will be available", "will be a last resort"
    if kind == "reqobj":
        obj = match.group("obj")
        found = find_actors(obj)
        if found and found[0][2] <= 4:
            return _duty((found[0][0], found[0][1]), (found[0][0],), rest, modality, body)
        return _duty((implied, ""), (implied,), f"{obj} {rest}", modality, body)
    if kind == "reqthing":
        return _duty((implied, ""), (implied,), rest, modality, body)

    bare_required = kind == "duty" and not re.search(r"\b(?:to|for)$", match.group(0))
    passive = bare_required or (kind in {"modal", "tobe", "prohibit"} and bool(
        _PASSIVE.match(rest) or kind == "tobe" or kind == "prohibit"
    ))
    receiving = bool(_RECEIVING.match(rest)) and bool(mentions) and mentions[0][0] in {
        "student", "family"
    }
    if passive or receiving or not mentions:
        agent = _agent(rest) if passive else None
        whole = _REPORTED.sub("", f"{subject} {match.group(0)} {rest}".strip())
        if agent is not None:
            return _duty(agent, (agent[0],), whole, modality, body)
        return _duty((implied, ""), (implied,), whole, modality, body)
    actors = tuple(dict.fromkeys(a for a, _, _ in mentions))
    return _duty((mentions[0][0], mentions[0][1]), actors, rest, modality, body)


def _subject(before: str, will: bool) -> str | None:
    """The clause before the duty phrase; None when that phrase sits in an embedded clause."""
    segments = [s for s in _SEGMENT.split(_LIST_MARKER.sub("", before)) if s is not None]
    if not segments:
        return ""
    i = len(segments) - 1
    while i > 0 and _only_actors(segments[i - 1]) and find_actors(segments[i]):
        i -= 1
    subject = ", ".join(s.strip() for s in segments[i:]).strip()
    if _RELATIVE_END.search(subject):
        return None  # "Those persons who are required to share information are protected"
    for m in _EMBEDDING.finditer(subject):
        if m.start() == 0:
            continue  # "When a restraint ends the school leader must"
        if m.group(0).lower() != "that" or _DESCRIBING.search(subject[: m.start()]):
            return None
    words = subject.split()
    if will and words and words[0].lower() in {"this", "these", "it"} and not find_actors(subject):
        return None  # "This will ensure...", "It will allow..."
    return subject


def _only_actors(segment: str) -> bool:
    mentions = find_actors(segment)
    if not mentions:
        return False
    rest = segment
    for _, words, _ in mentions:
        rest = rest.replace(words, " ")
    return not _FILLER.sub("", rest).strip()


def _agent(rest: str) -> tuple[str, str] | None:
    for m in _AGENT.finditer(rest):
        phrase = re.split(r"[,.;:]", rest[m.end():], maxsplit=1)[0][:60]
        found = find_actors(phrase)
        if found and found[0][2] <= 25 and not re.match(r"\w+ing\b", phrase):
            return found[0][0], found[0][1]
    return None


def _modality(kind: str, trigger: str, rest: str) -> str:
    lowered = trigger.lower()
    if kind == "prohibit" or re.search(r"\b(?:not|never)\b", lowered) or re.match(
        r"(?:be\s+)?(?:prohibited|forbidden)\b", rest, re.I
    ):
        return "should" if lowered.startswith(("should", "ought")) else "must not"
    if lowered.startswith(("should", "ought")):
        return "should"
    return "must"


def _duty(
    actor: tuple[str, str], actors: tuple[str, ...], action: str, modality: str, body: str
) -> Duty | None:
    action = _tidy(action)
    if not re.search(r"[A-Za-z]", action):
        return None
    return Duty(
        actor=actor[0],
        actor_text=actor[1],
        actors=actors,
        action=action,
        modality=modality,
        timing=parse_timing(body),
    )


def _tidy(action: str) -> str:
    action = re.sub(r"\s+", " ", action).strip(" ,;:")
    action = re.sub(r"^(?:to|for)\s+", "", action, flags=re.I).rstrip(".")
    if len(action) > MAX_ACTION:
        action = action[:MAX_ACTION].rsplit(" ", 1)[0] + "…"
    return action


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
    for piece in duty_pieces(chunk.text):
        duty = find_duty(piece, chunk.plan)
        if duty is None:
            continue
        out.append(
            Obligation(
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
        )
    return out


def extract_obligations(chunks: Iterable[Chunk]) -> list[Obligation]:
    """Duties of every English chunk, each sentence once per document.

    Chunks overlap by a sentence, and a sentence cut at a chunk's end can reappear whole in
    the next: a sentence contained in another of the same document is dropped.
    """
    ordered = sorted(
        (c for c in chunks if c.language == "en"), key=lambda c: (c.doc_id, _position(c))
    )
    by_doc: dict[str, dict[str, Obligation]] = {}
    for chunk in ordered:
        seen = by_doc.setdefault(chunk.doc_id, {})
        for ob in extract_from_chunk(chunk):
            seen.setdefault(ob.sentence, ob)
    out: list[Obligation] = []
    for found in by_doc.values():
        sentences = list(found)
        for sentence, ob in found.items():
            if any(sentence != other and sentence in other for other in sentences):
                continue
            out.append(ob)
    return out


def _position(chunk: Chunk) -> tuple[int, str, int]:
    """Reading order of a chunk: page, then section, then its window number."""
    tail = chunk.chunk_id.rsplit(":", 1)[-1]
    return (chunk.page or 0, chunk.section, int(tail) if tail.isdigit() else 0)
