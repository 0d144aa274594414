"""`bps-assistant eval`: run question sets through the assistant and compare reports."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from assistant.config import Settings
from assistant.evaluation.runner import MODES

_FILE = click.Path(path_type=Path, dir_okay=False)


@click.group("eval")
def eval_group() -> None:
    """Measure retrieval, facts, refusals and language on question sets."""


@eval_group.command("run")
@click.argument("sets", nargs=-1, type=click.Path(path_type=Path, dir_okay=False))
@click.option("--k", type=click.IntRange(1, 50), default=5, show_default=True,
              help="Passages retrieved per question; recall, MRR and nDCG are @k.")
@click.option("--mode", type=click.Choice(MODES), default="hybrid", show_default=True,
              help="Retrieval mode of the main run.")
@click.option("--baselines", is_flag=True, help="Also run BM25 alone and dense alone.")
@click.option("--composer", help="Answer composer: extractive, openai-compatible or auto "
              "(default: BPS_ASSISTANT_COMPOSER, else auto).")
@click.option("--json", "json_out", type=_FILE, help="Write the report as JSON here.")
@click.option("--html", "html_out", type=_FILE, help="Write the report as one HTML file here.")
@click.option("--min", "minimums", multiple=True, metavar="KEY=VALUE",
              help="Exit 1 when a summary metric is below VALUE, e.g. recall_at_k=0.9.")
@click.option("--max", "maximums", multiple=True, metavar="KEY=VALUE",
              help="Exit 1 when a summary metric is above VALUE, e.g. latency_ms_p95=400.")
@click.option("--failures/--no-failures", default=True, show_default=True,
              help="List the failing questions in the printed report.")
@click.pass_context
def run(ctx: click.Context, sets: tuple[Path, ...], k: int, mode: str, baselines: bool,
        composer: str | None, json_out: Path | None, html_out: Path | None,
        minimums: tuple[str, ...], maximums: tuple[str, ...], failures: bool) -> None:
    """Answer every question of SETS (default: the shipped sets) and report the metrics."""
    from assistant.chain import Assistant
    from assistant.evaluation.questions import load_sets, shipped_set_paths
    from assistant.evaluation.report_text import STALE_NOTE, render_text
    from assistant.evaluation.runner import evaluate_assistant
    from assistant.evaluation.summary import check_bounds, parse_bounds
    from assistant.indexing.builder import is_stale
    from assistant.progress import ProgressBar

    settings: Settings = ctx.ensure_object(dict)["settings"]
    floors = parse_bounds(minimums, "--min")
    ceilings = parse_bounds(maximums, "--max")
    paths = list(sets) or shipped_set_paths(settings.data_dir)
    if not paths:
        raise click.UsageError("no question sets given and none shipped in eval/sets")
    question_sets = load_sets(paths)
    assistant = Assistant.load(settings, composer, environ=ctx.obj.get("environ", {}))
    if is_stale(settings):
        click.echo(f"warning: {STALE_NOTE}", err=True)
    with ProgressBar() as bar:
        report = evaluate_assistant(assistant, question_sets, k=k, mode=mode,
                                    baselines=baselines, progress=bar.update)
    if json_out is not None:
        _write(json_out, json.dumps(report, ensure_ascii=False, indent=1) + "\n")
    if html_out is not None:
        from assistant.evaluation.report_html import render_html

        _write(html_out, render_html(report))
    text = render_text(report)
    if not failures:
        text = text.split("\nFailing questions:")[0]
    click.echo(text)
    problems = check_bounds(report["summary"], floors, ceilings)
    for line in problems:
        click.echo(f"error: {line}", err=True)
    if problems:
        sys.exit(1)


@eval_group.command("compare")
@click.argument("before", type=click.Path(path_type=Path, dir_okay=False))
@click.argument("after", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--fail-on-regression", is_flag=True,
              help="Exit 1 when a question that passed in BEFORE fails in AFTER.")
def compare(before: Path, after: Path, fail_on_regression: bool) -> None:
    """Show two JSON reports side by side and the questions that changed outcome."""
    from assistant.evaluation.compare import compare_reports, load_report, render_comparison

    comparison = compare_reports(load_report(before), load_report(after))
    click.echo(render_comparison(comparison, before.name, after.name))
    if fail_on_regression and comparison["regressions"]:
        sys.exit(1)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    click.echo(f"wrote {path}", err=True)
