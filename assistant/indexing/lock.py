"""One build at a time per index folder: an advisory lock file the kernel frees on exit."""

from __future__ import annotations

import fcntl
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from assistant.errors import AssistantError

LOCK_FILE = ".build.lock"
_held: dict[tuple[str, int], tuple[int, int]] = {}  # (lock path, thread) -> (fd, depth)
_guard = threading.Lock()


class BuildBusyError(AssistantError):
    """Another process is building this index."""


@contextmanager
def build_lock(index_root: Path) -> Iterator[None]:
    """Hold the index folder's build lock, or fail at once naming who may hold it.

    The lock is an flock on index/.build.lock: a killed build (even SIGKILL) releases it,
    so it never needs clearing by hand. Nested use in one thread is allowed; another thread
    or process gets BuildBusyError.
    """
    index_root.mkdir(parents=True, exist_ok=True)
    path = str((index_root / LOCK_FILE).resolve())
    key = (path, threading.get_ident())
    with _guard:
        fd, depth = _held.get(key, (-1, 0))
        if depth == 0:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = os.pread(fd, 64, 0).decode(errors="replace").strip() or "?"
                os.close(fd)
                raise BuildBusyError(
                    f"another build of {index_root} is running (process {holder}); "
                    "wait for it to finish, then run 'bps-assistant index' again"
                ) from None
            os.ftruncate(fd, 0)
            os.pwrite(fd, str(os.getpid()).encode(), 0)
        _held[key] = (fd, depth + 1)
    try:
        yield
    finally:
        with _guard:
            fd, depth = _held[key]
            if depth == 1:
                del _held[key]
                fcntl.flock(fd, fcntl.LOCK_UN)
                os.close(fd)
            else:
                _held[key] = (fd, depth - 1)
