"""The metrics tool: question -> indicators -> `MetricResult`s, from generated SQL only."""

from __future__ import annotations

import json
import logging
import re
from dataclasses import asdict, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.errors import MetricsError
from assistant.metrics.languages import compiled, fold, module
from assistant.metrics.matching import IndicatorMatcher
from assistant.metrics.sentences import gap_to_target, metric_sentence
from assistant.metrics.series import (
    Indicator,
    Point,
    load_catalog,
    read_series,
    scope_ids,
    to_result,
)
from assistant.metrics.store import open_readonly
from assistant.types import AREAS, MetricResult

if TYPE_CHECKING:
    from langchain_core.tools import StructuredTool

    from assistant.retrieval.embedders import Embedder

log = logging.getLogger(__name__)

TOOL_NAME = "bps_metrics"
TOOL_DESCRIPTION = (
    "Look up Boston Public Schools indicators (bus on-time rates, bathroom renovations, "
    "graduation rate, special-education placement, English learner services, enrollment, "
    "budgets) and return the latest value, its date, the plan's target, whether it was met, "
    "earlier values and the source URL. Use it for questions about numbers, status or progress."
)
RUNNER_UP_SHARE = 0.6  # a second indicator is returned only if it scores this close to the best


class MetricsTool:
    """Answers metric questions from `metrics.duckdb`, read-only, with time limit and row cap."""

    name = TOOL_NAME

    def __init__(
        self,
        db_path: Path,
        embedder: Embedder | None = None,
        max_age_days: int = 365,
        today: date | None = None,
        timeout_s: float = 5.0,
    ) -> None:
        self.db = open_readonly(db_path, timeout_s=timeout_s)
        self.max_age_days = max_age_days
        self._today = today
        self._embedder = embedder
        self._load_catalog()

    def _load_catalog(self) -> None:
        self._generation = self.db.generation
        self.catalog = load_catalog(self.db)
        self._by_id = {i.id: i for i in self.catalog}
        self.matcher = IndicatorMatcher(self.catalog, self._embedder)

    def _sync(self) -> None:
        """Reload the indicator list when a rebuild replaced the store."""
        self.db.refresh()
        if self.db.generation != self._generation:
            self._load_catalog()

    @property
    def today(self) -> date:
        """The date ages are measured from (fixed in tests)."""
        return self._today or date.today()

    def lookup(
        self, question: str, area: str | None = None, limit: int = 2, language: str = "en"
    ) -> list[MetricResult]:
        """The indicators the question is about, each with its latest value; [] if none fits.

        The question may be in any of the ten languages; results are named in `language`.
        """
        if area is not None and area not in AREAS:
            raise MetricsError(f"unknown area '{area}'; choose one of: {', '.join(AREAS)}")
        self._sync()
        matches = self.matcher.rank(question, area, language)
        chosen = [m.indicator for m in matches]
        named = {m.indicator.id for m in matches if m.named}
        if chosen:
            best = matches[0].score
            chosen = [m.indicator for m in matches if m.score >= RUNNER_UP_SHARE * best]
        elif area is not None:
            chosen = self._area_fallback(question, area, language)
        out = []
        for ind in chosen[: max(limit, 0)]:
            scope, scope_id = self._scope_in(question, ind, language)
            found = self.result(ind.id, scope, scope_id, language)
            out.append(replace(found, named=True) if ind.id in named else found)
        log.debug("metrics lookup matched %s", [r.indicator for r in out])
        return out

    def result(
        self,
        indicator_id: str,
        scope: str = "district",
        scope_id: str | None = None,
        language: str = "en",
    ) -> MetricResult:
        """The latest value of one indicator for one scope, named in `language`."""
        ind = self.indicator(indicator_id)
        return to_result(ind, read_series(self.db, ind, scope, scope_id), self.today, language)

    def series(
        self, indicator_id: str, scope: str = "district", scope_id: str | None = None
    ) -> list[Point]:
        """Every value of one indicator for one scope, newest first."""
        return read_series(self.db, self.indicator(indicator_id), scope, scope_id)

    def indicator(self, indicator_id: str) -> Indicator:
        """The indicator with this id, or a MetricsError naming close ids."""
        self._sync()
        try:
            return self._by_id[indicator_id]
        except KeyError:
            close = [i.id for i in self.catalog if indicator_id.split(".")[-1] in i.id][:5]
            hint = f"; did you mean {', '.join(close)}?" if close else "; see `metrics list`"
            raise MetricsError(f"no indicator '{indicator_id}'{hint}") from None

    def as_langchain_tool(self) -> StructuredTool:
        """This tool as a LangChain StructuredTool returning JSON content and the results."""
        from langchain_core.tools import StructuredTool
        from pydantic import BaseModel, Field

        class MetricsQuery(BaseModel):
            question: str = Field(description="The user's question about a number or progress.")
            area: str | None = Field(
                default=None, description=f"Optional plan area, one of: {', '.join(AREAS)}."
            )
            language: str = Field(
                default="en", description="Answer language code: en, es, ht, kea, zh, ..."
            )

        def run(
            question: str, area: str | None = None, language: str = "en"
        ) -> tuple[str, list[MetricResult]]:
            results = self.lookup(question, area, language=language)
            data = [self.to_dict(r, language) for r in results]
            return json.dumps(data, ensure_ascii=False), results

        return StructuredTool.from_function(
            func=run,
            name=TOOL_NAME,
            description=TOOL_DESCRIPTION,
            args_schema=MetricsQuery,
            response_format="content_and_artifact",
        )

    def to_dict(self, result: MetricResult, language: str = "en") -> dict[str, Any]:
        """A result as JSON-ready data, with gap to target and a sentence in `language`."""
        data = asdict(result)
        data["previous"] = [list(p) for p in result.previous]
        data["gap_to_target"] = gap_to_target(result)
        data["stale"] = bool(result.age_days is not None and result.age_days > self.max_age_days)
        data["sentence"] = metric_sentence(result, None, language, self.max_age_days)
        return data

    def close(self) -> None:
        """Close the read-only connection."""
        self.db.close()

    def __enter__(self) -> MetricsTool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _area_fallback(self, question: str, area: str, language: str) -> list[Indicator]:
        """With no topic words ("Did they reach the target?"), the area's headline indicators."""
        pool = [i for i in self.catalog if i.area == area and i.priority > 0]
        targets = compiled([module("en").TARGET_PATTERN, module(language).TARGET_PATTERN])
        if targets and targets.search(fold(question)):
            pool = [i for i in pool if i.target is not None] or pool
        return sorted(pool, key=lambda i: -i.priority)

    def _scope_in(self, question: str, ind: Indicator, language: str) -> tuple[str, str | None]:
        """A school, route or wider scope named in the question, if the indicator has it."""
        text = fold(question)
        for scope, scope_id in scope_ids(self.db, ind):
            if len(scope_id) >= 2 and re.search(rf"\b{re.escape(fold(scope_id))}\b", text):
                return scope, scope_id
        patterns = {**module("en").WIDE_SCOPE_PATTERNS}
        for scope, pattern in module(language).WIDE_SCOPE_PATTERNS.items():
            patterns[scope] = f"{patterns[scope]}|{pattern}"
        for scope, pattern in patterns.items():
            if re.search(pattern, text) and read_series(self.db, ind, scope):
                return scope, None
        return "district", None
