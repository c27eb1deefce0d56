"""The facilitator and the archive window open together: each window's keys stay its own."""

from __future__ import annotations

from pathlib import Path

from helpers import settle
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from cocoach_desktop.app import CocoachApp
from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.storage.archive import Archive
from cocoach_desktop.storage.db import ARCHIVE_FILE, open_archive
from cocoach_desktop.timer.model.session import RunState


def test_timer_keys_do_not_fire_from_the_archive_window(qtbot: QtBot, data_dir: Path) -> None:
    # Whole app: the root opens the archive window and guards it from the window's keys.
    archive = Archive(open_archive(data_dir / ARCHIVE_FILE))
    cocoach = CocoachApp(ManualClock(), data_dir, archive)
    qtbot.addWidget(cocoach.window)
    cocoach.window.confirm = lambda title, text: True  # type: ignore[method-assign]
    cocoach.window.show()
    cocoach.setup.add_person("Ana")
    cocoach.controller.toggle()
    settle()
    cocoach.controller.toggle()  # paused in phase 1
    settle()
    run = cocoach.controller.run
    assert run is not None and run.state is RunState.PAUSED
    cocoach.open_archive_window()
    arch = cocoach.archive_window
    assert arch is not None
    qtbot.addWidget(arch)
    qtbot.waitExposed(arch)
    arch.activateWindow()
    arch.table.setFocus()
    for key in (Qt.Key.Key_Space, Qt.Key.Key_N, Qt.Key.Key_Right, Qt.Key.Key_Plus, Qt.Key.Key_5):
        qtbot.keyClick(arch.table, key)
    qtbot.keyClick(arch.table, Qt.Key.Key_Plus, Qt.KeyboardModifier.ShiftModifier)
    assert run.state is RunState.PAUSED and run.index == 0
    assert run.base_seconds(0) == run.plan.phases[0].seconds  # no minute was added
    arch.search.setFocus()
    qtbot.keyClicks(arch.search, "np")
    assert arch.search.text() == "np"
    qtbot.keyClick(arch.search, Qt.Key.Key_Escape)
    assert arch.search.text() == ""  # Esc clears the search (and leaves no full screen)
    cocoach.close()
    archive.engine.dispose()
