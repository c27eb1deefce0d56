"""Port of the recovery files: texts the archive could not take, and the running session's copy.

``storage/recovery_files.py`` (the module itself) is the real one.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Protocol


class RecoveryFiles(Protocol):
    """Writes plain-text copies of notes beside the archive."""

    def write_recovery_file(
        self, folder: Path, texts: list[str], now: datetime, *, target: Path | None = None
    ) -> Path:
        """The texts the archive has not taken, in a new file (or rewritten in ``target``)."""
        ...

    def write_session_copy(
        self, folder: Path, session_id: int, started: datetime, texts: list[str]
    ) -> Path:
        """The running session's notes, rewritten as each is saved."""
        ...

    def session_copy_path(self, folder: Path, session_id: int) -> Path:
        """Where the running session's copy is (removed once the session is saved)."""
        ...
