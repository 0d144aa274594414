"""Parse the timing of a duty: "by October 15", "within 3 business days", "every two weeks"."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

TimingKind = Literal["absolute", "relative", "recurring", "none"]
Frequency = Literal["daily", "weekly", "monthly", "yearly"]

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fourteen": 14,
    "fifteen": 15, "twenty": 20, "twenty-four": 24, "thirty": 30, "forty-five": 45,
    "forty-eight": 48, "sixty": 60, "ninety": 90, "first": 1, "other": 2,
}
SCHOOL_YEAR_START = 9  # the month a "school year" starts in, for "at the start of each school year"
SCHOOL_YEAR_END = 6

_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_NUM = r"(?:\d{1,3}|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + r")(?:\s*\(\d+\))?"
_UNIT = (
    r"(?:calendar\s+|school\s+working\s+|school\s+|business\s+|working\s+|work\s+)?"
    r"(?:minute|hour|day|week|month|year)s?"
)
_ANCHOR = (
    r"(?:\s+(?:of|after|before|from|following|prior\s+to|of\s+receiving)"
    r"(?:\s+(?!and\b|or\b|but\b)[^\s,.;:()]+){1,6})?"
)

_RELATIVE = re.compile(
    rf"\b(?P<q>within|no\s+later\s+than|not\s+later\s+than|no\s+more\s+than|at\s+least|"
    rf"up\s+to|in)\s+(?:the\s+)?(?P<n>{_NUM})\s+(?P<unit>{_UNIT})\b"
    rf"(?P<dir>\s+(?:ahead|in\s+advance|before|prior))?(?P<anchor>{_ANCHOR})",
    re.I,
)
_NEEDS_ANCHOR = {"in", "at least", "up to", "no more than"}
_RELATIVE_FIRST = re.compile(
    rf"\bwithin\s+the\s+first\s+(?P<unit>{_UNIT})\b(?P<anchor>{_ANCHOR})", re.I
)
_NEXT_DAY = re.compile(
    r"\b(?P<q>by|no\s+later\s+than|before|within|on)\s+the\s+(?:next|following)\s+"
    r"(?P<unit>school\s+working\s+day|school\s+day|business\s+day|working\s+day|day)\b",
    re.I,
)
_SAME_DAY = re.compile(
    r"\b(?:within\s+the\s+(?:same\s+)?(?:school\s+)?day|by\s+the\s+end\s+of\s+the\s+(?:school\s+)?"
    r"day(?!s)(?:\s+of\s+[^,.;:]{1,40})?|on\s+the\s+(?:same\s+)?day\s+of\s+[^,.;:]{1,40}|"
    r"(?:on\s+)?the\s+same\s+day)\b",
    re.I,
)
_SOON = re.compile(
    r"\b(?:as\s+(?:soon|early)\s+as\s+(?:possible|practicable)|immediately|without\s+delay|"
    r"in\s+advance|at\s+the\s+time\s+of\s+(?:the\s+)?[a-z]+)\b",
    re.I,
)
_DATE = re.compile(
    rf"\b(?P<q>by|before|on|no\s+later\s+than|not\s+later\s+than|until|starting|beginning|due|"
    rf"after)\s+(?:the\s+)?(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"(?:,?\s+(?P<year>(?:19|20)\d\d))?",
    re.I,
)
_MONTH_END = re.compile(
    rf"\b(?P<q>by|before|until|no\s+later\s+than)\s+the\s+end\s+of\s+(?:the\s+month\s+of\s+)?"
    rf"(?P<month>{_MONTH})(?:,?\s+(?P<year>(?:19|20)\d\d))?",
    re.I,
)
_IN_MONTH = re.compile(
    rf"\b(?P<q>in|during|by|before|until|within\s+the\s+month\s+of)\s+(?:the\s+month\s+of\s+)?"
    rf"(?P<part>early|mid|late|mid-)?\s*(?P<month>{_MONTH})(?!\s+\d{{1,2}}\b)"
    rf"(?:,?\s+(?P<year>(?:19|20)\d\d))?",
    re.I,
)
_SCHOOL_YEAR_EDGE = re.compile(
    r"\b(?P<q>at|by|before|from|during|within\s+the\s+first\s+\w+\s+of)\s+the\s+"
    r"(?P<edge>start|beginning|opening|end|close)\s+of\s+(?P<each>each|every|the)\s+"
    r"(?:new\s+)?(?:school\s+)?year\b",
    re.I,
)
_MONTH_LIST = re.compile(
    rf"\b(?:in|during)\s+(?P<list>{_MONTH}(?:\s*,\s*{_MONTH})*,?\s+(?:and|or)\s+{_MONTH})", re.I
)
_SEASONS = re.compile(
    r"\b(?P<list>(?:fall|autumn|winter|spring|summer|mid-?\s?year|end\s+of\s+(?:the\s+)?year)"
    r"(?:\s*,\s*(?:and\s+)?(?:fall|autumn|winter|spring|summer|mid-?\s?year|"
    r"end\s+of\s+(?:the\s+)?year)){1,3})\b",
    re.I,
)
_ORDINAL_EVENT = re.compile(
    r"\b(?:no\s+later\s+than|not\s+later\s+than|by|before|prior\s+to)\s+the\s+"
    r"(?:\w+['’]s?\s+)?(?:first|second|third|fourth|fifth|sixth|tenth|\d+(?:st|nd|rd|th))\s+"
    r"(?:consecutive\s+)?\w+",
    re.I,
)
_EACH_MONTH = re.compile(rf"\b(?:each|every)\s+(?P<month>{_MONTH})", re.I)
_EVERY = re.compile(
    r"\b(?:once\s+)?(?:every|each)\s+(?:(?P<n>other|two|three|four|six|2|3|4|6)\s+)?"
    r"(?:school\s+|class\s+)?(?P<unit>day|week|month|quarter|semester|term|year|period)s?\b",
    re.I,
)
_ADVERB = re.compile(
    r"\b(?P<word>daily|weekly|bi-?weekly|monthly|bi-?monthly|quarterly|annual(?:ly)?|yearly|"
    r"biennially|semi-?annually|twice\s+a\s+year|once\s+a\s+(?:day|week|month|quarter|year)|"
    r"(?:once|twice)\s+(?:per|a)\s+(?:school\s+)?year)\b",
    re.I,
)
_ADVERB_RULES: dict[str, tuple[Frequency, int]] = {
    "daily": ("daily", 1), "weekly": ("weekly", 1), "biweekly": ("weekly", 2),
    "bi-weekly": ("weekly", 2), "monthly": ("monthly", 1), "bimonthly": ("monthly", 2),
    "bi-monthly": ("monthly", 2), "quarterly": ("monthly", 3), "annually": ("yearly", 1),
    "annual": ("yearly", 1),
    "yearly": ("yearly", 1), "biennially": ("yearly", 2), "semiannually": ("monthly", 6),
    "semi-annually": ("monthly", 6),
}
_UNIT_RULES: dict[str, tuple[Frequency, int]] = {
    "day": ("daily", 1), "week": ("weekly", 1), "month": ("monthly", 1),
    "quarter": ("monthly", 3), "semester": ("monthly", 6), "term": ("monthly", 3),
    "period": ("daily", 1),
    "year": ("yearly", 1),
}


@dataclass(frozen=True)
class Timing:
    """When a duty falls due; which fields are set depends on `kind`.

    absolute: `month` (and `day`, `year` when written); `day` is None for "in October" or
    "by the end of October", which fall due on the month's last day.
    relative: `amount` `unit`s (amount 0 for "as soon as possible", "the same day")
    `direction` ("after" or "before") an `anchor` event ("of the restraint").
    recurring: every `interval` `frequency` periods, in `months` when the text names them.
    """

    kind: TimingKind = "none"
    text: str = ""
    qualifier: str = ""
    year: int | None = None
    month: int | None = None
    day: int | None = None
    amount: int | None = None
    unit: str = ""
    direction: str = ""
    anchor: str = ""
    frequency: str = ""
    interval: int = 1
    months: tuple[int, ...] = ()

    def describe(self) -> str:
        """A short human rendering: "by October 15, 2023", "within 3 business days"."""
        if self.kind == "absolute" and self.month and self.day:
            when = f"{calendar.month_name[self.month]} {self.day}"
            return f"{self.qualifier or 'by'} {when}" + (f", {self.year}" if self.year else "")
        if self.kind in ("absolute", "relative"):
            return self.text  # "by the end of October", "within 3 business days"
        if self.kind == "recurring":
            unit = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year"}
            base = unit.get(self.frequency, self.frequency)
            every = f"every {base}" if self.interval == 1 else f"every {self.interval} {base}s"
            if self.months:
                names = [calendar.month_name[m] for m in self.months]
                head = ", ".join(names[:-1])
                listed = f"{head} and {names[-1]}" if head else names[-1]
                return f"{every} in {listed}"
            return every
        return ""

    def next_due(self, today: date) -> date | None:
        """The next date this falls due on or after `today`, or None when it has no date.

        A dated deadline that has passed keeps its date (it is before `today`); relative
        deadlines hang on an event and have none; a recurring duty falls due at the end of
        its current period (today for a daily one).
        """
        if self.kind == "absolute" and self.month:
            return _next_date(today, self.month, self.day, self.year)
        if self.kind != "recurring":
            return None
        if self.months:
            return min(_next_date(today, m, None, None) for m in self.months)
        if self.frequency == "daily":
            return today
        if self.frequency == "weekly":
            return today + timedelta(days=7 * self.interval - 1)
        if self.frequency == "monthly":
            # the end of the current block of `interval` months, counted from January
            last = ((today.month - 1) // self.interval + 1) * self.interval
            return _month_end(today.year + (last - 1) // 12, (last - 1) % 12 + 1)
        return None  # yearly without a month: no date to give


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _next_date(today: date, month: int, day: int | None, year: int | None) -> date:
    def on(y: int) -> date:
        if day is None:
            return _month_end(y, month)
        return date(y, month, min(day, calendar.monthrange(y, month)[1]))

    if year is not None:
        return on(year)
    due = on(today.year)
    return due if due >= today else on(today.year + 1)


def _number(text: str) -> int | None:
    word = re.sub(r"\s*\(\d+\)", "", text).strip().lower()
    if word.isdigit():
        return int(word)
    return _NUMBERS.get(word)


def _unit(text: str) -> str:
    unit = re.sub(r"\s+", " ", text.strip().lower())
    return unit[:-1] if unit.endswith("s") else unit


def _month(text: str) -> int:
    return MONTHS[text.rstrip(".").lower()]


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" ,;.")


def find_timings(text: str) -> list[Timing]:
    """Every timing expression in `text`, in reading order (overlaps resolved left to right)."""
    found: list[tuple[int, int, Timing]] = []
    for start, end, timing in _candidates(text):
        if any(start < e and s < end for s, e, _ in found):
            continue
        found.append((start, end, timing))
    return [t for _, _, t in sorted(found, key=lambda item: item[0])]


def parse_timing(text: str) -> Timing:
    """The timing of a duty: recurring first, then a dated deadline, then a relative one.

    Recurring expressions are merged (with a month named beside "each year"), because a
    sentence such as "at the start of each school year and in October, December and March"
    describes one schedule.
    """
    timings = find_timings(text)
    recurring = [t for t in timings if t.kind == "recurring"]
    if recurring:
        return _merge_recurring(recurring, [t for t in timings if t.kind == "absolute"])
    for kind in ("absolute", "relative"):
        for t in timings:
            if t.kind == kind:
                return t
    return Timing()


def _merge_recurring(recurring: list[Timing], absolute: list[Timing]) -> Timing:
    months = {m for t in recurring for m in t.months}
    yearly = [t for t in recurring if t.frequency == "yearly"]
    if yearly and not months:
        months = {t.month for t in absolute if t.month and not t.day and not t.year}
    if not months:
        return recurring[0]
    base = yearly[0] if yearly else recurring[0]
    text = "; ".join(t.text for t in recurring)
    return Timing(kind="recurring", text=text, frequency="yearly", interval=base.interval
                  if base.frequency == "yearly" else 1, months=tuple(sorted(months)))


def _candidates(text: str) -> list[tuple[int, int, Timing]]:
    out: list[tuple[int, int, Timing]] = []

    def add(m: re.Match[str], timing: Timing) -> None:
        out.append((m.start(), m.end(), timing))

    # recurring patterns come first so that "within the month of September of every school
    # year" is read as a yearly duty rather than a deadline
    for m in _MONTH_LIST.finditer(text):
        months = tuple(_month(x) for x in re.findall(_MONTH, m.group("list"), re.I))
        add(m, Timing("recurring", _clean(m.group(0)), frequency="yearly", months=months))
    for m in _SCHOOL_YEAR_EDGE.finditer(text):
        edge = m.group("edge").lower()
        month = SCHOOL_YEAR_END if edge in {"end", "close"} else SCHOOL_YEAR_START
        # every school year has a start: "at the start of the school year" recurs too
        add(m, Timing("recurring", _clean(m.group(0)), frequency="yearly", months=(month,)))
    for m in _SEASONS.finditer(text):
        add(m, Timing("recurring", _clean(m.group(0)), frequency="yearly"))
    for m in _EACH_MONTH.finditer(text):
        add(m, Timing("recurring", _clean(m.group(0)), frequency="yearly",
                      months=(_month(m.group("month")),)))
    for m in _EVERY.finditer(text):
        freq, interval = _UNIT_RULES[m.group("unit").lower()]
        n = _number(m.group("n")) if m.group("n") else 1
        add(m, Timing("recurring", _clean(m.group(0)), frequency=freq,
                      interval=interval * (n or 1)))
    for m in _ADVERB.finditer(text):
        if m.start() > 0 and m.group(0)[0].isupper():
            continue  # "the Weekly Recap": a name
        word = re.sub(r"\s+", " ", m.group("word").lower())
        if word in _ADVERB_RULES:
            freq, interval = _ADVERB_RULES[word]
        elif word.startswith("twice"):
            freq, interval = "monthly", 6
        else:
            freq, interval = _UNIT_RULES[word.split()[-1]]
        add(m, Timing("recurring", _clean(m.group(0)), frequency=freq, interval=interval))
    for m in _DATE.finditer(text):
        year = int(m.group("year")) if m.group("year") else None
        add(m, Timing("absolute", _clean(m.group(0)), qualifier=_clean(m.group("q")).lower(),
                      year=year, month=_month(m.group("month")), day=int(m.group("day"))))
    for m in _MONTH_END.finditer(text):
        year = int(m.group("year")) if m.group("year") else None
        add(m, Timing("absolute", _clean(m.group(0)), qualifier="by the end of", year=year,
                      month=_month(m.group("month"))))
    for m in _IN_MONTH.finditer(text):
        if m.group("month").lower() == "may" and not m.group("year"):
            continue  # "in May" is too easily the verb "may"
        year = int(m.group("year")) if m.group("year") else None
        part = (m.group("part") or "").rstrip("-").lower()
        qualifier = f"in {part}" if part else _clean(m.group("q")).lower()
        add(m, Timing("absolute", _clean(m.group(0)), qualifier=qualifier, year=year,
                      month=_month(m.group("month"))))
    for m in _RELATIVE.finditer(text):
        amount = _number(m.group("n"))
        q = _clean(m.group("q")).lower()
        anchor = (m.group("anchor") or "").strip().lower()
        bounded = bool(m.group("dir")) or anchor.startswith(("after", "before", "prior", "foll"))
        if amount is None or (q in _NEEDS_ANCHOR and not bounded):
            continue  # "at least 45 minutes", "in two years": an amount, not a deadline
        before = bool(m.group("dir")) or anchor.startswith(("before", "prior"))
        add(m, Timing("relative", _clean(m.group(0)), qualifier=q, amount=amount,
                      unit=_unit(m.group("unit")), direction="before" if before else "after",
                      anchor=_clean(m.group("anchor") or "")))
    for m in _RELATIVE_FIRST.finditer(text):
        add(m, Timing("relative", _clean(m.group(0)), qualifier="within", amount=1,
                      unit=_unit(m.group("unit")), direction="after",
                      anchor=_clean(m.group("anchor") or "")))
    for m in _NEXT_DAY.finditer(text):
        add(m, Timing("relative", _clean(m.group(0)), qualifier=_clean(m.group("q")).lower(),
                      amount=1, unit=_unit(m.group("unit")), direction="after"))
    for m in _SAME_DAY.finditer(text):
        add(m, Timing("relative", _clean(m.group(0)), qualifier="same day", amount=0,
                      unit="day", direction="after"))
    for m in _ORDINAL_EVENT.finditer(text):
        add(m, Timing("relative", _clean(m.group(0)), qualifier="by", direction="after",
                      anchor=_clean(m.group(0))))
    for m in _SOON.finditer(text):
        phrase = _clean(m.group(0))
        direction = "before" if phrase.lower() == "in advance" else "after"
        add(m, Timing("relative", phrase, qualifier=phrase.lower(), amount=0,
                      direction=direction))
    return out
