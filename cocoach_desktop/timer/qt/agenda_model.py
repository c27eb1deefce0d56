"""The agenda table: a thin Qt model over the run's phases, planned and live times.

"Planned" is each phase's planned length; "Now" is the time it has as things stand: for the
current and earlier phases what they were given (with their own extensions and reductions),
for later phases their share of what is left of the session, which is never more than their
plan and comes back up to it when earlier phases finish early.
"""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from cocoach_desktop.platform.timefmt import clock_text
from cocoach_desktop.timer.model.session import RunState, SessionRun

COL_NUMBER, COL_PHASE, COL_TURN, COL_PLANNED, COL_NOW, COL_ACTUAL = range(6)
IsCurrentRole = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgendaModel", text)


class AgendaModel(QAbstractTableModel):
    """Rows are the plan's phases; the live columns are recomputed from the run on refresh."""

    def __init__(self) -> None:
        super().__init__()
        self._run: SessionRun | None = None
        self._allotted: list[float] = []
        self._actual: list[float] = []
        self._plans: list[float] = []

    @property
    def run(self) -> SessionRun | None:
        return self._run

    def set_run(self, run: SessionRun | None) -> None:
        self.beginResetModel()
        self._run = run
        self._read()
        self.endResetModel()

    def refresh(self, live_only: bool = False) -> None:
        """Re-read the figures; ``live_only`` on a tick, when only the times can have moved.

        On a tick only the cells whose text changed are signalled (usually one: the current
        phase's actual time), so the table repaints one cell a second, not two columns.
        """
        if self._run is None or not self._allotted:
            return
        if not live_only:
            self._read()
            last = len(self._allotted) - 1
            self.dataChanged.emit(self.index(0, 0), self.index(last, COL_ACTUAL))
            return
        before = self._live_texts()
        self._read()
        after = self._live_texts()
        if len(before) != len(after):  # the phases changed under the model: all of it
            self.dataChanged.emit(self.index(0, COL_NOW), self.index(len(after) - 1, COL_ACTUAL))
            return
        for row, (was, now) in enumerate(zip(before, after, strict=True)):
            for col, old_text, new_text in zip((COL_NOW, COL_ACTUAL), was, now, strict=True):
                if old_text != new_text:
                    cell = self.index(row, col)
                    self.dataChanged.emit(cell, cell)

    def _live_texts(self) -> list[tuple[object, object]]:
        """What the live columns show, row by row (to signal only what a tick changed)."""
        return [
            (self._display(row, COL_NOW), self._display(row, COL_ACTUAL))
            for row in range(len(self._allotted))
        ]

    def _read(self) -> None:
        run = self._run
        self._allotted = run.allotments() if run else []
        self._actual = run.actual_seconds() if run else []
        self._plans = [run.base_seconds(k) for k in range(len(run.phases))] if run else []

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() or self._run is None else len(self._run.phases)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = ["#", _tr("Phase"), _tr("Whose turn"), _tr("Planned"), _tr("Now"), _tr("Actual")]
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        run = self._run
        if run is None or not index.isValid() or index.row() >= len(run.phases):
            return None
        row, col = index.row(), index.column()
        phase = run.phases[row]
        current = row == run.index and run.state is not RunState.NOT_STARTED
        if role == IsCurrentRole:
            return current
        if role == Qt.ItemDataRole.FontRole and current:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (COL_PLANNED, COL_NOW, COL_ACTUAL):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_PHASE:
            return phase.rule
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_TURN:  # the column elides names
            return f"<p style='white-space:pre-wrap'>{html.escape(phase.speaker)}</p>"
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_NOW:
            return self._now_tip(run, row)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._display(row, col)

    def _display(self, row: int, col: int) -> object:
        """The text of a cell (its DisplayRole)."""
        run = self._run
        if run is None or row >= len(run.phases):
            return None
        phase = run.phases[row]
        current = row == run.index and run.state is not RunState.NOT_STARTED
        if col == COL_NUMBER:
            return ("▶ " if current else "") + str(row + 1)
        if col == COL_PHASE:
            return phase.name
        if col == COL_TURN:
            return phase.speaker
        if col == COL_PLANNED:
            return clock_text(phase.seconds)
        if col == COL_NOW:
            if run.state is RunState.FINISHED and not run.reached(row):
                return ""  # the session ended before this phase: it had no time
            return clock_text(round(self._allotted[row]))
        if col == COL_ACTUAL:
            actual = self._actual[row]
            return clock_text(actual) if actual >= 1 else ""
        return None

    def _now_tip(self, run: SessionRun, row: int) -> str:
        """Why a phase has the time it has now, in words."""
        planned = float(run.phases[row].seconds)
        plan = self._plans[row]
        now = self._allotted[row]
        parts = []
        if plan >= planned + 1:
            parts.append(
                _tr("Planned {planned}, extended to {plan}.").format(
                    planned=clock_text(planned), plan=clock_text(round(plan))
                )
            )
        elif plan <= planned - 1:
            parts.append(
                _tr("Planned {planned}, shortened to {plan}.").format(
                    planned=clock_text(planned), plan=clock_text(round(plan))
                )
            )
        later = row > run.index and run.state is not RunState.FINISHED
        if later and now < plan - 1:
            parts.append(
                _tr(
                    "Its share is {now} for now, so that the session ends on time; it gets "
                    "time back, up to {plan}, if earlier phases finish early."
                ).format(now=clock_text(round(now)), plan=clock_text(round(plan)))
            )
        elif row == run.index and now < plan - 1 and run.state is not RunState.NOT_STARTED:
            parts.append(
                _tr("It began with {now} of its {plan}, so that the session ends on time.").format(
                    now=clock_text(round(now)), plan=clock_text(round(plan))
                )
            )
        return " ".join(parts) or _tr("{now}, as planned.").format(now=clock_text(round(now)))
