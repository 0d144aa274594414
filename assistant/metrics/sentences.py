"""Sentences and citation rows stating a metric: value, unit, period, target, age; per language."""

from __future__ import annotations

import re

from assistant.types import Citation, MetricResult

TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        "value": "{when}, {name}{where} was {value}",
        "where_school": " at {id}",
        "where_route": " on route {id}",
        "where_state": " statewide",
        "where_national": " nationally",
        "met": "; the plan's target is {target}, so the target was met",
        "not_met": "; the plan's target is {target}, so the target was not met",
        "lapsed": "; the plan's target ({target}) no longer applied then",
        "aim": "; the plan's aim, with no number attached, is to {target}",
        "cite": " [{n}].",
        "stale": "; this is the latest figure we have, from {age} ago",
        "undated": "; the source does not say when this figure was measured",
        "conflict": " ({note})",
        "no_data": "The metrics tables have no figure yet for {name}, so we cannot say what it is.",
        "no_metric": "The metrics tables have no figure that answers this question.",
        "on_day": "On {date}",
        "in_period": "In {period}",
        "school_year": "In school year {years}",
        "fiscal_year": "In fiscal year {year}",
        "quarter": "In quarter {q} of {year}",
        "class_of": "For the class of {year}",
        "days": "{n} days",
        "months": "{n} months",
        "years": "{n} years",
        "about": "about {v}",
        "nearly": "nearly {v}",
        "more than": "more than {v}",
        "at least": "at least {v}",
        "less than": "less than {v}",
        "million": "{v} million",
        "billion": "{v} billion",
        "percent": "{v}%",
        "percent_per_year": "{v}% a year",
        "usd": "${v}",
        "thousands_sep": ",",
        "decimal_sep": ".",
    }
}
WIDER_SCOPES = ("state", "national")
MONTHS = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}
_POSSESSIVE = re.compile(r"^[\w\s-]*?\b\w+(?:'s|s')\s")
# count units a name does not already imply are spelled out after the number
UNIT_WORDS = {
    "en": {
        "schools": "schools",
        "students": "students",
        "reports": "reports",
        "drivers": "drivers",
        "projects": "projects",
        "units": "units",
        "sensors": "sensors",
        "mandates": "mandates",
        "stops": "stops",
        "count": "",
    },
}


def metric_sentence(
    result: MetricResult, n: int | None, language: str = "en", max_age_days: int | None = 365
) -> str:
    """State value, period, target and verdict; flag figures older than `max_age_days` days."""
    t = _templates(language)
    if result.value is None:
        return t["no_data"].format(name=result.name)
    text = t["value"].format(
        when=when(result.period, language),
        name=subject(result.name, language),
        where=_where(result, t),
        value=format_value(result.value, result.unit, _qualifier(result), language, result.name),
    )
    target = result.target_text or (
        format_value(result.target, result.unit, "", language) if result.target is not None else ""
    )
    if result.scope in WIDER_SCOPES:
        pass  # the plan's targets are the district's, not the state's or the nation's
    elif result.target is not None and result.met is not None:
        text += t["met" if result.met else "not_met"].format(target=target)
    elif result.target is not None:
        text += t["lapsed"].format(target=target)
    elif target:
        text += t["aim"].format(target=target)
    conflict = re.search(r"Sources disagree[^.]*", result.note) if language == "en" else None
    if conflict:
        text += t["conflict"].format(note=conflict.group(0).strip())
    if not result.as_of:
        text += t["undated"]
    elif (
        max_age_days is not None and result.age_days is not None and result.age_days > max_age_days
    ):
        text += t["stale"].format(age=age_text(result.age_days, language))
    # the citation closes the sentence, so everything the sentence claims is in its row
    return text + (t["cite"].format(n=n) if n is not None else ".")


def no_metric_sentence(language: str = "en") -> str:
    """Say that no metrics row answers the question (never fill the gap)."""
    return _templates(language)["no_metric"]


def citation_text(result: MetricResult, language: str = "en") -> str:
    """One text row for a metric citation: indicator, value, period, target, source URL."""
    if result.value is None:
        value, period = "no data", ""
    else:
        value = format_value(result.value, result.unit, _qualifier(result), language)
        period = result.period + (f" (as of {result.as_of})" if result.as_of else "")
    scope = f" ({result.scope} {result.scope_id})".rstrip() if result.scope != "district" else ""
    parts = [f"{result.name}{scope} [{result.indicator}]", value, period]
    if result.target_text or result.target is not None:
        parts.append(
            "target: "
            + (result.target_text or format_value(result.target or 0.0, result.unit, "", language))
        )
    if result.note:
        parts.append(f"note: {result.note}")
    parts.append(f"source: {result.source_url}")
    return " | ".join(p for p in parts if p)


