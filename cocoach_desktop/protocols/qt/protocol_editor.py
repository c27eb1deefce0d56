"""The protocol editor: the name, phases and minutes of one's own protocol, checked to save."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cocoach_desktop.domain import limits
from cocoach_desktop.platform.qt.widgets import problem_banner
from cocoach_desktop.protocols.model.protocols import (
    PROMPT_GROUPS,
    PhaseTemplate,
    ProtocolTemplate,
    check_template,
)


class TemplateEditor(QDialog):
    """Edit the name, phases and minutes of one's own protocol (a duplicate of any other)."""

    COLUMNS = 6  # name, minutes, whose turn, rule, question groups, questions only
    GROUPS_COLUMN = 4
    ASK_COLUMN = 5

    def __init__(self, template: ProtocolTemplate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._template = template
        self.setWindowTitle(self.tr("Edit protocol"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(template.name)
        self.name.setMaxLength(limits.PROTOCOL_NAME_CHARS)
        form.addRow(self.tr("Name"), self.name)
        self.total = QLabel()
        form.addRow(self.tr("Default length"), self.total)
        layout.addLayout(form)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Phase"),
                self.tr("Minutes"),
                self.tr("Whose turn"),
                self.tr("Rule"),
                self.tr("Question groups"),
                self.tr("Questions only"),
            ]
        )
        tips = {
            self.GROUPS_COLUMN: self.tr(
                "The banks this phase's prompts come from, separated by commas: {groups}"
            ).format(groups=", ".join(PROMPT_GROUPS)),
            self.ASK_COLUMN: self.tr(
                "Tick for a phase of questions only: the projector says “Ask, don’t tell”"
            ),
        }
        for column, tip in tips.items():
            item = self.table.horizontalHeaderItem(column)
            if item is not None:
                item.setToolTip(tip)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(2, 260)
        self.table.setColumnWidth(self.GROUPS_COLUMN, 240)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setDefaultSectionSize(44)
        # What the table does not show travels with its row.
        self._fixed_flags: list[bool] = []
        for phase in template.phases:
            self._add_row(phase)
        self.table.itemChanged.connect(self._update_total)
        layout.addWidget(self.table, 1)
        row_buttons = QHBoxLayout()
        add = QPushButton(self.tr("Add phase"))
        add.clicked.connect(lambda: self._add_row(None))
        remove = QPushButton(self.tr("Remove phase"))
        remove.clicked.connect(self._remove_row)
        up = QPushButton(self.tr("Move up"))
        up.clicked.connect(lambda: self._move(-1))
        down = QPushButton(self.tr("Move down"))
        down.clicked.connect(lambda: self._move(1))
        for b in (add, remove, up, down):
            row_buttons.addWidget(b)
        row_buttons.addStretch(1)
        layout.addLayout(row_buttons)
        hint = QLabel(self.tr("Write {coachee} in “Whose turn” for the coachee's name."))
        hint.setObjectName("muted")
        layout.addWidget(hint)
        self.error = problem_banner()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.result_template: ProtocolTemplate | None = None
        self._update_total()
        self.resize(980, 520)

    def _add_row(self, phase: PhaseTemplate | None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        values = (
            [phase.name, f"{phase.minutes:g}", phase.speaker, phase.rule]
            if phase
            else [self.tr("New phase"), "5", "{coachee}", ""]
        )
        values.append(", ".join(phase.prompt_groups) if phase else "")
        for col, value in enumerate(values):
            self.table.setItem(row, col, QTableWidgetItem(value))
        ask = QTableWidgetItem()
        ask.setFlags(
            Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
        )
        checked = phase is not None and phase.ask_dont_tell
        ask.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.table.setItem(row, self.ASK_COLUMN, ask)
        self._fixed_flags.insert(row, phase.fixed if phase else False)

    def _remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0 and self.table.rowCount() > 1:
            self.table.removeRow(row)
            del self._fixed_flags[row]
            self._update_total()

    def _move(self, step: int) -> None:
        row = self.table.currentRow()
        other = row + step
        if row < 0 or not 0 <= other < self.table.rowCount():
            return
        for col in range(self.COLUMNS):
            a, b = self.table.takeItem(row, col), self.table.takeItem(other, col)
            self.table.setItem(row, col, b)
            self.table.setItem(other, col, a)
        flags = self._fixed_flags
        flags[row], flags[other] = flags[other], flags[row]
        self.table.setCurrentCell(other, self.table.currentColumn())

    def _text(self, row: int, col: int) -> str:
        item = self.table.item(row, col)
        return item.text().strip() if item else ""

    def _asked(self, row: int) -> bool:
        item = self.table.item(row, self.ASK_COLUMN)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def _minutes(self, row: int) -> float | None:
        try:
            return float(self._text(row, 1).replace(",", "."))
        except ValueError:
            return None

    def _update_total(self) -> None:
        minutes = [self._minutes(r) for r in range(self.table.rowCount())]
        if any(m is None for m in minutes):
            self.total.setText(self.tr("– (a minutes cell is not a number)"))
        else:
            self.total.setText(self.tr("{m:g} min").format(m=sum(m or 0 for m in minutes)))

    def edited(self) -> tuple[ProtocolTemplate | None, list[str]]:
        """The edited template, or the problems that stop it from being saved."""
        problems: list[str] = []
        phases = []
        for row in range(self.table.rowCount()):
            minutes = self._minutes(row)
            if minutes is None:
                problems.append(self.tr("Phase {n}: minutes must be a number.").format(n=row + 1))
                minutes = 0.0
            phases.append(
                PhaseTemplate(
                    name=self._text(row, 0),
                    minutes=minutes,
                    speaker=self._text(row, 2),
                    rule=self._text(row, 3),
                    fixed=self._fixed_flags[row],
                    prompt_groups=tuple(
                        g.strip()
                        for g in self._text(row, self.GROUPS_COLUMN).split(",")
                        if g.strip()
                    ),
                    ask_dont_tell=self._asked(row),
                )
            )
        total = sum(p.minutes for p in phases)
        template = replace(
            self._template,
            name=self.name.text().strip(),
            phases=tuple(phases),
            default_minutes=max(1, round(total)),
        )
        problems += check_template(template)
        return (None if problems else template), problems

    def accept(self) -> None:
        template, problems = self.edited()
        if template is None:
            self.error.setText("\n".join(problems))
            self.error.show()
            return
        self.result_template = template
        super().accept()
