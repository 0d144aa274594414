"""The question log: one redacted JSON line per question asked, for staff to see what is asked.

A line holds the time, the redacted question, the answer language, the role, whether the
assistant refused, and the sections it cited. No answer text, no IP address, no user or
session id.
"""

from __future__ import annotations

import json
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.privacy import redact
from assistant.types import Answer

if TYPE_CHECKING:
    from assistant.config import Settings

FILE_NAME = "questions.jsonl"
_LOCK = threading.Lock()


def question_log_path(settings: Settings) -> Path:
    """Where the question log of these settings is written."""
    return settings.var_path / FILE_NAME


def log_question(settings: Settings, answer: Answer, role: str) -> None:
    """Append one redacted JSON line about `answer` to the question log."""
    record: dict[str, Any] = {
        "time": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "question": redact(answer.question).encode("utf-8", "replace").decode("utf-8"),
        "language": answer.language,
        "role": role,
        "refused": answer.refused,
        "cited": [c.section or c.indicator for c in answer.citations],
    }
    line = json.dumps(record, ensure_ascii=False) + "\n"
    path = question_log_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    with _LOCK, path.open("a", encoding="utf-8") as out:
        _lock_file(out)
        out.write(line)  # one write of one line: appends of other processes do not interleave


def read_question_log(settings: Settings) -> list[dict[str, Any]]:
    """The logged questions, oldest first (lines that do not parse are skipped)."""
    path = question_log_path(settings)
    if not path.exists():
        return []
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            item = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(item, dict):
            out.append(item)
    return out


def _lock_file(handle: Any) -> None:
    """Hold an exclusive lock on the open log until it is closed (POSIX; elsewhere a no-op)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        return
    fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
