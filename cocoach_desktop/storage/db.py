"""Opening the archive file safely: pragmas, migrations, and plain-words errors.

INTERFACE SKETCH — the bodies are to be written.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

ARCHIVE_FILE = "cocoach.sqlite3"


class ArchiveOpenError(Exception):
    """The archive cannot be used; ``str()`` says why in plain words, for the user."""


class ArchiveDamagedError(ArchiveOpenError):
    """The file is not a database or fails its integrity check."""


class ArchiveBusyError(ArchiveOpenError):
    """Another program holds the file locked."""


class ArchiveReadOnlyError(ArchiveOpenError):
    """The file or its folder cannot be written."""


class ArchiveTooNewError(ArchiveOpenError):
    """The file was written by a newer version of the app, with a schema this one lacks."""


def make_engine(path: Path) -> Engine:
    """An engine on ``path`` with the safety pragmas set on every connection."""
    raise NotImplementedError


def open_archive(path: Path) -> Engine:
    """Check, migrate (Alembic, backing up first if a migration is due) and return an engine.

    Never overwrites or deletes the file; raises an ArchiveOpenError subclass instead.
    """
    raise NotImplementedError
