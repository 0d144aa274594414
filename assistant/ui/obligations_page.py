"""The Obligations page: filter duties by role, area and document, search, sort, download."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError
from assistant.i18n.messages import area_name, message
from assistant.obligations.actors import ROLES
from assistant.obligations.model import Obligation
from assistant.ui.safe_markdown import inert_markdown

ALL = "all"
SORTS = ("deadline", "document", "actor")
_COLUMNS = ("actor", "action", "deadline", "next_due", "title", "section", "page", "area",
            "sentence")
# the duties are found in the English documents, so search with English words
_SEARCH_EXAMPLE = "restraint, bullying, withdrawal…"


@functools.lru_cache(maxsize=1)
def _loader() -> Callable[[str, int], list[Obligation]]:
    """The table reader, cached by Streamlit per file version (path and modification time)."""
    import streamlit as st

    from assistant.obligations.store import open_obligations

    @st.cache_data(show_spinner=False, max_entries=4)
    def load(path: str, stamp: int) -> list[Obligation]:
        return open_obligations(Path(path))

    return load


def render_obligations_page(db_path: Path, today: date | None = None,
                            language: str = "en") -> None:
    """Show the stored obligations with filters, search, sorting and CSV/ICS downloads.

    The page speaks `language`; the duties themselves stay in the English of the documents
    they were found in (the page says so in other languages).
    """
    import streamlit as st

    from assistant.obligations.export import to_csv, to_ics, to_rows
    from assistant.obligations.query import filter_obligations, sort_by_deadline

    st.header(message("page_obligations", language))
    st.caption(message("obl_caption", language))
    if language != "en":
        st.caption(message("obl_english_only", language))
    if not db_path.exists():
        st.error(message("obl_no_table", language, path=db_path))
        return
    try:
        obligations = _loader()(str(db_path), db_path.stat().st_mtime_ns)
    except AssistantError as exc:
        st.error(str(exc))
        return
    today = today or date.today()
    filters = _filters(obligations, language)
    found = filter_obligations(
        obligations,
        role=None if filters["role"] == ALL else filters["role"],
        area=None if filters["area"] == ALL else filters["area"],
        doc=None if filters["doc"] == ALL else filters["doc"],
        due_within_days=filters["due"] or None,
        text=filters["search"] or None,
        today=today,
    )
    if filters["sort"] == "deadline":
        found = sort_by_deadline(found, today)
    elif filters["sort"] == "actor":
        found = sorted(found, key=lambda ob: (ob.actor, ob.doc_id))
    else:
        found = sorted(found, key=lambda ob: (ob.title, ob.page or 0))
    st.caption(message("obl_count", language, shown=len(found), total=len(obligations)))
    st.dataframe(
        [{k: row[k] for k in _COLUMNS} for row in to_rows(found, today)],
        hide_index=True,
        column_config={k: message(f"obl_col_{k}", language) for k in _COLUMNS},
        key="obligations-table",
    )
    left, right = st.columns(2)
    left.download_button(message("obl_download_csv", language), to_csv(found, today),
                         file_name="obligations.csv", mime="text/csv", key="obligations-csv")
    right.download_button(message("obl_download_ics", language), to_ics(found, today),
                          file_name="obligations.ics", mime="text/calendar",
                          key="obligations-ics")
    if found:
        chosen = st.selectbox(message("obl_read_source", language), range(len(found)),
                              key="obligations-source",
                              format_func=lambda i: f"{found[i].actor}: {found[i].action[:90]}")
        ob = found[chosen]
        st.markdown(f"> {inert_markdown(ob.sentence)}")
        st.caption(f"{ob.source()} · {ob.path}")


def _filters(obligations: list[Obligation], language: str) -> dict[str, Any]:
    import streamlit as st

    titles = {ob.doc_id: ob.title for ob in obligations}
    docs = sorted(titles, key=lambda d: titles[d])
    areas = sorted({ob.area for ob in obligations})
    role_col, area_col, doc_col = st.columns(3)
    role = role_col.selectbox(
        message("obl_role", language), [ALL, *ROLES], key="obligations-role",
        format_func=lambda r: message("obl_everyone" if r == ALL else f"obl_role_{r}", language),
    )
    area = area_col.selectbox(
        message("area", language), [ALL, *areas], key="obligations-area",
        format_func=lambda a: message("all_areas", language) if a == ALL
        else area_name(a, language),
    )
    doc = doc_col.selectbox(
        message("obl_document", language), [ALL, *docs], key="obligations-doc",
        format_func=lambda d: message("obl_all_documents", language) if d == ALL else titles[d],
    )
    search = st.text_input(message("obl_search", language), key="obligations-search",
                           placeholder=_SEARCH_EXAMPLE)
    sort_col, due_col = st.columns(2)
    sort = sort_col.selectbox(message("obl_sort", language), SORTS, key="obligations-sort",
                              format_func=lambda s: message(f"obl_sort_{s}", language))
    due = due_col.number_input(message("obl_due_within", language), min_value=0,
                               max_value=366, value=0, step=1, key="obligations-due")
    return {"role": role, "area": area, "doc": doc, "search": search.strip(), "sort": sort,
            "due": int(due)}
