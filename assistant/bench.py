"""`bps-assistant bench`: build times, query latency and serving memory on the shipped corpus."""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from assistant.config import Settings

TARGETS = {
    "query_ms_p50": 150.0,
    "query_ms_p95": 400.0,
    "cold_build_s": 120.0,
    "serving_rss_mb": 1024.0,
    "metrics_ms_p50": 30.0,
}


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) by linear interpolation."""
    if not values:
        return 0.0
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100.0
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def bench_questions(settings: Settings) -> list[str]:
    """The benchmark questions shipped in eval/bench_questions.txt."""
    path = settings.data_dir / "eval" / "bench_questions.txt"
    return [q.strip() for q in path.read_text(encoding="utf-8").splitlines() if q.strip()]


def run_benchmark(
    settings: Settings, questions: int = 50, echo: Callable[[str], None] = print
) -> dict[str, Any]:
    """Build a scratch copy of the corpus cold and incrementally, then time queries."""
    from assistant.indexing.pipeline import build_all

    figures: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="bps-bench-") as tmp:
        root = Path(tmp)
        shutil.copytree(settings.corpus_path, root / "corpus")
        shutil.copytree(settings.data_dir / "eval", root / "eval")
        # no embedding cache: the cold build embeds everything, as on a new machine
        scratch = settings.replace(
            data_dir=root, corpus_dir=None, index_dir=None, embedding_cache=False
        )

        echo("cold build…")
        report = build_all(scratch)
        figures["cold_build_s"] = round(report.seconds, 2)
        figures["chunks"] = report.chunks

        echo("incremental build after editing one document…")
        doc = sorted((root / "corpus" / "documents").rglob("*.md"))[0]
        doc.write_text(
            doc.read_text(encoding="utf-8") + "\nThis sentence was added by the benchmark.\n",
            encoding="utf-8",
        )
        report = build_all(scratch)
        figures["incremental_build_s"] = round(report.seconds, 2)
        figures["incremental_embedded_chunks"] = report.embedded_chunks

        echo("query latency (warm, separate serving process)…")
        out = subprocess.run(
            [sys.executable, "-m", "assistant.bench", str(root), str(questions)],
            check=True,
            capture_output=True,
            text=True,
        )
        figures.update(json.loads(out.stdout.strip().splitlines()[-1]))

    for key, value in figures.items():
        target = TARGETS.get(key)
        verdict = (
            "" if target is None else ("  ok" if value <= target else f"  OVER target {target}")
        )
        echo(f"{key:<28} {value}{verdict}")
    return figures


def _serve_probe(root: Path, questions: int) -> dict[str, Any]:
    """Load the assistant as the app does, warm it, time the queries, report peak RSS."""
    import resource

    from assistant.chain import Assistant

    settings = Settings(data_dir=root)
    started = time.perf_counter()
    assistant = Assistant.load(settings)
    load_s = time.perf_counter() - started
    pool = bench_questions(settings)
    asked = [pool[i % len(pool)] for i in range(questions)]
    for q in asked[:3]:
        assistant.ask(q)
    latencies = []
    for q in asked:
        started = time.perf_counter()
        assistant.ask(q)
        latencies.append((time.perf_counter() - started) * 1000)
    metric_latencies = _time_metrics_tool(assistant, settings, questions)
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "metrics_ms_p50": round(percentile(metric_latencies, 50), 2),
        "metrics_ms_p95": round(percentile(metric_latencies, 95), 2),
        "load_s": round(load_s, 2),
        "queries": len(latencies),
        "query_ms_p50": round(percentile(latencies, 50), 1),
        "query_ms_p95": round(percentile(latencies, 95), 1),
        "query_ms_mean": round(statistics.fmean(latencies), 1),
        "serving_rss_mb": round(rss_kb / 1024, 1),
    }


def _time_metrics_tool(assistant: Any, settings: Settings, questions: int) -> list[float]:
    """Latency of the metrics tool alone (indicator matching plus the read-only queries)."""
    if assistant.metrics is None:
        return []
    path = settings.data_dir / "eval" / "bench_metric_questions.txt"
    pool = [q.strip() for q in path.read_text(encoding="utf-8").splitlines() if q.strip()]
    assistant.metrics.lookup(pool[0])
    latencies = []
    for i in range(questions):
        started = time.perf_counter()
        assistant.metrics.lookup(pool[i % len(pool)])
        latencies.append((time.perf_counter() - started) * 1000)
    return latencies


if __name__ == "__main__":
    print(json.dumps(_serve_probe(Path(sys.argv[1]), int(sys.argv[2]))))
