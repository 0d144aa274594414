"""Who a duty falls on: actor mentions in a phrase, and the actors each user role answers for."""

from __future__ import annotations

import re

ACTORS = (
    "school-leader",
    "teacher",
    "school-staff",
    "school",
    "district",
    "family",
    "student",
    "state",
    "other",
)
ACTOR_LABELS = {
    "school-leader": "School leader / principal",
    "teacher": "Teacher",
    "school-staff": "School staff",
    "school": "School",
    "district": "District office",
    "family": "Family",
    "student": "Student",
    "state": "State",
    "other": "Other (vendor, agency)",
}
# what each user role is asked to do: a principal answers for her school as a whole
ROLES: dict[str, tuple[str, ...]] = {
    "principal": ("school-leader", "school"),
    "teacher": ("teacher", "school-staff"),
    "staff": ("school-staff", "teacher", "school"),
    "district": ("district",),
    "family": ("family",),
    "student": ("student",),
    "state": ("state",),
}

# Longer and more specific names first: the regex takes the first alternative that matches
# at a position, so "head of school" wins over "school" and "Boston Public Schools" over it.
_PATTERNS: tuple[tuple[str, str], ...] = (
    ("district", r"(?:district|central\s+office|BPS\s+central)\s+(?:staff|teams?|office|leaders?)|"
     r"(?:the\s+)?central\s+office|"
     r"(?:district|BPS|city|central\s+office)\s+officials?|school\s+(?:systems?|districts?)"),
    ("district", r"(?:regional\s+)?school\s+superintendents?|"
     r"superintendents?|operational\s+leaders?"),
    ("district", r"(?:(?:senior|assistant|deputy|executive)\s+)?directors?|"
     r"chief\s+\w+\s+officers?|(?:BPS\s+)?(?:School\s+)?Health\s+Services|School\s+Health|"
     r"Welcome\s+Centers?|(?-i:HERN|NACC|OLA)"),
    ("school-leader", r"heads?\s+of\s+(?:the\s+)?school(?:\s*/\s*principals?)?"),
    ("school-leader", r"(?:principals?\s*/\s*)?school\s+leaders?(?:ship)?(?:\s*/\s*principals?)?"),
    ("school-leader", r"principals?|headmasters?|headmistress(?:es)?|school\s+administrators?"),
    ("school-leader", r"building\s+administrators?|(?:assigned\s+)?evaluators?"),
    ("school-staff", r"(?:school\s+)?administrative\s+(?:school\s+)?staff|school-based\s+staff"),
    ("school-staff", r"(?:school|program|BPS|classroom|support)\s+staff(?:\s+members?)?"),
    ("school-staff", r"staff(?:\s+members?|\s+persons?)?|personnel|employees?|registrars?"),
    ("school-staff", r"(?:school\s+)?nurses?|counselors?|social\s+workers?|psychologists?"),
    ("school-staff", r"LATFs?|Language\s+Assessment\s+Teams?|designees?|coordinators?|"
     r"(?-i:AT|SST|ILT)"),  # a school's attendance, student support, leadership teams
    ("school-staff", r"(?:bullying\s+intervention\s+)?specialists?|"
     r"observers?|(?:mandated|mandatory)\s+reporters?"),
    ("school-staff", r"(?:person|individual)s?\s+administering|paraprofessionals?|coaches"),
    ("school-staff", r"(?:designated\s+)?testers?|test\s+administrators?|"
     r"points?\s+of\s+contact|(?:service\s+)?providers?"),
    ("school-staff", r"(?:school\s+)?officials?|representatives?|liaisons?|facilitators?|"
     r"requesters?|requestors?|chaperones?|(?:\w+\s+)?team\s+members?|"
     r"supervisors?(?!\s+of\s+attendance)|"
     r"trainers?|officers?|managers?|samplers?|custodians?|aides?|(?:teaching\s+)?assistants?"),
    ("teacher", r"(?:ESL|ESL-licensed|classroom|content|special\s+education)?\s*teachers?"),
    ("teacher", r"educators?|classroom\s+leaders?|team\s+of\s+teachers"),
    ("state", r"Massachusetts\s+Department\s+of\s+[A-Z][\w&\s]+?Education|"
     r"DESE|DCF|the\s+(?-i:Department)"),
    ("state", r"(?:the\s+)?Massachusetts\s+Department\s+of\s+(?-i:[A-Z])\w+"
     r"(?:\s+(?:and\s+)?(?-i:[A-Z])\w+)*|MassDEP|MA\s+DESE"),
    ("state", r"(?:the\s+)?(?:states?|Commonwealth)(?:\s+education\s+department)?(?!\s+laws?)"),
    ("state", r"Board\s+of\s+(?:Elementary\s+and\s+Secondary\s+)?Education"),
    ("school", r"BPS\s+schools?(?![-\s]+(?:day|year|bus|week|based|work|hours|site|wide|bell))"),
    ("other", r"Transdev(?:\s+(?-i:[A-Z])\w+)*"),
    # "all Boston Public Schools with an English learner": the schools, not the district
    ("school", r"(?:all|each|every|any)\s+(?:of\s+the\s+)?Boston\s+Public\s+Schools"),
    ("district", r"BPS(?:\s+(?-i:[A-Z])[\w&]+)+|"
     r"Boston\s+Public\s+Schools|BPS(?:\s+DOT)?|the\s+district|District|(?-i:districts)"),
    ("district", r"OMME|"
     r"(?:BPS\s+)?Office\s+of\s+[A-Z][\w&\s]*?(?=\s+(?:must|shall|will|should)\b)"),
    ("district", r"(?:the\s+)?Office\s+of\s+[A-Z][\w]*(?:\s+[A-Z&][\w]*)*"),
    ("district", r"(?:BPS\s+)?(?-i:Transportation)(?:\s+Department)?|Succeed\s+Boston"),
    ("district", r"Facilities\s+Management|SOAs?|supervisors?\s+of\s+attendance|task\s+force"),
    ("district", r"Department\s+of\s+[A-Z]\w+|School\s+Committee|the\s+City|City\s+of\s+Boston"),
    ("family", r"parents?\s*/\s*guardians?|parents?|guardians?|famil(?:y|ies)|caregivers?"),
    ("school", r"(?:BPS\s+)?school\s+buildings?|(?:BPS\s+)?schools?"
     r"(?![-\s]+(?:day|year|bus|week|based|work|hours|site|wide|bell))"),
    ("school", r"(?:the\s+)?(?:public\s+education\s+)?program(?!\s+staff)|"
     r"School\s+Site\s+Councils?"),
    ("student", r"students?|pupils?|(?:multilingual|English)\s+learners?|MLs?|ELs?|aggressors?"),
    # a circular's "we" is the office that wrote it; "each department", "each division-office"
    # are district offices
    ("district", r"(?-i:we|We)|(?-i:departments?)(?:\s+heads?)?|(?-i:divisions?)(?:-offices?)?"),
    ("other", r"bus\s+compan(?:y|ies)|vendors?|suppliers?"),
    ("other", r"(?:bus\s+)?drivers?|(?:bus\s+)?monitors?|police|contractors?|bus(?:es)?"),
    ("school-staff", r"(?:this|that|each|the|a)\s+person|(?:the\s+)?(?-i:[A-Z]\w+\s+)*teams?"),
    ("district", r"(?-i:(?:[A-Z][\w&]*\s+(?:and\s+)?)+(?:Divisions?|Departments?|Units?))"),
)
_MENTION = re.compile(
    "|".join(f"(?P<a{i}>\\b(?:{p})\\b)" for i, (_, p) in enumerate(_PATTERNS)), re.I
)
_ACTOR_OF = {f"a{i}": actor for i, (actor, _) in enumerate(_PATTERNS)}
# "district" is a generic word: "the district" names it, "district-wide" does not
_CASE_SENSITIVE = {"District", "BPS", "DESE", "DCF", "OMME", "LATF", "LATFs", "ML", "MLs", "EL",
                   "ELs"}


