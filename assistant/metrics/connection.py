"""A read-only DuckDB connection with a time limit and a row cap on every query."""

from __future__ import annotations

import logging
import os
import threading
import weakref
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.errors import MetricsError, UnsafeQueryError
from assistant.metrics.guards import READONLY_CONFIG, check_select

log = logging.getLogger(__name__)

REBUILD_HINT = "rebuild it with `bps-assistant index`"
REQUIRED_TABLES = ("indicators", "observations", "sources", "meta")
_TABLES = "SELECT table_name FROM duckdb_tables()"
_REGISTRY: dict[str, weakref.WeakSet[MetricsDB]] = {}
_REGISTRY_LOCK = threading.Lock()


@dataclass(frozen=True)
class QueryResult:
    """Rows of one query; `truncated` is set when the row cap cut it short."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    truncated: bool = False

    def records(self) -> list[dict[str, Any]]:
        """Rows as dicts keyed by column name."""
        return [dict(zip(self.columns, row, strict=True)) for row in self.rows]


class MetricsDB:
    """The metrics store opened read-only: external files, extensions and settings locked.

    DuckDB shares one database instance per path within a process, so when a rebuild
    replaces the file, every open MetricsDB on that path lets go of the old instance and
    reconnects on its next query.
    """

    def __init__(self, path: Path, timeout_s: float = 5.0, max_rows: int = 1000) -> None:
        self.path = path
        self.timeout_s = timeout_s
        self.max_rows = max_rows
        self.generation = 0  # bumps each time a replaced file is reopened
        self._lock = threading.Lock()
        self._conn: Any = None
        self._signature: tuple[int, int, int] | None = None
        self._closed = False
        self._connect()

    @property
    def key(self) -> str:
        """The path DuckDB caches the instance under."""
        return os.path.abspath(self.path)

    def _connect(self) -> None:
        import duckdb

        signature = _signature(self.path)
        with _REGISTRY_LOCK:
            peers = _REGISTRY.setdefault(self.key, weakref.WeakSet())
            for peer in list(peers):
                if peer._signature != signature:
                    peer._release()
            try:
                conn = duckdb.connect(str(self.path), read_only=True, config=dict(READONLY_CONFIG))
                tables = {r[0] for r in conn.execute(_TABLES).fetchall()}
            except duckdb.Error as exc:
                raise MetricsError(
                    f"the metrics store '{self.path}' cannot be opened ({_short(exc)}); "
                    f"{REBUILD_HINT}"
                ) from exc
            missing = [t for t in REQUIRED_TABLES if t not in tables]
            if missing:
                conn.close()
                raise MetricsError(
                    f"the metrics store '{self.path}' lacks table(s) {', '.join(missing)}; "
                    f"{REBUILD_HINT}"
                )
            if self._signature is not None and self._signature != signature:
                self.generation += 1
            self._conn, self._signature = conn, signature
            peers.add(self)

    def _release(self) -> None:
        """Drop the connection (waiting for a running query) so the next query reopens."""
        with self._lock:
            if self._conn is not None:
                self._conn.close()
            self._conn = None

    def refresh(self) -> None:
        """Reconnect if a rebuild replaced the file since it was opened."""
        if self._closed:
            raise MetricsError("the metrics store connection was closed")
        if self._conn is None or _signature(self.path) != self._signature:
            self._connect()

    def query(
        self, sql: str, params: Sequence[Any] = (), max_rows: int | None = None
    ) -> QueryResult:
        """Run trusted, generated SQL with parameters under the time limit and row cap."""
        cap = self.max_rows if max_rows is None else max_rows
        for _ in range(3):
            self.refresh()
            with self._lock:
                if self._conn is not None:  # another thread may have released it meanwhile
                    return self._execute(self._conn, sql, params, cap)
        raise MetricsError("the metrics store kept changing while being read; try again")

    def _execute(self, conn: Any, sql: str, params: Sequence[Any], cap: int) -> QueryResult:
        import duckdb

        cursor = conn.cursor()
        timer = threading.Timer(self.timeout_s, cursor.interrupt)
        timer.start()
        try:
            cursor.execute(sql, list(params))
            columns = tuple(d[0] for d in cursor.description or ())
            rows = cursor.fetchmany(cap + 1)
        except duckdb.InterruptException as exc:
            raise MetricsError(
                f"the query took longer than {self.timeout_s:g} s and was stopped; "
                "narrow it with WHERE or LIMIT"
            ) from exc
        except duckdb.PermissionException as exc:
            raise UnsafeQueryError(
                "refused: the query tries to reach files, extensions or settings outside "
                f"the metrics store ({_short(exc)})"
            ) from exc
        except duckdb.Error as exc:
            if "read-only" in str(exc) or "configuration has been locked" in str(exc):
                raise UnsafeQueryError(f"refused: {_short(exc)}") from exc
            raise MetricsError(f"the query failed: {_short(exc)}") from exc
        finally:
            timer.cancel()
            cursor.close()
        return QueryResult(columns, tuple(tuple(r) for r in rows[:cap]), len(rows) > cap)

    def run_select(self, sql: str, max_rows: int | None = None) -> QueryResult:
        """Run a staff query: exactly one SELECT, same guards as generated SQL."""
        return self.query(check_select(sql), (), max_rows)

    def columns_of(self, schema: str, table: str) -> dict[str, str]:
        """Column name -> DuckDB type of one table (empty if it does not exist)."""
        res = self.query(
            "SELECT column_name, data_type FROM duckdb_columns() "
            "WHERE schema_name = ? AND table_name = ? ORDER BY column_index",
            (schema, table),
        )
        return {str(name): str(kind) for name, kind in res.rows}

    def close(self) -> None:
        """Close the connection."""
        self._closed = True
        self._release()

    def __enter__(self) -> MetricsDB:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _signature(path: Path) -> tuple[int, int, int]:
    try:
        st = path.stat()
    except OSError as exc:
        raise MetricsError(f"the metrics store '{path}' does not exist; {REBUILD_HINT}") from exc
    return (st.st_dev, st.st_ino, st.st_mtime_ns)


def _short(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
