"""The projector window's layout: its lines of text and bars, sized from the window's size.

The fonts follow the window's height; a text that will not fit its width gets smaller type,
then more lines, then "…". :class:`RoomLayout` is the base the projector window builds on.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QSizePolicy,
    QSpacerItem,
    QVBoxLayout,
    QWidget,
)

from cocoach_desktop.platform.qt.theme import Palette, display_font, fitted_pixel_size, palette
from cocoach_desktop.platform.qt.widgets import TimerWindow, digit_pattern
from cocoach_desktop.timer.model.display import DisplayState, RoomView
from cocoach_desktop.timer.qt.room_parts import (
    BOLD,
    DEMIBOLD,
    NORMAL,
    SCALE,
    Cover,
    ProgressStrip,
    TimeLabel,
    elided,
    legible_floor,
    line_label,
    set_font,
    set_shown,
    shortened,
    wraps_within,
)


class RoomLayout(TimerWindow):
    """The room's view laid out: every label and bar, at sizes that fit the window."""

    def __init__(self, theme: str = "dark", parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._palette: Palette = palette(theme)
        self._state: DisplayState | None = None
        self._border = 0
        self._fitted_for: tuple[object, ...] = ()
        self._prompt = ""
        self._reminder = False
        self._clock = False
        self._full: dict[QLabel, str] = {}
        self.setMinimumSize(320, 200)
        self._build()

    # ----- building ----------------------------------------------------------------------

    def _build(self) -> None:
        centre = Qt.AlignmentFlag.AlignHCenter
        self.header_label = line_label(self, Qt.AlignmentFlag.AlignLeft)
        self.paused_label = QLabel(self)
        self.paused_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        keep_room = self.paused_label.sizePolicy()
        keep_room.setRetainSizeWhenHidden(True)
        self.paused_label.setSizePolicy(keep_room)
        self.paused_label.hide()
        self.clock_label = line_label(self, Qt.AlignmentFlag.AlignRight)
        self.clock_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.phase_label = line_label(self, centre)
        self.speaker_label = line_label(self, centre)
        self.time_label = TimeLabel(self)
        self.alert_label = line_label(self, centre)
        self.phase_progress = ProgressStrip("phase progress", self)
        self.rule_label = line_label(self, centre)
        self.rule_label.setWordWrap(True)
        self.rule_label.setAlignment(centre | Qt.AlignmentFlag.AlignTop)
        self.reminder_label = line_label(self, Qt.AlignmentFlag.AlignRight)
        self.reminder_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.prompt_label = line_label(self, centre)
        self.prompt_label.setWordWrap(True)
        self.prompt_label.setAlignment(centre | Qt.AlignmentFlag.AlignTop)
        self.next_label = line_label(self, centre)
        self.session_progress = ProgressStrip("session progress", self)
        for strip in (self.phase_progress, self.session_progress):
            keep_room = strip.sizePolicy()
            keep_room.setRetainSizeWhenHidden(True)
            strip.setSizePolicy(keep_room)
        self._bar_gap = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self._layout = self._build_layout()
        self.blank_cover = Cover(self)
        self.blank_cover.setAccessibleName("blank screen")
        self.blank_cover.hide()

    def _build_layout(self) -> QVBoxLayout:
        header = self._header = QHBoxLayout()
        header.addWidget(self.header_label, 1)
        header.addWidget(self.paused_label, 0, Qt.AlignmentFlag.AlignRight)
        header.addWidget(self.reminder_label, 0, Qt.AlignmentFlag.AlignRight)
        header.addWidget(self.clock_label, 0, Qt.AlignmentFlag.AlignRight)
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

    # ----- what it shows ------------------------------------------------------------------

    def _view(self) -> RoomView | None:
        return None if self._state is None else self._state.view

    def _in_session(self) -> bool:
        return self._view() in (RoomView.RUNNING, RoomView.PAUSED)

    def _state_labels(self) -> tuple[QLabel, ...]:
        return (
            self.header_label,
            self.clock_label,
            self.phase_label,
            self.speaker_label,
            self.time_label,
            self.alert_label,
            self.rule_label,
            self.reminder_label,
            self.prompt_label,
            self.next_label,
        )

    # ----- sizing ------------------------------------------------------------------------

    def _fit_fonts(self) -> None:
        """Size every text from the window's height, shrinking what would not fit its width.

        The sizes depend only on the window, the theme and the texts' shapes, so the work is
        skipped while the countdown merely ticks.
        """
        key = (
            self.size(),
            self._palette,
            self._view(),
            bool(self._prompt),
            tuple(digit_pattern(self._full.get(label, "")) for label in self._state_labels()),
        )
        if key == self._fitted_for:
            return
        self._fitted_for = key
        height = self.height()
        self._border = max(4, round(SCALE.border * min(self.width(), height)))
        margin = self._border + max(10, round(SCALE.margin * height))
        self._layout.setContentsMargins(margin, margin // 2 + self._border, margin, margin)
        self._layout.setSpacing(max(2, round(0.008 * height)))
        width = self.width() - 2 * margin
        reminding = bool(self._full.get(self.reminder_label))
        clock = bool(self._full.get(self.clock_label))
        header_share = 0.7 - (0.15 if reminding else 0.0) - (0.12 if clock else 0.0)
        self._fit_line(self.header_label, SCALE.header, width * header_share, NORMAL)
        self._fit_badge()
        self._fit_line(self.clock_label, SCALE.clock, width * 0.15, DEMIBOLD)
        set_shown(self.clock_label, clock)
        lines = SCALE.name_lines
        self._fit_line(self.phase_label, SCALE.phase, width, BOLD, lines)
        self._fit_line(self.speaker_label, SCALE.speaker, width, DEMIBOLD, lines)
        self._fit_time(width)
        paused = self._view() is RoomView.PAUSED
        self._fit_line(self.alert_label, SCALE.paused_words if paused else SCALE.alert, width, BOLD)
        self._fit_rule(width)
        self._fit_line(self.reminder_label, SCALE.reminder, width * 0.3, BOLD)
        set_shown(self.reminder_label, reminding)
        self._fit_wrapped(self.prompt_label, SCALE.prompt, SCALE.prompt_lines, width)
        set_shown(self.prompt_label, bool(self._full.get(self.prompt_label)))
        self._fit_line(self.next_label, SCALE.next_line, width, NORMAL, lines)
        self._bar_gap.changeSize(0, round(SCALE.bar_gap * height))
        self.phase_progress.setFixedHeight(max(4, round(SCALE.phase_bar * height)))
        self.session_progress.setFixedHeight(max(3, round(SCALE.session_bar * height)))
        self._make_room(width)
        self._layout.activate()  # the lines' places are right at once, not at the next event

    def _make_room(self, width: float) -> None:
        """Make everything fit the height, so that no line ever overlaps another.

        Long names on two lines, a prompt and "Paused" may not all fit round full-size digits:
        the digits give up room, down to a sixth of the height. In a small window where that
        is not enough, the prompt and then the rule give way first.
        """
        height = self.height()
        set_shown(self.rule_label, True)

        def excess() -> int:
            self._header.invalidate()  # a child layout keeps its old sizes until told
            self._layout.invalidate()
            return self._layout.minimumSize().height() - height

        over = excess()
        if over <= 0:
            return
        box = self.time_label.minimumHeight()  # its fixed height, before any layout
        smallest = min(box, round(0.17 * height))
        for label in (self.prompt_label, self.rule_label):
            if box - over >= smallest:
                break
            set_shown(label, False)
            over = excess()
        self._fit_time(width, box - over)
        self._layout.invalidate()

    def _fit_line(
        self, label: QLabel, share: float, width: float, weight: QFont.Weight, lines: int = 1
    ) -> None:
        """One line at its size; past the legible floor, up to ``lines`` lines, then "…"."""
        text = self._full.get(label, "")
        height = self.height()
        preferred = max(1, round(share * height))
        floor = min(preferred, legible_floor(height))
        size = fitted_pixel_size(text, preferred, width, weight)
        shown, used = text, 1
        if size < floor:
            size, shown, used = shortened(text, preferred, floor, width, weight, lines)
        font = display_font(size, weight)
        set_font(label, font)
        if label.wordWrap() != (used > 1):
            label.setWordWrap(used > 1)
        if label.text() != shown:
            label.setText(shown)
        one_line = QFontMetricsF(display_font(preferred, weight)).height()
        needed = (QFontMetricsF(font).lineSpacing() + 1) * used if used > 1 else 0
        label.setFixedHeight(math.ceil(max(one_line, needed)))

    def _fit_badge(self) -> None:
        """The paused badge: large enough for the back row, the text's colours swapped."""
        p = self._palette
        size = max(10, round(SCALE.badge * self.height()))
        set_font(self.paused_label, display_font(size, BOLD))
        style = (
            f"color: {p.background}; background: {p.accent}; border-radius: {size // 4}px;"
            f" padding: {size // 8}px {size // 2}px;"
        )
        if self.paused_label.styleSheet() != style:
            self.paused_label.setStyleSheet(style)
        # Its height from the font, not from a size hint that lags behind the style sheet.
        text_height = QFontMetricsF(display_font(size, BOLD)).height()
        self.paused_label.setFixedHeight(math.ceil(text_height) + 2 * (size // 8))

    def _fit_time(self, width: float, room: int | None = None) -> None:
        """The digits: a third of the height, less when the width or the ``room`` is short."""
        height = self.height()
        share = SCALE.time_with_prompt if self._prompt else SCALE.time
        box_height = round(share * height * 0.95)
        if room is not None and room < box_height:
            share *= max(0.0, room) / box_height
            box_height = max(0, room)
        view = self._view()
        if view is RoomView.FINISHED:
            share = SCALE.thanks
        elif view is RoomView.WAITING and self._state is not None and self._state.now:
            share = SCALE.waiting_clock
        elif not self._in_session():
            share = SCALE.waiting
        preferred = max(1, min(round(share * height), round(box_height / 0.95)))
        pattern = digit_pattern(self.time_label.text())
        size = fitted_pixel_size(pattern, preferred, width, BOLD)
        set_font(self.time_label, display_font(size, BOLD))
        self.time_label.setFixedHeight(box_height)

    def _fit_rule(self, width: float) -> None:
        """The rule wraps over up to ``rule_lines`` lines; a longer rule gets smaller type."""
        lines = SCALE.rule_lines_with_prompt if self._prompt else SCALE.rule_lines
        self._fit_wrapped(self.rule_label, SCALE.rule, lines, width)

    def _fit_wrapped(self, label: QLabel, share: float, lines: int, width: float) -> None:
        """Text wrapped over up to ``lines`` lines; a longer text gets smaller type, then "…"."""
        text = self._full.get(label, "")
        height = self.height()
        preferred = max(1, round(share * height))
        floor = min(preferred, legible_floor(height))
        box_height = (QFontMetricsF(display_font(preferred)).lineSpacing() + 1) * lines
        size = preferred
        while size > floor and not wraps_within(text, size, width, box_height):
            size -= 1
        shown = text
        if not wraps_within(text, size, width, box_height):
            shown = elided(text, lambda t: wraps_within(t, size, width, box_height))
        set_font(label, display_font(size))
        if label.text() != shown:
            label.setText(shown)
        label.setFixedHeight(round(box_height))
