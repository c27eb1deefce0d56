"""Puts the presentation window on the right screen and follows screens as they come and go."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QScreen
from PySide6.QtWidgets import QMenu, QWidget

from cocoach_desktop.core.display import DisplayState
from cocoach_desktop.core.screens import choose_presentation_screen
from cocoach_desktop.ui.presentation import PresentationWindow


def screen_label(screen: QScreen) -> str:
    size = screen.size()
    return f"{screen.name()} ({size.width()}×{size.height()})"


class PresentationManager(QObject):
    """Shows, hides and places the projector view; remembers the screen the facilitator chose."""

    visibilityChanged = Signal(bool)

    def __init__(
        self,
        control_window: QWidget,
        screen_menu: QMenu,
        theme: str,
        preferred_screen: str = "",
        on_screen_chosen: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(control_window)
        self.control_window = control_window
        self.screen_menu = screen_menu
        self.theme = theme
        self.preferred = preferred_screen
        self.on_screen_chosen = on_screen_chosen
        self.window: PresentationWindow | None = None
        self._last_state: DisplayState | None = None
        self._prompt = ""
        self._reminder = False
        self._leaving: QScreen | None = None
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(self._screens_changed)
        app.screenRemoved.connect(self._screen_removed)
        self._screen_group = QActionGroup(self)
        self.rebuild_menu()

    def screens(self) -> list[QScreen]:
        return [s for s in QGuiApplication.screens() if s is not self._leaving]

    def rebuild_menu(self) -> None:
        self.screen_menu.clear()
        for action in self._screen_group.actions():
            self._screen_group.removeAction(action)
        for screen in self.screens():
            action = QAction(screen_label(screen), self.screen_menu)
            action.setCheckable(True)
            action.setChecked(screen.name() == self.preferred)
            action.setData(screen.name())
            name = screen.name()
            action.triggered.connect(lambda _=False, n=name: self.choose_screen(n))
            self._screen_group.addAction(action)
            self.screen_menu.addAction(action)

    def is_visible(self) -> bool:
        return self.window is not None and self.window.isVisible()

    def set_visible(self, visible: bool) -> None:
        if visible:
            self.show()
        else:
            self.hide()

    def show(self) -> None:
        if self.window is None:
            self.window = PresentationWindow(self.theme)
            # Closing the facilitator's window ends the app even while the projector shows.
            self.window.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
            self.window.closed.connect(lambda: self.visibilityChanged.emit(False))
        self.window.show_prompt(self._prompt)
        self.window.set_reminder(self._reminder)
        if self._last_state is not None:
            self.window.show_state(self._last_state)
        self.place()
        self.visibilityChanged.emit(True)

    def hide(self) -> None:
        if self.window is not None:
            self.window.hide()
        self.visibilityChanged.emit(False)

    def place(self) -> None:
        """Put the window where :func:`choose_presentation_screen` says."""
        if self.window is None:
            return
        screens = self.screens()
        control = self.control_window.screen()
        choice = choose_presentation_screen(
            [s.name() for s in screens], self.preferred, control.name() if control else ""
        )
        target = next((s for s in screens if s.name() == choice.screen), None)
        self.window.place_on(target, choice.full_screen)
        self.window.raise_()

    def choose_screen(self, name: str) -> None:
        self.preferred = name
        if self.on_screen_chosen is not None:
            self.on_screen_chosen(name)
        if self.is_visible():
            self.place()

    def leave_full_screen(self) -> bool:
        if self.window is not None and self.window.isFullScreen():
            self.window.showNormal()
            return True
        return False

    def show_state(self, state: DisplayState) -> None:
        self._last_state = state
        if self.window is not None and self.window.isVisible():
            self.window.show_state(state)

    def show_prompt(self, text: str) -> None:
        self._prompt = text
        if self.window is not None:
            self.window.show_prompt(text)

    def set_reminder(self, enabled: bool) -> None:
        self._reminder = enabled
        if self.window is not None:
            self.window.set_reminder(enabled)

    def set_theme(self, name: str) -> None:
        self.theme = name
        if self.window is not None:
            self.window.set_theme(name)

    def _screen_removed(self, screen: QScreen) -> None:
        self._leaving = screen
        QTimer.singleShot(0, self._screens_changed)

    def _screens_changed(self) -> None:
        self.rebuild_menu()
        if self.is_visible():
            self.place()
        self._leaving = None

    def close(self) -> None:
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
