"""The recovery flow's use cases without a display or SQLite: an in-memory archive stands in
for storage, and a fake view answers for the facilitator."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cocoach_desktop.domain.records import (
    Checkpoint,
    PhaseRecord,
    SessionDetail,
    SessionStatus,
    SessionSummary,
)
from cocoach_desktop.recording.model.recovery import CutOff
from cocoach_desktop.recording.model.session_marker import (
    MARKER_FILE,
    RunningSession,
    write_marker,
)
from cocoach_desktop.recording.services.recovery_service import (
    UnfinishedSessions,
    abandon,
    find_lost_session,
    session_to_offer,
)

NOW = datetime(2026, 3, 2, 16, 0, tzinfo=UTC)


def _detail(session_id: int, started: datetime, phases: int = 2) -> SessionDetail:
    summary = SessionSummary(
        id=session_id,
        started=started,
        ended=None,
        status=SessionStatus.RUNNING,
        protocol_id="quality-first",
        protocol_name="Quality first",
        mode="one",
        planned_seconds=600 * phases,
        actual_seconds=0.0,
    )
    return SessionDetail(
        summary, phases=tuple(PhaseRecord(i, f"Phase {i}", 600.0) for i in range(phases))
    )


class MemoryArchive:
    """Sessions in a dict: the port the service needs, nothing more."""

    def __init__(self, *details: SessionDetail) -> None:
        self.details = {d.id: d for d in details}
        self.checkpoints: dict[int, Checkpoint] = {}
        self.finished: dict[int, tuple[datetime, tuple[float, ...], SessionStatus]] = {}
        self.readable = True

    def unfinished_sessions(self) -> list[SessionDetail]:
        return [d for i, d in self.details.items() if i not in self.finished]

    def checkpoint(self, session_id: int) -> Checkpoint | None:
        return self.checkpoints.get(session_id)

    def session(self, session_id: int) -> SessionDetail:
        if not self.readable:
            raise OSError("disk I/O error")
        try:
            return self.details[session_id]
        except KeyError:
            raise LookupError(session_id) from None

    def finish_session(
        self,
        session_id: int,
        ended: datetime,
        actual_seconds: Sequence[float],
        status: SessionStatus = SessionStatus.FINISHED,
    ) -> None:
        self.finished[session_id] = (ended, tuple(actual_seconds), status)


def test_the_memory_archive_is_what_the_service_asks_for() -> None:
    archive: UnfinishedSessions = MemoryArchive()  # mypy would refuse a wrong fake
    assert archive.unfinished_sessions() == []


def test_the_newest_session_is_offered_and_the_older_ones_are_closed_as_left() -> None:
    old = _detail(1, NOW - timedelta(days=7))
    empty = _detail(2, NOW - timedelta(hours=2), phases=0)
    newest = _detail(3, NOW - timedelta(minutes=30))
    archive = MemoryArchive(old, newest, empty)
    archive.checkpoints[3] = Checkpoint(
        1, True, 50.0, NOW - timedelta(minutes=5), (600.0, 90.0), (600.0, 600.0)
    )

    point = session_to_offer(archive, NOW)

    assert point is not None and point.detail.id == 3
    assert point.checkpoint.phase_index == 1
    assert point.away_seconds == 300.0  # from the checkpoint's wall time to now
    assert {i: f[2] for i, f in archive.finished.items()} == {
        1: SessionStatus.ABANDONED,
        2: SessionStatus.ABANDONED,  # no phases: nothing to resume
    }
    assert 3 not in archive.finished  # it waits for the facilitator's answer


def test_nothing_unfinished_offers_nothing() -> None:
    assert session_to_offer(MemoryArchive(), NOW) is None


def test_abandoning_keeps_the_time_each_phase_had() -> None:
    detail = _detail(5, NOW - timedelta(minutes=40))
    archive = MemoryArchive(detail)
    cp = Checkpoint(1, False, 10.0, NOW - timedelta(minutes=1), (610.0, 42.0), (600.0, 600.0))
    abandon(archive, CutOff(detail, cp, 60.0))
    assert archive.finished[5] == (cp.wall, (610.0, 42.0), SessionStatus.ABANDONED)


def test_a_session_the_archive_no_longer_holds_is_lost_and_said_once(tmp_path: Path) -> None:
    marker = tmp_path / MARKER_FILE
    started = NOW - timedelta(minutes=20)
    write_marker(marker, RunningSession(9, started, "Quality first"))
    copy = tmp_path / "recovered-notes-session-9.txt"
    copy.write_text("what was typed", encoding="utf-8")

    lost = find_lost_session(marker, MemoryArchive(), tmp_path)

    assert lost is not None and lost.marked.session_id == 9
    assert copy in lost.copies  # the facilitator is told where the words are
    assert not marker.exists()
    assert find_lost_session(marker, MemoryArchive(), tmp_path) is None  # said once


def test_a_session_still_in_the_archive_is_not_lost(tmp_path: Path) -> None:
    marker = tmp_path / MARKER_FILE
    started = NOW - timedelta(minutes=20)
    write_marker(marker, RunningSession(9, started))
    assert find_lost_session(marker, MemoryArchive(_detail(9, started)), tmp_path) is None


def test_another_session_under_the_same_number_is_the_lost_one(tmp_path: Path) -> None:
    """After a lost -wal the next session may take the lost one's number: the start time tells
    them apart."""
    marker = tmp_path / MARKER_FILE
    write_marker(marker, RunningSession(9, NOW - timedelta(hours=3)))
    archive = MemoryArchive(_detail(9, NOW - timedelta(minutes=5)))
    assert find_lost_session(marker, archive, tmp_path) is not None


def test_an_archive_that_cannot_be_read_keeps_the_marker_for_next_time(tmp_path: Path) -> None:
    marker = tmp_path / MARKER_FILE
    write_marker(marker, RunningSession(9, NOW))
    archive = MemoryArchive()
    archive.readable = False
    assert find_lost_session(marker, archive, tmp_path) is None
    assert marker.exists()
