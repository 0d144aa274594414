"""The timing parser: phrases as the documents write them -> structured timings and due dates."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from assistant.obligations.timing import Timing, find_timings, parse_timing

TODAY = date(2025, 9, 15)

# phrase -> the fields that matter for it
CASES: list[tuple[str, dict[str, Any]]] = [
    # absolute: dates and named months
    ("ILPs must be finalized by October 15, 2023.",
     {"kind": "absolute", "year": 2023, "month": 10, "day": 15, "qualifier": "by"}),
    ("Submit the form by October 15.", {"kind": "absolute", "year": None, "month": 10, "day": 15}),
    ("no later than March 1st, 2024", {"kind": "absolute", "year": 2024, "month": 3, "day": 1}),
    ("Requests must be made before the end of October.",
     {"kind": "absolute", "month": 10, "day": None, "qualifier": "by the end of"}),
    ("by the end of October", {"kind": "absolute", "month": 10, "day": None}),
    ("Principals are notified in late October.",
     {"kind": "absolute", "month": 10, "qualifier": "in late"}),
    ("renovate bathrooms by June 2023", {"kind": "absolute", "year": 2023, "month": 6, "day": None}),
    ("due Dec. 31", {"kind": "absolute", "month": 12, "day": 31}),
    # relative: to an event
    ("within 24 hours", {"kind": "relative", "amount": 24, "unit": "hour"}),
    ("within 3 business days", {"kind": "relative", "amount": 3, "unit": "business day"}),
    ("within three (3) school working days of the restraint",
     {"kind": "relative", "amount": 3, "unit": "school working day",
      "anchor": "of the restraint"}),
    ("within 48 hours of each observation",
     {"kind": "relative", "amount": 48, "unit": "hour", "anchor": "of each observation"}),
    ("no later than 20 days after enrollment",
     {"kind": "relative", "amount": 20, "unit": "day", "anchor": "after enrollment"}),
    ("by written report no later than the next school working day",
     {"kind": "relative", "amount": 1, "unit": "school working day"}),
    ("request an interpreter at least 3 weeks ahead",
     {"kind": "relative", "amount": 3, "unit": "week", "direction": "before"}),
    ("at least three (3) school days in advance",
     {"kind": "relative", "amount": 3, "unit": "school day", "direction": "before"}),
    ("notify school administration as soon as possible", {"kind": "relative", "amount": 0}),
    ("tell the parent by the end of the day of the restraint",
     {"kind": "relative", "amount": 0, "unit": "day"}),
    ("within the first month of their hire",
     {"kind": "relative", "amount": 1, "unit": "month", "anchor": "of their hire"}),
    ("no later than the student’s third absence", {"kind": "relative"}),
    # recurring
    ("every two weeks", {"kind": "recurring", "frequency": "weekly", "interval": 2}),
    ("Once every two weeks, school leaders observe",
     {"kind": "recurring", "frequency": "weekly", "interval": 2}),
    ("a weekly review of the data", {"kind": "recurring", "frequency": "weekly", "interval": 1}),
    ("The School Leader shall conduct a monthly review.",
     {"kind": "recurring", "frequency": "monthly", "interval": 1}),
    ("Once a quarter, starting at the end of September",
     {"kind": "recurring", "frequency": "monthly", "interval": 3}),
    ("reviewed and updated biennially", {"kind": "recurring", "frequency": "yearly",
                                         "interval": 2}),
    ("in October, December and March",
     {"kind": "recurring", "frequency": "yearly", "months": (3, 10, 12)}),
    ("at the start of each school year and again before each reporting deadline in October, "
     "December and March", {"kind": "recurring", "months": (3, 9, 10, 12)}),
    ("The training must be completed within the month of September of every school year.",
     {"kind": "recurring", "frequency": "yearly", "months": (9,)}),
    ("explain expectations at the start of the school year",
     {"kind": "recurring", "months": (9,)}),
    ("Each October, BPS will submit an annual report",
     {"kind": "recurring", "frequency": "yearly", "months": (10,)}),
    ("audits: Fall, Mid- Year, End of Year.", {"kind": "recurring", "frequency": "yearly"}),
    ("take attendance at the beginning of every class period",
     {"kind": "recurring", "frequency": "daily"}),
    # dates as circulars write them in tables and steps
    ("forwarded to NACC no later than Friday, May 10, 2024.",
     {"kind": "absolute", "year": 2024, "month": 5, "day": 10, "qualifier": "no later than"}),
    ("OMME will review assessment samples 05/17/24 for data validation.",
     {"kind": "absolute", "year": 2024, "month": 5, "day": 17}),
    ("Send the roster by 3/1/2024.", {"kind": "absolute", "year": 2024, "month": 3, "day": 1,
                                      "qualifier": "by"}),
    # relative: an event with no amount, or an amount with no other word
    ("This determination must be conducted prior to spending Title I funds.",
     {"kind": "relative", "qualifier": "prior to", "direction": "before", "amount": None}),
    ("The school nurse should assess the student's condition after any restraint.",
     {"kind": "relative", "direction": "after", "anchor": "any restraint"}),
    ("Written consent must be obtained before beginning counseling.",
     {"kind": "relative", "direction": "before"}),
    ("the principal shall contact the families prior to any investigation",
     {"kind": "relative", "anchor": "any investigation"}),
    ("upon receipt of the complaint", {"kind": "relative", "direction": "after"}),
    ("After the eighth unexcused absence, the attendance representative shall coordinate",
     {"kind": "relative"}),
    ("At the fourth unexcused absence in any term, a meeting shall be convened",
     {"kind": "relative"}),
    ("confirmation should be made three (3) school days before the scheduled trip",
     {"kind": "relative", "amount": 3, "unit": "school day", "direction": "before"}),
    ("all buses must depart the school by 10 minutes after the bell time",
     {"kind": "relative", "amount": 10, "unit": "minute", "direction": "after"}),
    ("Upon completion of the investigation (not beyond five school days after the receipt of the "
     "complaint), the principal will notify the families",
     {"kind": "relative", "amount": 5, "unit": "school day"}),
    ("For translations, requesters should allow a minimum of 2 weeks.",
     {"kind": "relative", "amount": 2, "unit": "week", "direction": "before"}),
    ("so that the investigation will begin before the end of the day",
     {"kind": "relative", "amount": 0, "unit": "day"}),
    # recurring
    ("Fixtures shall be flushed every morning for two (2) minutes.",
     {"kind": "recurring", "frequency": "daily"}),
    # notice given ahead: relative, before
    ("A 48-hour notice of cancellation is required.",
     {"kind": "relative", "amount": 48, "unit": "hour", "direction": "before"}),
    ("we require a 24- hour notice of cancellation", {"kind": "relative", "amount": 24}),
    ("give two weeks' notice", {"kind": "relative", "amount": 2, "unit": "week"}),
    # a number with its word in brackets; any number of days after "every"
    ("delivered to a lab within 14 (fourteen) days of collection",
     {"kind": "relative", "amount": 14, "unit": "day"}),
    ("update the strategies every 90 days", {"kind": "recurring", "frequency": "daily",
                                            "interval": 90}),
    # a named month, or part of one
    ("complete the procedures no later than October",
     {"kind": "absolute", "month": 10, "qualifier": "no later than"}),
    ("By the first week of October, the school leader shall",
     {"kind": "absolute", "month": 10, "day": None}),
    # the first days of school come once a year
    ("During the first week of school, teachers should call",
     {"kind": "recurring", "frequency": "yearly", "months": (9,)}),
    # an event the duty waits for
    ("Time-out shall cease as soon as the student has calmed and no time-out can exceed 30 "
     "minutes.", {"kind": "relative", "amount": 0, "anchor": "the student has calmed"}),
    ("At the beginning of each fiscal year, each office must set a goal.",
     {"kind": "recurring", "frequency": "yearly", "months": (7,)}),
    # none: a month name inside a word; "immediately" before an adjective; "daily" as a
    # measure of instruction or a way of life
    ("counsel students about behaviors that impact daily school functioning", {"kind": "none"}),
    ("In deciding whether to notify, the administrator should", {"kind": "none"}),
    ("Staff shall be with the student or immediately available at all times.", {"kind": "none"}),
    # none: a date inside a clause that says who is meant, or on what condition
    ("For ELs who have been enrolled in a U.S. school for the first time after March 1, 2024, "
     "testing is required, provided that the student enrolls before February 7, 2025.",
     {"kind": "none"}),
    ("The staff member who restrains a student must tell the principal as soon as possible.",
     {"kind": "relative", "amount": 0}),  # the duty phrase closes the "who" clause
    # none: amounts and names are not deadlines
    ("Students who appear after the first day of school should be entered.", {"kind": "none"}),
    ("students who enroll in school after the October SIMS submission", {"kind": "none"}),
    ("TABLE 4: The following table outlines which test to administer.", {"kind": "none"}),
    ("the record of restraints for the 30-day period prior to the date of the reported restraint",
     {"kind": "none"}),
    ("In the event an accident occurs after school hours, call the principal.", {"kind": "none"}),
    ("the Dear Colleague Letter (01/7/2015)", {"kind": "none"}),
    ("at least 135 minutes of ESL a day", {"kind": "none"}),
    ("staff hired in two years", {"kind": "none"}),
    ("communicate these dates via the Friday Flyer and Weekly Recap", {"kind": "none"}),
    ("The review found problems (Boston Globe, 2023-02-24).", {"kind": "none"}),
    ("Seclusion is prohibited.", {"kind": "none"}),
]


@pytest.mark.parametrize(("phrase", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_phrase_parses_to_structured_timing(phrase: str, expected: dict[str, Any]) -> None:
    timing = parse_timing(phrase)
    got = {key: getattr(timing, key) for key in expected}
    assert got == expected, timing


@pytest.mark.parametrize(
    ("phrase", "due"),
    [
        ("by October 15, 2023", date(2023, 10, 15)),  # a past deadline keeps its date
        ("by October 15", date(2025, 10, 15)),
        ("by September 1", date(2026, 9, 1)),  # passed this year: next year's
        ("before the end of October", date(2025, 10, 31)),
        ("by the end of February", date(2026, 2, 28)),
        ("in October, December and March", date(2025, 10, 31)),
        ("every two weeks", date(2025, 9, 28)),
        ("weekly", date(2025, 9, 21)),
        ("daily", TODAY),
        ("monthly", date(2025, 9, 30)),
        ("quarterly", date(2025, 9, 30)),
        ("annually", None),  # no month: no date to give
        ("within 24 hours", None),  # hangs on an event
        ("no timing at all", None),
    ],
)
def test_next_due(phrase: str, due: date | None) -> None:
    assert parse_timing(phrase).next_due(TODAY) == due


def test_describe_reads_naturally() -> None:
    assert parse_timing("by October 15, 2023").describe() == "by October 15, 2023"
    assert parse_timing("every two weeks").describe() == "every 2 weeks"
    assert parse_timing("in October, December and March").describe() == (
        "every year in March, October and December"
    )
    assert parse_timing("within 3 business days").describe() == "within 3 business days"
    assert Timing().describe() == ""


def test_find_timings_keeps_reading_order() -> None:
    text = ("verbally inform the parent within 24 hours of the event, and send a written report "
            "within three school working days")
    kinds = [(t.kind, t.amount) for t in find_timings(text)]
    assert kinds == [("relative", 24), ("relative", 3)]
