"""Load and validate question sets (YAML) into frozen dataclasses.

A set file (eval/sets/*.yaml)::

    name: families-core
    description: free text
    questions:
      - id: fam-001                      # unique within the set
        question: "¿Cuál es la meta de puntualidad de los autobuses?"
        language: es                     # the language the answer must be in
        role: family                     # family | principal | staff
        expected:
          answerable: true               # false: the assistant must refuse
          sources:                       # relevant = a chunk matching ANY entry; an entry
            - {plan: sip, area: transportation}   # matches on all the keys it gives
          facts: ["95"]                  # each must appear in the answer
          indicator: transportation.am_on_time_monthly   # optional: must be cited

Source keys are chunk metadata: plan, area, section, doc_id, language. Any mistake is a
`QuestionSetError` naming the file, the question id and the field.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from assistant.errors import QuestionSetError
from assistant.types import AREAS, LANGUAGES, PLANS

ROLES = ("family", "principal", "staff")
SOURCE_KEYS = ("plan", "area", "section", "doc_id", "language")
_SET_KEYS = {"name", "description", "questions"}
_QUESTION_KEYS = {"id", "question", "language", "role", "expected"}
_EXPECTED_KEYS = {"answerable", "sources", "facts", "indicator"}
_ALLOWED_VALUES: dict[str, tuple[str, ...]] = {"plan": PLANS, "area": AREAS, "language": LANGUAGES}
_INDICATOR = re.compile(r"[a-z][a-z0-9_]*(\.[a-z0-9_]+)+")


@dataclass(frozen=True)
class SourceSpec:
    """One expected source: a chunk or citation is relevant when it matches every key given."""

    keys: tuple[tuple[str, str], ...]

    def matches(self, meta: Mapping[str, Any]) -> bool:
        """Whether `meta` (chunk or citation metadata) satisfies every key of this entry.

        `section` also matches the sections below it: `sip.transportation` matches
        `sip.transportation.targets`, since section ids are dotted paths.
        """
        for key, want in self.keys:
            have = str(meta.get(key) or "")
            if key == "section":
                if have != want and not have.startswith(want + "."):
                    return False
            elif have != want:
                return False
        return True

    def get(self, key: str) -> str | None:
        """The value given for `key`, if any."""
        return dict(self.keys).get(key)

    def describe(self) -> str:
        """Compact text form, e.g. `plan=sip, area=transportation`."""
        return ", ".join(f"{k}={v}" for k, v in self.keys)


@dataclass(frozen=True)
class Expected:
    """What a right answer to one question looks like."""

    answerable: bool
    sources: tuple[SourceSpec, ...] = ()
    facts: tuple[str, ...] = ()
    indicator: str | None = None

    def is_relevant(self, meta: Mapping[str, Any]) -> bool:
        """Whether a chunk or citation matches any expected source."""
        return any(spec.matches(meta) for spec in self.sources)


@dataclass(frozen=True)
class EvalQuestion:
    """One question of a set, with what its answer must contain."""

    id: str
    question: str
    language: str
    role: str
    expected: Expected
    set_name: str

    @property
    def area(self) -> str:
        """The area for breakdowns: the first one its sources give (`out-of-scope` for refusals).

        Empty when no source entry names an area; the runner then looks it up in the index.
        """
        if not self.expected.answerable:
            return "out-of-scope"
        return next((a for spec in self.expected.sources if (a := spec.get("area"))), "")


@dataclass(frozen=True)
class QuestionSet:
    """A named list of questions read from one file."""

    name: str
    description: str
    path: str
    questions: tuple[EvalQuestion, ...]


def load_set(path: Path | str) -> QuestionSet:
    """Read and validate one question-set file."""
    origin = _display(Path(path))
    try:
        raw = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise QuestionSetError(f"{origin}: no such file") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise QuestionSetError(f"{origin}: could not read the file ({exc})") from exc
    return parse_set(raw, origin)


def load_sets(paths: Iterable[Path | str]) -> list[QuestionSet]:
    """Read several sets; their names must differ so the report can tell them apart."""
    sets = [load_set(p) for p in paths]
    ensure_unique_names(sets)
    return sets


def ensure_unique_names(sets: Sequence[QuestionSet]) -> None:
    """Refuse two sets with one name: the report breaks results down by set name."""
    seen: dict[str, str] = {}
    for qs in sets:
        if qs.name in seen:
            raise QuestionSetError(
                f"{qs.path}: set name '{qs.name}' is already used by {seen[qs.name]}"
            )
        seen[qs.name] = qs.path


def parse_set(text: str, origin: str) -> QuestionSet:
    """Validate the YAML text of a set; `origin` names it in error messages."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" at line {where.line + 1}" if where is not None else ""
        raise QuestionSetError(f"{origin}: not valid YAML{line}") from exc
    if not isinstance(data, dict):
        raise QuestionSetError(f"{origin}: expected a mapping with 'name' and 'questions'")
    _unknown(data, _SET_KEYS, origin, "")
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        raise QuestionSetError(f"{origin}: field 'name' must be a non-empty string")
    description = data.get("description") or ""
    if not isinstance(description, str):
        raise QuestionSetError(f"{origin}: field 'description' must be a string")
    items = data.get("questions")
    if not isinstance(items, list) or not items:
        raise QuestionSetError(f"{origin}: field 'questions' must be a non-empty list")
    questions: list[EvalQuestion] = []
    seen: set[str] = set()
    for position, item in enumerate(items, start=1):
        question = _question(item, position, origin, name.strip())
        if question.id in seen:
            raise QuestionSetError(f"{origin}: question {question.id}: field 'id' is used twice")
        seen.add(question.id)
        questions.append(question)
    return QuestionSet(name.strip(), description.strip(), origin, tuple(questions))


