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
from assistant.obligations.actors import find_actors, head_actor
from assistant.obligations.clauses import LIST_MARKER, PASSIVE, agent_of, lead_actor, subject_of
from assistant.obligations.model import Obligation
from assistant.obligations.timing import Timing, parse_timing
from assistant.types import Chunk

log = logging.getLogger(__name__)

POLICY_PLANS = ("circulars",)  # documents that direct schools; the others report on plans
MAX_ACTION = 240

_TRIGGER = re.compile(
    r"(?P<duty>\b(?:is|are|was|were|be|being|will\s+be|shall\s+be|must\s+be)\s+"
    r"(?:also\s+|now\s+|ultimately\s+|therefore\s+)?"
    r"(?:required|expected|obligated|mandated|responsible|accountable|directed|asked|"
    r"instructed)\b"
    r"(?:\s+(?:to|for)\b)?)"
    r"|(?P<bear>\bbears?\s+(?:the\s+)?(?:final\s+|ultimate\s+|primary\s+)?responsibility"
    r"(?:\s+for\b)?)"
    r"|(?P<reqobj>\b(?-i:required|requires|require|directed|directs)\s+"
    r"(?P<obj>(?:the\s+)?(?-i:[A-Z])[\w’'&.\- ]{0,60}?|the\s+district|the\s+schools?|schools)"
    r"(?:(?:,[^,]{1,40}){1,2},)?\s+to\b)"
    r"|(?P<reqthing>\brequired\s+(?=an?\s))"
    r"|(?P<modal>\b(?:must|shall|should|ought\s+to|has\s+to|have\s+to|needs?\s+to)\b"
    r"(?:\s+(?:also|only|always|then|still|further|never|not)\b)*)"
    r"|(?P<tobe>\b(?:is|are)\s+(?:not\s+)?to\s+be\b)"
    r"|(?P<mandate>\b(?-i:requires?|mandates?|directs?|stipulates?)\s+that\b)"
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
# a clause that leads the sentence and holds its own verb: the main duty comes after the comma
_SUBORDINATE = re.compile(
    r"^(?:if|when|whenever|unless|once(?!\s+(?:a|an|every|each|per|more)\b)|while|although|"
    r"though|because|since|where|in\s+the\s+event)\b",
    re.I,
)
_REPORTED_CLAUSE = re.compile(
    r",\s*which\s+(?:[^,;.]*?\s)?(?:had|has|have|was|were)\s[^,;]*", re.I
)
_PRONOUN = re.compile(r"^(?:they|he|she|he/she|s/he)$", re.I)
_NEGATED = re.compile(r"\b(?:not|never|no\s+longer)\s*$", re.I)
_EXAMPLE = re.compile(r"\b(?:example|e\.g\.|for\s+instance)\b", re.I)
_LIST_HEAD = "the steps listed after this sentence in the source"
# PDF text sometimes loses the space after a name: "The School Leadershall make"
_GLUED = re.compile(r"\b(leaders?|principals?|staff|schools?)(shall|must|should|will)\b", re.I)
_RECEIVING = re.compile(
    r"^(?:(?:also|only|always|then)\s+)*(?:get|receive|have(?!\s+to\b))\b", re.I
)
# what students "must participate in" (tests, programs) the school arranges
_TAKING_PART = re.compile(
    r"^(?:(?:also|only|always|then)\s+)*(?:participate|take\s+part|be\s+(?:enrolled|"
    r"scheduled|placed|assessed|tested|screened|served|offered|given|provided))\b",
    re.I,
)
_REPORTED = re.compile(r"^.{0,80}?\b(?:says|states|notes|warns)\s+(?:that\s+)?", re.I)
_WILL_NOT_DUTY = re.compile(
    r"^(?:not|be\s+able|have|has|remain|allow|help|need|become|include|take|receive|get|benefit|know|"
    r"learn|understand|see|find|feel|grow|succeed|vary|depend|apply|reflect|result|lead\s+to|"
    r"likely|also\s+be|enable|give\s+students|make\s+sure\s+students)\b",
    re.I,
)
_EXPECTED = re.compile(r"\bexpected\b", re.I)
# run-in list items ("... vision. b) Within 48 hours") and a footnote mark ending a sentence
# ("BPS prohibits this type of restraint* Seclusion shall mean ...")
_SUBSPLIT = re.compile(r"(?<=[.;:])\s+(?=\(?[a-hj-z]\)\s)|(?<=[a-z]\*)\s+(?=[A-Z])")
_CITATION_TAIL = re.compile(r"\s*\([^()]*(?:\([^()]*\)[^()]*)*\)\s*([.!]?)\s*$")


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


def find_duty(sentence: str, plan: str = "circulars", antecedent: str = "") -> Duty | None:
    """Read a duty in one sentence, or None when it states none.

    `antecedent` is the actor the sentence before named, for a duty whose subject is "they".
    """
    text = _GLUED.sub(r"\1 \2", _CITATION_TAIL.sub(r"\1", sentence).strip())
    body = LIST_MARKER.sub("", text)
    if len(body.split()) < 4 or body.rstrip().endswith("?") or _DESCRIPTION.match(body):
        return None
    policy = plan in POLICY_PLANS
    matches = list(_TRIGGER.finditer(body))
    for n, match in enumerate(matches):
        if _in_leading_clause(body, match, matches[n + 1:]):
            continue  # "If the student does not or shall not return, the school leader must"
        duty = _read(body, match, plan, policy, antecedent)
        if duty is not None:
            return duty
    return None


def _in_leading_clause(body: str, match: re.Match[str], later: list[re.Match[str]]) -> bool:
    before = body[: match.start()]
    if not _SUBORDINATE.match(before) or "," in before:
        return False
    comma = body.find(",", match.end())
    return comma >= 0 and any(m.start() > comma for m in later)


def _read(body: str, match: re.Match[str], plan: str, policy: bool,
          antecedent: str = "") -> Duty | None:
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
    if kind == "duty" and re.search(r"expected|asked|instructed", match.group(0), re.I) and (
        not policy
    ):
        return None  # "schools were expected to exit": a forecast in a report
    if kind == "duty" and not re.search(r"\b(?:to|for)$", match.group(0)) and (
        re.match(r"(?:by|in|under|of)\b", rest, re.I)
    ):
        return None  # "the documents required by law": an adjective, not a duty
    subject = subject_of(body[: match.start()], kind == "will")
    if subject is None:
        return None
    mentions = find_actors(subject)
    head = head_actor(subject)
    if head is None and antecedent and _PRONOUN.match(subject.strip()):
        head = (antecedent, subject.strip())
    implied = implied_actor(plan)
    modality = _modality(kind, match.group(0), rest)
    named = tuple(dict.fromkeys([*(head[:1] if head else ()), *(a for a, _, _ in mentions)]))

    if kind == "mandate":
        return _mandated(rest, modality, body, implied)
    if kind == "will":
        if not policy or _WILL_NOT_DUTY.match(rest):
            return None
        if PASSIVE.match(rest):
            agent = agent_of(rest)
            if agent is None:
                return None  # "Schools will be notified in the spring": not their duty
            return _duty(agent, (agent[0],), rest, modality, body)
        if head is None or head[0] == "student":
            return None  # "A student will hold a code": what happens, not what one must do
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
        PASSIVE.match(rest) or kind == "tobe" or kind == "prohibit"
    ))
    receiving = head is not None and (
        (head[0] in {"student", "family"} and bool(_RECEIVING.match(rest)))
        or (head[0] == "student" and bool(_TAKING_PART.match(rest)))
    )
    if passive or receiving or head is None:
        agent = agent_of(rest) if passive else None
        whole = _REPORTED.sub("", f"{subject} {match.group(0)} {rest}".strip())
        if agent is not None:
            return _duty(agent, (agent[0],), whole, modality, body)
        return _duty((implied, ""), (implied,), whole, modality, body)
    return _duty(head, named, rest, modality, body)


