"""Load a Word (.docx) file: Heading styles make sections, tables become rows."""

from __future__ import annotations

import logging
import re
import zipfile
from pathlib import Path
from typing import Any

from assistant.ingest.headings import (
    DEFAULT_PLAN,
    Block,
    HeadingStack,
    clean_title,
    ingest_error,
    make_document,
)
from assistant.types import Document

log = logging.getLogger(__name__)

_HEADING_STYLE = re.compile(r"^heading\s*(\d)$", re.IGNORECASE)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # encrypted .docx files and old .doc files are OLE containers


def load_docx(path: Path, *, plan: str = DEFAULT_PLAN, area: str | None = None,
              language: str | None = None, doc_id: str | None = None,
              title: str | None = None) -> Document:
    """Load a .docx file into sections, one per Heading-styled paragraph."""
    document = _open(path)
    found = clean_title(document.core_properties.title or "")
    stack = HeadingStack()
    blocks = [Block((), [])]
    for item in document.iter_inner_content():
        if hasattr(item, "rows"):
            blocks[-1].paragraphs.extend(_rows(item))
            continue
        text = " ".join(item.text.split())
        style = item.style.name if item.style is not None else ""
        level = _heading_level(style)
        if not text:
            continue
        if style == "Title":
            found = found or text
        elif level is not None:
            blocks.append(Block(stack.push(text, level), []))
        else:
            bullet = "list" in style.lower() and "number" not in style.lower()
            blocks[-1].paragraphs.append(f"- {text}" if bullet else text)
    if found is None:
        found = next((b.path[0] for b in blocks if b.path), None)
    return make_document(path, blocks, plan=plan, area=area, language=language,
                         doc_id=doc_id, title=title, found_title=found)


def _open(path: Path) -> Any:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    if path.stat().st_size == 0:
        raise ingest_error(path, "the file is empty")
    with path.open("rb") as handle:
        if handle.read(4) == _OLE_MAGIC:
            raise ingest_error(path, "the file is encrypted or in the old .doc format")
    if not zipfile.is_zipfile(path):
        raise ingest_error(path, "not a valid DOCX file")
    try:
        return docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        log.debug("python-docx refused %s: %s", path.name, exc)
        raise ingest_error(path, "not a valid DOCX file") from None


def _heading_level(style: str) -> int | None:
    match = _HEADING_STYLE.match(style)
    return int(match.group(1)) if match else None


def _rows(table: Any) -> list[str]:
    rows = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            text = " ".join(cell.text.split())
            if not cells or text != cells[-1]:  # merged cells repeat their text
                cells.append(text)
        if any(cells):
            rows.append("| " + " | ".join(cells) + " |")
    return rows
