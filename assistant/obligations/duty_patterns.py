"""The phrases the duty reader looks for: modal and duty phrases, and the look-alikes it skips."""

from __future__ import annotations

import re

TRIGGER = re.compile(
    r"(?P<duty>\b(?:is|are|was|were|be|being|will\s+be|shall\s+be|must\s+be)\s+"
    r"(?:(?:also|now|then|thus|still|ultimately|therefore|further|\w+ly)\s+)?"
    r"(?:required|expected|obligated|obliged|mandated|responsible|accountable|directed|asked|"
    r"instructed)\b"
    r"(?:\s+(?:to|for)\b)?)"
    r"|(?P<bear>\bbears?\s+(?:the\s+)?(?:final\s+|ultimate\s+|primary\s+)?responsibility"
    r"(?:\s+for\b)?|\bha(?:s|ve)\s+(?:the|a)\s+(?:legal\s+)?(?:responsibility|duty|obligation)"
    r"(?:,?\s+(?:and\s+)?(?!for\b|to\b|of\b)[\w-]+){0,4}?\s+(?:for|to|of(?=\s+\w+ing\b))\b)"
    r"|(?P<theirs>\bit\s+(?:is|will\s+be|shall\s+be)\s+(?:the\s+(?:\w+\s+)?(?:responsibility|duty|"
    r"obligation)\s+of\s+(?P<whose>[^,;:.]{2,80}?)|(?P<owner>(?:the|each|every)\s+[^,;:.]{2,60}?)"
    r"['’]s\s+(?:\w+\s+)?(?:responsibility|duty|obligation))\s+to\b)"
    # "Maintaining the child's safety is the building administrator's responsibility"
    r"|(?P<dutyof>\b(?:is|are|will\s+be|shall\s+be)\s+(?:the\s+)?(?:(?:sole|shared|primary)\s+)?"
    r"(?:responsibility|duty|obligation)\s+of\s+(?P<dutyofwhom>[^,;:.]{2,60}?)\s*(?=[.;]|$)|"
    r"\b(?:is|are|will\s+be|shall\s+be)\s+(?P<dutyowner>(?:the|each|every|a)\s+[^,;:.]{2,60}?)"
    r"['’]s\s+(?:\w+\s+)?(?:responsibility|duty|obligation)\b(?!\s+to\b))"
    r"|(?P<reqobj>\b(?-i:required|requires|require|directed|directs|obligates?|obliges?)\s+"
    r"(?P<obj>(?:the\s+)?(?-i:[A-Z])[\w’'&.\- ]{0,60}?|(?:all|each|every|the|any|its|their)\s+"
    r"(?-i:[a-z])[\w’'&\-/ ]{0,40}?|(?:school\s+)?(?:schools|staff|teachers|principals|leaders|"
    r"educators|families|parents))"
    r"(?:(?:,[^,]{1,40}){1,2},)?\s+to\b)"
    r"|(?P<reqthing>\brequired\s+(?=an?\s)|\b(?-i:requires?)\s+the\s+following\s*:|"
    r"\bwe\s+(?:also\s+)?require\b(?!\s+that))"
    r"|(?P<modal>\b(?:must|shall|should|ought\s+to|has\s+to|have\s+to|"
    r"(?<!\bthe\s)(?<!\ba\s)needs?\s+to)\b"
    r"(?:\s+(?:also|only|always|then|still|further|never|not)\b)*)"
    r"|(?P<tobe>\b(?:is|are)\s+(?:not\s+)?to\s+be\b)"
    r"|(?P<toact>\b(?:is|are)\s+(?:not\s+)?to\s+(?=\w))"
    r"|(?P<mandate>\b(?-i:requires?|mandates?|directs?|stipulates?)\s+that\b)"
    r"|(?P<prohibit>\b(?:prohibits|(?:is|are)\s+(?:\w+ly\s+)?(?:prohibited|forbidden)|"
    r"(?:is|are)\s+not\s+(?:allowed|permitted)|(?:does|do)\s+not\s+(?:allow|permit))\b)"
    r"|(?P<will>\bwill\b(?:\s+(?:also|then|further|continue\s+to)\b)*)",
    re.I,
)
# definitions, protections and words about words: "shall mean", "shall not be liable",
# "We will use the term ..."
DEFINITION = re.compile(
    r"^\s*(?:mean|means|refers?\s+to|be\s+defined|be\s+(?:held\s+)?liable|"
    r"be\s+immune|(?:continue\s+to\s+)?use\s+the\s+(?:terms?|words?|phrases?|acronyms?))\b",
    re.I,
)
DESCRIPTION = re.compile(
    r"^\s*(?:(?:table|figure|chart)\s+\d+\s*:\s*)?"
    r"(?:(?:this|these|the\s+attached)\s+(?:circular|section|policy|listing|plan|document|"
    r"summary|page|guide|guidance|memo|models?|list|chart|table)s?\b|"
    r"the\s+following\s+(?:list|chart|table|figure)s?\b|the\s+(?:purpose|goal|"
    r"intent|aim|objective)s?\s+of\b)",
    re.I,
)
# a clause that leads the sentence and holds its own verb: the main duty comes after the comma
SUBORDINATE = re.compile(
    r"^(?:if|when|whenever|unless|once(?!\s+(?:a|an|every|each|per|more)\b)|while|although|"
    r"though|because|since|where|in\s+the\s+event)\b",
    re.I,
)
REPORTED_CLAUSE = re.compile(
    r",\s*which\s+(?:[^,;.]*?\s)?(?:had|has|have|was|were)\s[^,;]*", re.I
)
PRONOUN = re.compile(
    r"^(?:(?:and|but|or|so|then)\s+)?(?:they|he|she|he/she|s/he|"
    r"(?:these|those|such)\s+(?:individuals|persons|people))$",
    re.I,
)
NEGATED = re.compile(r"\b(?:not|never|no\s+longer)\s*$", re.I)
EXAMPLE = re.compile(r"\b(?:example|e\.g\.|for\s+instance)\b", re.I)
LIST_HEAD = "the steps listed after this sentence in the source"
# PDF text sometimes loses the space after a name: "The School Leadershall make"
GLUED = re.compile(r"\b(leaders?|principals?|staff|schools?)(shall|must|should|will)\b", re.I)
RECEIVING = re.compile(
    r"^(?:(?:also|only|always|then)\s+)*(?:get|receive|have(?!\s+to\b))\b", re.I
)
# what students "must participate in" (tests, programs) the school arranges
TAKING_PART = re.compile(
    r"^(?:(?:also|only|always|then)\s+)*(?:participate|take\s+part|be\s+(?:enrolled|"
    r"scheduled|placed|assessed|tested|screened|served|offered|given|provided)|"
    r"remain\s+(?:coded|enrolled|scheduled|placed|identified|classified)|"
    r"take\s+(?:the\s+|all\s+|any\s+)?(?:\w+\s+){0,3}?(?:tests?|assessments?|exams?))\b",
    re.I,
)
REPORTED = re.compile(r"^.{0,80}?\b(?:says|states|notes|warns)\s+(?:that\s+)?", re.I)
WILL_NOT_DUTY = re.compile(
    r"^(?:not|be\s+able|have|has|remain|allow|help|need|become|include|"
    r"take\s+(?:place|effect|time|into|(?:any\s+)?(?:such\s+)?action\s+as)|receive|get|"
    r"benefit|know|"
    r"learn|understand|see|find|feel|grow|succeed|vary|depend|reflect|result|lead\s+to|"
    r"apply(?!\s+(?:all|the|any|these|those|this|its|their|each|every)\b)|"
    r"likely|also\s+be|enable|give\s+students|make\s+sure\s+students)\b",
    re.I,
)
# "should" before its own subject opens a condition: "..., should they need to acquire passes"
INVERTED = re.compile(
    r"^should\s+(?:they|you|he|she|it|there|we|the|a|an|any|such|this|that|these|those)\s", re.I
)
# the closing line of every circular, which PDF text often runs into the next sentence
IN_EFFECT = re.compile(
    r"^(?:this\s+circular\s+will\s+remain\s+in\s+effect\s+unless\s+rescinded\s+or\s+"
    r"superseded\s+(?:by|to)\s+a\s+subsequent\s+versions?\.?\s+)(?=\S)",
    re.I,
)
CITATION_TAIL = re.compile(r"\s*\([^()]*(?:\([^()]*\)[^()]*)*\)\s*([.!]?)\s*$")
