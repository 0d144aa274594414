"""Turn recovered headings and text blocks into Sections and a Document, with defaults."""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import IngestError
from assistant.types import Document, Section

log = logging.getLogger(__name__)

DEFAULT_PLAN = "circulars"
DEFAULT_AREA = "general"

# Circular codes (exact first, then prefix) and title keywords that pick an area.
AREA_BY_CODE = {
    "CAO-05": "english-learners",
    "ODA-06": "english-learners",
    "ODA-07": "data",
    "SHS-13": "transportation",
    "SUP-19": "student-safety",
    "SUP-20": "student-safety",
    "EL": "english-learners",
    "SPE": "special-education",
    "TRN": "transportation",
    "FMT": "facilities",
    "SSS": "student-safety",
}
AREA_BY_KEYWORD = (
    (r"english learner|multilingual learner", "english-learners"),
    (r"special education|\bsped\b|\biep\b", "special-education"),
    (r"transportation|\bbus(es)?\b", "transportation"),
    (r"facilit|work order", "facilities"),
    (r"restraint|bullying|child abuse", "student-safety"),
)
_CODE = re.compile(r"(?<![A-Za-z])([A-Z]{2,4})-(\d{1,3})(?!\d)")
_NUMBERED = re.compile(r"^(?:(?P<roman>[IVXLC]+)|(?P<upper>[A-Z])|(?P<digit>\d{1,2})"
                       r"|(?P<lower>[a-z]))[.)]\s+\S")
_DECIMAL = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?\s+\S")
_SLUG_MAX = 60


@dataclass
class Block:
    """A run of text under one heading path (below the title), starting on `page`."""

    path: tuple[str, ...]
    paragraphs: list[str]
    page: int | None = None

    @property
    def size(self) -> int:
        """Characters held so far."""
        return sum(len(p) for p in self.paragraphs)

    def text(self) -> str:
        """Paragraphs separated by blank lines; list items and table rows by one newline."""
        out = ""
        for para in (p.strip() for p in self.paragraphs):
            if para:
                last = out.rsplit("\n", 1)[-1]
                tight = para[:2] == last[:2] == "- " or para[:1] == last[:1] == "|"
                separator = "\n" if tight else "\n\n"
                out = f"{out}{separator}{para}" if out else para
        return out


def ingest_error(path: Path, reason: str) -> IngestError:
    """Build the one-line error a user sees for a file we cannot read."""
    return IngestError(f"could not read '{path.name}': {reason}")


def slugify(text: str, max_len: int = _SLUG_MAX) -> str:
    """Lower-case, dash-separated ASCII slug, cut at a word boundary."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > max_len:
        slug = slug[:max_len].rsplit("-", 1)[0]
    return slug or "section"


def circular_code(*texts: str) -> str | None:
    """The first circular code (e.g. 'SUP-19') found in `texts`, zero-padded."""
    for text in texts:
        match = _CODE.search(text)
        if match:
            return f"{match.group(1)}-{int(match.group(2)):02d}"
    return None


def guess_area(code: str | None, title: str) -> str:
    """Pick an area from a circular code or title keywords, else the default."""
    if code:
        prefix = code.split("-")[0]
        for key in (code, prefix):
            if key in AREA_BY_CODE:
                return AREA_BY_CODE[key]
    for pattern, area in AREA_BY_KEYWORD:
        if re.search(pattern, title, re.IGNORECASE):
            return area
    return DEFAULT_AREA


def detect_language(text: str) -> str:
    """The language of a document's text, 'en' when py3langid is missing or unsure."""
    from assistant.i18n.detect import detect_language as detect

    try:
        return detect(text[:5000])
    except ImportError:  # py3langid is not installed
        return "en"


def numbering_rank(heading: str) -> float:
    """How deep a heading sits: ALL-CAPS parts, then I. < A. < plain < 1. < 1.1 < a."""
    if _DECIMAL.match(heading):
        return 3.5
    match = _NUMBERED.match(heading)
    kind = (match.lastgroup or "plain") if match else "plain"
    if match and kind == "roman" and match.group(kind) in ("C", "L"):
        kind = "upper"  # "C." or "L." read as letters
    if heading.upper() == heading and kind in ("plain", "roman", "digit"):
        return 0.0  # an ALL-CAPS heading opens a major part
    return {"plain": 2.5, "roman": 1.0, "upper": 2.0, "digit": 3.0, "lower": 4.0}[kind]