def find_actors(text: str) -> list[tuple[str, str, int]]:
    """(actor, words as written, offset) of every actor mention in `text`, in order."""
    out: list[tuple[str, str, int]] = []
    for m in _MENTION.finditer(text):
        words = m.group(0).strip()
        if words.upper() in {w.upper() for w in _CASE_SENSITIVE} and words not in _CASE_SENSITIVE:
            continue  # "ml" inside a word, "district" lower-case as an adjective
        group = m.lastgroup or ""
        lead = len(m.group(0)) - len(m.group(0).lstrip())
        out.append((_ACTOR_OF[group], words, m.start() + lead))
    return out


# Words after an actor name that end the noun phrase it heads: a preposition, a relative word,
# a conjunction, a verb. Any other word makes the name a modifier ("Transportation
# accommodations", "school improvement plans", "the school's designated representative").
_PREPOSITION = (
    r"of|in|at|for|from|with|within|on|under|regarding|about|during|between|among|across|"
    r"through|by|to|as|than|like|into|upon|after|before|without|per|via|including|except"
)
_ENDS_PHRASE = re.compile(
    rf"^(?:$|[,;:(/\[–—”\"’)\]-]|(?:who|whom|whose|which|that|where|when|whether|if|and|or|"
    rf"nor|but|{_PREPOSITION}|also|too|themselves|itself|alone|first|then|now|only|still|always|"
    r"never|usually|generally|typically|immediately|promptly|directly|ultimately|jointly|"
    r"therefore|however|does|do|did|is|are|was|were|has|have|had|can|may|might|could|would|"
    r"will|shall|must|should|needs?|"
    r"\w+ed\b|\w+ing\b(?=\s+\S))\b)",
    re.I,
)
_PREP_BEFORE = re.compile(rf"\b(?:{_PREPOSITION})\s+(?:[\w’'-]+\s+){{0,2}}$", re.I)
_THING_OF = re.compile(
    rf"^\s*(?!(?:{_PREPOSITION}|once|when|if|where|while|beginning|starting)\b)"
    r"(?:(?:the|a|an|any|each|every|this|these|those|its|their)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?!all\b|each\b|both\b|one\b|none\b|some\b|any\b|most\b|many\b)[\w-]+\s+of\s",
    re.I,
)
_RELATIVE = re.compile(r"\b(?:who|whom|whose|which)\b|(?<=\w)\s+that\b", re.I)
_CONJOINED = re.compile(
    r"^\s*(?:,|/|and/or|and|or|nor|&)\s*(?:(?:the|a|an|all|any|each|every|their|its|other)\s+)?$",
    re.I,
)
_JOIN = re.compile(r"[,;/&]|\b(?:and|or|nor)\b", re.I)
# office names that, written before a person, say whose staff they are ("OMME coaches")
_GENERIC_ORG = {"bps", "boston public schools"}  # "BPS teachers" are teachers


