"""The set-up's topics change in place: a topic noted or removed, or the archive read again
after an edit in the archive window, moves only its own row; the chosen topic stays."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from archive_fixtures import fill_archive
from PySide6.QtGui import QUndoStack
from pytestqt.qtbot import QtBot

from cocoach_desktop.app import CocoachApp
from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.setup.qt.setup_panel import SetupPanel
from cocoach_desktop.storage import ARCHIVE_FILE
from cocoach_desktop.storage.archive import Archive
from cocoach_desktop.storage.db import open_archive


class Seen:
    def __init__(self, model):
        self.resets = 0
        self.removed: list[tuple[int, int]] = []
        self.inserted: list[tuple[int, int]] = []
        model.modelReset.connect(self._reset)
        model.rowsRemoved.connect(lambda _p, a, b: self.removed.append((a, b)))
        model.rowsInserted.connect(lambda _p, a, b: self.inserted.append((a, b)))

    def _reset(self):
        self.resets += 1


def texts(setup):
    return [setup.topic_list.item(r).text() for r in range(setup.topic_list.count())]


def test_noting_and_removing_a_topic_keeps_the_chosen_one(qtbot: QtBot) -> None:
    setup = SetupPanel(QUndoStack())
    qtbot.addWidget(setup)
    for name, text in (("Ana", "Marking load"), ("Kim", "Year 9"), ("Sam", "Parents")):
        setup.add_person(name)
        assert setup.add_topic(name, text)
    setup.topic_list.setCurrentRow(1)
    seen = Seen(setup.topic_list.model())
    assert setup.add_topic("Ana", "Cover lessons")
    assert seen.resets == 0 and seen.inserted == [(3, 3)]
    assert setup.topic_list.currentItem().text() == "Kim — Year 9"
    setup.undo_stack.undo()  # the new topic goes again
    assert seen.resets == 0 and seen.removed == [(3, 3)]
    assert setup.topic_list.currentItem().text() == "Kim — Year 9"
    assert texts(setup) == ["Ana — Marking load", "Kim — Year 9", "Sam — Parents"]


@pytest.fixture
def app(qtbot: QtBot, data_dir: Path) -> Iterator[CocoachApp]:
    archive = Archive(open_archive(data_dir / ARCHIVE_FILE))
    fill_archive(archive, 2)
    cocoach = CocoachApp(ManualClock(), data_dir, archive)
    qtbot.addWidget(cocoach.window)
    cocoach.window.show()
    qtbot.waitExposed(cocoach.window)
    yield cocoach
    cocoach.close()


def test_an_edit_in_the_archive_window_leaves_the_topics_as_they_are(app, qtbot) -> None:
    # Whole app: the root reads the archive into the set-up again after the window's edit.
    assert app.archive is not None
    setup = app.window.setup
    for name, text in (("Ana", "Marking load"), ("Kim", "Year 9"), ("Sam", "Parents")):
        setup.add_person(name)
        assert setup.add_topic(name, text)
    app.open_archive_window()
    window = app.archive_window
    assert window is not None
    sid = window.model.summary(0).id
    window.open_session(sid)
    setup.topic_list.setCurrentRow(1)
    seen = Seen(setup.topic_list.model())
    old = app.archive.session(sid).summary.tags
    window.session_view.edits.set_tags("Change tags", sid, old, ("reviewed",))
    assert app.archive.session(sid).summary.tags == ("reviewed",)
    assert seen.resets == 0
    assert setup.topic_list.currentItem().text() == "Kim — Year 9"
    assert texts(setup) == ["Ana — Marking load", "Kim — Year 9", "Sam — Parents"]
    window.close()
