"""What every page shares: the interface language, choices kept across pages, phone-width CSS."""

from __future__ import annotations

from collections.abc import MutableMapping
from typing import Any

from assistant.i18n.messages import RIGHT_TO_LEFT
from assistant.types import LANGUAGES

AUTO = "auto"
LANGUAGE_KEY = "language_choice"  # the "Answer language" picker
ROLE_KEY = "role_choice"  # the "I am" picker
ROLES = ("family", "principal", "staff")
_KEPT = "kept:"

# Long words and URLs wrap instead of widening the page; narrow screens get smaller margins.
# Streamlit itself stacks columns and collapses the sidebar below 640 px.
PHONE_CSS = """<style>
[data-testid="stMarkdownContainer"], [data-testid="stCaptionContainer"] {
  overflow-wrap: anywhere;
}
[data-testid="stMarkdownContainer"] pre, [data-testid="stMarkdownContainer"] table {
  display: block; max-width: 100%; overflow-x: auto;
}
@media (max-width: 640px) {
  [data-testid="stMainBlockContainer"] { padding-left: 0.75rem; padding-right: 0.75rem; }
}
</style>"""
RTL_CSS = """<style>
[data-testid="stChatMessage"], [data-testid="stMarkdownContainer"] {
  direction: rtl; text-align: right;
}
</style>"""


def restore(state: MutableMapping[Any, Any], key: str, default: Any) -> None:
    """Give a widget back the value it had before another page was shown.

    Streamlit forgets a widget's value when a run does not draw it (another page), so each
    value is also kept under a second key that no widget owns.
    """
    if key not in state:
        state[key] = state.get(_KEPT + key, default)


def keep(state: MutableMapping[Any, Any], key: str) -> None:
    """Remember a widget's current value for when its page is shown again."""
    if key in state:
        state[_KEPT + key] = state[key]


def chosen(state: MutableMapping[Any, Any], key: str, default: Any) -> Any:
    """A widget's value, or the kept one while its page is not shown."""
    return state.get(key, state.get(_KEPT + key, default))


def ui_language(state: MutableMapping[Any, Any]) -> str:
    """The interface language: the one picked, else the conversation's, else English."""
    choice = chosen(state, LANGUAGE_KEY, AUTO)
    if choice in LANGUAGES:
        return str(choice)
    remembered = state.get("conversation_language", "en")
    return str(remembered) if remembered in LANGUAGES else "en"


def ui_role(state: MutableMapping[Any, Any]) -> str:
    """The role picked on the Ask page (family by default)."""
    role = chosen(state, ROLE_KEY, "family")
    return str(role) if role in ROLES else "family"


def apply_styles(language: str) -> None:
    """Add the phone-width rules, and right-to-left text for Arabic."""
    import streamlit as st

    css = PHONE_CSS + (RTL_CSS if language in RIGHT_TO_LEFT else "")
    st.markdown(css, unsafe_allow_html=True)
