"""Read `sources.csv` and `observations.csv`, checking every row and reporting line numbers."""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from assistant.errors import MetricsError
from assistant.metrics.definitions import SCOPES, IndicatorDef

SOURCE_COLUMNS = ("key", "label", "url")
OBSERVATION_COLUMNS = (
    "indicator_id",
    "period",
    "period_start",
    "period_end",
    "value",
    "qualifier",
    "scope",
    "scope_id",
    "note",
    "source",
)
QUALIFIERS = ("", "about", "nearly", "more than", "at least", "less than")
MAX_ERRORS_SHOWN = 10


@dataclass(frozen=True)
class Source:
    """Where figures come from: a short key, a label and a URL."""

    key: str
    label: str
    url: str


@dataclass(frozen=True)
class Observation:
    """One measured value of one indicator for one period and scope."""

    indicator_id: str
    period: str
    period_start: date | None
    period_end: date | None
    value: float
    qualifier: str
    scope: str
    scope_id: str
    note: str
    source: str
    line: int


def load_sources(path: Path) -> dict[str, Source]:
    """Read the source index: key -> Source."""
    out: dict[str, Source] = {}
    errors: list[str] = []
    for line, row in _rows(path, SOURCE_COLUMNS):
        key, url = row["key"].strip(), row["url"].strip()
        if not key:
            errors.append(f"line {line}: key is empty")
        elif key in out:
            errors.append(f"line {line}: source '{key}' is listed twice")
        elif not url.startswith(("http://", "https://")):
            errors.append(f"line {line}: url of '{key}' must start with http:// or https://")
        else:
            out[key] = Source(key, row["label"].strip(), url)
    _raise(path, errors)
    return out


def load_observations(
    path: Path, indicators: dict[str, IndicatorDef], sources: dict[str, Source]
) -> list[Observation]:
    """Read and check every observation; refuse the whole file if any row is wrong."""
    out: list[Observation] = []
    errors: list[str] = []
    for line, row in _rows(path, OBSERVATION_COLUMNS):
        problems: list[str] = []
        ind = indicators.get(row["indicator_id"])
        if ind is None:
            problems.append(f"unknown indicator '{row['indicator_id']}'")
        elif ind.aggregate is not None:
            problems.append(f"'{ind.id}' is an aggregate; its values come from its table")
        value = _number(row["value"], problems)
        start = _iso(row["period_start"], "period_start", problems)
        end = _iso(row["period_end"], "period_end", problems)
        if start and end and start > end:
            problems.append("period_start is after period_end")
        if not row["period"].strip():
            problems.append("period is empty")
        scope = row["scope"].strip() or "district"
        if scope not in SCOPES:
            problems.append(f"scope '{scope}' is not one of: {', '.join(SCOPES)}")
        if row["qualifier"].strip() not in QUALIFIERS:
            problems.append(f"qualifier must be one of: {', '.join(q for q in QUALIFIERS if q)}")
        if row["source"].strip() not in sources:
            problems.append(f"source '{row['source']}' is not in sources.csv")
        if problems:
            errors.append(f"line {line}: " + "; ".join(problems))
            continue
        assert value is not None
        out.append(
            Observation(
                indicator_id=row["indicator_id"],
                period=row["period"].strip(),
                period_start=start,
                period_end=end,
                value=value,
                qualifier=row["qualifier"].strip(),
                scope=scope,
                scope_id=row["scope_id"].strip(),
                note=row["note"].strip(),
                source=row["source"].strip(),
                line=line,
            )
        )
    _raise(path, errors)
    return out


def _rows(path: Path, columns: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """Rows with the line each starts on; missing or extra cells are errors."""
    try:
        with path.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader, None)
            if header is None or tuple(h.strip() for h in header) != columns:
                raise MetricsError(f"'{path.name}' must start with the header: {','.join(columns)}")
            rows: list[tuple[int, dict[str, str]]] = []
            errors: list[str] = []
            start = reader.line_num + 1
            for cells in reader:
                if cells and not (len(cells) == 1 and not cells[0].strip()):
                    if len(cells) != len(columns):
                        errors.append(
                            f"line {start}: expected {len(columns)} cells, found {len(cells)}"
                        )
                    else:
                        rows.append((start, dict(zip(columns, cells, strict=True))))
                start = reader.line_num + 1
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise MetricsError(f"could not read '{path.name}': {exc}") from exc
    _raise(path, errors)
    return rows


def _number(raw: str, problems: list[str]) -> float | None:
    try:
        value = float(raw.strip())
    except ValueError:
        problems.append(f"value {raw!r} is not a number")
        return None
    if not math.isfinite(value):
        problems.append(f"value {raw!r} is not a finite number")
        return None
    return value


def _iso(raw: str, what: str, problems: list[str]) -> date | None:
    if not raw.strip():
        return None
    try:
        return date.fromisoformat(raw.strip())
    except ValueError:
        problems.append(f"{what} {raw!r} is not a date (YYYY-MM-DD)")
        return None


def _raise(path: Path, errors: list[str]) -> None:
    if not errors:
        return
    shown = "; ".join(errors[:MAX_ERRORS_SHOWN])
    more = f" (and {len(errors) - MAX_ERRORS_SHOWN} more)" if len(errors) > MAX_ERRORS_SHOWN else ""
    raise MetricsError(
        f"'{path.name}' has {len(errors)} bad row(s), nothing was loaded: {shown}{more}"
    )
