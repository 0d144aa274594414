"""Parse the timing of a duty: "by October 15", "within 3 business days", "every two weeks"."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from assistant.obligations.timing_patterns import (
    ADVERB,
    ADVERB_RULES,
    CITED,
    CONDITION_CLAUSE,
    DATE,
    EACH_MONTH,
    EVENT,
    EVERY,
    FISCAL_YEAR_START,
    IN_MONTH,
    LEAD_TIME,
    MONTH,
    MONTH_END,
    MONTH_LIST,
    MONTH_PART,
    MONTHS,
    NEEDS_ANCHOR,
    NEXT_DAY,
    NOTICE,
    NUMBERS,
    NUMERIC_DATE,
    ORDINAL_EVENT,
    PERIODS,
    RELATIVE,
    RELATIVE_BARE,
    RELATIVE_FIRST,
    SAME_DAY,
    SCHOOL_YEAR_EDGE,
    SCHOOL_YEAR_END,
    SCHOOL_YEAR_FIRST,
    SCHOOL_YEAR_START,
    SEASONS,
    SOON,
    UNIT_RULES,
    WHO_CLAUSE,
)

TimingKind = Literal["absolute", "relative", "recurring", "none"]


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
    word = re.sub(r"\s*\([\w-]+\)", "", text).strip().lower()
    if word.isdigit():
        return int(word)
    return NUMBERS.get(word)


def _unit(text: str) -> str:
    unit = re.sub(r"\s+", " ", text.strip().lower())
    return unit[:-1] if unit.endswith("s") else unit


def _month(text: str) -> int:
    return MONTHS[text.rstrip(".").lower()]


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" ,;.")


def find_timings(text: str) -> list[Timing]:
    """Every timing expression in `text`, in reading order (overlaps resolved left to right).

    A phrase inside a clause that says who is meant or on what condition ("ELs who enrolled
    after March 1", "provided that the student enrolls before February 7") times that clause,
    not the duty, and is left out.
    """
    found: list[tuple[int, int, Timing]] = []
    for start, end, timing in _candidates(text):
        if any(start < e and s < end for s, e, _ in found):
            continue
        before = text[:start]
        if WHO_CLAUSE.search(before) or CONDITION_CLAUSE.search(before):
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
    for t in timings:
        if t.kind == "absolute":
            return t
    relative = [t for t in timings if t.kind == "relative"]
    # an amount says more than the event alone: "upon completion (not beyond five days after)"
    counted = [t for t in relative if t.amount is not None]
    return (counted or relative or [Timing()])[0]


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
    for m in MONTH_LIST.finditer(text):
        months = tuple(_month(x) for x in re.findall(MONTH, m.group("list"), re.I))
        add(m, Timing("recurring", _clean(m.group(0)), frequency="yearly", months=months))
    for m in SCHOOL_YEAR_EDGE.finditer(text):
        edge = m.group("edge").lower()
        start = FISCAL_YEAR_START if "fiscal" in m.group(0).lower() else SCHOOL_YEAR_START
        month = SCHOOL_YEAR_END if edge in {"end", "close"} else start
        # every school year has a start: "at the start of the school year" recurs too
        add(m, Timing("recurring", _clean(m.group(0)), frequency="yearly", months=(month,)))
    for m in SCHOOL_YEAR_FIRST.finditer(text):
        add(m, Timing("recurring", _clean(m.group(0)), frequency="yearly",
                      months=(SCHOOL_YEAR_START,)))
    for m in SEASONS.finditer(text):
        add(m, Timing("recurring", _clean(m.group(0)), frequency="yearly"))
    for m in EACH_MONTH.finditer(text):
        add(m, Timing("recurring", _clean(m.group(0)), frequency="yearly",
                      months=(_month(m.group("month")),)))
    for m in EVERY.finditer(text):
        freq, interval = UNIT_RULES[m.group("unit").lower()]
        n = _number(m.group("n")) if m.group("n") else 1
        add(m, Timing("recurring", _clean(m.group(0)), frequency=freq,
                      interval=interval * (n or 1)))
    for m in ADVERB.finditer(text):
        if m.start() > 0 and m.group(0)[0].isupper():
            continue  # "the Weekly Recap": a name
        word = re.sub(r"\s+", " ", m.group("word").lower())
        if word in ADVERB_RULES:
            freq, interval = ADVERB_RULES[word]
        elif word.startswith("twice"):
            freq, interval = "monthly", 6
        else:
            freq, interval = UNIT_RULES[word.split()[-1]]
        add(m, Timing("recurring", _clean(m.group(0)), frequency=freq, interval=interval))
    for m in DATE.finditer(text):
        year = int(m.group("year")) if m.group("year") else None
        add(m, Timing("absolute", _clean(m.group(0)), qualifier=_clean(m.group("q")).lower(),
                      year=year, month=_month(m.group("month")), day=int(m.group("day"))))
    for m in MONTH_END.finditer(text):
        year = int(m.group("year")) if m.group("year") else None
        add(m, Timing("absolute", _clean(m.group(0)), qualifier="by the end of", year=year,
                      month=_month(m.group("month"))))
    for m in MONTH_PART.finditer(text):
        year = int(m.group("year")) if m.group("year") else None
        add(m, Timing("absolute", _clean(m.group(0)), qualifier=_clean(m.group("q")).lower(),
                      year=year, month=_month(m.group("month"))))
    for m in IN_MONTH.finditer(text):
        if m.group("month").lower() == "may" and not m.group("year"):
            continue  # "in May" is too easily the verb "may"
        year = int(m.group("year")) if m.group("year") else None
        part = (m.group("part") or "").rstrip("-").lower()
        qualifier = f"in {part}" if part else _clean(m.group("q")).lower()
        add(m, Timing("absolute", _clean(m.group(0)), qualifier=qualifier, year=year,
                      month=_month(m.group("month"))))
    for m in RELATIVE.finditer(text):
        amount = _number(m.group("n"))
        q = _clean(m.group("q")).lower()
        anchor = (m.group("anchor") or "").strip().lower()
        bounded = bool(m.group("dir")) or anchor.startswith(("after", "before", "prior", "foll"))
        if amount is None or (q in NEEDS_ANCHOR and not bounded):
            continue  # "at least 45 minutes", "in two years": an amount, not a deadline
        before = bool(m.group("dir")) or anchor.startswith(("before", "prior"))
        add(m, Timing("relative", _clean(m.group(0)), qualifier=q, amount=amount,
                      unit=_unit(m.group("unit")), direction="before" if before else "after",
                      anchor=_clean(m.group("anchor") or "")))
    for m in RELATIVE_FIRST.finditer(text):
        add(m, Timing("relative", _clean(m.group(0)), qualifier="within", amount=1,
                      unit=_unit(m.group("unit")), direction="after",
                      anchor=_clean(m.group("anchor") or "")))
    for m in NEXT_DAY.finditer(text):
        add(m, Timing("relative", _clean(m.group(0)), qualifier=_clean(m.group("q")).lower(),
                      amount=1, unit=_unit(m.group("unit")), direction="after"))
    for m in SAME_DAY.finditer(text):
        add(m, Timing("relative", _clean(m.group(0)), qualifier="same day", amount=0,
                      unit="day", direction="after"))
    for m in ORDINAL_EVENT.finditer(text):
        if m.group(0).lower().startswith(("after", "following", "upon", "at")) and (
            m.group("what").lower() in PERIODS
        ):
            continue  # "students who appear after the first day of school": who, not when
        add(m, Timing("relative", _clean(m.group(0)), qualifier="by", direction="after",
                      anchor=_clean(m.group(0))))
    for m in RELATIVE_BARE.finditer(text):
        amount = _number(m.group("n"))
        if amount is None:
            continue
        before = not m.group("dir").lower().startswith(("after", "following"))
        add(m, Timing("relative", _clean(m.group(0)), qualifier="", amount=amount,
                      unit=_unit(m.group("unit")), direction="before" if before else "after",
                      anchor=_clean(m.group("anchor") or "")))
    for m in LEAD_TIME.finditer(text):
        amount = _number(m.group("n"))
        if amount is not None:
            add(m, Timing("relative", _clean(m.group(0)), qualifier="allow", amount=amount,
                          unit=_unit(m.group("unit")), direction="before"))
    for m in NOTICE.finditer(text):
        amount = _number(m.group("n"))
        if amount is not None:
            add(m, Timing("relative", _clean(m.group(0)), qualifier="notice", amount=amount,
                          unit=_unit(m.group("unit")), direction="before"))
    for m in NUMERIC_DATE.finditer(text):
        if CITED.search(text[max(0, m.start() - 80): m.start()]):
            continue  # "the Successor Agreement ... 01/7/2015": when a document was signed
        year = int(m.group("year"))
        add(m, Timing("absolute", _clean(m.group(0)),
                      qualifier=_clean(m.group("q") or "on").lower(),
                      year=year + 2000 if year < 100 else year, month=int(m.group("month")),
                      day=int(m.group("day"))))
    for m in SOON.finditer(text):
        phrase = _clean(m.group(0))
        direction = "before" if phrase.lower() == "in advance" else "after"
        event = re.match(r"as soon as (?!possible|practicable)(.+)", phrase, re.I)
        add(m, Timing("relative", phrase, qualifier="as soon as" if event else phrase.lower(),
                      amount=0, direction=direction, anchor=event.group(1) if event else ""))
    for m in EVENT.finditer(text):
        q = _clean(m.group("q")).lower()
        before = text[: m.start()]
        if (q == "following" and re.search(r"\bthe\s+$", before, re.I)) or (
            WHO_CLAUSE.search(before)
        ):
            continue  # "the following table"; "students who enroll after the SIMS submission"
        add(m, Timing("relative", _clean(m.group(0)), qualifier=q,
                      direction="before" if q in {"prior to", "before"} else "after",
                      anchor=_clean(m.group("event"))))
    return out
