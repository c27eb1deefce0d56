"""The projector window: the phase, its rule, whose turn it is and the time, legible from afar."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from cocoach_desktop.core.display import Alert, DisplayState
from cocoach_desktop.ui.theme import Palette, alert_color, display_font, fitted_pixel_size, palette
from cocoach_desktop.ui.widgets import TimerWindow, digit_pattern, set_label_colour

BOLD = QFont.Weight.Bold
NORMAL = QFont.Weight.Normal
DEMIBOLD = QFont.Weight.DemiBold


@dataclass(frozen=True)
class _Scale:
    """Sizes as fractions of the window's height, so everything grows with the window."""

    header: float = 0.028
    badge: float = 0.045
    phase: float = 0.075
    speaker: float = 0.05
    time: float = 0.33  # the digits: about a third of the height, unless the width is short
    time_with_prompt: float = 0.28  # a little smaller, to leave the prompt its two lines
    waiting: float = 0.1  # the placeholder's words, in the digits' place
    alert: float = 0.05
    rule: float = 0.04
    reminder: float = 0.035
    prompt: float = 0.04
    next_line: float = 0.03
    phase_bar: float = 0.014
    session_bar: float = 0.008
    margin: float = 0.035
    bar_gap: float = 0.02
    border: float = 0.014
    rule_lines: int = 3
    rule_lines_with_prompt: int = 2  # a prompt on screen leaves the rule two lines
    prompt_lines: int = 2


SCALE = _Scale()


