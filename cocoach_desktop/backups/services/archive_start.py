"""Opening the archive safely at start-up: a damaged one set aside, a set-aside one offered back.

Plain Python over the port of the archive's files (``domain/ports/backups.py``); ``ask``
puts a yes/no question to the user.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from cocoach_desktop.backups.model.choices import described
from cocoach_desktop.domain.archive_files import ArchiveDamagedError, ArchiveOpenError, BackupError
from cocoach_desktop.domain.ports.backups import A, BackupFilesPort
from cocoach_desktop.platform.clock import Clock
from cocoach_desktop.platform.problem_words import say
from cocoach_desktop.platform.problems import CodedError, ErrorCode

Ask = Callable[[str, str], bool]

NOTHING_SAVED = "The timer works, but nothing is saved until then."


def open_archive_safely(files: BackupFilesPort[A], ask: Ask, clock: Clock) -> tuple[A | None, str]:
    """The archive, or None and a message in plain words saying why not.

    A damaged file (including an empty one, left by a failed copy or sync) is never
    overwritten or deleted: with the user's agreement (``ask``) it is renamed aside
    (``.damaged``) and the newest good backup is put in its place. A full disk or a read
    error is not damage: it is reported and nothing on disk is changed. Once the archive is
    open, any set-aside archive holding more sessions than it is offered back
    (``offer_set_aside``).
    """
    archive: A | None
    try:
        archive = files.open_archive()
        message = ""
    except ArchiveDamagedError as exc:
        # Only what is wrong with the file: what happens next is said here, once.
        archive, message = _replace_damaged(files, say(exc, advice=False), ask, clock)
    except ArchiveOpenError as exc:
        # Busy, read-only, a full disk, a read error: nothing is touched, so nothing is lost.
        return None, f"{say(exc)} The timer works, but nothing will be saved until this is solved."
    if archive is None:
        return None, message
    archive, offered = offer_set_aside(files, archive, ask, clock)
    return archive, " ".join(m for m in (message, offered) if m)


def _replace_damaged(
    files: BackupFilesPort[A], damaged: str, ask: Ask, clock: Clock
) -> tuple[A | None, str]:
    """Offer to set the damaged archive aside and restore the newest good backup.

    ``damaged`` says only what is wrong with the file; every message and question here
    says once what was done with it and what the user can do next.
    """
    live = files.live
    backup = files.newest_good_backup()
    empty = files.is_empty()
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
            f"restore the backup of {described(backup)}? Anything written after that backup is "
            "only in the damaged file."
        )
        declined = "The backup is offered again at the next start."
    if not ask("The archive is damaged", question):
        return None, f"{damaged} It was left untouched. {declined} {NOTHING_SAVED}"
    try:
        aside = files.set_aside_damaged()
    except BackupError as exc:
        # Says which file could not be renamed, and why.
        return None, (
            f"{say(exc)} The damaged archive was left untouched. Solve that and start Cocoach "
            f"again. {NOTHING_SAVED}"
        )
    try:
        if backup is not None:
            files.restore_backup(backup.path, backup.taken)
        archive = files.open_archive()
    except (BackupError, ArchiveOpenError, OSError) as exc:
        # Put everything back as it was: the restored copy (if any) is removed (the backup
        # still exists), and the set-aside file returns under its own name.
        files.remove_live()
        try:
            files.put_back(aside, backup.taken if backup else clock.now())
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
        f"The damaged archive was set aside as {aside.name}; the backup of {described(backup)} "
        "was restored."
    )


def _reason(exc: Exception) -> tuple[str, str]:
    """Why ``exc`` happened, and the next step unless it says that already."""
    reason = say(exc, advice=not isinstance(exc, ArchiveDamagedError))
    # e.g. a full disk: "Free some space and start Cocoach again"
    says_next_step = (
        exc.code in (ErrorCode.ARCHIVE_DISK_FULL, ErrorCode.ARCHIVE_IO_ERROR)
        if isinstance(exc, CodedError)
        else "Cocoach again" in reason
    )
    if says_next_step:
        return reason, ""
    return reason, "Solve that and start Cocoach again."


def offer_set_aside(
    files: BackupFilesPort[A], archive: A, ask: Ask, clock: Clock
) -> tuple[A | None, str]:
    """Offer back the set-aside archive (``.damaged``, ...) holding the most sessions, if it
    holds more than the archive in use and passes its integrity check.

    Asked at every start until answered yes. The archive in use is then set aside itself
    (renamed ``.set-aside-<stamp>``, never deleted) and the chosen one opened in its place.
    Returns the archive to use (the new one, or ``archive`` unchanged) and a message.
    """
    live = files.live
    try:
        current = archive.count_sessions()
    except Exception:
        return archive, ""
    best: tuple[int, Path] | None = None
    for candidate in files.set_aside_candidates():
        count = files.count_sessions(candidate)
        bigger = count is not None and count > current and (best is None or count > best[0])
        if bigger and count is not None and files.verify(candidate) is None:
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
    files.close(archive)
    try:
        moved = files.put_back(candidate, clock.now())
    except BackupError as exc:
        try:
            return files.open_archive(), f"The set-aside archive was not put back: {say(exc)}"
        except ArchiveOpenError as again:
            return None, say(again)
    try:
        reopened = files.open_archive()
    except ArchiveOpenError as exc:
        return None, f"{candidate.name} was put back but could not be opened: {say(exc)}"
    kept = f" The archive that was in use is kept as {moved.name}." if moved else ""
    return reopened, f"{candidate.name} was put back in use ({count} sessions).{kept}"
