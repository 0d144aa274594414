"""The obligations table in DuckDB: built aside and swapped in, read back read-only."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from assistant.errors import IndexCorruptError, IndexMissingError
from assistant.obligations.extract import extract_obligations
from assistant.obligations.model import Obligation
from assistant.obligations.timing import Timing
from assistant.types import Chunk

log = logging.getLogger(__name__)

DB_NAME = "obligations.duckdb"
SCHEMA_VERSION = "1"
REBUILD_HINT = "run 'bps-assistant index' to build it"
_READONLY = {"enable_external_access": False, "autoload_known_extensions": False,
             "autoinstall_known_extensions": False, "threads": 1}
_OPEN_LOCK = threading.RLock()
_CACHE_LOCK = threading.Lock()
_CACHE: dict[str, tuple[tuple[int, int, int, int], tuple[Obligation, ...]]] = {}
_COLUMNS = (
    ("obligation_id", "VARCHAR PRIMARY KEY"),
    ("actor", "VARCHAR NOT NULL"),
    ("actors", "VARCHAR NOT NULL"),  # comma-separated, actor first
    ("actor_text", "VARCHAR NOT NULL"),
    ("action", "VARCHAR NOT NULL"),
    ("modality", "VARCHAR NOT NULL"),
    ("timing_kind", "VARCHAR NOT NULL"),
    ("timing_text", "VARCHAR NOT NULL"),
    ("timing", "VARCHAR NOT NULL"),  # every Timing field as JSON
    ("sentence", "VARCHAR NOT NULL"),
    ("doc_id", "VARCHAR NOT NULL"),
    ("title", "VARCHAR NOT NULL"),
    ("plan", "VARCHAR NOT NULL"),
    ("area", "VARCHAR NOT NULL"),
    ("section", "VARCHAR NOT NULL"),
    ("heading_path", "VARCHAR NOT NULL"),  # " > "-joined
    ("page", "INTEGER"),
    ("path", "VARCHAR NOT NULL"),
    ("chunk_id", "VARCHAR NOT NULL"),
    ("language", "VARCHAR NOT NULL"),
    ("position", "INTEGER NOT NULL"),
)


def source_signature(chunks: Iterable[Chunk]) -> str:
    """A hash of what the table is built from: chunk ids and content hashes, and our version."""
    digest = hashlib.sha256(SCHEMA_VERSION.encode())
    for chunk in sorted(chunks, key=lambda c: c.chunk_id):
        digest.update(f"\x1e{chunk.chunk_id}\x1f{chunk.content_hash}".encode())
    return digest.hexdigest()


def build_obligations_db(chunks: Iterable[Chunk], db_path: Path) -> int:
    """Extract every duty of the English chunks into `db_path`; return how many were stored.

    The database is written next to `db_path` and moved over it with os.replace, so readers
    see the old table or the new one, never half of one.
    """
    import duckdb

    chunks = list(chunks)
    obligations = extract_obligations(chunks)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = db_path.with_name(f".{db_path.name}.{os.getpid()}.tmp")
    _remove(tmp)
    try:
        conn = duckdb.connect(str(tmp))
        try:
            columns = ", ".join(f"{name} {kind}" for name, kind in _COLUMNS)
            conn.execute(f"CREATE TABLE obligations ({columns})")
            conn.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
            marks = ", ".join("?" for _ in _COLUMNS)
            rows = [_row(ob, i) for i, ob in enumerate(obligations)]
            if rows:
                conn.executemany(f"INSERT INTO obligations VALUES ({marks})", rows)
            conn.executemany(
                "INSERT INTO meta VALUES (?, ?)",
                [("schema", SCHEMA_VERSION), ("signature", source_signature(chunks)),
                 ("count", str(len(rows)))],
            )
            conn.execute("CHECKPOINT")
        finally:
            conn.close()
        os.replace(tmp, db_path)
    finally:
        _remove(tmp)
    log.info("stored %d obligations in %s", len(obligations), db_path)
    return len(obligations)


def _remove(path: Path) -> None:
    for p in (path, path.with_name(path.name + ".wal")):
        p.unlink(missing_ok=True)


def _row(ob: Obligation, position: int) -> tuple[Any, ...]:
    return (
        ob.obligation_id, ob.actor, ",".join(ob.actors or (ob.actor,)), ob.actor_text, ob.action,
        ob.modality, ob.timing.kind, ob.timing.describe(), json.dumps(_timing_dict(ob.timing)),
        ob.sentence, ob.doc_id, ob.title, ob.plan, ob.area, ob.section,
        " > ".join(ob.heading_path), ob.page, ob.path, ob.chunk_id, ob.language, position,
    )


def _timing_dict(t: Timing) -> dict[str, Any]:
    out = dict(vars(t))
    out["months"] = list(t.months)
    return out


def _timing(raw: str) -> Timing:
    data = json.loads(raw)
    data["months"] = tuple(data.get("months") or ())
    return Timing(**data)


def stored_signature(db_path: Path) -> str:
    """The signature the table at `db_path` was built from; "" when there is none."""
    if not db_path.exists():
        return ""
    try:
        with _connect(db_path) as conn:
            row = conn.execute("SELECT value FROM meta WHERE key = 'signature'").fetchone()
    except IndexCorruptError:
        return ""
    return str(row[0]) if row else ""


class _connect:
    """A read-only connection that never reaches outside the file.

    Connections are opened one at a time per process (a lock held until close): DuckDB
    shares one database instance per path in a process, so a connection opened while
    another is still open would read the file that was there when the first one opened,
    even after a rebuild renamed a new file over it.
    """

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.conn: Any = None

    def __enter__(self) -> Any:
        import duckdb

        if not self.db_path.exists():
            raise IndexMissingError(f"no obligations table at {self.db_path}; {REBUILD_HINT}")
        _OPEN_LOCK.acquire()
        try:
            self.conn = duckdb.connect(str(self.db_path), read_only=True, config=dict(_READONLY))
        except duckdb.Error as exc:
            _OPEN_LOCK.release()
            raise IndexCorruptError(
                f"the obligations table {self.db_path} cannot be opened ({_first_line(exc)}); "
                "rebuild it with 'bps-assistant index --rebuild'"
            ) from exc
        return self.conn

    def __exit__(self, *exc: object) -> None:
        try:
            if self.conn is not None:
                self.conn.close()
        finally:
            self.conn = None
            _OPEN_LOCK.release()


def open_obligations(db_path: Path) -> list[Obligation]:
    """Every stored obligation in reading order, read through a read-only connection.

    Read once per version of the file and kept: serving threads share the parsed rows, and
    a rebuild (a new file renamed over the old one) is noticed by its changed inode and time.
    """
    try:
        st = db_path.stat()
    except FileNotFoundError:
        raise IndexMissingError(f"no obligations table at {db_path}; {REBUILD_HINT}") from None
    key, signature = os.path.abspath(db_path), (st.st_dev, st.st_ino, st.st_mtime_ns, st.st_size)
    with _CACHE_LOCK:
        cached = _CACHE.get(key)
        if cached is not None and cached[0] == signature:
            return list(cached[1])
    rows = _read_obligations(db_path)
    with _CACHE_LOCK:
        _CACHE[key] = (signature, rows)
    return list(rows)


def _read_obligations(db_path: Path) -> tuple[Obligation, ...]:
    import duckdb

    names = ", ".join(name for name, _ in _COLUMNS)
    try:
        with _connect(db_path) as conn:
            rows = conn.execute(f"SELECT {names} FROM obligations ORDER BY position").fetchall()
    except duckdb.Error as exc:
        raise IndexCorruptError(
            f"the obligations table {db_path} is damaged ({_first_line(exc)}); "
            "rebuild it with 'bps-assistant index --rebuild'"
        ) from exc
    return tuple(
        _obligation(dict(zip((n for n, _ in _COLUMNS), row, strict=True))) for row in rows
    )


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _obligation(row: dict[str, Any]) -> Obligation:
    return Obligation(
        obligation_id=row["obligation_id"],
        actor=row["actor"],
        actor_text=row["actor_text"],
        action=row["action"],
        modality=row["modality"],
        timing=_timing(row["timing"]),
        sentence=row["sentence"],
        doc_id=row["doc_id"],
        title=row["title"],
        plan=row["plan"],
        area=row["area"],
        section=row["section"],
        heading_path=tuple(p for p in row["heading_path"].split(" > ") if p),
        page=row["page"],
        path=row["path"],
        chunk_id=row["chunk_id"],
        language=row["language"],
        actors=tuple(a for a in row["actors"].split(",") if a),
    )