class ProgressStrip(QWidget):
    """A thin painted progress bar. ``value()`` is a float from 0.0 (empty) to 1.0 (full)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._value = 0.0
        self._track = QColor("#333333")
        self._fill = QColor("#ffffff")

    def value(self) -> float:
        """How full the bar is, from 0.0 to 1.0."""
        return self._value

    def set_value(self, value: float) -> None:
        value = min(1.0, max(0.0, value))
        if value != self._value:
            self._value = value
            self.update()

    def set_colours(self, track: str, fill: str) -> None:
        colours = (QColor(track), QColor(fill))
        if colours != (self._track, self._fill):
            self._track, self._fill = colours
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        radius = self.height() / 2
        painter.setBrush(self._track)
        painter.drawRoundedRect(QRectF(self.rect()), radius, radius)
        if self._value > 0:
            filled = QRectF(0, 0, max(self.height(), self.width() * self._value), self.height())
            painter.setBrush(self._fill)
            painter.drawRoundedRect(filled, radius, radius)


class TimeLabel(QLabel):
    """The big digits, painted so that the digits (not the font's line box) sit centred.

    A font's line leaves room for accents and descenders that digits never use; drawing the
    digits centred in a box little taller than they are lets them be larger on the screen.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colour = QColor("#ffffff")
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def colour(self) -> str:
        """The digits' colour as ``#rrggbb``."""
        return str(self._colour.name())

    def set_colour(self, colour: str) -> None:
        if QColor(colour) != self._colour:
            self._colour = QColor(colour)
            self.update()

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.height())

    def sizeHint(self) -> QSize:
        return QSize(0, self.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.setFont(self.font())
        painter.setPen(self._colour)
        metrics = QFontMetricsF(self.font())
        digit_top = metrics.tightBoundingRect("0").top()  # negative: above the baseline
        x = (self.width() - metrics.horizontalAdvance(self.text())) / 2
        baseline = (self.height() - digit_top) / 2
        painter.drawText(QPointF(x, baseline), self.text())


def _line_label(parent: QWidget, alignment: Qt.AlignmentFlag) -> QLabel:
    label = QLabel(parent)
    label.setAlignment(alignment | Qt.AlignmentFlag.AlignVCenter)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class PresentationWindow(TimerWindow):
    """What the room sees on the projector. It only renders the DisplayStates it is given.

    Tests and the controller may read ``time_label``, ``phase_label``, ``rule_label``,
    ``speaker_label``, ``alert_label``, ``next_label``, ``paused_label``, ``header_label``,
    ``reminder_label``, ``prompt_label`` and the two :class:`ProgressStrip` bars
    ``phase_progress`` and ``session_progress``, whose ``value()`` is a float from 0.0 to 1.0.
    """

    def __init__(self, theme: str = "dark", parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._palette: Palette = palette(theme)
        self._state: DisplayState | None = None
        self._border = 0
        self._fitted_for: tuple[object, ...] = ()
        self._painted_look: tuple[object, ...] = ()
        self._prompt = ""
        self._reminder = False
        self.setMinimumSize(320, 200)
        self._build()
        self.retranslate()
        self.resize(1280, 720)

    # ----- building ----------------------------------------------------------------------

    def _build(self) -> None:
        centre = Qt.AlignmentFlag.AlignHCenter
        self.header_label = _line_label(self, Qt.AlignmentFlag.AlignLeft)
        self.paused_label = QLabel(self)
        self.paused_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        keep_room = self.paused_label.sizePolicy()
        keep_room.setRetainSizeWhenHidden(True)
        self.paused_label.setSizePolicy(keep_room)
        self.paused_label.hide()
        self.phase_label = _line_label(self, centre)
        self.speaker_label = _line_label(self, centre)
        self.time_label = TimeLabel(self)
        self.alert_label = _line_label(self, centre)
        self.phase_progress = ProgressStrip("phase progress", self)
        self.rule_label = _line_label(self, centre)
        self.rule_label.setWordWrap(True)
        self.rule_label.setAlignment(centre | Qt.AlignmentFlag.AlignTop)
        self.reminder_label = _line_label(self, Qt.AlignmentFlag.AlignRight)
        self.reminder_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.prompt_label = _line_label(self, centre)
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setAlignment(centre | Qt.AlignmentFlag.AlignTop)
        self.next_label = _line_label(self, centre)
        self.session_progress = ProgressStrip("session progress", self)
        for strip in (self.phase_progress, self.session_progress):
            keep_room = strip.sizePolicy()
            keep_room.setRetainSizeWhenHidden(True)
            strip.setSizePolicy(keep_room)
        self._bar_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self._layout = self._build_layout()

    def _build_layout(self) -> QVBoxLayout:
        header = QHBoxLayout()
        header.addWidget(self.header_label, 1)
        header.addWidget(self.paused_label, 0, Qt.AlignmentFlag.AlignRight)
        header.addWidget(self.reminder_label, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        # The fonts follow the window's size, so they must not set its minimum size.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addLayout(header)
        layout.addStretch(2)
        for widget in (self.phase_label, self.speaker_label, self.time_label, self.alert_label):
            layout.addWidget(widget)
        layout.addItem(self._bar_gap)
        layout.addWidget(self.phase_progress)
        layout.addStretch(1)
        layout.addWidget(self.rule_label)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.next_label)
        layout.addStretch(1)
        layout.addWidget(self.session_progress)
        return layout

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

    def place_on(self, screen: QScreen | None, full_screen: bool) -> None:
        """Show the window on ``screen``: full screen there, or as a window 60% of its size."""
        if self.isFullScreen():
            self.showNormal()  # a full-screen window will not move to another screen
        if screen is not None:
            self.setScreen(screen)
            area = screen.availableGeometry()
            if full_screen:
                self.move(screen.geometry().topLeft())
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
        texts = self._placeholder_texts() if state is None else self._state_texts(state)
        for label, text in texts.items():
            if label.text() != text:
                label.setText(text)
        _set_shown(self.paused_label, state is not None and state.paused)
        for strip, value in (
            (self.phase_progress, 0.0 if state is None else state.phase_progress),
            (self.session_progress, 0.0 if state is None else state.session_progress),
        ):
            strip.set_value(value)
            _set_shown(strip, state is not None)
        self._apply_colours()
        self._fit_fonts()
        look = (self._background(), self._alert(), self._palette)
        if look != self._painted_look:
            self._painted_look = look
            self.update()

    def _placeholder_texts(self) -> dict[QLabel, str]:
        texts = dict.fromkeys(self._state_labels(), "")
        texts[self.time_label] = self.tr("Waiting to start")
        return texts

    def _state_texts(self, state: DisplayState) -> dict[QLabel, str]:
        header = self.tr("{protocol} · phase {index} of {count}").format(
            protocol=state.protocol_name, index=state.phase_index + 1, count=state.phase_count
        )
        if state.next_phase_name:
            upcoming = self.tr("Next: {phase}").format(phase=state.next_phase_name)
        else:
            upcoming = self.tr("Next: the end of the session")
        return {
            self.header_label: header,
            self.phase_label: state.phase_name,
            self.speaker_label: state.speaker,
            self.time_label: state.time_text,
            self.alert_label: state.alert_text,
            self.rule_label: state.rule,
            self.reminder_label: (
                self.tr("Ask, don’t tell") if self._reminder and state.ask_dont_tell else ""
            ),
            self.prompt_label: f"“{self._prompt}”" if self._prompt else "",
            self.next_label: upcoming,
        }

    def _state_labels(self) -> tuple[QLabel, ...]:
        return (
            self.header_label,
            self.phase_label,
            self.speaker_label,
            self.time_label,
            self.alert_label,
            self.rule_label,
            self.reminder_label,
            self.prompt_label,
            self.next_label,
        )

    def _apply_colours(self) -> None:
        p = self._palette
        level = self._alert()
        time_colour = p.muted if self._state is None else alert_color(p, level)
        self.time_label.set_colour(time_colour)
        set_label_colour(self.header_label, p.muted)
        set_label_colour(self.phase_label, p.text)
        set_label_colour(self.speaker_label, p.accent)
        set_label_colour(self.alert_label, alert_color(p, level))
        set_label_colour(self.rule_label, p.text)
        set_label_colour(self.reminder_label, p.soon)
        set_label_colour(self.prompt_label, p.accent)
        set_label_colour(self.next_label, p.muted)
        phase_fill = p.accent if level is Alert.CALM else time_colour
        self.phase_progress.set_colours(p.track, phase_fill)
        self.session_progress.set_colours(p.track, p.muted)

    # ----- sizing ------------------------------------------------------------------------

    def _fit_fonts(self) -> None:
        """Size every text from the window's height, shrinking what would not fit its width.

        The sizes depend only on the window, the theme and the texts' shapes, so the work is
        skipped while the countdown merely ticks.
        """
        key = (
            self.size(),
            self._palette,
            self._state is None,
            digit_pattern(self.time_label.text()),
            tuple(label.text() for label in self._state_labels() if label is not self.time_label),
        )
        if key == self._fitted_for:
            return
        self._fitted_for = key
        height = self.height()
        self._border = max(4, round(SCALE.border * min(self.width(), height)))
        margin = self._border + max(10, round(SCALE.margin * height))
        self._layout.setContentsMargins(margin, margin // 2 + self._border, margin, margin)
        self._layout.setSpacing(max(4, round(0.01 * height)))
        width = self.width() - 2 * margin
        reminding = bool(self.reminder_label.text())
        self._fit_line(
            self.header_label, SCALE.header, width * (0.55 if reminding else 0.7), NORMAL
        )
        self._fit_badge()
        self._fit_line(self.phase_label, SCALE.phase, width, BOLD)
        self._fit_line(self.speaker_label, SCALE.speaker, width, DEMIBOLD)
        self._fit_time(width)
        self._fit_line(self.alert_label, SCALE.alert, width, BOLD)
        self._fit_rule(width)
        self._fit_line(self.reminder_label, SCALE.reminder, width * 0.3, BOLD)
        _set_shown(self.reminder_label, reminding)
        self._fit_wrapped(self.prompt_label, SCALE.prompt, SCALE.prompt_lines, width)
        _set_shown(self.prompt_label, bool(self.prompt_label.text()))
        self._fit_line(self.next_label, SCALE.next_line, width, NORMAL)
        self._bar_gap.changeSize(0, round(SCALE.bar_gap * height))
        self.phase_progress.setFixedHeight(max(4, round(SCALE.phase_bar * height)))
        self.session_progress.setFixedHeight(max(3, round(SCALE.session_bar * height)))
        self._layout.invalidate()

    def _fit_line(self, label: QLabel, share: float, width: float, weight: QFont.Weight) -> None:
        preferred = round(share * self.height())
        size = fitted_pixel_size(label.text(), preferred, width, weight)
        _set_font(label, display_font(size, weight))
        label.setFixedHeight(round(QFontMetricsF(display_font(preferred, weight)).height()))

    def _fit_badge(self) -> None:
        """The paused badge: large enough for the back row, the text's colours swapped."""
        p = self._palette
        size = max(10, round(SCALE.badge * self.height()))
        _set_font(self.paused_label, display_font(size, BOLD))
        style = (
            f"color: {p.background}; background: {p.text}; border-radius: {size // 4}px;"
            f" padding: {size // 8}px {size // 2}px;"
        )
        if self.paused_label.styleSheet() != style:
            self.paused_label.setStyleSheet(style)

    def _fit_time(self, width: float) -> None:
        share = SCALE.time_with_prompt if self._prompt else SCALE.time
        preferred = round(share * self.height())
        box_height = round(preferred * 0.95)
        if self._state is None:
            preferred = round(SCALE.waiting * self.height())
        pattern = digit_pattern(self.time_label.text())
        size = fitted_pixel_size(pattern, preferred, width, BOLD)
        _set_font(self.time_label, display_font(size, BOLD))
        self.time_label.setFixedHeight(box_height)

    def _fit_rule(self, width: float) -> None:
        """The rule wraps over up to ``rule_lines`` lines; a longer rule gets smaller type."""
        lines = SCALE.rule_lines_with_prompt if self._prompt else SCALE.rule_lines
        self._fit_wrapped(self.rule_label, SCALE.rule, lines, width)

    def _fit_wrapped(self, label: QLabel, share: float, lines: int, width: float) -> None:
        """Text wrapped over up to ``lines`` lines; a longer text gets smaller type."""
        preferred = round(share * self.height())
        box_height = QFontMetricsF(display_font(preferred)).lineSpacing() * lines
        size = preferred
        while size > 8 and not _wraps_within(label.text(), size, width, box_height):
            size -= 1
        _set_font(label, display_font(size))
        label.setFixedHeight(round(box_height))

    # ----- events ------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_fonts()
        super().resizeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(self._background()))
        level = self._alert()
        if level is not Alert.CALM:
            pen = QPen(QColor(alert_color(self._palette, level)), self._border)
            pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
            painter.setPen(pen)
            half = self._border / 2
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


def _wraps_within(text: str, pixel_size: int, width: float, height: float) -> bool:
    metrics = QFontMetricsF(display_font(pixel_size))
    flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignHCenter)
    needed = metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, text)
    return needed.height() <= height and needed.width() <= width


def _set_shown(widget: QWidget, shown: bool) -> None:
    if widget.isHidden() == shown:
        widget.setVisible(shown)


def _set_font(widget: QWidget, font: QFont) -> None:
    if widget.font() != font:
        widget.setFont(font)
