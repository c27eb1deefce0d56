"""Test set-up: no display or sound needed; every test gets its own data folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No audio device is needed: the app must work silently when there is none.
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")

import pytest
from pytestqt.qtbot import QtBot

if TYPE_CHECKING:  # Qt and SQLAlchemy load in the fixtures, after the environment is set
    from sqlalchemy import Engine

    from cocoach_desktop.app import CocoachApp
    from cocoach_desktop.platform.clock import ManualClock
    from cocoach_desktop.storage.archive import Archive


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("COCOACH_DATA_DIR", str(folder))
    yield folder


class ModalDialogInTestError(AssertionError):
    """A modal dialog would wait for a click that never comes: the test would hang."""


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

    def refuse(*args: object, **kwargs: object) -> None:
        raise ModalDialogInTestError("a modal dialog opened during a test; replace what asks")

    for name in ("question", "warning", "information", "critical", "about"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    for name in ("getInt", "getText", "getDouble", "getItem"):
        monkeypatch.setattr(QInputDialog, name, refuse)
    monkeypatch.setattr(QDialog, "exec", refuse)


@pytest.fixture(autouse=True)
def writers_settle(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every archive writer thread a test starts is known to ``helpers.settle`` (which the
    test calls, directly or through ``fresh_view``, before it looks at the disk) and is
    stopped when the test ends."""
    import helpers

    from cocoach_desktop.platform.qt.writer import ArchiveWriter

    real_init = ArchiveWriter.__init__

    def registered(self: ArchiveWriter, *args: object, **kwargs: object) -> None:
        real_init(self, *args, **kwargs)  # type: ignore[arg-type]
        helpers.WRITERS.append(self)

    monkeypatch.setattr(ArchiveWriter, "__init__", registered)
    yield
    for writer in helpers.WRITERS:
        writer.close(30)
    helpers.WRITERS.clear()
    _delete_windows_left_open()


def _delete_windows_left_open() -> None:
    """Windows a test left behind (a projector, an archive window, a dialog) are deleted.

    Left alive they pile up over the run (thousands of widgets), every app built later
    re-polishes them all when it applies its stylesheet, and their timers fire into later
    tests. Hidden, not closed: a close could ask a question no one will answer.
    """
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    for window in app.topLevelWidgets():
        window.hide()
        window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[Engine]:
    """An archive file of its own, migrated and ready."""
    from cocoach_desktop.storage.db import ARCHIVE_FILE, open_archive

    engine = open_archive(tmp_path / "data" / ARCHIVE_FILE)
    yield engine
    engine.dispose()


@pytest.fixture
def archive(engine: Engine) -> Archive:
    from cocoach_desktop.storage.archive import Archive

    return Archive(engine)


@pytest.fixture
def app(qtbot: QtBot, data_dir: Path) -> Iterator[tuple[CocoachApp, ManualClock]]:
    """The whole app on a manual clock, recording into an archive in ``data_dir``."""
    from cocoach_desktop.app import CocoachApp
    from cocoach_desktop.platform.clock import ManualClock
    from cocoach_desktop.storage.archive import Archive
    from cocoach_desktop.storage.db import ARCHIVE_FILE, open_archive

    clock = ManualClock()
    archive = Archive(open_archive(data_dir / ARCHIVE_FILE))
    cocoach = CocoachApp(clock, data_dir, archive)
    qtbot.addWidget(cocoach.window)
    cocoach.window.confirm = lambda title, text: True  # type: ignore[method-assign]
    # Starting with nobody as coachee asks first; these tests start anyway.
    cocoach.window.ask_start_without_coachee = lambda: True  # type: ignore[method-assign]
    cocoach.window.show()
    qtbot.waitExposed(cocoach.window)
    yield cocoach, clock
    cocoach.close()
    archive.engine.dispose()
