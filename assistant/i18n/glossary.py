"""Acronyms and their expansions per language; explain each acronym at its first use."""

from __future__ import annotations

import functools
import logging
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from assistant.errors import IngestError
from assistant.types import LANGUAGES

logger = logging.getLogger(__name__)

# Characters that make an acronym part of a longer word. Latin letters only: in Chinese
# or Arabic text an acronym often touches the letters around it ("BPS的", "ACCESS英语考试").
_WORD = "0-9A-Za-z_&\u00c0-\u024f\u1e00-\u1eff"
# A possessive stays with its acronym, so the gloss follows it: "the SIP's (...) area".
_POSSESSIVE = rf"(?:['’]s(?![{_WORD}]))?"
# Spans never touched or counted as a use: URLs, markdown link targets, inline code and
# anything in square brackets (citation markers such as [3], source keys, link text).
_PROTECTED = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|\]\([^)\s]*\)"
    r"|`[^`\n]*`"
    r"|\[[^\[\]\n]*\]"
)
# Letters that accents do not decompose, curly apostrophes, and the Arabic tatweel.
_FOLD_TABLE = str.maketrans({"đ": "d", "ø": "o", "ł": "l", "’": "'", "‘": "'", "\u0640": None})


@dataclass(frozen=True)
class GlossaryEntry:
    """One acronym and its expansion in one language."""

    acronym: str
    expansion: str


@dataclass(frozen=True, eq=False)
class Glossary:
    """Expansions by acronym, then by language code."""

    expansions: Mapping[str, Mapping[str, str]]

    def expansion(self, acronym: str, language: str) -> str:
        """The expansion of `acronym` in `language` (English for an unknown language)."""
        by_language = self.expansions[acronym]
        return by_language.get(language) or by_language["en"]

    @functools.cached_property
    def pattern(self) -> re.Pattern[str] | None:
        """Any acronym as a whole word, longest first; None for an empty glossary."""
        if not self.expansions:
            return None
        names = "|".join(re.escape(a) for a in sorted(self.expansions, key=lambda a: -len(a)))
        return re.compile(
            rf"(?<![{_WORD}])(?<![{_WORD}]-)(?P<acronym>{names})(?![{_WORD}])(?!-[{_WORD}])"
            + _POSSESSIVE
        )


def load_glossary(path: str | Path) -> Glossary:
    """Read a glossary YAML file (cached per path); raise IngestError when it is malformed."""
    return _load(Path(path).resolve())


@functools.lru_cache(maxsize=8)
def _load(path: Path) -> Glossary:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise IngestError(f"could not read the glossary '{path}': {exc.strerror}") from exc
    except yaml.YAMLError as exc:
        raise IngestError(f"could not parse the glossary '{path}': {exc}") from exc
    glossary = Glossary(_validated(raw, path))
    logger.debug("loaded %d glossary entries from %s", len(glossary.expansions), path)
    return glossary


def _validated(raw: object, path: Path) -> dict[str, dict[str, str]]:
    if not isinstance(raw, dict):
        raise IngestError(f"the glossary '{path}' must map each acronym to its expansions")
    out: dict[str, dict[str, str]] = {}
    for acronym, expansions in raw.items():
        if not isinstance(acronym, str) or not acronym or re.search(r"\s", acronym):
            raise IngestError(f"the glossary '{path}' has an invalid acronym: {acronym!r}")
        if not isinstance(expansions, dict):
            raise IngestError(f"the glossary '{path}': '{acronym}' must map languages to text")
        unknown = sorted(str(k) for k in expansions if k not in LANGUAGES)
        missing = [code for code in LANGUAGES if code not in expansions]
        if unknown or missing:
            raise IngestError(
                f"the glossary '{path}': '{acronym}' has unknown languages {unknown} "
                f"and is missing {missing}"
            )
        for code, text in expansions.items():
            if not isinstance(text, str) or not text.strip():
                raise IngestError(f"the glossary '{path}': '{acronym}' has no {code} expansion")
        out[acronym] = {code: expansions[code].strip() for code in LANGUAGES}
    return out


def glossary_entries(language: str, glossary: Glossary) -> tuple[GlossaryEntry, ...]:
    """Every acronym with its expansion in `language`, in alphabetical order."""
    return tuple(
        GlossaryEntry(acronym, glossary.expansion(acronym, language))
        for acronym in sorted(glossary.expansions, key=str.casefold)
    )


def expand_first_use(text: str, language: str, glossary: Glossary) -> str:
    """Insert ' (expansion)' after the first use of each acronym the text does not explain.

    A use is the acronym as a whole, case-sensitive word outside URLs and square brackets.
    The text already explains an acronym when its expansion appears anywhere in it
    (ignoring case and accents) or when the acronym stands in parentheses, as in
    "Boston Public Schools (BPS)". Nothing else in the text changes.
    """
    if glossary.pattern is None:
        return text
    protected = [m.span() for m in _PROTECTED.finditer(text)]
    folded = _fold(text)
    seen: set[str] = set()
    insertions: list[tuple[int, str]] = []
    for match in glossary.pattern.finditer(text):
        acronym = match.group("acronym")
        if acronym in seen or any(start <= match.start() < end for start, end in protected):
            continue
        seen.add(acronym)
        expansion = glossary.expansion(acronym, language)
        if _fold(expansion) in folded or _in_parentheses(acronym, text):
            continue
        insertions.append((match.end(), f" ({expansion})"))
    parts: list[str] = []
    last = 0
    for position, gloss in insertions:
        parts += [text[last:position], gloss]
        last = position
    parts.append(text[last:])
    return "".join(parts)


def _in_parentheses(acronym: str, text: str) -> bool:
    """True when the acronym closes a parenthesis: "(IEP)", "(…, IEP)", "（…，IEP）"."""
    pattern = rf"[(（](?:[^()（）]*[,，、،;；]\s*)?{re.escape(acronym)}s?[)）]"
    return re.search(pattern, text) is not None


def _fold(text: str) -> str:
    """Text compared without case, accents, Arabic vowel marks or repeated spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = stripped.translate(_FOLD_TABLE)
    return re.sub(r"\s+", " ", stripped)
