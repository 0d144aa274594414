"""More user-facing strings, one module per part of the product (the app, the LLM composer,
conversations...). Each module defines `MESSAGES: dict[language, dict[message id, text]]`;
they are merged into `assistant.i18n.messages.MESSAGES` at import."""

from __future__ import annotations

import importlib
import pkgutil


def extra_messages() -> dict[str, dict[str, str]]:
    """The strings of every module in this package, merged by language."""
    merged: dict[str, dict[str, str]] = {}
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        for language, table in getattr(module, "MESSAGES", {}).items():
            merged.setdefault(language, {}).update(table)
    return merged
