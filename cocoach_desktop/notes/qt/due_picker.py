"""A commitment's due date: "no date", or a day picked from a calendar that opens at today.

The calendar marks today and offers two quick choices, "+1 week" and "next session". The next
session is a week on, or, once the team has met often enough for it to be known, its usual
gap between sessions (see :func:`usual_gap_days`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta
from itertools import pairwise

from PySide6.QtCore import QDate, QEvent, QPointF, QSignalBlocker, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPalette,
    QShowEvent,
    QTextCharFormat,
)
from PySide6.QtWidgets import (
    QApplication,
    QCalendarWidget,
    QDateEdit,
    QHBoxLayout,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QToolButton,
    QWidget,
)

from cocoach_desktop.platform.formatting import short_date

NO_DATE = QDate(2000, 1, 1)  # the lowest value a due date can take stands for "no date"
DEFAULT_GAP_DAYS = 7  # "next session" when the team's usual gap is not known
MAX_USUAL_GAP_DAYS = 63  # a longer "usual" gap is a team that stopped and started again
RECENT_GAPS = 6  # the usual gap is the median of the newest gaps


def usual_gap_days(days: Iterable[date]) -> int | None:
    """The days between a team's sessions as it usually meets, or None if that is not known.

    ``days`` are the days the team met (in any order, repeats allowed). The usual gap is the
    median of the gaps between the newest distinct days, and needs at least two gaps (three
    meetings) to be called usual.
    """
    distinct = sorted(set(days), reverse=True)[: RECENT_GAPS + 1]
    gaps = [(newer - older).days for newer, older in pairwise(distinct)]
    if len(gaps) < 2:
        return None
    from statistics import median  # with decimal and fractions: not needed to start

    gap = round(median(gaps))
    return gap if 1 <= gap <= MAX_USUAL_GAP_DAYS else None


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class DueCalendar(QCalendarWidget):
    """The calendar of a due date: today marked, and the quick choices under the month.

    It opens at today when no date is chosen yet (not at the "no date" placeholder's year).
    """

    def __init__(
        self,
        today: Callable[[], date],
        gap_days: Callable[[], int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self._gap_days = gap_days
        self._marked: QDate | None = None
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.quick = QWidget()  # the quick choices, under the days
        row = QHBoxLayout(self.quick)
        row.setContentsMargins(4, 4, 4, 4)
        self.week_button = QPushButton()
        self.week_button.clicked.connect(lambda: self.choose(self.today() + timedelta(days=7)))
        self.next_button = QPushButton()
        self.next_button.clicked.connect(lambda: self.choose(self.next_session()))
        self.none_button = QPushButton()
        self.none_button.clicked.connect(lambda: self.choose(None))
        for button in (self.week_button, self.next_button, self.none_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        layout = self.layout()
        if layout is not None:  # a QVBoxLayout: the month's navigation bar, then the days
            layout.addWidget(self.quick)
        self.retranslate()

    # QCalendarWidget sizes itself from its month alone: the quick choices need room too.
    def sizeHint(self) -> QSize:
        return self._with_quick(super().sizeHint())

    def minimumSizeHint(self) -> QSize:
        return self._with_quick(super().minimumSizeHint())

    def _with_quick(self, month: QSize) -> QSize:
        quick = self.quick.sizeHint()
        return QSize(max(month.width(), quick.width()), month.height() + quick.height())

    def today(self) -> date:
        return self._today()

    def next_session(self) -> date:
        return self.today() + timedelta(days=self._gap_days())

    def retranslate(self) -> None:
        self.week_button.setText(self.tr("+1 week"))
        self.none_button.setText(self.tr("No date"))
        self.none_button.setToolTip(self.tr("No due date"))
        self._label_next()

    def _label_next(self) -> None:
        day = self.next_session()
        self.week_button.setToolTip(
            self.tr("Due {date}").format(
                date=short_date(self.today() + timedelta(days=7), weekday=True)
            )
        )
        self.next_button.setText(self.tr("Next session"))
        gap = self._gap_days()
        how = (
            self.tr("a week on")
            if gap == DEFAULT_GAP_DAYS
            else self.tr("{n} days on: the team's usual gap").format(n=gap)
        )
        self.next_button.setToolTip(
            self.tr("Due {date} ({how})").format(date=short_date(day, weekday=True), how=how)
        )

    def choose(self, day: date | None) -> None:
        """A quick choice: take it as if the day had been clicked (the popup closes)."""
        chosen = self.minimumDate() if day is None else qdate(day)
        self.setSelectedDate(chosen)
        self.clicked.emit(chosen)

    def refresh(self) -> None:
        """Mark today, and show today's month when no date is chosen yet."""
        today = qdate(self.today())
        if self._marked is not None and self._marked != today:
            self.setDateTextFormat(self._marked, QTextCharFormat())
        mark = QTextCharFormat()
        mark.setFontWeight(QFont.Weight.Bold)
        mark.setFontUnderline(True)
        tint = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        tint.setAlpha(70)
        mark.setBackground(tint)
        mark.setToolTip(self.tr("Today"))
        self.setDateTextFormat(today, mark)
        self._marked = today
        if self.selectedDate() <= self.minimumDate():
            # Not "selected" for the edit: Esc leaves "no date" as it was.
            with QSignalBlocker(self):
                self.setSelectedDate(today)
        self._label_next()
        self._arrows()

    def _arrows(self) -> None:
        """The month arrows as the theme draws them now (Qt sets them once, at creation)."""
        left, right = QStyle.StandardPixmap.SP_ArrowLeft, QStyle.StandardPixmap.SP_ArrowRight
        if self.isRightToLeft():
            left, right = right, left
        for name, arrow in (("qt_calendar_prevmonth", left), ("qt_calendar_nextmonth", right)):
            button = self.findChild(QToolButton, name)
            if button is not None:
                button.setIcon(self.style().standardIcon(arrow, None, self))

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class DueDateEdit(QDateEdit):
    """A due date, or "no date" (its lowest value), with :class:`DueCalendar` as its popup.

    ``today`` and ``gap_days`` are asked each time the calendar opens: the app gives its own
    clock's day and the team's usual gap. F4 or Alt+Down opens the calendar from the keyboard.
    """

    def __init__(
        self,
        due: date | None = None,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        gap_days: Callable[[], int] = lambda: DEFAULT_GAP_DAYS,
    ) -> None:
        super().__init__(parent)
        self.today = today
        self.gap_days = gap_days
        self.setCalendarPopup(True)
        self.setMinimumDate(NO_DATE)
        self.setDisplayFormat("d MMM yyyy")
        self.due_calendar = DueCalendar(lambda: self.today(), lambda: self.gap_days())
        self.setCalendarWidget(self.due_calendar)
        self.set_due(due)
        self.retranslate()

    def retranslate(self) -> None:
        self.setSpecialValueText(self.tr("no date"))
        self.setToolTip(
            self.tr("By when (optional). The calendar opens at today; F4 opens it from the keys")
        )

    def due(self) -> date | None:
        value = self.date()
        return None if value <= self.minimumDate() else pydate(value)

    def set_due(self, due: date | None) -> None:
        self.setDate(self.minimumDate() if due is None else qdate(due))

    def open_calendar(self) -> None:
        """Open the calendar as a click on the arrow does (Qt has no call for it)."""
        option = QStyleOptionComboBox()
        option.initFrom(self)
        option.editable = True
        option.frame = True
        option.subControls = QStyle.SubControl.SC_All
        arrow = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxArrow, self
        )
        where = QPointF(arrow.center())
        press = QMouseEvent(
            QEvent.Type.MouseButtonPress,
            where,
            self.mapToGlobal(where),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(self, press)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt_down = (
            event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if event.key() == Qt.Key.Key_F4 or alt_down:
            self.open_calendar()
            event.accept()
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
