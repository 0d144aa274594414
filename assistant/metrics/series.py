"""Read an indicator's series from the store and turn it into a `MetricResult`."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from assistant.metrics.aggregates import compile_scope_ids, compile_series, period_label
from assistant.metrics.connection import MetricsDB
from assistant.metrics.definitions import Aggregate, Condition
from assistant.metrics.translations import Label
from assistant.types import MetricResult

MAX_PREVIOUS = 6
# until MetricResult has a `qualifier` field, the qualifier travels at the start of the note


@dataclass(frozen=True)
class Indicator:
    """An indicator as stored in the db, with its aggregate (if any) rebuilt."""

    id: str
    area: str
    name: str
    unit: str
    direction: str
    target: float | None
    target_text: str
    target_date: date | None
    target_until: date | None
    definition: str
    source_url: str
    synonyms: tuple[str, ...]
    priority: int
    aggregate: Aggregate | None
    # language -> name, target wording and synonyms; English is the fields above
    labels: Mapping[str, Label] = field(default_factory=dict, compare=False, repr=False)

    def label(self, language: str = "en") -> Label:
        """The indicator's words in `language`, English where a translation is missing."""
        english = Label("en", self.name, self.target_text, self.synonyms)
        found = self.labels.get(language)
        if found is None or language == "en":
            return english
        return Label(language, found.name, found.target_text or self.target_text, found.synonyms)


@dataclass(frozen=True)
class Point:
    """One value of a series."""

    period: str
    period_start: date | None
    period_end: date | None
    value: float
    qualifier: str
    scope: str
    scope_id: str
    note: str
    source_url: str


def load_catalog(db: MetricsDB) -> list[Indicator]:
    """Every indicator in declaration order."""
    res = db.query(
        "SELECT id, area, name, unit, direction, target, target_text, target_date, target_until, "
        "definition, source_url, synonyms, priority, aggregate FROM indicators ORDER BY position",
        max_rows=100_000,
    )
    labels = _labels(db)
    out = []
    for r in res.records():
        agg = _aggregate(json.loads(r["aggregate"])) if r["aggregate"] else None
        out.append(
            Indicator(
                id=r["id"],
                area=r["area"],
                name=r["name"],
                unit=r["unit"],
                direction=r["direction"],
                target=r["target"],
                target_text=r["target_text"],
                target_date=r["target_date"],
                target_until=r["target_until"],
                definition=r["definition"],
                source_url=r["source_url"],
                synonyms=tuple(r["synonyms"] or ()),
                priority=int(r["priority"]),
                aggregate=agg,
                labels=labels.get(r["id"], {}),
            )
        )
    return out


def _labels(db: MetricsDB) -> dict[str, dict[str, Label]]:
    """Indicator id -> language -> label (none in a store built before translations)."""
    if not db.columns_of("main", "indicator_names"):
        return {}
    res = db.query(
        "SELECT indicator_id, language, name, target_text, synonyms FROM indicator_names "
        "ORDER BY indicator_id, language",
        max_rows=1_000_000,
    )
    out: dict[str, dict[str, Label]] = {}
    for ind_id, language, name, target_text, synonyms in res.rows:
        out.setdefault(ind_id, {})[language] = Label(
            language, name, target_text, tuple(synonyms or ())
        )
    return out


def read_series(
    db: MetricsDB, ind: Indicator, scope: str = "district", scope_id: str | None = None
) -> list[Point]:
    """The series newest first; `scope_id=None` with a non-district scope gives every id."""
    if ind.aggregate is not None:
        return _aggregate_series(db, ind, ind.aggregate, scope, scope_id)
    sql = (
        "SELECT period, period_start, period_end, value, qualifier, scope, scope_id, note, "
        "source_url FROM observations WHERE indicator_id = ? AND scope = ?"
    )
    params: list[Any] = [ind.id, scope]
    if scope_id is not None:
        sql += " AND scope_id = ?"
        params.append(scope_id)
    sql += " ORDER BY period_end DESC NULLS LAST, period_start DESC NULLS LAST, scope_id, line"
    return [Point(**r) for r in db.query(sql, params, max_rows=10_000).records()]


