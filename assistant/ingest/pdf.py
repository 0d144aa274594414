"""Load a PDF: text by page, headings from font size and weight, running headers dropped."""

from __future__ import annotations

import itertools
import logging
import re
import statistics
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.ingest.headings import (
    DEFAULT_PLAN,
    Block,
    HeadingStack,
    circular_code,
    clean_title,
    ingest_error,
    is_numbered,
    join_wrapped,
    looks_like_heading,
    make_document,
    numbering_rank,
)
from assistant.types import Document

log = logging.getLogger(__name__)

MARGIN = 0.12  # share of the page height where running headers and footers live
_BOLD = re.compile(r"bold|black|heavy|demi", re.IGNORECASE)  # also matches SemiBold
_PAGE_NUMBER = re.compile(r"^(page\s*)?\d+(\s*(of|/)\s*\d+)?$", re.IGNORECASE)
_BOILERPLATE = re.compile(r"^(superintendent[’']?s\s+circular|number:?(\s*[A-Z]{2,4}-\d{1,3})?"
                          r"|[A-Z]{2,4}-\d{1,3}|version\s*\d+)$", re.IGNORECASE)
_DAMAGED = "not a valid PDF (the file is damaged)"
_REASONS = {"PDFPasswordIncorrect": "the file is encrypted", "PDFEncryptionError":
            "the file is encrypted", "PSEOF": "not a valid PDF (the file is truncated)"}
_BULLET = re.compile(r"^[●•○▪■◦‣∙\uf0b7\uf0a7]\s*")
_LIST_ITEM = re.compile(r"^(\d{1,2}|[a-zA-Z])[.)]\s")
_MARKER = re.compile(r"^([●•○▪■◦‣∙\uf0b7\uf0a7]|([IVXLC]+|[A-Za-z]|\d{1,2})[.)])$")


@dataclass
class Line:
    """One run of words on a text line, with the font facts we need."""

    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    text: str
    size: float
    bold: bool


@dataclass
class Page:
    """A page's size and its lines, top to bottom."""

    number: int
    width: float
    height: float
    lines: list[Line]


@dataclass
class Layout:
    """What body text looks like in this document."""

    size: float
    left: float
    width: float
    gap: float
    page_width: float
    page_chars: int


def load_pdf(path: Path, *, plan: str = DEFAULT_PLAN, area: str | None = None,
             language: str | None = None, doc_id: str | None = None,
             title: str | None = None) -> Document:
    """Load a PDF into sections split at recovered headings, each with its first page."""
    pages, meta_title = _read(path)
    _drop_running_lines(pages)
    lines = [line for page in pages for line in page.lines]
    if not lines:
        raise ingest_error(path, "no text could be extracted (scanned image?)")
    layout = _measure(pages)
    found, skip = _find_title(pages[0], layout)
    headings = (_find_headings(pages, layout, skip)
                or _find_headings(pages, layout, skip, by_font=False))
    found = found or clean_title(meta_title)
    labels = (line.text for line in pages[0].lines if _BOILERPLATE.match(line.text))
    code = circular_code(path.stem, *labels)  # e.g. "NUMBER: SUP-19" on page 1
    if found and code and code not in found:
        found = f"{code}: {found}"
    blocks = _blocks(lines, headings, skip, layout)
    log.info("%s: %d pages, %d headings", path.name, len(pages), len(headings))
    return make_document(path, blocks, plan=plan, area=area, language=language,
                         doc_id=doc_id, title=title, found_title=found)


def _read(path: Path) -> tuple[list[Page], str]:
    if path.stat().st_size == 0:
        raise ingest_error(path, "the file is empty")
    with path.open("rb") as handle:
        if b"%PDF-" not in handle.read(1024):
            raise ingest_error(path, "not a valid PDF")
    import pdfplumber
    from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

    pages: list[Page] = []
    try:
        with pdfplumber.open(path) as pdf:
            meta_title = str(pdf.metadata.get("Title") or "")
            for number, page in enumerate(pdf.pages, start=1):
                words = page.extract_words(extra_attrs=["size", "fontname"])
                pages.append(Page(number, float(page.width), float(page.height),
                                  list(_lines(words, number))))
                page.close()  # drop the page's parsed objects as we go
    except (PdfminerException, MalformedPDFException) as exc:
        reason = _REASONS.get(type(exc.args[0]).__name__ if exc.args else "", _DAMAGED)
        raise ingest_error(path, reason) from None
    return pages, meta_title


