"""Build `metrics.duckdb` from corpus/metrics/ (atomically) and open it read-only."""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from assistant.errors import MetricsError
from assistant.metrics.aggregates import RAW_SCHEMA, check_columns, compile_series
from assistant.metrics.connection import MetricsDB
from assistant.metrics.definitions import IndicatorDef, load_indicators
from assistant.metrics.observations import Observation, Source, load_observations, load_sources
from assistant.metrics.translations import TRANSLATIONS_DIR, Label, load_translations

log = logging.getLogger(__name__)

INDICATORS_FILE = "indicators.yaml"
OBSERVATIONS_FILE = "observations.csv"
SOURCES_FILE = "sources.csv"
TABLES_DIR = "tables"
SCHEMA_VERSION = "2"

_DDL = f"""
CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
CREATE TABLE sources (key VARCHAR PRIMARY KEY, label VARCHAR NOT NULL, url VARCHAR NOT NULL);
CREATE TABLE indicators (
  id VARCHAR PRIMARY KEY, area VARCHAR NOT NULL, name VARCHAR NOT NULL, unit VARCHAR NOT NULL,
  direction VARCHAR NOT NULL, target DOUBLE, target_text VARCHAR NOT NULL, target_date DATE,
  target_until DATE, definition VARCHAR NOT NULL, source VARCHAR NOT NULL,
  source_url VARCHAR NOT NULL, synonyms VARCHAR[] NOT NULL, priority INTEGER NOT NULL,
  kind VARCHAR NOT NULL, aggregate VARCHAR NOT NULL, position INTEGER NOT NULL
);
CREATE TABLE indicator_names (
  indicator_id VARCHAR NOT NULL REFERENCES indicators (id), language VARCHAR NOT NULL,
  name VARCHAR NOT NULL, target_text VARCHAR NOT NULL, synonyms VARCHAR[] NOT NULL,
  PRIMARY KEY (indicator_id, language)
);
CREATE TABLE observations (
  indicator_id VARCHAR NOT NULL REFERENCES indicators (id), period VARCHAR NOT NULL,
  period_start DATE, period_end DATE, value DOUBLE NOT NULL, qualifier VARCHAR NOT NULL,
  scope VARCHAR NOT NULL, scope_id VARCHAR NOT NULL, note VARCHAR NOT NULL,
  source VARCHAR NOT NULL, source_url VARCHAR NOT NULL, line INTEGER NOT NULL
);
CREATE SCHEMA {RAW_SCHEMA};
"""


@dataclass(frozen=True)
class BuildReport:
    """What a build loaded; `skipped` when the inputs were unchanged and the db was kept."""

    db_path: Path
    input_hash: str
    indicators: int
    observations: int
    tables: tuple[tuple[str, int], ...] = ()  # (raw table, rows)
    warnings: tuple[str, ...] = ()
    skipped: bool = False


def build_metrics_db(corpus_metrics_dir: Path, db_path: Path, force: bool = False) -> BuildReport:
    """Load definitions, observations and raw tables into a new db that replaces `db_path`."""
    digest = input_hash(corpus_metrics_dir)
    if not force:
        kept = _existing_report(db_path, digest)
        if kept is not None:
            return kept
    warnings: list[str] = []
    sources = _sources(corpus_metrics_dir, warnings)
    indicators = _indicators(corpus_metrics_dir, sources, warnings)
    labels = load_translations(corpus_metrics_dir, indicators, warnings)
    obs_path = corpus_metrics_dir / OBSERVATIONS_FILE
    observations = (
        load_observations(obs_path, {i.id: i for i in indicators}, sources)
        if obs_path.is_file()
        else []
    )
    tables = sorted((corpus_metrics_dir / TABLES_DIR).glob("*.parquet"))
    db_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = db_path.parent / f".{db_path.name}.tmp-{os.getpid()}"
    tmp.unlink(missing_ok=True)
    try:
        loaded = _write(tmp, digest, sources, indicators, labels, observations, tables, warnings)
        os.replace(tmp, db_path)
    finally:
        tmp.unlink(missing_ok=True)
        Path(str(tmp) + ".wal").unlink(missing_ok=True)
    report = BuildReport(
        db_path, digest, len(indicators), len(observations), loaded, tuple(warnings)
    )
    for warning in warnings:
        log.warning("metrics: %s", warning)
    return report


