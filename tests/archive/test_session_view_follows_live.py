"""The archive's view of a session follows that session while it is being recorded: a note,
a commitment or a count the live session writes shows at once, and what was typed but not
saved in the view stays."""

from __future__ import annotations

from datetime import UTC, datetime

from archive_fixtures import open_filled
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from cocoach_desktop.archive.qt.session_view import SessionView
from cocoach_desktop.domain.records import TallyKind, Visibility
from cocoach_desktop.notes.services.session_notes import SessionNotes
from cocoach_desktop.platform.changes import Change, ChangeFeed, ChangeKind

NOW = datetime(2026, 9, 1, 12, 0, tzinfo=UTC)


def test_what_the_live_session_writes_shows_in_its_open_view(qtbot: QtBot, tmp_path) -> None:
    archive = open_filled(tmp_path / "c.sqlite3", 3)
    feed = ChangeFeed()  # the app's one feed: the live session's writes are said on it
    shown, other = (s.id for s in archive.list_sessions(limit=2))
    view = SessionView(archive, QUndoStack(), lambda: NOW, UTC, feed=feed)
    qtbot.addWidget(view)
    view.set_detail(archive.session(shown))
    view.show()
    before = len(view.note_editors)
    view.note_editors[0].text_edit.setPlainText("typed here, not saved yet")
    notes = SessionNotes(archive, feed)

    notes.write_note(shown, None, "Ana will ask the head of year", Visibility.PRIVATE, NOW)

    texts = [e.text_edit.toPlainText() for e in view.note_editors]
    assert len(texts) == before + 1 and "Ana will ask the head of year" in texts
    assert texts[0] == "typed here, not saved yet"  # the unsaved words stay
    notes.write_commitment(shown, "Ana", "Observe a Year 9 lesson", NOW, None)
    assert "Observe a Year 9 lesson" in [e.text_edit.text() for e in view.commitment_editors]

    counts_before = view.tally_label.text()
    archive.add_tally(shown, TallyKind.ADVICE, 60.0, 0)
    feed.publish(Change("tally", ChangeKind.ADDED, 1, shown))  # as the tally service says it
    assert view.tally_label.text() != counts_before

    # Another session's note leaves this view as it is.
    editors = view.note_editors
    notes.write_note(other, None, "Somebody else's note", Visibility.PRIVATE, NOW)
    assert view.note_editors is editors
    archive.engine.dispose()


def test_one_open_question_is_said_as_one(tmp_path) -> None:
    from dataclasses import replace

    from cocoach_desktop.archive.qt.session_sections import tally_text
    from cocoach_desktop.domain.records import TallyMark

    archive = open_filled(tmp_path / "c.sqlite3", 1)
    d = archive.session(archive.list_sessions(limit=1)[0].id)
    marks = (TallyMark(1, d.id, TallyKind.OPEN), TallyMark(2, d.id, TallyKind.ADVICE))
    assert tally_text(replace(d, tally=marks)).startswith("1 open question, 0 closed, 1 advice")
    marks += (TallyMark(3, d.id, TallyKind.OPEN),)
    assert tally_text(replace(d, tally=marks)).startswith("2 open questions, 0 closed")
    archive.engine.dispose()


def test_an_open_archive_lists_the_session_that_starts_and_shows_its_end(
    qtbot: QtBot, data_dir, archive
) -> None:
    """The archive window open while a session starts: the session is listed once its row
    is made, and its length shows once it has ended (nothing else wrote in between)."""
    import parts
    from helpers import settle

    from cocoach_desktop.archive.qt.archive_model import COL_DURATION
    from cocoach_desktop.archive.qt.archive_window import ArchiveWindow
    from cocoach_desktop.platform.clock import ManualClock

    clock = ManualClock()
    rec = parts.recording(qtbot, clock, data_dir, archive, shown=False)
    window = ArchiveWindow(archive, now=clock.now, tz=UTC, feed=rec.feed)
    qtbot.addWidget(window)
    window.show()
    assert window.model.total == 0
    rec.setup.add_person("Ana")
    rec.controller.toggle()
    settle()
    assert window.model.total == 1
    clock.advance(90)
    rec.controller.finish()
    settle()
    assert window.model.index(0, COL_DURATION).data() == "1:30"
