"""Clauses of a duty sentence: where the subject of a duty phrase is, who does a passive.

Read with regular expressions over one sentence (no parser): the subject is the last clause
before the duty phrase, unless that phrase sits in a clause the sentence only describes.
"""

from __future__ import annotations

import re

from assistant.obligations.actors import find_actors, head_actor

LIST_MARKER = re.compile(r"^\s*(?:\(?[a-z0-9]{1,2}[.)]\s+|step\s+\d+:\s*|[•▪●◦*-]\s*)", re.I)
PASSIVE = re.compile(
    r"^(?:not\s+|never\s+)?(?:(?:also|only|always|then|still|immediately|promptly|first|now|"
    r"\w+ly)\s+)*"
    r"be\s+(?:\w+ly\s+)?(?:\w+ed|made|kept|held|sent|given|taken|done|written|shown|known|seen|"
    r"paid|built|led|met|put|set|told|found|brought|taught|withdrawn|run|read|drawn|bound|"
    r"sought|spent|left|heard|shared|understood|provided|placed|released)\b",
    re.I,
)
_EMBEDDING = re.compile(r"\b(?:that|what|whether|how|when|where|if)\b", re.I)
# "which" opens a clause with its own subject after a preposition or a verb ("Circumstances
# under which a restraint must be reported", "outlines which test a tester should give") or
# before a determiner ("the form which the school must submit"); "schools which serve ELs
# must" is the subject's own relative clause
_WHICH_CLAUSE = re.compile(
    rf"(?:\b(?:{'|'.join(('under', 'in', 'on', 'for', 'by', 'to', 'with', 'from', 'at'))})\s+"
    r"which\b|\b(?:outlines?|shows?|lists?|explains?|describes?|indicates?|specif(?:y|ies)|"
    r"determines?|decides?)\s+which\b|\bwhich(?=\s+(?:the|a|an|each|every|all|any|their|its|"
    r"this|these|our|your|we|you|they)\b))",
    re.I,
)
# an embedded clause closes before the duty phrase when it is an infinitive ("Decisions on how
# to allocate the funds should be made") or holds a finite verb of its own that no relative
# word governs ("Any incident in which there is reasonable cause to believe that a child is
# harmed must be reported")
_INFINITIVE = re.compile(r"^\s*to\s+\w+", re.I)
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|does|do|did|can|cannot|may|might|could|would)\b", re.I
)
_ASIDE = re.compile(
    r"^(?:especially|particularly|including|together|along|as|if|when|where|whenever|unless|"
    r"and|or|but|in|with|without|at|for|from|by|on|under|after|before|during|upon|through|"
    r"however|therefore|also|then)\b",
    re.I,
)
_RELATIVE_WORD = re.compile(r"\b(?:who|whom|which|that)\b", re.I)
# "explains what schools must do", "may determine that students shall be": the duty phrase
# sits in a clause that the sentence describes; "says that school leaders must" reports it
_DESCRIBING = re.compile(
    r"\b(?:explains?|describes?|shows?|lists?|outlines?|summari[sz]es?|determines?|decides?|"
    r"found|finds?|believes?|knows?|asks?|understands?|learns?|indicates?|suggests?|so|"
    r"discuss(?:es)?|considers?|reviews?|such|except)(?:\s+\w+ly)?\s+$",
    re.I,
)
# "confirmation from a parent that their student will continue": a clause a noun contains
_CONTENT_NOUN = re.compile(
    r"\b(?:confirmation|statement|evidence|proof|notice|notification|assurance|indication|"
    r"attestation|affidavit)\b(?!.*\b(?:who|which|whom)\b)",
    re.I,
)
# "Stating a student will enroll elsewhere is sufficient": a reported clause as the subject
_REPORTING_GERUND = re.compile(
    r"^(?:stating|saying|indicating|noting|confirming|showing|explaining|claiming)\b", re.I
)
# form and template instructions: "Identify strategies that the school will employ",
# "please specify if the service needs to be expedited"; "note that", "ensure that" do direct
_IMPERATIVE = re.compile(
    r"^(?:please\s+(?!note\b|ensure\b|remember\b|make\s+sure\b)\w+|identify|describe|explain|"
    r"indicate|specify|include|provide|submit|attach|select|enter|consider|outline|"
    r"summari[sz]e|discuss)\b",
    re.I,
)
_FIRST_VERB = re.compile(
    r"\s(?:must|shall|should|will|may|can|are|is|have|has|do|does|need|needs|were|was)\b", re.I
)
_BREAK = re.compile(r"[.;:]\s|\d\s")
_RELATIVE_END = re.compile(r"\b(?:who|that|which|whom)\s*$", re.I)
_SEGMENT = re.compile(r"[,;:]\s+|\s+[-–—]\s+|(?<=[a-z)\]])\.+\s+")
_FILLER = re.compile(
    r"\b(?:the|a|an|each|every|all|any|their|its|other|and|or|and/or|assigned|regional|"
    r"appropriate|relevant|also|both)\b|[/()\s]",
    re.I,
)
_OTHER_VERB = re.compile(
    r"\b(?!(?:morning|evening|building|meeting|training|spring|during|something|anything|"
    r"everything|nothing|setting|hearing|ceiling|wedding)s?\b)\w{2,}(?:ed|ing)\b|"
    r"\b(?:spoken|written|given|taken|made|done|seen|known|sent|held|kept|"
    r"paid|told|found|brought|chosen|shown|drawn|when|if|that|which|who|because|while|where|"
    r"unless|must|shall|should|will)\b",
    re.I,
)
_AGENT = re.compile(r"\bby\s+(?:the\s+|a\s+|an\s+|their\s+|at\s+least\s+one\s+|trained\s+)?", re.I)


