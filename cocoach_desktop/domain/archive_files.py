"""The archive file and its backups as every layer speaks of them: plain records and errors.

Storage raises these and returns these; the services catch and read them without storage.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path


class ArchiveOpenError(Exception):
    """The archive cannot be used; ``str()`` says why in plain words, for the user."""


LEFT_UNTOUCHED = "It was left untouched; restore a backup or choose another file."


class ArchiveDamagedError(ArchiveOpenError):
    """The file is not a database or fails its integrity check.

    ``problem`` says what is wrong with the file, ``advice`` what was done and what to do
    next; ``str()`` is both. A caller that says itself what happens next (the app offering a
    backup, the command line naming its own commands) shows ``problem`` with its own words,
    so the user never reads the same thing twice.
    """

    def __init__(self, problem: str, advice: str = LEFT_UNTOUCHED) -> None:
        super().__init__(f"{problem} {advice}" if advice else problem)
        self.problem = problem
        self.advice = advice


class CancelledByUserError(Exception):
    """An import or export the user cancelled; ``str()`` says that nothing was kept."""


class BackupError(Exception):
    """A backup, restore or rescue failed; ``str()`` says why in plain words, naming the file."""


class LiveDamagedError(BackupError):
    """A restore was refused: the archive in use is damaged, so it could not be saved first.

    Nothing was changed; setting the damaged file aside (``set_aside_damaged``) and
    restoring again is the way forward, which the caller names in its own terms.
    """


@dataclass(frozen=True)
class BackupInfo:
    """One backup file in the rotation."""

    path: Path
    taken: datetime  # UTC, from the file name
    size: int  # bytes
