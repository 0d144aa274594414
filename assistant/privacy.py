"""Keep personal data out of what we store: e-mail addresses, phone numbers, student IDs.

`redact` replaces them with `[email]`, `[phone]` and `[id]`. It must not touch what the plans
are made of: years (2023), dates (2025-11-01), school years (2022-23), percentages (95%),
counts (15 schools), formatted figures (2,000 or $1,500,000) and circular codes (SUP-19).
"""

from __future__ import annotations

import logging
import re

EMAIL = re.compile(r"[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}")
# US numbers: 617-555-0123, (617) 555 0123, 617.555.0123, +1 617 555 0123, 1-617-555-0123,
# 6175550123; not preceded or followed by another digit or word character
PHONE = re.compile(
    r"(?<![\w+])(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-]?)\d{3}[\s.-]?\d{4}(?!\w)"
)
# a run of 6 or more digits that is not part of a formatted figure: not after "$", a
# decimal point or a digit group separator, not before "%" or another group
STUDENT_ID = re.compile(r"(?<![\d$.,])\d{6,}(?![\d%]|[.,]\d)")
_MAX_PASSES = 5


def redact(text: str) -> str:
    """Replace e-mail addresses, phone numbers and student-ID-like numbers by placeholders."""
    for _ in range(_MAX_PASSES):
        # repeat until nothing changes, so redact(redact(x)) == redact(x) by construction
        done = _once(text)
        if done == text:
            break
        text = done
    return text


def _once(text: str) -> str:
    text = EMAIL.sub("[email]", text)
    text = PHONE.sub("[phone]", text)
    return STUDENT_ID.sub("[id]", text)


class RedactingFilter(logging.Filter):
    """A logging filter that redacts the message and string arguments of every record."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact in place; never drop the record."""
        if isinstance(record.msg, str):
            record.msg = redact(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(redact(a) if isinstance(a, str) else a for a in record.args)
        elif isinstance(record.args, dict):
            args = record.args
            record.args = {k: redact(v) if isinstance(v, str) else v for k, v in args.items()}
        return True


def install_log_redaction(logger: logging.Logger | None = None) -> RedactingFilter:
    """Add a `RedactingFilter` to the handlers of `logger` (default: the root logger)."""
    target = logger or logging.getLogger()
    found = RedactingFilter()
    for handler in target.handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(found)
    return found
