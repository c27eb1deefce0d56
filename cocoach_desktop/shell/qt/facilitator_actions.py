"""The facilitator window's actions, their keys and texts, and its menus.

The window builds on :class:`FacilitatorActions`; the slots that are the window's own (start,
finish, a new session and the like) it connects itself.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow

from cocoach_desktop.domain.records import TallyKind
from cocoach_desktop.platform.qt.widgets import shortcut_texts
from cocoach_desktop.tally.qt.tally_panel import KEYS as TALLY_KEYS
from cocoach_desktop.timer.model.session import RunState
from cocoach_desktop.timer.qt.timing_actions import TimingActions

APP = Qt.ShortcutContext.ApplicationShortcut


def _tr(text: str) -> str:
    return QCoreApplication.translate("FacilitatorWindow", text)


class FacilitatorActions(QMainWindow):
    """A main window with the facilitator's actions (``act_…``) and its menus (``…_menu``)."""

    def _action(
        self, keys: list[str] | None = None, slot: object = None, *, app_wide: bool = True
    ) -> QAction:
        action = QAction(self)
        if keys:
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(APP if app_wide else Qt.ShortcutContext.WindowShortcut)
        if slot is not None:
            action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self, timing: TimingActions, undo_stack: QUndoStack) -> None:
        self.act_toggle = self._action(["Space"])
        self.act_next = self._action(["N", "Right"], timing.next_phase)
        self.act_previous = self._action(["P", "Left"], timing.previous_phase)
        self.act_extend1 = self._action(["+", "="], lambda: timing.change_time(60))
        self.act_extend5 = self._action(["5"], lambda: timing.change_time(300, ask_if_large=True))
        self.act_reduce1 = self._action(["-"], lambda: timing.change_time(-60))
        self.act_extend_any = self._action(["E"], timing.extend_by)
        self.act_end_at = self._action(["T"])
        self.act_finish = self._action(["Ctrl+E"])
        self.act_new = self._action(["Ctrl+N"], app_wide=False)
        self.act_presentation = self._action(["F"])
        self.act_presentation.setCheckable(True)
        self.act_compact = self._action(["C"])
        self.act_compact.setCheckable(True)
        self.act_blank = self._action(["B"])  # the room's screen black until B again
        self.act_blank.setCheckable(True)
        self.blank_indicator = QLabel()  # says so in the status bar while it is blank
        self.blank_indicator.setObjectName("warningBanner")
        self.blank_indicator.hide()
        self.statusBar().addPermanentWidget(self.blank_indicator)
        self.act_blank.toggled.connect(self.blank_indicator.setVisible)
        self.act_leave_full = self._action(["Esc"])
        self.act_full = self._action(["F11"], app_wide=False)
        self.act_settings = self._action(["Ctrl+,"], app_wide=False)
        self.act_shortcuts = self._action(["F1", "?"])
        self.act_about = self._action()
        self.act_archive = self._action(["Ctrl+O"], app_wide=False)
        self.act_backup = self._action(["Ctrl+B"], app_wide=False)
        self.act_restore = self._action(app_wide=False)
        self.act_import = self._action(["Ctrl+I"], app_wide=False)
        self.act_data_folder = self._action(app_wide=False)
        self.act_quit = self._action(["Ctrl+Q"], self.close, app_wide=False)
        self.act_duplicate = self._action(["Ctrl+D"])
        self.act_prompt_next = self._action(["Q"])
        self.act_prompt_previous = self._action(["Shift+Q"])
        self.act_prompt_pin = self._action(["Ctrl+K"])
        self.act_prompt_pin.setCheckable(True)
        self.act_prompts_shown = self._action(app_wide=False)
        self.act_prompts_shown.setCheckable(True)
        self.act_prompts_shown.setChecked(True)
        self.act_questions = self._action(["Ctrl+Shift+Q"], app_wide=False)
        self.act_notes = self._action(["Ctrl+Shift+N"], app_wide=False)
        self.act_bank_import = self._action(app_wide=False)
        self.act_bank_export = self._action(app_wide=False)
        self.act_tally = {kind: self._action([key]) for kind, key in TALLY_KEYS.items()}
        self.act_undo = undo_stack.createUndoAction(self)
        self.act_undo.setShortcuts(QKeySequence.StandardKey.Undo)
        self.act_redo = undo_stack.createRedoAction(self)
        self.act_redo.setShortcuts(QKeySequence.StandardKey.Redo)
        self.theme_group = QActionGroup(self)
        self.act_dark = self._action()
        self.act_light = self._action()
        for a in (self.act_dark, self.act_light):
            a.setCheckable(True)
            self.theme_group.addAction(a)
        self.act_dark.setChecked(True)

    def _make_fold_action(self) -> None:
        # F9 shows or hides the side pane, as in many programs; this window's own key.
        self.act_setup = self._action(["F9"], app_wide=False)
        self.act_setup.setCheckable(True)
        self.act_setup.setChecked(True)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.session_menu = bar.addMenu("")
        for a in (
            self.act_toggle,
            self.act_next,
            self.act_previous,
            None,
            self.act_extend1,
            self.act_extend5,
            self.act_reduce1,
            self.act_extend_any,
            self.act_end_at,
            None,
            self.act_finish,
            self.act_new,
            None,
            self.act_quit,
        ):
            self.session_menu.addSeparator() if a is None else self.session_menu.addAction(a)
        self.edit_menu = bar.addMenu("")
        for a in (self.act_undo, self.act_redo, self.act_duplicate):
            self.edit_menu.addAction(a)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.act_setup)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.act_presentation)
        self.screen_menu = self.view_menu.addMenu("")
        self.view_menu.addAction(self.act_compact)
        self.view_menu.addAction(self.act_blank)
        self.view_menu.addSeparator()
        self.theme_menu = self.view_menu.addMenu("")
        self.theme_menu.addAction(self.act_dark)
        self.theme_menu.addAction(self.act_light)
        self.view_menu.addAction(self.act_full)
        self.view_menu.addAction(self.act_leave_full)
        self.questions_menu = bar.addMenu("")
        for a in (
            self.act_prompt_next,
            self.act_prompt_previous,
            self.act_prompt_pin,
            self.act_prompts_shown,
            None,
            *self.act_tally.values(),
            None,
            self.act_questions,
            self.act_notes,
            self.act_bank_import,
            self.act_bank_export,
        ):
            self.questions_menu.addSeparator() if a is None else self.questions_menu.addAction(a)
        self.archive_menu = bar.addMenu("")
        for a in (
            self.act_archive,
            None,
            self.act_backup,
            self.act_restore,
            None,
            self.act_import,
            self.act_data_folder,
        ):
            self.archive_menu.addSeparator() if a is None else self.archive_menu.addAction(a)
        self.tools_menu = bar.addMenu("")
        self.tools_menu.addAction(self.act_settings)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.act_shortcuts)
        self.help_menu.addAction(self.act_about)

    def _retranslate_actions(self, tally_names: dict[TallyKind, str], state: RunState) -> None:
        """Every action's text, status tip and tooltip, and the menus' titles."""
        texts = {
            self.act_next: _tr("&Next phase"),
            self.act_previous: _tr("&Previous phase"),
            self.act_extend1: _tr("+1 min"),
            self.act_extend5: _tr("+5 min"),
            self.act_reduce1: _tr("−1 min"),
            self.act_extend_any: _tr("&Extend or shorten…"),
            self.act_end_at: _tr("End &at…"),
            self.act_finish: _tr("&Finish session"),
            self.act_new: _tr("New &session"),
            self.act_presentation: _tr("&Presentation"),
            self.act_compact: _tr("&Compact timer"),
            self.act_blank: _tr("&Blank the room’s screen"),
            self.act_leave_full: _tr("Leave full screen"),
            self.act_full: _tr("Full screen (this window)"),
            self.act_settings: _tr("&Settings…"),
            self.act_shortcuts: _tr("&Keyboard shortcuts"),
            self.act_about: _tr("&About Cocoach"),
            self.act_quit: _tr("&Quit"),
            self.act_archive: _tr("&Open the archive…"),
            self.act_backup: _tr("&Back up now"),
            self.act_restore: _tr("&Restore from a backup…"),
            self.act_import: _tr("&Import sessions from a file…"),
            self.act_data_folder: _tr("Show where the &data lives"),
            self.act_duplicate: _tr("&Duplicate protocol…"),
            self.act_dark: _tr("&Dark"),
            self.act_light: _tr("&Light"),
            self.act_prompt_next: _tr("&Next prompt"),
            self.act_prompt_previous: _tr("&Previous prompt"),
            self.act_prompt_pin: _tr("P&in this prompt"),
            self.act_prompts_shown: _tr("Prompts on the p&rojector"),
            self.act_questions: _tr("&Question bank and check"),
            self.act_notes: _tr("N&otes"),
            self.act_bank_import: _tr("&Import questions from a file…"),
            self.act_bank_export: _tr("&Export questions to a file…"),
        }
        for kind, name in tally_names.items():
            texts[self.act_tally[kind]] = _tr("Count: {name}").format(name=name.lower())
        for action, text in texts.items():
            action.setText(text)
        self.act_extend1.setStatusTip(_tr("Give this phase one more minute"))
        self.act_reduce1.setStatusTip(_tr("Take one minute away from this phase"))
        self.act_extend_any.setStatusTip(
            _tr("Give this phase any number of minutes, or take some away")
        )
        self.act_end_at.setStatusTip(
            _tr("End the session at a time of day: the later phases are fitted to it")
        )
        self._show_toggle_text(state)
        for action in texts.keys() | {self.act_toggle}:
            tooltip_with_keys(action)
        self.session_menu.setTitle(_tr("&Session"))
        self.edit_menu.setTitle(_tr("&Edit"))
        self.view_menu.setTitle(_tr("&View"))
        self.blank_indicator.setText(_tr("■ The room’s screen is blank: B shows it again"))
        self.screen_menu.setTitle(_tr("Presentation &screen"))
        self.theme_menu.setTitle(_tr("&Theme"))
        self.tools_menu.setTitle(_tr("&Tools"))
        self.archive_menu.setTitle(_tr("&Archive"))
        self.questions_menu.setTitle(_tr("&Questions"))
        self.act_setup.setText(_tr("Set-up &panel"))
        self.act_setup.setStatusTip(
            _tr("Show or hide the set-up; it folds away by itself when a session starts")
        )
        tooltip_with_keys(self.act_setup)
        self.help_menu.setTitle(_tr("&Help"))

    def _show_toggle_text(self, state: RunState) -> None:
        """Space's action says what it will do: start, pause or resume."""
        text = {
            RunState.NOT_STARTED: _tr("▶ &Start"),
            RunState.RUNNING: _tr("❚❚ &Pause"),
            RunState.PAUSED: _tr("▶ &Resume"),
            RunState.FINISHED: _tr("Finished"),
        }[state]
        self.act_toggle.setText(text)
        tooltip_with_keys(self.act_toggle)

    def app_wide_keys(self) -> list[QKeySequence]:
        """The keys that work from every window of the app (the timer's)."""
        return [
            key
            for action in self.actions()
            if action.shortcutContext() == APP
            for key in action.shortcuts()
        ]


def tooltip_with_keys(action: QAction) -> None:
    """Tooltips name the keys, so the shortcuts teach themselves."""
    text = action.text().replace("&", "")
    keys = shortcut_texts(action)
    action.setToolTip(f"{text} ({', '.join(keys)})" if keys else text)
