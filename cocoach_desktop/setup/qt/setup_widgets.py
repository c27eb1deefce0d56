"""Small pieces the set-up panel is built from: plain tooltips, name boxes, keys in a list."""

from __future__ import annotations

import html

from PySide6.QtCore import QObject, QStringListModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QCompleter, QHBoxLayout, QLabel, QLineEdit, QWidget

from cocoach_desktop.domain import limits

MAX_NAME_CHARS = limits.TYPED_NAME_CHARS
NAME_CHARS_SHOWN = 16  # what a name box is sized for; longer names scroll, elide or wrap

NAME_ROLE = Qt.ItemDataRole.UserRole + 1
OBSERVER_ROLE = Qt.ItemDataRole.UserRole + 2


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as typed (tooltips would read "<b>" as bold)."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>" if text else ""


def plain(*labels: QLabel) -> None:
    """Show what the labels say as typed, never as rich text."""
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)


def clear_quietly(*edits: QLineEdit) -> None:
    """Empty fields without their change signals (a length chosen another way replaces them)."""
    for edit in edits:
        edit.blockSignals(True)
        edit.clear()
        edit.blockSignals(False)


def name_box(combo: QComboBox) -> None:
    """A combo box for names: a long name does not widen it (and so the window)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(NAME_CHARS_SHOWN)


def labelled_name_field() -> tuple[QLabel, QComboBox, QLineEdit, QHBoxLayout]:
    """A label and an editable name box on one row (the team, whose topic)."""
    label = QLabel()
    combo = QComboBox()
    combo.setEditable(True)
    name_box(combo)
    edit = QLineEdit()
    edit.setMaxLength(MAX_NAME_CHARS)
    combo.setLineEdit(edit)
    label.setBuddy(combo)
    row = QHBoxLayout()
    row.addWidget(label)
    row.addWidget(combo, 1)
    return label, combo, edit, row


def key_in(
    keys: QKeySequence | QKeySequence.StandardKey | str, widget: QWidget, slot: object
) -> QShortcut:
    """A key that works while ``widget`` has the keyboard focus, and nowhere else.

    (The context is set after construction: PySide6 ignores a ``context=`` keyword argument.)
    """
    shortcut = QShortcut(QKeySequence(keys), widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(slot)
    return shortcut


def name_completer(names: QStringListModel, parent: QObject | None) -> QCompleter:
    """Completes a name from ``names`` as it is typed, matching any part, whatever the case."""
    completer = QCompleter(names, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer
