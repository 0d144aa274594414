"""Everything `bps-assistant index` builds: the passage index and the metrics database."""

from __future__ import annotations

import logging

from assistant.config import Settings
from assistant.errors import AssistantError
from assistant.indexing.builder import BuildReport, Progress, build_index
from assistant.indexing.lock import build_lock

log = logging.getLogger(__name__)
METRICS_DB = "metrics.duckdb"


def build_all(
    settings: Settings, rebuild: bool = False, progress: Progress | None = None
) -> BuildReport:
    """Update the passage index, then the metrics database when its sources changed.

    Holds the index folder's build lock throughout: this process is the only writer of
    index/, and every file it replaces (CURRENT, metrics.duckdb, obligations.duckdb) is
    written aside and renamed over the old one, so serving processes never see half a file.
    """
    with build_lock(settings.index_path):
        return _build_all(settings, rebuild, progress)


def _build_all(settings: Settings, rebuild: bool, progress: Progress | None) -> BuildReport:
    report = build_index(settings, rebuild=rebuild, progress=progress)
    _build_obligations(settings, rebuild, report)
    folder = settings.corpus_path / "metrics"
    if not folder.is_dir():
        return report
    from assistant.metrics.store import build_metrics_db

    if progress:
        progress("metrics", 0, 1)
    try:
        metrics = build_metrics_db(folder, settings.index_path / METRICS_DB, force=rebuild)
    except AssistantError as exc:
        report.failures.append(str(exc))
        return report
    if progress:
        progress("metrics", 1, 1)
    if not metrics.skipped:
        report.changed = True
        report.notices.append(
            f"metrics database: {metrics.indicators} indicators, "
            f"{metrics.observations} observations"
        )
    report.notices.extend(f"metrics: {w}" for w in metrics.warnings)
    return report


def _build_obligations(settings: Settings, rebuild: bool, report: BuildReport) -> None:
    """Re-extract duties from the serving build when its chunks changed."""
    from assistant.obligations.indexing import update_obligations

    if report.failures and not report.build:
        return
    try:
        found = update_obligations(settings, force=rebuild)
    except AssistantError as exc:
        report.failures.append(str(exc))
        return
    if found is not None:
        report.changed = True
        report.notices.append(f"obligations: {found} duties extracted")
