"""Errors a user can act on; the CLI and the app turn them into one clear line."""

from __future__ import annotations


class AssistantError(Exception):
    """Base class: the message is shown to the user as is."""


class IngestError(AssistantError):
    """A file could not be read or parsed."""


class IndexMissingError(AssistantError):
    """The index has not been built, or was built differently."""


class IndexCorruptError(AssistantError):
    """The index on disk cannot be opened."""


class ConfigError(AssistantError):
    """A setting has a value we cannot use."""


class MetricsError(AssistantError):
    """Loading or querying the metrics store failed."""


class UnsafeQueryError(MetricsError):
    """A staff SQL query was refused by the guards."""


class QuestionSetError(AssistantError):
    """An evaluation question set is malformed."""
