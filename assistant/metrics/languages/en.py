"""English (en): metric sentences, unit words, month names, question patterns, stop words.

Every language module has the same names; `languages/__init__.py` gathers them. Patterns
and stop words are matched against folded text (lower case, accents removed; see `fold`).
"""

from __future__ import annotations

TEMPLATES: dict[str, str] = {
    "value": "{when}, {name}{where} was {value}",
    "where_school": " at {id}",
    "where_route": " on route {id}",
    "where_state": " statewide",
    "where_national": " nationally",
    "met": ". The plan's target is {target}. The target was met",
    "not_met": ". The plan's target is {target}. The target was not met",
    "lapsed": ". The plan's target ({target}) no longer applied then",
    "aim": ". The plan's aim is to {target}. The plan gives no number for it",
    "cite": " [{n}].",
    "end": ".",
    "stale": ". This is the latest figure we have. It is {age} old",
    "undated": ". The source does not say when this figure was measured",
    "conflict": ". {note}",
    "disagree": " (sources disagree: another source gives {values})",
    "disagree_plain": " (sources disagree about this figure)",
    "and": " and ",
    "no_data": "The metrics tables have no figure yet for {name}, so we cannot say what it is.",
    "no_metric": "The metrics tables have no figure that answers this question.",
    # periods: the text of a period, then how a sentence opens with it
    "date": "{month} {day}, {year}",
    "month_year": "{month} {year}",
    "sy": "school year {years}",
    "fy": "fiscal year {year}",
    "qy": "quarter {q} of {year}",
    "class": "the class of {year}",
    "fall": "fall {year}",
    "review": "the {year} state review",
    "planned": "{period} (planned)",
    "between": "between {a} and {b}",
    "from_to": "from {a} to {b}",
    "since": "since {a}",
    "on_day": "On {date}",
    "in_period": "In {period}",
    "lead_class": "For {period}",
    # the citation row
    "as_of": "as of {date}",
    "target_label": "target: {target}",
    "note_label": "note: {note}",
    "source_label": "source: {url}",
    "age_label": "age: {age}",
    "no_value": "no data",
    # ages and values
    "days": "{n} days",
    "months": "{n} months",
    "years": "{n} years",
    "about": "about {v}",
    "nearly": "nearly {v}",
    "more than": "more than {v}",
    "at least": "at least {v}",
    "less than": "less than {v}",
    "million": "{v} million",
    "billion": "{v} billion",
    "percent": "{v}%",
    "percent_per_year": "{v}% a year",
    "usd": "${v}",
    "thousands_sep": ",",
    "decimal_sep": ".",
}
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# count units a name does not already imply are spelled out after the number
UNIT_WORDS = {
    "schools": "schools",
    "students": "students",
    "reports": "reports",
    "drivers": "drivers",
    "projects": "projects",
    "units": "units",
    "sensors": "sensors",
    "mandates": "mandates",
    "stops": "stops",
    "count": "",
}

# Phrases that ask for a figure, a status or progress towards a target.
METRIC_PATTERNS = (
    r"\bhow (many|much|often|fast|well|far|late|long)\b",
    r"\bwhat (is|was|are|were) the (number|share|rate|percentage|percent|proportion|"
    r"total|count|figure|budget|cost|average|status)\b",
    r"\bnumber of\b",
    r"\b(percent|percentage|per cent|share|proportion|rate|ratio|average|median|total)s?\b",
    r"%",
    r"\b(figures?|statistics|stats|numbers|metrics?|data on|trend|trends)\b",
    r"\b(on[- ]time|late|delays?|delayed)\b",
    r"\b(target|targets|goal|goals|benchmark|benchmarks)\b",
    r"\b(reach|reached|meet|met|hit|achieve|achieved|miss|missed)\b",
    r"\b(progress|status|improv(e|ed|es|ing)|better|worse|getting|trending|so far|up to date)\b",
    r"\b(now|currently|latest|today|this year|last year|still)\b",
    r"\b(enrol+ment|enrolled|graduation|graduate|budget|cost|spend\w*|funding)\b",
    r"\b(renovated|completed|finished|done|hired|installed|approved|opened)\b",
)
# Questions about the plan's text, unless they also ask "how many" or "how much".
TEXT_ONLY_PATTERNS = (
    r"\bwhat does (the|this) (plan|policy|circular|document) say\b",
    r"\b(who is|who was|who are|what is the name|define|definition of|what does .+ mean)\b",
    r"\bwhere can i (find|read|get)\b",
    r"\b(how (do|can|should) i|how to)\b",
)
COUNT_PATTERN = r"\bhow (many|much)\b"
TARGET_PATTERN = r"\b(target|goal|benchmark|reach\w*|meet|met|hit|achiev\w*)\b"
WIDE_SCOPE_PATTERNS = {
    "national": r"\b(national\w*|nationwide|country)\b",
    "state": r"\b(state\s?wide|massachusetts|the state)\b",
}
STOP_WORDS = (
    "a an and are as at be been being by can could did do does for from had has have how "
    "i in into is it its me my now of on or our so than that the their them then there these "
    "they this those to was we were what when where which who why will with would you your "
    "many much get got still yet ever today currently current latest recent recently "
    "bps boston district plan"
)
