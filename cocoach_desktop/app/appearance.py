"""The user's preferences, kept and applied to every part that follows them.

The theme, the timer's thresholds, the chime, the room's screens and the prompts; and the
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
    from cocoach_desktop.app.prompting_wiring import Prompting
    from cocoach_desktop.app.room_wiring import RoomScreens
    from cocoach_desktop.platform.qt.settings import SettingsStore
    from cocoach_desktop.setup.qt.setup_panel import SetupPanel
    from cocoach_desktop.shell.qt.facilitator_window import FacilitatorWindow
    from cocoach_desktop.timer.qt.run_controller import SessionController
    from cocoach_desktop.timer.qt.sound import Chime


class Appearance:
    """Part of the app (``CocoachApp`` inherits it): the preferences, kept and applied."""

    prefs: Preferences
    settings: SettingsStore
    window: FacilitatorWindow
    room: RoomScreens
    controller: SessionController
    chime: Chime
    prompting: Prompting
    setup: SetupPanel

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
        self.room.set_theme(name)
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
        self.room.apply(prefs)
        self.prompting.apply(prefs)
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
