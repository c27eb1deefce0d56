"""Imports, exports and the automatic backup run off the GUI thread (the countdown keeps ticking).

No sleeps: a job is held back by another connection's write lock (or an event) and let go
when the test has seen what it wants; ``qtbot.waitUntil`` waits for the outcome.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from cocoach_desktop import __version__
from cocoach_desktop.app.backup_wiring import StoredBackupKeeper as BackupKeeper
from cocoach_desktop.archive.qt.archive_window import ArchiveWindow
from cocoach_desktop.exchange.model import exchange
from cocoach_desktop.exchange.qt import importing
from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.platform.qt import background
from cocoach_desktop.storage import ARCHIVE_FILE
from cocoach_desktop.storage import backup_store as backups
from cocoach_desktop.storage.archive import Archive, CancelledByUserError
from cocoach_desktop.storage.backup import backups_folder, list_backups
from tests.archive_fixtures import make_details

NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)


def export_file(path: Path, count: int) -> Path:
    document = exchange.to_json_document(
        make_details(count), [], exported=NOW, app_version=__version__
    )
    path.write_text(exchange.dumps(document), encoding="utf-8")
    return path


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, bool]]:
    said: list[tuple[str, str, bool]] = []

    def tell(parent: QWidget, title: str, text: str, problem: bool) -> None:
        said.append((title, text, problem))

    monkeypatch.setattr(importing, "tell", tell)
    return said


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    w = QWidget()
    qtbot.addWidget(w)
    w.show()
    return w


@pytest.fixture
def write_lock(archive: Archive) -> Iterator[sqlite3.Connection]:
    """Another program holding the archive's write lock: writers wait (busy_timeout)."""
    url = archive.engine.url.database
    assert url is not None
    other = sqlite3.connect(url, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    yield other
    if other.in_transaction:
        other.execute("ROLLBACK")
    other.close()


@pytest.fixture
def ticks() -> Iterator[list[int]]:
    """A 10 ms timer, like the projector's countdown: it ticks only while the loop runs."""
    counted: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: counted.append(1))
    timer.start()
    yield counted
    timer.stop()


def test_the_window_keeps_running_while_an_import_waits_for_the_disk(
    qtbot: QtBot,
    archive: Archive,
    window: QWidget,
    told: list[tuple[str, str, bool]],
    write_lock: sqlite3.Connection,
    tmp_path: Path,
    ticks: list[int],
) -> None:
    path = export_file(tmp_path / "export.json", 12)
    added: list[int] = []
    job = importing.start_import(window, archive, path, added.append)
    assert job is not None
    ticks.clear()  # counted from here on
    # The import is stuck behind the other program's lock, yet the GUI's timer ticks and,
    # after half a second, a progress dialog with Cancel is shown over the window.
    qtbot.waitUntil(lambda: len(ticks) >= 5)
    qtbot.waitUntil(lambda: job.dialog is not None and job.dialog.isVisible())
    assert job.running and told == []
    assert job.dialog is not None and job.dialog.parentWidget() is window
    write_lock.execute("ROLLBACK")  # the other program lets go
    qtbot.waitUntil(lambda: not background.busy())
    assert told == [("Imported", "12 session(s) were added to the archive.", False)]
    assert added == [12] and archive.count_sessions() == 12
    assert job.done == job.total == 12  # the progress reached the end


def test_cancelling_an_import_adds_nothing(
    qtbot: QtBot,
    archive: Archive,
    window: QWidget,
    told: list[tuple[str, str, bool]],
    write_lock: sqlite3.Connection,
    tmp_path: Path,
) -> None:
    path = export_file(tmp_path / "export.json", 12)
    job = importing.start_import(window, archive, path)
    assert job is not None
    qtbot.waitUntil(lambda: job.dialog is not None and job.dialog.isVisible())
    button = job.dialog.findChild(QPushButton)
    assert button is not None and button.text() == "Cancel"
    button.click()
    write_lock.execute("ROLLBACK")
    qtbot.waitUntil(lambda: not background.busy())
    assert told == [("Nothing was imported", "Import cancelled: nothing was imported.", True)]
    assert archive.count_sessions() == 0


