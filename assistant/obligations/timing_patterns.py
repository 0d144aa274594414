"""The phrases the timing parser reads: dates, months, amounts of time, events, frequencies."""

from __future__ import annotations

import calendar
import re
from typing import Literal

Frequency = Literal["daily", "weekly", "monthly", "yearly"]

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14,
    "fifteen": 15, "twenty": 20, "twenty-four": 24, "thirty": 30, "forty-five": 45,
    "forty-eight": 48, "sixty": 60, "ninety": 90, "first": 1, "other": 2,
}
PERIODS = {"day", "days", "week", "weeks", "month", "months", "year", "years", "time", "grade"}
SCHOOL_YEAR_START = 9  # the month a "school year" starts in, for "at the start of each school year"
SCHOOL_YEAR_END = 6
FISCAL_YEAR_START = 7  # BPS's fiscal year runs July to June

MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![a-z])\.?"
)  # a whole word: "In deciding" holds no "Dec"
# "three (3)" and "14 (fourteen)": a number with its figure or word in brackets
NUM = (
    r"(?:\d{1,3}|" + "|".join(sorted(NUMBERS, key=len, reverse=True)) + r")"
    r"(?:\s*\((?:\d+|[a-z]+(?:-[a-z]+)?)\))?"
)
UNIT = (
    r"(?:calendar\s+|school\s+working\s+|school\s+|business\s+|working\s+|work\s+)?"
    r"(?:minute|hour|day|week|month|year)s?"
)
ANCHOR = (
    r"(?:\s+(?:of|after|before|from|following|prior\s+to|of\s+receiving)"
    r"(?:\s+(?!and\b|or\b|but\b)[^\s,.;:()]+){1,6})?"
)

