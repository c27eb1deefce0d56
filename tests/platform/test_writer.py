"""The archive's writer thread: the countdown never waits for the disk, and the status tells
the truth while another program holds the archive.

The recording, the tally and the question bank are built alone over the real writer thread
and a real archive file (``tests/parts.py``); quitting stays on the whole app, whose
composition root does it."""

from __future__ import annotations

import threading
from pathlib import Path

import parts
import pytest
from helpers import LockHolder as Holder
from helpers import fresh_view, settle
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from cocoach_desktop.app import CocoachApp
from cocoach_desktop.domain.records import TallyCounts, TallyKind
from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.platform.qt.writer import ArchiveWriter
from cocoach_desktop.shell.qt.facilitator_window import FacilitatorWindow
from cocoach_desktop.storage.archive import Archive
from cocoach_desktop.storage.db import ARCHIVE_FILE, open_archive
from cocoach_desktop.tally.qt.tally_panel import TallyKeeper


def shown(window: FacilitatorWindow) -> str:
    banner = window.archive_problem
    return banner.text() if banner.isVisibleTo(window) else ""


def build(qtbot: QtBot, data_dir: Path, busy_seconds: float) -> tuple[CocoachApp, ManualClock]:
    clock = ManualClock()
    archive = Archive(open_archive(data_dir / ARCHIVE_FILE, timeout=busy_seconds))
    cocoach = CocoachApp(clock, data_dir, archive)
    qtbot.addWidget(cocoach.window)
    cocoach.window.confirm = lambda title, text: True  # type: ignore[method-assign]
    for name in ("Ana", "Ben"):
        cocoach.setup.add_person(name)
    cocoach.controller.toggle()
    settle()
    return cocoach, clock


def recording(
    qtbot: QtBot, data_dir: Path, busy_seconds: float, counting: bool = False
) -> tuple[parts.Recording, ManualClock, TallyKeeper | None]:
    """The recording alone (and the tally, when ``counting``) over the real writer and an
    archive whose writes wait up to ``busy_seconds`` for another program's lock; started,
    and not shown: nothing on screen is looked at."""
    clock = ManualClock()
    archive = Archive(open_archive(data_dir / ARCHIVE_FILE, timeout=busy_seconds))
    rec = parts.recording(qtbot, clock, data_dir, archive, shown=False)
    tally = parts.tally(rec) if counting else None
    for name in ("Ana", "Ben"):
        rec.setup.add_person(name)
    rec.controller.toggle()
    settle()
    return rec, clock, tally


@pytest.fixture
def patient(qtbot: QtBot, data_dir: Path) -> tuple[parts.Recording, ManualClock]:
    """The recording, whose writes wait up to 30 s for another program's lock."""
    rec, clock, _ = recording(qtbot, data_dir, busy_seconds=30)
    return rec, clock


@pytest.fixture
def hasty(qtbot: QtBot, data_dir: Path) -> tuple[parts.Recording, ManualClock]:
    """The recording, whose writes give up on another program's lock after 0.2 s."""
    rec, clock, _ = recording(qtbot, data_dir, busy_seconds=0.2)
    return rec, clock


def counting(
    qtbot: QtBot, data_dir: Path, busy_seconds: float
) -> tuple[parts.Recording, TallyKeeper]:
    """The recording and the tally, started."""
    rec, _clock, tally = recording(qtbot, data_dir, busy_seconds, counting=True)
    assert tally is not None
    return rec, tally


def test_outcomes_come_back_on_the_gui_thread_in_order(qtbot: QtBot) -> None:
    writer = ArchiveWriter()
    ran_on: list[str] = []
    came_back: list[tuple[str, object]] = []

    def job(n: int) -> int:
        ran_on.append(threading.current_thread().name)
        if n == 2:
            raise OSError("the disk is full")
        return n

    for n in range(4):
        writer.submit(
            lambda n=n: job(n),
            lambda value: came_back.append((threading.current_thread().name, value)),
            lambda exc: came_back.append((threading.current_thread().name, str(exc))),
        )
    assert writer.pending == 4
    qtbot.waitUntil(lambda: writer.pending == 0)
    assert set(ran_on) == {"cocoach-writer"}
    main = threading.main_thread().name
    assert came_back == [(main, 0), (main, 1), (main, "the disk is full"), (main, 3)]
    writer.close()
    # Once closed (the app is quitting), a last write still happens, where it is asked.
    writer.submit(lambda: 5, lambda value: came_back.append(("after", value)))
    assert came_back[-1] == ("after", 5)


