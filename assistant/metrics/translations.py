"""Indicator names, target wording and synonyms in other languages.

English lives in `indicators.yaml`; every other language in `translations/<code>.yaml`:

    language: es
    indicators:
      transportation.am_on_time_monthly:
        name: el porcentaje de autobuses de la mañana que llegan a tiempo
        target_text: 95% o más cada mes
        synonyms: [autobuses a tiempo, puntualidad de los autobuses]

A translation may not bring numbers of its own: the numbers of a translated name or target
must be those of the English (a month may be written as its number).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.errors import MetricsError
from assistant.metrics.definitions import IndicatorDef
from assistant.metrics.languages import MONTHS
from assistant.types import LANGUAGES

TRANSLATIONS_DIR = "translations"
_KEYS = {"name", "target_text", "synonyms"}
_MONTHS = tuple(m.lower() for m in MONTHS["en"])


@dataclass(frozen=True)
class Label:
    """How one language names an indicator, words its target and asks about it."""

    language: str
    name: str
    target_text: str = ""
    synonyms: tuple[str, ...] = ()


def english_labels(indicators: list[IndicatorDef]) -> dict[str, dict[str, Label]]:
    """Indicator id -> {"en": its English label} from the definitions themselves."""
    return {i.id: {"en": Label("en", i.name, i.target_text, i.synonyms)} for i in indicators}


def load_translations(
    folder: Path, indicators: list[IndicatorDef], warnings: list[str]
) -> dict[str, dict[str, Label]]:
    """Indicator id -> language -> label, English included; gaps fall back to English."""
    labels = english_labels(indicators)
    by_id = {i.id: i for i in indicators}
    directory = folder / TRANSLATIONS_DIR
    if not directory.is_dir():
        return labels
    for code in (c for c in LANGUAGES if c != "en"):
        path = directory / f"{code}.yaml"
        if not path.is_file():
            warnings.append(f"{TRANSLATIONS_DIR}/{code}.yaml is missing: names stay in English")
            continue
        found = load_language(path, code, by_id)
        missing = [i for i in by_id if i not in found]
        if missing:
            warnings.append(
                f"{TRANSLATIONS_DIR}/{code}.yaml has no name for {len(missing)} indicator(s) "
                f"({', '.join(missing[:3])}{', ...' if len(missing) > 3 else ''}): "
                "English is used"
            )
        for ind_id, label in found.items():
            if by_id[ind_id].target_text and not label.target_text:
                warnings.append(
                    f"{TRANSLATIONS_DIR}/{code}.yaml: '{ind_id}' has no target_text: "
                    "the English target is used"
                )
            labels[ind_id][code] = label
    unknown = sorted(
        p.name for p in directory.glob("*.yaml") if p.stem not in LANGUAGES or p.stem == "en"
    )
    if unknown:
        warnings.append(
            f"{TRANSLATIONS_DIR}/: ignored {', '.join(unknown)} "
            f"(files are named after a language code: {', '.join(LANGUAGES[1:])})"
        )
    return labels


def load_language(path: Path, code: str, by_id: dict[str, IndicatorDef]) -> dict[str, Label]:
    """Read and check one language file."""
    import yaml

    where = f"{TRANSLATIONS_DIR}/{path.name}"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise MetricsError(f"could not read '{where}': {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("indicators"), dict):
        raise MetricsError(f"{where}: expected 'language: {code}' and an 'indicators:' mapping")
    if data.get("language") != code:
        raise MetricsError(f"{where}: 'language' must be '{code}', the file's name")
    out: dict[str, Label] = {}
    for ind_id, entry in data["indicators"].items():
        if ind_id not in by_id:
            raise MetricsError(f"{where}: '{ind_id}' is not an indicator of indicators.yaml")
        out[ind_id] = _label(entry, code, by_id[ind_id], f"{where}, {ind_id}")
    return out


def _label(entry: Any, code: str, ind: IndicatorDef, where: str) -> Label:
    if isinstance(entry, str):
        entry = {"name": entry}
    if not isinstance(entry, dict):
        raise MetricsError(f"{where}: expected a name, or a mapping with name and target_text")
    unknown = set(entry) - _KEYS
    if unknown:
        raise MetricsError(f"{where}: unknown field(s) {', '.join(sorted(map(str, unknown)))}")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise MetricsError(f"{where}: 'name' is required and must be text")
    target_text = str(entry.get("target_text") or "").strip()
    if target_text and not ind.target_text:
        raise MetricsError(f"{where}: target_text given, but the indicator has none in English")
    synonyms = entry.get("synonyms") or []
    if not isinstance(synonyms, list) or not all(isinstance(s, str) for s in synonyms):
        raise MetricsError(f"{where}: synonyms must be a list of phrases")
    _same_numbers(name, ind.name, f"{where}: name")
    _same_numbers(target_text, ind.target_text, f"{where}: target_text")
    return Label(code, name.strip(), target_text, tuple(s.strip() for s in synonyms if s.strip()))


def _same_numbers(text: str, english: str, where: str) -> None:
    """Refuse numbers the English does not have (months named in English may be digits)."""
    # the grounding check's notion of a number, so what passes here passes there
    from assistant.compose.grounding import numbers_in

    allowed = numbers_in(english)
    low = english.lower()
    allowed |= {str(k) for k, month in enumerate(_MONTHS, start=1) if month in low}
    extra = sorted(numbers_in(text) - allowed)
    if extra:
        raise MetricsError(
            f"{where} has number(s) {', '.join(extra)} that the English "
            f"({english!r}) does not: write them as the English does"
        )
