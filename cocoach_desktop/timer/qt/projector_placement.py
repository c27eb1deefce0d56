"""Puts the presentation window on the right screen and follows screens as they come and go."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QScreen
from PySide6.QtWidgets import QMenu, QWidget

from cocoach_desktop.timer.model.display import DisplayState
from cocoach_desktop.timer.model.screens import Rect, choose_presentation_screen, place_window

# The projector's window (and its widgets' Qt classes) loads when first shown, after the
# first frame: most starts never show it before the facilitator asks for it.
if TYPE_CHECKING:
    from cocoach_desktop.timer.qt.projector_window import PresentationWindow


def screen_label(screen: QScreen) -> str:
    size = screen.size()
    return f"{screen.name()} ({size.width()}×{size.height()})"


def _rect(r: QRect) -> Rect:
    return Rect(r.x(), r.y(), r.width(), r.height())


class PresentationManager(QObject):
    """Shows, hides and places the projector view.

    It remembers the screen the facilitator chose and, with no projector, the place and
    size the facilitator gave the presentation window (``on_geometry_chosen`` keeps it).
    """

    visibilityChanged = Signal(bool)

    def __init__(
        self,
        control_window: QWidget,
        screen_menu: QMenu,
        theme: str,
        preferred_screen: str = "",
        on_screen_chosen: Callable[[str], None] | None = None,
        geometry: str = "",
        on_geometry_chosen: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(control_window)
        self.control_window = control_window
        self.screen_menu = screen_menu
        self.theme = theme
        self.preferred = preferred_screen
        self.on_screen_chosen = on_screen_chosen
        self.geometry = Rect.parse(geometry)
        self.on_geometry_chosen = on_geometry_chosen
        self.window: PresentationWindow | None = None
        self._last_state: DisplayState | None = None
        self._prompt = ""
        self._reminder = False
        self._clock = False
        self._blanked = False
        self._placed: Rect | None = None  # where the window was put as a window, if it was
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
            from cocoach_desktop.timer.qt.projector_window import PresentationWindow

            self.window = PresentationWindow(self.theme)
            # Closing the facilitator's window ends the app even while the projector shows.
            self.window.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
            self.window.closed.connect(self._closed)
        self.window.show_prompt(self._prompt)
        self.window.set_reminder(self._reminder)
        self.window.set_clock(self._clock)
        self.window.set_blanked(self._blanked)
        if self._last_state is not None:
            self.window.show_state(self._last_state)
        self.place()
        self.visibilityChanged.emit(True)

    def hide(self) -> None:
        if self.window is not None:
            self.remember_geometry()
            self.window.hide()
        self.visibilityChanged.emit(False)

    def _closed(self) -> None:
        self.remember_geometry()
        self.visibilityChanged.emit(False)

    def place(self) -> None:
        """Put the window where :func:`choose_presentation_screen` says.

        Full screen on a projector; with none, a window where the facilitator last put it,
        or beside the facilitator's window (:func:`place_window`), never over it.
        """
        if self.window is None:
            return
        screens = self.screens()
        control = self.control_window.screen()
        choice = choose_presentation_screen(
            [s.name() for s in screens], self.preferred, control.name() if control else ""
        )
        target = next((s for s in screens if s.name() == choice.screen), None)
        rect: QRect | None = None
        self._placed = None
        if target is not None and not choice.full_screen:
            beside = self.control_window.isVisible() and self.control_window.screen() is target
            self._placed = place_window(
                _rect(target.availableGeometry()),
                _rect(self.control_window.frameGeometry()) if beside else None,
                self.geometry,
            )
            p = self._placed
            rect = QRect(p.x, p.y, p.width, p.height)
        self.window.place_on(target, choice.full_screen, rect)
        self.window.raise_()

    def remember_geometry(self) -> None:
        """Keep the place and size the facilitator gave the window (not full screen)."""
        window = self.window
        if window is None or not window.isVisible() or self._placed is None:
            return
        if window.isFullScreen() or window.isMaximized() or window.isMinimized():
            return
        now = _rect(window.geometry())
        if now == self._placed or now == self.geometry:
            return  # where it was put: nothing the facilitator chose
        self.geometry = now
        self._placed = now
        if self.on_geometry_chosen is not None:
            self.on_geometry_chosen(now.text())

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

    def set_clock(self, shown: bool) -> None:
        """The time of day, small in the corner of the projector during a session."""
        self._clock = shown
        if self.window is not None:
            self.window.set_clock(shown)

    def set_blanked(self, blanked: bool) -> None:
        """The blank screen (B): black until B again, whatever the session does meanwhile."""
        self._blanked = blanked
        if self.window is not None:
            self.window.set_blanked(blanked)

    def is_blanked(self) -> bool:
        return self._blanked

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
            self.remember_geometry()
            self.window.close()
            self.window.deleteLater()
            self.window = None