def test_a_cancel_half_way_rolls_the_whole_import_back(archive: Archive) -> None:
    details = make_details(40)
    seen: list[tuple[int, int]] = []
    with pytest.raises(CancelledByUserError, match="nothing was imported"):
        archive.import_details(
            details, [], progress=lambda d, t: seen.append((d, t)), cancelled=lambda: len(seen) > 25
        )
    assert len(seen) > 20  # sessions had been added inside the transaction...
    assert archive.count_sessions() == 0  # ...and none of them stayed


def test_an_import_reports_its_progress_to_the_end(archive: Archive) -> None:
    seen: list[tuple[int, int]] = []
    assert archive.import_details(make_details(30), [], progress=lambda d, t: seen.append((d, t)))
    assert seen[0] == (0, 30) and seen[-1] == (30, 30)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_an_export_reports_progress_and_can_be_cancelled(archive: Archive) -> None:
    archive.import_details(make_details(30), [])
    seen: list[tuple[int, int]] = []
    assert len(archive.details(progress=lambda d, t: seen.append((d, t)))) == 30
    assert seen[-1] == (30, 30)
    with pytest.raises(CancelledByUserError, match="no file was written"):
        archive.details(cancelled=lambda: True)


def test_a_file_that_is_not_an_export_is_refused_in_plain_words(
    qtbot: QtBot,
    archive: Archive,
    window: QWidget,
    told: list[tuple[str, str, bool]],
    tmp_path: Path,
) -> None:
    path = tmp_path / "notes.json"
    path.write_bytes(b"\xff\xfe not text")
    assert importing.start_import(window, archive, path) is not None
    qtbot.waitUntil(lambda: not background.busy())
    [(title, text, problem)] = told
    assert title == "Nothing was imported" and problem
    assert text.startswith("notes.json is not a text file (UTF-8)")
    assert "Traceback" not in text and "Error" not in text


def test_a_second_import_while_one_runs_is_refused(
    qtbot: QtBot,
    archive: Archive,
    window: QWidget,
    told: list[tuple[str, str, bool]],
    write_lock: sqlite3.Connection,
    tmp_path: Path,
) -> None:
    path = export_file(tmp_path / "export.json", 3)
    assert importing.start_import(window, archive, path) is not None
    assert importing.start_import(window, archive, path) is None
    assert told == [
        (
            "Nothing was imported",
            "Another import, export or backup is still running. Wait for it to finish, "
            "then try again.",
            True,
        )
    ]
    write_lock.execute("ROLLBACK")
    qtbot.waitUntil(lambda: not background.busy())
    assert archive.count_sessions() == 3  # once, not twice


def test_an_export_runs_off_the_gui_thread_and_a_failure_shows_in_the_window(
    qtbot: QtBot, archive: Archive, tmp_path: Path
) -> None:
    archive.import_details(make_details(20), [])
    w = ArchiveWindow(archive, now=lambda: NOW, tz=UTC)
    qtbot.addWidget(w)
    target = tmp_path / "out" / "archive.json"
    w.ask_save_path = lambda *_: target  # type: ignore[method-assign]
    w.show()
    assert w.export_archive_json() == target
    qtbot.waitUntil(lambda: not background.busy())
    assert w.banner.isVisible() and "out" in w.banner.text()  # no such folder: said so
    target.parent.mkdir()
    assert w.export_archive_json() == target
    qtbot.waitUntil(lambda: not background.busy())
    assert len(exchange.parse_json_document(target.read_text(encoding="utf-8")).sessions) == 20
    assert not w.banner.isVisible()
    assert "Saved" in w.statusBar().currentMessage()


