"""Prompts on the projector, the question panel with its advice check, and the observer's tally."""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import fresh_view, settle
from parts import Meeting, meeting, question_bank, running_session
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from cocoach_desktop.advice.model.advice import Label, check
from cocoach_desktop.app import CocoachApp
from cocoach_desktop.archive.qt.session_view import SessionView
from cocoach_desktop.domain.records import TallyKind
from cocoach_desktop.notes.qt.notes_panel import NotesPanel, asked_question
from cocoach_desktop.platform.clock import ManualClock
from cocoach_desktop.platform.preferences import Preferences
from cocoach_desktop.questions.model.prompts import parse_bank_file
from cocoach_desktop.questions.qt.prompting import PromptDirector
from cocoach_desktop.questions.qt.question_bank import QuestionBankKeeper
from cocoach_desktop.questions.qt.questions_panel import QuestionsPanel
from cocoach_desktop.storage.archive import Archive


@pytest.fixture
def live(qtbot: QtBot, data_dir: Path, archive: Archive) -> tuple[Meeting, ManualClock]:
    """The live session's parts as in a meeting (no app): the window recording into an
    archive in ``data_dir``, the tally, the room's screens and the prompts."""
    clock = ManualClock()
    return meeting(qtbot, clock, data_dir, archive), clock


def start(cocoach: CocoachApp | Meeting, protocol: str = "quality-first") -> None:
    index = cocoach.setup.protocol_combo.findData(protocol)
    assert index >= 0
    cocoach.setup.protocol_combo.setCurrentIndex(index)
    for name in ("Ana", "Ben", "Chloé"):
        cocoach.setup.add_person(name)
    cocoach.setup.group_combo.setCurrentText("Maths team")
    cocoach.controller.toggle()
    settle()


@pytest.fixture
def bank(data_dir: Path, archive: Archive) -> QuestionBankKeeper:
    """The question bank alone: the shipped banks, the user's rows in a real archive file
    in ``data_dir``, its own undo history."""
    keeper = question_bank()
    keeper.set_archive(archive)
    return keeper


def following_a_session(bank: QuestionBankKeeper, clock: ManualClock) -> PromptDirector:
    """The prompts alone, with the app's default rotation, following the first phase of a
    quality-first session started on ``clock`` (the test asks for ``qtbot``: its timer
    needs the Qt application)."""
    prompts = PromptDirector(bank.book, clock, Preferences().prompt_rotate_minutes)
    prompts.follow(running_session(clock).state())
    return prompts


def questions_panel(qtbot: QtBot, bank: QuestionBankKeeper) -> QuestionsPanel:
    """The question panel alone, showing the bank, on the first phase of quality-first."""
    panel = QuestionsPanel()
    qtbot.addWidget(panel)
    panel.set_book(bank.book)
    panel.set_phase_groups(("goal",))
    panel.show()
    return panel


def projector(cocoach: CocoachApp | Meeting, qtbot: QtBot):
    cocoach.window.act_presentation.setChecked(True)
    window = cocoach.presentation.window
    assert window is not None
    qtbot.addWidget(window)
    return window


def press(
    cocoach: CocoachApp | Meeting, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier
) -> None:
    """A key pressed with the facilitator's window active, as the facilitator would."""
    cocoach.window.agenda_view.setFocus()
    QTest.keyClick(cocoach.window.agenda_view, key, modifier)


# ----- prompts on the projector --------------------------------------------------------------


def test_the_projector_shows_a_prompt_of_the_phase_under_its_rule(live, qtbot) -> None:
    cocoach, _clock = live
    start(cocoach)
    window = projector(cocoach, qtbot)
    phase_groups = cocoach.controller.run.current.prompt_groups
    expected = cocoach.bank.book.for_phase(phase_groups)[0].text
    assert window.prompt_label.text() == f"“{expected}”"
    assert window.prompt_label.isVisibleTo(window)
    # The first phase of quality-first is questions only: the reminder shows.
    assert window.reminder_label.text() == "Ask, don’t tell"
    # The prompt sits under the rule, in the room's view.
    assert window.prompt_label.y() > window.rule_label.y()


