"""A session started while another program holds the archive: once it lets go, whichever
write makes the session's row first (a count, the timer's log, the recorder's retry), the
session is said to be on record once, and the "could not be recorded" banner goes."""

from __future__ import annotations

from pathlib import Path

import parts
from helpers import LockHolder, fresh_view, settle
from pytestqt.qtbot import QtBot

from cocoach_desktop.domain.records import TallyKind
from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.storage.archive import Archive
from cocoach_desktop.storage.db import ARCHIVE_FILE, open_archive


def test_a_row_made_by_a_later_write_puts_the_session_on_record(
    qtbot: QtBot, data_dir: Path
) -> None:
    # The recording and its tally alone, on an archive whose writes give up on another
    # program's lock after 0.2 s (the app's own wait is longer: the test need not sit it out).
    archive = Archive(open_archive(data_dir / ARCHIVE_FILE, timeout=0.2))
    rec = parts.recording(qtbot, ManualClock(), data_dir, archive, shown=False)
    tally = parts.tally(rec)
    holder = LockHolder(data_dir / ARCHIVE_FILE)
    rec.setup.add_person("Ana")
    rec.controller.toggle()
    settle()  # the recorder's own attempt to make the row fails
    assert "could not be recorded" in rec.window.archive_problem.text()
    holder.release()
    tally.tap(TallyKind.ADVICE)  # its write makes the row first
    settle()
    rec.recorder.retry()  # what the retry timer does 5 s later
    settle()
    sid = rec.recorder.session_id
    assert sid is not None
    assert [m.kind for m in fresh_view(data_dir).tally(sid)] == [TallyKind.ADVICE]
    assert "could not be recorded" not in rec.window.archive_problem.text()
    assert tally.session_id == sid  # sessionOpened was said
    archive.engine.dispose()
