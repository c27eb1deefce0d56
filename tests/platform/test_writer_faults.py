"""What the facilitator typed is never lost or misfiled when the archive's writes fail: kept
in memory and in one recovery file, tried again, rescued at quitting, never written into
another archive file.

The recording, the tally, the topics and the question bank are each built alone over the
real writer thread and a real archive file (``tests/parts.py``); quitting and a restored
archive file stay on the whole app, whose composition root does them."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import parts
import pytest
from helpers import LockHolder as Holder
from helpers import fresh_view, settle
from pytestqt.qtbot import QtBot

import cocoach_desktop.app as app_module
from cocoach_desktop.app import CocoachApp
from cocoach_desktop.domain.records import NewSession, SessionStatus, TallyKind
from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.shell.qt.facilitator_window import FacilitatorWindow
from cocoach_desktop.storage.archive import Archive
from cocoach_desktop.storage.db import ARCHIVE_FILE, open_archive


def shown(window: FacilitatorWindow) -> str:
    banner = window.archive_problem
    return banner.text() if banner.isVisibleTo(window) else ""


def recovered(data_dir: Path) -> list[str]:
    """The texts of the recovery files of failed writes (not the running session's copy)."""
    return [
        p.read_text(encoding="utf-8")
        for p in sorted(data_dir.glob("recovered-notes-*.txt"))
        if "-session-" not in p.name
    ]


def hasty_archive(data_dir: Path) -> Archive:
    """The archive file, whose writes give up on another program's lock after 0.2 s."""
    return Archive(open_archive(data_dir / ARCHIVE_FILE, timeout=0.2))


@pytest.fixture
def hasty_app(qtbot: QtBot, data_dir: Path) -> Iterator[CocoachApp]:
    """An app whose writes give up on another program's lock after 0.2 s, mid-session."""
    cocoach = CocoachApp(ManualClock(), data_dir, hasty_archive(data_dir))
    qtbot.addWidget(cocoach.window)
    cocoach.window.confirm = lambda title, text: True  # type: ignore[method-assign]
    for name in ("Ana", "Ben"):
        cocoach.setup.add_person(name)
    cocoach.controller.toggle()
    settle()
    yield cocoach
    cocoach.close()


def start(rec: parts.Recording) -> parts.Recording:
    for name in ("Ana", "Ben"):
        rec.setup.add_person(name)
    rec.controller.toggle()
    settle()
    return rec


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def unstarted(qtbot: QtBot, clock: ManualClock, data_dir: Path) -> parts.Recording:
    """The recording alone over the real writer and a hasty archive, not started yet (and,
    as nothing on screen is looked at, not shown)."""
    return parts.recording(qtbot, clock, data_dir, hasty_archive(data_dir), shown=False)


@pytest.fixture
def hasty(unstarted: parts.Recording) -> parts.Recording:
    """The recording alone, mid-session, over the real writer and a hasty archive."""
    return start(unstarted)


def file(rec: parts.Recording, text: str) -> None:
    rec.window.notes.editor.setPlainText(text)
    rec.recorder.file_note()


def file_in(cocoach: CocoachApp, text: str) -> None:
    cocoach.window.notes.editor.setPlainText(text)
    cocoach.recorder.file_note()


def test_quitting_while_the_archive_stays_held_puts_every_note_in_a_recovery_file(
    hasty_app: CocoachApp, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Whole app: quitting (flush, retry, the writer's wait, the rescue) is the root's close.
    monkeypatch.setattr(app_module, "CLOSING_WAIT_SECONDS", 0.3)  # shorter than the queue
    holder = Holder(data_dir / ARCHIVE_FILE)
    try:
        for text in ("Note A: Ana's goal", "Note B: Ben's question"):
            file_in(hasty_app, text)
        hasty_app.window.notes.editor.setPlainText("Note C: typed just before quitting")
        hasty_app.close()
        everything = "\n".join(recovered(data_dir))
        for text in ("Note A", "Note B", "Note C"):
            assert text in everything
    finally:
        hasty_app.writer.drain(30)
        holder.release()


def test_quitting_tries_failed_notes_once_more(hasty_app: CocoachApp, data_dir: Path) -> None:
    # Whole app: the one more try is the composition root's close.
    holder = Holder(data_dir / ARCHIVE_FILE)
    file_in(hasty_app, "Important thought about Ana")
    settle()
    assert "could not be saved" in shown(hasty_app.window)
    holder.release()
    hasty_app.close()  # before the retry timer: the note goes to the archive even so
    [summary] = fresh_view(data_dir).list_sessions()
    assert [n.text for n in fresh_view(data_dir).session(summary.id).notes] == [
        "Important thought about Ana"
    ]


def test_one_recovery_file_holds_the_newest_text_of_a_note_that_keeps_failing(
    hasty: parts.Recording, data_dir: Path
) -> None:
    holder = Holder(data_dir / ARCHIVE_FILE)
    try:
        editor = hasty.window.notes.editor
        for words in ("Ana wants", " the class", " to own the rules"):
            editor.insertPlainText(words)  # autosaves every couple of seconds, each failing
            hasty.recorder.flush()
            settle()
        [text] = recovered(data_dir)
        assert "Note 1 of 1" in text and "Ana wants the class to own the rules" in text
        assert hasty.recorder.unsaved == ["Ana wants the class to own the rules"]
    finally:
        holder.release()


def test_a_refused_note_on_screen_keeps_its_banner_when_another_is_saved(
    qtbot: QtBot, clock: ManualClock, data_dir: Path
) -> None:
    # A patient archive: note A waits behind the lock however long typing takes on screen.
    patient = Archive(open_archive(data_dir / ARCHIVE_FILE, timeout=30))
    hasty = start(parts.recording(qtbot, clock, data_dir, patient, shown=False))
    holder = Holder(data_dir / ARCHIVE_FILE)
    file(hasty, "Note A")  # waits behind the lock
    hasty.window.notes.editor.setPlainText("x" * 200_010)
    assert not hasty.recorder.flush()  # refused: too long
    holder.release()
    settle()  # note A is written now
    assert "could not be saved" in shown(hasty.window)
    assert hasty.window.notes.status.text() == "Not saved"
    assert hasty.recorder.unsaved == ["x" * 200_010]


def test_every_commitment_that_failed_is_kept_and_written_later(
    hasty: parts.Recording, data_dir: Path
) -> None:
    holder = Holder(data_dir / ARCHIVE_FILE)
    for text in ("Ana will try the rota on Monday", "Ana will ask Ben for feedback"):
        hasty.recorder.add_commitment(text, None)
    settle()
    assert "commitment could not be saved" in shown(hasty.window)
    [copy] = recovered(data_dir)
    assert "Ana will try the rota" in copy and "Ana will ask Ben" in copy
    holder.release()
    hasty.recorder.retry()
    settle()
    session = fresh_view(data_dir).session(hasty.recorder.session_id)  # type: ignore[arg-type]
    assert sorted(c.text for c in session.commitments) == [
        "Ana will ask Ben for feedback",
        "Ana will try the rota on Monday",
    ]
    assert shown(hasty.window) == ""


def test_the_end_of_a_session_that_could_not_be_saved_is_tried_again(
    hasty: parts.Recording, data_dir: Path
) -> None:
    holder = Holder(data_dir / ARCHIVE_FILE)
    hasty.controller.finish()
    settle()
    assert "end of the session could not be saved" in shown(hasty.window)
    holder.release()
    hasty.recorder.retry()
    settle()
    [summary] = fresh_view(data_dir).list_sessions()
    assert summary.status is SessionStatus.FINISHED
    assert shown(hasty.window) == ""
    assert hasty.closing.dialog is not None  # the closing screen comes once the end is saved


def test_adding_to_a_note_whose_addition_failed_keeps_both(
    hasty: parts.Recording, data_dir: Path
) -> None:
    file(hasty, "Ana: rota")
    settle()
    [note] = hasty.recorder.notes
    holder = Holder(data_dir / ARCHIVE_FILE)
    hasty.recorder.edit_note(note.id)
    hasty.window.notes.editor.insertPlainText(" + ask Ben")
    hasty.recorder.file_note()  # fails under the lock: kept
    settle()
    holder.release()
    hasty.recorder.edit_note(note.id)  # before the retry: the unsaved words come back too
    assert hasty.window.notes.draft_text() == "Ana: rota + ask Ben"
    hasty.window.notes.editor.insertPlainText(" + try in June")
    hasty.recorder.file_note()
    hasty.recorder.retry()
    settle()
    [kept] = fresh_view(data_dir).session(hasty.recorder.session_id).notes  # type: ignore[arg-type]
    assert kept.text == "Ana: rota + ask Ben + try in June"


def test_a_note_that_failed_is_never_written_into_a_restored_archive(
    hasty_app: CocoachApp, data_dir: Path
) -> None:
    # Whole app: handing a restored archive file to every part is the root's reopen_archive.
    live = data_dir / ARCHIVE_FILE
    backup = data_dir.parent / "backup.sqlite3"
    shutil.copy(live, backup)  # the backup holds session 1 ...
    other = Archive(open_archive(backup))
    other.start_session(  # ... and another session 2, not this one
        NewSession("x", "Another team's session", "quality_first", 60, (), (), "Other team")
    )
    other.engine.dispose()
    holder = Holder(live)
    file_in(hasty_app, "Private note about Ben")
    settle()
    holder.release()
    hasty_app.controller.finish()
    settle()
    hasty_app.window.act_new.trigger()
    hasty_app.recorder.hold_retries = True  # as during a restore
    hasty_app.archive.engine.dispose()  # what BackupKeeper.restore does
    for suffix in ("", "-wal", "-shm"):
        Path(f"{live}{suffix}").unlink(missing_ok=True)
    shutil.copy(backup, live)
    hasty_app.reopen_archive(Archive(open_archive(live, timeout=0.2)))
    hasty_app.recorder.hold_retries = False
    hasty_app.recorder.retry()
    settle()
    view = fresh_view(data_dir)
    assert all(view.session(s.id).notes == () for s in view.list_sessions())
    assert "Private note about Ben" in "\n".join(recovered(data_dir))
    assert "were not put in the restored one" in shown(hasty_app.window)


def test_a_count_taken_back_while_the_archive_is_held_is_never_counted_twice(
    unstarted: parts.Recording, data_dir: Path
) -> None:
    tally = parts.tally(unstarted)
    hasty = start(unstarted)
    stack = hasty.window.undo_stack
    tally.tap(TallyKind.OPEN)
    settle()
    holder = Holder(data_dir / ARCHIVE_FILE)
    tally.undo_last()  # the take-back fails under the lock: the count stays
    settle()
    holder.release()
    assert hasty.window.tally.counts.total == 1
    assert "could not be taken back" in shown(hasty.window)
    stack.undo()  # undoing a take-back that did not happen changes nothing
    settle()
    session = fresh_view(data_dir).session(hasty.recorder.session_id)  # type: ignore[arg-type]
    assert hasty.window.tally.counts.total == 1 and len(session.tally) == 1


def test_a_tap_and_its_take_back_both_refused_leave_the_history_straight(
    unstarted: parts.Recording, data_dir: Path
) -> None:
    tally = parts.tally(unstarted)
    hasty = start(unstarted)
    stack = hasty.window.undo_stack
    holder = Holder(data_dir / ARCHIVE_FILE)
    tally.tap(TallyKind.OPEN)
    tally.undo_last()
    settle()
    holder.release()
    assert "count could not be saved" in shown(hasty.window)  # not hidden by the take-back
    seen = []
    for step in (stack.undo, stack.undo, stack.redo, stack.redo):
        step()
        settle()
        session = fresh_view(data_dir).session(hasty.recorder.session_id)  # type: ignore[arg-type]
        seen.append((hasty.window.tally.counts.total, len(session.tally)))
    assert seen == [(1, 1), (0, 0), (1, 1), (0, 0)]


def test_a_topic_the_archive_would_not_remove_stays_and_is_never_doubled(
    unstarted: parts.Recording, clock: ManualClock, data_dir: Path
) -> None:
    parts.topics(unstarted, clock)
    hasty = start(unstarted)
    setup = hasty.setup
    setup.add_topic("Ana", "Parents' evening")
    settle()
    holder = Holder(data_dir / ARCHIVE_FILE)
    setup.topic_list.setCurrentRow(0)
    setup._remove_selected_topic()
    holder.release()
    assert [t.text for t in setup.topics.items()] == ["Parents' evening"]  # refused: kept
    assert setup.topic_error.text()
    hasty.window.undo_stack.undo()  # takes back the adding, not a removal that never was
    settle()
    assert fresh_view(data_dir).waiting_topics() == []
    assert setup.topics.items() == []


def test_a_question_bank_undo_the_archive_refused_is_never_redone_into_a_copy(
    hasty: parts.Recording, data_dir: Path
) -> None:
    stack = hasty.window.undo_stack
    bank = parts.question_bank(stack, hasty.closing.archive)
    group = next(iter(bank.book.titles))
    bank.add(group, "What would help most right now?")
    holder = Holder(data_dir / ARCHIVE_FILE)
    stack.undo()  # refused under the lock
    holder.release()
    stack.redo()
    own = [s.text for s in fresh_view(data_dir).saved_questions() if s.text]
    assert own == ["What would help most right now?"]
