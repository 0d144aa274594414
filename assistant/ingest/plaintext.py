"""Load plain text: Markdown-style or numbered/ALL-CAPS headings, else one section."""

from __future__ import annotations

import functools
import itertools
import logging
import re
from pathlib import Path

from assistant.ingest.headings import (
    DEFAULT_PLAN,
    Block,
    HeadingStack,
    ingest_error,
    join_wrapped,
    looks_like_heading,
    make_document,
    numbering_rank,
)
from assistant.types import Document

log = logging.getLogger(__name__)

_ATX = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_SETEXT = re.compile(r"^(=+|-+)\s*$")
_BULLET = re.compile(r"^\s*[-*+•]\s+")


def load_plaintext(path: Path, *, plan: str = DEFAULT_PLAN, area: str | None = None,
                   language: str | None = None, doc_id: str | None = None,
                   title: str | None = None) -> Document:
    """Load a text file into sections at its headings, paragraphs split at blank lines."""
    text = read_text(path)
    lines = text.splitlines()
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", text)}
    marked = any(_ATX.match(line) for line in lines) or any(
        _SETEXT.match(b) and a.strip() for a, b in itertools.pairwise(lines))
    stack = HeadingStack()
    blocks = [Block((), [])]
    paragraph: list[str] = []

    def end_paragraph() -> None:
        if paragraph:
            blocks[-1].paragraphs.append(functools.reduce(
                lambda before, after: join_wrapped(before, after, words), paragraph))
            paragraph.clear()

    def open_section(heading: str, level: float) -> None:
        end_paragraph()
        blocks.append(Block(stack.push(heading.strip(), level), []))

    for i, line in enumerate(lines):
        stripped = line.strip()
        after = lines[i + 1] if i + 1 < len(lines) else ""
        atx = _ATX.match(stripped)
        if atx:
            open_section(atx.group(2), len(atx.group(1)))
        elif marked and _SETEXT.match(stripped) and not paragraph and blocks[-1].path:
            continue  # the underline of a setext heading already opened
        elif marked and stripped and _SETEXT.match(after.strip()) and not paragraph:
            open_section(stripped, 1 if after.strip()[0] == "=" else 2)
        elif (not marked and looks_like_heading(stripped) and not paragraph
              and not after.strip()):
            open_section(stripped, numbering_rank(stripped))
        elif not stripped:
            end_paragraph()
        elif _BULLET.match(line):
            end_paragraph()
            paragraph.append(_BULLET.sub("- ", line.strip()))
        else:
            paragraph.append(stripped)
    end_paragraph()
    found = blocks[1].path[0] if len(blocks) > 1 and not blocks[0].paragraphs else None
    return make_document(path, blocks, plan=plan, area=area, language=language,
                         doc_id=doc_id, title=title, found_title=found)


def read_text(path: Path) -> str:
    """Decode a text file (UTF-8, else Windows-1252), refusing empty or binary files."""
    raw = path.read_bytes()
    if not raw.strip():
        raise ingest_error(path, "the file is empty")
    if b"\x00" in raw[:8192]:
        raise ingest_error(path, "not a text file (binary content)")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    controls = sum(1 for ch in text[:8192] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > 0.02 * min(len(text), 8192) or text.count("\ufffd") > 0.02 * len(text):
        raise ingest_error(path, "not a text file (binary content)")
    return text
