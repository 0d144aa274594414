"""`bps-assistant metrics ...`: add a raw table, list indicators, show a series, run a SELECT."""

from __future__ import annotations

import json
import logging
from datetime import date
from pathlib import Path
from typing import Any

import click

from assistant.config import Settings
from assistant.errors import MetricsError
from assistant.types import LANGUAGES

log = logging.getLogger(__name__)

DB_NAME = "metrics.duckdb"
MAX_CELL = 60


def metrics_paths(settings: Settings) -> tuple[Path, Path]:
    """(corpus/metrics folder, metrics.duckdb path) for these settings."""
    return settings.corpus_path / "metrics", settings.index_path / DB_NAME


@click.group(name="metrics")
def metrics() -> None:
    """Look up, extend and query the metrics tables."""


@metrics.command(name="add-table")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--name", required=True, help="Table name: lower-case letters, digits, underscores.")
@click.option(
    "--type",
    "types",
    multiple=True,
    metavar="COLUMN=TYPE",
    help="Force a column's type (boolean, integer, number, date, timestamp, text).",
)
@click.option("--replace", is_flag=True, help="Replace a table of the same name.")
@click.pass_context
def add_table(
    ctx: click.Context, file: Path, name: str, types: tuple[str, ...], replace: bool
) -> None:
    """Load FILE (.csv, .parquet, .xlsx) as raw table NAME; bad rows refuse the whole file."""
    from assistant.metrics.rawtables import check_table_name, read_table, save_table
    from assistant.metrics.store import TABLES_DIR, build_metrics_db

    settings = _settings(ctx)
    corpus_dir, db_path = metrics_paths(settings)
    try:
        check_table_name(name)
    except MetricsError as exc:
        raise click.BadParameter(str(exc), param_hint="--name") from exc
    tables_dir = corpus_dir / TABLES_DIR
    target = tables_dir / f"{name}.parquet"
    if target.exists() and not replace:
        raise MetricsError(f"table '{name}' already exists; add --replace to overwrite it")
    frame, report = read_table(file, _parse_types(types))
    backup = target.with_name(f".{name}.parquet.bak")
    if target.exists():
        target.replace(backup)
    try:
        save_table(frame, tables_dir, name)
        build = build_metrics_db(corpus_dir, db_path)
    except BaseException:
        target.unlink(missing_ok=True)
        if backup.exists():
            backup.replace(target)
        raise
    backup.unlink(missing_ok=True)
    click.echo(f"Added table '{name}' ({report.rows} rows) as {target}")
    for column, kind in report.columns:
        click.echo(f"  {column}: {kind}")
    for header, column in report.renamed:
        click.echo(f"  column '{header}' is named '{column}'")
    for warning in build.warnings:
        click.echo(f"warning: {warning}", err=True)
    click.echo(
        "Declare indicators over it in corpus/metrics/indicators.yaml (see the README there)."
    )


_LANGUAGE = click.option(
    "--language",
    default="en",
    show_default=True,
    type=click.Choice(LANGUAGES),
    help="Language of names and sentences.",
)


@metrics.command(name="list")
@click.option("--area", default=None, help="Only indicators of this area.")
@_LANGUAGE
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def list_indicators(ctx: click.Context, area: str | None, language: str, as_json: bool) -> None:
    """List every indicator with its latest value."""
    rows: list[dict[str, Any]] = []
    with _tool(ctx) as tool:
        for ind in tool.catalog:
            if area and ind.area != area:
                continue
            res = tool.result(ind.id, language=language)
            rows.append(
                {
                    "id": ind.id,
                    "area": ind.area,
                    "name": res.name,
                    "unit": ind.unit,
                    "kind": "aggregate" if ind.aggregate else "stored",
                    "value": res.value,
                    "period": res.period,
                    "target": ind.target,
                }
            )
    if as_json:
        click.echo(json.dumps(rows, indent=1, ensure_ascii=False))
        return
    _print_table(
        ("id", "latest", "period", "target", "name"),
        [(r["id"], _num(r["value"]), r["period"], _num(r["target"]), r["name"]) for r in rows],
    )


