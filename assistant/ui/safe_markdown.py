"""Document and model text shown with `st.markdown`: formatting kept, nothing fetched or run."""

from __future__ import annotations

import re

_IMAGE = re.compile(r"!\[")
_UNSAFE_LINK = re.compile(r"\]\((?!\s*<?(?:https?://|mailto:))", re.IGNORECASE)


def inert_markdown(text: str) -> str:
    """Markdown whose images show as text and whose only live links are web and mail links.

    An ingested document, or a model quoting one, could otherwise make every reader's
    browser fetch a third-party image (a tracking pixel) or offer a `javascript:` link.
    HTML needs nothing here: `st.markdown` escapes it unless `unsafe_allow_html` is set,
    which it never is for such text.
    """
    return _UNSAFE_LINK.sub(r"]\\(", _IMAGE.sub(r"!\\[", text))
