"""`bps-assistant obligations`: list, filter and export what schools must do."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path

import click

from assistant.config import Settings
from assistant.errors import IndexMissingError
from assistant.obligations.actors import ACTORS, ROLES
from assistant.obligations.model import Obligation
from assistant.types import AREAS

_SPAN = re.compile(r"^\s*(\d+)\s*([dwm]?)\s*$", re.I)
_DAYS = {"": 1, "d": 1, "w": 7, "m": 30}


def parse_span(text: str) -> int:
    """Days in "30d", "2w", "1m" (30 days) or "45"."""
    m = _SPAN.match(text)
    if not m:
        raise click.BadParameter(f"'{text}' is not a span such as 30d, 2w or 1m",
                                 param_hint="--due-within")
    return int(m.group(1)) * _DAYS[m.group(2).lower()]


@click.command(name="obligations")
@click.option("--role", type=click.Choice([*ROLES, *(a for a in ACTORS if a not in ROLES)]),
              help="Only duties of this role (principal: school leader and school).")
@click.option("--area", type=click.Choice(AREAS), help="Only this area.")
@click.option("--doc", help="Only this document (doc id or its start, e.g. sup-19).")
@click.option("--due-within", "due_within", metavar="SPAN",
              help="Only dated duties due within SPAN (30d, 2w, 1m) from today.")
@click.option("--search", "text", help="Only duties whose text holds all these words.")
@click.option("--today", type=click.DateTime(formats=["%Y-%m-%d"]),
              help="Count deadlines from this date (default: today).")
@click.option("--json", "fmt", flag_value="json", help="Print JSON.")
@click.option("--csv", "fmt", flag_value="csv", help="Print CSV.")
@click.option("--ics", "fmt", flag_value="ics", help="Print an iCalendar file of deadlines.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of the terminal.")
@click.pass_context
def obligations(
    ctx: click.Context,
    role: str | None,
    area: str | None,
    doc: str | None,
    due_within: str | None,
    text: str | None,
    today: datetime | None,
    fmt: str | None,
    output: Path | None,
) -> None:
    """List who must do what, by when, with the sentence each duty comes from."""
    from assistant.obligations.export import to_csv, to_ics, to_json
    from assistant.obligations.query import find_obligations, sort_by_deadline
    from assistant.obligations.store import DB_NAME

    settings: Settings = ctx.ensure_object(dict)["settings"]
    day = today.date() if today is not None else date.today()
    db_path = settings.index_path / DB_NAME
    if not db_path.exists():
        raise IndexMissingError(
            f"no obligations table at {db_path}; run 'bps-assistant index' to build it"
        )
    days = parse_span(due_within) if due_within else None
    found = find_obligations(db_path, role=role, area=area, doc=doc, due_within_days=days,
                             text=text, today=day)
    found = sort_by_deadline(found, day)
    if fmt == "json":
        rendered = to_json(found, day) + "\n"
    elif fmt == "csv":
        rendered = to_csv(found, day)
    elif fmt == "ics":
        rendered = to_ics(found, day)
    else:
        rendered = _table(found, day)
    if output is not None:
        output.write_text(rendered, encoding="utf-8", newline="")
        click.echo(f"wrote {len(found)} obligations to {output}", err=True)
    else:
        click.echo(rendered, nl=False)


def _table(found: list[Obligation], day: date) -> str:
    from assistant.obligations.actors import ACTOR_LABELS

    if not found:
        return "no obligations match these filters\n"
    lines = []
    for ob in found:
        due = ob.due(day)
        deadline = ob.timing.describe() or "no deadline stated"
        if due is not None:
            deadline += f" (next {due.isoformat()})"
        lines.append(f"• {ACTOR_LABELS.get(ob.actor, ob.actor)}: {ob.action}")
        lines.append(f"  when: {deadline}")
        lines.append(f"  source: {ob.source()}")
        lines.append(f"  “{ob.sentence}”")
    lines.append(f"\n{len(found)} obligations")
    return "\n".join(lines) + "\n"
