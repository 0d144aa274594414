"""Expected facts: does an answer state them, whatever the language and number format?

A fact with digits in it is matched on its numbers: every number of the fact must be a
number of the answer, after both are normalised (so "94%", "94 %", "94,0" and
"94.0 por ciento" all state "94", "1,000" and "1 000" state "1000", and digits of other
scripts, such as Arabic-Indic "٩٤" or full-width "９４", count as "94"). Write a number
fact as the number alone ("95", "2022"); its words would not survive translation.
A fact without digits is matched as a phrase, ignoring case, accents and punctuation
around words ("Kreyòl" matches "kreyol").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from assistant.compose.grounding import numbers_in

_SPACE = re.compile(r"\s+")
# scripts written without spaces between words: match them as plain substrings
_SEPARATORS = str.maketrans({"\u066b": ".", "\u066c": ",", "\uff0c": ",", "\uff0e": "."})
_NO_SPACES = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")


def fold(text: str) -> str:
    """Lower-case, accent-free, single-spaced text for word matching."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACE.sub(" ", stripped.casefold()).strip()


def ascii_digits(text: str) -> str:
    """Write the digits and number separators of any script as ASCII."""
    return "".join(
        str(unicodedata.decimal(ch)) if ch.isdecimal() and not ch.isascii() else ch
        for ch in text.translate(_SEPARATORS)
    )


def numbers_of(text: str) -> set[str]:
    """The normalised numbers in `text`, whatever script its digits are in."""
    return numbers_in(ascii_digits(text))


def fact_numbers(fact: str) -> set[str]:
    """The normalised numbers a fact states (empty for a word fact)."""
    return numbers_of(fact) if any(ch.isdecimal() for ch in fact) else set()


def fact_present(fact: str, answer: str) -> bool:
    """Whether `answer` states `fact`."""
    wanted = fact_numbers(fact)
    if wanted:
        return wanted <= numbers_of(answer)
    phrase = fold(fact)
    if not phrase:
        return False
    haystack = fold(answer)
    if _NO_SPACES.search(phrase):
        return phrase in haystack
    return re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", haystack) is not None


def missing_facts(facts: Iterable[str], answer: str) -> list[str]:
    """The facts that `answer` does not state, in their given order."""
    return [fact for fact in facts if not fact_present(fact, answer)]
