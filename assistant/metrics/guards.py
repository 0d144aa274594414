"""The SQL boundary: exactly one SELECT, parsed by DuckDB itself, never matched by pattern."""

from __future__ import annotations

from assistant.errors import UnsafeQueryError

MAX_SQL_CHARS = 20_000

# DuckDB settings for every read-only connection; locked so a query cannot undo them
READONLY_CONFIG: dict[str, str | bool | int] = {
    "enable_external_access": False,
    "autoload_known_extensions": False,
    "autoinstall_known_extensions": False,
    "allow_community_extensions": False,
    "threads": 1,
    "memory_limit": "1GB",
    "lock_configuration": True,
}


def check_select(sql: str) -> str:
    """Return the single SELECT in `sql`, or raise UnsafeQueryError saying why not."""
    import duckdb

    if len(sql) > MAX_SQL_CHARS:
        raise UnsafeQueryError(f"refused: the query is longer than {MAX_SQL_CHARS} characters")
    try:
        statements = duckdb.extract_statements(sql)
    except duckdb.Error as exc:
        raise UnsafeQueryError(
            f"refused: the query could not be parsed: {_first_line(exc)}"
        ) from exc
    if not statements:
        raise UnsafeQueryError("refused: the query is empty; write one SELECT statement")
    if len(statements) > 1:
        kinds = ", ".join(_kind(s.type) for s in statements)
        raise UnsafeQueryError(
            f"refused: only one statement is allowed, found {len(statements)} ({kinds})"
        )
    statement = statements[0]
    if statement.type != duckdb.StatementType.SELECT:
        raise UnsafeQueryError(
            f"refused: only SELECT queries are allowed, this is {_kind(statement.type)}"
        )
    return statement.query


_EXPLAIN = {
    "COPY": "COPY (reading or writing files)",
    "ATTACH": "ATTACH (opening another database)",
    "DETACH": "DETACH",
    "LOAD": "INSTALL/LOAD (extensions)",
    "EXTENSION": "INSTALL/LOAD (extensions)",
    "SET": "SET (changing settings)",
    "VARIABLE_SET": "SET (changing settings)",
    "PRAGMA": "PRAGMA",
}


def _kind(kind: object) -> str:
    name = str(getattr(kind, "name", kind))
    return _EXPLAIN.get(name, name)


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
