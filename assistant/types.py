"""Frozen dataclasses that cross the seams between stages."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

PLANS = ("sip", "inclusive-education", "multilingual-learners", "circulars")
AREAS = (
    "student-safety",
    "special-education",
    "transportation",
    "facilities",
    "english-learners",
    "transformation-schools",
    "data",
    "accountability",
    "general",
)
LANGUAGES = ("en", "es", "ht", "kea", "zh", "vi", "pt", "ar", "so", "fr")


@dataclass(frozen=True)
class Section:
    """One headed section of a document, in reading order."""

    section: str  # stable id, e.g. "sip.transportation.targets"
    heading_path: tuple[str, ...]  # ("Transportation", "Targets")
    area: str
    text: str  # plain text (links reduced to their labels)
    page: int | None = None  # first page of the section (PDF)
    source_urls: tuple[str, ...] = ()
    source_labels: tuple[str, ...] = ()  # how its cited sources read in the text ("WBUR, 2022")


@dataclass(frozen=True)
class Document:
    """A loaded document: metadata plus its sections."""

    doc_id: str
    title: str
    plan: str
    language: str
    path: str
    sections: tuple[Section, ...]
    as_of: str = ""
    sources: tuple[tuple[str, str], ...] = ()  # (key or title, url)


@dataclass(frozen=True)
class Chunk:
    """A retrievable piece of a section; `chunk_id` derives from document and position."""

    chunk_id: str
    text: str
    doc_id: str
    title: str
    plan: str
    area: str
    section: str
    heading_path: tuple[str, ...]
    language: str
    path: str
    content_hash: str
    page: int | None = None
    source_urls: tuple[str, ...] = ()
    source_labels: tuple[str, ...] = ()

    def metadata(self) -> dict[str, Any]:
        """Flat metadata as stored in the vector store (no None values)."""
        meta: dict[str, Any] = {
            "doc_id": self.doc_id,
            "title": self.title,
            "plan": self.plan,
            "area": self.area,
            "section": self.section,
            "heading_path": " > ".join(self.heading_path),
            "language": self.language,
            "path": self.path,
            "content_hash": self.content_hash,
            "source_urls": " ".join(self.source_urls),
            "source_labels": "\n".join(self.source_labels),
        }
        if self.page is not None:
            meta["page"] = self.page
        return meta

    @classmethod
    def from_metadata(cls, chunk_id: str, text: str, meta: dict[str, Any]) -> Chunk:
        """Rebuild a chunk from stored metadata."""
        page = meta.get("page")
        return cls(
            chunk_id=chunk_id,
            text=text,
            doc_id=str(meta.get("doc_id", "")),
            title=str(meta.get("title", "")),
            plan=str(meta.get("plan", "")),
            area=str(meta.get("area", "")),
            section=str(meta.get("section", "")),
            heading_path=tuple(p for p in str(meta.get("heading_path", "")).split(" > ") if p),
            language=str(meta.get("language", "")),
            path=str(meta.get("path", "")),
            content_hash=str(meta.get("content_hash", "")),
            page=int(page) if page is not None else None,
            source_urls=tuple(str(meta.get("source_urls", "")).split()),
            source_labels=tuple(p for p in str(meta.get("source_labels", "")).split("\n") if p),
        )


@dataclass(frozen=True)
class Hit:
    """A retrieved chunk with its fused score and per-retriever ranks."""

    chunk: Chunk
    score: float
    ranks: dict[str, int] = field(default_factory=dict, compare=False, hash=False)


CitationKind = Literal["passage", "metric"]


@dataclass(frozen=True)
class Citation:
    """A numbered source an answer points to."""

    n: int
    kind: CitationKind
    text: str  # the passage, or the metrics row rendered as text
    doc_id: str = ""
    title: str = ""
    plan: str = ""
    area: str = ""
    section: str = ""
    page: int | None = None
    path: str = ""
    language: str = ""
    source_urls: tuple[str, ...] = ()
    # the sources of the sentences the answer quotes from this passage, as the passage names them
    quoted_sources: tuple[str, ...] = ()
    # the aligned English passage, for side-by-side reading of a translation
    original_text: str = ""
    original_language: str = ""
    # metric citations
    indicator: str = ""
    value: float | None = None
    as_of: str = ""
    source_url: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Serialise for `ask --json` and reports."""
        out: dict[str, Any] = {
            "n": self.n,
            "kind": self.kind,
            "doc_id": self.doc_id,
            "title": self.title,
            "plan": self.plan,
            "area": self.area,
            "section": self.section,
            "page": self.page,
            "path": self.path,
            "language": self.language,
            "text": self.text,
        }
        if self.quoted_sources:
            out["quoted_sources"] = list(self.quoted_sources)
        if self.original_text:
            out["original"] = {"language": self.original_language, "text": self.original_text}
        if self.kind == "metric":
            out.update(
                indicator=self.indicator,
                value=self.value,
                as_of=self.as_of,
                source_url=self.source_url,
            )
        return out


@dataclass(frozen=True)
class MetricResult:
    """What the metrics tool returns for one indicator."""

    indicator: str
    name: str
    area: str
    unit: str
    direction: str  # "higher" | "lower"
    value: float | None
    period: str  # human period, e.g. "2025-03" or "SY2022-23"
    as_of: str  # ISO date of the end of the period
    target: float | None
    target_text: str
    met: bool | None
    source_url: str
    note: str = ""
    qualifier: str = ""  # "about", "nearly", "more than", "at least" as the source words it
    scope: str = "district"
    scope_id: str = ""
    previous: tuple[tuple[str, float], ...] = ()  # (period, value), newest first
    age_days: int | None = None
    named: bool = False  # the question names this indicator (metrics/matching.py NAMED_LEXICAL)


@dataclass(frozen=True)
class Answer:
    """What every user (app, CLI, evaluation) receives."""

    question: str
    text: str
    language: str
    refused: bool
    citations: tuple[Citation, ...]
    retrieved: tuple[Hit, ...] = ()
    notices: tuple[str, ...] = ()
    timings_ms: dict[str, float] = field(default_factory=dict, compare=False, hash=False)

    def to_dict(self) -> dict[str, Any]:
        """Serialise in the `ask --json` shape."""
        return {
            "question": self.question,
            "answer": self.text,
            "language": self.language,
            "refused": self.refused,
            "notices": list(self.notices),
            "citations": [c.to_dict() for c in self.citations],
            "retrieved": [
                {
                    **{k: v for k, v in _chunk_fields(h.chunk).items()},
                    "score": round(h.score, 6),
                }
                for h in self.retrieved
            ],
            "timings_ms": {k: round(v, 2) for k, v in self.timings_ms.items()},
        }


def _chunk_fields(chunk: Chunk) -> dict[str, Any]:
    return {
        "chunk_id": chunk.chunk_id,
        "doc_id": chunk.doc_id,
        "title": chunk.title,
        "plan": chunk.plan,
        "area": chunk.area,
        "section": chunk.section,
        "page": chunk.page,
        "path": chunk.path,
        "language": chunk.language,
        "text": chunk.text,
    }