def _lines(words: list[dict[str, Any]], page: int) -> Iterator[Line]:
    rows: list[list[dict[str, Any]]] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        middle = (word["top"] + word["bottom"]) / 2
        if rows and rows[-1][0]["top"] <= middle <= rows[-1][0]["bottom"]:
            rows[-1].append(word)
        else:
            rows.append([word])
    for row in rows:
        row.sort(key=lambda w: w["x0"])
        start = 0
        for i in range(1, len(row) + 1):  # a wide gap splits table cells and columns
            if i == len(row) or (row[i]["x0"] - row[i - 1]["x1"] > 1.2 * row[i]["size"]
                                 and not _MARKER.match(" ".join(w["text"] for w in row[start:i]))):
                yield _line(row[start:i], page)
                start = i


def _line(words: list[dict[str, Any]], page: int) -> Line:
    """Merge a run of words; touching pieces (small caps change size) get no space."""
    text = "".join((" " if i and w["x0"] - words[i - 1]["x1"] > 0.1 * w["size"] else "")
                   + w["text"] for i, w in enumerate(words))
    letters = [sum(ch.isalpha() for ch in w["text"]) for w in words]
    bold = sum(n for w, n in zip(words, letters, strict=True) if _BOLD.search(w["fontname"]))
    weights = [len(w["text"]) for w in words]
    size = sum(w["size"] * n for w, n in zip(words, weights, strict=True)) / max(1, sum(weights))
    return Line(page, min(w["top"] for w in words), max(w["bottom"] for w in words),
                words[0]["x0"], words[-1]["x1"], text, size, 0 < sum(letters) == bold)


