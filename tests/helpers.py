"""Small builders shared by the tests."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from cocoach_desktop.domain.records import NewSession, Participant, PhaseRecord, Role
from cocoach_desktop.platform.qt.writer import ArchiveWriter
from cocoach_desktop.protocols.model.protocols import PhaseTemplate, ProtocolTemplate
from cocoach_desktop.storage.archive import Archive
from cocoach_desktop.storage.db import ARCHIVE_FILE, open_archive

# The writer threads of the apps a test built: what they were handed is on disk before a
# test looks at the disk (see settle).
WRITERS: list[ArchiveWriter] = []


def settle() -> None:
    """Wait for every write the test's apps handed to their writer threads, and deliver the
    outcomes (the session's id, "saved", the closing screen) as the event loop would."""
    for writer in WRITERS:
        assert writer.drain(30), "an archive write took more than 30 s"


def fresh_view(data_dir: Path) -> Archive:
    """A second, independent connection: what is on disk (once the app's writes have
    settled), not what the app remembers."""
    settle()
    return Archive(open_archive(data_dir / ARCHIVE_FILE))


def template(*minutes: float, fixed: tuple[int, ...] = (), tid: str = "test") -> ProtocolTemplate:
    """A protocol with one phase per entry of ``minutes`` (indexes in ``fixed`` are fixed)."""
    phases = tuple(
        PhaseTemplate(
            name=f"Phase {i + 1}",
            minutes=m,
            speaker="{coachee} speaks",
            rule=f"Rule of phase {i + 1}",
            fixed=i in fixed,
        )
        for i, m in enumerate(minutes)
    )
    return ProtocolTemplate(
        id=tid,
        name="Test protocol",
        description="For tests.",
        source="Tests",
        default_minutes=round(sum(minutes)),
        roles=("coachee", "coach"),
        phases=phases,
    )


class LockHolder:
    """Another program (a database browser, ``cocoach import``) holding the write lock."""

    def __init__(self, path: Path) -> None:
        self.con = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        self.con.execute("BEGIN IMMEDIATE")

    def release(self) -> None:
        self.con.execute("ROLLBACK")
        self.con.close()


def codev_session(
    archive: Archive, coachee: str, started: datetime = datetime(2026, 9, 1, 8, 0, tzinfo=UTC)
) -> int:
    """A one-phase session on record with ``coachee`` and a coach (for search tests)."""
    return archive.start_session(
        NewSession(
            "codev",
            "Codevelopment",
            "facilitated",
            600,
            (PhaseRecord(0, "Situation", 600),),
            (Participant(coachee, Role.COACHEE), Participant("Coach", Role.COACH)),
            started=started,
        )
    )
