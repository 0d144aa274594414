"""Render a report dict as one self-contained HTML file (inline CSS, no scripts, no links out)."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import Any

from assistant.evaluation.report_sections import html_sections
from assistant.evaluation.report_text import (
    ALIGNMENT_LABEL,
    STALE_NOTE,
    alignment_text,
    expected_text,
    fmt,
    summary_columns,
)
from assistant.evaluation.summary import BREAKDOWNS, LABELS, SUMMARY_KEYS, failing

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:70rem;
 padding:0 1rem;color:#1b1b1b;line-height:1.4}
h1{font-size:1.5rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}
th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:right;vertical-align:top}
th:first-child,td:first-child{text-align:left}
.bar{display:inline-block;height:.8rem;background:#2b6cb0;vertical-align:middle}
.barcell{min-width:11rem;text-align:left}
.fail{background:#fff5f5}.pass{background:#f0fff4}
.q{border:1px solid #e2b4b4;border-radius:4px;padding:.5rem .75rem;margin:.75rem 0;
 background:#fffafa}
.q p{margin:.25rem 0}.why{color:#9b2c2c}.muted{color:#555;font-size:.85rem}
.warning{color:#9b2c2c;font-weight:600}
"""
_CHARTED = ("pass_rate", "recall_at_k", "fact_recall", "refusal_accuracy", "language_accuracy")
_BREAKDOWN_COLUMNS = ("questions", "pass_rate", "recall_at_k", "mrr", "ndcg_at_k", "fact_recall",
                      "citation_precision", "refusal_accuracy", "language_accuracy",
                      "latency_ms_p50")


def render_html(report: Mapping[str, Any], title: str = "BPS assistant evaluation") -> str:
    """The whole report as an HTML page that opens offline."""
    run = report.get("run", {})
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{escape(title)}</h1>",
        _run_info(run),
        "<h2>Summary</h2>",
        _summary_table(report),
    ]
    for name in BREAKDOWNS:
        groups = report.get(name, {})
        heading = name.replace("by_", "By ")
        parts.append(f"<h2>{escape(heading)}</h2>")
        parts.append(_bars(groups))
        parts.append(_breakdown_table(groups))
    parts.extend(html_sections(report))
    fails = failing(report)
    parts.append(f"<h2>Failing questions ({len(fails)} of {len(report['questions'])})</h2>")
    parts.extend(_failure(q) for q in fails)
    parts.append("<h2>All questions</h2>")
    parts.append(_all_questions(report["questions"]))
    parts.append("</body></html>")
    return "\n".join(parts)


def _run_info(run: Mapping[str, Any]) -> str:
    sets = ", ".join(f"{s['name']} ({s['questions']})" for s in run.get("sets", []))
    items = [("created", run.get("created")), ("mode", run.get("mode")), ("k", run.get("k")),
             ("sets", sets), ("embedder", run.get("embedder")), ("composer", run.get("composer")),
             (ALIGNMENT_LABEL, alignment_text(run["alignment"]) if run.get("alignment") else "")]
    shown = " · ".join(f"{escape(k)}: {escape(str(v))}" for k, v in items if v not in (None, ""))
    stale = (f'<p class="warning">Note: {escape(STALE_NOTE)}</p>'
             if run.get("index_matches_corpus") is False else "")
    return f'<p class="muted">{shown}</p>{stale}'


def _summary_table(report: Mapping[str, Any]) -> str:
    columns = summary_columns(report)
    head = "".join(f"<th>{escape(name)}</th>" for name in columns)
    rows = [f"<tr><th>metric</th>{head}</tr>"]
    for key in SUMMARY_KEYS:
        cells = "".join(f"<td>{escape(fmt(c.get(key)))}</td>" for c in columns.values())
        rows.append(f"<tr><td>{escape(LABELS[key])}</td>{cells}</tr>")
    return f"<table>{''.join(rows)}</table>"


def _bars(groups: Mapping[str, Mapping[str, Any]]) -> str:
    head = "".join(f"<th>{escape(LABELS[k])}</th>" for k in _CHARTED)
    rows = [f"<tr><th>group</th>{head}</tr>"]
    for name, s in groups.items():
        cells = []
        for key in _CHARTED:
            value = s.get(key)
            width = 0.0 if value is None else max(0.0, min(1.0, float(value))) * 8
            cells.append(f'<td class="barcell"><span class="bar" style="width:{width:.2f}rem">'
                         f"</span> {escape(fmt(value))}</td>")
        rows.append(f"<tr><td>{escape(name)}</td>{''.join(cells)}</tr>")
    return f"<table>{''.join(rows)}</table>"


def _breakdown_table(groups: Mapping[str, Mapping[str, Any]]) -> str:
    head = "".join(f"<th>{escape(LABELS[k])}</th>" for k in _BREAKDOWN_COLUMNS)
    rows = [f"<tr><th>group</th>{head}</tr>"]
    for name, s in groups.items():
        cells = "".join(f"<td>{escape(fmt(s.get(k)))}</td>" for k in _BREAKDOWN_COLUMNS)
        rows.append(f"<tr><td>{escape(name)}</td>{cells}</tr>")
    return f"<table>{''.join(rows)}</table>"


def _failure(q: Mapping[str, Any]) -> str:
    retrieved = ", ".join(
        f"{r['section']}{' ✓' if r['relevant'] else ''}" for r in q["retrieved"]
    ) or "-"
    cited = ", ".join(
        f"[{c['n']}] {c.get('indicator') or c['section']}{' ✓' if c['matches_expected'] else ''}"
        for c in q["citations"]
    ) or "-"
    state = "refused" if q["refused"] else "answered"
    return (
        '<div class="q">'
        f"<p><strong>[{escape(q['set'])}] {escape(q['id'])}</strong> "
        f"<span class=\"muted\">{escape(q['role'])} · {escape(q['expected_language'])} · "
        f"{escape(q['area'])}</span></p>"
        f"<p>{escape(q['question'])}</p>"
        f"<p><em>Expected:</em> {escape(expected_text(q))} "
        f"(in '{escape(q['expected_language'])}')</p>"
        f"<p><em>Got:</em> {state} in '{escape(q['language'])}': {escape(q['answer'])}</p>"
        f"<p class=\"muted\">Retrieved: {escape(retrieved)}<br>Cited: {escape(cited)}</p>"
        f"<p class=\"why\">{escape('; '.join(q['failures']))}</p>"
        "</div>"
    )


def _all_questions(questions: list[dict[str, Any]]) -> str:
    head = ("set", "id", "role", "lang", "area", "passed", "recall@k", "RR", "facts", "cite",
            "ms")
    rows = ["<tr>" + "".join(f"<th>{h}</th>" for h in head) + "</tr>"]
    for q in questions:
        cls = "pass" if q["passed"] else "fail"
        cells = (q["set"], q["id"], q["role"], q["expected_language"], q["area"],
                 "yes" if q["passed"] else "no", fmt(q["recall_at_k"]),
                 fmt(q["reciprocal_rank"]), fmt(q["fact_recall"]), fmt(q["citation_precision"]),
                 fmt(q["latency_ms"]))
        rows.append(f'<tr class="{cls}">' + "".join(f"<td>{escape(str(c))}</td>" for c in cells)
                    + "</tr>")
    return f"<table>{''.join(rows)}</table>"
