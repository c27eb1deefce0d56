"""The set-up's length and start: minutes, or until a time of day, and when the session starts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QSpinBox

from cocoach_desktop.platform.clocktime import (
    EndBeforeStartError,
    EndPassedError,
    minutes_until,
    parse_clock_time,
)
from cocoach_desktop.platform.formatting import time_of_day
from cocoach_desktop.platform.problem_words import say
from cocoach_desktop.platform.qt.widgets import problem_banner, show_banner
from cocoach_desktop.protocols.model.protocols import ProtocolTemplate
from cocoach_desktop.setup.model.length import MAX_MINUTES, TYPABLE_MINUTES, minutes_in_range
from cocoach_desktop.setup.qt.setup_widgets import clear_quietly
from cocoach_desktop.timer.model.plan import SessionPlan

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance


def _tr(text: str) -> str:
    return QCoreApplication.translate("SetupPanel", text)


class LengthSection:
    """The set-up panel's Minutes, "or until" and "Starts at" fields (a SetupPanel part)."""

    now: Callable[[], datetime]
    plan: SessionPlan | None
    session_box: QGroupBox
    _length_typed: bool
    _start_at: time | None
    _starting: bool

    if TYPE_CHECKING:
        startAtChanged: SignalInstance

        def rebuild(self) -> None: ...

        def current_template(self) -> ProtocolTemplate | None: ...

    def _build_length(self, form: QFormLayout) -> None:
        length_row = QHBoxLayout()
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(0, TYPABLE_MINUTES)
        self.minutes_spin.setValue(45)
        self.minutes_spin.valueChanged.connect(self._minutes_typed)
        self.until_label = QLabel()
        self.until_edit = QLineEdit()
        self.until_edit.setMaxLength(12)
        self.until_edit.setClearButtonEnabled(True)
        self.until_edit.textChanged.connect(self._until_typed)
        self.until_edit.editingFinished.connect(self.rebuild)
        self.until_label.setBuddy(self.until_edit)
        length_row.addWidget(self.minutes_spin, 1)
        length_row.addWidget(self.until_label)
        length_row.addWidget(self.until_edit, 1)
        self.minutes_label = QLabel()
        form.addRow(self.minutes_label, length_row)
        self.length_error = problem_banner()
        form.addRow(self.length_error)
        self.start_edit = QLineEdit()
        self.start_edit.setMaxLength(12)
        self.start_edit.setClearButtonEnabled(True)
        self.start_edit.textChanged.connect(self._start_typed)
        self.start_edit.editingFinished.connect(self._start_finished)
        self.start_label = QLabel()
        self.start_label.setBuddy(self.start_edit)
        form.addRow(self.start_label, self.start_edit)
        self.start_error = problem_banner()
        form.addRow(self.start_error)

    def _retranslate_length(self) -> None:
        self.minutes_label.setText(_tr("&Minutes"))
        self.minutes_label.setBuddy(self.minutes_spin)
        self.minutes_spin.setSuffix(_tr(" min"))
        self.minutes_spin.setToolTip(
            _tr("How long the session lasts: 1 to {max} minutes").format(max=MAX_MINUTES)
        )
        self.until_label.setText(_tr("or &until"))
        self.until_edit.setPlaceholderText(_tr("hh:mm"))
        self.until_edit.setToolTip(
            _tr("The time the session must end by. The minutes follow from it when you start.")
        )
        self.start_label.setText(_tr("Starts &at"))
        self.start_edit.setPlaceholderText(_tr("hh:mm (optional)"))
        self.start_edit.setToolTip(
            _tr("When the session is planned to start: the room sees a countdown to it")
        )

    # ----- the length: minutes, or until a time of day -----------------------------------

    def minutes(self) -> int | None:
        """The session's length in minutes, or None while it is out of range."""
        value = self.minutes_spin.value()
        return value if minutes_in_range(value) else None

    def set_minutes(self, minutes: int) -> None:
        """Put a remembered length in the field (not a choice made for this session)."""
        self._set_minutes_quietly(minutes)
        self.rebuild()

    def _set_minutes_quietly(self, minutes: int) -> None:
        self.minutes_spin.blockSignals(True)
        self.minutes_spin.setValue(minutes)
        self.minutes_spin.blockSignals(False)

    def _minutes_typed(self) -> None:
        self._length_typed = True
        if self.until_edit.text():  # minutes typed replace the end time
            clear_quietly(self.until_edit)
        self.rebuild()

    def _until_text(self) -> str:
        return self.until_edit.text().strip()

    def _until_typed(self) -> None:
        self._length_typed = True
        try:
            parse_clock_time(self.until_edit.text())
        except ValueError:
            return  # still being typed: said on leaving the field (or at Start)
        self.rebuild()

    def end_at(self) -> time | None:
        """The time of day typed as the session's end, if the length is given that way."""
        try:
            return parse_clock_time(self.until_edit.text())
        except ValueError:
            return None

    def _until_minutes(self) -> int | None:
        """The minutes to the end time typed (None without one); ValueError says what is wrong."""
        end = parse_clock_time(self.until_edit.text())
        return None if end is None else self._minutes_until(end)

    def _minutes_until(self, end: time) -> int:
        """Whole minutes from now (or the planned start, if later) to ``end``.

        At Start it is always from now: a group that starts early, everyone being there,
        still has until ``end``.
        """
        start = None if self._starting else self._start_at
        try:
            return minutes_until(self.now(), end, start)
        except EndPassedError:
            raise ValueError(
                _tr("{end} has already passed: type a later end, or the minutes.").format(
                    end=time_of_day(end)
                )
            ) from None
        except EndBeforeStartError as exc:
            raise ValueError(
                _tr("The session would end at {end}, before it starts at {start}.").format(
                    end=time_of_day(end), start=time_of_day(exc.start)
                )
            ) from None

    def follow_clock(self) -> bool:
        """With an end time, the minutes follow the clock until the start (True: they moved)."""
        if not self.session_box.isEnabled() or not self._until_text():
            return False
        try:
            minutes = self._until_minutes()
        except ValueError:
            return False
        if minutes is None or minutes == self.minutes_spin.value():
            return False
        self.rebuild()
        return True

    def prepare_start(self) -> bool:
        """Just before the start: the minutes to an end time from now; False if not ready."""
        if self._until_text():
            self._starting = True
            try:
                self.rebuild()
            finally:
                self._starting = False
        return self.plan is not None

    def _length_seconds(self) -> int | None:
        """The chosen length, or None after saying plainly what is wrong with it."""
        problem = ""
        if self._until_text():
            try:
                minutes = self._until_minutes()
                assert minutes is not None
                self._set_minutes_quietly(minutes)
            except ValueError as exc:
                problem = say(exc)
        value = self.minutes_spin.value()
        if problem:
            pass
        elif value < 1:
            problem = _tr("A session needs at least 1 minute.")
        elif value > MAX_MINUTES:
            until = self._until_text()
            problem = (
                _tr(
                    "Until {end} is {minutes} minutes: a session lasts at most {max} minutes "
                    "(8 hours)."
                )
                if until
                else _tr(
                    "{minutes} minutes is too long: a session lasts at most {max} minutes "
                    "(8 hours)."
                )
            ).format(end=until, minutes=value, max=MAX_MINUTES)
        show_banner(self.length_error, problem)
        return None if problem else value * 60

    def _use_default_length(self) -> None:
        t = self.current_template()
        if t is None:
            return
        clear_quietly(self.until_edit)
        self._set_minutes_quietly(t.default_minutes)
        self.rebuild()

    # ----- the planned start -------------------------------------------------------------

    def start_at(self) -> time | None:
        """The time of day the session is planned to start, if one was typed."""
        return self._start_at

    def _start_typed(self) -> None:
        try:
            start = parse_clock_time(self.start_edit.text())
        except ValueError:
            start = None  # said on leaving the field; meanwhile no countdown
        else:
            show_banner(self.start_error, "")
        self._set_start(start)

    def _start_finished(self) -> None:
        try:
            parse_clock_time(self.start_edit.text())
        except ValueError as exc:
            show_banner(self.start_error, say(exc))

    def _set_start(self, start: time | None) -> None:
        if start == self._start_at:
            return
        self._start_at = start
        self.startAtChanged.emit(start)
        if self._until_text():
            self.rebuild()

    def new_session(self) -> None:
        """Ready for the next session: its own length, end and start are still to be chosen."""
        self._length_typed = False
        clear_quietly(self.until_edit, self.start_edit)
        show_banner(self.start_error, "")
        self._set_start(None)
        self.rebuild()
