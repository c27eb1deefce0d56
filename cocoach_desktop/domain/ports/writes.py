"""Port of the archive's writer: the one queue the live session's writes go through."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol


class Writes(Protocol):
    """Runs ``work`` in turn with the other writes, then ``done(result)`` or
    ``failed(error)`` where the caller lives (``platform/qt/writer.py`` is the real one: a
    thread of its own, the outcome back on the GUI thread; a test's fake runs it at once)."""

    def submit(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[Exception], None] | None = None,
    ) -> None: ...
