"""Recovery files: note texts the archive could not take, and the running session's copy."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from cocoach_desktop.platform.files import write_atomically
from cocoach_desktop.platform.formatting import date_and_time
from cocoach_desktop.storage.backup_files import RECOVERY_PREFIX, free_name, plain_error, stamp


def write_recovery_file(
    folder: Path, texts: list[str], now: datetime, *, target: Path | None = None
) -> Path:
    """Save note texts that could not reach the archive as ``recovered-notes-<stamp>.txt``.

    Plain UTF-8, written atomically (temp file, fsync, rename) into ``folder`` (the data
    folder, beside the archive), never overwriting an earlier recovery file, unless
    ``target`` names the file of the same episode to rewrite with the newest texts.
    """
    when = date_and_time(now.astimezone(UTC)) + " UTC"
    if target is None:
        target = free_name(folder, f"{RECOVERY_PREFIX}{stamp(now)}", ".txt")
    header = [f"Notes that could not be saved to the Cocoach archive ({when})."]
    return _write_notes(folder, target, header, texts)


def _write_notes(folder: Path, target: Path, header: list[str], texts: list[str]) -> Path:
    """``texts`` as numbered notes under ``header``, written atomically to ``target``."""
    parts = [*header, ""]
    for number, text in enumerate(texts, start=1):
        parts += [f"----- Note {number} of {len(texts)} -----", text.rstrip("\n"), ""]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_atomically(target, "\n".join(parts).encode("utf-8"))
    except OSError as exc:
        raise plain_error(exc, target, "write") from exc
    return target


def session_copy_path(folder: Path, session_id: int) -> Path:
    """Where the running session's notes are copied beside the archive (see below)."""
    return folder / f"{RECOVERY_PREFIX}session-{session_id}.txt"


def write_session_copy(folder: Path, session_id: int, started: datetime, texts: list[str]) -> Path:
    """A copy of the running session's notes, rewritten (atomically) as each is saved.

    The archive holds them too; this copy is for the day the archive loses them (its
    ``-wal`` file deleted after a crash). It is removed once the session ends and is saved.
    """
    when = date_and_time(started.astimezone(UTC)) + " UTC"
    header = [
        f"Notes of the Cocoach session started {when}, copied here as they were saved.",
        "This copy is removed when the session ends; the archive keeps them.",
    ]
    return _write_notes(folder, session_copy_path(folder, session_id), header, texts)
