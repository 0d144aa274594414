"""Ratings of answers in a DuckDB file, with nothing personal in it.

Several Streamlit threads and several app processes may write at once. DuckDB lets one
process hold a database file open for writing, so every write opens a short-lived
connection, retrying while another process holds the file; threads of one process take
turns on a lock. Questions and answers are redacted (`assistant.privacy.redact`) before they
are stored, and no IP address, user id or session id is ever recorded.
"""

from __future__ import annotations

import json
import logging
import random
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from assistant.errors import AssistantError
from assistant.privacy import redact
from assistant.types import Answer, Citation

if TYPE_CHECKING:
    from assistant.config import Settings

log = logging.getLogger(__name__)

FILE_NAME = "feedback.duckdb"
RATINGS = ("up", "down")
ROLES = ("family", "principal", "staff")
COLUMNS = (
    "id", "time", "question", "answer", "citations", "language", "role", "rating",
    "wrong_source", "refused",
)
_SCHEMA = """
CREATE TABLE IF NOT EXISTS feedback (
    id VARCHAR PRIMARY KEY,       -- random, names the row only (not a user or a session)
    time TIMESTAMP NOT NULL,      -- UTC, to the second
    question VARCHAR NOT NULL,    -- redacted
    answer VARCHAR NOT NULL,      -- redacted
    citations VARCHAR NOT NULL,   -- JSON list: where each citation points (no passage text)
    language VARCHAR NOT NULL,
    role VARCHAR NOT NULL,
    rating VARCHAR NOT NULL,
    wrong_source BOOLEAN NOT NULL,
    refused BOOLEAN NOT NULL
)
"""
_CONFIG = {
    "enable_external_access": False,
    "autoload_known_extensions": False,
    "autoinstall_known_extensions": False,
    "threads": 1,
}
BUSY_SECONDS = 15.0  # how long a write waits for another process to let go of the file
_LOCKS: dict[Path, threading.Lock] = {}
_LOCKS_GUARD = threading.Lock()
T = TypeVar("T")


class FeedbackError(AssistantError):
    """Feedback could not be stored or read."""


class FeedbackStore:
    """Append ratings to, and read them back from, one DuckDB file."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        with _LOCKS_GUARD:
            self._lock = _LOCKS.setdefault(self.path.resolve(), threading.Lock())

    @classmethod
    def for_settings(cls, settings: Settings) -> FeedbackStore:
        """The store in the settings' var folder."""
        return cls(settings.var_path / FILE_NAME)

    def record(
        self, answer: Answer, *, rating: str, wrong_source: bool = False, role: str = "family"
    ) -> None:
        """Store one rating ("up" or "down") of `answer`, redacted."""
        if rating not in RATINGS:
            raise FeedbackError(f"unknown rating '{rating}'; use one of: {', '.join(RATINGS)}")
        if role not in ROLES:
            raise FeedbackError(f"unknown role '{role}'; use one of: {', '.join(ROLES)}")
        row = (
            uuid.uuid4().hex,
            datetime.now(UTC).replace(microsecond=0, tzinfo=None),
            _storable(answer.question),
            _storable(answer.text),
            json.dumps([citation_record(c) for c in answer.citations], ensure_ascii=False),
            answer.language,
            role,
            rating,
            bool(wrong_source),
            bool(answer.refused),
        )

        def insert(conn: Any) -> None:
            conn.execute(_SCHEMA)
            conn.execute(f"INSERT INTO feedback VALUES ({', '.join('?' * len(row))})", row)

        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._with_connection(insert, read_only=False)

    def rows(self) -> list[dict[str, Any]]:
        """Every rating, oldest first; citations as a list of dicts, time as ISO text."""
        return self._select("")

    def thumbs_down(self) -> list[dict[str, Any]]:
        """The ratings that said an answer was not good, oldest first."""
        return self._select("WHERE rating = 'down'")

    def _select(self, where: str) -> list[dict[str, Any]]:
        if not self.path.exists():
            return []

        def query(conn: Any) -> list[tuple[Any, ...]]:
            tables = conn.execute(
                "SELECT count(*) FROM information_schema.tables WHERE table_name = 'feedback'"
            ).fetchone()
            if not tables or not tables[0]:
                return []
            rows: list[tuple[Any, ...]] = conn.execute(
                f"SELECT {', '.join(COLUMNS)} FROM feedback {where} ORDER BY time, rowid"
            ).fetchall()
            return rows

        return [_as_dict(row) for row in self._with_connection(query, read_only=True)]

    def _with_connection(self, work: Callable[[Any], T], *, read_only: bool) -> T:
        """Run `work` on a fresh connection, waiting while another process holds the file."""
        import duckdb

        deadline = time.monotonic() + BUSY_SECONDS
        pause = 0.01
        with self._lock:
            while True:
                try:
                    with _connect(self.path, read_only) as conn:
                        return work(conn)
                except duckdb.IOException as exc:
                    if "lock" not in str(exc).lower() or time.monotonic() > deadline:
                        raise self._failure(exc) from exc
                except duckdb.Error as exc:
                    raise self._failure(exc) from exc
                log.debug("feedback file %s is busy; trying again", self.path)
                time.sleep(pause * (1 + random.random()))
                pause = min(pause * 2, 0.2)

    def _failure(self, exc: Exception) -> FeedbackError:
        log.warning("feedback store %s: %s", self.path, exc)
        if "lock" in str(exc).lower():
            return FeedbackError(
                f"the feedback file {self.path} stayed busy for {BUSY_SECONDS:.0f} seconds; "
                f"try again in a moment"
            )
        return FeedbackError(
            f"could not use the feedback file {self.path} ({type(exc).__name__}); if it is "
            f"damaged, move it aside and a new one will be started"
        )


@contextmanager
def _connect(path: Path, read_only: bool) -> Iterator[Any]:
    import duckdb

    conn = duckdb.connect(str(path), read_only=read_only, config=dict(_CONFIG))
    try:
        yield conn
    finally:
        conn.close()


def _storable(text: str) -> str:
    """Redacted, and valid UTF-8 (a lone surrogate from a browser becomes "?")."""
    return redact(text).encode("utf-8", errors="replace").decode("utf-8")


def citation_record(c: Citation) -> dict[str, Any]:
    """Where a citation points, without its passage text (the corpus already has it)."""
    out = {k: v for k, v in c.to_dict().items() if k not in ("text", "original")}
    return out


def _as_dict(row: tuple[Any, ...]) -> dict[str, Any]:
    out = dict(zip(COLUMNS, row, strict=True))
    out["time"] = out["time"].isoformat() if hasattr(out["time"], "isoformat") else str(out["time"])
    out["citations"] = json.loads(out["citations"] or "[]")
    out["wrong_source"] = bool(out["wrong_source"])
    out["refused"] = bool(out["refused"])
    return out
