"""Compile an aggregate definition to parameterised SQL over a raw table, names checked first."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from assistant.errors import MetricsError
from assistant.metrics.definitions import IDENT_RE, Aggregate, Condition

RAW_SCHEMA = "raw"
_NUMERIC = (
    "TINYINT",
    "SMALLINT",
    "INTEGER",
    "BIGINT",
    "HUGEINT",
    "FLOAT",
    "DOUBLE",
    "DECIMAL",
    "UTINYINT",
    "USMALLINT",
    "UINTEGER",
    "UBIGINT",
)
_FUNC_SQL = {"mean": "avg", "median": "median", "sum": "sum", "min": "min", "max": "max"}


@dataclass(frozen=True)
class CompiledQuery:
    """SQL text built only from checked names, and the values passed as parameters."""

    sql: str
    params: tuple[Any, ...]


def check_columns(agg: Aggregate, columns: dict[str, str], indicator: str) -> None:
    """Raise if the aggregate reads a column the table lacks or of the wrong type."""
    missing = sorted(agg.columns() - set(columns))
    if missing:
        raise MetricsError(
            f"indicator '{indicator}': table '{agg.table}' has no column(s) "
            f"{', '.join(missing)}; it has: {', '.join(columns)}"
        )
    if agg.column and agg.func != "count" and not columns[agg.column].startswith(_NUMERIC):
        raise MetricsError(
            f"indicator '{indicator}': {agg.func} needs a numeric column, "
            f"'{agg.column}' is {columns[agg.column]}"
        )
    kind = columns[agg.period_column]
    if not (kind == "DATE" or kind.startswith("TIMESTAMP")):
        raise MetricsError(
            f"indicator '{indicator}': period column '{agg.period_column}' must hold dates, "
            f"it is {kind}; re-add the table with --type {agg.period_column}=date"
        )


def compile_series(
    agg: Aggregate, scope_id: str | None = None, grouped: bool = False
) -> CompiledQuery:
    """SQL returning (period_start, scope_id, value, rows) newest period first.

    Without `grouped` or `scope_id` the value is computed over the whole table (district);
    with them, per group-by value, optionally only for `scope_id`.
    """
    params: list[Any] = []
    period = _period_expr(agg.period_column, agg.grain)
    value = _value_expr(agg, params)
    by_group = bool(agg.group_by) and (grouped or scope_id is not None)
    group = _group_expr(agg.group_by) if by_group else "CAST(NULL AS VARCHAR)"
    filters = [f"{_q(agg.period_column)} IS NOT NULL"]
    filters += [_condition(c, params) for c in agg.where]
    if by_group and scope_id is not None:
        filters.append(f"{group} = ?")
        params.append(scope_id)
    sql = (
        f"SELECT {period} AS period_start, {group} AS scope_id, {value} AS value, "
        f"count(*) AS n_rows FROM {_q(RAW_SCHEMA)}.{_q(agg.table)} "
        f"WHERE {' AND '.join(filters)} GROUP BY 1, 2 ORDER BY 1 DESC, 2"
    )
    return CompiledQuery(sql, tuple(params))


def compile_scope_ids(agg: Aggregate) -> CompiledQuery:
    """SQL listing the distinct group values (school names, route ids) of the aggregate."""
    if not agg.group_by:
        return CompiledQuery("SELECT CAST(NULL AS VARCHAR) WHERE false", ())
    group = _group_expr(agg.group_by)
    return CompiledQuery(
        f"SELECT DISTINCT {group} FROM {_q(RAW_SCHEMA)}.{_q(agg.table)} "
        f"WHERE {group} IS NOT NULL ORDER BY 1",
        (),
    )


def period_label(start: date, grain: str) -> tuple[str, date]:
    """Human period label and last day for a period starting on `start`."""
    if grain == "day":
        return start.isoformat(), start
    if grain == "month":
        last = calendar.monthrange(start.year, start.month)[1]
        return f"{start:%Y-%m}", start.replace(day=last)
    if grain == "quarter":
        q = (start.month - 1) // 3 + 1
        end_month = q * 3
        last = calendar.monthrange(start.year, end_month)[1]
        return f"{start.year}-Q{q}", date(start.year, end_month, last)
    if grain == "year":
        return str(start.year), date(start.year, 12, 31)
    # school year: July 1 to June 30
    return f"SY{start.year}-{(start.year + 1) % 100:02d}", date(start.year + 1, 7, 1) - timedelta(1)


def _period_expr(column: str, grain: str) -> str:
    col = f"CAST({_q(column)} AS DATE)"
    if grain == "day":
        return col
    if grain == "school_year":
        return f"make_date(year({col}) - CASE WHEN month({col}) < 7 THEN 1 ELSE 0 END, 7, 1)"
    return f"CAST(date_trunc('{grain}', {col}) AS DATE)"


def _value_expr(agg: Aggregate, params: list[Any]) -> str:
    if agg.func == "share_where":
        cond = " AND ".join(_condition(c, params) for c in agg.conditions)
        # rows where the condition is unknown (empty cells) count as not meeting it
        return f"100.0 * count(*) FILTER (WHERE {cond}) / count(*)"
    if agg.func == "count":
        return f"count({_q(agg.column)})" if agg.column else "count(*)"
    return f"CAST({_FUNC_SQL[agg.func]}({_q(agg.column)}) AS DOUBLE)"


def _condition(cond: Condition, params: list[Any]) -> str:
    col = _q(cond.column)
    if cond.op in ("is null", "is not null"):
        return f"{col} {cond.op.upper()}"
    if cond.op in ("in", "not in"):
        params.extend(cond.value)
        marks = ", ".join("?" for _ in cond.value)
        return f"{col} {cond.op.upper()} ({marks})"
    params.append(cond.value)
    return f"{col} {cond.op} ?"


def _group_expr(columns: tuple[str, ...]) -> str:
    parts = [f"CAST({_q(c)} AS VARCHAR)" for c in columns]
    return parts[0] if len(parts) == 1 else f"concat_ws(' / ', {', '.join(parts)})"


def _q(name: str) -> str:
    """Quote an identifier that has already passed the name check."""
    if not IDENT_RE.match(name):
        raise MetricsError(f"refusing unsafe name {name!r}")
    return f'"{name}"'
