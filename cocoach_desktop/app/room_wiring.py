"""The room's screens (the projector and the compact timer) on the facilitator's window.

Built here and connected to the window's View menu and its controller's states, for the app
and for tests that build only these parts.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from cocoach_desktop.platform.preferences import Preferences
from cocoach_desktop.shell.qt.facilitator_window import FacilitatorWindow
from cocoach_desktop.timer.model.display import DisplayState
from cocoach_desktop.timer.qt.compact_timer import CompactTimer
from cocoach_desktop.timer.qt.projector_placement import PresentationManager


def _ignore(**_changes: object) -> None:
    """Keep nothing: the preferences a part was given are all it needs."""


class RoomScreens(QObject):
    """What the room sees, never a private note: the projector and the compact timer, shown,
    blanked and followed from the facilitator window's View menu."""

    def __init__(
        self,
        window: FacilitatorWindow,
        prefs: Preferences,
        save: Callable[..., None] = _ignore,
    ) -> None:
        super().__init__(window)  # lives as long as the window it serves
        self.window = window
        self.presentation = PresentationManager(
            window,
            window.screen_menu,
            prefs.theme,
            prefs.presentation_screen,
            on_screen_chosen=lambda name: save(presentation_screen=name),
            geometry=prefs.presentation_geometry,
            on_geometry_chosen=lambda rect: save(presentation_geometry=rect),
        )
        controller = window.controller
        self.compact = CompactTimer(
            prefs.theme,
            lambda: window.screen().availableGeometry(),
            lambda: controller.tick(),
            parent=window,
        )
        self.presentation.set_reminder(prefs.ask_reminder)
        self.presentation.set_clock(prefs.clock_on_screen)
        controller.updated.connect(self.show_state)
        controller.waiting.connect(self.show_state)
        window.act_blank.toggled.connect(self.presentation.set_blanked)
        window.act_presentation.toggled.connect(self.presentation.set_visible)
        self.presentation.visibilityChanged.connect(self._follow_visibility)
        window.act_compact.toggled.connect(self.compact.set_shown)
        self.compact.closed.connect(lambda: window.act_compact.setChecked(False))
        self.compact.expandRequested.connect(self._expand_from_compact)
        window.leaveFullScreenRequested.connect(self.leave_full_screen)

    def show_state(self, state: DisplayState) -> None:
        """What the room's screens show of the session (or of the wait before it)."""
        self.presentation.show_state(state)
        self.compact.show_state(state)

    def set_theme(self, name: str) -> None:
        self.presentation.set_theme(name)
        self.compact.set_theme(name)

    def apply(self, prefs: Preferences) -> None:
        """The room's share of changed preferences (the theme comes with the app's)."""
        self.presentation.set_reminder(prefs.ask_reminder)
        self.presentation.set_clock(prefs.clock_on_screen)

    def leave_full_screen(self) -> None:
        if not self.presentation.leave_full_screen() and self.window.isFullScreen():
            self.window.showNormal()

    def close(self) -> None:
        self.presentation.close()
        self.compact.close()

    def _follow_visibility(self, visible: bool) -> None:
        """The menu's tick follows the projector's window, without toggling it again."""
        action = self.window.act_presentation
        if action.isChecked() != visible:
            action.blockSignals(True)
            action.setChecked(visible)
            action.blockSignals(False)

    def _expand_from_compact(self) -> None:
        self.window.act_compact.setChecked(False)
        self.window.showNormal()
        self.window.raise_()
        self.window.activateWindow()