def _question(item: Any, position: int, origin: str, set_name: str) -> EvalQuestion:
    if not isinstance(item, dict):
        raise QuestionSetError(f"{origin}: question #{position}: expected a mapping")
    qid = item.get("id")
    if not isinstance(qid, str | int) or not str(qid).strip():
        raise QuestionSetError(f"{origin}: question #{position}: field 'id' is missing")
    where = f"{origin}: question {str(qid).strip()}"
    _unknown(item, _QUESTION_KEYS, where, "")
    text = item.get("question")
    if not isinstance(text, str) or not any(ch.isalnum() for ch in text):
        raise QuestionSetError(f"{where}: field 'question' must be a non-empty string")
    language = _choice(item, "language", LANGUAGES, where)
    role = _choice(item, "role", ROLES, where)
    expected = _expected(item.get("expected"), where)
    return EvalQuestion(str(qid).strip(), text.strip(), language, role, expected, set_name)


def _expected(data: Any, where: str) -> Expected:
    if not isinstance(data, dict):
        raise QuestionSetError(f"{where}: field 'expected' must be a mapping")
    _unknown(data, _EXPECTED_KEYS, where, "expected.")
    answerable = data.get("answerable")
    if not isinstance(answerable, bool):
        raise QuestionSetError(f"{where}: field 'expected.answerable' must be true or false")
    sources = _sources(data.get("sources"), where)
    facts = _facts(data.get("facts"), where)
    indicator = data.get("indicator")
    if indicator is not None and (
        not isinstance(indicator, str) or not _INDICATOR.fullmatch(indicator)
    ):
        raise QuestionSetError(
            f"{where}: field 'expected.indicator' must be an indicator id like "
            f"'transportation.am_on_time_monthly'"
        )
    if answerable and not sources:
        raise QuestionSetError(
            f"{where}: field 'expected.sources' must list at least one source "
            f"when the question is answerable"
        )
    if not answerable and (sources or facts or indicator):
        raise QuestionSetError(
            f"{where}: field 'expected.answerable' is false, so 'sources', 'facts' and "
            f"'indicator' must be empty"
        )
    return Expected(answerable, sources, facts, indicator)


def _sources(data: Any, where: str) -> tuple[SourceSpec, ...]:
    if data is None:
        return ()
    if not isinstance(data, list):
        raise QuestionSetError(f"{where}: field 'expected.sources' must be a list")
    specs = []
    for i, entry in enumerate(data):
        field = f"expected.sources[{i}]"
        if not isinstance(entry, dict) or not entry:
            raise QuestionSetError(
                f"{where}: field '{field}' must be a mapping such as {{plan: sip, area: data}}"
            )
        keys = []
        for key, value in entry.items():
            if key not in SOURCE_KEYS:
                raise QuestionSetError(
                    f"{where}: field '{field}.{key}' is not a chunk metadata key; "
                    f"use {', '.join(SOURCE_KEYS)}"
                )
            if not isinstance(value, str) or not value.strip():
                raise QuestionSetError(f"{where}: field '{field}.{key}' must be a non-empty string")
            allowed = _ALLOWED_VALUES.get(key)
            if allowed and value not in allowed:
                raise QuestionSetError(
                    f"{where}: field '{field}.{key}' is '{value}'; choose one of: "
                    f"{', '.join(allowed)}"
                )
            keys.append((key, value.strip()))
        specs.append(SourceSpec(tuple(keys)))
    return tuple(specs)


def _facts(data: Any, where: str) -> tuple[str, ...]:
    if data is None:
        return ()
    if not isinstance(data, list):
        raise QuestionSetError(f"{where}: field 'expected.facts' must be a list of strings")
    facts = []
    for i, fact in enumerate(data):
        # YAML reads `facts: [95]` as a number; accept it as the text "95"
        usable = isinstance(fact, str | int | float) and not isinstance(fact, bool)
        if not usable or not str(fact).strip():
            raise QuestionSetError(
                f"{where}: field 'expected.facts[{i}]' must be a non-empty string"
            )
        facts.append(str(fact).strip())
    return tuple(facts)


def _choice(item: Mapping[str, Any], key: str, allowed: Sequence[str], where: str) -> str:
    value = item.get(key)
    if value not in allowed:
        shown = "missing" if value is None else f"'{value}'"
        raise QuestionSetError(
            f"{where}: field '{key}' is {shown}; choose one of: {', '.join(allowed)}"
        )
    return str(value)


def _unknown(data: Mapping[str, Any], allowed: set[str], where: str, prefix: str) -> None:
    extra = sorted(str(k) for k in data if k not in allowed)
    if extra:
        raise QuestionSetError(
            f"{where}: field '{prefix}{extra[0]}' is not part of the format; "
            f"expected {', '.join(prefix + k for k in sorted(allowed))}"
        )


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def shipped_set_paths(data_dir: Path) -> list[Path]:
    """The question sets shipped under `data_dir`/eval/sets, by file name."""
    folder = data_dir / "eval" / "sets"
    return sorted(p for p in folder.glob("*.yaml") if p.is_file()) if folder.is_dir() else []
