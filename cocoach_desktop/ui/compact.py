"""A small always-on-top timer for a coach timing a one-to-one beside other windows."""

from __future__ import annotations

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

from cocoach_desktop.core.display import Alert, DisplayState
from cocoach_desktop.ui.theme import Palette, alert_color, display_font, fitted_pixel_size, palette
from cocoach_desktop.ui.widgets import TimerWindow, digit_pattern, set_label_colour

WIDTH, HEIGHT = 280, 96
MARGIN = 10
PHASE_PX, SHAPE_PX, TIME_PX = 14, 26, 50


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

    def _render(self) -> None:
        """Bring the labels up to date, touching only what changed (it runs every tick)."""
        state = self._state
        if state is None:
            phase, time_text, shape = self.tr("Waiting to start"), "–:––", ""
        else:
            phase, time_text = state.phase_name, state.time_text
            shape = state.alert_shape
            if state.paused:
                phase = self.tr("{phase} · paused").format(phase=phase)
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
        colour = p.muted if self._state is None else alert_color(p, self._alert())
        set_label_colour(self.phase_label, p.muted)
        set_label_colour(self.shape_label, colour)
        set_label_colour(self.time_label, colour)
        look = (self._background(), self._alert(), p)
        if look != self._painted_look:
            self._painted_look = look
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        p = self._palette
        painter = QPainter(self)
        level = self._alert()
        calm = level is Alert.CALM
        width = 1 if calm else 4
        pen = QPen(QColor(p.muted if calm else alert_color(p, level)), width)
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
