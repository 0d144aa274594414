"""Grounding check: every number in an answer must stand in a cited passage or metrics row."""

from __future__ import annotations

import re
from collections.abc import Iterable

# a number: digits with optional thousands groups (",", ".", thin/normal/no-break spaces)
# and an optional decimal part; dates like 2022-06-29 yield 2022, 06 and 29
_NUMBER = re.compile(r"\d+(?:[,.\u00a0\u202f ]\d{3})*(?:[.,]\d+)?")
_CITATION_MARK = re.compile(r"\[\d+\]")


def normalise_number(raw: str) -> str:
    """Canonical form: no thousands separators, '.' decimal, no leading zeros, no '.0'."""
    text = raw.replace("\u00a0", " ").replace("\u202f", " ")
    groups = re.fullmatch(r"(\d+)((?:[ ,.]\d{3})+)([.,]\d{1,2})?", text)
    if groups and not (
        groups.group(3) is None
        and re.fullmatch(r"\d+[.,]\d{3}", text)
        and "," not in text
        and len(groups.group(1)) > 3
    ):
        integer = groups.group(1) + re.sub(r"[ ,.]", "", groups.group(2))
        decimal = (groups.group(3) or "")[1:]
    else:
        head, _, decimal = re.sub(r" ", "", text).replace(",", ".").partition(".")
        integer = head
    integer = integer.lstrip("0") or "0"
    decimal = decimal.rstrip("0")
    return f"{integer}.{decimal}" if decimal else integer


def numbers_in(text: str) -> set[str]:
    """All numbers in `text`, normalised; citation markers like [2] are ignored."""
    cleaned = _CITATION_MARK.sub(" ", text)
    return {normalise_number(m.group(0).strip()) for m in _NUMBER.finditer(cleaned)}


def ungrounded_numbers(answer: str, evidence: Iterable[str]) -> set[str]:
    """Numbers of `answer` that appear in none of the evidence texts."""
    allowed: set[str] = set()
    for text in evidence:
        allowed |= numbers_in(text)
    return numbers_in(answer) - allowed
