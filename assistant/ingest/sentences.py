"""Split text into sentences in any of our languages, keeping each sentence verbatim."""

from __future__ import annotations

import re
from collections.abc import Iterable

_ABBREVIATIONS = {
    "e.g",
    "i.e",
    "etc",
    "vs",
    "no",
    "nos",
    "st",
    "dr",
    "mr",
    "mrs",
    "ms",
    "jr",
    "sr",
    "u.s",
    "a.m",
    "p.m",
    "approx",
    "inc",
    "dept",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "fig",
    "sec",
    "art",
    "p",
    "pp",
    "ex",
    "sra",
    "dra",
    "av",
    "núm",
    "n",
}
# a sentence ends at . ! ? (optionally followed by a closing quote or bracket) and a space,
# or at a CJK/Arabic full stop, question or exclamation mark
_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+|(?<=[。！？؟])\s*")
_BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")


def split_sentences(text: str) -> list[str]:
    """Return the sentences of `text`; list items and table rows are sentences of their own."""
    out: list[str] = []
    for block in _blocks(text):
        if block.startswith("|"):
            out.append(block)
            continue
        out.extend(_split_block(block))
    return [s for s in (s.strip() for s in out) if s]


def _blocks(text: str) -> list[str]:
    """Group lines into paragraphs, list items and table rows."""
    blocks: list[str] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            blocks.append(" ".join(current))
            current.clear()

    for line in text.splitlines():
        stripped = line.strip()
        if not stripped:
            flush()
        elif stripped.startswith("|"):
            flush()
            if not re.fullmatch(r"\|[\s:|-]+\|?", stripped):
                blocks.append(stripped)
        elif _BULLET.match(line):
            flush()
            current.append(_BULLET.sub("", line).strip())
        else:
            current.append(stripped)
    flush()
    return blocks


def _split_block(block: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for match in _END.finditer(block):
        end = match.start()
        candidate = block[start:end].rstrip()
        if not candidate:
            continue
        last = re.split(r"[\s(]", candidate)[-1].rstrip(".")
        nxt = block[match.end() : match.end() + 1]
        initial = len(last) == 1 and last.isupper()  # "J. Smith", but Creole "... lekòl la a."
        if candidate.endswith(".") and (last.lower() in _ABBREVIATIONS or initial):
            continue  # "e.g. the", "U.S. law", "J. Smith"
        if candidate.endswith(".") and nxt and nxt.islower():
            continue  # a lower-case next word rarely starts a sentence
        pieces.append(block[start : match.end()].strip())
        start = match.end()
    if block[start:].strip():
        pieces.append(block[start:].strip())
    return pieces


def quotable_sentences(text: str) -> list[str]:
    """Sentences an answer may quote: everything but table rows."""
    return [s for s in split_sentences(text) if not s.startswith("|")]


def join_overlapping(texts: list[str]) -> str:
    """Join consecutive chunks of a section, dropping the sentences they share."""
    seen: set[str] = set()
    kept: list[str] = []
    for text in texts:
        for sentence in split_sentences(text):
            if sentence not in seen:
                seen.add(sentence)
                kept.append(sentence)
    return " ".join(kept)


# a parenthesis (one level of nesting inside) that ends the sentence, before its full stop
_TRAILING_PAREN = re.compile(r"\s*\(((?:[^()]|\([^()]*\))*)\)([.!?。！？؟]?)\s*$")


def strip_source_label(sentence: str, labels: Iterable[str]) -> tuple[str, tuple[str, ...]]:
    """Split the source label off the end of a sentence: ("Buses ... (WBUR, 2022).", labels).

    Only a parenthesis that names nothing but known source labels ("(WBUR, 2022; BPS SIP
    page)") is taken off; the sentence keeps its full stop. Returns the sentence as it is and
    no labels when it does not end with one.
    """
    known = set(labels)
    match = _TRAILING_PAREN.search(sentence) if known else None
    if not match:
        return sentence, ()
    parts = tuple(p.strip() for p in match.group(1).split(";"))
    if not all(p in known for p in parts):
        return sentence, ()
    return sentence[: match.start()] + match.group(2), parts
