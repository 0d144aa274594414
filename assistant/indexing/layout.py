"""Where builds live on disk: builds/<name>/, the CURRENT pointer, manifests, ingested sources."""

from __future__ import annotations

import json
import os
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.errors import IndexCorruptError, IndexMissingError

CURRENT = "CURRENT"
BUILDS = "builds"
MANIFEST = "manifest.json"
SOURCES = "sources.json"
CHROMA = "chroma"
REBUILD_COMMAND = "bps-assistant index --rebuild"
_NAME = re.compile(r"^[0-9A-Za-z][0-9A-Za-z_-]{0,63}$")  # a folder name, never a path


@dataclass
class FileEntry:
    """What one source file contributed to a build."""

    sha256: str
    options: dict[str, str]
    doc_id: str
    language: str
    chunks: dict[str, str]  # chunk id -> content hash
    sentences: list[str] = field(default_factory=list)  # sentence keys of its chunks
    plan: str = ""
    title: str = ""


@dataclass
class Manifest:
    """The record of one build: its embedder and every file's chunks."""

    embedder: str
    embedder_name: str
    files: dict[str, FileEntry] = field(default_factory=dict)
    created: str = ""
    metrics_hash: str = ""
    collections: str = ""  # prefix of its collections on a Chroma server; "" = embedded folder

    def to_json(self) -> str:
        """Serialise deterministically."""
        data: dict[str, Any] = {
            "embedder": self.embedder,
            "embedder_name": self.embedder_name,
            "created": self.created,
            "metrics_hash": self.metrics_hash,
            "collections": self.collections,
            "files": {path: vars(entry) for path, entry in sorted(self.files.items())},
        }
        return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        """Parse a manifest written by `to_json`."""
        data = json.loads(text)
        files = {path: FileEntry(**entry) for path, entry in data.get("files", {}).items()}
        return cls(
            embedder=data["embedder"],
            embedder_name=data.get("embedder_name", ""),
            files=files,
            created=data.get("created", ""),
            metrics_hash=data.get("metrics_hash", ""),
            collections=str(data.get("collections", "")),
        )

    def chunk_hashes(self) -> dict[str, str]:
        """Every chunk id of the build with its content hash."""
        return {cid: h for entry in self.files.values() for cid, h in entry.chunks.items()}


class IndexLayout:
    """Paths and atomic pointer updates under the index folder."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @property
    def builds(self) -> Path:
        return self.root / BUILDS

    def pointer(self) -> str | None:
        """The build name CURRENT holds, whether or not that build exists."""
        try:
            name = (self.root / CURRENT).read_text(encoding="utf-8").strip()
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            raise IndexCorruptError(
                f"the index pointer {self.root / CURRENT} cannot be read ({exc}); "
                f"rebuild with '{REBUILD_COMMAND}'"
            ) from exc
        return name or None

    def current_name(self) -> str | None:
        """Name of the build that serves, if any."""
        try:
            name = self.pointer()
        except IndexCorruptError:
            return None
        return name if name and _is_name(name) and (self.builds / name).is_dir() else None

    def current_dir(self) -> Path:
        """Folder of the serving build, or a clear error saying how to build one."""
        name = self.pointer()
        if name is None:
            raise IndexMissingError(
                f"no index has been built in {self.root}; run 'bps-assistant index' (or 'make run')"
            )
        if not _is_name(name) or not (self.builds / name).is_dir():
            raise IndexCorruptError(
                f"the index pointer {self.root / CURRENT} names build "
                f"'{name.splitlines()[0][:60]}', which is "
                f"not in {self.builds}; rebuild with '{REBUILD_COMMAND}'"
            )
        return self.builds / name

    def complete_builds(self) -> set[str]:
        """Names of the build folders that hold a manifest (a finished build)."""
        if not self.builds.is_dir():
            return set()
        return {d.name for d in self.builds.iterdir() if d.is_dir() and (d / MANIFEST).is_file()}

    def remove_unfinished(self) -> list[str]:
        """Delete build folders left by an interrupted build; return their names.

        Call only while holding the build lock: a build in progress has no manifest yet.
        """
        if not self.builds.is_dir():
            return []
        serving = self.current_name()
        removed = []
        for child in sorted(self.builds.iterdir()):
            if child.is_dir() and child.name != serving and not (child / MANIFEST).is_file():
                shutil.rmtree(child, ignore_errors=True)
                removed.append(child.name)
        return removed

    def read_manifest(self, build_dir: Path) -> Manifest:
        """Load a build's manifest, failing clearly when it is damaged."""
        path = build_dir / MANIFEST
        try:
            return Manifest.from_json(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise IndexCorruptError(
                f"the index at {build_dir} has no manifest ({path}); rebuild it with "
                f"'{REBUILD_COMMAND}'"
            ) from None
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise IndexCorruptError(
                f"the index manifest {path} is damaged ({type(exc).__name__}: "
                f"{str(exc).splitlines()[0][:200] if str(exc) else ''}); "
                f"rebuild it with '{REBUILD_COMMAND}'"
            ) from exc

    def write_manifest(self, build_dir: Path, manifest: Manifest) -> None:
        """Write a manifest atomically."""
        _atomic_write(build_dir / MANIFEST, manifest.to_json())

    def promote(self, name: str) -> set[str]:
        """Make `name` the serving build, atomically, and drop all but it and its predecessor.

        The predecessor stays so that processes which loaded it keep answering until they
        reload; returns the names of the builds kept.
        """
        previous = self.current_name()
        _atomic_write(self.root / CURRENT, name + "\n")
        keep = {name, previous}
        for child in self.builds.iterdir():
            if child.is_dir() and child.name not in keep:
                shutil.rmtree(child, ignore_errors=True)
        return {n for n in keep if n}

    def registered_sources(self) -> list[dict[str, str]]:
        """External files and folders added with `ingest`, with their options."""
        path = self.root / SOURCES
        if not path.exists():
            return []
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except ValueError as exc:
            raise IndexCorruptError(
                f"{path} is damaged ({exc}); delete it and ingest again"
            ) from exc
        return [dict(item) for item in data]

    def register_sources(self, entries: list[dict[str, str]]) -> None:
        """Remember external paths so every rebuild includes them."""
        current = self.registered_sources()
        known = {item["path"] for item in current}
        current.extend(e for e in entries if e["path"] not in known)
        self.root.mkdir(parents=True, exist_ok=True)
        _atomic_write(self.root / SOURCES, json.dumps(current, indent=1, ensure_ascii=False))


def _is_name(name: str) -> bool:
    return bool(_NAME.match(name))


def _atomic_write(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
