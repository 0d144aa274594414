"""Pick a loader by file suffix; expand folders into the files we can load."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from assistant.ingest.docx import load_docx
from assistant.ingest.headings import DEFAULT_PLAN, ingest_error
from assistant.ingest.html import load_html
from assistant.ingest.pdf import load_pdf
from assistant.ingest.plaintext import load_plaintext
from assistant.types import Document

log = logging.getLogger(__name__)

Loader = Callable[..., Document]


def _load_markdown(path: Path, **defaults: Any) -> Document:
    """Load our corpus Markdown (front matter wins over `defaults`)."""
    from assistant.ingest.markdown import load_markdown

    return load_markdown(path, **defaults)


LOADERS: dict[str, Loader] = {
    ".md": _load_markdown,
    ".pdf": load_pdf,
    ".html": load_html,
    ".htm": load_html,
    ".docx": load_docx,
    ".txt": load_plaintext,
}


def load_path(path: Path, *, plan: str | None = None, area: str | None = None,
              language: str | None = None, doc_id: str | None = None,
              title: str | None = None) -> Document:
    """Load one file with the loader for its suffix; unset options are guessed."""
    path = Path(path)
    suffix = path.suffix.lower()
    loader = LOADERS.get(suffix)
    if loader is None:
        supported = ", ".join(sorted(LOADERS))
        kind = f"'{suffix}'" if suffix else "(no suffix)"
        raise ingest_error(path, f"unsupported file type {kind} (supported: {supported})")
    if not path.exists():
        raise ingest_error(path, "the file does not exist")
    if not path.is_file():
        raise ingest_error(path, "not a file")
    options = {"plan": plan, "area": area, "language": language, "doc_id": doc_id,
               "title": title}
    if suffix == ".md":
        return loader(path, **{k: v for k, v in options.items() if v})
    try:
        return loader(path, **{**options, "plan": plan or DEFAULT_PLAN})
    except (OSError, RecursionError) as exc:  # unreadable file or pathologically nested markup
        raise ingest_error(path, f"the file cannot be read ({type(exc).__name__})") from None


def iter_files(paths: Iterable[Path], suffixes: Iterable[str] | None = None) -> Iterator[Path]:
    """Yield files as given and, for folders, the loadable files inside.

    Folders are walked in sorted order, skipping hidden files and READMEs.
    """
    wanted = {s.lower() for s in (suffixes if suffixes is not None else LOADERS)}
    for path in map(Path, paths):
        if not path.is_dir():
            yield path
            continue
        for child in sorted(path.rglob("*")):
            hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
            readme = child.stem.lower() == "readme"  # describes the folder, is not a document
            if child.is_file() and not hidden and not readme and child.suffix.lower() in wanted:
                yield child
