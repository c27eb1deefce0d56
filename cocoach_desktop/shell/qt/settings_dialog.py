"""The settings dialog: thresholds, sound, theme, rebalancing, prompts, the projector's extras."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QWidget,
)

from cocoach_desktop.platform.preferences import Preferences
from cocoach_desktop.platform.qt.widgets import problem_banner


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
