"""`bps-assistant feedback`: export the ratings users gave, and draft question sets from them."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import click

from assistant.config import Settings
from assistant.feedback.store import COLUMNS, FeedbackStore

_FILE = click.Path(path_type=Path, dir_okay=False)


@click.group("feedback")
def feedback() -> None:
    """Ratings of answers (thumbs up or down, wrong or missing source)."""


@feedback.command("export")
@click.option("--csv", "as_csv", is_flag=True, help="Comma-separated values (the default).")
@click.option("--json", "as_json", is_flag=True, help="A JSON list of ratings.")
@click.option("-o", "--output", type=_FILE, help="Write to this file instead of the screen.")
@click.pass_context
def export(ctx: click.Context, as_csv: bool, as_json: bool, output: Path | None) -> None:
    """Print every rating: time, question, answer, citations, language, role, rating."""
    if as_csv and as_json:
        raise click.UsageError("choose one of --csv and --json")
    store = FeedbackStore.for_settings(_settings(ctx))
    rows = store.rows()
    if not rows:
        click.echo(
            f"no feedback yet: {store.path} is created when someone rates an answer in the "
            f"app; nothing exported",
            err=True,
        )
        return
    text = to_json(rows) if as_json else to_csv(rows)
    _write(text, output)
    if output is not None:
        click.echo(f"exported {len(rows)} ratings to {output}", err=True)


@feedback.command("draft-set")
@click.option("-o", "--output", type=_FILE, help="Write to this file instead of the screen.")
@click.pass_context
def draft_set(ctx: click.Context, output: Path | None) -> None:
    """Turn thumbs-down questions into a draft question set (YAML) for a reviewer."""
    from assistant.feedback.drafts import draft_question_set

    store = FeedbackStore.for_settings(_settings(ctx))
    rows = store.thumbs_down()
    if not rows:
        click.echo("no answer has been rated thumbs-down yet; nothing to draft", err=True)
        return
    _write(draft_question_set(rows), output)
    if output is not None:
        click.echo(f"wrote a draft set of thumbs-down questions to {output}", err=True)


def to_csv(rows: list[dict[str, Any]]) -> str:
    """The ratings as CSV with a header row; citations as JSON text in one column."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in rows:
        cells = dict(row, citations=json.dumps(row["citations"], ensure_ascii=False))
        writer.writerow([_cell(cells[c]) for c in COLUMNS])
    return buffer.getvalue()


def to_json(rows: list[dict[str, Any]]) -> str:
    """The ratings as a JSON list."""
    return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"


def _cell(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _write(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")


def _settings(ctx: click.Context) -> Settings:
    settings: Settings = ctx.ensure_object(dict)["settings"]
    return settings