def metric_citation(result: MetricResult, n: int, language: str = "en") -> Citation:
    """A `Citation(kind="metric")` pointing at this result."""
    return Citation(
        n=n,
        kind="metric",
        text=citation_text(result, language),
        title=result.name,
        area=result.area,
        indicator=result.indicator,
        value=result.value,
        as_of=result.as_of,
        source_url=result.source_url,
        source_urls=(result.source_url,) if result.source_url else (),
    )


def gap_to_target(result: MetricResult) -> float | None:
    """How far the value is from the target, signed so that positive means better than target."""
    if result.value is None or result.target is None:
        return None
    gap = result.value - result.target
    return -gap if result.direction == "lower" else gap


def format_value(
    value: float, unit: str, qualifier: str = "", language: str = "en", name: str = ""
) -> str:
    """Render a number with its unit and qualifier ("about 22,000", "94%", "$180 million")."""
    t = _templates(language)
    if unit == "usd" and abs(value) >= 1_000_000 and value % 100_000 == 0:
        big = "billion" if abs(value) >= 1_000_000_000 else "million"
        scaled = value / (1_000_000_000 if big == "billion" else 1_000_000)
        text = t["usd"].format(v=t[big].format(v=_number(scaled, t)))
    elif unit in ("percent", "percent_per_year", "usd"):
        text = t[unit].format(v=_number(value, t))
    else:
        text = _number(value, t)
        word = UNIT_WORDS.get(language, UNIT_WORDS["en"]).get(unit, unit.replace("_", " "))
        if word and word.lower() not in name.lower():
            text += f" {word}"
    return t[qualifier].format(v=text) if qualifier in t else text


def subject(name: str, language: str = "en") -> str:
    """The indicator name as a sentence subject ('the share of ...', "transportation's share")."""
    if language != "en" or _POSSESSIVE.match(name) or name.lower().startswith("the "):
        return name
    return f"the {name}"


def when(period: str, language: str = "en") -> str:
    """Lead-in for a period label: 'In March 2025', 'On September 8, 2022', 'In school year ...'."""
    t = _templates(language)
    months = MONTHS.get(language, MONTHS["en"])
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", period):
        date = f"{months[int(m[2]) - 1]} {int(m[3])}, {m[1]}"
        return t["on_day"].format(date=date)
    if m := re.fullmatch(r"(\d{4})-(\d{2})", period):
        return t["in_period"].format(period=f"{months[int(m[2]) - 1]} {m[1]}")
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", period):
        return t["quarter"].format(q=m[2], year=m[1])
    if m := re.fullmatch(r"SY(\d{4}-\d{2})", period):
        return t["school_year"].format(years=m[1])
    if m := re.fullmatch(r"FY(\d{2}|\d{4})", period):
        year = m[1] if len(m[1]) == 4 else f"20{m[1]}"
        return t["fiscal_year"].format(year=year)
    if m := re.fullmatch(r"class of (\d{4})", period, re.IGNORECASE):
        return t["class_of"].format(year=m[1])
    if re.match(r"(since|between|from|during|before|after|until)\b", period, re.IGNORECASE):
        return period[0].upper() + period[1:]
    return t["in_period"].format(period=period)


def age_text(days: int, language: str = "en") -> str:
    """'45 days', '20 months' or '3 years'."""
    t = _templates(language)
    if days < 60:
        return t["days"].format(n=days)
    months = int(days / 30.44)
    if months < 24:
        return t["months"].format(n=months)
    return t["years"].format(n=int(days / 365.25))


def _where(result: MetricResult, t: dict[str, str]) -> str:
    key = f"where_{result.scope}"
    if result.scope == "district" or key not in t:
        return ""
    if result.scope in ("school", "route") and not result.scope_id:
        return ""
    return t[key].format(id=result.scope_id)


def _number(value: float, t: dict[str, str]) -> str:
    text = f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}".rstrip("0").rstrip(".")
    return (
        text.replace(",", "\x00").replace(".", t["decimal_sep"]).replace("\x00", t["thousands_sep"])
    )


def _qualifier(result: MetricResult) -> str:
    return result.qualifier


def _templates(language: str) -> dict[str, str]:
    return TEMPLATES.get(language, TEMPLATES["en"])
