"""Check a generated answer against its sources and keep only what they back.

Enforcement, not trust: a citation that points to no source is removed; a sentence left
without a citation, stating a number its cited sources do not contain, or repeating an
instruction found inside a source is dropped; the "not in the sources" marker makes a
refusal; the citations kept are renumbered 1..m in order of first use.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from assistant.compose.grounding import ungrounded_numbers
from assistant.compose.prompt import Source
from assistant.ingest.sentences import split_sentences
from assistant.retrieval.keyword import tokenize

# [1], [1, 2], [1][3], [source 2], 【1】
_MARK = re.compile(r"[\[【]\s*(?:sources?\s*)?(\d+(?:\s*[,;]\s*\d+)*)\s*[\]】]", re.I)
# citation marks after the sentence's full stop move before it, so they stay with it
_MARKS_AFTER_STOP = re.compile(
    r"([.!?。！？؟]+[\"'”’)]*)((?:\s*[\[【]\s*(?:sources?\s*)?\d[\d\s,;]*[\]】])+)", re.I
)
_MARKER = re.compile(r"NOT[\s_]*IN[\s_]*(?:THE[\s_]*)?SOURCES", re.I)
_THINK = re.compile(r"<think>.*?(?:</think>|$)", re.S | re.I)  # reasoning models' scratchpad
_BULLET = re.compile(r"^\s*(?:[-*•+]|\d+[.)])\s+")
# sentences of a source that address a model rather than a reader
_INSTRUCTION = re.compile(
    r"\b(?:ignor\w*|disregard\w*|forget|olvid\w*|oubli\w*|overrid\w*|bypass\w*)\b"
    r"[^.!?]{0,60}?\b(?:instruc\w*|rules?|reglas?|r[eè]gles?|prompts?|directions?|guidelines?)"
    r"|\bsystem prompt\b|\blanguage model\b"
    r"|\byou are (?:now )?(?:an? )?(?:ai|assistant|chatbot)\b"
    r"|\b(?:the|this) (?:ai|assistant|chatbot|model) (?:must|should|will)\b",
    re.I,
)
ECHO_SHARE = 0.6  # share of a sentence's words taken from an instruction to count as obeying


@dataclass(frozen=True)
class Checked:
    """What is left of a generated answer after the checks."""

    text: str  # kept sentences, citations renumbered 1..m
    used: tuple[Source, ...]  # the sources cited, in their new order
    kept: int
    dropped: int
    refused: bool  # the model said the sources do not answer
    reasons: tuple[str, ...] = ()  # why sentences were dropped (no user text)


def check_answer(raw: str, sources: Sequence[Source]) -> Checked:
    """Keep the sentences of `raw` that cite a source backing them, renumbered."""
    text = ascii_digits(_THINK.sub("", raw)).strip()
    if _MARKER.search(text):
        return Checked("", (), 0, 0, refused=True)
    by_number = {s.n: s for s in sources}
    instructions, plain = _source_sentences(sources)
    order: dict[int, int] = {}
    lines: list[str] = []
    kept = dropped = 0
    reasons: list[str] = []
    for line in text.splitlines():
        bullet = _BULLET.match(line)
        body = line[bullet.end() :] if bullet else line
        body = re.sub(r"\s+", " ", _MARKS_AFTER_STOP.sub(r" \2\1", body)).strip()
        out: list[str] = []
        for sentence in split_sentences(body) if body else []:
            words = _MARK.sub(" ", sentence)
            if not any(ch.isalnum() for ch in words):
                continue  # a stray mark or a rule line: nothing claimed
            cited = [n for n in _numbers(sentence) if n in by_number]
            reason = _problem(words, cited, by_number, instructions, plain)
            if reason:
                dropped += 1
                reasons.append(reason)
                continue
            for n in cited:
                order.setdefault(n, len(order) + 1)
            kept += 1
            out.append(_renumber(sentence, by_number, order))
        if out:
            lines.append(("- " if bullet else "") + " ".join(out))
    used = tuple(by_number[n] for n in sorted(order, key=order.__getitem__))
    return Checked("\n".join(lines), used, kept, dropped, refused=False, reasons=tuple(reasons))


def ascii_digits(text: str) -> str:
    """Write digits of any script (Arabic-Indic, full-width...) as 0-9 so numbers compare."""
    if text.isascii():
        return text
    out = []
    for ch in text:
        if ch.isdecimal() and not ch.isascii():
            out.append(str(unicodedata.decimal(ch)))
        else:
            out.append({"٫": ".", "٬": ","}.get(ch, ch))
    return "".join(out)


def _problem(
    words: str,
    cited: list[int],
    by_number: dict[int, Source],
    instructions: list[set[str]],
    plain: list[set[str]],
) -> str:
    """Why a sentence cannot stay, or "" when it can."""
    if not cited:
        return "no citation to a source"
    if ungrounded_numbers(words, (by_number[n].text for n in cited)):
        return "a number not in its cited sources"
    if _echoes(words, instructions, plain):
        return "repeats an instruction found in a source"
    return ""


def _numbers(sentence: str) -> list[int]:
    """Citation numbers of a sentence, in order, without repeats."""
    seen: list[int] = []
    for mark in _MARK.finditer(sentence):
        for raw in re.split(r"[,;]", mark.group(1)):
            n = int(raw.strip())
            if n not in seen:
                seen.append(n)
    return seen


def _renumber(sentence: str, by_number: dict[int, Source], order: dict[int, int]) -> str:
    """Rewrite each mark as [m] per valid source; drop marks pointing to nothing."""

    def rewrite(mark: re.Match[str]) -> str:
        numbers = [int(raw.strip()) for raw in re.split(r"[,;]", mark.group(1))]
        valid = dict.fromkeys(order[n] for n in numbers if n in by_number)
        return "".join(f"[{m}]" for m in valid)

    out = _MARK.sub(rewrite, sentence)
    out = re.sub(r"\]\s+\[", "][", out)
    out = re.sub(r"\s+([.,;:!?。！？؟])", r"\1", out)
    return re.sub(r"\s{2,}", " ", out).strip()


def _source_sentences(sources: Sequence[Source]) -> tuple[list[set[str]], list[set[str]]]:
    """Word sets of the sources' sentences: those addressing a model, and the others."""
    instructions: list[set[str]] = []
    plain: list[set[str]] = []
    for source in sources:
        for sentence in split_sentences(source.text):
            words = set(tokenize(sentence))
            (instructions if _INSTRUCTION.search(sentence) else plain).append(words)
    return instructions, plain


def _echoes(sentence: str, instructions: list[set[str]], plain: list[set[str]]) -> bool:
    """Whether the sentence takes its words from an instruction more than from any fact."""
    words = set(tokenize(sentence))
    if not words or not instructions:
        return False
    best_instruction = max(len(words & other) / len(words) for other in instructions)
    best_plain = max((len(words & other) / len(words) for other in plain), default=0.0)
    return best_instruction >= ECHO_SHARE and best_instruction > best_plain
