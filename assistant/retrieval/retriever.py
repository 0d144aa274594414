"""Hybrid retrieval: dense (Chroma) plus BM25, fused by reciprocal rank, with metadata filters.

The dense ranking of a question weighs as much as its language's measured alignment
allows (assistant/retrieval/alignment.py): full weight in English, Spanish or French, less
in Somali, where the embedder is weak and keyword search carries the ranking.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np

from assistant.retrieval.alignment import cross_lingual_alignment, dense_weight
from assistant.retrieval.embedders import Embedder
from assistant.retrieval.keyword import BM25Index
from assistant.retrieval.vectorstore import VectorStore
from assistant.types import Chunk, Hit

Mode = Literal["hybrid", "dense", "bm25"]
FILTER_KEYS = ("plan", "area", "language", "doc_id", "section")


@dataclass(frozen=True)
class Retrieval:
    """Ranked hits plus the evidence a composer needs to judge relevance."""

    hits: tuple[Hit, ...]
    query_vector: np.ndarray
    dense: dict[str, float]  # chunk id -> cosine similarity, for the dense candidates


def reciprocal_rank_fusion(
    rankings: Mapping[str, Sequence[str]],
    k: int = 60,
    weights: Mapping[str, float] | None = None,
) -> list[tuple[str, float]]:
    """Fuse ranked id lists: score(id) = sum over lists of weight / (k + rank).

    A list without a weight in `weights` weighs 1.
    """
    scores: dict[str, float] = {}
    for name, ranking in rankings.items():
        weight = (weights or {}).get(name, 1.0)
        for rank, item in enumerate(ranking, start=1):
            scores[item] = scores.get(item, 0.0) + weight / (k + rank)
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))


class HybridRetriever:
    """Question + filters -> ranked hits over one loaded index."""

    def __init__(
        self, store: VectorStore, embedder: Embedder, candidates: int = 100, rrf_k: int = 60
    ) -> None:
        self.store = store
        self.embedder = embedder
        self.candidates = candidates
        self.rrf_k = rrf_k
        self.chunks, self._vectors = store.all_chunks()
        self._by_id = {c.chunk_id: c for c in self.chunks}
        self._position = {c.chunk_id: i for i, c in enumerate(self.chunks)}
        self._sections: dict[tuple[str, str, str], list[Chunk]] = {}
        for c in self.chunks:
            self._sections.setdefault((c.doc_id, c.section, c.language), []).append(c)
        from assistant.ingest.chunking import embed_text

        self._bm25 = BM25Index([embed_text(c) for c in self.chunks])
        self.alignment = cross_lingual_alignment(self.chunks, self._vectors)

    def fusion_weights(self, language: str | None) -> dict[str, float]:
        """Weight of each ranking for a question in `language` (dense: 1 when unmeasured)."""
        measured = self.alignment.get(language or "")
        return {"dense": 1.0 if measured is None else dense_weight(measured), "bm25": 1.0}

    def chunk(self, chunk_id: str) -> Chunk | None:
        """Return a chunk by id."""
        return self._by_id.get(chunk_id)

    def languages(self) -> set[str]:
        """Languages present in the index."""
        return {c.language for c in self.chunks}

    def section_chunks(self, doc_id: str, section: str, language: str) -> list[Chunk]:
        """The chunks of one section in one language, in order."""
        return self._sections.get((doc_id, section, language), [])

    def aligned(self, chunk: Chunk, language: str, query_vector: np.ndarray) -> Chunk | None:
        """The chunk of the same section in `language` closest to the query, if it exists."""
        if chunk.language == language:
            return chunk
        options = self.section_chunks(chunk.doc_id, chunk.section, language)
        if not options:
            return None
        scores = [float(self._vectors[self._position[c.chunk_id]] @ query_vector) for c in options]
        return options[int(np.argmax(scores))]

    def retrieve(
        self,
        question: str,
        k: int = 5,
        filters: Mapping[str, str | Sequence[str] | None] | None = None,
        mode: Mode = "hybrid",
        align_to: str | None = None,
        language: str | None = None,
    ) -> Retrieval:
        """Rank chunks for `question`, honouring exact-match filters on chunk metadata.

        `language` is the question's language; the dense ranking weighs by its alignment.

        With `align_to`, each ranking first becomes a ranking of chunks in that language
        (a candidate in another language stands for the same section in `align_to`), so the
        versions of one section in two languages add up instead of competing.
        """
        active = {key: v for key, v in (filters or {}).items() if v and key in FILTER_KEYS}
        vector = self.embedder.embed_query(question)
        rankings: dict[str, list[str]] = {}
        dense: dict[str, float] = {}
        if mode in ("hybrid", "dense"):
            found = self.store.query(vector, self.candidates, _where(active))
            dense = dict(found)
            rankings["dense"] = [cid for cid, _ in found]
        if mode in ("hybrid", "bm25"):
            rankings["bm25"] = self._keyword(question, active)
        if align_to is not None:
            rankings = {name: self._aligned_ranking(ids, align_to, vector, dense)
                        for name, ids in rankings.items()}
        fused = reciprocal_rank_fusion(rankings, self.rrf_k, self.fusion_weights(language))
        hits = []
        for cid, score in fused[:k]:
            chunk = self._by_id.get(cid)
            if chunk is None:
                continue
            ranks = {name: r.index(cid) + 1 for name, r in rankings.items() if cid in r}
            hits.append(Hit(chunk=chunk, score=score, ranks=ranks))
        return Retrieval(hits=tuple(hits), query_vector=vector, dense=dense)

    def coverage(self, question: str, chunk_id: str) -> float:
        """How much of the question's vocabulary a chunk contains (0-1), for relevance."""
        i = self._position.get(chunk_id)
        return self._bm25.coverage(question, i) if i is not None else 0.0

    def _aligned_ranking(self, ids: Sequence[str], language: str, vector: np.ndarray,
                         dense: dict[str, float]) -> list[str]:
        """`ids` with each chunk replaced by its section's chunk in `language`, repeats dropped.

        A replacement without a dense score of its own takes the score of the chunk it
        replaces, as the composer judges relevance by it.
        """
        out: list[str] = []
        for cid in ids:
            chunk = self._by_id[cid]
            target = self.aligned(chunk, language, vector) or chunk
            if target.chunk_id != cid and cid in dense:
                dense.setdefault(target.chunk_id, dense[cid])
            if target.chunk_id not in out:
                out.append(target.chunk_id)
        return out

    def _keyword(self, question: str, active: Mapping[str, str | Sequence[str]]) -> list[str]:
        scores = self._bm25.scores(question)
        order = np.argsort(-scores, kind="stable")
        out: list[str] = []
        for i in order:
            if scores[i] <= 0 or len(out) >= self.candidates:
                break
            chunk = self.chunks[int(i)]
            if all(_matches(getattr(chunk, key), value) for key, value in active.items()):
                out.append(chunk.chunk_id)
        return out


def _matches(actual: str, wanted: str | Sequence[str]) -> bool:
    return actual == wanted if isinstance(wanted, str) else actual in wanted


def _where(active: Mapping[str, str | Sequence[str]]) -> dict[str, Any] | None:
    clauses = [
        {key: {"$eq": value} if isinstance(value, str) else {"$in": list(value)}}
        for key, value in active.items()
    ]
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}