def test_q_moves_on_and_shift_q_goes_back(live, qtbot) -> None:
    cocoach, _clock = live
    start(cocoach)
    window = projector(cocoach, qtbot)
    questions = cocoach.bank.book.for_phase(cocoach.controller.run.current.prompt_groups)
    press(cocoach, Qt.Key.Key_Q)
    assert window.prompt_label.text() == f"“{questions[1].text}”"
    press(cocoach, Qt.Key.Key_Q)
    assert window.prompt_label.text() == f"“{questions[2].text}”"
    press(cocoach, Qt.Key.Key_Q, Qt.KeyboardModifier.ShiftModifier)
    assert window.prompt_label.text() == f"“{questions[1].text}”"
    press(cocoach, Qt.Key.Key_Q, Qt.KeyboardModifier.ShiftModifier)
    press(cocoach, Qt.Key.Key_Q, Qt.KeyboardModifier.ShiftModifier)  # wraps to the last
    assert window.prompt_label.text() == f"“{questions[-1].text}”"


def test_the_keys_work_from_the_presentation_window_too(live, qtbot) -> None:
    cocoach, _clock = live
    start(cocoach)
    window = projector(cocoach, qtbot)
    questions = cocoach.bank.book.for_phase(cocoach.controller.run.current.prompt_groups)
    window.activateWindow()
    window.setFocus()
    QTest.keyClick(window, Qt.Key.Key_Q)
    assert window.prompt_label.text() == f"“{questions[1].text}”"
    QTest.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert cocoach.prompts.view.pinned
    QTest.keyClick(window, Qt.Key.Key_3)
    assert [m.kind for m in cocoach.tally.marks] == [TallyKind.ADVICE]


def test_typing_q_in_a_note_is_a_letter_not_a_move(live, qtbot) -> None:
    cocoach, _clock = live
    start(cocoach)
    before = cocoach.prompts.view
    editor = cocoach.window.notes.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "Quiet")
    assert editor.toPlainText() == "Quiet"
    assert cocoach.prompts.view == before


def test_a_new_phase_brings_its_own_questions_and_the_reminder_follows_the_phase(
    live, qtbot
) -> None:
    cocoach, _clock = live
    start(cocoach)
    window = projector(cocoach, qtbot)
    run = cocoach.controller.run
    while run.current.ask_dont_tell:
        cocoach.controller.next_phase()
        settle()
    groups = run.current.prompt_groups
    assert window.prompt_label.text() == f"“{cocoach.bank.book.for_phase(groups)[0].text}”"
    assert window.reminder_label.text() == ""
    assert not window.reminder_label.isVisibleTo(window)