def scope_ids(db: MetricsDB, ind: Indicator) -> list[tuple[str, str]]:
    """(scope, scope_id) pairs below district level that the indicator has values for."""
    if ind.aggregate is not None:
        if not db.columns_of("raw", ind.aggregate.table):
            return []
        q = compile_scope_ids(ind.aggregate)
        return [(ind.aggregate.scope, str(r[0])) for r in db.query(q.sql, q.params).rows]
    res = db.query(
        "SELECT DISTINCT scope, scope_id FROM observations "
        "WHERE indicator_id = ? AND scope_id <> '' ORDER BY 1, 2",
        (ind.id,),
    )
    return [(str(s), str(i)) for s, i in res.rows]


def to_result(
    ind: Indicator, points: list[Point], today: date, language: str = "en"
) -> MetricResult:
    """Summarise a series: latest value, target check, previous values, age; named in `language`."""
    label = ind.label(language)
    base: dict[str, Any] = dict(
        indicator=ind.id,
        name=label.name,
        area=ind.area,
        unit=ind.unit,
        direction=ind.direction,
        target=ind.target,
        target_text=label.target_text,
    )
    if not points:
        return MetricResult(
            **base, value=None, period="", as_of="", met=None, source_url=ind.source_url
        )
    latest = points[0]
    same = [p for p in points[1:] if _same_period(p, latest)]
    notes = [latest.note] if latest.note else []
    others = [p for p in same if p.value != latest.value]
    if others and "disagree" not in latest.note.lower():
        values = " and ".join(f"{p.value:g}" for p in others)
        notes.append(f"Sources disagree for this period: another source gives {values}.")
    previous = tuple((p.period, p.value) for p in points[1:] if not _same_period(p, latest))
    return MetricResult(
        **base,
        value=latest.value,
        period=latest.period,
        as_of=latest.period_end.isoformat() if latest.period_end else "",
        met=target_met(ind, latest),
        source_url=latest.source_url,
        note=" ".join(notes),
        scope=latest.scope,
        scope_id=latest.scope_id,
        previous=previous[:MAX_PREVIOUS],
        age_days=(today - latest.period_end).days if latest.period_end else None,
        qualifier=latest.qualifier,
    )


def target_met(ind: Indicator, point: Point) -> bool | None:
    """Whether `point` meets the target; None without a target or after it stopped applying."""
    if ind.target is None or point.scope in ("state", "national"):
        return None
    if ind.target_until and point.period_start and point.period_start > ind.target_until:
        return None
    if ind.direction == "lower":
        return point.value <= ind.target
    return point.value >= ind.target


def _same_period(a: Point, b: Point) -> bool:
    return (a.period, a.period_start, a.period_end, a.scope_id) == (
        b.period,
        b.period_start,
        b.period_end,
        b.scope_id,
    )


def _aggregate_series(
    db: MetricsDB, ind: Indicator, agg: Aggregate, scope: str, scope_id: str | None
) -> list[Point]:
    if scope not in ("district", agg.scope) or not db.columns_of("raw", agg.table):
        return []
    grouped = scope != "district"
    q = compile_series(agg, scope_id=scope_id if grouped else None, grouped=grouped)
    out = []
    source = ind.source_url or f"corpus/metrics/tables/{agg.table}.parquet"
    for start, group, value, n_rows in db.query(q.sql, q.params, max_rows=10_000).rows:
        if value is None:
            continue
        label, end = period_label(start, agg.grain)
        out.append(
            Point(
                label,
                start,
                end,
                float(value),
                "",
                scope if grouped else "district",
                str(group or ""),
                f"Computed from {n_rows} row{'s' if n_rows != 1 else ''} of table {agg.table}.",
                source,
            )
        )
    return out


def _aggregate(data: dict[str, Any]) -> Aggregate:
    conds = tuple(Condition(**c) for c in data.get("conditions", ()))
    where = tuple(Condition(**c) for c in data.get("where", ()))
    rest = {k: v for k, v in data.items() if k not in ("conditions", "where", "group_by")}
    return Aggregate(
        conditions=conds, where=where, group_by=tuple(data.get("group_by", ())), **rest
    )
