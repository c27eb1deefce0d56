"""The small dialogs that change a session's time: a phase's minutes, and the time to end at."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from cocoach_desktop.platform.formatting import minutes_words, time_of_day
from cocoach_desktop.platform.timefmt import clock_text
from cocoach_desktop.timer.model.plan import MAX_SESSION_SECONDS
from cocoach_desktop.timer.model.rebalance import moment_at, time_of
from cocoach_desktop.timer.model.session import SessionRun

MAX_CHANGE_MINUTES = 240
# Room a window frame takes beside its title: the icon and the close/maximise buttons.
TITLE_FRAME_PX = 170


def local_hhmm(moment: datetime) -> str:
    return time_of_day(moment.astimezone())


def _plain(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _fit_title(dialog: QDialog, *others: QLabel) -> None:
    """Wide enough for the whole title in the window frame, and never cramped."""
    metrics = QFontMetrics(dialog.font())
    title = metrics.horizontalAdvance(dialog.windowTitle())
    widest = max((metrics.horizontalAdvance(label.text()) for label in others), default=0)
    dialog.setMinimumWidth(max(440, round(title * 1.2) + TITLE_FRAME_PX, min(widest, 560)))


class _TimingDialog(QDialog):
    """The frame both dialogs share: a line on how things stand, a field, a hint, OK/Cancel.

    A dialog builds its own controls between :meth:`__init__` and :meth:`_finish`.
    """

    def __init__(self, run: SessionRun, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.run = run
        self._layout = QVBoxLayout(self)
        self.situation = _plain()  # how things stand now, above the controls
        self._layout.addWidget(self.situation)

    def _add_field(self, label: QLabel, field: QWidget) -> None:
        label.setBuddy(field)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(field)
        row.addStretch(1)
        self._layout.addLayout(row)

    def _finish(self, field: QWidget, *, muted_hint: bool = False) -> None:
        """Hint and buttons under the controls, the first hint, the keyboard in ``field``."""
        self.hint = _plain()
        if muted_hint:
            self.hint.setObjectName("muted")
        self._layout.addWidget(self.hint)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout.addWidget(self.buttons)
        self.update_hint()
        _fit_title(self, self.situation)
        field.setFocus()

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def update_hint(self) -> None:
        raise NotImplementedError


class TimeChangeDialog(_TimingDialog):
    """E: give the current phase more time, or take some away, by any number of minutes."""

    def __init__(self, run: SessionRun, parent: QWidget | None = None) -> None:
        super().__init__(run, parent)
        self.setWindowTitle(self.tr("Change this phase's time"))
        self.give = QRadioButton(self.tr("&Give more time"))
        self.take = QRadioButton(self.tr("&Take time away"))
        self.give.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.give)
        group.addButton(self.take)
        self._layout.addWidget(self.give)
        self._layout.addWidget(self.take)
        self.spin = QSpinBox()
        self.spin.setRange(1, MAX_CHANGE_MINUTES)
        self.spin.setValue(2)
        self.spin.setSuffix(self.tr(" min"))
        self._add_field(QLabel(self.tr("&Minutes:")), self.spin)
        self.spin.valueChanged.connect(self.update_hint)
        self.give.toggled.connect(self.update_hint)
        self._finish(self.spin, muted_hint=True)
        self.spin.selectAll()

    def minutes(self) -> int:
        """The change asked for: positive gives time, negative takes it away."""
        return self.spin.value() * (1 if self.give.isChecked() else -1)

    def update_hint(self) -> None:
        run = self.run
        name = run.current.name
        left = run.remaining()
        if left > 0:
            self.situation.setText(
                self.tr("“{phase}” has {left} left.").format(phase=name, left=clock_text(left))
            )
        else:
            self.situation.setText(
                self.tr("“{phase}” is {over} over its time.").format(
                    phase=name, over=clock_text(-left)
                )
            )
        seconds = self.minutes() * 60
        ok = True
        if seconds > 0:
            end = local_hhmm(run.projected_end(seconds))
            text = self.tr("It will have {left} left; the session would end at {end}.").format(
                left=clock_text(max(0.0, left) + seconds), end=end
            )
            rest = run.session_remaining()
            if seconds > rest:
                text += " " + self.tr(
                    "That is more than the whole rest of the session ({rest}): you will be "
                    "asked to confirm."
                ).format(rest=minutes_words(rest))
        elif left <= 0:
            text = self.tr(
                "Its time is already up: there is nothing left to take away. Move on with N."
            )
            ok = False
        elif -seconds >= left:
            text = self.tr(
                "Only {left} is left: taking it ends this phase's time now. From then on it "
                "counts as overtime."
            ).format(left=clock_text(left))
        else:
            text = self.tr(
                "It will have {left} left; the later phases can use the time (up to their plan)."
            ).format(left=clock_text(left + seconds))
        self.hint.setText(text)
        self.ok_button.setEnabled(ok)


class EndAtDialog(_TimingDialog):
    """T: "we have until 16:15". The later phases are fitted to end then."""

    def __init__(self, run: SessionRun, parent: QWidget | None = None) -> None:
        super().__init__(run, parent)
        self.setWindowTitle(self.tr("End the session at a time"))
        self.time_edit = QTimeEdit()
        self.time_edit.setDisplayFormat("HH:mm")
        planned = time_of(run.planned_end())
        self.time_edit.setTime(QTime(planned.hour, planned.minute))
        self._add_field(QLabel(self.tr("&End at:")), self.time_edit)
        self.time_edit.timeChanged.connect(self.update_hint)
        self._finish(self.time_edit)

    def set_time(self, hour: int, minute: int) -> None:
        self.time_edit.setTime(QTime(hour, minute))

    def moment(self) -> datetime:
        """The end asked for (UTC): today, or tomorrow for a time long gone (00:15 at 23:50)."""
        t = self.time_edit.time()
        return moment_at(self.run.clock.now(), t.hour(), t.minute())

    def update_hint(self) -> None:
        run = self.run
        self.situation.setText(
            self.tr("It is {now}. The session is planned to end at {planned}.").format(
                now=local_hhmm(run.clock.now()), planned=local_hhmm(run.planned_end())
            )
        )
        end = self.moment()
        when = local_hhmm(end)
        preview = run.preview_end(end)
        ok = True
        if preview.seconds_left <= 0:
            text = self.tr("{t} has already passed. Choose a later time.").format(t=when)
            ok = False
        elif preview.seconds_left > MAX_SESSION_SECONDS:
            text = self.tr("{t} is more than 8 hours away. Choose an earlier time.").format(t=when)
            ok = False
        elif preview.later_phases == 0:
            change = preview.current_change
            if change > 0:
                text = self.tr("This last phase gets {m} more and ends at {t}.").format(
                    m=minutes_words(change), t=when
                )
            elif change < 0 and -change >= max(0.0, run.remaining()):
                text = self.tr("This last phase's time would be up at once.")
            elif change < 0:
                text = self.tr("This last phase is shortened by {m} to end at {t}.").format(
                    m=minutes_words(-change), t=when
                )
            else:
                text = self.tr("This last phase already ends then.")
        elif end < preview.earliest:
            text = self.tr(
                "Too close: this phase has {left} left and the later phases need at least "
                "{floor} each, so the session cannot end before {earliest}. Take time from "
                "this phase too (−), or choose a later time."
            ).format(
                left=clock_text(max(0.0, run.remaining())),
                floor=minutes_words(run.floor_seconds),
                earliest=local_hhmm(preview.earliest),
            )
        elif preview.later_share < preview.later_wanted - 1:
            text = self.tr(
                "The {n} later phases will share {share} instead of their {wanted}."
            ).format(
                n=preview.later_phases,
                share=minutes_words(preview.later_share),
                wanted=minutes_words(preview.later_wanted),
            )
        elif preview.later_share > preview.later_wanted + 1:
            text = self.tr(
                "The {n} later phases get {more} more between them ({share} in all)."
            ).format(
                n=preview.later_phases,
                more=minutes_words(preview.later_share - preview.later_wanted),
                share=minutes_words(preview.later_share),
            )
        else:
            text = self.tr("The later phases keep their time.")
        self.hint.setText(text)
        self.ok_button.setEnabled(ok)


def _accepted(dialog: QDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


def ask_minutes(run: SessionRun | None, parent: QWidget) -> int | None:
    """E: the minutes to give (+) or take away (-), or None if cancelled (or no run)."""
    if run is None:
        return None
    dialog = TimeChangeDialog(run, parent)
    return dialog.minutes() if _accepted(dialog) else None


def ask_end_time(run: SessionRun | None, parent: QWidget) -> datetime | None:
    """T: the moment (UTC) the session must end by, or None if cancelled (or no run)."""
    if run is None:
        return None
    dialog = EndAtDialog(run, parent)
    return dialog.moment() if _accepted(dialog) else None
