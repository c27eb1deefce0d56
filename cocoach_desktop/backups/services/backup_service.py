"""Backing up the archive and restoring a backup, as use cases over a port of its files.

Plain Python: the keeper (``backups/qt/backups.py``) runs these on the GUI thread or a
worker thread and says the outcome; ``tests/backups/test_backup_service.py`` drives them
with an in-memory port and a ``ManualClock``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Final, Generic

from cocoach_desktop.backups.model.choices import described
from cocoach_desktop.backups.model.retention import backup_due
from cocoach_desktop.domain.archive_files import ArchiveOpenError, BackupError, BackupInfo
from cocoach_desktop.domain.ports.backups import A, BackupFilesPort
from cocoach_desktop.platform.clock import Clock
from cocoach_desktop.platform.problem_words import say
from cocoach_desktop.platform.wording import _tr

TR_CONTEXT: Final = "Problems"  # tools/update_translations.py files these texts there


def not_open() -> str:
    """Why there is nothing to back up."""
    return _tr("The archive is not open, so there is nothing to back up.")


def still_running() -> str:
    """Why a restore waits."""
    return _tr("An import or export is still running. Restore the backup once it has finished.")


@dataclass
class Restored(Generic[A]):
    """How a restore ended: the problems to say (in order), then, if ``reopened``, the
    archive to use from now on (None if it could not be opened) and what to say last."""

    reopened: bool = False
    archive: A | None = None
    saved: Path | None = None
    problems: list[str] = field(default_factory=list)
    done: str = ""


class BackupService(Generic[A]):
    """Backs up only when something changed, once the user is idle and the last backup is
    old enough (``retention.backup_due``); backs up now on demand; restores a backup."""

    def __init__(self, files: BackupFilesPort[A], clock: Clock) -> None:
        self.files = files
        self.clock = clock
        self._backed_up_version: int | None = None
        self._seen_version: int | None = None
        self._seen_at = clock.monotonic()

    @property
    def folder(self) -> Path:
        return self.files.folder

    @staticmethod
    def version_of(archive: A | None) -> int | None:
        """The archive's data version, or None when it is not open or cannot be read."""
        if archive is None:
            return None
        try:
            return archive.data_version()
        except Exception:
            return None

    def forget(self) -> None:
        """Another archive is in use: its first backup is not known to be taken."""
        self._backed_up_version = None

    def due(self, version: int | None) -> bool:
        """Whether the automatic backup is due for the archive at ``version`` now.

        "Idle" is taken as: the version has not moved for a minute. A failed backup is not
        recorded, so it is due again at the next check.
        """
        if version is None:
            return False
        if version != self._seen_version:
            self._seen_version, self._seen_at = version, self.clock.monotonic()
        if version == self._backed_up_version:
            return False  # nothing changed since the last backup: no need to look at the disk
        newest = self.files.list_backups()
        last = newest[0].taken if newest else None
        return backup_due(
            last,
            self.clock.now(),
            changed=version != self._backed_up_version,
            idle_seconds=self.clock.monotonic() - self._seen_at,
        )

    def take(self, archive: A, now: datetime) -> Path:
        """Copy the archive (safe on a worker thread: no state is touched); BackupError."""
        return self.files.make_backup(archive, now)

    def taken(self, version: int | None) -> None:
        """The backup of ``version`` is there: no other until the archive changes."""
        self._backed_up_version = version

    def back_up_now(self, archive: A) -> Path:
        """Back up at once (the menu's "Back up now"); BackupError says why not."""
        version = self.version_of(archive)
        path = self.take(archive, self.clock.now())
        self.taken(version)
        return path

    def choices(self) -> list[BackupInfo]:
        """What can be restored: the rotation, newest first, then the restores' own saves."""
        return self.files.list_backups() + self.files.saved_before_restores()

    def restore(self, archive: A | None, chosen: BackupInfo, jobs_running: bool) -> Restored[A]:
        """Put ``chosen`` in the archive's place, the archive as it is now saved first.

        Refused while an import or export runs (``jobs_running``): replacing the file could
        lose its work. A backup that is not an archive is refused before anything is touched.
        """
        if jobs_running:
            return Restored(problems=[still_running()])
        try:
            self.files.check_archive_file(chosen.path)
        except ArchiveOpenError as exc:
            # About the chosen file, not the archive in use: say so, without the archive's
            # own advice ("restore a backup") that makes no sense here.
            refused = _tr("The backup {name} cannot be restored: {problem}").format(
                name=chosen.path.name, problem=say(exc, advice=False)
            )
            return Restored(problems=[refused])
        if archive is not None:
            self.files.close(archive)  # no connection may stay open on the file
        outcome: Restored[A] = Restored(reopened=True)
        try:
            outcome.saved = self.files.restore_backup(chosen.path, self.clock.now())
        except BackupError as exc:
            outcome.problems.append(say(exc))
        try:
            outcome.archive = self.files.open_archive()
        except ArchiveOpenError as exc:
            outcome.problems.append(say(exc))
        self.forget()
        if outcome.saved is not None:
            outcome.done = _tr(
                "Restored the backup of {backup}. The archive as it was is kept as "
                "{name}: restore that to undo."
            ).format(backup=described(chosen), name=outcome.saved.name)
        return outcome
