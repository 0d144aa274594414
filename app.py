"""The Streamlit app: builds settings, loads the assistant once, and routes to the pages."""

from __future__ import annotations

import os
from typing import Any

import streamlit as st

from assistant.config import Settings
from assistant.i18n.messages import RIGHT_TO_LEFT, message


@st.cache_resource(show_spinner=False)
def load_assistant(settings: Settings) -> Any:
    """Build the assistant once per server process and settings."""
    from assistant.chain import Assistant

    return Assistant.load(settings)


def main() -> None:
    """Configure the page, pick the layout direction, and run the chosen page."""
    from assistant.indexing.pipeline import METRICS_DB
    from assistant.ui.ask_page import render_ask_page
    from assistant.ui.evaluation_page import render_evaluation_page
    from assistant.ui.metrics_page import render_metrics_page
    from assistant.ui.obligations_page import render_obligations_page

    st.set_page_config(page_title="BPS plan assistant", page_icon="🏫", layout="centered")
    settings = Settings.from_env(os.environ)
    language = st.session_state.get("language_choice", "auto")
    if language == "auto":
        language = st.session_state.get("conversation_language", "en")
    if language in RIGHT_TO_LEFT:
        st.markdown(
            "<style>[data-testid='stChatMessage'], [data-testid='stMarkdownContainer'] "
            "{direction: rtl; text-align: right;}</style>",
            unsafe_allow_html=True,
        )

    def load() -> Any:
        return load_assistant(settings)

    pages = [
        st.Page(
            lambda: render_ask_page(load),
            title=message("page_ask", language),
            icon="💬",
            url_path="ask",
            default=True,
        ),
        st.Page(
            lambda: render_metrics_page(settings.index_path / METRICS_DB),
            title=message("page_metrics", language),
            icon="📈",
            url_path="metrics",
        ),
        st.Page(
            lambda: render_obligations_page(settings.index_path / "obligations.duckdb"),
            title=message("page_obligations", language),
            icon="📋",
            url_path="obligations",
        ),
        st.Page(
            lambda: render_evaluation_page(load),
            title=message("page_evaluation", language),
            icon="✅",
            url_path="evaluation",
        ),
    ]
    st.navigation(pages).run()


main()
