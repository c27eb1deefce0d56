"""The projector window: the phase, its rule, whose turn it is and the time, legible from afar.

Its lines' layout and sizes are in :mod:`.projector_layout`, each screen's words in
:mod:`.projector_screens`; here it renders a state, colours and paints it, and takes keys.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import QLabel, QWidget

from cocoach_desktop.platform.qt.theme import palette
from cocoach_desktop.platform.qt.widgets import set_label_colour
from cocoach_desktop.timer.model.display import Alert, DisplayState, RoomView
from cocoach_desktop.timer.qt.projector_screens import RoomScreens
from cocoach_desktop.timer.qt.room_parts import digits_colour, frame_colour, set_shown


class PresentationWindow(RoomScreens):
    """What the room sees on the projector. It only renders the DisplayStates it is given.

    Four screens: waiting (before the start and between sessions), the running phase, the
    same phase paused (unmistakably), and "Thank you" once the session is over. The blank
    screen covers any of them.

    Tests and the controller may read ``time_label``, ``phase_label``, ``rule_label``,
    ``speaker_label``, ``alert_label``, ``next_label``, ``paused_label``, ``header_label``,
    ``clock_label``, ``reminder_label``, ``prompt_label``, ``blank_cover`` and the two
    :class:`ProgressStrip` bars ``phase_progress`` and ``session_progress``, whose
    ``value()`` is a float from 0.0 to 1.0. A label shows its text shortened (ending in "…")
    only when it cannot fit at a legible size; ``full_text(label)`` is what it was given.
    """

    def __init__(self, theme: str = "dark", parent: QWidget | None = None) -> None:
        super().__init__(theme, parent)
        self._painted_look: tuple[object, ...] = ()
        self._blanked = False
        self.retranslate()
        self.resize(1280, 720)

    # ----- public API --------------------------------------------------------------------

    def retranslate(self) -> None:
        """Set every text the window shows itself (the state's own texts come from the core)."""
        self.setWindowTitle(self.tr("Cocoach — presentation"))
        self.paused_label.setText(self.tr("Paused"))
        self._fitted_for = ()
        self._render()

    def set_theme(self, name: str) -> None:
        self._palette = palette(name)
        self._render()

    def show_state(self, state: DisplayState) -> None:
        self._state = state
        self._render()

    def show_prompt(self, text: str) -> None:
        """A question prompt under the rule ("" for none)."""
        if text != self._prompt:
            self._prompt = text
            self._render()

    def set_reminder(self, enabled: bool) -> None:
        """Whether questions-only phases show the standing "Ask, don't tell" line."""
        if enabled != self._reminder:
            self._reminder = enabled
            self._render()

    def set_clock(self, shown: bool) -> None:
        """Whether the time of day shows, small, in the corner during a session."""
        if shown != self._clock:
            self._clock = shown
            self._render()

    def set_blanked(self, blanked: bool) -> None:
        """Cover everything with black (the blank screen), or show the room's view again."""
        self._blanked = blanked
        if blanked:
            self.blank_cover.setGeometry(self.rect())
            self.blank_cover.raise_()
        self.blank_cover.setVisible(blanked)

    def is_blanked(self) -> bool:
        return self._blanked

    def full_text(self, label: QLabel) -> str:
        """The whole text ``label`` was given, even where it shows it shortened."""
        return self._full.get(label, label.text())

    def place_on(
        self, screen: QScreen | None, full_screen: bool, rect: QRect | None = None
    ) -> None:
        """Show the window on ``screen``: full screen there, or as a window.

        A window goes where ``rect`` says, or, without one, is 60% of the screen and centred.
        """
        if self.isFullScreen():
            self.showNormal()  # a full-screen window will not move to another screen
        if screen is not None:
            self.setScreen(screen)
            area = screen.availableGeometry()
            if full_screen:
                self.move(screen.geometry().topLeft())
            elif rect is not None:
                self.setGeometry(rect)
            else:
                size = QSize(int(area.width() * 0.6), int(area.height() * 0.6))
                self.resize(size)
                self.move(area.center() - QPoint(size.width() // 2, size.height() // 2))
        if full_screen:
            self.showFullScreen()
        else:
            self.showNormal()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    # ----- rendering ---------------------------------------------------------------------
    def _render(self) -> None:
        """Bring every widget up to date, touching only what changed (it runs every tick)."""
        state = self._state
        for label, text in self._texts(state).items():
            before = self._full.get(label)
            if before == text:
                continue
            if before is not None and label.text() != before:
                self._fitted_for = ()  # it showed a shortened text: shorten the new one afresh
            self._full[label] = text
            label.setText(text)
        set_shown(self.paused_label, state is not None and state.paused)
        in_session = self._in_session()
        for strip, value in (
            (self.phase_progress, 0.0 if state is None else state.phase_progress),
            (self.session_progress, 0.0 if state is None else state.session_progress),
        ):
            strip.set_value(value)
            set_shown(strip, in_session)
        self._apply_colours()
        self._fit_fonts()
        look = (self._background(), self._alert(), self._view(), self._palette)
        if look != self._painted_look:
            self._painted_look = look
            self.update()

    def _apply_colours(self) -> None:
        p = self._palette
        view = self._view()
        level = self._alert()
        time_colour = digits_colour(p, view, level)
        # Paused or waiting: greyed digits, blue words.
        running_or_done = view in (RoomView.RUNNING, RoomView.FINISHED)
        words_colour = time_colour if running_or_done else p.accent
        self.time_label.set_colour(time_colour)
        set_label_colour(self.header_label, p.muted)
        set_label_colour(self.clock_label, p.muted)
        set_label_colour(self.phase_label, p.text)
        set_label_colour(self.speaker_label, p.accent)
        set_label_colour(self.alert_label, words_colour)
        set_label_colour(self.rule_label, p.text)
        set_label_colour(self.reminder_label, p.soon)
        set_label_colour(self.prompt_label, p.accent)
        set_label_colour(self.next_label, p.muted)
        phase_fill = p.accent if level is Alert.CALM else time_colour
        self.phase_progress.set_colours(p.track, phase_fill)
        self.session_progress.set_colours(p.track, p.muted)

    def _border_colour(self) -> str:
        """The frame round the window: the alert's colour, blue while paused, else none."""
        return frame_colour(self._palette, self._view(), self._alert())

    # ----- events ------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_fonts()
        self.blank_cover.setGeometry(self.rect())
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(self._background()))
        colour = self._border_colour()
        if colour:
            paused = self._view() is RoomView.PAUSED
            width = round(self._border * 1.5) if paused else self._border
            pen = QPen(QColor(colour), width)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            half = width / 2
            painter.drawRect(QRectF(self.rect()).adjusted(half, half, -half, -half))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
        elif event.key() == Qt.Key.Key_F11:
            self.toggle_full_screen()
        else:
            super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.toggle_full_screen()
