"""The archive file and its backups as every layer speaks of them: plain records and errors.

Storage raises these and returns these; the services catch and read them without storage.
Each error carries a code (``platform/problems.py``); ``platform/problem_words.say`` words it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from cocoach_desktop.platform.problems import CodedError, ErrorCode


class ArchiveOpenError(CodedError):
    """The archive cannot be used; ``problem_words.say()`` says why in plain words."""


LEFT_UNTOUCHED = ErrorCode.LEFT_UNTOUCHED
RESTORE_A_BACKUP = ErrorCode.RESTORE_A_BACKUP


class ArchiveDamagedError(ArchiveOpenError):
    """The file is not a database or fails its integrity check.

    The code says what is wrong with the file, ``advice`` (a code too) what was done and
    what to do next; ``str()`` is both. A caller that says itself what happens next (the app
    offering a backup, the command line naming its own commands) shows only the problem
    (``problem``, or ``problem_words.say(error, advice=False)``) with its own words, so the
    user never reads the same thing twice.
    """

    def __init__(
        self, code: ErrorCode, /, advice: ErrorCode = LEFT_UNTOUCHED, **values: object
    ) -> None:
        super().__init__(code, "archive", advice=advice, **values)
        self.advice_code = advice

    @property
    def problem(self) -> str:
        """What is wrong with the file, in English (``problem_words.say``: the user's)."""
        from cocoach_desktop.platform.problem_words import english

        return english(self, advice=False)

    @property
    def advice(self) -> str:
        """What was done and what to do next, in English."""
        return str(self)[len(self.problem) + 1 :]


class CancelledByUserError(CodedError):
    """An import or export the user cancelled; ``str()`` says that nothing was kept."""


class BackupError(CodedError):
    """A backup, restore or rescue failed; ``problem_words.say()`` says why, naming the file."""


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