def head_actor(phrase: str) -> tuple[str, str] | None:
    """The actor a noun phrase (a subject, an agent) names as its head, or None for a thing.

    Names inside a prepositional phrase, a relative clause or a possessive, and names used as
    modifiers of another noun, are not heads; of names joined by and/or/slash the first is
    taken ("the principal/school leader or designee"), of names written side by side the last
    ("the principal designee"). A person named after an office works for that office ("OMME
    coaches", "Transdev supervisors").
    """
    thing = _THING_OF.match(phrase)
    if thing and all(start >= thing.end() for _, _, start in find_actors(phrase)):
        return None  # "the percentage of unserved EL students", "copies of the report"
    cut = _RELATIVE.search(phrase)
    if cut and not phrase[: cut.start()].strip():
        return head_actor(phrase[cut.end():])  # "..., which BPS must provide"
    text = phrase[: cut.start()] if cut else phrase
    if cut and cut.group(0).strip().lower() == "that" and _clause_subject(text):
        found = head_actor(phrase[cut.end():])  # "ACA-18 says that school leaders bear"
        if found and _mentions_start(phrase[cut.end():]):
            return found
    heads: list[tuple[str, str, int, int]] = []
    modifiers: list[tuple[str, str, int, int]] = []
    object_end = -1  # where the last name inside a prepositional phrase ends
    for actor, words, start in find_actors(text):
        end = start + len(words)
        after = text[end:]
        if (_PREP_BEFORE.search(text[:start]) or after.startswith(("’s", "'s"))
                or (object_end >= 0 and _CONJOINED.match(text[object_end:start]))):
            object_end = end
            continue  # "programs implemented in BPS", "the school's representative"
        mention = (actor, words, start, end)
        (heads if _ENDS_PHRASE.match(after.lstrip()) or _adjacent(text, end) else modifiers).append(
            mention
        )
    if not heads:
        return _named_by_relative(phrase, cut) if cut and not find_actors(text) else None
    # side by side names form one compound, headed by its last name
    first = heads[0]
    for nxt in heads[1:]:
        between = text[first[3]: nxt[2]]
        if between.strip():
            break
        modifiers.append(first)
        first = nxt
    actor, words = first[0], first[1]
    if actor in {"school-staff", "teacher"}:
        office = [m for m in modifiers
                  if m[3] <= first[2] and m[0] in {"district", "state", "other"}
                  and m[1].lower() not in _GENERIC_ORG and not _JOIN.search(text[m[3]:first[2]])]
        if office:
            return office[-1][0], office[-1][1]
    return actor, words