RELATIVE = re.compile(
    rf"\b(?P<q>within|no\s+later\s+than|not\s+later\s+than|no\s+more\s+than|not\s+beyond|"
    rf"at\s+least|up\s+to|in|a\s+minimum\s+of|by)\s+(?:the\s+)?(?P<n>{NUM})\s+(?P<unit>{UNIT})\b"
    rf"(?P<dir>\s+(?:ahead|in\s+advance|before|prior))?(?P<anchor>{ANCHOR})",
    re.I,
)
NEEDS_ANCHOR = {"in", "at least", "up to", "no more than", "a minimum of", "by"}
# an amount set against an event with no other word: "three (3) school days before the trip"
RELATIVE_BARE = re.compile(
    rf"\b(?P<n>{NUM})\s+(?P<unit>{UNIT})\s+(?P<dir>before|prior\s+to|in\s+advance(?:\s+of)?|"
    rf"ahead\s+of|after|following)\b(?P<anchor>(?:\s+(?!and\b|or\b|but\b)[^\s,.;:()]+){{0,6}})",
    re.I,
)
# time to allow before something is needed: "requesters should allow a minimum of 2 weeks"
LEAD_TIME = re.compile(
    rf"\ballow\s+(?:for\s+)?(?:(?:a\s+minimum\s+of|at\s+least|up\s+to)\s+)?(?P<n>{NUM})\s+"
    rf"(?P<unit>{UNIT})\b",
    re.I,
)
# notice given ahead of time: "A 48-hour notice of cancellation", "two weeks' notice"
NOTICE = re.compile(
    rf"\b(?P<n>{NUM})(?:-\s*|\s+)(?P<unit>{UNIT})['’]?\s+"
    r"(?:(?:advance|prior|written)\s+)?notice\b",
    re.I,
)
# a duty done before or after an event, with no amount: "prior to spending Title I funds",
# "after any restraint", "before beginning counseling", "upon receipt of the complaint"
EVENT_NOUN = (
    r"(?:restraints?|incidents?|investigations?|meetings?|observations?|withdrawals?|enrollment|"
    r"registration|referrals?|exit|completion|receipt|authorization|approval|determinations?|"
    r"hire|release|trips?|visits?|assessments?|evaluations?|testing|tests?|absences?|filing|"
    r"notification|complaints?|interviews?|expenditures?|submissions?|transfers?|discharge|"
    r"suspensions?|removal|placement|screening|dismissal|arrival|departure|events?|sessions?|"
    r"deadline|request|reports?|hearings?|conferences?)"
)
EVENT = re.compile(
    rf"(?<!period\s)(?<!days\s)(?<!date\s)\b(?P<q>prior\s+to|before|after|following|upon)\s+"
    rf"(?P<event>(?:(?:the|any|each|every|a|an|their|his|her|its|this|that|such)\s+)?"
    rf"(?:(?!(?:of|which|that|who|what|is|are|will|must|should)\b)[\w’'-]+\s+){{0,2}}?"
    rf"{EVENT_NOUN}\b|(?!(?:during|including|regarding|according|"
    rf"pending|being|morning|evening|building|nothing|something|anything|everything|spring|"
    rf"thing|bring)\b)[a-z]+ing\b)",
    re.I,
)
RELATIVE_FIRST = re.compile(
    rf"\bwithin\s+the\s+first\s+(?P<unit>{UNIT})\b(?P<anchor>{ANCHOR})", re.I
)
NEXT_DAY = re.compile(
    r"\b(?P<q>by|no\s+later\s+than|before|within|on)\s+the\s+(?:next|following)\s+"
    r"(?P<unit>school\s+working\s+day|school\s+day|business\s+day|working\s+day|day)\b",
    re.I,
)
SAME_DAY = re.compile(
    r"\b(?:within\s+the\s+(?:same\s+)?(?:school\s+)?day|(?:by|before)\s+the\s+end\s+of\s+the\s+"
    r"(?:school\s+)?"
    r"day(?!s)(?:\s+of\s+[^,.;:]{1,40})?|on\s+the\s+(?:same\s+)?day\s+of\s+[^,.;:]{1,40}|"
    r"(?:on\s+)?the\s+same\s+day)\b",
    re.I,
)
SOON = re.compile(
    r"\b(?:as\s+(?:soon|early)\s+as\s+(?:possible|practicable)|"
    r"as\s+soon\s+as\s+(?:the|a|an|he|she|they|it|this|that)\s+"
    r"(?:(?!\b(?:and|or|but|meaning)\b)[^,.;:()]){3,60}|"
    r"immediately(?!\s+(?:available|adjacent|accessible|visible|apparent|dangerous))|"
    r"without\s+delay|"
    r"in\s+advance|at\s+the\s+time\s+of\s+(?:the\s+)?[a-z]+)\b",
    re.I,
)
DATE = re.compile(
    rf"\b(?P<q>by|before|on|no\s+later\s+than|not\s+later\s+than|until|starting|beginning|due|"
    rf"after)\s+(?:the\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
    rf"(?P<month>{MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"(?:,?\s+(?P<year>(?:19|20)\d\d))?",
    re.I,
)
# a date in figures, month first as US documents write it: "05/17/24", "by 3/1/2024"
NUMERIC_DATE = re.compile(
    r"(?:\b(?P<q>by|before|on|no\s+later\s+than|not\s+later\s+than|until|due)\s+)?"
    r"(?<![\d/])(?P<month>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])/(?P<year>\d{4}|\d{2})"
    r"(?![\d/])",
    re.I,
)
CITED = re.compile(
    r"\b(?:agreement|decree|act|law|memo(?:randum)?|dated|revised|effective|version|issued|"
    r"signed|amended|entitled|letter)\b|\($",
    re.I,
)
# a clause that says who is meant or on what condition, still open where a timing phrase
# stands: "ELs who have been enrolled in a U.S. school ... after March 1, 2024", "provided
# that the student enrolls before February 7"; a duty phrase closes it ("the staff member
# who restrains a student must tell ... as soon as possible"), and so does a full stop
# (not the one of "U.S."); a bracket inside it is passed over ("who did not report (DNR)")
_OPEN_CLAUSE = (
    r"(?:(?!\b(?:must|shall|should|will|required|expected|responsible)\b)"
    r"(?:[^,.;:()]|\.(?=\S)|(?<=\b\w)\.|\([^()]*\)))*$"
)
WHO_CLAUSE = re.compile(rf"\bwho\s+{_OPEN_CLAUSE}", re.I)
CONDITION_CLAUSE = re.compile(
    rf"\b(?:provided\s+that|as\s+long\s+as|only\s+if|unless)\s+{_OPEN_CLAUSE}", re.I
)
MONTH_END = re.compile(
    rf"\b(?P<q>by|before|until|no\s+later\s+than)\s+the\s+end\s+of\s+(?:the\s+month\s+of\s+)?"
    rf"(?P<month>{MONTH})(?:,?\s+(?P<year>(?:19|20)\d\d))?",
    re.I,
)
IN_MONTH = re.compile(
    rf"\b(?P<q>in|during|by|before|until|no\s+later\s+than|not\s+later\s+than|"
    rf"within\s+the\s+month\s+of)\s+(?:the\s+month\s+of\s+)?"
    rf"(?P<part>early|mid|late|mid-)?\s*(?P<month>{MONTH})(?!\s+\d{{1,2}}\b)"
    rf"(?:,?\s+(?P<year>(?:19|20)\d\d))?",
    re.I,
)
# part of a named month: "By the first week of October", "during the last two weeks of June"
MONTH_PART = re.compile(
    rf"\b(?P<q>by|before|in|during|within|no\s+later\s+than|not\s+later\s+than)\s+the\s+"
    rf"(?P<part>first|second|third|fourth|last|final)\s+(?:(?:two|three|few)\s+)?"
    rf"(?:weeks?|days?)\s+of\s+(?P<month>{MONTH})(?:,?\s+(?P<year>(?:19|20)\d\d))?",
    re.I,
)
# the first days of school come once a year: "during the first week of school"
SCHOOL_YEAR_FIRST = re.compile(
    r"\b(?:during|in|within|by\s+the\s+end\s+of)\s+the\s+first\s+(?:(?:two|three|few|\d)\s+)?"
    r"(?:days?|weeks?|month)\s+of\s+(?:the\s+)?(?:each\s+|every\s+|the\s+)?(?:new\s+)?"
    r"school(?:\s+year)?\b",
    re.I,
)
SCHOOL_YEAR_EDGE = re.compile(
    r"\b(?P<q>at|by|before|from|during|within\s+the\s+first\s+\w+\s+of)\s+the\s+"
    r"(?P<edge>start|beginning|opening|end|close)\s+of\s+(?P<each>each|every|the)\s+"
    r"(?:new\s+)?(?:(?:school|fiscal|academic)\s+)?year\b",
    re.I,
)
MONTH_LIST = re.compile(
    rf"\b(?:in|during)\s+(?P<list>{MONTH}(?:\s*,\s*{MONTH})*,?\s+(?:and|or)\s+{MONTH})", re.I
)
SEASONS = re.compile(
    r"\b(?P<list>(?:fall|autumn|winter|spring|summer|mid-?\s?year|end\s+of\s+(?:the\s+)?year)"
    r"(?:\s*,\s*(?:and\s+)?(?:fall|autumn|winter|spring|summer|mid-?\s?year|"
    r"end\s+of\s+(?:the\s+)?year)){1,3})\b",
    re.I,
)
ORDINAL_EVENT = re.compile(
    r"\b(?:no\s+later\s+than|not\s+later\s+than|by|before|prior\s+to|after|following|upon|at)\s+"
    r"the\s+(?:\w+['’]s?\s+)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d+(?:st|nd|rd|th))\s+(?:consecutive\s+)?(?P<what>\w+)",
    re.I,
)
EACH_MONTH = re.compile(rf"\b(?:each|every)\s+(?P<month>{MONTH})", re.I)
EVERY = re.compile(
    rf"\b(?:once\s+)?(?:every|each)\s+(?:(?P<n>other|{NUM})\s+)?"
    r"(?:school\s+|class\s+|fiscal\s+|academic\s+)?(?P<unit>day|week|month|quarter|semester|term|"
    r"year|period|morning|afternoon|evening)s?\b",
    re.I,
)
ADVERB = re.compile(
    r"\b(?P<word>daily|weekly|bi-?weekly|monthly|bi-?monthly|quarterly|annual(?:ly)?|yearly|"
    r"biennially|semi-?annually|twice\s+a\s+year|once\s+a\s+(?:day|week|month|quarter|year)|"
    r"(?:once|twice)\s+(?:per|a)\s+(?:school\s+)?year)\b"
    # an amount or a way of life, not a schedule: "daily ESL instruction", "daily school
    # functioning", "students' daily lives"
    r"(?!\s+(?:(?:ESL|ELD|ELA|school|classroom)\s+)?(?:instruction|functioning|life|lives|"
    r"living|activities|routines?|operations|needs)\b)",
    re.I,
)
ADVERB_RULES: dict[str, tuple[Frequency, int]] = {
    "daily": ("daily", 1), "weekly": ("weekly", 1), "biweekly": ("weekly", 2),
    "bi-weekly": ("weekly", 2), "monthly": ("monthly", 1), "bimonthly": ("monthly", 2),
    "bi-monthly": ("monthly", 2), "quarterly": ("monthly", 3), "annually": ("yearly", 1),
    "annual": ("yearly", 1),
    "yearly": ("yearly", 1), "biennially": ("yearly", 2), "semiannually": ("monthly", 6),
    "semi-annually": ("monthly", 6),
}
UNIT_RULES: dict[str, tuple[Frequency, int]] = {
    "day": ("daily", 1), "week": ("weekly", 1), "month": ("monthly", 1),
    "quarter": ("monthly", 3), "semester": ("monthly", 6), "term": ("monthly", 3),
    "period": ("daily", 1), "morning": ("daily", 1), "afternoon": ("daily", 1),
    "evening": ("daily", 1),
    "year": ("yearly", 1),
}
