"""Compare two JSON reports: metrics side by side, questions that went pass->fail and back."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError
from assistant.evaluation.report_text import fmt
from assistant.evaluation.summary import LABELS, SUMMARY_KEYS

# metrics where a smaller value is better
LOWER_IS_BETTER = {"latency_ms_p50", "latency_ms_p95"}
COUNTS = {"questions", "passed"}


class ReportError(AssistantError):
    """A saved evaluation report cannot be read."""


def load_report(path: Path | str) -> dict[str, Any]:
    """Read a report written by `eval run --json`."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ReportError(f"{path}: no such file") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ReportError(f"{path}: not a JSON report ({exc})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("summary"), dict) \
            or not isinstance(data.get("questions"), list):
        raise ReportError(f"{path}: not an evaluation report (no 'summary' and 'questions')")
    return data


def compare_reports(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, Any]:
    """Metric deltas and the questions whose outcome changed, keyed by (set, id)."""
    metrics = []
    for key in SUMMARY_KEYS:
        a, b = before["summary"].get(key), after["summary"].get(key)
        delta = b - a if isinstance(a, int | float) and isinstance(b, int | float) else None
        metrics.append({"metric": key, "before": a, "after": b,
                        "delta": round(delta, 4) if delta is not None else None})
    old = {_key(q): q for q in before["questions"]}
    new = {_key(q): q for q in after["questions"]}
    regressions = [_change(old[k], new[k]) for k in new if k in old
                   and old[k]["passed"] and not new[k]["passed"]]
    fixes = [_change(old[k], new[k]) for k in new if k in old
             and not old[k]["passed"] and new[k]["passed"]]
    return {
        "metrics": metrics,
        "regressions": regressions,
        "fixes": fixes,
        "only_before": [f"{s}/{i}" for s, i in old if (s, i) not in new],
        "only_after": [f"{s}/{i}" for s, i in new if (s, i) not in old],
    }


def render_comparison(comparison: Mapping[str, Any], before: str = "A", after: str = "B") -> str:
    """The comparison as plain text."""
    lines = [f"  {'':<20}{before[-12:]:>12}{after[-12:]:>12}{'change':>10}"]
    for row in comparison["metrics"]:
        delta = row["delta"]
        mark = ""
        if delta:
            better = delta < 0 if row["metric"] in LOWER_IS_BETTER else delta > 0
            mark = " better" if better else " worse"
        shown = _delta(row["metric"], delta)
        lines.append(f"  {LABELS[row['metric']]:<20}{fmt(row['before']):>12}"
                     f"{fmt(row['after']):>12}{shown:>10}{mark}")
    for title, label, items in (
        ("Now failing (passed before)", "why", comparison["regressions"]),
        ("Now passing (failed before)", "was", comparison["fixes"]),
    ):
        lines.append("")
        lines.append(f"{title}: {len(items)}")
        for item in items:
            lines.append(f"- [{item['set']}] {item['id']}: {item['question']}")
            if item["failures"]:
                lines.append(f"    {label}: {'; '.join(item['failures'])}")
    for title, keys in (("Only in " + before, comparison["only_before"]),
                        ("Only in " + after, comparison["only_after"])):
        if keys:
            lines.append("")
            lines.append(f"{title}: {', '.join(keys)}")
    return "\n".join(lines)


def _delta(metric: str, delta: float | None) -> str:
    if delta is None:
        return "-"
    if metric in COUNTS:
        return f"{int(delta):+d}"
    return f"{delta:+.1f}" if metric in LOWER_IS_BETTER else f"{delta:+.3f}"


def _key(q: Mapping[str, Any]) -> tuple[str, str]:
    return str(q.get("set", "")), str(q["id"])


def _change(old: Mapping[str, Any], new: Mapping[str, Any]) -> dict[str, Any]:
    return {"set": new.get("set", ""), "id": new["id"], "question": new.get("question", ""),
            "failures": new.get("failures", []) or old.get("failures", [])}
