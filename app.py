"""The Streamlit app: ask a question, read a short answer, open each cited passage."""

from __future__ import annotations

import os
from typing import Any

import streamlit as st

from assistant.config import Settings
from assistant.errors import AssistantError
from assistant.i18n.messages import OFFICIAL_PAGES, message
from assistant.types import AREAS, LANGUAGES, PLANS, Answer

LANGUAGE_NAMES = {
    "en": "English",
    "es": "Español",
    "ht": "Kreyòl ayisyen",
    "kea": "Kriolu kabuverdianu",
    "zh": "中文",
    "vi": "Tiếng Việt",
    "pt": "Português",
    "ar": "العربية",
    "so": "Soomaali",
    "fr": "Français",
}
AUTO = "auto"


@st.cache_resource(show_spinner="Loading the assistant…")
def load_assistant(settings: Settings) -> Any:
    """Build the assistant once per server process and settings."""
    from assistant.chain import Assistant

    return Assistant.load(settings)


def render_answer(answer: Answer) -> None:
    """Show the answer text, its notices and its numbered citations."""
    for notice in answer.notices:
        st.info(notice)
    st.markdown(answer.text)
    for c in answer.citations:
        if c.kind == "metric":
            label = f"[{c.n}] {c.title} — {c.as_of}"
        else:
            page = f", page {c.page}" if c.page else ""
            label = f"[{c.n}] {c.title} — {c.section}{page}"
        with st.expander(label):
            st.markdown(c.text)
            for url in c.source_urls:
                st.markdown(f"- <{url}>")
            if c.path:
                st.caption(c.path)


def sidebar() -> dict[str, Any]:
    """Filters and language choice."""
    with st.sidebar:
        st.header("Options")
        language = st.selectbox(
            "Answer language",
            [AUTO, *LANGUAGES],
            format_func=lambda c: "Detect from my question" if c == AUTO else LANGUAGE_NAMES[c],
        )
        plan = st.selectbox("Plan", ["", *PLANS], format_func=lambda p: p or "All plans")
        area = st.selectbox("Area", ["", *AREAS], format_func=lambda a: a or "All areas")
        st.divider()
        st.caption(message("unofficial"))
        for name, url in OFFICIAL_PAGES:
            st.markdown(f"- [{name}]({url})")
    return {
        "language": None if language == AUTO else language,
        "plan": plan or None,
        "area": area or None,
    }


def main() -> None:
    """Run the chat page."""
    st.set_page_config(page_title="BPS plan assistant", page_icon="🏫", layout="centered")
    st.title("BPS plan assistant")
    st.caption(
        "Ask about the Systemic Improvement Plan, the Inclusive Education Plan, the plan for "
        "multilingual learners and what the circulars ask of schools. " + message("unofficial")
    )
    options = sidebar()
    try:
        assistant = load_assistant(Settings.from_env(os.environ))
    except AssistantError as exc:
        st.error(str(exc))
        st.stop()
    history: list[tuple[str, Answer]] = st.session_state.setdefault("history", [])
    for question, answer in history:
        with st.chat_message("user"):
            st.markdown(question)
        with st.chat_message("assistant"):
            render_answer(answer)
    typed = st.chat_input("Ask a question, e.g. What did the plan promise about school buses?")
    if typed is None:
        return
    question = str(typed)
    with st.chat_message("user"):
        st.markdown(question)
    with st.chat_message("assistant"):
        try:
            answer = assistant.ask(question, **options)
        except AssistantError as exc:
            st.warning(str(exc))
            return
        render_answer(answer)
    history.append((question, answer))


main()
