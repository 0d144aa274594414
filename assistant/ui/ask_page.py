"""The Ask page: who is asking and in which language, starter questions, a conversation whose
follow-ups are rewritten, streamed answers with numbered citations, and feedback on each."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, MutableMapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from assistant.errors import AssistantError
from assistant.i18n.messages import LANGUAGE_NAMES, OFFICIAL_PAGES, area_name, message
from assistant.types import AREAS, LANGUAGES, PLANS, Answer, Citation
from assistant.ui.layout import (
    AUTO,
    LANGUAGE_KEY,
    ROLE_KEY,
    ROLES,
    keep,
    restore,
    ui_language,
)
from assistant.ui.safe_markdown import inert_markdown

if TYPE_CHECKING:
    from assistant.chain import Assistant
    from assistant.config import Settings

log = logging.getLogger(__name__)

HISTORY = "history"  # list[Exchange]
CONVERSATION = "conversation"  # assistant.conversation.Conversation
PENDING = "pending_question"  # (text, language) of a clicked starter question
RATED = "feedback_given"  # exchange id -> "saved" | "failed"


@dataclass(frozen=True)
class Exchange:
    """One question of the conversation as the user saw it."""

    id: str  # keys this exchange's widgets, so a rerun never records a rating twice
    typed: str
    answer: Answer
    searched_for: str  # the rewritten question, "" when it was searched as typed
    role: str


def citation_label(c: Citation, language: str) -> str:
    """The expander label of a citation: number, quoted sources, title, section and page."""
    if c.kind == "metric":
        return f"[{c.n}] {c.title} — {c.as_of}"
    page = f", {message('page', language)} {c.page}" if c.page else ""
    sources = f"{'; '.join(c.quoted_sources)} · " if c.quoted_sources else ""
    return f"[{c.n}] {sources}{c.title} — {c.section}{page}"


def render_answer(answer: Answer, key: str) -> None:
    """Show the answer text, its notices and its numbered citations."""
    import streamlit as st

    lang = answer.language
    for notice in answer.notices:
        st.info(notice)
    st.markdown(inert_markdown(answer.text))
    for c in answer.citations:
        with st.expander(citation_label(c, lang)):
            st.markdown(inert_markdown(c.text))
            if (
                c.original_text
                and c.original_language != c.language
                and st.toggle(message("show_english", lang), key=f"{key}-orig-{c.n}")
            ):
                st.caption(message("english_original", lang))
                st.markdown(inert_markdown(c.original_text))
            for url in c.source_urls:
                st.markdown(f"- <{url}>")
            if c.path:
                st.caption(c.path)


def unofficial_notice(language: str) -> None:
    """The notice that answers are unofficial summaries, with the official plans' links."""
    import streamlit as st

    links = " · ".join(f"[{message(key, language)}]({url})" for key, url in OFFICIAL_PAGES)
    st.info(f"{message('unofficial', language)}\n\n{message('official_pages', language)}: {links}")


def choose_language_and_role(state: MutableMapping[Any, Any], language: str) -> tuple[str, str]:
    """The answer language and the role, side by side on the page (stacked on a phone)."""
    import streamlit as st

    restore(state, LANGUAGE_KEY, AUTO)
    restore(state, ROLE_KEY, "family")
    left, right = st.columns(2)
    choice = left.selectbox(
        message("answer_language", language),
        [AUTO, *LANGUAGES],
        format_func=lambda c: (
            message("detect_language", language) if c == AUTO else LANGUAGE_NAMES[c]
        ),
        key=LANGUAGE_KEY,
    )
    role = right.selectbox(
        message("role", language),
        ROLES,
        format_func=lambda r: message(f"role_{r}", language),
        key=ROLE_KEY,
    )
    keep(state, LANGUAGE_KEY)
    keep(state, ROLE_KEY)
    return str(choice), str(role)


def filters_sidebar(language: str) -> dict[str, str | None]:
    """Plan and area filters, in the sidebar."""
    import streamlit as st

    with st.sidebar:
        st.header(message("options", language))
        plan = st.selectbox(
            message("plan", language),
            ["", *PLANS],
            format_func=lambda p: p or message("all_plans", language),
        )
        area = st.selectbox(
            message("area", language),
            ["", *AREAS],
            format_func=lambda a: area_name(a, language) if a else message("all_areas", language),
        )
    return {"plan": plan or None, "area": area or None}


def render_ask_page(load: Callable[[], Assistant]) -> None:
    """Run the chat: choices and notice, history, then the new question and its answer."""
    import streamlit as st

    state = st.session_state
    language = ui_language(state)
    st.title(message("app_title", language))
    st.caption(message("app_caption", language))
    unofficial_notice(language)
    choice, role = choose_language_and_role(state, language)
    picked = None if choice == AUTO else choice
    filters = filters_sidebar(language)
    try:
        assistant = load()
    except AssistantError as exc:
        st.error(str(exc))
        st.stop()
    history: list[Exchange] = state.setdefault(HISTORY, [])
    if not history and PENDING not in state:
        _starters(role, language)
    elif history:
        st.button(message("new_conversation", language), on_click=_new_conversation,
                  key="new-conversation")
    for exchange in history:
        _show(exchange, assistant.settings)
    typed = st.chat_input(message("ask_placeholder", language))
    pending = state.pop(PENDING, None)
    if typed is not None:
        question, starter_language = str(typed), None
    elif pending is not None:
        question, starter_language = pending
    else:
        return
    language_hint = picked or starter_language
    new = _ask(assistant, question, language_hint, role, filters)
    if new is not None:
        history.append(new)
        _feedback(new, assistant.settings)


