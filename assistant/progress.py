"""Progress for long work: a tqdm bar per stage on stderr (quiet when not a terminal in CI)."""

from __future__ import annotations

import sys
from types import TracebackType
from typing import Any


class ProgressBar:
    """A `Progress` callback (stage, done, total) drawing one bar per stage."""

    def __init__(self, disable: bool | None = None) -> None:
        self._bar: Any = None
        self._stage = ""
        self._disable = (not sys.stderr.isatty()) if disable is None else disable

    def update(self, stage: str, done: int, total: int) -> None:
        """Advance the bar of `stage`, starting a new bar when the stage changes."""
        from tqdm import tqdm

        if stage != self._stage:
            self.close()
            self._stage = stage
            self._bar = tqdm(
                total=total,
                desc=stage,
                unit="item",
                file=sys.stderr,
                disable=self._disable,
                leave=False,
            )
        if self._bar is not None:
            self._bar.total = total
            self._bar.n = done
            self._bar.refresh()

    def close(self) -> None:
        """Close the current bar."""
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def __enter__(self) -> ProgressBar:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
