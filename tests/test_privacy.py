"""Redaction of e-mail addresses, phone numbers and student IDs, without touching the plans' figures."""

from __future__ import annotations

import logging

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.privacy import EMAIL, RedactingFilter, install_log_redaction, redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My e-mail is jane.doe+bus@bps.k12.ma.us, thanks", "My e-mail is [email], thanks"),
        ("Call 617-555-0123 today", "Call [phone] today"),
        ("Call (617) 555 0123 today", "Call [phone] today"),
        ("Call +1 617 555 0123 today", "Call [phone] today"),
        ("Call 617.555.0123 or 1-617-555-0123", "Call [phone] or [phone]"),
        ("Call (617)555-0123", "Call [phone]"),
        ("My son's student ID is 1234567, is he on bus 12?", "My son's student ID is [id], is he on bus 12?"),
        ("ID 00123456.", "ID [id]."),
    ],
)
def test_personal_data_is_replaced(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "In 2023, 95% of buses were on time at 15 schools.",
        "By 2025-11-01 the district had 2,000 more seats and spent $1,500,000.",
        "School year 2022-23 (SY2022-23), circular SUP-19, Paragraph 54, CAO-05.",
        "The rate went from 34% to 94.5% between 2022–2025; 48,000 students ride.",
        "A 1234567% rise and 0.1234567 are numbers, not IDs.",
        "Phone-like ranges such as 100-1000 students stay.",
    ],
)
def test_the_plans_figures_are_left_alone(text: str) -> None:
    assert redact(text) == text


@given(st.text())
@settings(max_examples=400, deadline=None)
def test_redact_never_raises_and_is_idempotent(text: str) -> None:
    once = redact(text)
    assert isinstance(once, str)
    assert redact(once) == once


_LOCAL = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789._+-", min_size=1, max_size=12)
_LABEL = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=10)
_EMAILS = st.builds(lambda a, b, tld: f"{a}@{b}.{tld}", _LOCAL, _LABEL,
                    st.sampled_from(["org", "com", "edu", "us", "k12.ma.us"]))


@given(st.text(), _EMAILS, st.text())
@settings(max_examples=300, deadline=None)
def test_no_email_survives(before: str, email: str, after: str) -> None:
    out = redact(f"{before} {email} {after}")
    assert EMAIL.search(out) is None
    assert email not in out


_PHONES = st.builds(
    lambda fmt, a, b, c: fmt.format(a=a, b=b, c=c),
    st.sampled_from(["{a}-{b}-{c}", "({a}) {b} {c}", "+1 {a} {b} {c}", "{a}.{b}.{c}",
                     "1-{a}-{b}-{c}", "{a}{b}{c}"]),
    st.integers(200, 999).map(str), st.integers(200, 999).map(str),
    st.integers(0, 9999).map(lambda n: f"{n:04d}"),
)


@given(_PHONES, st.sampled_from(["Call ", "my number: ", "", "tel "]),
       st.sampled_from([" please", ".", "", "!"]))
@settings(max_examples=200, deadline=None)
def test_phone_numbers_are_redacted(phone: str, before: str, after: str) -> None:
    assert redact(before + phone + after) == f"{before}[phone]{after}"


@given(st.integers(1900, 2100), st.integers(0, 100), st.integers(1, 999))
def test_years_percentages_and_counts_survive(year: int, percent: int, count: int) -> None:
    text = f"In {year}, {percent}% of buses were late at {count} schools ({year}-{year % 100:02d})."
    assert redact(text) == text


def test_a_log_record_loses_its_personal_data() -> None:
    import io

    logger = logging.getLogger("test_privacy.redaction")
    logger.propagate = False
    out = io.StringIO()
    handler = logging.StreamHandler(out)
    logger.addHandler(handler)
    try:
        installed = install_log_redaction(logger)
        assert isinstance(installed, RedactingFilter)
        logger.warning("question %r from %s", "call me at 617-555-0123", "jo@example.org")
        logger.warning("student %(id)s", {"id": "1234567"})
    finally:
        logger.removeHandler(handler)
    text = out.getvalue()
    assert "617-555-0123" not in text and "jo@example.org" not in text and "1234567" not in text
    assert "[phone]" in text and "[email]" in text and "student [id]" in text
