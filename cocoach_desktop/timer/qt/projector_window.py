"""The projector window: the phase, its rule, whose turn it is and the time, legible from afar."""

from __future__ import annotations

import math

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
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

from cocoach_desktop.platform.qt.theme import Palette, display_font, fitted_pixel_size, palette
from cocoach_desktop.platform.qt.widgets import TimerWindow, digit_pattern, set_label_colour
from cocoach_desktop.platform.timefmt import clock_text
from cocoach_desktop.timer.model.display import Alert, DisplayState, RoomView
from cocoach_desktop.timer.qt.room_parts import (
    BOLD,
    DEMIBOLD,
    NORMAL,
    SCALE,
    Cover,
    ProgressStrip,
    TimeLabel,
    digits_colour,
    elided,
    frame_colour,
    legible_floor,
    line_label,
    local_hhmm,
    set_font,
    set_shown,
    shortened,
    wraps_within,
)


class PresentationWindow(TimerWindow):
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
        super().__init__(parent, Qt.WindowType.Window)
        self._palette: Palette = palette(theme)
        self._state: DisplayState | None = None
        self._border = 0
        self._fitted_for: tuple[object, ...] = ()
        self._painted_look: tuple[object, ...] = ()
        self._prompt = ""
        self._reminder = False
        self._clock = False
        self._blanked = False
        self._full: dict[QLabel, str] = {}
        self.setMinimumSize(320, 200)
        self._build()
        self.retranslate()
        self.resize(1280, 720)

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

    def _view(self) -> RoomView | None:
        return None if self._state is None else self._state.view

    def _in_session(self) -> bool:
        return self._view() in (RoomView.RUNNING, RoomView.PAUSED)

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

    def _texts(self, state: DisplayState | None) -> dict[QLabel, str]:
        texts = dict.fromkeys(self._state_labels(), "")
        if state is None:
            texts[self.time_label] = self.tr("Waiting to start")
        elif state.view is RoomView.WAITING:
            texts.update(self._waiting_texts(state))
        elif state.view is RoomView.FINISHED:
            texts.update(self._finished_texts(state))
        else:
            texts.update(self._session_texts(state))
        return texts

    def _waiting_texts(self, state: DisplayState) -> dict[QLabel, str]:
        """The calm screen before a session: what, when, and the time now. No countdown."""
        waiting = self.tr("Waiting to start")
        texts = {
            self.phase_label: state.protocol_name or waiting,
            self.time_label: local_hhmm(state.now) if state.now is not None else waiting,
        }
        if state.planned_start is not None:
            texts[self.speaker_label] = self.tr("Starting at {time}").format(
                time=local_hhmm(state.planned_start)
            )
        elif state.protocol_name:
            texts[self.speaker_label] = waiting
        starts_in = state.starts_in
        if starts_in is not None and starts_in > 0 and state.now is not None:
            # Counting down to the start, the countdown is the big number and the time of
            # day goes under it in words: two big clocks side by side would be misread.
            assert state.planned_start is not None
            texts[self.speaker_label] = self.tr("Starts in")
            texts[self.time_label] = clock_text(math.ceil(starts_in))
            texts[self.alert_label] = self.tr("Starting at {time} · it is {now} now").format(
                time=local_hhmm(state.planned_start), now=local_hhmm(state.now)
            )
        elif starts_in is not None:
            texts[self.alert_label] = self.tr("Starting shortly")
        if state.phase_name:
            texts[self.next_label] = self.tr("First: {phase}").format(phase=state.phase_name)
        return texts

    def _finished_texts(self, state: DisplayState) -> dict[QLabel, str]:
        """The end: thanks, how long it took and when it ended. Nothing of any phase."""
        return {
            self.header_label: state.protocol_name,
            self.time_label: self.tr("Thank you"),
            self.alert_label: self.tr("The session took {length}").format(
                length=clock_text(state.session_seconds)
            ),
            self.next_label: self.tr("Ended at {time}").format(
                time=local_hhmm(state.projected_end)
            ),
        }

    def _session_texts(self, state: DisplayState) -> dict[QLabel, str]:
        header = self.tr("{protocol} · phase {index} of {count}").format(
            protocol=state.protocol_name, index=state.phase_index + 1, count=state.phase_count
        )
        if state.next_phase_name:
            upcoming = self.tr("Next: {phase}").format(phase=state.next_phase_name)
        else:
            upcoming = self.tr("Next: the end of the session")
        clock = self._clock and state.now is not None
        return {
            self.header_label: header,
            self.clock_label: local_hhmm(state.now) if clock and state.now else "",
            self.phase_label: state.phase_name,
            self.speaker_label: state.speaker,
            self.time_label: state.time_text,
            self.alert_label: self.tr("❚❚ Paused") if state.paused else state.alert_text,
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
