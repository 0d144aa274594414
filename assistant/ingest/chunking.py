"""Structure-aware chunking: by section, then by size with overlap, never mid-sentence."""

from __future__ import annotations

import hashlib

from assistant.ingest.sentences import split_sentences
from assistant.types import Chunk, Document, Section

MAX_CHARS = 1100
OVERLAP_SENTENCES = 1


def chunk_document(
    doc: Document, max_chars: int = MAX_CHARS, overlap: int = OVERLAP_SENTENCES
) -> list[Chunk]:
    """Cut every section of `doc` into chunks whose ids derive from document and position."""
    chunks: list[Chunk] = []
    for section in doc.sections:
        for i, text in enumerate(_windows(section.text, max_chars, overlap)):
            chunks.append(_make_chunk(doc, section, i, text))
    return chunks


def heading_text(chunk: Chunk) -> str:
    """The chunk's topic as its title and heading path."""
    return f"{chunk.title}. " + " > ".join(chunk.heading_path)


def embed_text(chunk: Chunk) -> str:
    """The text we embed and index for keywords: headings give a short passage its topic."""
    heading = " > ".join(chunk.heading_path)
    return f"{chunk.title}. {heading}.\n{chunk.text}" if heading else chunk.text


def _make_chunk(doc: Document, section: Section, i: int, text: str) -> Chunk:
    chunk_id = f"{doc.doc_id}:{doc.language}:{section.section}:{i}"
    digest = hashlib.sha256(
        "\x1f".join(
            [
                text,
                doc.title,
                " > ".join(section.heading_path),
                section.area,
                doc.plan,
                str(section.page),
                " ".join(section.source_urls),
                "\n".join(section.source_labels),
            ]
        ).encode("utf-8")
    ).hexdigest()[:32]
    return Chunk(
        chunk_id=chunk_id,
        text=text,
        doc_id=doc.doc_id,
        title=doc.title,
        plan=doc.plan,
        area=section.area,
        section=section.section,
        heading_path=section.heading_path,
        language=doc.language,
        path=doc.path,
        content_hash=digest,
        page=section.page,
        source_urls=section.source_urls,
        source_labels=section.source_labels,
    )


def _windows(text: str, max_chars: int, overlap: int) -> list[str]:
    """Group whole sentences into windows of at most `max_chars`, overlapping by sentences."""
    sentences = split_sentences(text)
    if not sentences:
        return []
    if sum(len(s) + 1 for s in sentences) <= max_chars:
        return [_join(sentences)]
    windows: list[str] = []
    start = 0
    while start < len(sentences):
        end = start
        size = 0
        while end < len(sentences) and (
            end == start or size + len(sentences[end]) + 1 <= max_chars
        ):
            size += len(sentences[end]) + 1
            end += 1
        windows.append(_join(sentences[start:end]))
        if end >= len(sentences):
            break
        start = max(end - overlap, start + 1)
    return windows


def _join(sentences: list[str]) -> str:
    """Join sentences, keeping list items and table rows on their own lines."""
    out = ""
    for s in sentences:
        if not out:
            out = s
        elif s.startswith("|") or out.endswith("|"):
            out += "\n" + s
        else:
            out += " " + s
    return out
