"""What the serving index holds, document by document."""

from __future__ import annotations

from typing import Any

from assistant.config import Settings
from assistant.indexing.layout import IndexLayout


def list_documents(settings: Settings) -> list[dict[str, Any]]:
    """One row per indexed file: doc id, title, plan, language, chunk count and path."""
    layout = IndexLayout(settings.index_path)
    manifest = layout.read_manifest(layout.current_dir())
    return [
        {
            "doc_id": entry.doc_id,
            "title": entry.title,
            "plan": entry.plan,
            "language": entry.language,
            "chunks": len(entry.chunks),
            "path": path,
        }
        for path, entry in sorted(manifest.files.items())
    ]