def _drop_running_lines(pages: list[Page]) -> None:
    """Drop page numbers and lines repeated in the top or bottom margin of many pages."""
    margins = [{id(ln): re.sub(r"\d+", "#", ln.text.lower()) for ln in page.lines
                if ln.top < MARGIN * page.height or ln.bottom > (1 - MARGIN) * page.height}
               for page in pages]
    seen = Counter(key for keys in margins for key in set(keys.values()))
    for page, keys in zip(pages, margins, strict=True):
        page.lines = [ln for ln in page.lines if id(ln) not in keys or (
            seen[keys[id(ln)]] < max(2, len(pages) // 2) and not _PAGE_NUMBER.match(ln.text))]


def _measure(pages: list[Page]) -> Layout:
    sizes = Counter[float]()
    for page in pages:
        for line in page.lines:
            sizes[round(line.size * 2) / 2] += len(line.text)
    size = sizes.most_common(1)[0][0]
    body = [line for page in pages for line in page.lines if abs(line.size - size) <= 0.5]
    starts = Counter(round(line.x0) for line in body)
    left = min(x for x, n in starts.items() if n >= 0.05 * len(body))
    right = sorted(line.x1 for line in body)[int(0.95 * (len(body) - 1))]
    gaps = [b.top - a.bottom for a, b in _pairs(body) if 0 <= b.top - a.bottom < 2 * size]
    chars = [sum(len(line.text) for line in page.lines) for page in pages]
    return Layout(size=size, left=left, width=max(right - left, size), page_width=pages[0].width,
                  gap=statistics.median(gaps) if gaps else size / 3,
                  page_chars=max(800, int(statistics.median(chars))))


def _pairs(lines: list[Line]) -> Iterator[tuple[Line, Line]]:
    for a, b in itertools.pairwise(lines):
        if a.page == b.page:
            yield a, b


def _clusters(lines: Iterable[Line], layout: Layout) -> Iterator[list[Line]]:
    """Group consecutive lines of one style that sit close together."""
    group: list[Line] = []
    for line in lines:
        if group and (line.page != group[-1].page or abs(line.size - group[-1].size) > 0.5
                      or line.bold != group[-1].bold
                      or line.top - group[-1].bottom > max(1.8 * layout.gap, 0.5 * line.size)):
            yield group
            group = []
        group.append(line)
    if group:
        yield group


def _find_title(first: Page, layout: Layout) -> tuple[str | None, set[int]]:
    """The largest text at the top of page 1, above any body text; the masthead is skipped."""
    skip = {id(line) for line in first.lines if _BOILERPLATE.match(line.text)}
    body = [ln.top for ln in first.lines if ln.size < 1.1 * layout.size and id(ln) not in skip]
    big = sorted({round(line.size) for line in first.lines if line.size > 1.1 * layout.size},
                 reverse=True)
    for size in big:
        for group in _clusters((ln for ln in first.lines if round(ln.size) == size), layout):
            text = _BULLET.sub("", " ".join(line.text for line in group)).strip()
            skip.update(id(line) for line in group)
            if _BOILERPLATE.match(text):
                continue
            if group[0].top > min(body, default=first.height) or is_numbered(text):
                return None, skip - {id(line) for line in group}  # a heading, not a title
            return text, skip
    return None, skip


def _find_headings(pages: list[Page], layout: Layout, skip: set[int],
                   by_font: bool = True) -> dict[int, list[Line]]:
    """Heading blocks by the id of their first line: bigger or bold (else numbered or
    ALL-CAPS), short, and set apart from the line above."""
    found: dict[int, list[Line]] = {}
    for page in pages:
        lines = [line for line in page.lines if id(line) not in skip]
        above = {id(b): b.top - a.bottom for a, b in _pairs(lines)}
        if by_font:
            candidates = (ln for ln in lines if ln.bold or ln.size >= 1.12 * layout.size)
            groups = list(_clusters(candidates, layout))
        else:
            groups = [[line] for line in lines if looks_like_heading(line.text)]
        for group in groups:
            if _is_heading(group, layout, above.get(id(group[0]), layout.size * 9)):
                found[id(group[0])] = group
    return found


def _is_heading(group: list[Line], layout: Layout, gap_above: float) -> bool:
    text = " ".join(line.text for line in group)
    first = group[0]
    centred = abs((first.x0 + first.x1) / 2 - layout.page_width / 2) < 0.08 * layout.page_width
    return (
        len(group) <= 3
        and len(text) <= 160
        and (text[0].isupper() or text[0].isdigit())
        and (text[-1] not in ".,;:" or (text[-1] == ":" and text.upper() == text))
        and sum(ch.isalpha() for ch in text) >= 3
        and gap_above > 1.3 * layout.gap
        and first.x0 >= layout.left - 6
        and (first.x0 <= layout.left + 0.35 * layout.width or centred)
        and (len(group) == 1 or first.x1 - first.x0 >= 0.5 * layout.width)
    )


def _blocks(lines: list[Line], headings: dict[int, list[Line]], skip: set[int],
            layout: Layout) -> list[Block]:
    """Walk the lines in order, opening a block at each heading and at long page turns."""
    big = {round(g[0].size) for g in headings.values() if g[0].size >= 1.12 * layout.size}
    words = {w.lower() for line in lines for w in re.findall(r"[^\W\d_]+", line.text)}
    stack = HeadingStack()
    blocks = [Block((), [], lines[0].page)]
    inside: set[int] = set()
    previous: Line | None = None
    for line in lines:
        if id(line) in skip or id(line) in inside:
            continue
        block = blocks[-1]
        if id(line) in headings:
            group = headings[id(line)]
            inside.update(id(ln) for ln in group)
            heading = " ".join(ln.text for ln in group).rstrip(":").rstrip()
            if block.path[-1:] == (heading,):
                continue  # the same heading repeated at the top of the next page
            level = sum(size > round(line.size) for size in big) * 10 + numbering_rank(heading)
            blocks.append(Block(stack.push(heading, level), [], line.page))
            previous = None
            continue
        if previous and line.page != previous.page and block.size >= layout.page_chars:
            block = Block(block.path, [], line.page)  # keep page numbers close to the text
            blocks.append(block)
        text, starts = _BULLET.sub("- ", line.text), bool(_BULLET.match(line.text))
        new_paragraph = (
            not block.paragraphs or previous is None or starts or _LIST_ITEM.match(text)
            or (line.page == previous.page and line.top - previous.bottom > 1.8 * layout.gap + 1)
            or (line.page != previous.page and block.paragraphs[-1][-1:] in ".:!?")
        )
        if new_paragraph:
            block.paragraphs.append(text)
        else:
            block.paragraphs[-1] = join_wrapped(block.paragraphs[-1], text, words)
        previous = line
    for block in blocks:
        block.paragraphs = [re.sub(r"\s+([.,;:!?])(?=\s|$)", r"\1", p) for p in block.paragraphs]
    return blocks