def _mandated(rest: str, modality: str, body: str, implied: str) -> Duty | None:
    """ "the law requires that all EL students participate": the one named after "that"."""
    if _TRIGGER.search(rest):
        return None  # "requires that schools must": the modal is read on its own
    found = find_actors(rest[:60])
    if not found or found[0][2] > 30:
        return _duty((implied, ""), (implied,), rest, modality, body)
    actor, words, start = found[0]
    for nxt in found[1:]:  # "EL students": the last of names side by side
        if rest[start + len(words): nxt[2]].strip():
            break
        actor, words, start = nxt
    after = rest[start + len(words):].strip()
    if actor == "student" and (_TAKING_PART.match(after) or _RECEIVING.match(after)):
        return _duty((implied, ""), (implied,), rest, modality, body)
    return _duty((actor, words), (actor,), after, modality, body)


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
        timing=_timing(body),
    )


def _timing(body: str) -> Timing:
    """The timing of a sentence's duty.

    A past-tense clause reports what was done, not what is due ("..., which BPS had done by
    August 10, 2022"); an event named in a leading condition says when the duty arises, not
    when it is due ("If the student reports after the exit interview, the school leader must").
    """
    body = _REPORTED_CLAUSE.sub("", body)
    timing = parse_timing(body)
    lead = _SUBORDINATE.match(body)
    comma = body.find(",")
    if timing.kind == "relative" and timing.amount is None and lead and comma > 0 and (
        timing.text in body[:comma]
    ):
        return parse_timing(body[comma + 1:])
    return timing


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
    antecedent = ""
    for piece in duty_pieces(chunk.text):
        duty = find_duty(piece, chunk.plan, antecedent)
        antecedent = lead_actor(piece)
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
