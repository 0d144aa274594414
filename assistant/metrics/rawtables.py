"""Raw tables a user adds (CSV, Parquet, Excel): infer types, refuse bad rows, save as Parquet."""

from __future__ import annotations

import csv
import logging
import os
import re
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.errors import MetricsError
from assistant.metrics.definitions import IDENT_RE

if TYPE_CHECKING:
    import pandas as pd

log = logging.getLogger(__name__)

TYPES = ("boolean", "integer", "number", "date", "timestamp", "text")
MIN_SHARE = 0.8  # a column is typed when at least this share of its non-empty cells parse
MAX_BAD_SHOWN = 10
_TRUE = {"true", "yes", "t", "y"}
_FALSE = {"false", "no", "f", "n"}
_DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y")
_TIMESTAMP_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S", "%m/%d/%Y %H:%M")


@dataclass(frozen=True)
class TableReport:
    """What `add-table` saved: name, path, row count and each column's inferred type."""

    name: str
    path: Path
    rows: int
    columns: tuple[tuple[str, str], ...]  # (column, type)
    renamed: tuple[tuple[str, str], ...] = ()  # (original header, column)


def read_table(path: Path, types: dict[str, str] | None = None) -> tuple[pd.DataFrame, TableReport]:
    """Load `path` into a typed frame; raise MetricsError listing bad rows by line."""
    suffix = path.suffix.lower()
    if not path.is_file():
        raise MetricsError(f"file '{path}' does not exist")
    if suffix == ".parquet":
        return _typed_parquet(path)
    if suffix == ".csv":
        header, rows = _read_csv(path)
    elif suffix in (".xlsx", ".xlsm"):
        header, rows = _read_xlsx(path)
    else:
        raise MetricsError(f"'{path.name}': use a .csv, .parquet or .xlsx file")
    return _infer(path, header, rows, types or {})


def save_table(frame: pd.DataFrame, tables_dir: Path, name: str) -> Path:
    """Write `frame` to tables_dir/NAME.parquet atomically and return the path."""
    check_table_name(name)
    tables_dir.mkdir(parents=True, exist_ok=True)
    target = tables_dir / f"{name}.parquet"
    tmp = tables_dir / f".{name}.parquet.tmp-{os.getpid()}"
    try:
        frame.to_parquet(tmp, index=False)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


def check_table_name(name: str) -> str:
    """Return `name` if it is a valid table name, else raise."""
    if not IDENT_RE.match(name):
        raise MetricsError(
            f"table name {name!r} must be lower-case letters, digits and underscores, "
            "starting with a letter"
        )
    return name


def column_names(headers: list[str]) -> list[str]:
    """Turn headers into unique SQL-safe names ('Arrival Delay' -> 'arrival_delay')."""
    out: list[str] = []
    for i, raw in enumerate(headers, start=1):
        name = re.sub(r"[^a-z0-9]+", "_", str(raw).strip().lower()).strip("_")[:60]
        if not name or name[0].isdigit():
            name = f"col_{name}" if name else f"col_{i}"
        base, n = name, 2
        while name in out:
            name, n = f"{base}_{n}", n + 1
        out.append(name)
    return out


def _read_csv(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader, None)
            if not header:
                raise MetricsError(f"'{path.name}' is empty: the first line must name the columns")
            rows: list[tuple[int, list[str]]] = []
            bad: list[str] = []
            start = reader.line_num + 1
            for cells in reader:
                if any(c.strip() for c in cells):
                    if len(cells) != len(header):
                        bad.append(f"line {start}: {len(cells)} cells, expected {len(header)}")
                    rows.append((start, cells))
                start = reader.line_num + 1
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise MetricsError(f"could not read '{path.name}': {exc}") from exc
    _refuse(path, bad)
    return header, rows


def _read_xlsx(path: Path) -> tuple[list[str], list[tuple[int, list[str]]]]:
    import pandas as pd

    try:
        frame = pd.read_excel(path, sheet_name=0, header=None, dtype=object, keep_default_na=False)
    except (OSError, ValueError) as exc:
        raise MetricsError(f"could not read '{path.name}': {exc}") from exc
    if frame.empty:
        raise MetricsError(f"'{path.name}' is empty: the first row must name the columns")
    cells = [[_cell_text(v) for v in row] for row in frame.itertuples(index=False, name=None)]
    header, body = cells[0], cells[1:]
    rows = [(i + 2, row) for i, row in enumerate(body) if any(c.strip() for c in row)]
    return header, rows


