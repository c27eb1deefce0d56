"""The user's preferences, kept and applied to every part that follows them.

The theme, the timer's thresholds, the chime, the prompts on the projector; and the
settings dialog.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from cocoach_desktop.platform.preferences import Preferences
from cocoach_desktop.platform.qt.theme import apply_app_theme, palette
from cocoach_desktop.timer.model.display import Thresholds

if TYPE_CHECKING:
    from cocoach_desktop.platform.qt.settings import SettingsStore
    from cocoach_desktop.questions.qt.prompting import PromptDirector, PromptView
    from cocoach_desktop.setup.qt.setup_panel import SetupPanel
    from cocoach_desktop.shell.qt.facilitator_window import FacilitatorWindow
    from cocoach_desktop.timer.qt.compact_timer import CompactTimer
    from cocoach_desktop.timer.qt.projector_placement import PresentationManager
    from cocoach_desktop.timer.qt.run_controller import SessionController
    from cocoach_desktop.timer.qt.sound import Chime


class Appearance:
    """Part of the app (``CocoachApp`` inherits it): the preferences, kept and applied."""

    prefs: Preferences
    settings: SettingsStore
    window: FacilitatorWindow
    presentation: PresentationManager
    compact: CompactTimer
    controller: SessionController
    chime: Chime
    prompts: PromptDirector
    setup: SetupPanel

    def _show_prompt(self, view: PromptView) -> None:
        self.window.questions.set_prompt(view)
        self.window.act_prompt_pin.setChecked(view.pinned)
        self.presentation.show_prompt(view.text if self.prefs.prompts_on_screen else "")

    def _prompts_shown(self, shown: bool) -> None:
        self._save(prompts_on_screen=shown)
        self._show_prompt(self.prompts.view)

    def _save(self, **changes: object) -> None:
        prefs = replace(self.prefs, **changes)  # type: ignore[arg-type]
        if prefs != self.prefs:  # set-up signals fire often; write only real changes
            self.prefs = prefs
            self.settings.save(prefs)

    def _remember_setup(self) -> None:
        template_id = self.setup.current_template_id()
        minutes = self.setup.minutes()
        if not template_id or minutes is None:  # a length out of range is not remembered
            return
        self._save(
            last_protocol=template_id,
            last_total_minutes=minutes,
            last_mode=self.setup.mode().value,
        )

    def apply_theme(self, name: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_app_theme(app, name)
        self.window.apply_palette(palette(name))
        (self.window.act_dark if name == "dark" else self.window.act_light).setChecked(True)
        self.presentation.set_theme(name)
        self.compact.set_theme(name)
        self.controller.tick()

    def change_theme(self, name: str) -> None:
        self._save(theme=name)
        self.apply_theme(name)

    def apply_preferences(self, prefs: Preferences) -> None:
        self.prefs = prefs
        self.settings.save(prefs)
        self.chime.enabled = prefs.sound
        self.controller.set_thresholds(Thresholds(prefs.soon_seconds, prefs.urgent_seconds))
        self.controller.set_rebalance(prefs.rebalance, prefs.floor_seconds)
        self.setup.min_per_coachee = prefs.min_per_coachee_seconds
        self.prompts.set_rotation(prefs.prompt_rotate_minutes)
        self.presentation.set_reminder(prefs.ask_reminder)
        self.presentation.set_clock(prefs.clock_on_screen)
        self.window.act_prompts_shown.setChecked(prefs.prompts_on_screen)
        self._show_prompt(self.prompts.view)
        if not self.controller.in_progress():
            self.setup.rebuild()
        self.apply_theme(prefs.theme)

    def open_settings(self) -> None:
        from cocoach_desktop.shell.qt.settings_dialog import SettingsDialog

        dialog = SettingsDialog(
            self.prefs,
            sound_note=self.chime.unavailable_reason,
            test_sound=lambda: self.chime.play(force=True),
            parent=self.window,
        )
        if dialog.exec():
            self.apply_preferences(dialog.preferences())