def is_numbered(heading: str) -> bool:
    """Whether a heading starts with a section number such as 'II.', 'B)' or '3.1'."""
    return bool(_NUMBERED.match(heading) or _DECIMAL.match(heading))


def looks_like_heading(line: str) -> bool:
    """Guess from wording alone: a short numbered or ALL-CAPS line without final punctuation."""
    text = line.strip()
    if not 2 < len(text) <= 100 or text[-1] in ".,;:" or len(text.split()) > 14:
        return False
    letters = [ch for ch in text if ch.isalpha()]
    if len(letters) < 3:
        return False
    if _NUMBERED.match(text) or _DECIMAL.match(text):
        return text[0].isupper() or text[0].isdigit()
    return all(ch.isupper() for ch in letters) and len(letters) >= 4


def join_wrapped(before: str, after: str, words: set[str]) -> str:
    """Join wrapped lines, undoing a line-end hyphen only when the whole word occurs elsewhere."""
    if before.endswith("\u00ad"):
        return before[:-1] + after
    if before.endswith("-") and before[-2:-1].isalpha() and after[:1].islower():
        head = re.findall(r"[^\W\d_]+$", before[:-1])
        tail = re.findall(r"^[^\W\d_]+", after)
        if head and tail and (head[0] + tail[0]).lower() in words:
            return before[:-1] + after
        return before + after
    if before.endswith("-") and before[-2:-1].isdigit() and after[:1].isdigit():
        return before + after  # a range such as 2024-2025
    return f"{before} {after}"


class HeadingStack:
    """Track the open headings; a heading closes every open one at its level or deeper."""

    def __init__(self) -> None:
        self._open: list[tuple[float, str]] = []

    def push(self, heading: str, level: float) -> tuple[str, ...]:
        """Open `heading` at `level` and return the path of open headings."""
        while self._open and self._open[-1][0] >= level:
            self._open.pop()
        self._open.append((level, heading))
        return tuple(h for _, h in self._open)


def make_document(
    path: Path,
    blocks: Iterable[Block],
    *,
    plan: str,
    area: str | None,
    language: str | None,
    doc_id: str | None,
    title: str | None,
    found_title: str | None = None,
) -> Document:
    """Assemble a Document from text blocks, filling in id, title, area and language."""
    doc_id = doc_id or slugify(path.stem, max_len=120)
    title = title or found_title or _humanise(path.stem)
    code = circular_code(path.stem, title)
    area = area or guess_area(code, title)
    sections: list[Section] = []
    seen: dict[str, int] = {}
    for block in blocks:
        text = block.text()
        if not text:
            continue
        heads = block.path[1:] if block.path[:1] == (title,) else block.path
        section_id = base = f"{doc_id}.{slugify(heads[-1]) if heads else 'overview'}"
        while section_id in seen:  # a repeated heading or a page-turn continuation
            seen[base] += 1
            section_id = f"{base}-{seen[base]}"
        seen.setdefault(section_id, 1)
        sections.append(Section(section_id, (title, *heads), area, text, block.page))
    if not sections:
        raise ingest_error(path, "no text could be extracted")
    language = language or detect_language(" ".join(s.text for s in sections[:8]))
    log.debug("loaded %s: %d sections, area %s, language %s", path.name, len(sections),
              area, language)
    return Document(doc_id=doc_id, title=title, plan=plan, language=language,
                    path=str(path), sections=tuple(sections))


def clean_title(title: str) -> str | None:
    """A metadata title worth showing, or None for a bare code or a file name."""
    title = re.sub(r"\.(docx?|pdf|pptx?)$", "", title.strip(), flags=re.IGNORECASE).strip()
    if len(title.split()) < 2 or title.lower().startswith(("microsoft word", "untitled")):
        return None
    return title


def _humanise(stem: str) -> str:
    words = re.sub(r"[_\s]+", " ", stem).strip()
    return words[:1].upper() + words[1:] if words else stem
