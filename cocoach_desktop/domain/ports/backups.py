"""Port of the archive's files: its backups, restoring one, opening it, setting it aside.

Generic in the open archive (``A``): storage opens it and backs it up; the services only
hand it back, ask its data version and how many sessions it holds.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Protocol, TypeVar

from cocoach_desktop.domain.archive_files import BackupInfo


class OpenArchive(Protocol):
    """What the backup services ask of the open archive itself."""

    def data_version(self) -> int:
        """A number that changes whenever anything is written to the file."""
        ...

    def count_sessions(self) -> int: ...


A = TypeVar("A", bound=OpenArchive)


class BackupFilesPort(Protocol[A]):
    """The backups beside the archive file, and the file itself.

    Each method raises ``BackupError`` or ``ArchiveOpenError`` (``domain.archive_files``),
    in plain words, when it cannot do its work.
    """

    @property
    def live(self) -> Path:
        """The archive file."""
        ...

    @property
    def folder(self) -> Path:
        """The folder the backups are kept in."""
        ...

    def make_backup(self, archive: A, now: datetime) -> Path:
        """Copy ``archive`` into the folder, verified, pruning the rotation; the copy's path."""
        ...

    def list_backups(self) -> list[BackupInfo]:
        """The rotation's backups, newest first."""
        ...

    def saved_before_restores(self) -> list[BackupInfo]:
        """The archives set aside by earlier restores (restoring one undoes that restore)."""
        ...

    def newest_good_backup(self) -> BackupInfo | None: ...

    def check_archive_file(self, path: Path) -> None:
        """Raise ``ArchiveOpenError`` unless ``path`` is an archive this app can open."""
        ...

    def open_archive(self) -> A:
        """Open the archive file (``ArchiveDamagedError``, ``ArchiveOpenError`` if not)."""
        ...

    def close(self, archive: A) -> None:
        """Let go of every connection to the file (before it is replaced)."""
        ...

    def restore_backup(self, backup: Path, now: datetime) -> Path | None:
        """Put ``backup`` in the archive's place; where the old archive was saved (or None)."""
        ...

    def is_empty(self) -> bool:
        """Whether the archive file is there and holds no byte at all."""
        ...

    def set_aside_damaged(self) -> Path:
        """Rename the damaged archive aside (never deleted); its new path."""
        ...

    def remove_live(self) -> None:
        """Remove the archive file and its companions (a restored copy being taken back)."""
        ...

    def put_back(self, aside: Path, now: datetime) -> Path | None:
        """Put ``aside`` back in the archive's place; where the archive in use went."""
        ...

    def set_aside_candidates(self) -> list[Path]:
        """Archives set aside earlier, beside the archive file."""
        ...

    def count_sessions(self, path: Path) -> int | None:
        """How many sessions the archive at ``path`` holds, None if it cannot be read."""
        ...

    def verify(self, path: Path) -> str | None:
        """What is wrong with the archive at ``path``, or None when it is sound."""
        ...
