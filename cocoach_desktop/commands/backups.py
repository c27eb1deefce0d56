"""``cocoach backup``: back up now, list the backups, restore one, set a damaged archive aside."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from cocoach_desktop.commands.common import (
    SET_ASIDE_COMMAND,
    CommandError,
    live_path,
    now_utc,
)
from cocoach_desktop.platform.formatting import date_and_time

if TYPE_CHECKING:  # SQLAlchemy loads only for the commands that open the archive
    from cocoach_desktop.platform.qt.single_instance import SingleInstance
    from cocoach_desktop.storage.archive import Archive


def back_up(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
    from cocoach_desktop.storage.backup import backups_folder, make_backup

    if args.list:
        return list_backups_of(live_path(), out)
    path = make_backup(archive.engine, backups_folder(live_path()), now_utc())
    print(f"Backed up to {path}", file=out)
    return 0


def list_backups_of(live: Path, out: TextIO) -> int:
    from cocoach_desktop.storage.backup import backups_folder, list_backups

    folder = backups_folder(live)
    backups = list_backups(folder)
    if not backups:
        print(f"No backups yet in {folder}.", file=out)
    for b in backups:
        when = date_and_time(b.taken.astimezone())
        print(f"{when}  {b.size // 1024:>7} KB  {b.path}", file=out)
    return 0


def _claim(lock: SingleInstance) -> None:
    """Take the archive folder's lock, or say why not: the app has it, or the folder cannot
    be written (a read-only folder is not an open app)."""
    from cocoach_desktop.platform.qt.single_instance import Ownership

    claim = lock.claim(listen=False)
    if claim.ownership is Ownership.HELD:
        raise CommandError("close the Cocoach app first: it has this archive open")
    if not claim.owned:
        raise CommandError(
            f"the archive's folder {lock.data_dir} cannot be written: {claim.reason}"
        )


def restore(backup: Path, out: TextIO) -> int:
    # Only with the app closed: it holds the archive's lock while it runs.
    from cocoach_desktop.platform.qt.single_instance import SingleInstance
    from cocoach_desktop.storage.archive import Archive
    from cocoach_desktop.storage.backup import LiveDamagedError, restore_backup
    from cocoach_desktop.storage.db import (
        ArchiveDamagedError,
        ArchiveOpenError,
        check_archive_file,
        open_archive,
    )

    live = live_path()
    lock = SingleInstance(live.parent)
    _claim(lock)
    try:
        if not backup.is_file():
            raise CommandError(f"there is no backup file {backup}")
        try:
            check_archive_file(backup)  # another database must never replace the archive
        except ArchiveOpenError as exc:
            # About the backup, not the archive in use (whose advice would not fit).
            from cocoach_desktop.platform.problem_words import english

            problem = english(exc, advice=False) if isinstance(exc, ArchiveDamagedError) else exc
            raise CommandError(f"the backup {backup.name} cannot be restored: {problem}") from exc
        try:
            saved = restore_backup(backup, live, now_utc())
        except LiveDamagedError as exc:
            raise CommandError(
                f"{exc} Run `{SET_ASIDE_COMMAND}` first (the damaged archive is kept), "
                "then restore again."
            ) from exc
        Archive(open_archive(live)).engine.dispose()  # it opens and migrates: it is usable
    finally:
        lock.release()
    print(f"Restored {backup}.", file=out)
    if saved is not None:
        print(f"The archive as it was is kept as {saved}: restore that to undo.", file=out)
    return 0


def set_aside(out: TextIO) -> int:
    """Rename a damaged archive aside, with its companions, as the app does; never a good one."""
    from cocoach_desktop.platform.qt.single_instance import SingleInstance
    from cocoach_desktop.storage.backup import (
        SIDECARS,
        backups_folder,
        newest_good_backup,
        set_aside_damaged,
    )
    from cocoach_desktop.storage.db import ArchiveDamagedError, check_archive_file

    live = live_path()
    lock = SingleInstance(live.parent)
    _claim(lock)
    try:
        if not live.exists():
            print(f"There is no archive in {live.parent}, so nothing was set aside.", file=out)
            return 0
        try:
            check_archive_file(live)  # only reads it
        except ArchiveDamagedError:
            pass  # damaged: set it aside
        else:
            raise CommandError(
                f"the archive {live} is not damaged, so it was not set aside. To go back to a "
                "backup, use --restore FILE (the archive as it is is saved first)."
            )
        # A busy or unreadable archive is not damaged: check_archive_file raised that above.
        companions = [s for s in SIDECARS if Path(f"{live}{s}").exists()]
        aside = set_aside_damaged(live)
    finally:
        lock.release()
    plural = "s" if len(companions) > 1 else ""
    also = f" (its {' and '.join(companions)} file{plural} went with it)" if companions else ""
    print(f"The damaged archive was renamed to {aside}{also}; it is kept.", file=out)
    backup = newest_good_backup(backups_folder(live))
    if backup is None:
        print(
            "There is no good backup to restore: the next start of Cocoach begins a new, "
            "empty archive.",
            file=out,
        )
    else:
        when = date_and_time(backup.taken.astimezone())
        print(
            f"To restore the newest good backup, of {when}: cocoach backup --restore {backup.path}",
            file=out,
        )
    return 0
