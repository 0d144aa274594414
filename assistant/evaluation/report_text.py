"""Render a report dict as plain text for the terminal."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from assistant.evaluation.report_sections import text_sections
from assistant.evaluation.summary import BREAKDOWNS, LABELS, SUMMARY_KEYS, failing

_SHORT = ("questions", "pass_rate", "recall_at_k", "mrr", "fact_recall", "citation_precision",
          "refusal_accuracy", "language_accuracy")
STALE_NOTE = ("the index was older than the corpus when this ran, so these figures measure "
              "the old index; run 'bps-assistant index' and evaluate again.")
ALIGNMENT_LABEL = "embedder alignment with English (fusion weighs dense results by its square)"
_HEADS = ("n", "pass", "rec@k", "MRR", "facts", "cite", "refuse", "lang")


def alignment_text(alignment: Mapping[str, float]) -> str:
    """'ar 0.935, es 0.958, ...' for the run's per-language embedder alignment."""
    return ", ".join(f"{lang} {value:.3f}" for lang, value in sorted(alignment.items()))


def render_text(report: Mapping[str, Any], max_answer_chars: int = 300) -> str:
    """The report as plain text for the terminal."""
    lines: list[str] = []
    run = report.get("run", {})
    columns = summary_columns(report)
    sets = ", ".join(s["name"] for s in run.get("sets", []))
    if run.get("index_matches_corpus") is False:
        lines.append(f"Note: {STALE_NOTE}")
    lines.append(f"Summary (k={run.get('k')}; sets: {sets or '-'})")
    if run.get("alignment"):
        lines.append(f"  {ALIGNMENT_LABEL}: {alignment_text(run['alignment'])}")
    lines.append(f"  {'':<20}" + "".join(f"{name:>10}" for name in columns))
    for key in SUMMARY_KEYS:
        cells = "".join(f"{fmt(c[key]):>10}" for c in columns.values())
        lines.append(f"  {LABELS[key]:<20}{cells}")
    for name in BREAKDOWNS:
        lines.append("")
        lines.append(name.replace("_", " ").capitalize())
        lines.append(f"  {'':<24}" + "".join(f"{h:>8}" for h in _HEADS))
        for group, s in report[name].items():
            lines.append(f"  {group:<24}" + "".join(f"{fmt(s[k]):>8}" for k in _SHORT))
    lines.extend(text_sections(report))
    fails = failing(report)
    lines.append("")
    lines.append(f"Failing questions: {len(fails)} of {report['summary']['questions']}")
    for q in fails:
        lines.extend(describe_failure(q, max_answer_chars))
    return "\n".join(lines)


def describe_failure(q: Mapping[str, Any], max_answer_chars: int = 300) -> list[str]:
    """A few indented lines: the question, what was expected, what came back, why."""
    want = expected_text(q)
    answer = " ".join(q["answer"].split())
    if len(answer) > max_answer_chars:
        answer = answer[: max_answer_chars - 1] + "…"
    got = "refused" if q["refused"] else "answered"
    top = ", ".join(r["section"] + ("*" if r["relevant"] else "") for r in q["retrieved"])
    return [
        f"- [{q['set']}] {q['id']} ({q['role']}, {q['expected_language']}): {q['question']}",
        f"    expected: {want} (in '{q['expected_language']}')",
        f"    got: {got} in '{q['language']}': {answer}",
        f"    retrieved: {top or '-'}",
        f"    why: {'; '.join(q['failures'])}",
    ]


def expected_text(q: Mapping[str, Any]) -> str:
    """What a question expected, in one line: sources, facts, indicator, or a refusal."""
    exp = q["expected"]
    if not exp["answerable"]:
        return "a refusal"
    sources = " | ".join(", ".join(f"{k}={v}" for k, v in s.items()) for s in exp["sources"])
    text = f"sources {sources}"
    if exp["facts"]:
        text += "; facts " + ", ".join(exp["facts"])
    if exp["indicator"]:
        text += f"; indicator {exp['indicator']}"
    return text


def summary_columns(report: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    """The run's summary and each baseline's, keyed by retrieval mode."""
    mode = report.get("run", {}).get("mode", "hybrid")
    baselines = report.get("baselines", {})
    return {mode: report["summary"], **{m: b["summary"] for m, b in baselines.items()}}


def fmt(value: Any) -> str:
    """A metric value for display: '-' when missing, 3 decimals for shares."""
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.1f}" if value >= 10 else f"{value:.3f}"
    return str(value)