def lead_actor(sentence: str) -> str:
    """The actor a sentence opens with as its subject, "" when none: for a later "they"."""
    verb = _FIRST_VERB.search(sentence)
    if verb is None:
        return ""
    head = head_actor(_BREAK.split(sentence[: verb.start()])[-1][-100:])
    return head[0] if head else ""


def subject_of(before: str, will: bool) -> str | None:
    """The clause before the duty phrase; None when that phrase sits in an embedded clause."""
    segments = [s for s in _SEGMENT.split(LIST_MARKER.sub("", before)) if s is not None]
    if not segments:
        return ""
    i = len(segments) - 1
    if not segments[i].strip() and i > 0:
        j = _before_asides(segments, i)
        segments, i = segments[: j + 1], j
    while i > 0 and _only_actors(segments[i - 1]) and find_actors(segments[i]):
        i -= 1
    if re.match(r"\s*(?:and|or)\s", segments[i]):  # "A, B, and C shall": the whole list
        while i > 0 and _list_item(segments[i - 1]):
            i -= 1
    subject = LIST_MARKER.sub("", ", ".join(s.strip() for s in segments[i:]).strip())
    if _RELATIVE_END.search(subject):
        return None  # "Those persons who are required to share information are protected"
    if _REPORTING_GERUND.match(subject) or _IMPERATIVE.match(subject):
        return None  # "Stating a student will enroll...", "Identify strategies that ... will"
    for m in [*_EMBEDDING.finditer(subject), *_WHICH_CLAUSE.finditer(subject)]:
        if m.start() == 0:
            continue  # "When a restraint ends the school leader must"
        if _closed(subject[m.end():]):
            continue
        if m.group(0).lower() != "that" or _DESCRIBING.search(subject[: m.start()]) or (
            _CONTENT_NOUN.search(subject[: m.start()])
        ):
            return None
    words = subject.split()
    if will and words and words[0].lower() in {"this", "these", "it"} and not find_actors(subject):
        return None  # "This will ensure...", "It will allow..."
    return subject


def _before_asides(segments: list[str], i: int) -> int:
    """Where the subject is when asides stand between it and the duty phrase.

    "Regional liaisons, especially the RP/SAWS, will work": the segment that names an actor
    and opens with neither a linking word nor a preposition; none (the empty last segment)
    when no segment does.
    """
    for j in range(i - 1, -1, -1):
        text = segments[j].strip()
        if head_actor(text) is not None and not _ASIDE.match(text):
            return j
    return i


def _list_item(segment: str) -> bool:
    """Whether a segment reads as one noun phrase of a list ("budgets", "strategic plans")."""
    words = segment.split()
    return 0 < len(words) <= 8 and not _ASIDE.match(segment.strip()) and not _FINITE.search(
        segment
    ) and not _FIRST_VERB.search(f" {segment}")


def _closed(clause: str) -> bool:
    """Whether an embedded clause ends before the duty phrase that follows it."""
    if _INFINITIVE.match(clause):
        return True
    verb = _FINITE.search(clause)
    return verb is not None and not _RELATIVE_WORD.search(clause[: verb.start()])


def _only_actors(segment: str) -> bool:
    mentions = find_actors(segment)
    if not mentions:
        return False
    rest = segment
    for _, words, _ in mentions:
        rest = rest.replace(words, " ")
    return not _FILLER.sub("", rest).strip()


_READY = re.compile(r"(?:prepared|equipped|qualified|committed|dedicated)$", re.I)
# "are prohibited from using", "are not permitted to leave": the subject may not act
_BARRED = re.compile(
    r"^(?:be\s+)?(?:(?:strictly\s+)?(?:prohibited|forbidden|barred)\s+from\s+\w+ing|"
    r"(?:not\s+)?(?:allowed|permitted)\s+to\s+\w+)\b",
    re.I,
)


def names_the_subject(rest: str) -> bool:
    """Whether "be <participle>" after a duty phrase says what the subject is or may do.

    "should be licensed teachers" (a predicate noun), "should be prepared to discuss" (ready),
    "are prohibited from excluding" (barred): the subject is the one the duty falls on, not
    the object of an unnamed doer.
    """
    if _BARRED.match(rest):
        return True
    verb = PASSIVE.match(rest)
    if verb is None:
        return False
    after = rest[verb.end():]
    if _READY.search(verb.group(0)) and re.match(r"\s+(?:to|for)\b", after, re.I):
        return True
    found = find_actors(after)
    return bool(found) and found[0][2] <= 1 and after[:1].isspace()


def agent_of(rest: str) -> tuple[str, str] | None:
    """Who a passive names as its doer ("be sent ... by the school leader"), or None."""
    # the passive verb itself: "be sent" after a modal, "conducted" after "are not to be"
    verb = PASSIVE.match(rest) or re.match(r"(?:\w+ly\s+)?\w+\b", rest)
    start = verb.end() if verb else 0
    for m in _AGENT.finditer(rest, start):
        if _OTHER_VERB.search(rest[start: m.start()]):
            break  # "marked ... upon submitting a note signed by a parent": not the doer
        phrase = re.split(r"[,.;:]", rest[m.end():], maxsplit=1)[0][:60]
        found = find_actors(phrase)
        if found and found[0][2] <= 25 and not re.match(r"\w+ing\b", phrase):
            return head_actor(phrase) or (found[0][0], found[0][1])
    return None
