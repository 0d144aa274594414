"""A build's vectors: its own embedded Chroma folder, or its own collections on a Chroma server.

On a server every build writes collections named after it (`bps-<build>-chunks`,
`bps-<build>-sentences`), so a build in progress never touches the collections that serve;
the CURRENT pointer in the index folder says which build serves, exactly as in embedded mode.
One Chroma server (or one Chroma database) holds the collections of one index folder.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from assistant.config import Settings
from assistant.errors import IndexMissingError
from assistant.indexing.layout import CHROMA, REBUILD_COMMAND, Manifest
from assistant.retrieval.embedders import Embedder
from assistant.retrieval.vectorstore import (
    CHUNKS,
    SENTENCES,
    VectorStore,
    delete_server_collections,
    server_collections,
)

log = logging.getLogger(__name__)

_OURS = re.compile(rf"^bps-(?P<build>[0-9A-Za-z_-]+)-(?:{CHUNKS}|{SENTENCES})$")


def server_prefix(build: str) -> str:
    """The collection-name prefix of one build on a Chroma server."""
    return f"bps-{build}-"


def open_build_store(
    settings: Settings, build_dir: Path, manifest: Manifest, embedder: Embedder
) -> VectorStore:
    """Open the vectors of a finished build for reading, where its manifest says they are."""
    endpoint = settings.chroma_endpoint
    index = build_dir.parent.parent
    if manifest.collections and not endpoint:
        raise IndexMissingError(
            f"the index in {index} was built on a Chroma server: set BPS_ASSISTANT_CHROMA_URL "
            f"to that server, or run '{REBUILD_COMMAND}' to build an embedded index"
        )
    if endpoint and not manifest.collections:
        raise IndexMissingError(
            f"the index in {index} was built without a Chroma server, but "
            f"BPS_ASSISTANT_CHROMA_URL is set ({endpoint}): run '{REBUILD_COMMAND}' to build "
            "it on the server, or unset the variable"
        )
    if manifest.collections:
        return VectorStore(embedder, url=endpoint, prefix=manifest.collections, create=False)
    return VectorStore(embedder, path=build_dir / CHROMA, create=False)


def new_build_store(
    settings: Settings, build_dir: Path, embedder: Embedder
) -> tuple[VectorStore, str]:
    """Create the (empty) vectors of a new build; return the store and its collection prefix."""
    if settings.chroma_endpoint:
        prefix = server_prefix(build_dir.name)
        return VectorStore(embedder, url=settings.chroma_endpoint, prefix=prefix), prefix
    return VectorStore(embedder, path=build_dir / CHROMA), ""


def check_build_store(
    settings: Settings, build_dir: Path, manifest: Manifest, embedder: Embedder
) -> VectorStore:
    """Open a finished build's vectors and check they hold every chunk its manifest lists."""
    store = open_build_store(settings, build_dir, manifest, embedder)
    expected = len(manifest.chunk_hashes())
    found = store.count()
    if found != expected:
        raise IndexMissingError(
            f"build {build_dir.name} should hold {expected} passages but its vector store "
            f"has {found}"
        )
    return store


def drop_server_builds(settings: Settings, keep: set[str]) -> list[str]:
    """Delete the server collections of every build not in `keep`; return their names."""
    if not settings.chroma_endpoint:
        return []
    stale = [
        name
        for name in server_collections(settings.chroma_endpoint)
        if (m := _OURS.match(name)) and m.group("build") not in keep
    ]
    if stale:
        delete_server_collections(settings.chroma_endpoint, stale)
        log.info("deleted %d collections of old or unfinished builds", len(stale))
    return stale


def mode_mismatch(settings: Settings, manifest: Manifest) -> str:
    """Why a build cannot be the start of an incremental one in this mode; "" if it can."""
    if manifest.collections and not settings.chroma_endpoint:
        return "the index was built on a Chroma server and no server is set now"
    if settings.chroma_endpoint and not manifest.collections:
        return "the index was built without a Chroma server and one is set now"
    return ""

