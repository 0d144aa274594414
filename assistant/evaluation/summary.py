"""Aggregate scored questions into the report dict and check it against floors."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from assistant.errors import ConfigError
from assistant.evaluation.metrics import mean, percentile, share
from assistant.evaluation.questions import QuestionSet
from assistant.evaluation.scoring import QuestionResult

# the keys of "summary" and of every breakdown, in display order
SUMMARY_KEYS = (
    "questions",
    "passed",
    "pass_rate",
    "recall_at_k",
    "mrr",
    "ndcg_at_k",
    "fact_recall",
    "citation_precision",
    "indicator_recall",
    "refusal_accuracy",
    "language_accuracy",
    "latency_ms_p50",
    "latency_ms_p95",
)
LABELS = {
    "questions": "questions",
    "passed": "passed",
    "pass_rate": "pass rate",
    "recall_at_k": "recall@k",
    "mrr": "MRR",
    "ndcg_at_k": "nDCG@k",
    "fact_recall": "fact recall",
    "citation_precision": "citation precision",
    "indicator_recall": "indicator cited",
    "refusal_accuracy": "refusal accuracy",
    "language_accuracy": "language accuracy",
    "latency_ms_p50": "latency p50 (ms)",
    "latency_ms_p95": "latency p95 (ms)",
}
BREAKDOWNS = ("by_set", "by_language", "by_role", "by_area")
_GROUP_KEY: dict[str, Callable[[QuestionResult], str]] = {
    "by_set": lambda r: r.question.set_name,
    "by_language": lambda r: r.question.language,
    "by_role": lambda r: r.question.role,
    "by_area": lambda r: r.area,
}


def summarise(results: Sequence[QuestionResult]) -> dict[str, Any]:
    """The summary metrics of a list of scored questions."""
    latencies = [r.latency_ms for r in results]
    passed = sum(1 for r in results if r.passed)
    indicator = [r.indicator_cited for r in results if r.indicator_cited is not None]
    values: dict[str, Any] = {
        "questions": len(results),
        "passed": passed,
        "pass_rate": passed / len(results) if results else None,
        "recall_at_k": mean(r.recall_at_k for r in results),
        "mrr": mean(r.reciprocal_rank for r in results),
        "ndcg_at_k": mean(r.ndcg_at_k for r in results),
        "fact_recall": mean(r.fact_recall for r in results),
        "citation_precision": mean(r.citation_precision for r in results),
        "indicator_recall": share(indicator),
        "refusal_accuracy": share(r.refusal_correct for r in results),
        "language_accuracy": share(r.language_correct for r in results),
        "latency_ms_p50": percentile(latencies, 50) if results else None,
        "latency_ms_p95": percentile(latencies, 95) if results else None,
    }
    return {key: _round(values[key]) for key in SUMMARY_KEYS}


def breakdown(results: Sequence[QuestionResult],
              key: Callable[[QuestionResult], str]) -> dict[str, Any]:
    """Summaries per group, groups sorted by name."""
    groups: dict[str, list[QuestionResult]] = {}
    for r in results:
        groups.setdefault(key(r) or "unknown", []).append(r)
    return {name: summarise(groups[name]) for name in sorted(groups)}


def build_report(
    results: Sequence[QuestionResult],
    sets: Sequence[QuestionSet],
    *,
    baselines: Mapping[str, Sequence[QuestionResult]] | None = None,
    run: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The whole report: summary, breakdowns, per-question results, baselines."""
    first = results[0] if results else None
    report: dict[str, Any] = {
        "summary": summarise(results),
        **{name: breakdown(results, _GROUP_KEY[name]) for name in BREAKDOWNS},
        "questions": [r.to_dict() for r in results],
        "run": {
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
            "mode": first.mode if first else "hybrid",
            "k": first.k if first else None,
            "sets": [{"name": s.name, "path": s.path, "description": s.description,
                      "questions": len(s.questions)} for s in sets],
            **(run or {}),
        },
        "baselines": {
            mode: {"summary": summarise(rs), "by_set": breakdown(rs, _GROUP_KEY["by_set"])}
            for mode, rs in (baselines or {}).items()
        },
    }
    return report


def parse_bounds(pairs: Iterable[str], option: str = "--min") -> dict[str, float]:
    """Parse KEY=VALUE floors or ceilings on summary metrics."""
    bounds: dict[str, float] = {}
    numeric = [k for k in SUMMARY_KEYS if k not in ("questions", "passed")]
    for pair in pairs:
        key, sep, raw = pair.partition("=")
        key = key.strip()
        if not sep or key not in numeric:
            raise ConfigError(
                f"{option} {pair!r}: expected KEY=VALUE with KEY one of: {', '.join(numeric)}"
            )
        try:
            bounds[key] = float(raw)
        except ValueError as exc:
            raise ConfigError(f"{option} {pair!r}: {raw!r} is not a number") from exc
    return bounds


def check_bounds(summary: Mapping[str, Any], minimums: Mapping[str, float],
                 maximums: Mapping[str, float] | None = None) -> list[str]:
    """One line per metric below its floor or above its ceiling (missing counts as failing)."""
    problems = []
    for key, floor in minimums.items():
        value = summary.get(key)
        if value is None or value < floor:
            problems.append(f"{key} {_show(value)} is below the floor {floor:g}")
    for key, ceiling in (maximums or {}).items():
        value = summary.get(key)
        if value is None or value > ceiling:
            problems.append(f"{key} {_show(value)} is above the ceiling {ceiling:g}")
    return problems


def failing(report: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The per-question entries that failed."""
    return [q for q in report["questions"] if not q["passed"]]


def _round(value: Any) -> Any:
    return round(value, 4) if isinstance(value, float) else value


def _show(value: Any) -> str:
    return "missing" if value is None else f"{value:g}"