def _named_by_relative(phrase: str, cut: re.Match[str]) -> tuple[str, str] | None:
    """ "persons who are mandatory reporters": a bare "persons" named by what they are."""
    if cut.group(0).strip().lower() != "who":
        return None
    rest = phrase[cut.end():]
    be = re.match(r"\s*(?:is|are)\s+(?:(?:an?|the|all)\s+)?", rest, re.I)
    found = find_actors(rest)
    if be is None or not found or found[0][2] != be.end():
        return None
    return head_actor(rest[be.end():])


def first_named(text: str) -> str:
    """The first actor `text` names outside a prepositional phrase or a possessive, or ""."""
    for actor, words, start in find_actors(text):
        after = text[start + len(words):]
        if not (_PREP_NEXT.search(text[:start]) or after.startswith(("’s", "'s"))):
            return actor
    return ""


_PREP_NEXT = re.compile(rf"\b(?:{_PREPOSITION})\s+(?:(?:the|a|an|their|its|each|every)\s+)?$", re.I)


def _clause_subject(before: str) -> bool:
    """Whether the words before a "that" hold no head of their own (it then opens a clause)."""
    return head_actor(before) is None


def _mentions_start(clause: str) -> bool:
    """Whether a clause opens with a name, perhaps after a determiner ("that the school")."""
    found = find_actors(clause)
    lead = re.match(r"\s*(?:(?:the|a|an|each|every|all|any|its|their|our)\s+)?", clause, re.I)
    return bool(found) and lead is not None and found[0][2] <= lead.end() + 1


def _adjacent(text: str, end: int) -> bool:
    """Whether another actor name follows right after `end` (a compound: "student school")."""
    rest = text[end:]
    found = find_actors(rest.lstrip())
    return bool(found) and found[0][2] == 0 and rest[:1].isspace()


def actors_for_role(role: str) -> tuple[str, ...]:
    """The actors a role answers for; an actor name stands for itself."""
    if role in ROLES:
        return ROLES[role]
    if role in ACTORS:
        return (role,)
    raise ValueError(f"unknown role '{role}' (choose from {', '.join([*ROLES, *ACTORS])})")
