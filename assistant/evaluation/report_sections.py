"""Report sections for cross-language consistency and reading level, as text and as HTML."""

from __future__ import annotations

from collections.abc import Mapping
from html import escape
from typing import Any

from assistant.evaluation.consistency import inconsistent


def _fmt(value: Any) -> str:
    if value is None:
        return "-"
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def text_sections(report: Mapping[str, Any]) -> list[str]:
    """Plain-text lines for the consistency and readability parts (none when absent)."""
    lines: list[str] = []
    cons = report.get("consistency") or {}
    if cons.get("overall", {}).get("compared"):
        lines += ["", f"Cross-language consistency (cited sections vs '{cons['reference']}', "
                      f"{cons['groups']} question groups)",
                  f"  {'':<24}{'n':>8}{'jaccard':>10}{'same top':>10}"]
        rows = {**cons["by_language"], "all": cons["overall"]}
        for name, s in rows.items():
            lines.append(f"  {name:<24}{s['compared']:>8}{_fmt(s['agreement']):>10}"
                         f"{_fmt(s['consistent']):>10}")
    read = report.get("readability") or {}
    if read.get("answers"):
        prose = read.get("prose", {})
        lines += ["", f"Reading level of English family answers (Flesch-Kincaid grade, "
                      f"target <= {read['target_grade']:g})",
                  f"  answers {read['answers']}; mean grade {_fmt(read['grade_mean'])}, median "
                  f"{_fmt(read['grade_median'])}; at or below target {_fmt(read['at_or_below'])}",
                  f"  without source labels: mean {_fmt(prose.get('grade_mean'))}, median "
                  f"{_fmt(prose.get('grade_median'))}; at or below target "
                  f"{_fmt(prose.get('at_or_below'))}"]
    return lines


def html_sections(report: Mapping[str, Any]) -> list[str]:
    """HTML fragments for the consistency and readability parts (none when absent)."""
    parts: list[str] = []
    cons = report.get("consistency") or {}
    if cons.get("overall", {}).get("compared"):
        parts.append("<h2>Cross-language consistency</h2>")
        parts.append(
            f"<p class=\"muted\">Each translated question is compared with the "
            f"'{escape(cons['reference'])}' question of its group ({cons['groups']} groups): "
            "jaccard is the overlap of the cited sections, same top the share that lead "
            "with the same section.</p>")
        rows = ["<tr><th>language</th><th>compared</th><th>jaccard</th><th>same top</th></tr>"]
        for name, s in {**cons["by_language"], "all": cons["overall"]}.items():
            rows.append(f"<tr><td>{escape(name)}</td><td>{s['compared']}</td>"
                        f"<td>{_fmt(s['agreement'])}</td><td>{_fmt(s['consistent'])}</td></tr>")
        parts.append(f"<table>{''.join(rows)}</table>")
        differing = inconsistent(report)
        if differing:
            items = "".join(
                f"<li>{escape(c['id'])}: leads with {escape(str(c['top'] or 'a refusal'))}, "
                f"English with {escape(str(c['reference_top'] or 'a refusal'))}</li>"
                for c in differing)
            parts.append(f"<details><summary>{len(differing)} questions lead with another "
                         f"section than English</summary><ul>{items}</ul></details>")
    read = report.get("readability") or {}
    if read.get("answers"):
        prose = read.get("prose", {})
        parts.append("<h2>Reading level</h2>")
        parts.append(
            f"<p>{read['answers']} English answers to family questions: mean Flesch-Kincaid "
            f"grade {_fmt(read['grade_mean'])}, median {_fmt(read['grade_median'])}; "
            f"{_fmt(read['at_or_below'])} at or below grade {read['target_grade']:g}. "
            f"Without the source labels: mean {_fmt(prose.get('grade_mean'))}, "
            f"{_fmt(prose.get('at_or_below'))} at or below.</p>")
    return parts
