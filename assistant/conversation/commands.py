"""`bps-assistant chat`: questions one after another, follow-ups rewritten from the conversation."""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from assistant.config import Settings
from assistant.types import AREAS, LANGUAGES, PLANS


@click.command("chat")
@click.option("--lang", "language", type=click.Choice(LANGUAGES),
              help="Answer language (default: detected).")
@click.option("--plan", type=click.Choice(PLANS), help="Only this plan.")
@click.option("--area", type=click.Choice(AREAS), help="Only this area.")
@click.option("--role", type=click.Choice(["family", "principal", "staff"]), default="family")
@click.option("--k", type=click.IntRange(1, 50), help="Passages to retrieve.")
@click.option("--json", "as_json", is_flag=True, help="One JSON answer per line.")
@click.pass_context
def chat(
    ctx: click.Context,
    language: str | None,
    plan: str | None,
    area: str | None,
    role: str,
    k: int | None,
    as_json: bool,
) -> None:
    """Read questions line by line (until end of input) and answer each, as a conversation.

    A follow-up such as "and for English learners?" or "when is that due?" is searched for
    as a standalone question, shown as "Searching for: ...".
    """
    from assistant.chain import Assistant
    from assistant.cli import describe_citation
    from assistant.conversation import Conversation, searching_for
    from assistant.errors import AssistantError

    settings: Settings = ctx.ensure_object(dict)["settings"]
    assistant = Assistant.load(settings, environ=ctx.obj.get("environ", {}))
    conversation = Conversation()
    chosen = {"plan": plan, "area": area}
    interactive = sys.stdin.isatty() and not as_json
    while True:
        if interactive:
            click.echo("> ", nl=False)
        line = sys.stdin.readline()
        if not line:
            break
        typed = line.strip()
        if not typed:
            continue
        rewrite = conversation.rewrite(typed, language)
        options: dict[str, Any] = {**rewrite.filters, **{n: v for n, v in chosen.items() if v}}
        try:
            answer = assistant.ask(rewrite.text, language=language, role=role, k=k, **options)
        except AssistantError as exc:
            click.echo(f"error: {exc}", err=True)
            continue
        conversation.add(typed, rewrite, answer)
        if as_json:
            record = {"typed": typed, "searching_for": rewrite.text if rewrite.rewritten else None,
                      "filters": options, **answer.to_dict()}
            click.echo(json.dumps(record, ensure_ascii=False))
            continue
        if rewrite.rewritten:
            click.echo(searching_for(rewrite.text, answer.language))
        click.echo(answer.text)
        for c in answer.citations:
            click.echo(f"[{c.n}] {describe_citation(c)}")
        click.echo("")
