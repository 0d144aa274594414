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
    ("district", r"(?:district|central\s+office|BPS\s+central)\s+(?:staff|team|office|leaders?)"),
    ("district", r"(?:regional\s+)?school\s+superintendents?|"
     r"superintendents?|operational\s+leaders?"),
    ("school-leader", r"heads?\s+of\s+(?:the\s+)?school(?:\s*/\s*principals?)?"),
    ("school-leader", r"(?:principals?\s*/\s*)?school\s+leaders?(?:ship)?(?:\s*/\s*principals?)?"),
    ("school-leader", r"principals?|headmasters?|headmistress(?:es)?|school\s+administrators?"),
    ("school-leader", r"building\s+administrators?|(?:assigned\s+)?evaluators?"),
    ("school-staff", r"(?:school\s+)?administrative\s+(?:school\s+)?staff|school-based\s+staff"),
    ("school-staff", r"(?:school|program|BPS|classroom|support)\s+staff(?:\s+members?)?"),
    ("school-staff", r"staff(?:\s+members?|\s+persons?)?|personnel|employees?|registrars?"),
    ("school-staff", r"(?:school\s+)?nurses?|counselors?|social\s+workers?|psychologists?"),
    ("school-staff", r"LATFs?|Language\s+Assessment\s+Teams?|designees?|coordinators?"),
    ("school-staff", r"(?:bullying\s+intervention\s+)?specialists?|"
     r"observers?|mandated\s+reporters?"),
    ("school-staff", r"(?:person|individual)s?\s+administering|paraprofessionals?|coaches"),
    ("school-staff", r"(?:designated\s+)?testers?|"
     r"points?\s+of\s+contact|(?:service\s+)?providers?"),
    ("teacher", r"(?:ESL|ESL-licensed|classroom|content|special\s+education)?\s*teachers?"),
    ("teacher", r"educators?|classroom\s+leaders?|team\s+of\s+teachers"),
    ("state", r"Massachusetts\s+Department\s+of\s+[A-Z][\w&\s]+?Education|"
     r"DESE|DCF|the\s+Department"),
    ("state", r"(?:the\s+)?(?:state|Commonwealth)(?:\s+education\s+department)?(?!\s+law)"),
    ("state", r"Board\s+of\s+(?:Elementary\s+and\s+Secondary\s+)?Education"),
    ("school", r"BPS\s+schools?(?![-\s]+(?:day|year|bus|week|based|work|hours|site|wide|bell))"),
    ("district", r"Boston\s+Public\s+Schools|BPS(?:\s+DOT)?|the\s+district|District"),
    ("district", r"OMME|"
     r"(?:BPS\s+)?Office\s+of\s+[A-Z][\w&\s]*?(?=\s+(?:must|shall|will|should)\b)"),
    ("district", r"(?:the\s+)?Office\s+of\s+[A-Z][\w]*(?:\s+[A-Z&][\w]*)*"),
    ("district", r"(?:BPS\s+)?(?-i:Transportation)(?:\s+Department)?|Succeed\s+Boston"),
    ("district", r"Facilities\s+Management|SOAs?|supervisors?\s+of\s+attendance|task\s+force"),
    ("district", r"Department\s+of\s+[A-Z]\w+|School\s+Committee|the\s+City|City\s+of\s+Boston"),
    ("family", r"parents?\s*/\s*guardians?|parents?|guardians?|famil(?:y|ies)|caregivers?"),
    ("school", r"(?:BPS\s+)?schools?"
     r"(?![-\s]+(?:day|year|bus|week|based|work|hours|site|wide|bell))"),
    ("school", r"(?:the\s+)?(?:public\s+education\s+)?program(?!\s+staff)|"
     r"School\s+Site\s+Councils?"),
    ("student", r"students?|pupils?|(?:multilingual|English)\s+learners?|MLs?|ELs?"),
    ("other", r"bus\s+compan(?:y|ies)|vendors?|Transdev(?:\s+[\w\s]+?)?(?=\s+(?:will|shall|must))"),
    ("other", r"(?:bus\s+)?drivers?|(?:bus\s+)?monitors?|police|contractors?|bus(?:es)?"),
    ("school-staff", r"(?:this|that|each|the|a)\s+person"),
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
        out.append((_ACTOR_OF[group], words, m.start()))
    return out


def actors_for_role(role: str) -> tuple[str, ...]:
    """The actors a role answers for; an actor name stands for itself."""
    if role in ROLES:
        return ROLES[role]
    if role in ACTORS:
        return (role,)
    raise ValueError(f"unknown role '{role}' (choose from {', '.join([*ROLES, *ACTORS])})")
