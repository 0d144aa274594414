"""The Sources page: browse what the assistant answers from, by plan, area and language.

Documents and section texts come from the loaded index (the chunks the assistant retrieves),
so the page shows exactly what answers can quote. The document's own file, read with the
ingest loaders, gives the sections' reading order and its labelled source links.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.errors import AssistantError
from assistant.i18n.messages import LANGUAGE_NAMES, area_name, message
from assistant.types import AREAS, LANGUAGES, PLANS, Chunk
from assistant.ui.safe_markdown import inert_markdown

if TYPE_CHECKING:
    from assistant.chain import Assistant
    from assistant.config import Settings

ALL = ""


@dataclass(frozen=True)
class DocumentView:
    """One indexed document in one language."""

    doc_id: str
    language: str
    title: str
    plan: str
    path: str
    areas: tuple[str, ...]
    sections: int


@dataclass(frozen=True)
class SectionView:
    """One section of a document, its text joined from its chunks."""

    section: str
    heading: str
    area: str
    page: int | None
    text: str
    source_urls: tuple[str, ...]


def documents(chunks: Iterable[Chunk]) -> list[DocumentView]:
    """Every (document, language) in the index, ordered by plan, title and language."""
    grouped: dict[tuple[str, str], list[Chunk]] = {}
    for c in chunks:
        grouped.setdefault((c.doc_id, c.language), []).append(c)
    out = [
        DocumentView(
            doc_id=doc_id,
            language=language,
            title=found[0].title,
            plan=found[0].plan,
            path=found[0].path,
            areas=tuple(a for a in AREAS if any(c.area == a for c in found))
            + tuple(sorted({c.area for c in found} - set(AREAS))),
            sections=len({c.section for c in found}),
        )
        for (doc_id, language), found in grouped.items()
    ]
    plan_order = {p: i for i, p in enumerate(PLANS)}
    lang_order = {code: i for i, code in enumerate(LANGUAGES)}
    return sorted(out, key=lambda d: (plan_order.get(d.plan, len(PLANS)), d.title,
                                      lang_order.get(d.language, len(LANGUAGES))))


def matching(
    docs: Iterable[DocumentView], plan: str = ALL, area: str = ALL, language: str = ALL
) -> list[DocumentView]:
    """The documents of a plan, with a section in an area, in a language (ALL: any)."""
    return [
        d for d in docs
        if (not plan or d.plan == plan)
        and (not area or area in d.areas)
        and (not language or d.language == language)
    ]


def sections(
    chunks: Iterable[Chunk], doc: DocumentView, order: tuple[str, ...] = (), area: str = ALL
) -> list[SectionView]:
    """The sections of one document in reading order (`order`, else by page and id)."""
    from assistant.ingest.sentences import join_overlapping

    parts: dict[str, list[Chunk]] = {}
    for c in chunks:
        if c.doc_id == doc.doc_id and c.language == doc.language and (not area or c.area == area):
            parts.setdefault(c.section, []).append(c)
    out = []
    for section, found in parts.items():
        found.sort(key=_position)  # consecutive chunks overlap by a sentence or two
        urls = tuple(dict.fromkeys(u for c in found for u in c.source_urls))
        first = found[0]
        text = join_overlapping([c.text for c in found])
        out.append(SectionView(section=section, heading=" › ".join(first.heading_path),
                               area=first.area, page=first.page, text=text, source_urls=urls))
    rank = {s: i for i, s in enumerate(order)}
    return sorted(out, key=lambda s: (rank.get(s.section, len(rank)), s.page or 0, s.section))


def _position(chunk: Chunk) -> int:
    tail = chunk.chunk_id.rsplit(":", 1)[-1]
    return int(tail) if tail.isdigit() else 0


def render_sources_page(load: Callable[[], Assistant], language: str) -> None:
    """Filters, the matching documents, then one section to read with its links."""
    import streamlit as st

    st.header(message("page_sources", language))
    st.caption(message("sources_caption", language))
    try:
        assistant = load()
    except AssistantError as exc:
        st.error(str(exc))
        return
    chunks = assistant.retriever.chunks
    plan_col, area_col, lang_col = st.columns(3)
    plan = plan_col.selectbox(message("plan", language), [ALL, *PLANS], key="sources-plan",
                              format_func=lambda p: p or message("all_plans", language))
    area = area_col.selectbox(message("area", language), [ALL, *AREAS], key="sources-area",
                              format_func=lambda a: _area_label(a, language))
    in_index = sorted({c.language for c in chunks}, key=_language_rank)
    default = in_index.index(language) + 1 if language in in_index else 0
    doc_language = lang_col.selectbox(
        message("language", language), [ALL, *in_index], index=default, key="sources-language",
        format_func=lambda c: LANGUAGE_NAMES.get(c, c) if c else message("all_languages", language),
    )
    found = matching(documents(chunks), plan, area, doc_language)
    st.caption(f"{message('documents_found', language)}: {len(found)}")
    if not found:
        st.info(message("no_documents", language))
        return
    st.dataframe(
        [
            {
                message("col_title", language): d.title,
                message("plan", language): d.plan,
                message("language", language): LANGUAGE_NAMES.get(d.language, d.language),
                message("col_sections", language): d.sections,
                message("col_areas", language): ", ".join(d.areas),
            }
            for d in found
        ],
        hide_index=True,
        key="sources-table",
    )
    chosen = st.selectbox(
        message("choose_document", language), range(len(found)), key="sources-document",
        format_func=lambda i: f"{found[i].title} ({LANGUAGE_NAMES.get(found[i].language, '')})",
    )
    doc = found[chosen]
    order, labelled = _from_file(assistant.settings, doc.path)
    parts = sections(chunks, doc, order, area)
    if not parts:
        return
    pick = st.selectbox(message("choose_section", language), range(len(parts)),
                        key="sources-section", format_func=lambda i: parts[i].heading)
    _section(parts[pick], doc, language)
    if labelled:
        with st.expander(message("document_sources", language)):
            st.markdown("\n".join(f"- [{label}]({url})" for label, url in labelled))


def _section(part: SectionView, doc: DocumentView, language: str) -> None:
    import streamlit as st

    st.subheader(part.heading or part.section)
    page = f" · {message('page', language)} {part.page}" if part.page else ""
    st.caption(f"{part.area} · {part.section}{page}")
    st.markdown(inert_markdown(part.text))
    if part.source_urls:
        st.markdown(f"**{message('section_sources', language)}**")
        st.markdown("\n".join(f"- <{url}>" for url in part.source_urls))
    st.caption(doc.path)


def _language_rank(code: str) -> int:
    return LANGUAGES.index(code) if code in LANGUAGES else len(LANGUAGES)


def _from_file(
    settings: Settings, key: str
) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """Section order and (label, url) sources of an indexed file; empty when unreadable."""
    path = Path(key) if Path(key).is_absolute() else settings.data_dir / key
    try:
        stamp = path.stat().st_mtime_ns
    except OSError:
        return (), ()
    return _reader()(str(path), stamp)


@functools.lru_cache(maxsize=1)
def _reader() -> Callable[[str, int], tuple[tuple[str, ...], tuple[tuple[str, str], ...]]]:
    """The file reader, cached by Streamlit per file version (path and modification time)."""
    import streamlit as st

    @st.cache_data(show_spinner=False, max_entries=64)
    def read(path: str, stamp: int) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
        from assistant.ingest.registry import load_path

        try:
            doc = load_path(Path(path))
        except AssistantError:
            return (), ()
        return tuple(s.section for s in doc.sections), tuple(doc.sources)

    return read


def _area_label(area: str, language: str) -> str:
    return area_name(area, language) if area else message("all_areas", language)
