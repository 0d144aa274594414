"""The composer seam: question + evidence -> cited answer text, and the composer registry."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

import numpy as np

from assistant.config import Settings
from assistant.types import Citation, Hit, MetricResult


@dataclass(frozen=True)
class Evidence:
    """Everything a composer may use to answer one question."""

    question: str
    language: str
    role: str
    hits: tuple[Hit, ...]
    query_vector: np.ndarray
    dense: dict[str, float]  # chunk id -> cosine similarity
    sentence_vector: Callable[[str], np.ndarray | None]  # sentence text -> vector
    coverage: Callable[[str], float]  # chunk id -> share of the question's terms it contains
    metrics: tuple[MetricResult, ...] = ()
    metric_question: bool = False  # routed to the metrics tool
    metrics_max_age_days: int = 365
    max_sentences: int = 3
    min_relevance: float = 0.89


@dataclass(frozen=True)
class Composed:
    """A composer's output before the chain's grounding check."""

    text: str
    citations: tuple[Citation, ...]
    refused: bool
    notices: tuple[str, ...] = field(default=())


class AnswerComposer(Protocol):
    """Writes an answer that cites or refuses."""

    name: str

    def compose(self, evidence: Evidence) -> Composed:
        """Compose the answer for `evidence`."""
        ...


@runtime_checkable
class StreamingComposer(AnswerComposer, Protocol):
    """A composer that can also show its answer while it is written."""

    def stream(self, evidence: Evidence) -> Iterator[str | Composed]:
        """Text deltas of a draft, then exactly one final `Composed`."""
        ...


# a factory gets the settings and the environment (where a composer may read its API key)
ComposerFactory = Callable[[Settings, Mapping[str, str]], AnswerComposer]
COMPOSERS: dict[str, ComposerFactory] = {}


def register(name: str, factory: ComposerFactory) -> None:
    """Register a composer factory under `name`."""
    COMPOSERS[name] = factory
