"""Bringing back a session cut off by a crash: which to offer, which to close, what was lost.

Plain Python over a small port of the archive, so the whole flow is tested without a display
and without SQLite (``tests/recording/test_recovery_service.py`` uses an in-memory archive).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from cocoach_desktop.domain.ports.sessions import LiveSessionsPort, SessionReviewPort
from cocoach_desktop.domain.records import SessionStatus
from cocoach_desktop.recording.model.recovery import CutOff, cut_off
from cocoach_desktop.recording.model.session_marker import (
    RunningSession,
    read_marker,
    recovery_files_since,
    remove_marker,
)


class UnfinishedSessions(LiveSessionsPort, SessionReviewPort, Protocol):
    """The parts of the archive this service needs: sessions still marked running, closing
    them, and reading one session back."""


@dataclass(frozen=True)
class LostSession:
    """A session the marker says was on record, which the archive no longer holds."""

    marked: RunningSession
    copies: list[Path]  # recovery files written since it began: the text may be there


def abandon(archive: UnfinishedSessions, point: CutOff) -> None:
    """Close a cut-off session as abandoned, with the time each phase really had."""
    cp = point.checkpoint
    archive.finish_session(point.detail.id, cp.wall, cp.actual_seconds, SessionStatus.ABANDONED)


def session_to_offer(archive: UnfinishedSessions, now: datetime) -> CutOff | None:
    """The newest cut-off session that can be resumed, or None. Every other unfinished
    session is closed as abandoned first: only one run can be resumed, and a session with
    no phases has no phase to be in."""
    unfinished = archive.unfinished_sessions()
    unfinished.sort(key=lambda d: d.summary.started or now, reverse=True)
    resumable = [d for d in unfinished if d.phases]
    for detail in unfinished:
        if not detail.phases:
            abandon(archive, cut_off(detail, None, now))
    if not resumable:
        return None
    for detail in resumable[1:]:
        abandon(archive, cut_off(detail, archive.checkpoint(detail.id), now))
    newest = resumable[0]
    return cut_off(newest, archive.checkpoint(newest.id), now)


def find_lost_session(
    marker: Path, archive: UnfinishedSessions, data_dir: Path
) -> LostSession | None:
    """The session the marker names, if the archive lost it (a crash, then a deleted -wal
    file); the marker is then removed, so it is said once. None when nothing was lost, or
    when the archive cannot be read now (the marker stays for the next start)."""
    marked = read_marker(marker)
    if marked is None:
        return None
    try:
        try:
            kept = archive.session(marked.session_id).summary
        except LookupError:
            kept = None
    except Exception:  # the archive cannot be read now: look again at the next start
        return None
    if kept is not None and same_moment(kept.started, marked.started):
        return None  # it is there: finished, or offered back as cut off
    folders = [data_dir, *([marked.recovery_dir] if marked.recovery_dir else [])]
    lost = LostSession(marked, recovery_files_since(folders, marked.started))
    remove_marker(marker)
    return lost


def same_moment(a: datetime | None, b: datetime) -> bool:
    """The same start, as the archive and the marker each wrote it (a naive time is UTC)."""
    if a is None:
        return False
    a, b = (t if t.tzinfo else t.replace(tzinfo=UTC) for t in (a, b))
    return abs((a - b).total_seconds()) < 2