def test_a_pinned_prompt_stays_through_rotation_and_moving_by_hand_unpins(live, qtbot) -> None:
    cocoach, clock = live
    start(cocoach)
    prompts = cocoach.prompts
    prompts.set_rotation(2)  # every two minutes
    first = prompts.view.text
    clock.advance(119)
    prompts._rotate()
    assert prompts.view.text == first  # not yet
    clock.advance(1)
    prompts._rotate()
    second = prompts.view.text
    assert second != first
    press(cocoach, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert prompts.view.pinned and cocoach.window.act_prompt_pin.isChecked()
    clock.advance(600)
    prompts._rotate()
    assert prompts.view.text == second
    press(cocoach, Qt.Key.Key_Q)
    assert not prompts.view.pinned
    assert not cocoach.window.act_prompt_pin.isChecked()


def test_rotation_is_off_by_default(qtbot: QtBot, bank: QuestionBankKeeper) -> None:
    clock = ManualClock()
    prompts = following_a_session(bank, clock)
    first = prompts.view.text
    assert first
    clock.advance(3600)
    prompts._rotate()
    assert prompts.view.text == first
    assert not prompts._timer.isActive()


def test_prompts_can_be_kept_off_the_projector(live, qtbot) -> None:
    cocoach, _clock = live
    start(cocoach)
    window = projector(cocoach, qtbot)
    cocoach.window.act_prompts_shown.setChecked(False)
    assert window.prompt_label.text() == ""
    assert not cocoach.prefs.prompts_on_screen
    cocoach.window.act_prompts_shown.setChecked(True)
    assert window.prompt_label.text() != ""


def test_a_question_picked_from_the_list_goes_on_the_projector(live, qtbot) -> None:
    cocoach, _clock = live
    start(cocoach)
    window = projector(cocoach, qtbot)
    panel = cocoach.window.questions
    panel.questions_list.setCurrentRow(3)
    item = panel.questions_list.currentItem()
    panel.show_button.click()
    assert window.prompt_label.text() == f"“{cocoach.bank.book.find(panel.current_key()).text}”"
    assert item.font().bold()  # the one on screen stands out in the list


def test_searching_the_bank_filters_the_list(qtbot: QtBot, bank: QuestionBankKeeper) -> None:
    panel = questions_panel(qtbot, bank)
    total = panel.questions_list.count()
    assert total >= 15
    panel.search_edit.setText("USEFUL")
    shown = [panel.questions_list.item(r).text() for r in range(panel.questions_list.count())]
    assert 0 < len(shown) < total
    assert all("useful" in text.casefold() for text in shown)


# ----- the question field and the notes field -----------------------------------------------


def test_the_question_field_flags_advice_with_reframes_one_click_away(
    qtbot: QtBot, bank: QuestionBankKeeper
) -> None:
    panel = questions_panel(qtbot, bank)
    qtbot.keyClicks(panel.question_edit, "have you tried a seating plan")
    hint = panel.hint
    assert hint.isVisibleTo(panel)
    assert hint.verdict is not None and hint.verdict.label is Label.ADVICE
    assert "Advice" in hint.summary.text()
    shown = [b for b in hint.buttons if b.isVisibleTo(hint)]
    assert 1 <= len(shown) <= 3
    reframe = shown[0].text()
    shown[0].click()
    assert panel.question_edit.text() == reframe
    assert check(reframe).label is Label.OPEN
    assert hint.verdict.label is Label.OPEN


def test_a_typed_question_can_go_on_the_projector_and_into_the_bank(live, qtbot) -> None:
    cocoach, _clock = live
    start(cocoach)
    window = projector(cocoach, qtbot)
    panel = cocoach.window.questions
    cocoach.window.show_questions()
    qtbot.keyClicks(panel.question_edit, "What would your best lesson this week look like?")
    QTest.keyClick(panel.question_edit, Qt.Key.Key_Return)
    assert window.prompt_label.text() == "“What would your best lesson this week look like?”"
    panel.keep_button.click()
    group = panel.group_combo.currentData()
    texts = [q.text for q in cocoach.bank.book.group(group)]
    assert "What would your best lesson this week look like?" in texts
    press(cocoach, Qt.Key.Key_Q)  # Q moves on from a typed question
    assert window.prompt_label.text() != "“What would your best lesson this week look like?”"


def test_note_lines_that_record_a_question_are_checked(qtbot: QtBot) -> None:
    notes = NotesPanel()  # the notes panel alone, as it is while a session is on
    qtbot.addWidget(notes)
    notes.set_session_open(True)
    notes.show()
    notes.editor.setFocus()
    qtbot.keyClicks(notes.editor, "She says the class is calm on Fridays")
    assert not notes.hint.isVisibleTo(notes)  # a note about what was said is not judged
    QTest.keyClick(notes.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(notes.editor, "Q: why dont you just ring the parents")
    assert notes.hint.isVisibleTo(notes)
    assert notes.hint.verdict.label is Label.ADVICE
    reframe = notes.hint.verdict.reframes[0]
    notes.hint.buttons[0].click()
    lines = notes.editor.toPlainText().split("\n")
    assert lines == ["She says the class is calm on Fridays", f"Q: {reframe}"]
    notes.editor.undo()  # the swap is one undo step
    assert notes.editor.toPlainText().split("\n")[1] == "Q: why dont you just ring the parents"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Q: have you tried x", ("Q: ", "have you tried x")),
        ("q:is it every lesson", ("q:", "is it every lesson")),
        ("  What else?", ("  ", "What else?")),
        ("she said no", None),
        ("Quite a day", None),
        ("Q:", None),
    ],
)
def test_which_note_lines_record_a_question(line: str, expected) -> None:
    assert asked_question(line) == expected


