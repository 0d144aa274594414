"""Keep obligations.duckdb in step with the serving index build."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.config import Settings
from assistant.obligations.store import (
    DB_NAME,
    build_obligations_db,
    source_signature,
    stored_signature,
)

if TYPE_CHECKING:
    from assistant.retrieval.embedders import Embedder

log = logging.getLogger(__name__)


def obligations_path(settings: Settings) -> Path:
    """Where the obligations table lives: beside the index builds, like metrics.duckdb."""
    return settings.index_path / DB_NAME


def update_obligations(
    settings: Settings, embedder: Embedder | None = None, force: bool = False
) -> int | None:
    """Rebuild the table from the serving build's chunks; None when they have not changed.

    Reads the chunks back from the Chroma store of `IndexLayout(...).current_dir()`, so the
    table always describes exactly what the assistant retrieves from.
    """
    from assistant.indexing.layout import IndexLayout
    from assistant.indexing.stores import open_build_store
    from assistant.retrieval.embedders import get_embedder

    layout = IndexLayout(settings.index_path)
    build_dir = layout.current_dir()
    embedder = embedder or get_embedder(settings.embedder, settings.embedder_model)
    store = open_build_store(settings, build_dir, layout.read_manifest(build_dir), embedder)
    chunks, _ = store.all_chunks()
    target = obligations_path(settings)
    if not force and stored_signature(target) == source_signature(chunks):
        return None
    return build_obligations_db(chunks, target)
