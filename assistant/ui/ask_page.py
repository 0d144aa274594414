"""The Ask page: chat with numbered citations, each opening to its passage."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from assistant.errors import AssistantError
from assistant.i18n.messages import LANGUAGE_NAMES, OFFICIAL_PAGES, message
from assistant.types import AREAS, LANGUAGES, PLANS, Answer, Citation

if TYPE_CHECKING:
    from assistant.chain import Assistant

AUTO = "auto"


def citation_label(c: Citation, language: str) -> str:
    """The expander label of a citation: number, title, section and page."""
    if c.kind == "metric":
        return f"[{c.n}] {c.title} — {c.as_of}"
    page = f", {message('page', language)} {c.page}" if c.page else ""
    return f"[{c.n}] {c.title} — {c.section}{page}"


def render_answer(answer: Answer, key: str) -> None:
    """Show the answer text, its notices and its numbered citations."""
    import streamlit as st

    lang = answer.language
    for notice in answer.notices:
        st.info(notice)
    st.markdown(answer.text)
    for c in answer.citations:
        with st.expander(citation_label(c, lang)):
            st.markdown(c.text)
            if (
                c.original_text
                and c.original_language != c.language
                and st.toggle(message("show_english", lang), key=f"{key}-orig-{c.n}")
            ):
                st.caption(message("english_original", lang))
                st.markdown(c.original_text)
            for url in c.source_urls:
                st.markdown(f"- <{url}>")
            if c.path:
                st.caption(c.path)


def options_sidebar(language: str) -> dict[str, Any]:
    """The answer language and filters, in the sidebar."""
    import streamlit as st

    with st.sidebar:
        st.header(message("options", language))
        choice = st.selectbox(
            message("answer_language", language),
            [AUTO, *LANGUAGES],
            format_func=lambda c: (
                message("detect_language", language) if c == AUTO else LANGUAGE_NAMES[c]
            ),
            key="language_choice",
        )
        plan = st.selectbox(
            message("plan", language),
            ["", *PLANS],
            format_func=lambda p: p or message("all_plans", language),
        )
        area = st.selectbox(
            message("area", language),
            ["", *AREAS],
            format_func=lambda a: a or message("all_areas", language),
        )
        st.divider()
        st.caption(message("unofficial", language))
        for name_key, url in OFFICIAL_PAGES:
            st.markdown(f"- [{message(name_key, language)}]({url})")
    return {
        "language": None if choice == AUTO else choice,
        "plan": plan or None,
        "area": area or None,
    }


def render_ask_page(load: Callable[[], Assistant]) -> None:
    """Run the chat: history first, then the new question and its answer."""
    import streamlit as st

    state = st.session_state
    language = state.get("language_choice", AUTO)
    ui_language = language if language != AUTO else state.get("conversation_language", "en")
    options = options_sidebar(ui_language)
    st.title(message("app_title", ui_language))
    st.caption(message("app_caption", ui_language) + " " + message("unofficial", ui_language))
    try:
        assistant = load()
    except AssistantError as exc:
        st.error(str(exc))
        st.stop()
    history: list[tuple[str, Answer]] = state.setdefault("history", [])
    for i, (question, answer) in enumerate(history):
        with st.chat_message("user"):
            st.markdown(question)
        with st.chat_message("assistant"):
            render_answer(answer, key=f"a{i}")
    typed = st.chat_input(message("ask_placeholder", ui_language))
    if typed is None:
        return
    question = str(typed)
    if options["language"] is None and "conversation_language" in state:
        options["language"] = state["conversation_language"]  # remembered for the conversation
    with st.chat_message("user"):
        st.markdown(question)
    with st.chat_message("assistant"):
        try:
            with st.spinner(message("thinking", ui_language)):
                answer = assistant.ask(question, **options)
        except AssistantError as exc:
            st.warning(str(exc))
            return
        render_answer(answer, key=f"a{len(history)}")
    state["conversation_language"] = answer.language
    history.append((question, answer))