# ----- the bank: star, hide, edit, own questions, files ---------------------------------------


def test_star_hide_edit_and_delete_are_saved_and_undone(
    bank: QuestionBankKeeper, data_dir: Path
) -> None:
    first = bank.book.group("probing")[0]
    bank.toggle_star(first.key)
    assert bank.book.find(first.key).starred
    assert bank.book.for_phase(("probing",))[0].key == first.key
    second = bank.book.group("probing")[1]
    bank.toggle_hidden(second.key)
    assert second.key not in {q.key for q in bank.book.for_phase(("probing",))}
    bank.edit(first.key, "What is the question under this question?")
    assert bank.book.find(first.key).text == "What is the question under this question?"
    bank.add("probing", "What does this remind you of?")
    own = [q for q in bank.book.group("probing") if q.own]
    assert [q.text for q in own] == ["What does this remind you of?"]
    # All of it is in the archive, not in the shipped files.
    saved = fresh_view(data_dir).saved_questions()
    assert {s.shipped_id for s in saved} >= {first.shipped_id, second.shipped_id}
    bank.delete(own[0].key)
    assert not [q for q in bank.book.group("probing") if q.own]
    stack = bank.undo_stack
    stack.undo()  # the delete
    assert [q.text for q in bank.book.group("probing") if q.own] == [own[0].text]
    assert bank.book.group("probing")[-1].key == own[0].key  # back under its own id
    for _ in range(4):
        stack.undo()
    for before in (first, second):  # as shipped again (their rows hold only defaults)
        after = bank.book.find(before.key)
        assert (after.text, after.starred, after.hidden, after.edited) == (
            before.text,
            False,
            False,
            False,
        )
    assert all(not s.starred and not s.hidden and not s.text for s in archive_rows(data_dir))


def archive_rows(data_dir: Path):
    return fresh_view(data_dir).saved_questions()


def test_a_bank_exported_and_imported_adds_only_what_is_new(
    bank: QuestionBankKeeper, tmp_path: Path
) -> None:
    bank.add("goal", "What would make this hour worth it?")
    text = bank.export_text("goal")
    parsed = parse_bank_file(text, "export")
    assert "What would make this hour worth it?" in parsed.texts
    path = tmp_path / "goal.toml"
    path.write_text(text.replace("worth it?", "worth it to you?"), encoding="utf-8")
    message = bank.import_file(path)
    assert "Added 1 question" in message
    own = [q.text for q in bank.book.group("goal") if q.own]
    assert own == [
        "What would make this hour worth it?",
        "What would make this hour worth it to you?",
    ]
    assert "Nothing to add" in bank.import_file(path)


def test_a_broken_bank_file_adds_nothing_and_says_why(
    bank: QuestionBankKeeper, tmp_path: Path
) -> None:
    from cocoach_desktop.questions.model.prompts import BankError

    path = tmp_path / "broken.toml"
    path.write_text(
        'format = "cocoach-questions"\nversion = 1\ngroup = "goal"\n[[questions]]\ntext = 3\n'
    )
    before = bank.book
    with pytest.raises(BankError) as raised:
        bank.import_file(path)
    assert "text" in raised.value.problem
    assert bank.book == before


# ----- the observer's tally -------------------------------------------------------------------