@metrics.command(name="show")
@click.argument("indicator_id")
@click.option(
    "--scope",
    default="district",
    show_default=True,
    metavar="SCOPE[:ID]",
    help="district, or e.g. school (every school) or school:Mather.",
)
@_LANGUAGE
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def show(ctx: click.Context, indicator_id: str, scope: str, language: str, as_json: bool) -> None:
    """Print the series of one indicator, newest first."""
    from assistant.metrics.definitions import SCOPES

    kind, _, scope_id = scope.partition(":")
    if kind not in SCOPES:
        raise click.BadParameter(f"scope must be one of {', '.join(SCOPES)}", param_hint="--scope")
    with _tool(ctx) as tool:
        ind = tool.indicator(indicator_id)
        points = tool.series(indicator_id, kind, scope_id or None)
        result = tool.result(indicator_id, kind, scope_id or None, language)
        summary = tool.to_dict(result, language)
    if as_json:
        series = [
            {**vars(p), "period_start": _iso(p.period_start), "period_end": _iso(p.period_end)}
            for p in points
        ]
        click.echo(json.dumps({"result": summary, "series": series}, indent=1, ensure_ascii=False))
        return
    click.echo(f"{ind.id}: {result.name} ({ind.unit}, {ind.direction} is better)")
    if ind.target is not None or result.target_text:
        click.echo(f"target: {result.target_text or _num(ind.target)}")
    if ind.definition:
        click.echo(f"definition: {ind.definition}")
    if kind == "district" or scope_id:
        click.echo(summary["sentence"])
    if not points:
        return
    _print_table(
        ("period", "as of", "value", "scope", "note", "source"),
        [
            (
                p.period,
                _iso(p.period_end),
                (p.qualifier + " " + _num(p.value)).strip(),
                (p.scope + " " + p.scope_id).strip(),
                p.note,
                p.source_url,
            )
            for p in points
        ],
    )


@metrics.command(name="sql")
@click.argument("query")
@click.option("--max-rows", default=1000, show_default=True, type=click.IntRange(1, 100_000))
@click.option(
    "--timeout",
    default=5.0,
    show_default=True,
    type=click.FloatRange(0.1, 600),
    help="Seconds before the query is stopped.",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_context
def sql(ctx: click.Context, query: str, max_rows: int, timeout: float, as_json: bool) -> None:
    """Run one read-only SELECT against the metrics store (staff use)."""
    from assistant.metrics.store import open_readonly

    db_path = _ensure_db(_settings(ctx))
    with open_readonly(db_path, timeout_s=timeout, max_rows=max_rows) as db:
        result = db.run_select(query)
    if as_json:
        click.echo(
            json.dumps(
                {
                    "columns": list(result.columns),
                    "rows": result.rows,
                    "truncated": result.truncated,
                },
                default=str,
                ensure_ascii=False,
            )
        )
        return
    _print_table(result.columns, [tuple(_cell(v) for v in row) for row in result.rows])
    if result.truncated:
        click.echo(f"(stopped at {max_rows} rows; add LIMIT or --max-rows)", err=True)


def _settings(ctx: click.Context) -> Settings:
    """The Settings the top-level CLI put in ctx.obj (itself, or under the key "settings")."""
    found = ctx.find_object(Settings)
    if found is None:
        holder = ctx.find_object(dict)
        found = holder.get("settings") if holder else None
    return found if isinstance(found, Settings) else Settings()


def _ensure_db(settings: Settings) -> Path:
    """Rebuild the store when corpus/metrics changed since it was built."""
    from assistant.metrics.store import build_metrics_db

    corpus_dir, db_path = metrics_paths(settings)
    if corpus_dir.is_dir():
        report = build_metrics_db(corpus_dir, db_path)
        if not report.skipped:
            click.echo(f"(rebuilt {db_path.name} from {corpus_dir})", err=True)
    return db_path


def _tool(ctx: click.Context) -> Any:
    from assistant.metrics.tool import MetricsTool

    settings = _settings(ctx)
    return MetricsTool(_ensure_db(settings), max_age_days=settings.metrics_max_age_days)


def _parse_types(items: tuple[str, ...]) -> dict[str, str]:
    out = {}
    for item in items:
        column, sep, kind = item.partition("=")
        if not sep or not column or not kind:
            raise click.BadParameter(f"{item!r} is not COLUMN=TYPE", param_hint="--type")
        out[column.strip()] = kind.strip()
    return out


def _print_table(headers: tuple[str, ...], rows: list[tuple[str, ...]]) -> None:
    cells = [tuple(headers)] + [tuple(_clip(c) for c in row) for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    for row in cells:
        click.echo("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


def _clip(text: str) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def _num(value: float | None) -> str:
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def _iso(value: date | None) -> str:
    return value.isoformat() if value else ""
