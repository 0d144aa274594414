"""User-facing strings by message id and language; English is the fallback."""

from __future__ import annotations

OFFICIAL_PAGES = (
    ("BPS Systemic Improvement Plan page", "https://www.bostonpublicschools.org/domain/3031"),
    ("DESE Systemic Improvement Plan page", "https://doe.mass.edu/sip"),
    ("BPS multilingual learners page", "https://www.bostonpublicschools.org/ell"),
)

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "refusal": (
            "I could not find this in the plan summaries and documents I know, so I will "
            "not guess. You can look at the official pages: {pages}."
        ),
        "empty_question": (
            "Please type a question, for example: What did the plan promise about school buses?"
        ),
        "truncated": "Your question was very long, so only its first {limit} characters were used.",
        "unofficial": (
            "This assistant gives unofficial plain-language summaries of public sources. "
            "Check the official pages before you act."
        ),
        "other_language": (
            "No passage in your language matched, so the answer quotes the English summary."
        ),
        "grounding_failed": (
            "An answer was withheld because it contained a number that is not in its sources."
        ),
    },
}


def message(key: str, language: str = "en", **values: object) -> str:
    """The message `key` in `language` (English when not translated), formatted."""
    table = MESSAGES.get(language, {})
    template = table.get(key) or MESSAGES["en"][key]
    return template.format(**values)


def official_pages_text() -> str:
    """The official pages as 'name (url)' separated by semicolons."""
    return "; ".join(f"{name} ({url})" for name, url in OFFICIAL_PAGES)
