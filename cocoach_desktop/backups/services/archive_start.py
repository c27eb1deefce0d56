"""Opening the archive safely at start-up: a damaged one set aside, a set-aside one offered back.

Plain Python over the port of the archive's files (``domain/ports/backups.py``); ``ask``
puts a yes/no question to the user.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Final

from cocoach_desktop.backups.model.choices import described
from cocoach_desktop.domain.archive_files import ArchiveDamagedError, ArchiveOpenError, BackupError
from cocoach_desktop.domain.ports.backups import A, BackupFilesPort
from cocoach_desktop.platform.clock import Clock
from cocoach_desktop.platform.problem_words import say
from cocoach_desktop.platform.problems import CodedError, ErrorCode
from cocoach_desktop.platform.wording import _tr

Ask = Callable[[str, str], bool]

TR_CONTEXT: Final = "Problems"  # tools/update_translations.py files these texts there


def _nothing_saved() -> str:
    return _tr("The timer works, but nothing is saved until then.")


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
        return None, _tr(
            "{problem} The timer works, but nothing will be saved until this is solved."
        ).format(problem=say(exc))
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
        return None, _tr(
            "{damaged} There is no good backup to restore, so the file was left untouched. "
            "To start a new archive and keep this file, rename it or move it out of "
            "{folder}, then start Cocoach again. {nothing_saved}"
        ).format(damaged=damaged, folder=live.parent, nothing_saved=_nothing_saved())
    if backup is None:
        # Nothing to restore, and an empty file holds nothing: offer a fresh start, keeping it.
        question = _tr(
            "{damaged}\n\nThere is no backup to restore. Set the empty file aside (it is "
            "kept, renamed .damaged) and start a new, empty archive?"
        ).format(damaged=damaged)
        declined = _tr("A new archive is offered again at the next start.")
    else:
        question = _tr(
            "{damaged}\n\nSet the damaged file aside (it is kept, renamed .damaged) and "
            "restore the backup of {backup}? Anything written after that backup is "
            "only in the damaged file."
        ).format(damaged=damaged, backup=described(backup))
        declined = _tr("The backup is offered again at the next start.")
    if not ask(_tr("The archive is damaged"), question):
        return None, _tr("{damaged} It was left untouched. {declined} {nothing_saved}").format(
            damaged=damaged, declined=declined, nothing_saved=_nothing_saved()
        )
    try:
        aside = files.set_aside_damaged()
    except BackupError as exc:
        # Says which file could not be renamed, and why.
        return None, _tr(
            "{problem} The damaged archive was left untouched. Solve that and start Cocoach "
            "again. {nothing_saved}"
        ).format(problem=say(exc), nothing_saved=_nothing_saved())
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
            kept = _tr("The damaged archive was put back under its own name.")
        except BackupError:
            kept = _tr("The damaged archive is kept as {name}.").format(name=aside.name)
        what = _tr("The backup was not restored.") if backup else _tr("No new archive was started.")
        reason, step = _reason(exc)
        return None, " ".join(p for p in (what, reason, kept, step, _nothing_saved()) if p)
    if backup is None:
        return archive, _tr(
            "The empty archive file was set aside as {name}; a new archive was started."
        ).format(name=aside.name)
    return archive, _tr(
        "The damaged archive was set aside as {name}; the backup of {backup} was restored."
    ).format(name=aside.name, backup=described(backup))


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
    return reason, _tr("Solve that and start Cocoach again.")


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
    question = _tr(
        "An archive set aside earlier, {name}, holds {count} sessions; the archive "
        "in use holds {current}. Put the set-aside archive back in use? The archive in use "
        "is kept, renamed, not deleted."
    ).format(name=candidate.name, count=count, current=current)
    if not ask(_tr("An earlier archive holds more"), question):
        return archive, _tr(
            "{name} in {folder} holds more sessions than the archive in use; "
            "it is offered again at the next start."
        ).format(name=candidate.name, folder=live.parent)
    files.close(archive)
    try:
        moved = files.put_back(candidate, clock.now())
    except BackupError as exc:
        try:
            return files.open_archive(), _tr(
                "The set-aside archive was not put back: {problem}"
            ).format(problem=say(exc))
        except ArchiveOpenError as again:
            return None, say(again)
    try:
        reopened = files.open_archive()
    except ArchiveOpenError as exc:
        return None, _tr("{name} was put back but could not be opened: {problem}").format(
            name=candidate.name, problem=say(exc)
        )
    put_back = _tr("{name} was put back in use ({count} sessions).").format(
        name=candidate.name, count=count
    )
    if moved:
        kept = _tr("The archive that was in use is kept as {name}.").format(name=moved.name)
        return reopened, f"{put_back} {kept}"
    return reopened, put_back
