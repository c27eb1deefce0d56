"""Archives set aside beside the one in use: renamed with their companions, put back, removed."""

from __future__ import annotations

import contextlib
import os
from datetime import datetime
from pathlib import Path

from cocoach_desktop.platform.files import fsync_folder
from cocoach_desktop.platform.problems import ErrorCode
from cocoach_desktop.storage.backup_files import (
    DAMAGED_SUFFIX,
    SET_ASIDE_SUFFIX,
    SIDECARS,
    BackupError,
    plain_error,
    stamp,
)


def _move_with_companions(old_main: Path, new_main: Path) -> None:
    """Rename ``old_main`` and its ``-wal``/``-shm``/``-journal`` to ``new_main``; all or none."""
    present = [s for s in SIDECARS if Path(f"{old_main}{s}").exists()]
    # Companions first: a -wal left behind under the old name could be replayed into another
    # database created there; a main file left behind without its -wal is merely incomplete.
    moves = [(Path(f"{old_main}{s}"), Path(f"{new_main}{s}")) for s in present]
    moves.append((old_main, new_main))
    done: list[tuple[Path, Path]] = []
    try:
        for old, new in moves:
            os.rename(old, new)
            done.append((old, new))
    except OSError:
        for old, new in reversed(done):  # put back what moved, so the set stays together
            with contextlib.suppress(OSError):
                os.rename(new, old)
        raise


def _taken_with_companions(candidate: Path) -> bool:
    return candidate.exists() or any(Path(f"{candidate}{s}").exists() for s in SIDECARS)


def _free_companion_name(live: Path, tail: str) -> Path:
    """``<name><tail>`` beside ``live`` (or ``-2``, ``-3``, ...): taken by no file nor companion."""
    target = live.with_name(f"{live.name}{tail}")
    number = 2
    while _taken_with_companions(target):
        target = live.with_name(f"{live.name}{tail}-{number}")
        number += 1
    return target


def remove_with_companions(main: Path) -> None:
    """Delete ``main`` and its ``-wal``/``-shm``/``-journal`` (those that exist)."""
    for path in (main, *(Path(f"{main}{s}") for s in SIDECARS)):
        path.unlink(missing_ok=True)


def set_aside_candidates(live: Path) -> list[Path]:
    """Archives set aside beside ``live`` (``.damaged*``, ``.set-aside-*``, pre-migration
    copies): every ``<name>.*`` file in its folder except SQLite's own companion files."""
    try:
        entries = list(live.parent.iterdir())
    except OSError:
        return []
    found = []
    for entry in entries:
        name = entry.name
        if not name.startswith(f"{live.name}.") or name.endswith(SIDECARS):
            continue
        with contextlib.suppress(OSError):
            if entry.is_file():
                found.append(entry)
    return sorted(found)


def put_back(aside: Path, live: Path, now: datetime) -> Path | None:
    """Put the set-aside archive ``aside`` back as ``live``; return where ``live`` went.

    The archive in use (if any) is never deleted: it is renamed first, with its companions,
    to ``<name>.set-aside-<UTC stamp>``. Every connection to ``live`` must be closed first.
    If the second rename fails, the first is undone.
    """
    moved: Path | None = None
    try:
        if live.exists():
            moved = _free_companion_name(live, f"{SET_ASIDE_SUFFIX}{stamp(now)}")
            _move_with_companions(live, moved)
        try:
            _move_with_companions(aside, live)
        except OSError:
            if moved is not None:
                with contextlib.suppress(OSError):
                    _move_with_companions(moved, live)
            raise
    except OSError as exc:
        raise plain_error(exc, aside, "put-back") from exc
    fsync_folder(live.parent)
    return moved


def set_aside_damaged(live: Path) -> Path:
    """Rename a damaged ``live`` file (and its ``-wal``/``-shm``/``-journal``) aside.

    It becomes ``<name>.damaged`` (or ``.damaged-2``, ...; never overwriting an earlier one),
    its companions following under the same new name so SQLite would still pair them. Nothing
    is deleted. Returns the new path of the main file.
    """
    if not live.exists():
        raise BackupError(ErrorCode.NOTHING_TO_SET_ASIDE, "set-aside", path=live)
    target = _free_companion_name(live, DAMAGED_SUFFIX)
    try:
        _move_with_companions(live, target)
    except OSError as exc:
        raise plain_error(exc, live, "set-aside") from exc
    fsync_folder(live.parent)
    return target
