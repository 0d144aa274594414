"""User-facing strings exist in every language, with the same placeholders as English."""

from __future__ import annotations

import string

import pytest

from assistant.i18n.messages import (
    LANGUAGE_NAMES,
    MESSAGES,
    OFFICIAL_PAGES,
    message,
    official_pages_text,
)
from assistant.types import LANGUAGES

TRANSLATED = [code for code in LANGUAGES if code != "en"]
# The word is the same in both languages, so the translation may equal the English string.
SAME_AS_ENGLISH = {
    ("es", "plan"),
    ("ht", "plan"),
    ("fr", "plan"),
    ("fr", "options"),
    ("fr", "page"),
    ("es", "area_general"),  # "General" is Spanish too
    # the same word in French
    *(("fr", key) for key in ("obl_col_title", "obl_col_section", "obl_col_page",
                              "obl_document", "obl_sort_document", "eval_draft_question",
                              "eval_metric_questions")),
    # names of retrieval measures, the same in every language
    *((language, key) for language in LANGUAGES
      for key in ("eval_metric_mrr", "eval_metric_ndcg_at_k")),
}
# Sample values for every placeholder an English message uses.
VALUES = {"pages": "BPS page (https://example.org/bps)", "limit": 2000, "path": "index/x.duckdb",
          "shown": 3, "total": 5, "stage": "eval hybrid", "done": 2, "count": 4, "passed": 2,
          "role": "family", "answer_language": "es", "sections": "sip.overview"}


def placeholders(template: str) -> list[str]:
    return sorted(name for _, name, _, _ in string.Formatter().parse(template) if name)


def test_every_answer_language_has_a_table_and_a_name() -> None:
    assert set(MESSAGES) == set(LANGUAGES)
    assert set(LANGUAGE_NAMES) == set(LANGUAGES)


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_english_key_is_translated(language: str) -> None:
    missing = sorted(set(MESSAGES["en"]) - set(MESSAGES[language]))
    extra = sorted(set(MESSAGES[language]) - set(MESSAGES["en"]))
    assert missing == [], f"{language} lacks {missing}"
    assert extra == [], f"{language} has keys English does not: {extra}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_placeholders_match_english_exactly(language: str) -> None:
    for key, english in MESSAGES["en"].items():
        translated = MESSAGES[language].get(key, english)
        assert placeholders(translated) == placeholders(english), f"{language}/{key}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_differ_from_english(language: str) -> None:
    same = sorted(
        key
        for key, english in MESSAGES["en"].items()
        if MESSAGES[language].get(key) == english and (language, key) not in SAME_AS_ENGLISH
    )
    assert same == [], f"{language} copies English for {same}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_message_formats_every_key(language: str) -> None:
    for key, english in MESSAGES["en"].items():
        needed = {name: VALUES[name] for name in placeholders(english)}
        text = message(key, language, **needed)
        assert text.strip() and "{" not in text, f"{language}/{key}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_refusal_lists_the_official_pages_in_the_language(language: str) -> None:
    pages = official_pages_text(language)
    text = message("refusal", language, pages=pages)
    assert pages in text
    for key, url in OFFICIAL_PAGES:
        assert f"{MESSAGES[language][key]} ({url})" in text


def test_the_refusal_says_we_will_not_guess() -> None:
    assert "will not guess" in message("refusal", "en", pages="x")
    assert "no voy a adivinar" in message("refusal", "es", pages="x")
    assert "ne vais pas deviner" in message("refusal", "fr", pages="x")


def test_truncated_states_the_limit_in_every_language() -> None:
    for language in LANGUAGES:
        assert "2000" in message("truncated", language, limit=2000)


def test_a_key_missing_from_a_language_falls_back_to_english(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(MESSAGES["en"], "brand_new", "A new {thing}")
    assert message("brand_new", "so", thing="label") == "A new label"
    assert message("page_ask", "xx") == MESSAGES["en"]["page_ask"]
