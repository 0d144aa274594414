"""What serving does when part of the index is damaged: say which file, and how to rebuild it.

A damaged vector store, manifest or CURRENT pointer stops `Assistant.load` with one line
naming the file and `bps-assistant index --rebuild` (raised where they are opened). A damaged
metrics.duckdb does not: passages still answer every question they can, and each question
about figures gets that one line instead of an answer (see `metrics_or_unavailable`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from assistant.errors import MetricsError
from assistant.indexing.layout import REBUILD_COMMAND
from assistant.metrics.connection import REBUILD_HINT
from assistant.metrics.store import check_readable
from assistant.metrics.tool import MetricsTool
from assistant.types import MetricResult

log = logging.getLogger(__name__)


class UnavailableMetrics(MetricsTool):
    """Stands in for a metrics store that cannot be read: every lookup raises its error."""

    def __init__(self, error: MetricsError, db_path: Path | None = None) -> None:
        self.error = error
        self.db_path = db_path
        self.catalog = []
        self.max_age_days = 365
        self._today: date | None = None
        self._embedder = None

    def lookup(
        self, question: str, area: str | None = None, limit: int = 2, language: str = "en"
    ) -> list[MetricResult]:
        """Refuse with the reason the store cannot be read."""
        raise self.error

    def result(self, *args: Any, **kwargs: Any) -> MetricResult:
        """Refuse with the reason the store cannot be read."""
        raise self.error

    def series(self, *args: Any, **kwargs: Any) -> Any:
        """Refuse with the reason the store cannot be read."""
        raise self.error

    def indicator(self, indicator_id: str) -> Any:
        """Refuse with the reason the store cannot be read."""
        raise self.error

    def close(self) -> None:
        """Nothing is open."""


def metrics_or_unavailable(open_tool: Callable[[], MetricsTool | None]) -> MetricsTool | None:
    """The metrics tool, or a stand-in that explains on each figure question why there is none.

    A damaged metrics.duckdb is a fault of one part: refusing to load would also take away
    every cited passage answer (most questions), while loading silently without figures would
    let "are the buses on time?" be answered from the plan's target as if nothing were wrong.
    """
    try:
        tool = open_tool()
        if tool is not None:
            check_readable(tool.db)
        return tool
    except MetricsError as exc:
        error = MetricsError(metrics_unavailable_message(exc))
        log.warning("%s", error)
        return UnavailableMetrics(error)


def metrics_unavailable_message(exc: BaseException) -> str:
    """One line: figures are unavailable, why (naming the file), and the rebuild command."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    text = text.replace(f"; {REBUILD_HINT}", "")  # the store's own hint: said once, below
    if REBUILD_COMMAND not in text:
        text = f"{text}; rebuild it with '{REBUILD_COMMAND}'"
    return f"figures are unavailable: {text}"
