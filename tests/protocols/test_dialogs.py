"""Settings and the protocol editor: what the user changes is what the app uses."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from helpers import settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem
from pytestqt.qtbot import QtBot

from cocoach_desktop.app import CocoachApp
from cocoach_desktop.platform import resources
from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.platform.preferences import Preferences
from cocoach_desktop.protocols.model.protocols import duplicate, load_templates
from cocoach_desktop.protocols.qt.protocol_editor import TemplateEditor
from cocoach_desktop.shell.qt.settings_dialog import SettingsDialog
from cocoach_desktop.timer.model.display import Alert
from cocoach_desktop.timer.model.session import RunState


def builtin(template_id: str):  # type: ignore[no-untyped-def]
    result = load_templates([(resources.protocols_dir(), True)])
    return next(t for t in result.templates if t.id == template_id)


def test_settings_dialog_refuses_nonsense_and_keeps_the_dialog_open(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Preferences())
    qtbot.addWidget(dialog)
    dialog.soon.setValue(20)
    dialog.urgent.setValue(40)  # the second warning after the first makes no sense
    dialog.accept()
    assert dialog.result() == 0
    assert "warning" in dialog.error.text()
    dialog.urgent.setValue(10)
    dialog.accept()
    assert dialog.result() == 1
    assert dialog.preferences().soon_seconds == 20


def test_settings_restore_defaults(qtbot: QtBot) -> None:
    dialog = SettingsDialog(replace(Preferences(), soon_seconds=600, sound=False))
    qtbot.addWidget(dialog)
    dialog._restore_defaults()
    assert dialog.preferences().soon_seconds == 120
    assert dialog.preferences().sound is True


def test_new_thresholds_change_the_warnings_at_once(qtbot: QtBot, data_dir: Path) -> None:
    clock = ManualClock()
    cocoach = CocoachApp(clock, data_dir)
    qtbot.addWidget(cocoach.window)
    cocoach.window.confirm = lambda title, text: True  # type: ignore[method-assign]
    cocoach.controller.toggle()
    settle()
    run = cocoach.controller.run
    assert run is not None
    clock.advance(run.phases[0].seconds - 200)  # 3:20 left
    cocoach.controller.tick()
    assert cocoach.controller.state().alert is Alert.CALM  # type: ignore[union-attr]
    cocoach.apply_preferences(replace(cocoach.prefs, soon_seconds=300, sound=False))
    assert cocoach.controller.state().alert is Alert.SOON  # type: ignore[union-attr]
    assert not cocoach.chime.enabled
    assert cocoach.settings.load().soon_seconds == 300
    cocoach.close()


def test_editor_changes_names_and_minutes(qtbot: QtBot) -> None:
    copy = duplicate(builtin("grow"), "Our GROW", {"grow"})
    editor = TemplateEditor(copy)
    qtbot.addWidget(editor)
    editor.table.setItem(0, 0, QTableWidgetItem("Goal for today"))
    editor.table.setItem(0, 1, QTableWidgetItem("7,5"))
    edited, problems = editor.edited()
    assert problems == []
    assert edited is not None
    assert edited.phases[0].name == "Goal for today"
    assert edited.phases[0].minutes == 7.5
    assert edited.default_minutes == round(sum(p.minutes for p in edited.phases))
    assert "min" in editor.total.text()


def test_editor_explains_bad_minutes_and_saves_nothing(qtbot: QtBot) -> None:
    editor = TemplateEditor(duplicate(builtin("grow"), "Mine", {"grow"}))
    qtbot.addWidget(editor)
    editor.table.setItem(1, 1, QTableWidgetItem("ten"))
    editor.table.setItem(2, 1, QTableWidgetItem("-3"))
    editor.accept()
    assert editor.result_template is None
    text = editor.error.text()
    assert "Phase 2" in text and "number" in text
    assert "-3" in text


def test_editor_adds_moves_and_removes_phases(qtbot: QtBot) -> None:
    editor = TemplateEditor(duplicate(builtin("grow"), "Mine", {"grow"}))
    qtbot.addWidget(editor)
    count = editor.table.rowCount()
    editor._add_row(None)
    assert editor.table.rowCount() == count + 1
    editor.table.setCurrentCell(count, 0)
    editor._move(-1)
    edited, _ = editor.edited()
    assert edited is not None and edited.phases[count - 1].name == "New phase"
    editor.table.setCurrentCell(count - 1, 0)
    editor._remove_row()
    edited, _ = editor.edited()
    assert edited is not None and len(edited.phases) == count


def test_typing_in_a_field_does_not_drive_the_timer(qtbot: QtBot, data_dir: Path) -> None:
    cocoach = CocoachApp(ManualClock(), data_dir)
    qtbot.addWidget(cocoach.window)
    cocoach.window.show()
    qtbot.waitExposed(cocoach.window)
    field = cocoach.window.setup.person_edit
    field.setFocus()
    qtbot.keyClicks(field, "Nina Peters")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert cocoach.window.setup.people() == ["Nina Peters"]
    run = cocoach.controller.run
    assert run is not None and run.state is RunState.NOT_STARTED
    cocoach.close()


def test_the_editor_sets_question_groups_and_questions_only_phases(qtbot: QtBot) -> None:
    copy = duplicate(builtin("grow"), "My GROW", {"grow"})
    editor = TemplateEditor(copy)
    qtbot.addWidget(editor)
    assert editor.table.item(1, editor.GROUPS_COLUMN).text() == (
        "explore, clarifying, probing, what_else"
    )
    assert editor.table.item(0, editor.ASK_COLUMN).checkState() == Qt.CheckState.Checked
    assert editor.table.item(3, editor.ASK_COLUMN).checkState() == Qt.CheckState.Unchecked
    editor.table.item(3, editor.GROUPS_COLUMN).setText("commitment,  what_else")
    editor.table.item(3, editor.ASK_COLUMN).setCheckState(Qt.CheckState.Checked)
    editor.table.setCurrentCell(3, 0)
    editor._move(-1)  # the groups and the tick travel with their row
    template, problems = editor.edited()
    assert problems == []
    assert template.phases[2].prompt_groups == ("commitment", "what_else")
    assert template.phases[2].ask_dont_tell
    assert template.phases[3].name == "Options" and template.phases[3].ask_dont_tell
    editor.table.item(0, editor.GROUPS_COLUMN).setText("goal, advice")
    _template, problems = editor.edited()
    assert any("advice" in p for p in problems)
