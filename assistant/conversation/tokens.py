"""Words of a question with their place in it, so a phrase found can be cut out or replaced.

A word keeps three forms: as typed (casefolded, accents kept: "está" is not "esta"), folded
(no accents) and stemmed ("buses" -> "bus"). Chinese characters are one word each.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from assistant.metrics.languages import fold
from assistant.metrics.matching import stem

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_CJK}]|[^\W_{_CJK}]+(?:['’\-][^\W_{_CJK}]+)*")
_CJK_CHAR = re.compile(f"[{_CJK}]")
_ELISION = re.compile(r"(?:[ldjnsctm]|qu)['’](?=[^\W\d_])", re.IGNORECASE)
END_PUNCT = re.compile(r"\s*[?？؟!！.。]+\s*$")

Phrase = tuple[str, ...]


@dataclass(frozen=True)
class Token:
    """One word of a text and where it is."""

    text: str  # as written
    raw: str  # casefolded, accents kept
    folded: str
    stem: str
    start: int
    end: int

    @property
    def cjk(self) -> bool:
        """Whether this is a Chinese character."""
        return bool(_CJK_CHAR.fullmatch(self.raw))


def tokenize(text: str) -> list[Token]:
    """The words of `text`, in order; French elisions are words of their own ("l'", "qu'")."""
    out = []
    for m in _TOKEN.finditer(text):
        word, start = m.group(), m.start()
        elided = _ELISION.match(word)
        if elided:
            cut = elided.end()
            out.append(_token(word[:cut], start))
            word, start = word[cut:], start + cut
        out.append(_token(word, start))
    return out


def _token(word: str, start: int) -> Token:
    raw = word.casefold().replace("’", "'")
    folded = fold(raw)
    return Token(word, raw, folded, stem(folded), start, start + len(word))


def phrase(text: str, stemmed: bool = True) -> Phrase:
    """A phrase of a word list as the sequence of its word keys."""
    return tuple(t.stem if stemmed else t.folded for t in tokenize(text))


def phrases(texts: Iterable[str], stemmed: bool = True) -> tuple[Phrase, ...]:
    """Phrases longest first, so "school buses" wins over "buses"."""
    found = {p for p in (phrase(t, stemmed) for t in texts) if p}
    return tuple(sorted(found, key=lambda p: (-len(p), p)))


def keys(tokens: Sequence[Token], stemmed: bool = True) -> list[str]:
    """The stem (or folded form) of every token."""
    return [t.stem if stemmed else t.folded for t in tokens]


def find(
    tokens: Sequence[Token],
    labelled: Sequence[tuple[str, Phrase]],
    stemmed: bool = True,
    lo: int = 0,
    hi: int | None = None,
) -> list[tuple[int, int, str]]:
    """Non-overlapping (start, end, label) of the phrases in tokens[lo:hi], longest first."""
    hi = len(tokens) if hi is None else hi
    words = keys(tokens, stemmed)
    taken = [False] * len(tokens)
    found: list[tuple[int, int, str]] = []
    for label, wanted in sorted(labelled, key=lambda lp: -len(lp[1])):
        n = len(wanted)
        for i in range(lo, hi - n + 1):
            if tuple(words[i : i + n]) == wanted and not any(taken[i : i + n]):
                found.append((i, i + n, label))
                for k in range(i, i + n):
                    taken[k] = True
    return sorted(found)


def starts_with(tokens: Sequence[Token], options: Sequence[Phrase], at: int = 0,
                stemmed: bool = False) -> int:
    """How many tokens from `at` match the longest of `options` (0 when none does)."""
    words = keys(tokens, stemmed)
    for wanted in sorted(options, key=len, reverse=True):
        if wanted and tuple(words[at : at + len(wanted)]) == wanted:
            return len(wanted)
    return 0


def ends_with(tokens: Sequence[Token], options: Sequence[Phrase], stemmed: bool = False) -> int:
    """How many final tokens match the longest of `options` (0 when none does)."""
    words = keys(tokens, stemmed)
    for wanted in sorted(options, key=len, reverse=True):
        if wanted and len(words) >= len(wanted) and tuple(words[-len(wanted) :]) == wanted:
            return len(wanted)
    return 0


def joined(tokens: Sequence[Token]) -> tuple[str, list[int]]:
    """Folded words joined by spaces (none between Chinese characters), and where each starts."""
    text = ""
    starts: list[int] = []
    for i, t in enumerate(tokens):
        if i and not (t.cjk and tokens[i - 1].cjk) and not tokens[i - 1].folded.endswith("'"):
            text += " "
        starts.append(len(text))
        text += t.folded
    return text, starts


def span_text(text: str, tokens: Sequence[Token], i: int, j: int) -> str:
    """The original text of tokens[i:j] (empty when i >= j)."""
    if i >= j:
        return ""
    return text[tokens[i].start : tokens[j - 1].end]


def splice(text: str, cuts: Sequence[tuple[int, int, str]]) -> str:
    """Replace character ranges (start, end, new text) of `text`, then tidy the spaces."""
    for start, end, new in sorted(cuts, reverse=True):
        text = text[:start] + new + text[end:]
    text = re.sub(r"\s{2,}", " ", text)
    text = re.sub(r"\s+([,;:])", r"\1", text)
    text = re.sub(r"([¿¡])\s+", r"\1", text)
    text = re.sub(r"(\b[ldjnsctm]|\bqu)(['’])\s+", r"\1\2", text, flags=re.IGNORECASE)
    return re.sub(r"\s+([?!.。？])", r"\1", text).strip()


def capitalize(text: str) -> str:
    """Upper-case the first letter (after an opening "¿" or "¡")."""
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1 :]
        if ch not in "¿¡\"'( ":
            return text
    return text


def end_punct(text: str, default: str = "?") -> str:
    """The question's closing punctuation ("?", " ?" in French, "？", "؟")."""
    m = END_PUNCT.search(text)
    return m.group().rstrip() if m else default


def without_end_punct(text: str) -> str:
    """`text` without its closing punctuation."""
    return END_PUNCT.sub("", text).strip()
