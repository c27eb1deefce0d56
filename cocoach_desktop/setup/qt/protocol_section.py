"""The set-up's protocol: the list of protocols, what the chosen one is, and its own buttons."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QPushButton

from cocoach_desktop.protocols.model.protocols import ProtocolTemplate
from cocoach_desktop.setup.qt.setup_widgets import name_box, plain_tooltip

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance


def _tr(text: str) -> str:
    return QCoreApplication.translate("SetupPanel", text)


class ProtocolSection:
    """The set-up panel's Protocol row, its description and buttons (a SetupPanel part)."""

    templates: list[ProtocolTemplate]
    _building: bool
    _length_typed: bool
    template_problems: QLabel

    if TYPE_CHECKING:
        duplicateRequested: SignalInstance
        editRequested: SignalInstance
        deleteRequested: SignalInstance

        def rebuild(self) -> None: ...

        def _until_text(self) -> str: ...

        def _set_minutes_quietly(self, minutes: int) -> None: ...

    def _build_protocol(self, form: QFormLayout) -> None:
        self.protocol_combo = QComboBox()
        name_box(self.protocol_combo)
        self.protocol_combo.currentIndexChanged.connect(self._protocol_chosen)
        self.protocol_label = QLabel()
        form.addRow(self.protocol_label, self.protocol_combo)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setObjectName("muted")
        form.addRow(self.description)
        buttons = QHBoxLayout()
        self.duplicate_button = QPushButton()
        self.duplicate_button.clicked.connect(self.duplicateRequested)
        self.edit_button = QPushButton()
        self.edit_button.clicked.connect(self.editRequested)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.deleteRequested)
        for b in (self.duplicate_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        form.addRow(buttons)

    def _retranslate_protocol(self) -> None:
        self.protocol_label.setText(_tr("&Protocol"))
        self.protocol_label.setBuddy(self.protocol_combo)
        self.duplicate_button.setText(_tr("Duplicate…"))
        self.duplicate_button.setToolTip(_tr("Make your own copy to edit (Ctrl+D)"))
        self.edit_button.setText(_tr("Edit…"))
        self.edit_button.setToolTip(_tr("Edit your own protocol"))
        self.delete_button.setText(_tr("Delete"))
        self.delete_button.setToolTip(_tr("Delete your own protocol"))

    def set_templates(
        self, templates: Sequence[ProtocolTemplate], problems: Sequence[str], select: str = ""
    ) -> None:
        current = select or self.current_template_id()
        self._building = True
        self.templates = list(templates)
        self.protocol_combo.clear()
        for t in self.templates:
            label = t.name if t.builtin else _tr("{name} (yours)").format(name=t.name)
            self.protocol_combo.addItem(label, t.id)
            self.protocol_combo.setItemData(
                self.protocol_combo.count() - 1, plain_tooltip(label), Qt.ItemDataRole.ToolTipRole
            )
        index = self.protocol_combo.findData(current)
        self.protocol_combo.setCurrentIndex(max(0, index))
        self._building = False
        if problems:
            self.template_problems.setText(
                _tr("Some protocol files could not be read, the others are fine:\n")
                + "\n".join(f"• {p}" for p in problems)
            )
            self.template_problems.show()
        else:
            self.template_problems.hide()
        # Reloading the list keeps the length: only the facilitator's own choice changes it.
        self._protocol_changed(apply_default=False)

    def current_template(self) -> ProtocolTemplate | None:
        index = self.protocol_combo.currentIndex()
        return self.templates[index] if 0 <= index < len(self.templates) else None

    def current_template_id(self) -> str:
        t = self.current_template()
        return t.id if t else ""

    def _protocol_chosen(self, _index: int) -> None:
        self._protocol_changed(apply_default=True)

    def _protocol_changed(self, apply_default: bool) -> None:
        if self._building:
            return
        t = self.current_template()
        own = t is not None and not t.builtin
        self.edit_button.setEnabled(own)
        self.delete_button.setEnabled(own)
        self.protocol_combo.setToolTip(plain_tooltip(self.protocol_combo.currentText()))
        self._show_description()
        if apply_default and t is not None and not self._length_typed and not self._until_text():
            # A protocol comes with its own length, unless a length was chosen for today.
            self._set_minutes_quietly(t.default_minutes)
        self.rebuild()

    def _show_description(self) -> None:
        t = self.current_template()
        if t is None:
            self.description.setText(_tr("No protocol is available."))
            return
        self.description.setText(
            _tr("{description}\nSource: {source}\nMade for about {minutes} minutes.").format(
                description=t.description, source=t.source, minutes=t.default_minutes
            )
        )
