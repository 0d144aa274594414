"""The Streamlit app: builds settings, loads the assistant once per index build, routes pages."""

from __future__ import annotations

import os
from typing import Any

import streamlit as st

from assistant.config import Settings
from assistant.i18n.messages import message

ADMIN_PASSWORD_ENV = "BPS_ASSISTANT_ADMIN_PASSWORD"


@st.cache_resource(show_spinner=False, max_entries=1)
def load_assistant(settings: Settings, build: str | None) -> Any:
    """Build the assistant once per server process, settings and serving build.

    `build` (the name in index/CURRENT) is part of the key, so a rebuild by the CLI, another
    replica or the Admin page is picked up on the next page run; one entry is kept.
    """
    from assistant.chain import Assistant

    return Assistant.load(settings, environ=os.environ)  # the LLM key is read from it when used


def admin_password() -> str:
    """The Admin page's password: the environment first, then Streamlit secrets; "" for none."""
    from_env = os.environ.get(ADMIN_PASSWORD_ENV, "")
    if from_env:
        return from_env
    if not st.secrets.load_if_toml_exists():
        return ""
    return str(st.secrets.get("admin_password", "") or "")


def main() -> None:
    """Configure the page, pick the language and layout, and run the chosen page."""
    from assistant.indexing.layout import IndexLayout
    from assistant.indexing.pipeline import METRICS_DB
    from assistant.ui.admin_page import render_admin_page
    from assistant.ui.ask_page import render_ask_page
    from assistant.ui.evaluation_page import render_evaluation_page
    from assistant.ui.layout import apply_styles, ui_language
    from assistant.ui.metrics_page import render_metrics_page
    from assistant.ui.obligations_page import render_obligations_page
    from assistant.ui.sources_page import render_sources_page

    st.set_page_config(page_title="BPS plan assistant", page_icon="🏫", layout="centered")
    settings = Settings.from_env(os.environ)
    language = ui_language(st.session_state)
    apply_styles(language)

    def load() -> Any:
        return load_assistant(settings, IndexLayout(settings.index_path).current_name())

    pages = [
        st.Page(
            lambda: render_ask_page(load),
            title=message("page_ask", language),
            icon="💬",
            url_path="ask",
            default=True,
        ),
        st.Page(
            lambda: render_metrics_page(settings.index_path / METRICS_DB, language),
            title=message("page_metrics", language),
            icon="📈",
            url_path="metrics",
        ),
        st.Page(
            lambda: render_obligations_page(settings.index_path / "obligations.duckdb",
                                            language=language),
            title=message("page_obligations", language),
            icon="📋",
            url_path="obligations",
        ),
        st.Page(
            lambda: render_evaluation_page(load, language),
            title=message("page_evaluation", language),
            icon="✅",
            url_path="evaluation",
        ),
        st.Page(
            lambda: render_sources_page(load, language),
            title=message("page_sources", language),
            icon="📚",
            url_path="sources",
        ),
    ]
    password = admin_password()
    if password:  # no password set: no Admin page at all
        pages.append(
            st.Page(
                lambda: render_admin_page(settings, password, language, load_assistant.clear),
                title=message("page_admin", language),
                icon="🔧",
                url_path="admin",
            )
        )
    st.navigation(pages).run()


main()
