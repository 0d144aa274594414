"""A persistent cache of passage vectors, keyed by embedder and text, shared by every build.

Embedding is the slow part of a build (a 2-core machine embeds some 50-100 sentences a
second). Vectors are deterministic for a given embedder and text, so a rebuild, a scratch
build for the benchmark or the tests, and a second checkout all reuse them.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from assistant.retrieval.embedders import Embedder

log = logging.getLogger(__name__)


class CachedEmbedder:
    """An `Embedder` that remembers passage vectors in SQLite; queries are not cached."""

    def __init__(self, inner: Embedder, folder: Path) -> None:
        self.inner = inner
        self.name = inner.name
        self.dim = inner.dim
        self.min_relevance = inner.min_relevance
        identity = inner.identity()
        folder.mkdir(parents=True, exist_ok=True)
        safe = hashlib.sha1(identity.encode()).hexdigest()[:16]
        self.path = folder / f"{safe}.sqlite"
        with self._connect() as db:
            db.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, vector BLOB)")
        self.hits = 0
        self.misses = 0

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=30)

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """Vectors for `texts`, embedding only those not seen before."""
        keys = [hashlib.sha256(t.encode("utf-8")).hexdigest() for t in texts]
        found: dict[str, np.ndarray] = {}
        with self._connect() as db:
            for start in range(0, len(keys), 500):
                part = keys[start : start + 500]
                marks = ",".join("?" * len(part))
                rows = db.execute(f"SELECT key, vector FROM vectors WHERE key IN ({marks})", part)
                for key, blob in rows:
                    found[key] = np.frombuffer(blob, dtype=np.float32)
        missing = [i for i, key in enumerate(keys) if key not in found]
        if missing:
            vectors = self.inner.embed_passages([texts[i] for i in missing])
            with self._connect() as db:
                db.executemany(
                    "INSERT OR REPLACE INTO vectors VALUES (?, ?)",
                    [
                        (keys[i], np.asarray(v, np.float32).tobytes())
                        for i, v in zip(missing, vectors, strict=True)
                    ],
                )
            for i, vector in zip(missing, vectors, strict=True):
                found[keys[i]] = np.asarray(vector, dtype=np.float32)
        self.hits += len(texts) - len(missing)
        self.misses += len(missing)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([found[key] for key in keys])

    def embed_query(self, text: str) -> np.ndarray:
        """Embed a query (never cached: questions may be personal)."""
        return self.inner.embed_query(text)

    def identity(self) -> str:
        """The wrapped embedder's identity."""
        return self.inner.identity()
