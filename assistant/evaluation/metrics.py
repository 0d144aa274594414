"""Retrieval and answer metrics as pure functions over relevance lists and counts.

A ranking is given as a list of booleans, best first: `True` where the chunk at that
rank is relevant. Metrics that do not apply to a question (no facts expected, no
citations given) are `None` and are left out of averages.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from assistant.bench import percentile

__all__ = [
    "dcg",
    "mean",
    "ndcg_at_k",
    "percentile",
    "precision",
    "recall_at_k",
    "reciprocal_rank",
    "share",
]


def recall_at_k(relevant: Sequence[bool], k: int) -> float:
    """1.0 when a relevant chunk is in the top `k`, else 0.0."""
    return 1.0 if any(relevant[:k]) else 0.0


def reciprocal_rank(relevant: Sequence[bool]) -> float:
    """1 / rank of the first relevant chunk, 0.0 when none is relevant."""
    for rank, hit in enumerate(relevant, start=1):
        if hit:
            return 1.0 / rank
    return 0.0


def dcg(relevant: Sequence[bool], k: int) -> float:
    """Discounted cumulative gain of binary relevance over the top `k`."""
    return sum(1.0 / math.log2(rank + 1) for rank, hit in enumerate(relevant[:k], start=1) if hit)


def ndcg_at_k(relevant: Sequence[bool], k: int, total_relevant: int | None = None) -> float:
    """DCG over the ideal DCG, where the ideal ranks `total_relevant` relevant chunks first.

    `total_relevant` is the number of relevant chunks in the whole index; without it,
    only the relevant chunks in `relevant` are known, and the ideal is built from those.
    """
    known = sum(1 for hit in relevant if hit)
    total = max(known, total_relevant or 0)
    if total == 0:
        return 0.0
    ideal = dcg([True] * min(total, k), k)
    return dcg(relevant, k) / ideal


def share(flags: Iterable[bool]) -> float | None:
    """The share of true flags, `None` when there are none."""
    values = list(flags)
    return sum(values) / len(values) if values else None


def precision(matching: int, total: int) -> float | None:
    """matching / total, `None` when total is 0."""
    return matching / total if total else None


def mean(values: Iterable[float | None]) -> float | None:
    """The mean of the values that are not `None`; `None` when there are none."""
    present = [v for v in values if v is not None]
    return sum(present) / len(present) if present else None