def test_the_countdown_goes_on_while_another_program_holds_the_archive(
    patient: tuple[parts.Recording, ManualClock], qtbot: QtBot, data_dir: Path
) -> None:
    cocoach, clock = patient
    notes = cocoach.window.notes
    holder = Holder(data_dir / ARCHIVE_FILE)
    try:
        notes.editor.setPlainText("Typed while the archive is held")
        cocoach.recorder.flush()  # returns at once: the writer thread waits, not the GUI
        for _ in range(5):
            clock.advance(2)
            cocoach.recorder.write_checkpoint()
        ticks = {"n": 0}
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.__setitem__("n", ticks["n"] + 1))
        timer.start(10)
        # The event loop runs (a 10 ms timer fires 20 times) while the note still waits.
        qtbot.waitUntil(lambda: ticks["n"] >= 20, timeout=5000)
        timer.stop()
        assert cocoach.writer.pending > 0
        assert notes.status.text() == "Saving…"  # not "Saved": it is not on disk yet
        # Five checkpoints asked for during the wait are one write, not five in a queue.
        assert cocoach.writer.pending <= 3
    finally:
        holder.release()
    settle()
    [note] = fresh_view(data_dir).session(cocoach.recorder.session_id).notes  # type: ignore[arg-type]
    assert note.text == "Typed while the archive is held"
    assert notes.status.text().startswith("Saved ")
    assert shown(cocoach.window) == ""


def test_a_lock_held_too_long_is_said_until_the_note_is_saved(
    hasty: tuple[parts.Recording, ManualClock], data_dir: Path
) -> None:
    cocoach, _clock = hasty
    notes = cocoach.window.notes
    holder = Holder(data_dir / ARCHIVE_FILE)
    try:
        notes.editor.setPlainText("Held up by another program")
        cocoach.recorder.flush()
        settle()
        assert "another program is holding the archive" in shown(cocoach.window)
        assert notes.status.text() == "Not saved"
        assert notes.draft_text() == "Held up by another program"
        [copy] = data_dir.glob("recovered-notes-*.txt")
        assert "Held up by another program" in copy.read_text(encoding="utf-8")
        # Other writes that work (none can, here) would not hide it; it stays up.
        cocoach.recorder.retry()
        settle()
        assert "another program is holding the archive" in shown(cocoach.window)
    finally:
        holder.release()
    # The app tries again by itself (every few seconds) until the note is written.
    assert cocoach.recorder._retry_timer.isActive()
    cocoach.recorder.retry()
    settle()
    [note] = fresh_view(data_dir).session(cocoach.recorder.session_id).notes  # type: ignore[arg-type]
    assert note.text == "Held up by another program"
    assert shown(cocoach.window) == ""
    assert notes.status.text().startswith("Saved ")


def test_a_filed_note_whose_write_fails_is_kept_and_written_later(
    hasty: tuple[parts.Recording, ManualClock], data_dir: Path
) -> None:
    cocoach, _clock = hasty
    notes = cocoach.window.notes
    holder = Holder(data_dir / ARCHIVE_FILE)
    try:
        notes.editor.setPlainText("Filed while the archive was held")
        cocoach.recorder.file_note()  # Ctrl+Enter: handed over, the box is cleared
        assert notes.draft_text() == ""
        settle()
        assert "could not be saved" in shown(cocoach.window)
        assert "Filed while the archive was held" in cocoach.recorder.unsaved
    finally:
        holder.release()
    cocoach.recorder.retry()
    settle()
    [note] = fresh_view(data_dir).session(cocoach.recorder.session_id).notes  # type: ignore[arg-type]
    assert note.text == "Filed while the archive was held"
    assert shown(cocoach.window) == ""


def test_quitting_writes_what_was_handed_over(qtbot: QtBot, data_dir: Path) -> None:
    # Whole app: waiting for the writer at quitting is the composition root's close.
    cocoach, _clock = build(qtbot, data_dir, busy_seconds=30)
    holder = Holder(data_dir / ARCHIVE_FILE)
    cocoach.window.notes.editor.setPlainText("The last words before quitting")
    cocoach.recorder.flush()  # waits on the writer thread for the other program
    assert cocoach.writer.pending > 0
    holder.release()
    cocoach.close()  # waits for the writer (up to CLOSING_WAIT_SECONDS) before the end
    assert cocoach.writer.pending == 0
    [summary] = fresh_view(data_dir).list_sessions()
    [note] = fresh_view(data_dir).session(summary.id).notes
    assert note.text == "The last words before quitting"


