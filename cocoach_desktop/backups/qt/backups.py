"""Opening the archive safely at start-up, automatic backups, and restoring one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from cocoach_desktop.backups.model.retention import backup_due
from cocoach_desktop.platform.clock import Clock, utc_now
from cocoach_desktop.platform.formatting import short_date, time_of_day
from cocoach_desktop.platform.qt import background
from cocoach_desktop.storage import ARCHIVE_FILE
from cocoach_desktop.storage.backup import (
    BackupError,
    BackupInfo,
    backups_folder,
    count_sessions,
    list_backups,
    make_backup,
    newest_good_backup,
    put_back,
    remove_with_companions,
    restore_backup,
    set_aside_candidates,
    set_aside_damaged,
    verify,
)

if TYPE_CHECKING:  # SQLAlchemy is imported when the archive is opened, not at start-up
    from cocoach_desktop.storage.archive import Archive

CHECK_EVERY_MS = 60_000


def _local(info: BackupInfo) -> str:
    taken = info.taken.astimezone()
    when = f"{short_date(taken.date(), weekday=True)}, {time_of_day(taken)}"
    if info.path.name.startswith("before-restore-"):
        return f"the archive as it was before the restore of {when}"
    return when


def saved_before_restores(folder: Path) -> list[BackupInfo]:
    """The archives set aside by earlier restores: restoring one undoes that restore."""
    found = []
    for path in sorted(folder.glob("before-restore-*.sqlite3"), reverse=True):
        try:
            info = path.stat()
        except OSError:
            continue
        taken = datetime.fromtimestamp(info.st_mtime, UTC)
        found.append(BackupInfo(path, taken, info.st_size))
    return found


def open_archive_safely(
    data_dir: Path, ask: Callable[[str, str], bool]
) -> tuple[Archive | None, str]:
    """The archive, or None and a message in plain words saying why not.

    A damaged file (including an empty one, left by a failed copy or sync) is never
    overwritten or deleted: with the user's agreement (``ask``) it is renamed aside
    (``.damaged``) and the newest good backup is put in its place. A full disk or a read
    error is not damage: it is reported and nothing on disk is changed. Once the archive is
    open, any set-aside archive holding more sessions than it is offered back
    (``offer_set_aside``).
    """
    from cocoach_desktop.storage.archive import Archive
    from cocoach_desktop.storage.db import ArchiveDamagedError, ArchiveOpenError, open_archive

    live = data_dir / ARCHIVE_FILE
    try:
        archive: Archive | None = Archive(open_archive(live))
        message = ""
    except ArchiveDamagedError as exc:
        # Only what is wrong with the file: what happens next is said here, once.
        archive, message = _replace_damaged(live, exc.problem, ask)
    except ArchiveOpenError as exc:
        # Busy, read-only, a full disk, a read error: nothing is touched, so nothing is lost.
        return None, f"{exc} The timer works, but nothing will be saved until this is solved."
    if archive is None:
        return None, message
    archive, offered = offer_set_aside(live, archive, ask)
    return archive, " ".join(m for m in (message, offered) if m)


NOTHING_SAVED = "The timer works, but nothing is saved until then."


def _replace_damaged(
    live: Path, damaged: str, ask: Callable[[str, str], bool]
) -> tuple[Archive | None, str]:
    """Offer to set the damaged ``live`` aside and restore the newest good backup.

    ``damaged`` says only what is wrong with the file; every message and question here
    says once what was done with it and what the user can do next.
    """
    from cocoach_desktop.storage.archive import Archive
    from cocoach_desktop.storage.db import ArchiveOpenError, open_archive

    backup = newest_good_backup(backups_folder(live))
    empty = _is_empty(live)
    if backup is None and not empty:
        return None, (
            f"{damaged} There is no good backup to restore, so the file was left untouched. "
            f"To start a new archive and keep this file, rename it or move it out of "
            f"{live.parent}, then start Cocoach again. {NOTHING_SAVED}"
        )
    if backup is None:
        # Nothing to restore, and an empty file holds nothing: offer a fresh start, keeping it.
        question = (
            f"{damaged}\n\nThere is no backup to restore. Set the empty file aside (it is "
            "kept, renamed .damaged) and start a new, empty archive?"
        )
        declined = "A new archive is offered again at the next start."
    else:
        question = (
            f"{damaged}\n\nSet the damaged file aside (it is kept, renamed .damaged) and "
            f"restore the backup of {_local(backup)}? Anything written after that backup is "
            "only in the damaged file."
        )
        declined = "The backup is offered again at the next start."
    if not ask("The archive is damaged", question):
        return None, f"{damaged} It was left untouched. {declined} {NOTHING_SAVED}"
    try:
        aside = set_aside_damaged(live)
    except BackupError as exc:
        # Says which file could not be renamed, and why.
        return None, (
            f"{exc} The damaged archive was left untouched. Solve that and start Cocoach "
            f"again. {NOTHING_SAVED}"
        )
    try:
        if backup is not None:
            restore_backup(backup.path, live, backup.taken)
        archive = Archive(open_archive(live))
    except (BackupError, ArchiveOpenError, OSError) as exc:
        # Put everything back as it was: the restored copy (if any) is removed (the backup
        # still exists), and the set-aside file returns under its own name.
        remove_with_companions(live)
        try:
            put_back(aside, live, backup.taken if backup else utc_now())
            kept = "The damaged archive was put back under its own name."
        except BackupError:
            kept = f"The damaged archive is kept as {aside.name}."
        what = "The backup was not restored" if backup else "No new archive was started"
        reason, step = _reason(exc)
        return None, " ".join(p for p in (f"{what}.", reason, kept, step, NOTHING_SAVED) if p)
    if backup is None:
        return archive, (
            f"The empty archive file was set aside as {aside.name}; a new archive was started."
        )
    return archive, (
        f"The damaged archive was set aside as {aside.name}; the backup of {_local(backup)} "
        "was restored."
    )


def _reason(exc: Exception) -> tuple[str, str]:
    """Why ``exc`` happened, and the next step unless it says that already."""
    from cocoach_desktop.storage.db import ArchiveDamagedError

    reason = exc.problem if isinstance(exc, ArchiveDamagedError) else str(exc)
    if "Cocoach again" in reason:  # e.g. a full disk: "Free some space and start Cocoach again"
        return reason, ""
    return reason, "Solve that and start Cocoach again."


def _is_empty(live: Path) -> bool:
    try:
        return live.is_file() and live.stat().st_size == 0
    except OSError:
        return False


def offer_set_aside(
    live: Path, archive: Archive, ask: Callable[[str, str], bool]
) -> tuple[Archive | None, str]:
    """Offer back the set-aside archive (``.damaged``, ...) holding the most sessions, if it
    holds more than the archive in use and passes its integrity check.

    Asked at every start until answered yes. The archive in use is then set aside itself
    (renamed ``.set-aside-<stamp>``, never deleted) and the chosen one opened in its place.
    Returns the archive to use (the new one, or ``archive`` unchanged) and a message.
    """
    from cocoach_desktop.storage.archive import Archive
    from cocoach_desktop.storage.db import ArchiveOpenError, open_archive

    try:
        current = archive.count_sessions()
    except Exception:
        return archive, ""
    best: tuple[int, Path] | None = None
    for candidate in set_aside_candidates(live):
        count = count_sessions(candidate)
        bigger = count is not None and count > current and (best is None or count > best[0])
        if bigger and count is not None and verify(candidate) is None:
            best = (count, candidate)
    if best is None:
        return archive, ""
    count, candidate = best
    question = (
        f"An archive set aside earlier, {candidate.name}, holds {count} sessions; the archive "
        f"in use holds {current}. Put the set-aside archive back in use? The archive in use "
        "is kept, renamed, not deleted."
    )
    if not ask("An earlier archive holds more", question):
        return archive, (
            f"{candidate.name} in {live.parent} holds more sessions than the archive in use; "
            "it is offered again at the next start."
        )
    archive.engine.dispose()
    try:
        moved = put_back(candidate, live, utc_now())
    except BackupError as exc:
        try:
            return Archive(open_archive(live)), f"The set-aside archive was not put back: {exc}"
        except ArchiveOpenError as again:
            return None, str(again)
    try:
        reopened = Archive(open_archive(live))
    except ArchiveOpenError as exc:
        return None, f"{candidate.name} was put back but could not be opened: {exc}"
    kept = f" The archive that was in use is kept as {moved.name}." if moved else ""
    return reopened, f"{candidate.name} was put back in use ({count} sessions).{kept}"


class BackupKeeper(QObject):
    """Backs up automatically: only when something changed, once the user is idle.

    "Idle" is taken as: nothing written to the archive for a minute. Backups go beside the
    archive, in ``backups/``, verified before they replace the oldest of the rotation.
    """

    problem = Signal(str)
    done = Signal(str)

    def __init__(
        self, archive: Archive | None, data_dir: Path, clock: Clock, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.archive = archive
        self.data_dir = data_dir
        self.clock = clock
        self.folder = backups_folder(data_dir / ARCHIVE_FILE)
        self._backed_up_version: int | None = None
        self.job: background.BackgroundJob | None = None  # the automatic backup running
        self._seen_version: int | None = None
        self._seen_at = clock.monotonic()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_EVERY_MS)
        self._timer.timeout.connect(self.check)
        if archive is not None:
            self._timer.start()

    def set_archive(self, archive: Archive | None) -> None:
        self.archive = archive
        self._backed_up_version = None
        if archive is None:
            self._timer.stop()
        elif not self._timer.isActive():
            self._timer.start()

    def _version(self) -> int | None:
        if self.archive is None:
            return None
        try:
            return self.archive.data_version()
        except Exception:
            return None

    def check(self) -> bool:
        """Take a backup if one is due; True if it did."""
        version = self._version()
        if version is None:
            return False
        if version != self._seen_version:
            self._seen_version, self._seen_at = version, self.clock.monotonic()
        if version == self._backed_up_version:
            return False  # nothing changed since the last backup: no need to look at the disk
        newest = list_backups(self.folder)
        last = newest[0].taken if newest else None
        if not backup_due(
            last,
            self.clock.now(),
            changed=version != self._backed_up_version,
            idle_seconds=self.clock.monotonic() - self._seen_at,
        ):
            return False
        return self.back_up_in_background(version)

    def back_up_in_background(self, version: int | None) -> bool:
        """The automatic backup: on a worker thread, silent; True if it was started.

        The GUI thread never waits for the copy and its check (the projector keeps counting
        down); a failure comes back as ``problem``, on the GUI thread, as before.
        """
        if self.archive is None or background.busy():
            return False  # an import or export is running: the next check backs up
        engine, folder, now = self.archive.engine, self.folder, self.clock.now()

        def work(progress: background.Progress, cancelled: background.Cancelled) -> Path:
            return make_backup(engine, folder, now)

        def done(_path: object) -> None:
            if self.archive is not None and self.archive.engine is engine:
                self._backed_up_version = version

        def failed(words: str) -> None:
            if self.archive is not None and self.archive.engine is engine:
                self.problem.emit(words)

        self.job = background.run_job(
            work,
            parent_window=None,
            title="Backing up",
            label="",
            cancellable=False,
            on_done=done,
            on_error=failed,
            show_dialog=False,
        )
        return self.job is not None

    def back_up_now(self, quiet: bool = False) -> bool:
        if self.archive is None:
            self.problem.emit("The archive is not open, so there is nothing to back up.")
            return False
        if self.job is not None and self.job.running:
            self.job.wait()  # the automatic one is nearly done: this one follows it
        version = self._version()
        try:
            path = make_backup(self.archive.engine, self.folder, self.clock.now())
        except BackupError as exc:
            self.problem.emit(str(exc))
            return False
        self._backed_up_version = version
        if not quiet:
            self.done.emit(f"Backed up to {path}")
        return True

    def stop(self) -> None:
        self._timer.stop()

    # ----- restoring ---------------------------------------------------------------------

    def choose_backup(self, parent: QWidget, backups: list[BackupInfo]) -> BackupInfo | None:
        """Ask which backup to restore (tests replace this)."""
        labels = [f"{_local(b)}  ({b.size // 1024} KB)" for b in backups]
        label, ok = QInputDialog.getItem(
            parent,
            "Restore from a backup",
            "Restore which backup? The archive as it is now is saved first, so this can be "
            "undone by restoring that copy.",
            labels,
            0,
            False,
        )
        return backups[labels.index(label)] if ok and label in labels else None

    def restore_interactively(
        self, parent: QWidget, reopened: Callable[[Archive | None], None]
    ) -> Path | None:
        backups = list_backups(self.folder) + saved_before_restores(self.folder)
        if not backups:
            QMessageBox.information(parent, "Restore", "There are no backups yet.")
            return None
        chosen = self.choose_backup(parent, backups)
        if chosen is None:
            return None
        return self.restore(chosen, reopened)

    def restore(
        self, chosen: BackupInfo, reopened: Callable[[Archive | None], None]
    ) -> Path | None:
        from cocoach_desktop.storage.archive import Archive
        from cocoach_desktop.storage.db import ArchiveOpenError, check_archive_file, open_archive

        live = self.data_dir / ARCHIVE_FILE
        if self.job is not None:
            self.job.wait()  # an automatic backup still reading the file finishes first
        if any(job is not self.job for job in background.running_jobs()):
            # An import or export still uses the file: replacing it now could lose that work.
            self.problem.emit(
                "An import or export is still running. Restore the backup once it has finished."
            )
            return None
        try:
            check_archive_file(chosen.path)  # before anything of the current one is touched
        except ArchiveOpenError as exc:
            self.problem.emit(str(exc))
            return None
        if self.archive is not None:
            self.archive.engine.dispose()  # no connection may stay open on the file
        saved: Path | None = None
        try:
            saved = restore_backup(chosen.path, live, self.clock.now())
        except BackupError as exc:
            self.problem.emit(str(exc))
        try:
            archive: Archive | None = Archive(open_archive(live))
        except ArchiveOpenError as exc:
            archive = None
            self.problem.emit(str(exc))
        self.archive = archive
        self._backed_up_version = None
        reopened(archive)
        if saved is not None:
            self.done.emit(
                f"Restored the backup of {_local(chosen)}. The archive as it was is kept as "
                f"{saved.name}: restore that to undo."
            )
        return saved
