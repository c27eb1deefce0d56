"""The question bank and the prompts on the facilitator's window and the projector.

Built here and connected to the window's question panel, its keys and the projector, for
the app and for tests that build only these parts.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject

from cocoach_desktop.platform import resources
from cocoach_desktop.platform.clock import Clock
from cocoach_desktop.platform.preferences import Preferences
from cocoach_desktop.questions.model.prompts import load_shipped
from cocoach_desktop.questions.qt.prompting import PromptDirector, PromptView
from cocoach_desktop.questions.qt.question_bank import (
    QuestionBankKeeper,
    ask_edit,
    export_interactively,
    import_interactively,
)
from cocoach_desktop.shell.qt.facilitator_window import FacilitatorWindow
from cocoach_desktop.timer.model.display import DisplayState
from cocoach_desktop.timer.qt.projector_placement import PresentationManager


def _tr(text: str) -> str:
    return QCoreApplication.translate("Cocoach", text)


class Prompting(QObject):
    """The shipped and the user's questions (the bank, with the window's undo history) and
    the prompt of the phase, shown in the question panel and, unless turned off in the
    preferences, on the projector under the phase's rule."""

    def __init__(
        self,
        window: FacilitatorWindow,
        presentation: PresentationManager,
        clock: Clock,
        prefs: Callable[[], Preferences],
        save: Callable[..., None],
    ) -> None:
        super().__init__(window)  # lives as long as the window it serves
        self.window, self.presentation, self._prefs, self._save = window, presentation, prefs, save
        self.bank = QuestionBankKeeper(
            load_shipped(resources.prompts_dir()), window.undo_stack, parent=window
        )
        self.prompts = PromptDirector(
            self.bank.book, clock, prefs().prompt_rotate_minutes, parent=window
        )
        window.act_prompts_shown.setChecked(prefs().prompts_on_screen)
        self._connect()
        window.questions.set_book(self.bank.book)
        problems = self.bank.load_problems()
        if problems:
            window.statusBar().showMessage(
                _tr("Some question banks could not be read: ") + "; ".join(problems), 20000
            )

    def _connect(self) -> None:
        w, q, bank, prompts = self.window, self.window.questions, self.bank, self.prompts
        w.controller.updated.connect(self.follow)  # the prompts of the phase running
        bank.bookChanged.connect(prompts.set_book)
        bank.bookChanged.connect(q.set_book)
        bank.problem.connect(self._bank_problem)
        prompts.changed.connect(self.show_prompt)
        w.act_prompt_next.triggered.connect(prompts.next)
        w.act_prompt_previous.triggered.connect(prompts.previous)
        w.act_prompt_pin.triggered.connect(lambda _on=False: prompts.toggle_pin())
        w.act_prompts_shown.toggled.connect(self._shown_on_projector)
        q.showRequested.connect(prompts.show)
        q.showTypedRequested.connect(prompts.show_text)
        q.pinRequested.connect(prompts.toggle_pin)
        q.keepRequested.connect(bank.add)
        q.starRequested.connect(bank.toggle_star)
        q.hideRequested.connect(bank.toggle_hidden)
        q.deleteRequested.connect(bank.delete)
        q.editRequested.connect(self.edit_question)
        w.act_bank_import.triggered.connect(lambda: import_interactively(w, bank))
        w.act_bank_export.triggered.connect(
            lambda: export_interactively(w, bank, (prompts.groups or ("goal",))[0])
        )

    def follow(self, state: DisplayState) -> None:
        """The prompts of the phase now running (none once the session has finished)."""
        self.prompts.follow(state)
        self.window.questions.set_phase_groups(self.prompts.groups)  # () once finished

    def show_prompt(self, view: PromptView) -> None:
        self.window.questions.set_prompt(view)
        self.window.act_prompt_pin.setChecked(view.pinned)
        self.presentation.show_prompt(view.text if self._prefs().prompts_on_screen else "")

    def apply(self, prefs: Preferences) -> None:
        """The prompts' share of changed preferences: rotation, and whether the room sees them."""
        self.prompts.set_rotation(prefs.prompt_rotate_minutes)
        self.window.act_prompts_shown.setChecked(prefs.prompts_on_screen)
        self.show_prompt(self.prompts.view)

    def edit_question(self, key: str) -> None:
        question = self.bank.book.find(key)
        if question is not None:
            text = ask_edit(self.window, question)
            if text is not None:
                self.bank.edit(key, text)

    def _shown_on_projector(self, shown: bool) -> None:
        self._save(prompts_on_screen=shown)
        self.show_prompt(self.prompts.view)

    def _bank_problem(self, text: str) -> None:
        if text:
            self.window.statusBar().showMessage(text, 10000)
