"""Fusion trusts the embedder as far as it understands the question's language."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.chain import Assistant
from assistant.retrieval.alignment import cross_lingual_alignment, dense_weight
from assistant.retrieval.retriever import reciprocal_rank_fusion
from assistant.types import Chunk


def _chunk(section: str, language: str) -> Chunk:
    return Chunk(
        chunk_id=f"doc:{language}:{section}:0", text=section, doc_id="doc", title="Doc",
        plan="sip", area="general", section=section, heading_path=(section,),
        language=language, path="doc.md", content_hash="",
    )


def _unit(*rows: list[float]) -> np.ndarray:
    m = np.array(rows, dtype=np.float32)
    return m / np.linalg.norm(m, axis=1, keepdims=True)


def test_alignment_is_the_share_of_passages_landing_next_to_their_english_original() -> None:
    chunks = [
        _chunk("a", "en"), _chunk("b", "en"),
        _chunk("a", "es"), _chunk("b", "es"),  # each near its own English section
        _chunk("a", "so"), _chunk("b", "so"),  # both near English "a"
        _chunk("only-here", "fr"),  # no English section to compare with
    ]
    vectors = _unit([1, 0], [0, 1], [0.9, 0.1], [0.1, 0.9], [0.9, 0.2], [0.8, 0.3], [1, 1])
    assert cross_lingual_alignment(chunks, vectors) == {"es": 1.0, "so": 0.5}


def test_an_english_only_index_has_nothing_to_measure() -> None:
    chunks = [_chunk("a", "en"), _chunk("b", "en")]
    assert cross_lingual_alignment(chunks, _unit([1, 0], [0, 1])) == {}


def test_a_ranking_with_less_weight_counts_for_less() -> None:
    rankings = {"dense": ["x", "y"], "bm25": ["y", "x"]}
    assert reciprocal_rank_fusion(rankings)[0][1] == pytest.approx(1 / 61 + 1 / 62)
    fused = reciprocal_rank_fusion(rankings, weights={"dense": 0.25})
    assert [item for item, _ in fused] == ["y", "x"]
    assert dict(fused)["x"] == pytest.approx(0.25 / 61 + 1 / 62)


def test_the_shipped_index_trusts_the_embedder_less_in_somali_than_in_spanish(
    shipped_assistant: Assistant,
) -> None:
    retriever = shipped_assistant.retriever
    assert set(retriever.alignment) == {"es", "ht", "kea", "zh", "vi", "pt", "ar", "so", "fr"}
    assert retriever.alignment["es"] >= 0.9
    assert retriever.fusion_weights("en")["dense"] == 1.0
    assert retriever.fusion_weights("so")["dense"] == dense_weight(retriever.alignment["so"])
    assert retriever.fusion_weights("so")["dense"] < retriever.fusion_weights("es")["dense"]


# Somali questions whose passage keyword search ranks first and the embedder ranks below
# the 30th place: equal-weight fusion lost all three
SOMALI = {
    "Immisa dugsi ayaa qorshaha loogu ballan qaaday in musqulahooda la dayactiro?":
        "sip.facilities",
    "Immisa maalmood oo dugsi ayuu ilmahaygu ka maqnaan karaa ka hor inta aan loo arkin arday "
    "si joogto ah u maqnaada?": "circulars.attendance",
    "Gabadhaydu waxay rabtaa inay barato Af-Mandariin. Dugsigee ayaa helaya barnaamij cusub "
    "oo Af-Mandariin ah?": "multilingual-learners.expansion",
}


@pytest.mark.parametrize("question", list(SOMALI))
def test_a_somali_family_question_finds_its_section(
    shipped_assistant: Assistant, question: str
) -> None:
    answer = shipped_assistant.ask(question, language="so")
    retrieved = [hit.chunk for hit in answer.retrieved]
    assert any(c.section.startswith(SOMALI[question]) for c in retrieved), [
        c.section for c in retrieved
    ]
    assert all(c.language == "so" for c in retrieved)