def test_the_automatic_backup_runs_off_the_gui_thread(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch, ticks: list[int]
) -> None:
    from cocoach_desktop.storage.db import open_archive

    archive = Archive(open_archive(data_dir / ARCHIVE_FILE))
    clock = ManualClock(NOW)
    keeper = BackupKeeper(archive, data_dir, clock)
    hold = threading.Event()
    real = backups.make_backup

    def slow_backup(*args: object, **kwargs: object) -> Path:
        hold.wait(30)  # a slow disk, until the test lets go
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(backups, "make_backup", slow_backup)
    problems: list[str] = []
    keeper.problem.connect(problems.append)
    try:
        assert not keeper.check()  # just opened: not idle yet
        clock.advance(61)
        assert keeper.check()  # returns at once: the copy is taken on a worker thread
        ticks.clear()  # counted from here on
        qtbot.waitUntil(lambda: len(ticks) >= 5)
        assert keeper.job is not None and keeper.job.running
        assert keeper.job.dialog is None  # silent: no dialog
        hold.set()
        qtbot.waitUntil(lambda: not background.busy())
        assert len(list_backups(backups_folder(data_dir / ARCHIVE_FILE))) == 1
        assert problems == []
        assert not keeper.check()  # nothing changed since that backup
    finally:
        hold.set()
        keeper.stop()
        archive.engine.dispose()


def test_quitting_during_an_import_cancels_it_and_waits_saying_so(
    qtbot: QtBot,
    archive: Archive,
    window: QWidget,
    told: list[tuple[str, str, bool]],
    write_lock: sqlite3.Connection,
    tmp_path: Path,
) -> None:
    path = export_file(tmp_path / "export.json", 12)
    job = importing.start_import(window, archive, path)
    assert job is not None
    qtbot.waitUntil(lambda: job.total == 12)  # it is adding the first, held by the lock
    shown: list[str] = []

    def other_program_lets_go() -> None:  # once the app says it is waiting
        shown.extend(
            w.labelText()
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QProgressDialog) and w.isVisible()
        )
        if shown and write_lock.in_transaction:
            write_lock.execute("ROLLBACK")

    watch = QTimer()
    watch.setInterval(10)
    watch.timeout.connect(other_program_lets_go)
    watch.start()
    background.finish_before_quitting()
    assert not job.running and not background.busy()
    assert "Finishing the import, export or backup before closing…" in shown
    assert archive.count_sessions() == 0  # cancelled: nothing half-imported
    assert told == []  # no message box while the app closes
    watch.stop()


def test_the_progress_dialog_quotes_the_file_name_as_plain_text(
    qtbot: QtBot,
    archive: Archive,
    window: QWidget,
    told: list[tuple[str, str, bool]],
    write_lock: sqlite3.Connection,
    tmp_path: Path,
) -> None:
    path = export_file(tmp_path / "<i>team.json", 2)
    job = importing.start_import(window, archive, path)
    assert job is not None
    qtbot.waitUntil(lambda: job.dialog is not None and job.dialog.isVisible())
    assert job.dialog is not None
    label = job.dialog.findChild(QLabel)
    assert label is not None and label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == "Importing <i>team.json…"
    write_lock.execute("ROLLBACK")
    qtbot.waitUntil(lambda: not background.busy())


def test_a_restore_waits_until_an_import_has_finished(
    qtbot: QtBot,
    data_dir: Path,
    told: list[tuple[str, str, bool]],
    window: QWidget,
    tmp_path: Path,
) -> None:
    from cocoach_desktop.storage.db import open_archive

    archive = Archive(open_archive(data_dir / ARCHIVE_FILE))
    keeper = BackupKeeper(archive, data_dir, ManualClock(NOW))
    try:
        assert keeper.back_up_now()
        [backup] = list_backups(keeper.folder)
        url = archive.engine.url.database
        assert url is not None
        other = sqlite3.connect(url, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")
        job = importing.start_import(window, archive, export_file(tmp_path / "e.json", 3))
        assert job is not None
        problems: list[str] = []
        keeper.problem.connect(problems.append)
        reopened: list[object] = []
        assert keeper.restore(backup, reopened.append) is None
        assert problems == [
            "An import or export is still running. Restore the backup once it has finished."
        ]
        assert reopened == []  # the archive in use was not touched
        other.execute("ROLLBACK")
        other.close()
        qtbot.waitUntil(lambda: not background.busy())
        assert archive.count_sessions() == 3
    finally:
        keeper.stop()
        archive.engine.dispose()
