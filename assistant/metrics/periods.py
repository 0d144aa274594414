"""Period labels ('2025-03', 'SY2022-23', 'fall 2021', 'between ...') in words, per language."""

from __future__ import annotations

import re

from assistant.metrics.languages import MONTHS
from assistant.metrics.values import templates

# labels that open a sentence as they are ("Between October 2021 and October 2022, ...")
_BARE = ("between", "from_to", "since")
_EN_MONTHS = {m.lower(): k for k, m in enumerate(MONTHS["en"], start=1)}


def when(period: str, language: str = "en") -> str:
    """Lead-in for a period label: 'In March 2025', 'On September 8, 2022', 'In school year ...'."""
    t = templates(language)
    kind, text, parts = parse(period, language)
    lead = t.get(f"lead_{kind}")
    if lead:
        return lead.format(period=text, **parts)
    if kind == "day":
        return t["on_day"].format(date=text)
    if kind in _BARE:
        return text[:1].upper() + text[1:]
    return t["in_period"].format(period=text)


def period_text(period: str, language: str = "en") -> str:
    """A period label in words, without a lead-in: 'marzo de 2025', 'el año escolar 2022-23'."""
    return parse(period, language)[1]


def parse(period: str, language: str = "en") -> tuple[str, str, dict[str, str]]:
    """(kind, words, parts) of a period label; unknown labels are kept as they are."""
    t = templates(language)
    months = MONTHS.get(language, MONTHS["en"])
    label = period.strip()
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", label):
        parts = {"day": str(int(m[3])), "month": months[int(m[2]) - 1], "year": m[1]}
        return "day", t["date"].format(**parts), parts
    if m := re.fullmatch(r"(\d{4})-(\d{2})", label):
        parts = {"month": months[int(m[2]) - 1], "year": m[1]}
        return "month_year", t["month_year"].format(**parts), parts
    m = re.fullmatch(r"([A-Za-z]+) (\d{4})", label)
    if m and (month := _EN_MONTHS.get(m[1].lower())) is not None:
        parts = {"month": months[month - 1], "year": m[2]}
        return "month_year", t["month_year"].format(**parts), parts
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", label):
        parts = {"q": m[2], "year": m[1]}
        return "qy", t["qy"].format(**parts), parts
    if m := re.fullmatch(r"SY(\d{4}-\d{2})", label):
        parts = {"years": m[1]}
        return "sy", t["sy"].format(**parts), parts
    if m := re.fullmatch(r"FY(\d{2}|\d{4})", label):
        parts = {"year": m[1] if len(m[1]) == 4 else f"20{m[1]}"}
        return "fy", t["fy"].format(**parts), parts
    if m := re.fullmatch(r"\d{4}", label):
        parts = {"year": label}
        return "year", t.get("year", "{year}").format(**parts), parts
    if m := re.fullmatch(r"class of (\d{4})", label, re.IGNORECASE):
        parts = {"year": m[1]}
        return "class", t["class"].format(**parts), parts
    if m := re.fullmatch(r"(?:fall|autumn) (\d{4})", label, re.IGNORECASE):
        parts = {"year": m[1]}
        return "fall", t["fall"].format(**parts), parts
    if m := re.fullmatch(r"the (\d{4}) state review", label, re.IGNORECASE):
        parts = {"year": m[1]}
        return "review", t["review"].format(**parts), parts
    if m := re.fullmatch(r"(.+?)\s*\(planned\)", label, re.IGNORECASE):
        inner = period_text(m[1], language)
        return "planned", t["planned"].format(period=inner), {"period": inner}
    if m := re.fullmatch(r"between (.+) and (.+)", label, re.IGNORECASE):
        parts = {"a": period_text(m[1], language), "b": period_text(m[2], language)}
        return "between", t["between"].format(**parts), parts
    if m := re.fullmatch(r"from (.+) to (.+)", label, re.IGNORECASE):
        parts = {"a": period_text(m[1], language), "b": period_text(m[2], language)}
        return "from_to", t["from_to"].format(**parts), parts
    if m := re.fullmatch(r"since (.+)", label, re.IGNORECASE):
        parts = {"a": period_text(m[1], language)}
        return "since", t["since"].format(**parts), parts
    return "other", label, {}
