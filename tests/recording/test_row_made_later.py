"""A session started while another program holds the archive: once it lets go, whichever
write makes the session's row first (a count, the timer's log, the recorder's retry), the
session is said to be on record once, and the "could not be recorded" banner goes."""

from __future__ import annotations

from helpers import LockHolder, fresh_view, settle

from cocoach_desktop.domain.records import TallyKind
from cocoach_desktop.storage.db import ARCHIVE_FILE


def test_a_row_made_by_a_later_write_puts_the_session_on_record(app, data_dir) -> None:
    cocoach, _clock = app
    holder = LockHolder(data_dir / ARCHIVE_FILE)
    cocoach.setup.add_person("Ana")
    cocoach.controller.toggle()
    settle()  # the recorder's own attempt to make the row fails
    holder.release()
    cocoach.tally.tap(TallyKind.ADVICE)  # its write makes the row first
    settle()
    cocoach.recorder.retry()  # what the retry timer does 5 s later
    settle()
    sid = cocoach.recorder.session_id
    assert sid is not None
    assert [m.kind for m in fresh_view(data_dir).tally(sid)] == [TallyKind.ADVICE]
    assert "could not be recorded" not in cocoach.window.archive_problem.text()
    assert cocoach.tally.session_id == sid  # sessionOpened was said