def _ask(
    assistant: Assistant,
    typed: str,
    picked: str | None,
    role: str,
    filters: dict[str, str | None],
) -> Exchange | None:
    """Rewrite a follow-up, answer it (streaming when the composer writes), remember it."""
    import streamlit as st

    from assistant.conversation import Conversation, searching_for
    from assistant.feedback.questions import log_question

    state = st.session_state
    conversation: Conversation = state.setdefault(CONVERSATION, Conversation())
    rewrite = conversation.rewrite(typed, picked)
    chosen = {k: v for k, v in filters.items() if v}
    options: dict[str, Any] = {**rewrite.filters, **chosen, "role": role}
    options["language"] = picked or state.get("conversation_language") or rewrite.language
    ui = options["language"] or ui_language(state)
    with st.chat_message("user"):
        st.markdown(typed)
    with st.chat_message("assistant"):
        if rewrite.rewritten:
            st.caption(searching_for(rewrite.text, ui))
        try:
            answer = _answer_live(assistant, rewrite.text, options, message("thinking", ui))
        except AssistantError as exc:
            st.warning(str(exc))
            return None
        exchange = Exchange(
            id=uuid.uuid4().hex,
            typed=typed,
            answer=answer,
            searched_for=rewrite.text if rewrite.rewritten else "",
            role=role,
        )
        render_answer(answer, key=exchange.id)
    state["conversation_language"] = answer.language
    conversation.add(typed, rewrite, answer)
    try:
        log_question(assistant.settings, answer, role)
    except OSError as exc:  # the answer still counts when the log cannot be written
        log.warning("question log not written: %s", exc)
    return exchange


def _answer_live(assistant: Assistant, text: str, options: dict[str, Any], thinking: str) -> Answer:
    """Show a model's draft as it is written, then return the checked final answer."""
    import streamlit as st

    draft = st.empty()
    written = ""
    with st.spinner(thinking):
        for item in assistant.stream(text, **options):
            if isinstance(item, Answer):
                draft.empty()  # the rendered answer replaces the draft
                return item
            written += item
            draft.markdown(inert_markdown(written) + " ▌")
    raise RuntimeError("the assistant's stream ended without an answer")


def _show(exchange: Exchange, settings: Settings) -> None:
    """Draw one earlier exchange of the conversation, with its feedback buttons."""
    import streamlit as st

    from assistant.conversation import searching_for

    with st.chat_message("user"):
        st.markdown(exchange.typed)
    with st.chat_message("assistant"):
        if exchange.searched_for:
            st.caption(searching_for(exchange.searched_for, exchange.answer.language))
        render_answer(exchange.answer, key=exchange.id)
    _feedback(exchange, settings)


def _feedback(exchange: Exchange, settings: Settings) -> None:
    """Thumbs up, thumbs down and "wrong or missing source" under an answer; thanks once rated."""
    import streamlit as st

    language = exchange.answer.language
    rated: dict[str, str] = st.session_state.setdefault(RATED, {})
    status = rated.get(exchange.id)
    if status == "saved":
        st.caption(message("feedback_saved", language))
        return
    if status == "failed":
        st.warning(message("feedback_failed", language))
    privacy = message("feedback_privacy", language)
    row = st.container(horizontal=True, key=f"feedback-{exchange.id}")
    for name, icon, rating, wrong in (
        ("up", ":material/thumb_up:", "up", False),
        ("down", ":material/thumb_down:", "down", False),
        ("source", ":material/report:", "down", True),
    ):
        label = {"up": "feedback_helpful", "down": "feedback_not_helpful",
                 "source": "feedback_wrong_source"}[name]
        row.button(
            message(label, language),
            icon=icon,
            key=f"fb-{name}-{exchange.id}",
            help=privacy,
            on_click=_rate,
            args=(exchange, rating, wrong, settings),
        )


def _rate(exchange: Exchange, rating: str, wrong_source: bool, settings: Settings) -> None:
    """Store one rating (runs before the rerun, so each click records exactly once)."""
    import streamlit as st

    from assistant.feedback.store import FeedbackStore

    rated: dict[str, str] = st.session_state.setdefault(RATED, {})
    if rated.get(exchange.id) == "saved":
        return
    try:
        FeedbackStore.for_settings(settings).record(
            exchange.answer, rating=rating, wrong_source=wrong_source, role=exchange.role
        )
    except (AssistantError, OSError) as exc:  # a damaged or unwritable feedback folder
        log.warning("feedback not stored: %s", exc)
        rated[exchange.id] = "failed"
        return
    rated[exchange.id] = "saved"


def _starters(role: str, language: str) -> None:
    """The suggested questions of a role, in the interface language; a click asks one."""
    import streamlit as st

    from assistant.ui.starters import starters

    st.caption(message("starters_title", language))
    for i, question in enumerate(starters(role, language)):
        st.button(
            question,
            key=f"starter-{role}-{language}-{i}",
            width="stretch",
            on_click=_choose_starter,
            args=(question, language),
        )


def _choose_starter(question: str, language: str) -> None:
    import streamlit as st

    st.session_state[PENDING] = (question, language)


def _new_conversation() -> None:
    """Forget the exchanges and the conversation's topic (the interface language stays)."""
    import streamlit as st

    st.session_state[HISTORY] = []
    st.session_state.pop(CONVERSATION, None)
    st.session_state.pop(RATED, None)
