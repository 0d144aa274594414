"""`bps-assistant load`: concurrent clients on one shared assistant; the target is zero errors."""

from __future__ import annotations

import json
import os
import sys
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import click

from assistant.config import Settings


@click.command()
@click.option(
    "--clients",
    type=click.IntRange(1, 1000),
    default=50,
    show_default=True,
    help="Concurrent clients (threads sharing one assistant, as app sessions do).",
)
@click.option(
    "--seconds",
    type=click.FloatRange(min=0.1, max=3600),
    default=60.0,
    show_default=True,
    help="How long the clients keep asking.",
)
@click.option(
    "--questions",
    "questions_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="One question per line (default: the eval/bench_*questions.txt files, mixed).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.pass_context
def load(
    ctx: click.Context,
    clients: int,
    seconds: float,
    questions_file: Path | None,
    as_json: bool,
) -> None:
    """Ask questions from many concurrent clients and report throughput, latency and errors.

    Exits with status 1 when any request failed (the target is zero errors).
    """
    from assistant.chain import Assistant
    from assistant.load.runner import load_questions, report_lines, run_load

    settings: Settings = ctx.ensure_object(dict)["settings"]
    questions = load_questions(settings, questions_file)
    started = time.perf_counter()
    assistant = Assistant.load(settings, environ=os.environ)  # as app.py loads it
    load_s = time.perf_counter() - started
    click.echo(
        f"{len(questions)} questions, {clients} clients, {seconds:g} s; assistant loaded "
        f"in {load_s:.1f} s, composer {getattr(assistant.composer, 'name', '?')}",
        err=True,
    )
    with _Ticker(seconds) as ticker:
        report = run_load(assistant.ask, questions, clients, seconds, progress=ticker.update)
    report = replace(report, load_s=load_s)
    if as_json:
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=1))
    else:
        for line in report_lines(report):
            click.echo(line)
    if report.error_count:
        ctx.exit(1)


class _Ticker:
    """A tqdm bar over the run's seconds, showing requests and errors so far."""

    def __init__(self, seconds: float) -> None:
        from tqdm import tqdm

        self._bar: Any = tqdm(
            total=round(seconds, 1),
            desc="load",
            unit="s",
            file=sys.stderr,
            disable=not sys.stderr.isatty(),
            leave=False,
            bar_format="{desc} {bar} {n:.0f}/{total:.0f} s {postfix}",
        )

    def update(self, elapsed: float, requests: int, errors: int) -> None:
        """Move the bar to `elapsed` seconds."""
        self._bar.n = round(elapsed, 1)
        self._bar.set_postfix_str(f"{requests} requests, {errors} errors", refresh=False)
        self._bar.refresh()

    def __enter__(self) -> _Ticker:
        return self

    def __exit__(self, *exc: object) -> None:
        self._bar.close()