def test_the_notes_copy_beside_the_archive_lives_as_long_as_the_session(
    patient: tuple[parts.Recording, ManualClock], data_dir: Path
) -> None:
    cocoach, _clock = patient
    cocoach.window.notes.editor.setPlainText("Kept twice while the session runs")
    cocoach.recorder.file_note()
    settle()
    [copy] = data_dir.glob("recovered-notes-session-*.txt")
    assert "Kept twice while the session runs" in copy.read_text(encoding="utf-8")
    cocoach.controller.finish()
    settle()
    assert not copy.exists()  # the session is saved and over: one copy, in the archive


def test_counts_show_at_once_while_the_archive_is_held_and_reach_it_after(
    qtbot: QtBot, data_dir: Path
) -> None:
    cocoach, tally = counting(qtbot, data_dir, busy_seconds=30)
    holder = Holder(data_dir / ARCHIVE_FILE)
    try:
        for kind in (TallyKind.OPEN, TallyKind.OPEN, TallyKind.ADVICE):
            tally.tap(kind)  # returns at once: the writer thread waits
        assert cocoach.window.tally.counts == TallyCounts(open=2, closed=0, advice=1)
        assert cocoach.writer.pending > 0
        cocoach.window.undo_stack.undo()  # the advice, taken back before it reached the disk
        assert cocoach.window.tally.counts == TallyCounts(open=2, closed=0, advice=0)
    finally:
        holder.release()
    detail = fresh_view(data_dir).session(cocoach.recorder.session_id)  # type: ignore[arg-type]
    assert sorted(m.kind for m in detail.tally) == [TallyKind.OPEN, TallyKind.OPEN]


def test_a_count_the_archive_could_not_take_comes_off_the_screen(
    qtbot: QtBot, data_dir: Path
) -> None:
    cocoach, tally = counting(qtbot, data_dir, busy_seconds=0.2)
    holder = Holder(data_dir / ARCHIVE_FILE)
    try:
        tally.tap(TallyKind.CLOSED)
        assert cocoach.window.tally.counts.total == 1
        settle()
        assert cocoach.window.tally.counts.total == 0  # not counted: it is not in the archive
        assert "count could not be saved" in shown(cocoach.window)
    finally:
        holder.release()
    tally.tap(TallyKind.CLOSED)
    settle()
    assert shown(cocoach.window) == ""
    detail = fresh_view(data_dir).session(cocoach.recorder.session_id)  # type: ignore[arg-type]
    assert [m.kind for m in detail.tally] == [TallyKind.CLOSED]


def test_a_window_that_writes_while_the_archive_is_held_lets_the_countdown_go_on(
    patient: tuple[parts.Recording, ManualClock], data_dir: Path
) -> None:
    """Starring a question waits for its write, but in an event loop: timers still fire."""
    cocoach, _clock = patient
    bank = parts.question_bank(cocoach.window.undo_stack, cocoach.closing.archive)
    first = bank.book.group("probing")[0]
    holder = Holder(data_dir / ARCHIVE_FILE)
    ticks: list[int] = []

    def tick() -> None:  # another program lets go after 20 ticks of a 10 ms timer
        ticks.append(1)
        if len(ticks) == 20:
            holder.release()

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    bank.toggle_star(first.key)  # returns once written; the timer ran meanwhile
    timer.stop()
    assert len(ticks) >= 20
    assert bank.book.find(first.key).starred  # type: ignore[union-attr]
    saved = fresh_view(data_dir).saved_questions()
    assert [s.shipped_id for s in saved if s.starred] == [first.shipped_id]


def test_every_write_of_the_archive_goes_through_the_writer_from_a_window() -> None:
    """WRITES names the archive's methods that write: a new one must be added there too."""
    import inspect

    from cocoach_desktop.platform.qt.writer import WRITES

    writes = {
        name
        for name, method in inspect.getmembers(Archive, inspect.isfunction)
        if not name.startswith("_")
        and (
            "self._write()" in inspect.getsource(method)
            or "self._import(" in inspect.getsource(method)
        )
    }
    assert writes == WRITES
