"""The Admin page: behind a password, upload documents to ingest and rebuild the index.

Uploads take the path of `bps-assistant ingest`: the files are saved under index/uploads/,
registered in index/sources.json with their options, and the index is brought up to date by
`build_all`, with a progress bar. The app shows this page only when a password is set.
"""

from __future__ import annotations

import hmac
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.errors import AssistantError, IngestError
from assistant.i18n.messages import LANGUAGE_NAMES, message
from assistant.types import AREAS, LANGUAGES, PLANS

if TYPE_CHECKING:
    from assistant.config import Settings
    from assistant.indexing.builder import BuildReport, Progress

UPLOADS = "uploads"
SUFFIXES = ("pdf", "html", "htm", "docx", "md", "txt")
SIGNED_IN = "admin_signed_in"
DEFAULT_PLAN = "circulars"
_STAGES = {"reading": "stage_reading", "embedding sentences": "stage_embedding",
           "storing passages": "stage_storing", "metrics": "stage_metrics"}


def password_matches(given: str, expected: str) -> bool:
    """True when a password is set and `given` is it (compared in constant time)."""
    if not expected:
        return False
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def safe_name(name: str) -> str:
    """A file name that stays inside the uploads folder, or an IngestError saying why not."""
    base = re.sub(r"[^\w.-]+", "_", Path(name.replace("\\", "/")).name).strip("._")
    suffix = base.rsplit(".", 1)[-1].lower() if "." in base else ""
    if not base or suffix not in SUFFIXES:
        raise IngestError(
            f"could not read '{name}': unsupported file type (supported: "
            f"{', '.join('.' + s for s in SUFFIXES)})"
        )
    return base


def save_uploads(folder: Path, files: Iterable[tuple[str, bytes]]) -> list[Path]:
    """Write uploaded files into `folder`; a file of the same name is replaced (a new version)."""
    folder.mkdir(parents=True, exist_ok=True)
    saved = []
    for name, data in files:
        path = folder / safe_name(name)
        tmp = path.with_name(path.name + ".part")
        tmp.write_bytes(data)
        tmp.replace(path)
        saved.append(path)
    return saved


def ingest(
    settings: Settings,
    paths: Iterable[Path],
    plan: str = "",
    area: str = "",
    language: str = "",
    progress: Progress | None = None,
) -> BuildReport:
    """Register files as `bps-assistant ingest` does, then bring the index up to date."""
    from assistant.indexing.layout import IndexLayout
    from assistant.indexing.pipeline import build_all

    entries = [
        {"path": str(p.resolve()), "plan": plan, "area": area, "language": language}
        for p in paths
    ]
    IndexLayout(settings.index_path).register_sources(entries)
    return build_all(settings, rebuild=False, progress=progress)


def render_admin_page(
    settings: Settings, password: str, language: str, on_rebuilt: Callable[[], None]
) -> None:
    """Sign in, then upload and rebuild; `on_rebuilt` refreshes the cached assistant."""
    import streamlit as st

    st.header(message("page_admin", language))
    st.caption(message("admin_caption", language))
    if not st.session_state.get(SIGNED_IN):
        _sign_in(password, language)
        return
    st.button(message("admin_sign_out", language), key="admin-sign-out", on_click=_sign_out)
    _upload(settings, language, on_rebuilt)
    st.divider()
    scratch = st.checkbox(message("admin_from_scratch", language), key="admin-scratch")
    if st.button(message("admin_rebuild", language), key="admin-rebuild"):
        _run(settings, language, on_rebuilt, lambda tick: _rebuild(settings, scratch, tick))
    _added(settings, language)


def _sign_in(password: str, language: str) -> None:
    import streamlit as st

    with st.form("admin-sign-in", clear_on_submit=True):
        given = st.text_input(message("admin_password", language), type="password",
                              key="admin-password")
        submitted = st.form_submit_button(message("admin_sign_in", language))
    if submitted:
        if password_matches(given, password):
            st.session_state[SIGNED_IN] = True
            st.rerun()
        st.error(message("admin_wrong_password", language))


def _sign_out() -> None:
    import streamlit as st

    st.session_state.pop(SIGNED_IN, None)


def _upload(settings: Settings, language: str, on_rebuilt: Callable[[], None]) -> None:
    import streamlit as st

    files = st.file_uploader(message("admin_upload", language), type=list(SUFFIXES),
                             accept_multiple_files=True, key="admin-files") or []
    plan_col, area_col, lang_col = st.columns(3)
    plan = plan_col.selectbox(message("admin_plan", language), PLANS,
                              index=PLANS.index(DEFAULT_PLAN), key="admin-plan")
    area = area_col.selectbox(message("admin_area", language), ["", *AREAS], key="admin-area",
                              format_func=lambda a: a or message("admin_guess_area", language))
    doc_language = lang_col.selectbox(
        message("admin_language", language), ["", *LANGUAGES], key="admin-language",
        format_func=lambda c: (
            LANGUAGE_NAMES[c] if c else message("admin_detect_language", language)
        ),
    )
    if not st.button(message("admin_add", language), type="primary", key="admin-add"):
        return
    if not files:
        st.warning(message("admin_no_files", language))
        return
    try:
        saved = save_uploads(settings.index_path / UPLOADS,
                             [(f.name, f.getvalue()) for f in files])
    except (IngestError, OSError) as exc:
        st.error(str(exc))
        return
    st.caption(f"{message('admin_saved', language)} {', '.join(p.name for p in saved)}")
    _run(settings, language, on_rebuilt,
         lambda tick: ingest(settings, saved, plan, area, doc_language, tick))


def _rebuild(settings: Settings, scratch: bool, tick: Progress) -> BuildReport:
    from assistant.indexing.pipeline import build_all

    return build_all(settings, rebuild=scratch, progress=tick)


def _run(
    settings: Settings,
    language: str,
    on_rebuilt: Callable[[], None],
    build: Callable[[Progress], BuildReport],
) -> None:
    """Run a build with a progress bar, report it, and refresh the assistant when it changed."""
    import streamlit as st

    bar = st.progress(0.0, text=message("stage_starting", language))

    def tick(stage: str, done: int, total: int) -> None:
        name = message(_STAGES[stage], language) if stage in _STAGES else stage
        bar.progress(min(done / total, 1.0) if total else 1.0,
                     text=f"{name}: {done} / {total}")

    try:
        report = build(tick)
    except AssistantError as exc:  # another build running, a damaged index...
        bar.empty()
        st.error(str(exc))
        return
    bar.progress(1.0, text=message("stage_done", language))
    if report.changed:
        on_rebuilt()
        st.success(message("admin_done", language))
    else:
        st.info(message("admin_up_to_date", language))
    files, passages, embedded = st.columns(3)
    files.metric(message("admin_files", language), report.files)
    passages.metric(message("admin_passages", language), report.chunks)
    embedded.metric(message("admin_embedded", language), report.embedded_chunks)
    if report.failures:
        st.error(message("admin_failed", language) + "\n\n"
                 + "\n".join(f"- {line}" for line in report.failures))
    for line in report.notices:
        st.caption(line)


def _added(settings: Settings, language: str) -> None:
    """The files and folders added so far (index/sources.json)."""
    import streamlit as st

    from assistant.indexing.layout import IndexLayout

    try:
        added = IndexLayout(settings.index_path).registered_sources()
    except AssistantError as exc:
        st.error(str(exc))
        return
    if added:
        st.subheader(message("admin_added_documents", language))
        st.dataframe(added, hide_index=True, key="admin-added")
