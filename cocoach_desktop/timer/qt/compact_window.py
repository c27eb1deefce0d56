"""A small always-on-top timer for a coach timing a one-to-one beside other windows."""

from __future__ import annotations

import math

from PySide6.QtCore import QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMenu, QSizePolicy, QVBoxLayout, QWidget

from cocoach_desktop.platform.qt.theme import Palette, display_font, fitted_pixel_size, palette
from cocoach_desktop.platform.qt.widgets import TimerWindow, digit_pattern, set_label_colour
from cocoach_desktop.platform.timefmt import clock_text
from cocoach_desktop.timer.model.display import DisplayState, RoomView
from cocoach_desktop.timer.qt.room_parts import digits_colour, frame_colour, local_hhmm

WIDTH, HEIGHT = 280, 96
MARGIN = 10
PHASE_PX, SHAPE_PX, TIME_PX = 14, 26, 50
PAUSED_SHAPE = "❚❚"
FINISHED_SHAPE = "✓"


class CompactWindow(TimerWindow):
    """A frameless timer that stays on top and can be dragged from anywhere on it."""

    expandRequested = Signal()

    def __init__(self, theme: str = "dark", parent: QWidget | None = None) -> None:
        flags = (
            Qt.WindowType.Window
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
        )
        super().__init__(parent, flags)
        self._palette: Palette = palette(theme)
        self._state: DisplayState | None = None
        self._drag_offset: QPoint | None = None
        self._painted_look: tuple[object, ...] = ()
        self.setFixedSize(WIDTH, HEIGHT)
        self._build()
        self.retranslate()

    def _build(self) -> None:
        self.phase_label = QLabel(self)
        self.phase_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.phase_label.setFont(display_font(PHASE_PX))
        self.shape_label = QLabel(self)
        self.shape_label.setFont(display_font(SHAPE_PX, QFont.Weight.Bold))
        self.time_label = QLabel(self)
        self.time_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row = QHBoxLayout()
        row.setSpacing(SHAPE_PX // 3)
        row.addStretch(1)
        row.addWidget(self.shape_label)
        row.addWidget(self.time_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(MARGIN + 4, MARGIN - 2, MARGIN + 4, MARGIN - 4)
        layout.setSpacing(0)
        layout.addWidget(self.phase_label)
        layout.addLayout(row, 1)

    # ----- public API --------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Cocoach — compact timer"))
        self.setToolTip(self.tr("Drag to move. Double-click for the full window."))
        self._render()

    def show_state(self, state: DisplayState) -> None:
        self._state = state
        self._render()

    def set_theme(self, name: str) -> None:
        self._palette = palette(name)
        self._apply_colours()

    # ----- rendering ---------------------------------------------------------------------

    def _view(self) -> RoomView | None:
        return None if self._state is None else self._state.view

    def _texts(self) -> tuple[str, str, str]:
        """The small line, the big time and the shape beside it, for the state shown."""
        state = self._state
        if state is None:
            return self.tr("Waiting to start"), "–:––", ""
        view = state.view
        if view is RoomView.WAITING:
            return self._waiting_texts(state)
        if view is RoomView.FINISHED:
            length = clock_text(state.session_seconds)
            return self.tr("Thank you · the session took"), length, FINISHED_SHAPE
        if view is RoomView.PAUSED:
            phase = self.tr("PAUSED · {phase}").format(phase=state.phase_name)
            return phase, state.time_text, PAUSED_SHAPE
        return state.phase_name, state.time_text, state.alert_shape

    def _waiting_texts(self, state: DisplayState) -> tuple[str, str, str]:
        what = state.protocol_name or self.tr("Waiting to start")
        if state.planned_start is None:
            return what, "–:––", ""
        starts = self.tr("Starts at {time} · {what}").format(  # the time first: it matters
            what=what, time=local_hhmm(state.planned_start)
        )
        starts_in = state.starts_in or 0.0
        return starts, clock_text(math.ceil(starts_in)) if starts_in > 0 else "–:––", ""

    def _render(self) -> None:
        """Bring the labels up to date, touching only what changed (it runs every tick)."""
        phase, time_text, shape = self._texts()
        weight = QFont.Weight.Bold if self._view() is RoomView.PAUSED else QFont.Weight.Normal
        if self.phase_label.font().weight() != weight:
            self.phase_label.setFont(display_font(PHASE_PX, weight))
            self.phase_label.setToolTip("")  # elide again at the new weight
        if self.phase_label.toolTip() != phase:
            self.phase_label.setToolTip(phase)
            self.phase_label.setText(
                QFontMetrics(self.phase_label.font()).elidedText(
                    phase, Qt.TextElideMode.ElideRight, WIDTH - 2 * (MARGIN + 4)
                )
            )
        refit = False
        if self.shape_label.text() != shape:
            self.shape_label.setText(shape)
            self.shape_label.setVisible(bool(shape))
            refit = True
        if self.time_label.text() != time_text:
            self.time_label.setText(time_text)
            refit = True
        if refit:
            self._fit_time()
        self._apply_colours()

    def _fit_time(self) -> None:
        """Shrink the digits only when a longer time (an hour, a sign) would not fit."""
        shape_room = SHAPE_PX * 1.4 if self.shape_label.text() else 0
        width = WIDTH - 2 * (MARGIN + 4) - shape_room
        pattern = digit_pattern(self.time_label.text())
        size = fitted_pixel_size(pattern, TIME_PX, width, QFont.Weight.Bold)
        if self.time_label.font().pixelSize() != size:
            self.time_label.setFont(display_font(size, QFont.Weight.Bold))

    def _apply_colours(self) -> None:
        p = self._palette
        view = self._view()
        colour = digits_colour(p, view, self._alert())
        phase_colour = shape_colour = p.muted
        if view is RoomView.RUNNING:
            shape_colour = colour
        elif view is RoomView.PAUSED:
            phase_colour = shape_colour = p.accent
        elif view is RoomView.FINISHED:
            shape_colour = p.accent
        set_label_colour(self.phase_label, phase_colour)
        set_label_colour(self.shape_label, shape_colour)
        set_label_colour(self.time_label, colour)
        look = (self._background(), self._alert(), view, p)
        if look != self._painted_look:
            self._painted_look = look
            self.update()

    def _frame(self) -> tuple[str, int]:
        """The frame's colour and width: thick in the alert's colour, or blue while paused."""
        view = self._view()
        colour = frame_colour(self._palette, view, self._alert())
        if not colour:
            return self._palette.muted, 1
        return colour, 5 if view is RoomView.PAUSED else 4

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        colour, width = self._frame()
        pen = QPen(QColor(colour), width)
        painter.setPen(pen)
        painter.setBrush(QColor(self._background()))
        half = width / 2
        painter.drawRect(QRectF(self.rect()).adjusted(half, half, -half, -half))

    # ----- moving, menu, closing ---------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        handle = self.windowHandle()
        if handle is not None and handle.startSystemMove():
            return  # the window manager moves it
        self._drag_offset = event.globalPosition().toPoint() - self.pos()
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag_offset is None:
            super().mouseMoveEvent(event)
            return
        self.move(event.globalPosition().toPoint() - self._drag_offset)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._drag_offset = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self._drag_offset = None
        self.expandRequested.emit()

    def context_menu(self) -> QMenu:
        """The right-click menu: back to the full window, or close the compact timer."""
        menu = QMenu(self)
        menu.addAction(self.tr("Back to the full window"), self.expandRequested.emit)
        menu.addAction(self.tr("Close compact timer"), self.close)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu()
        menu.exec(event.globalPos())
        menu.deleteLater()
