"""Load an HTML page: drop scripts and navigation, split sections at h1–h4."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from assistant.ingest.headings import DEFAULT_PLAN, Block, HeadingStack, ingest_error, make_document
from assistant.types import LANGUAGES, Document

log = logging.getLogger(__name__)

HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4}
DROP = {"script", "style", "nav", "footer", "noscript", "template", "svg", "iframe", "form",
        "button", "head"}
BLOCKS = {"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "section", "article",
          "main", "aside", "header", "blockquote", "pre", "figure", "figcaption", "h5", "h6",
          "br", "hr", "address", "details", "summary", "caption"}


def load_html(path: Path, *, plan: str = DEFAULT_PLAN, area: str | None = None,
              language: str | None = None, doc_id: str | None = None,
              title: str | None = None) -> Document:
    """Load an HTML file into sections, one per h1–h4 heading."""
    from bs4 import BeautifulSoup

    raw = path.read_bytes()
    if not raw.strip():
        raise ingest_error(path, "the file is empty")
    if b"\x00" in raw[:8192]:
        raise ingest_error(path, "not an HTML file (binary content)")
    soup = BeautifulSoup(raw, "html.parser")
    found = _title(soup)
    language = language or _declared_language(soup)
    walker = _Walker()
    walker.walk(soup.body or soup)
    walker.flush()
    return make_document(path, walker.blocks, plan=plan, area=area, language=language,
                         doc_id=doc_id, title=title, found_title=found)


def _title(soup: Any) -> str | None:
    for node in (soup.title, soup.find("h1")):
        if node is not None and node.get_text(strip=True):
            return " ".join(node.get_text(" ").split())
    return None


def _declared_language(soup: Any) -> str | None:
    tag = soup.find("html")
    code = str(tag.get("lang", "")).split("-")[0].lower() if tag is not None else ""
    return code if code in LANGUAGES else None


class _Walker:
    """Collect paragraphs in document order, opening a block at each heading."""

    def __init__(self) -> None:
        self.blocks = [Block((), [])]
        self.stack = HeadingStack()
        self.buffer: list[str] = []

    def flush(self) -> None:
        """End the paragraph being collected."""
        text = " ".join("".join(self.buffer).split())
        self.buffer.clear()
        if text and text != "-":
            self.blocks[-1].paragraphs.append(text)

    def walk(self, node: Any) -> None:
        """Visit the children of `node`."""
        from bs4 import NavigableString, Tag
        from bs4.element import PreformattedString

        for child in node.children:
            if isinstance(child, PreformattedString):  # comments, doctype, CDATA
                continue
            if isinstance(child, NavigableString):
                self.buffer.append(str(child))
            elif isinstance(child, Tag) and child.name not in DROP:
                self._tag(child)

    def _tag(self, tag: Any) -> None:
        name = tag.name
        if name in HEADINGS:
            self.flush()
            heading = " ".join(tag.get_text(" ").split())
            if heading:
                path = self.stack.push(heading, HEADINGS[name])
                self.blocks.append(Block(path, []))
            return
        if name == "tr":
            self.flush()
            cells = [" ".join(c.get_text(" ").split()) for c in tag.find_all(["td", "th"])]
            if any(cells):
                self.blocks[-1].paragraphs.append("| " + " | ".join(cells) + " |")
            return
        if name in BLOCKS:
            self.flush()
            if name == "li":
                self.buffer.append("- ")
            self.walk(tag)
            self.flush()
            return
        self.walk(tag)