def open_readonly(db_path: Path, timeout_s: float = 5.0, max_rows: int = 1000) -> MetricsDB:
    """Open the metrics store read-only; MetricsError with a rebuild hint if missing or corrupt."""
    return MetricsDB(db_path, timeout_s=timeout_s, max_rows=max_rows)


def input_hash(corpus_metrics_dir: Path) -> str:
    """A digest of every input file, so an unchanged corpus is not rebuilt."""
    h = hashlib.sha256(f"schema {SCHEMA_VERSION}\n".encode())
    names = [INDICATORS_FILE, OBSERVATIONS_FILE, SOURCES_FILE]
    files = [corpus_metrics_dir / n for n in names]
    files += sorted((corpus_metrics_dir / TRANSLATIONS_DIR).glob("*.yaml"))
    files += sorted((corpus_metrics_dir / TABLES_DIR).glob("*.parquet"))
    for path in files:
        if path.is_file():
            h.update(path.relative_to(corpus_metrics_dir).as_posix().encode() + b"\n")
            h.update(hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


def _sources(folder: Path, warnings: list[str]) -> dict[str, Source]:
    path = folder / SOURCES_FILE
    if not path.is_file():
        warnings.append(f"no {SOURCES_FILE} in {folder}")
        return {}
    return load_sources(path)


def _indicators(
    folder: Path, sources: dict[str, Source], warnings: list[str]
) -> list[IndicatorDef]:
    path = folder / INDICATORS_FILE
    if not path.is_file():
        warnings.append(f"no {INDICATORS_FILE} in {folder}: the metrics store is empty")
        return []
    indicators = load_indicators(path)
    for ind in indicators:
        if ind.source and ind.source not in sources and not ind.source.startswith("http"):
            raise MetricsError(
                f"{INDICATORS_FILE}: indicator '{ind.id}' names source '{ind.source}', "
                f"which is neither a key of {SOURCES_FILE} nor a URL"
            )
    return indicators


def _write(
    path: Path,
    digest: str,
    sources: dict[str, Source],
    indicators: list[IndicatorDef],
    labels: dict[str, dict[str, Label]],
    observations: list[Observation],
    tables: list[Path],
    warnings: list[str],
) -> tuple[tuple[str, int], ...]:
    import duckdb

    conn = duckdb.connect(str(path))
    try:
        conn.execute(_DDL)
        if sources:
            conn.executemany(
                "INSERT INTO sources VALUES (?, ?, ?)",
                [[s.key, s.label, s.url] for s in sources.values()],
            )
        if indicators:
            conn.executemany(
                "INSERT INTO indicators VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [_indicator_row(i, n, sources) for n, i in enumerate(indicators)],
            )
            conn.executemany(
                "INSERT INTO indicator_names VALUES (?, ?, ?, ?, ?)",
                [
                    [ind_id, lab.language, lab.name, lab.target_text, list(lab.synonyms)]
                    for ind_id, by_language in labels.items()
                    for lab in by_language.values()
                ],
            )
        if observations:
            conn.executemany(
                "INSERT INTO observations VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [_observation_row(o, sources) for o in observations],
            )
        loaded = []
        for table in tables:
            name = table.stem
            conn.execute(
                f'CREATE TABLE {RAW_SCHEMA}."{_table_name(name)}" AS SELECT * FROM read_parquet(?)',
                [str(table)],
            )
            count = conn.execute(f'SELECT count(*) FROM {RAW_SCHEMA}."{name}"').fetchone()
            loaded.append((name, int(count[0]) if count else 0))
        _check_aggregates(conn, indicators, warnings)
        meta = {
            "input_hash": digest,
            "schema_version": SCHEMA_VERSION,
            "indicators": str(len(indicators)),
            "observations": str(len(observations)),
            "tables": json.dumps(loaded),
            "warnings": json.dumps(warnings),
        }
        conn.executemany("INSERT INTO meta VALUES (?, ?)", list(map(list, meta.items())))
        conn.execute("CHECKPOINT")
    except duckdb.Error as exc:
        raise MetricsError(f"could not build the metrics store: {exc}") from exc
    finally:
        conn.close()
    return tuple(loaded)


def _check_aggregates(conn: Any, indicators: list[IndicatorDef], warnings: list[str]) -> None:
    import duckdb

    for ind in indicators:
        agg = ind.aggregate
        if agg is None:
            continue
        cols = dict(
            conn.execute(
                "SELECT column_name, data_type FROM duckdb_columns() "
                "WHERE schema_name = ? AND table_name = ?",
                [RAW_SCHEMA, agg.table],
            ).fetchall()
        )
        if not cols:
            warnings.append(
                f"indicator '{ind.id}' reads table '{agg.table}', which is not loaded yet: "
                f"add it with `bps-assistant metrics add-table FILE --name {agg.table}`"
            )
            continue
        check_columns(agg, cols, ind.id)
        compiled = compile_series(agg, grouped=True)
        try:
            conn.execute(compiled.sql, list(compiled.params)).fetchmany(1)
        except duckdb.Error as exc:
            raise MetricsError(f"indicator '{ind.id}' cannot be computed: {exc}") from exc


def _indicator_row(ind: IndicatorDef, position: int, sources: dict[str, Source]) -> list[Any]:
    url = sources[ind.source].url if ind.source in sources else ind.source
    agg = json.dumps(asdict(ind.aggregate), sort_keys=True) if ind.aggregate else ""
    return [
        ind.id,
        ind.area,
        ind.name,
        ind.unit,
        ind.direction,
        ind.target,
        ind.target_text,
        ind.target_date,
        ind.target_until,
        ind.definition,
        ind.source,
        url,
        list(ind.synonyms),
        ind.priority,
        ind.kind,
        agg,
        position,
    ]


def _observation_row(o: Observation, sources: dict[str, Source]) -> list[Any]:
    return [
        o.indicator_id,
        o.period,
        o.period_start,
        o.period_end,
        o.value,
        o.qualifier,
        o.scope,
        o.scope_id,
        o.note,
        o.source,
        sources[o.source].url,
        o.line,
    ]


def _table_name(name: str) -> str:
    from assistant.metrics.rawtables import check_table_name

    try:
        return check_table_name(name)
    except MetricsError as exc:
        raise MetricsError(f"{TABLES_DIR}/{name}.parquet: {exc}") from exc


def check_readable(db: MetricsDB) -> None:
    """Read every row of every table once; MetricsError if any block of the file is damaged.

    Opening reads only the catalog, so a truncated file or garbage in its data blocks
    shows up only here (DuckDB checksums each block it reads).
    """
    tables = db.query("SELECT schema_name, table_name FROM duckdb_tables()").rows
    for schema, table in tables:
        try:
            # hashing each whole row reads every column block without shipping rows out
            db.query(f'SELECT count(*), bit_xor(hash(x)) FROM "{schema}"."{table}" AS x')
        except MetricsError as exc:
            raise MetricsError(
                f"the metrics store '{db.path}' is damaged ({exc}); "
                "rebuild it with 'bps-assistant index --rebuild'"
            ) from exc


def _existing_report(db_path: Path, digest: str) -> BuildReport | None:
    if not db_path.is_file():
        return None
    try:
        with MetricsDB(db_path) as db:
            meta = dict(db.query("SELECT key, value FROM meta").rows)
            if meta.get("input_hash") == digest:
                check_readable(db)  # unchanged inputs, but is the file whole?
    except MetricsError:
        return None
    if meta.get("input_hash") != digest:
        return None
    tables = tuple((str(n), int(c)) for n, c in json.loads(meta.get("tables", "[]")))
    return BuildReport(
        db_path,
        digest,
        int(meta.get("indicators", 0)),
        int(meta.get("observations", 0)),
        tables,
        tuple(json.loads(meta.get("warnings", "[]"))),
        skipped=True,
    )
