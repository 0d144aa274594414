"""Sentences and citation rows stating a metric: value, unit, period, target, age; per language.

The wording of each language lives in `assistant/metrics/languages/<code>.py`. Numbers keep
the digits of the citation row, which is rendered here in the same language, so the chain's
grounding check finds every number of the sentence in the row it cites.
"""

from __future__ import annotations

import re

from assistant.metrics.languages import MONTHS, TEMPLATES, UNIT_WORDS, module
from assistant.metrics.periods import period_text, when
from assistant.metrics.values import format_value, number, templates
from assistant.types import Citation, MetricResult

__all__ = [
    "MONTHS",
    "TEMPLATES",
    "UNIT_WORDS",
    "WIDER_SCOPES",
    "age_text",
    "citation_text",
    "format_value",
    "gap_to_target",
    "metric_citation",
    "metric_sentence",
    "no_metric_sentence",
    "subject",
    "when",
]

WIDER_SCOPES = ("state", "national")
_POSSESSIVE = re.compile(r"^[\w\s-]*?\b\w+(?:'s|s')\s")
_CONFLICT = re.compile(r"Sources disagree[^.]*")
# the other value a conflict note gives: "gives 64%", "gives $650 million", "lists 109 schools"
_OTHER_VALUE = re.compile(r"(\$)?(\d[\d,]*(?:\.\d+)?)(%| million| billion)?")


def metric_sentence(
    result: MetricResult, n: int | None, language: str = "en", max_age_days: int | None = 365
) -> str:
    """State value, period, target and verdict; flag figures older than `max_age_days` days."""
    t = templates(language)
    if result.value is None:
        return t["no_data"].format(name=result.name)
    text = t["value"].format(
        when=when(result.period, language),
        name=subject(result.name, language),
        where=_where(result, t),
        value=format_value(result.value, result.unit, result.qualifier, language, result.name),
        **_agreement(result.name, language, t),
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
    text += _conflict(result.note, result.unit, language)
    if not result.as_of:
        text += t["undated"]
    elif _stale(result, max_age_days) and result.age_days is not None:
        text += t["stale"].format(age=age_text(result.age_days, language))
    # the citation closes the sentence, so everything the sentence claims is in its row
    text += t["cite"].format(n=n) if n is not None else t["end"]
    polish = getattr(module(language), "polish", None)
    return polish(text) if polish else text


def no_metric_sentence(language: str = "en") -> str:
    """Say that no metrics row answers the question (never fill the gap)."""
    return templates(language)["no_metric"]


def citation_text(
    result: MetricResult, language: str = "en", max_age_days: int | None = None
) -> str:
    """One text row for a metric citation: indicator, value, period, target, source URL.

    With `max_age_days`, a figure older than that ends the row with its age ("age: 20 months"),
    the words the sentence's stale note uses.
    """
    t = templates(language)
    if result.value is None:
        value, period = t["no_value"], ""
    else:
        value = format_value(result.value, result.unit, result.qualifier, language)
        # English rows keep the raw label; other languages get the words the sentence uses
        label = result.period if language == "en" else period_text(result.period, language)
        period = label + (f" ({t['as_of'].format(date=result.as_of)})" if result.as_of else "")
    parts = [f"{result.name}{_row_scope(result, t, language)} [{result.indicator}]", value, period]
    if result.target_text or result.target is not None:
        target = result.target_text or format_value(result.target or 0.0, result.unit, "", language)
        parts.append(t["target_label"].format(target=target))
    if result.note:
        parts.append(t["note_label"].format(note=result.note))
    parts.append(t["source_label"].format(url=result.source_url))
    if _stale(result, max_age_days) and result.age_days is not None:
        parts.append(t["age_label"].format(age=age_text(result.age_days, language)))
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


def subject(name: str, language: str = "en") -> str:
    """The indicator name as a sentence subject ('the share of ...', "transportation's share")."""
    if language != "en" or _POSSESSIVE.match(name) or name.lower().startswith("the "):
        return name
    return f"the {name}"


def age_text(days: int, language: str = "en") -> str:
    """'45 days', '20 months' or '3 years' (in `language`)."""
    t = templates(language)
    if days < 60:
        key, n = "days", days
    elif (months := int(days / 30.44)) < 24:
        key, n = "months", months
    else:
        key, n = "years", int(days / 365.25)
    if n == 2 and f"{key}_two" in t:
        key += "_two"
    elif 3 <= n <= 10 and f"{key}_few" in t:
        key += "_few"
    return t[key].format(n=n)


def _stale(result: MetricResult, max_age_days: int | None) -> bool:
    return bool(
        max_age_days is not None and result.age_days is not None and result.age_days > max_age_days
    )


def _where(result: MetricResult, t: dict[str, str]) -> str:
    key = f"where_{result.scope}"
    if result.scope == "district" or key not in t:
        return ""
    if result.scope in ("school", "route") and not result.scope_id:
        return ""
    return t[key].format(id=result.scope_id)


def _row_scope(result: MetricResult, t: dict[str, str], language: str) -> str:
    if result.scope == "district":
        return ""
    if language == "en":
        return f" ({result.scope} {result.scope_id})".rstrip()
    where = _where(result, t).strip()
    return f" ({where})" if where else f" ({result.scope} {result.scope_id})".rstrip()


def _agreement(name: str, language: str, t: dict[str, str]) -> dict[str, str]:
    """Verbs agreeing with the name's gender, for templates that have them (ar, so)."""
    feminine = getattr(module(language), "FEMININE_NAME", None)
    ending = "_f" if feminine and re.search(feminine, name) else "_m"
    return {key: t[key + ending] for key in ("verb", "reach") if key + ending in t}


def _conflict(note: str, unit: str, language: str) -> str:
    """The note that sources disagree, with the other value when the note gives one."""
    found = _CONFLICT.search(note)
    if not found:
        return ""
    t = templates(language)
    if language == "en":
        return t["conflict"].format(note=found.group(0).strip())
    values = _other_values(found.group(0), unit, language)
    if not values:
        return t["disagree_plain"]
    return t["disagree"].format(values=t["and"].join(values))


def _other_values(snippet: str, unit: str, language: str) -> list[str]:
    """'another report gives $650 million' -> ['$650 millones'] (digits kept as in the note)."""
    parts = re.split(r"\b(?:gives|lists)\s+", snippet, maxsplit=1)
    rest = parts[1] if len(parts) == 2 else ""
    out: list[str] = []
    while rest and (m := _OTHER_VALUE.match(rest)):
        dollar, digits, suffix = m.group(1), m.group(2), (m.group(3) or "").strip()
        value = float(digits.replace(",", ""))
        if dollar:
            scale = {"million": 1e6, "billion": 1e9}.get(suffix, 1.0)
            out.append(format_value(value * scale, "usd", "", language))
        elif suffix == "%" or (unit.startswith("percent") and not suffix):
            out.append(format_value(value, "percent", "", language))
        else:
            out.append(number(value, language))
        rest = rest[m.end() :]
        joiner = re.match(r"\s+and\s+", rest)
        if not joiner:
            break
        rest = rest[joiner.end() :]
    return out