def test_keys_1_2_3_count_and_ctrl_z_takes_back(live, data_dir: Path) -> None:
    cocoach, clock = live
    press(cocoach, Qt.Key.Key_1)  # no session yet: nothing to count into
    assert cocoach.tally.marks == []
    start(cocoach)
    clock.advance(90)
    for key in (Qt.Key.Key_1, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3):
        press(cocoach, key)
    panel = cocoach.window.tally
    assert panel.buttons[TallyKind.OPEN].text().endswith("2")
    assert panel.buttons[TallyKind.ADVICE].text().endswith("1")
    marks = fresh_view(data_dir).tally(cocoach.recorder.session_id)
    assert [m.kind for m in marks] == [
        TallyKind.OPEN,
        TallyKind.OPEN,
        TallyKind.CLOSED,
        TallyKind.ADVICE,
    ]
    assert marks[0].session_seconds == pytest.approx(90)
    assert marks[0].phase_index == 0
    press(cocoach, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [m.kind for m in fresh_view(data_dir).tally(cocoach.recorder.session_id)][-1] is (
        TallyKind.CLOSED
    )
    assert panel.buttons[TallyKind.ADVICE].text().endswith("0")
    panel.undo_button.click()
    assert len(fresh_view(data_dir).tally(cocoach.recorder.session_id)) == 2


def test_the_tally_shows_in_the_session_view_with_the_team_trend(live, qtbot, data_dir) -> None:
    cocoach, clock = live
    start(cocoach)
    for kind in (TallyKind.ADVICE, TallyKind.ADVICE, TallyKind.OPEN):
        cocoach.tally.tap(kind)
    first = cocoach.recorder.session_id
    cocoach.controller.finish()
    settle()
    cocoach.window.new_session()
    clock.advance(7 * 24 * 3600)
    cocoach.controller.toggle()
    settle()
    for kind in (TallyKind.OPEN, TallyKind.OPEN, TallyKind.OPEN, TallyKind.ADVICE):
        cocoach.tally.tap(kind)
    second = cocoach.recorder.session_id
    assert second != first
    archive = fresh_view(data_dir)
    view = SessionView(archive, cocoach.window.undo_stack, clock.now)
    qtbot.addWidget(view)
    view.set_detail(archive.session(second))
    assert view.tally_label.text().startswith("3 open questions, 0 closed, 1 advice")
    assert "25%" in view.tally_label.text()
    assert "67% in the first, 25% in the latest" in view.trend_label.text()
    assert "Maths team" in view.trend_label.text()
    view.show()
    assert view.trend_chart.isVisibleTo(view)
    assert [p.session_id for p in view.trend_chart.points] == [first, second]
    picture = view.trend_chart.grab().toImage()
    assert picture.width() > 0


# ----- settings and crash recovery ------------------------------------------------------------


def test_prompt_settings_are_kept_and_applied(app, qtbot) -> None:
    from dataclasses import replace

    from cocoach_desktop.shell.qt.settings_dialog import SettingsDialog

    cocoach, _clock = app
    dialog = SettingsDialog(cocoach.prefs)
    qtbot.addWidget(dialog)
    assert dialog.rotate.value() == 0 and dialog.rotate.text() == "never"
    dialog.rotate.setValue(3)
    dialog.reminder.setChecked(False)
    dialog.prompts.setChecked(False)
    prefs = dialog.preferences()
    assert (prefs.prompt_rotate_minutes, prefs.ask_reminder, prefs.prompts_on_screen) == (
        3,
        False,
        False,
    )
    start(cocoach)
    window = projector(cocoach, qtbot)
    cocoach.apply_preferences(prefs)
    assert cocoach.prompts.deck.rotate_every == 180
    assert window.reminder_label.text() == "" and window.prompt_label.text() == ""
    assert not cocoach.window.act_prompts_shown.isChecked()
    assert cocoach.settings.load().prompt_rotate_minutes == 3
    dialog._restore_defaults()
    assert dialog.preferences().prompt_rotate_minutes == 0
    assert replace(prefs, prompt_rotate_minutes=61).problems()


def test_a_session_resumed_after_a_crash_keeps_its_tally(app, qtbot, data_dir: Path) -> None:
    from cocoach_desktop.recording.qt.recovery_dialog import RecoveryChoice

    cocoach, clock = app
    start(cocoach, "grow")
    for kind in (TallyKind.OPEN, TallyKind.ADVICE):
        cocoach.tally.tap(kind)
    session_id = cocoach.recorder.session_id
    # A second app on the same archive, as after a crash: the session is still "running".
    archive = fresh_view(data_dir)
    again = CocoachApp(clock, data_dir / "elsewhere", archive)
    qtbot.addWidget(again.window)
    again.window.confirm = lambda title, text: True  # type: ignore[method-assign]
    again.recovery_view.ask_recovery = lambda point: RecoveryChoice.RESUME  # type: ignore[method-assign]
    again.recovery.recover_unfinished(again.archive)
    assert again.tally.session_id == session_id
    assert [m.kind for m in again.tally.marks] == [TallyKind.OPEN, TallyKind.ADVICE]
    assert again.window.tally.buttons[TallyKind.ADVICE].text().endswith("1")
    # The resumed phase keeps its question groups, so the prompts still follow it.
    assert again.controller.run.current.prompt_groups == ("goal",)
    assert again.prompts.view.text
    again.close()
    archive.engine.dispose()


@pytest.mark.parametrize("size", [(1600, 900), (1280, 720), (1024, 768), (800, 600), (640, 360)])
def test_with_a_prompt_and_an_alert_nothing_on_the_projector_overlaps(qtbot, size) -> None:
    from cocoach_desktop.platform.qt.theme import apply_app_theme
    from cocoach_desktop.timer.qt.projector_window import PresentationWindow

    clock = ManualClock()
    controller = running_session(clock)
    controller.next_phase()  # a questions-only phase: the reminder shows too
    prefs = Preferences()
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    apply_app_theme(app, prefs.theme)
    # The projector's window alone, set as the app sets it, showing the controller's state.
    window = PresentationWindow(prefs.theme)
    qtbot.addWidget(window)
    window.set_reminder(prefs.ask_reminder)
    controller.updated.connect(window.show_state)
    long = "What would " + "really " * 12 + "matter to you if this went well?"
    window.show_prompt(long)
    window.show()
    window.showNormal()
    window.resize(*size)
    clock.advance(controller.run.remaining() + 85)  # overtime: the alert line shows
    controller.tick()
    qtbot.wait(1)  # let the layout settle at the new size
    assert window.alert_label.text() and window.reminder_label.isVisibleTo(window)
    column = [
        window.phase_label,
        window.speaker_label,
        window.time_label,
        window.alert_label,
        window.phase_progress,
        window.rule_label,
        window.prompt_label,
        window.next_label,
        window.session_progress,
    ]
    for upper, lower in itertools.pairwise(column):
        assert upper.geometry().bottom() <= lower.geometry().top(), (upper, lower)
    assert window.session_progress.geometry().bottom() <= window.height()
    header = window.header_label.geometry()
    assert header.right() <= window.paused_label.geometry().left()
    assert window.paused_label.geometry().right() <= window.reminder_label.geometry().left()


def test_the_advice_rules_are_not_compiled_before_the_window_is_up(tmp_path: Path) -> None:
    """Compiling the rules takes a few hundred milliseconds: never before the first paint."""
    script = (
        "import sys, pathlib\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from cocoach_desktop.app import CocoachApp\n"
        "from cocoach_desktop.platform.clock import SystemClock\n"
        f"CocoachApp(SystemClock(), pathlib.Path({str(tmp_path)!r}))\n"
        "print('cocoach_desktop.advice.model.advice' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.stdout.strip() == "False"


def bank_file(tmp_path: Path, *texts: str) -> Path:
    path = tmp_path / "mine.toml"
    questions = "".join(f'\n[[questions]]\ntext = "{t}"\n' for t in texts)
    path.write_text(
        'format = "cocoach-questions"\nversion = 1\ngroup = "goal"\n' + questions,
        encoding="utf-8",
    )
    return path


def own_texts(cocoach: CocoachApp | QuestionBankKeeper, group: str = "goal") -> list[str]:
    bank = cocoach if isinstance(cocoach, QuestionBankKeeper) else cocoach.bank
    return [q.text for q in bank.book.group(group) if q.own]


def test_undo_walks_back_through_add_star_delete_and_import_without_touching_others(
    bank: QuestionBankKeeper, tmp_path: Path
) -> None:
    stack = bank.undo_stack
    bank.add("goal", "Alpha: what matters most here?")
    alpha = next(q for q in bank.book.group("goal") if q.own)
    bank.toggle_star(alpha.key)
    bank.delete(alpha.key)
    bank.import_file(bank_file(tmp_path, "Zeta: what would you like instead?"))
    assert own_texts(bank) == ["Zeta: what would you like instead?"]
    stack.undo()  # the import
    assert own_texts(bank) == []
    stack.undo()  # the delete: Alpha is back under its own key, still starred
    back = bank.book.find(alpha.key)
    assert back is not None and back.starred
    stack.undo()  # the star
    assert not bank.book.find(alpha.key).starred
    for _ in range(3):
        stack.redo()
    assert own_texts(bank) == ["Zeta: what would you like instead?"]
    stack.undo()
    stack.undo()
    assert own_texts(bank) == ["Alpha: what matters most here?"]


def test_an_imported_question_keeps_no_stray_line_breaks(
    bank: QuestionBankKeeper, tmp_path: Path
) -> None:
    bank.import_file(bank_file(tmp_path, "What\\n else\\twould help?"))
    assert own_texts(bank) == ["What else would help?"]


def test_after_a_restore_ctrl_z_cannot_write_into_the_restored_archive(app) -> None:
    from cocoach_desktop.storage.backup import list_backups

    cocoach, _clock = app
    stack = cocoach.window.undo_stack
    cocoach.bank.add("goal", "Precious: what do you want from today?")
    assert cocoach.backups.back_up_now(quiet=True)
    precious = next(q for q in cocoach.bank.book.group("goal") if q.own)
    cocoach.bank.delete(precious.key)
    cocoach.bank.add("goal", "Throwaway: what else?")
    (backup,) = list_backups(cocoach.backups.folder)
    cocoach.backups.restore(backup, cocoach.reopen_archive)
    assert own_texts(cocoach) == ["Precious: what do you want from today?"]
    assert not stack.canUndo()
    stack.undo()
    assert own_texts(cocoach) == ["Precious: what do you want from today?"]


def test_a_rotation_timer_that_fires_early_waits_only_for_what_is_left(
    qtbot: QtBot, bank: QuestionBankKeeper
) -> None:
    clock = ManualClock()
    prompts = following_a_session(bank, clock)
    bank.bookChanged.connect(prompts.set_book)  # as the app has the prompts follow the bank
    prompts.set_rotation(1)
    first = prompts.view.text
    # Qt may put up to 5% on a coarse timer; a busy machine takes a little off.
    assert 50_000 <= prompts._timer.remainingTime() <= 63_000
    clock.advance(59.4)  # a coarse timer may wake a little early
    prompts._rotate()
    assert prompts.view.text == first
    assert 0 < prompts._timer.remainingTime() <= 700  # not another whole minute
    clock.advance(0.6)
    prompts._rotate()
    assert prompts.view.text != first
    # Editing the bank keeps the prompt's time running rather than starting it again.
    clock.advance(30)
    bank.toggle_star(bank.book.group("goal")[5].key)
    assert 20_000 <= prompts._timer.remainingTime() <= 31_500


def test_showing_a_question_of_another_group_or_a_hidden_one_works(live, qtbot) -> None:
    cocoach, _clock = live
    start(cocoach)
    window = projector(cocoach, qtbot)
    other = cocoach.bank.book.group("commitment")[2]
    panel = cocoach.window.questions
    panel.all_groups.setChecked(True)
    panel.search_edit.setText(other.text)
    panel.questions_list.setCurrentRow(0)
    assert panel.current_key() == other.key
    panel.show_button.click()
    assert window.prompt_label.text() == f"“{other.text}”"
    press(cocoach, Qt.Key.Key_Q)  # Q goes back to the phase's own questions
    groups = cocoach.controller.run.current.prompt_groups
    assert cocoach.prompts.view.text in {q.text for q in cocoach.bank.book.for_phase(groups)}


def test_after_the_session_finishes_the_question_panel_follows_no_phase(live) -> None:
    cocoach, _clock = live
    start(cocoach)
    assert cocoach.window.questions.groups == ("goal",)
    cocoach.controller.finish()
    settle()
    panel = cocoach.window.questions
    assert panel.groups == ()
    assert "No phase is on" in panel.prompt_status.text()


def test_ctrl_k_on_a_typed_question_keeps_the_pin_action_ticked(live) -> None:
    cocoach, _clock = live
    start(cocoach)
    cocoach.prompts.show_text("What is the question under the question?")
    assert cocoach.window.act_prompt_pin.isChecked()
    press(cocoach, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert cocoach.prompts.view.pinned
    assert cocoach.window.act_prompt_pin.isChecked()


def test_the_tally_undo_button_takes_back_the_newest_count_even_after_other_edits(
    live, data_dir: Path
) -> None:
    cocoach, _clock = live
    start(cocoach)
    cocoach.tally.tap(TallyKind.OPEN)
    cocoach.tally.tap(TallyKind.ADVICE)
    cocoach.bank.toggle_star(cocoach.bank.book.group("goal")[0].key)  # another edit on top
    cocoach.window.tally.undo_button.click()
    sid = cocoach.recorder.session_id
    assert [m.kind for m in fresh_view(data_dir).tally(sid)] == [TallyKind.OPEN]
    assert cocoach.bank.book.group("goal")[0].starred  # the star was not undone
    cocoach.window.undo_stack.undo()  # Ctrl+Z brings the count back
    assert [m.kind for m in fresh_view(data_dir).tally(sid)] == [TallyKind.OPEN, TallyKind.ADVICE]


def test_a_long_trend_shows_the_newest_sessions_and_always_the_one_on_view(qtbot) -> None:
    from datetime import UTC, datetime, timedelta

    from cocoach_desktop.domain.records import TallyCounts, TallyPoint
    from cocoach_desktop.tally.qt.tally_chart import TallyTrendChart

    chart = TallyTrendChart()
    qtbot.addWidget(chart)
    chart.resize(420, 180)
    chart.show()
    start_day = datetime(2026, 1, 5, tzinfo=UTC)
    points = [
        TallyPoint(n, start_day + timedelta(days=7 * n), ("Ana",), TallyCounts(3, 1, n % 3))
        for n in range(200)
    ]
    chart.set_points(points, current=199)
    assert 10 < len(chart.points) < 200
    assert chart.points[-1].session_id == 199
    assert "of the 200 tallied sessions" in chart.shown_text()
    chart.set_points(points, current=20)
    assert 20 in [p.session_id for p in chart.points]
    chart.resize(2000, 180)
    assert len(chart.points) > 100
    chart.grab()  # paints without trouble


def test_the_first_counts_after_start_are_kept_before_the_session_is_on_disk(live) -> None:
    """The observer taps the moment the session starts, before the writer thread has put
    the session's row on disk: the counts show at once and land in that session."""
    cocoach, _clock = live
    cocoach.setup.add_person("Ana")
    cocoach.controller.toggle()  # no settle: the session's row is still being written
    assert all(b.isEnabled() for b in cocoach.window.tally.buttons.values())
    for key in (TallyKind.OPEN, TallyKind.ADVICE, TallyKind.OPEN):
        cocoach.tally.tap(key)
    assert [m.kind for m in cocoach.tally.marks] == [
        TallyKind.OPEN,
        TallyKind.ADVICE,
        TallyKind.OPEN,
    ]
    settle()
    session_id = cocoach.recorder.session_id
    assert session_id is not None and cocoach.tally.session_id == session_id
    on_disk = cocoach.archive.tally(session_id)
    assert [m.kind for m in on_disk] == [TallyKind.OPEN, TallyKind.ADVICE, TallyKind.OPEN]
    cocoach.window.undo_stack.undo()  # the last tap, taken back
    settle()
    assert [m.kind for m in cocoach.archive.tally(session_id)] == [
        TallyKind.OPEN,
        TallyKind.ADVICE,
    ]
