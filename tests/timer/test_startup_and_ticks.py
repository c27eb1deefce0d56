"""Start-up builds only what the first frame shows; a tick redoes only what changed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from helpers import template
from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.shell.qt.facilitator_window import FacilitatorWindow
from cocoach_desktop.timer.model.display import Thresholds, display_state
from cocoach_desktop.timer.model.plan import build_plan
from cocoach_desktop.timer.qt.agenda_model import COL_ACTUAL, AgendaModel
from cocoach_desktop.timer.qt.projector_window import PresentationWindow
from cocoach_desktop.timer.qt.run_controller import SessionController

MIN = 60
Index = QModelIndex | QPersistentModelIndex


class Events(QObject):
    """Counts the events of some types a widget receives."""

    def __init__(self, widget: QWidget, *kinds: QEvent.Type) -> None:
        super().__init__(widget)
        self.kinds = kinds
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self.kinds:
            self.count += 1
        return False


def deliver() -> None:
    """Let the event loop do what was posted (layouts, paints, a header's re-measuring)."""
    for _ in range(3):
        QApplication.sendPostedEvents()
        QApplication.processEvents()


def running_window(
    qtbot: QtBot, *minutes: float, agenda: AgendaModel | None = None
) -> tuple[FacilitatorWindow, ManualClock]:
    clock = ManualClock()
    controller = SessionController(clock)
    window = FacilitatorWindow(controller)
    if agenda is not None:  # in place of the window's own, before any plan
        window.agenda = agenda
        window.agenda_view.setModel(agenda)
    qtbot.addWidget(window)
    window.confirm = lambda title, text: True  # type: ignore[method-assign]  # closing it
    controller.setParent(window)
    controller.set_plan(build_plan(template(*minutes), round(sum(minutes) * MIN)))
    window.show()
    qtbot.waitExposed(window)
    assert controller.toggle()
    deliver()
    return window, clock


def test_the_first_frame_does_not_load_the_dialogs_no_one_has_opened(tmp_path: Path) -> None:
    """The closing screen, recovery questions, settings, import and the compact timer are
    loaded when first needed, not before the window is up."""
    later = [
        "cocoach_desktop.notes.qt.closing_screen",
        "cocoach_desktop.recording.qt.recovery_dialog",
        "cocoach_desktop.shell.qt.settings_dialog",
        "cocoach_desktop.shell.qt.shortcuts_dialog",
        "cocoach_desktop.protocols.qt.protocol_editor",
        "cocoach_desktop.exchange.qt.importing",
        "cocoach_desktop.timer.qt.compact_window",
        "ctypes",
    ]
    script = (
        "import sys, pathlib\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from cocoach_desktop.app import CocoachApp\n"
        "from cocoach_desktop.platform.clock import SystemClock\n"
        f"CocoachApp(SystemClock(), pathlib.Path({str(tmp_path)!r}))\n"
        f"print([m for m in {later!r} if m in sys.modules])\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.stdout.strip() == "[]"


class CountingAgenda(AgendaModel):
    """The agenda, counting how often the table asks it about a cell."""

    asked = 0

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        self.asked += 1
        return super().data(index, role)


def test_a_tick_does_not_measure_the_whole_agenda_again(qtbot: QtBot) -> None:
    agenda = CountingAgenda()
    window, clock = running_window(qtbot, 10, 10, 10, agenda=agenda)
    clock.advance(1)
    window.controller.tick()
    deliver()  # the "0:00" that became "0:01"
    agenda.asked = 0
    clock.advance(1)
    window.controller.tick()
    deliver()
    asked = agenda.asked
    cells = agenda.rowCount() * agenda.columnCount()
    assert agenda.data(agenda.index(0, COL_ACTUAL)) == "0:02"
    # Measuring every column to fit it asks every cell for several roles: a tick whose one
    # new text is as wide as the old asks only about that cell.
    assert asked < cells


def test_the_actual_column_still_widens_when_its_text_does(qtbot: QtBot) -> None:
    window, clock = running_window(qtbot, 30, 10)
    view, header = window.agenda_view, window.agenda_view.horizontalHeader()
    for _ in range(3):  # a few ticks at the same width first, which are not measured
        clock.advance(1)
        window.controller.tick()
        deliver()
    clock.advance(10 * MIN)  # "0:03" becomes "10:03": wider
    window.controller.tick()
    deliver()
    assert window.agenda.data(window.agenda.index(0, COL_ACTUAL)) == "10:03"
    assert header.sectionSize(COL_ACTUAL) >= view.sizeHintForColumn(COL_ACTUAL)


def test_a_tick_paints_the_progress_bar_with_the_rest_of_the_frame(qtbot: QtBot) -> None:
    window, clock = running_window(qtbot, 1, 1)
    paints = Events(window.phase_bar, QEvent.Type.Paint)
    clock.advance(20)  # a third of the phase: the bar's fill moves
    window.controller.tick()
    assert window.phase_bar.value() == 333
    assert paints.count == 0  # not painted on its own, in the middle of the tick...
    deliver()
    assert paints.count >= 1  # ...but with the frame that shows the new second


def test_a_new_second_on_the_projector_lays_nothing_out_again(qtbot: QtBot) -> None:
    clock = ManualClock()
    controller = SessionController(clock)
    controller.set_plan(build_plan(template(10, 10), 20 * MIN))
    controller.toggle()
    window = PresentationWindow()
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    qtbot.waitExposed(window)
    run = controller.run
    assert run is not None
    clock.advance(1)  # 9:59, the shape the next seconds keep
    window.show_state(display_state(run, Thresholds()))
    deliver()
    layouts = Events(window, QEvent.Type.LayoutRequest)
    paints = Events(window.time_label, QEvent.Type.Paint)
    clock.advance(1)
    window.show_state(display_state(run, Thresholds()))
    deliver()
    assert window.time_label.text() == "9:58"
    assert window.time_label.accessibleName() == "9:58"  # what a screen reader is told
    assert paints.count >= 1  # the digits are drawn anew...
    assert layouts.count == 0  # ...and nothing else moves
