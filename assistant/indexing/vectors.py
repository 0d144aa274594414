"""A build's vectors: embed each new sentence once, store passages as the mean of theirs."""

from __future__ import annotations

import hashlib
from collections.abc import Callable

import numpy as np

from assistant.indexing.layout import Manifest
from assistant.ingest.chunking import heading_text
from assistant.ingest.sentences import quotable_sentences
from assistant.retrieval.embedders import Embedder
from assistant.retrieval.vectorstore import VectorStore
from assistant.types import Chunk

_EMBED_BATCH = 32


def sentence_key(text: str) -> str:
    """Key of a sentence vector: the hash of its text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def chunk_sentences(chunk: Chunk) -> list[str]:
    """Sentences of a chunk that an answer may quote."""
    return quotable_sentences(chunk.text)


def chunk_pieces(chunk: Chunk) -> list[str]:
    """What we embed for a chunk: its heading path, then each quotable sentence."""
    return [heading_text(chunk), *chunk_sentences(chunk)]


def write_vectors(
    store: VectorStore,
    embedder: Embedder,
    to_embed: list[Chunk],
    to_delete: list[str],
    new: Manifest,
    tick: Callable[[str, int, int], None],
) -> tuple[int, int]:
    """Embed new sentences (and headings) once each; a chunk's vector is the mean of its pieces.

    Returns how many sentences were embedded and how many passages stored.

    Embedding whole passages costs about as much again as all their sentences (attention
    grows with length), and the composer needs sentence vectors anyway: the mean of a chunk's
    heading and sentence vectors retrieves about as well for a fraction of the time.
    """
    store.delete_chunks(to_delete)
    wanted = {k for entry in new.files.values() for k in entry.sentences}
    have = store.sentence_keys()
    store.delete_sentences(sorted(have - wanted))
    texts: dict[str, str] = {}
    for chunk in to_embed:
        for piece in chunk_pieces(chunk):
            key = sentence_key(piece)
            if key not in have:
                texts.setdefault(key, piece)
    keys = sorted(texts)
    vectors: dict[str, np.ndarray] = {}
    for start in range(0, len(keys), _EMBED_BATCH):
        part = keys[start : start + _EMBED_BATCH]
        tick("embedding sentences", start + len(part), len(keys))
        found = np.asarray(embedder.embed_passages([texts[k] for k in part]))
        store.upsert_sentences(part, [texts[k] for k in part], found)
        vectors.update(zip(part, found, strict=True))
    embedded = len(keys)

    reused = {k for c in to_embed for k in map(sentence_key, chunk_pieces(c))} - set(vectors)
    vectors.update(store.sentence_vectors(sorted(reused)))
    for start in range(0, len(to_embed), _EMBED_BATCH):
        batch = to_embed[start : start + _EMBED_BATCH]
        tick("storing passages", start + len(batch), len(to_embed))
        means = np.stack(
            [_mean([vectors[sentence_key(p)] for p in chunk_pieces(c)]) for c in batch]
        )
        store.upsert_chunks(batch, means)
    return embedded, len(to_embed)


def _mean(rows: list[np.ndarray]) -> np.ndarray:
    mean = np.mean(np.stack(rows), axis=0)
    norm = float(np.linalg.norm(mean))
    return mean / norm if norm else mean
