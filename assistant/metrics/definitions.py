"""Indicator definitions from `indicators.yaml`: a stored series or an aggregate over a table."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from assistant.errors import MetricsError
from assistant.types import AREAS

ID_RE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
IDENT_RE = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")
DIRECTIONS = ("higher", "lower", "neutral")
SCOPES = ("district", "school", "route", "state", "national")
GRAINS = ("day", "month", "quarter", "year", "school_year")
OPS = ("=", "!=", "<", "<=", ">", ">=", "in", "not in", "is null", "is not null")
NUMERIC_FUNCS = ("mean", "median", "sum", "min", "max")
VALUE_FUNCS = ("share_where", "count", *NUMERIC_FUNCS)
_KEYS = {
    "id",
    "area",
    "name",
    "unit",
    "direction",
    "target",
    "target_text",
    "target_date",
    "target_until",
    "definition",
    "source",
    "synonyms",
    "priority",
    "aggregate",
}
_AGG_KEYS = {"table", "value", "where", "group_by", "scope", "period"}


@dataclass(frozen=True)
class Condition:
    """`column op value`, with the value always passed as a query parameter."""

    column: str
    op: str
    value: Any = None


@dataclass(frozen=True)
class Aggregate:
    """A value computed from a raw table: function, filters, groups and period grain."""

    table: str
    func: str
    column: str = ""  # for mean/median/sum/min/max/count (empty: count rows)
    conditions: tuple[Condition, ...] = ()  # for share_where
    where: tuple[Condition, ...] = ()
    group_by: tuple[str, ...] = ()
    scope: str = "school"
    period_column: str = ""
    grain: str = "month"

    def columns(self) -> set[str]:
        """Every column the aggregate reads."""
        cols = {c.column for c in (*self.conditions, *self.where)} | set(self.group_by)
        cols |= {c for c in (self.column, self.period_column) if c}
        return cols


@dataclass(frozen=True)
class IndicatorDef:
    """One declared indicator."""

    id: str
    area: str
    name: str
    unit: str
    direction: str
    target: float | None = None
    target_text: str = ""
    target_date: date | None = None
    target_until: date | None = None
    definition: str = ""
    source: str = ""
    synonyms: tuple[str, ...] = ()
    priority: int = 0
    aggregate: Aggregate | None = field(default=None, compare=False)

    @property
    def kind(self) -> str:
        """`stored` (rows in observations) or `aggregate` (computed from a raw table)."""
        return "aggregate" if self.aggregate else "stored"


def load_indicators(path: Path) -> list[IndicatorDef]:
    """Read and validate every indicator declared in `path`."""
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise MetricsError(f"could not read '{path.name}': {exc}") from exc
    entries = data.get("indicators") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise MetricsError(f"'{path.name}' must have a top-level 'indicators:' list")
    seen: set[str] = set()
    out: list[IndicatorDef] = []
    for i, entry in enumerate(entries, start=1):
        ind = parse_indicator(entry, f"{path.name}, entry {i}")
        if ind.id in seen:
            raise MetricsError(f"{path.name}, entry {i}: indicator '{ind.id}' is declared twice")
        seen.add(ind.id)
        out.append(ind)
    return out


def parse_indicator(entry: Any, where: str) -> IndicatorDef:
    """Validate one YAML mapping and return its definition."""
    if not isinstance(entry, dict):
        raise MetricsError(f"{where}: expected a mapping with id, area, name, unit, direction")
    where = f"{where} ({entry.get('id', '?')})"
    unknown = set(entry) - _KEYS
    if unknown:
        raise MetricsError(f"{where}: unknown field(s) {', '.join(sorted(map(str, unknown)))}")
    for key in ("id", "area", "name", "unit", "direction"):
        if not isinstance(entry.get(key), str) or not entry[key].strip():
            raise MetricsError(f"{where}: '{key}' is required and must be text")
    if not ID_RE.match(entry["id"]):
        raise MetricsError(f"{where}: id must look like 'area.short_name' (lower case, dots)")
    _choice(entry["area"], AREAS, "area", where)
    _choice(entry["direction"], DIRECTIONS, "direction", where)
    target = entry.get("target")
    if target is not None and (isinstance(target, bool) or not isinstance(target, int | float)):
        raise MetricsError(f"{where}: target must be a number or left out, not {target!r}")
    synonyms = entry.get("synonyms") or []
    if not isinstance(synonyms, list) or not all(isinstance(s, str) for s in synonyms):
        raise MetricsError(f"{where}: synonyms must be a list of phrases")
    priority = entry.get("priority", 0)
    if isinstance(priority, bool) or not isinstance(priority, int):
        raise MetricsError(f"{where}: priority must be a whole number")
    agg = entry.get("aggregate")
    return IndicatorDef(
        id=entry["id"],
        area=entry["area"],
        name=entry["name"].strip(),
        unit=entry["unit"].strip(),
        direction=entry["direction"],
        target=float(target) if target is not None else None,
        target_text=str(entry.get("target_text") or ""),
        target_date=_date(entry.get("target_date"), "target_date", where),
        target_until=_date(entry.get("target_until"), "target_until", where),
        definition=str(entry.get("definition") or "").strip(),
        source=str(entry.get("source") or ""),
        synonyms=tuple(s.strip() for s in synonyms if s.strip()),
        priority=priority,
        aggregate=parse_aggregate(agg, where) if agg is not None else None,
    )


def parse_aggregate(spec: Any, where: str) -> Aggregate:
    """Validate an `aggregate:` block against the whitelisted vocabulary."""
    if not isinstance(spec, dict):
        raise MetricsError(f"{where}: aggregate must be a mapping")
    unknown = set(spec) - _AGG_KEYS
    if unknown:
        raise MetricsError(f"{where}: unknown aggregate field(s) {', '.join(sorted(unknown))}")
    table = _ident(spec.get("table"), "aggregate.table", where)
    value = spec.get("value")
    if not isinstance(value, dict) or len(value) != 1:
        raise MetricsError(
            f"{where}: aggregate.value must be one of {', '.join(VALUE_FUNCS)}, "
            "e.g. {share_where: {column: delay_min, op: '<=', value: 0}}"
        )
    func, arg = next(iter(value.items()))
    _choice(func, VALUE_FUNCS, "aggregate.value", where)
    column = ""
    conditions: tuple[Condition, ...] = ()
    if func == "share_where":
        conditions = _conditions(arg, where)
        if not conditions:
            raise MetricsError(f"{where}: share_where needs at least one condition")
    elif func == "count":
        column = "" if arg in (None, "*", True) else _ident(arg, "count column", where)
    else:
        column = _ident(arg, f"{func} column", where)
    group_by = spec.get("group_by") or []
    if isinstance(group_by, str):
        group_by = [group_by]
    period = spec.get("period") or {}
    if not isinstance(period, dict) or "column" not in period:
        raise MetricsError(f"{where}: aggregate.period needs a column, e.g. {{column: date}}")
    grain = period.get("grain", "month")
    _choice(grain, GRAINS, "aggregate.period.grain", where)
    scope = spec.get("scope", "school" if group_by else "district")
    _choice(scope, SCOPES, "aggregate.scope", where)
    return Aggregate(
        table=table,
        func=func,
        column=column,
        conditions=conditions,
        where=_conditions(spec.get("where") or [], where),
        group_by=tuple(_ident(c, "group_by column", where) for c in group_by),
        scope=scope,
        period_column=_ident(period["column"], "period column", where),
        grain=grain,
    )


def _conditions(raw: Any, where: str) -> tuple[Condition, ...]:
    items = [raw] if isinstance(raw, dict) else raw
    if not isinstance(items, list):
        raise MetricsError(f"{where}: conditions must be a mapping or a list of mappings")
    out = []
    for item in items:
        if not isinstance(item, dict) or set(item) - {"column", "op", "value"}:
            raise MetricsError(f"{where}: a condition has exactly column, op and value")
        op = str(item.get("op", "=")).lower()
        _choice(op, OPS, "condition op", where)
        value = item.get("value")
        if op in ("in", "not in") and not (isinstance(value, list) and value):
            raise MetricsError(f"{where}: '{op}' needs a non-empty list value")
        if op not in ("in", "not in", "is null", "is not null") and (
            value is None or isinstance(value, list | dict)
        ):
            raise MetricsError(f"{where}: '{op}' needs a single value")
        out.append(Condition(_ident(item.get("column"), "condition column", where), op, value))
    return tuple(out)


def _ident(value: Any, what: str, where: str) -> str:
    if not isinstance(value, str) or not IDENT_RE.match(value):
        raise MetricsError(
            f"{where}: {what} {value!r} is not a valid name "
            "(lower-case letters, digits and underscores)"
        )
    return value


def _choice(value: Any, allowed: tuple[str, ...], what: str, where: str) -> None:
    if value not in allowed:
        raise MetricsError(f"{where}: {what} {value!r} is not one of: {', '.join(allowed)}")


def _date(value: Any, what: str, where: str) -> date | None:
    if value in (None, ""):
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise MetricsError(f"{where}: {what} {value!r} is not a date (YYYY-MM-DD)") from exc
