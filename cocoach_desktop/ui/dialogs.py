"""Dialogs: keyboard shortcuts help, settings, and editing one's own protocol."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cocoach_desktop.core import limits
from cocoach_desktop.core.preferences import Preferences
from cocoach_desktop.core.protocols import (
    PROMPT_GROUPS,
    PhaseTemplate,
    ProtocolTemplate,
    check_template,
)
from cocoach_desktop.ui.widgets import problem_banner, shortcut_texts


class ShortcutsDialog(QDialog):
    """Every action with its keys, read from the actions themselves so it cannot go stale."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for action in actions:
            keys = shortcut_texts(action)
            if not keys:
                continue
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, 0, QTableWidgetItem(action.text().replace("&", "")))
            self.table.setItem(row, 1, QTableWidgetItem("   ".join(keys)))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        layout.addWidget(self.table)
        note = QLabel(
            self.tr(
                "Timer keys work from the presentation window too. While you type in a field, "
                "letters go to the field."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 560)

    def rows(self) -> list[tuple[str, str]]:
        """The table as (action, keys) pairs."""
        cells = []
        for r in range(self.table.rowCount()):
            action, keys = self.table.item(r, 0), self.table.item(r, 1)
            cells.append((action.text() if action else "", keys.text() if keys else ""))
        return cells


class SettingsDialog(QDialog):
    """Thresholds, sound, theme, rebalancing and the minimum time per coachee."""

    def __init__(
        self,
        prefs: Preferences,
        sound_note: str = "",
        test_sound: Callable[[], object] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._prefs = prefs
        form = QFormLayout(self)
        self.soon = self._spin(prefs.soon_seconds, 1, 3600, self.tr(" s"))
        self.urgent = self._spin(prefs.urgent_seconds, 0, 3599, self.tr(" s"))
        form.addRow(self.tr("First warning when this much is left"), self.soon)
        form.addRow(self.tr("Second warning when this much is left"), self.urgent)
        sound_row = QHBoxLayout()
        self.sound = QCheckBox(self.tr("Chime at the end of each phase"))
        self.sound.setChecked(prefs.sound)
        sound_row.addWidget(self.sound)
        if test_sound is not None:
            test = QPushButton(self.tr("Test"))
            test.clicked.connect(test_sound)
            sound_row.addWidget(test)
        form.addRow(sound_row)
        if sound_note:
            note = QLabel(sound_note + " " + self.tr("The visual warnings still show."))
            note.setWordWrap(True)
            note.setObjectName("muted")
            form.addRow(note)
        self.theme = QComboBox()
        self.theme.addItem(self.tr("Dark (best on most projectors)"), "dark")
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.setCurrentIndex(max(0, self.theme.findData(prefs.theme)))
        form.addRow(self.tr("Theme"), self.theme)
        self.rebalance = QCheckBox(
            self.tr("Keep the planned end: shrink later phases when one runs over")
        )
        self.rebalance.setChecked(prefs.rebalance)
        form.addRow(self.rebalance)
        self.floor = self._spin(prefs.floor_seconds, 0, 600, self.tr(" s"))
        form.addRow(self.tr("Never shrink a phase below"), self.floor)
        self.min_coachee = self._spin(prefs.min_per_coachee_seconds // 60, 1, 240, " min")
        form.addRow(self.tr("Warn when sharing leaves a coachee under"), self.min_coachee)
        self.prompts = QCheckBox(self.tr("Show a question prompt on the projector (Q moves on)"))
        self.prompts.setChecked(prefs.prompts_on_screen)
        form.addRow(self.prompts)
        self.rotate = self._spin(prefs.prompt_rotate_minutes, 0, 60, " min")
        self.rotate.setSpecialValueText(self.tr("never"))
        self.rotate.setToolTip(self.tr("0: the prompt changes only when you move it"))
        form.addRow(self.tr("Change the prompt by itself every"), self.rotate)
        self.reminder = QCheckBox(
            self.tr("Show “Ask, don’t tell” on the projector in questions-only phases")
        )
        self.reminder.setChecked(prefs.ask_reminder)
        form.addRow(self.reminder)
        self.clock = QCheckBox(self.tr("Show the time of day, small, on the projector"))
        self.clock.setChecked(prefs.clock_on_screen)
        form.addRow(self.clock)
        self.error = problem_banner()
        form.addRow(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        restore = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        restore.clicked.connect(self._restore_defaults)
        form.addRow(buttons)

    @staticmethod
    def _spin(value: int, low: int, high: int, suffix: str) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setValue(value)
        spin.setSuffix(suffix)
        return spin

    def _restore_defaults(self) -> None:
        d = Preferences()
        self.soon.setValue(d.soon_seconds)
        self.urgent.setValue(d.urgent_seconds)
        self.sound.setChecked(d.sound)
        self.theme.setCurrentIndex(self.theme.findData(d.theme))
        self.rebalance.setChecked(d.rebalance)
        self.floor.setValue(d.floor_seconds)
        self.min_coachee.setValue(d.min_per_coachee_seconds // 60)
        self.prompts.setChecked(d.prompts_on_screen)
        self.rotate.setValue(d.prompt_rotate_minutes)
        self.reminder.setChecked(d.ask_reminder)
        self.clock.setChecked(d.clock_on_screen)

    def preferences(self) -> Preferences:
        return replace(
            self._prefs,
            soon_seconds=self.soon.value(),
            urgent_seconds=self.urgent.value(),
            sound=self.sound.isChecked(),
            theme=str(self.theme.currentData()),
            rebalance=self.rebalance.isChecked(),
            floor_seconds=self.floor.value(),
            min_per_coachee_seconds=self.min_coachee.value() * 60,
            prompts_on_screen=self.prompts.isChecked(),
            prompt_rotate_minutes=self.rotate.value(),
            ask_reminder=self.reminder.isChecked(),
            clock_on_screen=self.clock.isChecked(),
        )

    def accept(self) -> None:
        problems = self.preferences().problems()
        if problems:
            self.error.setText("\n".join(problems))
            self.error.show()
            return
        super().accept()


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