def _cell_text(value: Any) -> str:
    import pandas as pd

    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    if isinstance(value, datetime):  # pd.Timestamp is a datetime too
        midnight = value.time() == time(0)
        return value.date().isoformat() if midnight else value.isoformat(" ", "seconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _infer(
    path: Path, header: list[str], rows: list[tuple[int, list[str]]], types: dict[str, str]
) -> tuple[pd.DataFrame, TableReport]:
    import pandas as pd

    names = column_names(header)
    unknown = set(types) - set(names)
    if unknown:
        raise MetricsError(f"--type names unknown column(s): {', '.join(sorted(unknown))}")
    lines = [line for line, _ in rows]
    frame = pd.DataFrame([cells for _, cells in rows], columns=names, dtype="string")
    frame = frame.apply(lambda s: s.str.strip()).replace("", pd.NA)
    typed: dict[str, pd.Series] = {}
    chosen: list[tuple[str, str]] = []
    bad: list[str] = []
    for name in names:
        series = frame[name]
        kind = types.get(name) or _guess(series)
        if kind not in TYPES:
            raise MetricsError(f"type {kind!r} for '{name}' is not one of: {', '.join(TYPES)}")
        values = _parse(series, kind)
        failed = series.notna() & values.isna()
        for pos in failed[failed].index[:MAX_BAD_SHOWN]:
            bad.append(f"line {lines[pos]}: {name}={series[pos]!r} is not {_article(kind)}")
        typed[name] = values
        chosen.append((name, kind))
    _refuse(path, bad)
    renamed = tuple((h, n) for h, n in zip(header, names, strict=True) if h != n)
    out = pd.DataFrame(typed)
    return out, TableReport("", path, len(out), tuple(chosen), renamed)


def _guess(series: pd.Series) -> str:
    present = series.dropna()
    if present.empty:
        return "text"
    best, share = "text", 0.0
    for kind in TYPES[:-1]:
        ok = float(_parse(present, kind).notna().mean())
        if ok == 1.0:
            return _narrow(present, kind)
        if ok >= MIN_SHARE and ok > share:
            best, share = kind, ok
    return _narrow(present, best) if best != "text" else "text"


def _narrow(present: pd.Series, kind: str) -> str:
    if kind == "number":
        nums = _parse(present, "number").dropna()
        if len(nums) and bool((nums == nums.round()).all()):
            return "integer"
    return kind


def _parse(series: pd.Series, kind: str) -> pd.Series:
    import pandas as pd

    text = series.astype("string")
    if kind == "text":
        return text
    if kind == "boolean":
        low = text.str.lower()
        return low.map(lambda v: True if v in _TRUE else False if v in _FALSE else pd.NA).astype(
            "boolean"
        )
    if kind in ("integer", "number"):
        nums = pd.to_numeric(text, errors="coerce")
        if kind == "integer":
            nums = nums.where(nums == nums.round())
            return nums.astype("Int64")
        return nums.astype("Float64")
    formats = _DATE_FORMATS if kind == "date" else _TIMESTAMP_FORMATS
    result = pd.Series(pd.NaT, index=series.index, dtype="datetime64[us]")
    for fmt in formats:
        parsed = pd.to_datetime(text, format=fmt, errors="coerce")
        result = result.fillna(parsed)
    if kind == "date":
        return result.dt.date.astype(object).where(result.notna(), None)
    return result


def _typed_parquet(path: Path) -> tuple[pd.DataFrame, TableReport]:
    import pandas as pd

    try:
        frame = pd.read_parquet(path)
    except (OSError, ValueError) as exc:
        raise MetricsError(f"could not read '{path.name}': {exc}") from exc
    names = column_names([str(c) for c in frame.columns])
    renamed = tuple((str(h), n) for h, n in zip(frame.columns, names, strict=True) if h != n)
    frame.columns = pd.Index(names)
    cols = tuple((n, str(frame[n].dtype)) for n in names)
    return frame, TableReport("", path, len(frame), cols, renamed)


def _article(kind: str) -> str:
    return {"integer": "an integer", "timestamp": "a timestamp"}.get(kind, f"a {kind}")


def _refuse(path: Path, bad: list[str]) -> None:
    if bad:
        more = f" (first {MAX_BAD_SHOWN} shown)" if len(bad) > MAX_BAD_SHOWN else ""
        raise MetricsError(
            f"'{path.name}' has bad rows, nothing was added{more}: "
            + "; ".join(bad[:MAX_BAD_SHOWN])
            + ". Fix them, or force a column's type with --type COLUMN=text"
        )
