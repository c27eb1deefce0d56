"""The set-up's group: the team, the people (coaches and observers), the facilitator, the coachee.

Adding, removing and marking an observer are undo steps.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from cocoach_desktop.domain.records import Role, SessionDetail, clean_name
from cocoach_desktop.platform.formatting import sort_key
from cocoach_desktop.platform.qt.undo_stack import push
from cocoach_desktop.platform.qt.widgets import problem_banner, show_banner
from cocoach_desktop.platform.undo import Step
from cocoach_desktop.setup.model.group import already_in, known_spelling
from cocoach_desktop.setup.qt.setup_widgets import (
    MAX_NAME_CHARS,
    NAME_ROLE,
    OBSERVER_ROLE,
    key_in,
    labelled_name_field,
    name_box,
    name_completer,
    plain_tooltip,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("SetupPanel", text)


class GroupSection:
    """The set-up panel's "The group" box and what it knows of the people (a SetupPanel part)."""

    undo_stack: QUndoStack
    _known: QStringListModel
    _building: bool
    topic_person: QComboBox

    if TYPE_CHECKING:

        def rebuild(self) -> None: ...

    def _build_group(self, outer: QVBoxLayout) -> None:
        self.people_box = QGroupBox()
        people = QVBoxLayout(self.people_box)
        self.group_label, self.group_combo, self.group_edit, group_row = labelled_name_field()
        people.addLayout(group_row)
        add_row = QHBoxLayout()
        self.person_edit = QLineEdit()
        self.person_edit.setMaxLength(MAX_NAME_CHARS)
        self.person_edit.returnPressed.connect(self._add_person_from_edit)
        self.person_edit.setCompleter(name_completer(self._known, self._known.parent()))
        self.add_person_button = QPushButton()
        self.add_person_button.clicked.connect(self._add_person_from_edit)
        add_row.addWidget(self.person_edit, 1)
        add_row.addWidget(self.add_person_button)
        people.addLayout(add_row)
        self.people_error = problem_banner()
        people.addWidget(self.people_error)
        self.people_list = QListWidget()
        self.people_list.setMaximumHeight(120)
        people.addWidget(self.people_list)
        person_buttons = QHBoxLayout()
        self.remove_person_button = QPushButton()
        self.remove_person_button.clicked.connect(self._remove_selected_person)
        self.observer_button = QPushButton()
        self.observer_button.clicked.connect(self.toggle_observer)
        person_buttons.addWidget(self.remove_person_button)
        person_buttons.addWidget(self.observer_button)
        people.addLayout(person_buttons)
        facilitator_row = QHBoxLayout()
        self.facilitator_label = QLabel()
        self.facilitator_edit = QLineEdit()
        self.facilitator_edit.setMaxLength(MAX_NAME_CHARS)
        self.facilitator_edit.setCompleter(name_completer(self._known, self._known.parent()))
        self.facilitator_label.setBuddy(self.facilitator_edit)
        facilitator_row.addWidget(self.facilitator_label)
        facilitator_row.addWidget(self.facilitator_edit, 1)
        people.addLayout(facilitator_row)
        coachee_row = QHBoxLayout()
        self.coachee_label = QLabel()
        self.coachee_combo = QComboBox()
        name_box(self.coachee_combo)
        self.coachee_combo.currentIndexChanged.connect(self._coachee_changed)
        self.coachee_label.setBuddy(self.coachee_combo)
        coachee_row.addWidget(self.coachee_label)
        coachee_row.addWidget(self.coachee_combo, 1)
        people.addLayout(coachee_row)
        outer.addWidget(self.people_box)
        # Keys named on the buttons work where the buttons say: in their list.
        key_in(QKeySequence.StandardKey.Delete, self.people_list, self._remove_selected_person)
        key_in("Ctrl+M", self.people_list, self.toggle_observer)

    def _retranslate_group(self) -> None:
        self.people_box.setTitle(_tr("The group"))
        self.person_edit.setPlaceholderText(_tr("Add a person and press Enter"))
        self.group_label.setText(_tr("&Team"))
        self.group_edit.setPlaceholderText(_tr("Which team meets (optional)"))
        self.add_person_button.setText(_tr("Add"))
        self.remove_person_button.setText(_tr("Remove selected (Del)"))
        self.remove_person_button.setToolTip(
            _tr("Take the selected person out of the group (Delete, in the list)")
        )
        self.observer_button.setText(_tr("Observer / coach (Ctrl+M)"))
        self.observer_button.setToolTip(
            _tr("An observer watches and notes how the group works; they do not coach")
        )
        self.facilitator_label.setText(_tr("&Facilitator"))
        self.facilitator_edit.setPlaceholderText(_tr("Your name (optional)"))
        self.coachee_label.setText(_tr("&Coachee today"))

    # ----- who is there ------------------------------------------------------------------

    def people(self) -> list[str]:
        return [self._name(i) for i in range(self.people_list.count())]

    def _name(self, row: int) -> str:
        item = self.people_list.item(row)
        name = item.data(NAME_ROLE)
        return name if isinstance(name, str) else item.text()

    def _is_observer(self, row: int) -> bool:
        return bool(self.people_list.item(row).data(OBSERVER_ROLE))

    def observers(self) -> list[str]:
        """People who watch and note how the group works, without coaching."""
        return [self._name(i) for i in range(self.people_list.count()) if self._is_observer(i)]

    def coaching_people(self) -> list[str]:
        """The people who coach (and may be coached): everyone but the observers."""
        return [self._name(i) for i in range(self.people_list.count()) if not self._is_observer(i)]

    def facilitator(self) -> str:
        return clean_name(self.facilitator_edit.text())

    def set_known_names(self, names: Sequence[str]) -> None:
        """Offer the names already in the archive as the person and facilitator are typed."""
        self._known.setStringList(sorted({clean_name(n) for n in names if n.strip()}, key=sort_key))

    def known_names(self) -> list[str]:
        return self._known.stringList()

    def group(self) -> str:
        return clean_name(self.group_combo.currentText())

    def set_groups(self, names: Sequence[str], current: str = "") -> None:
        """Offer the teams already in the archive; keep what was typed."""
        typed = current or self.group_combo.currentText()
        self.group_combo.clear()
        self.group_combo.addItems(sorted(names, key=sort_key))
        self.group_combo.setCurrentText(typed)

    def _known_spelling(self, name: str) -> str:
        """``name`` as the group or the archive already writes it (same key), or cleaned."""
        return known_spelling(name, (*self.people(), *self._known.stringList()))

    # ----- undo steps: add, remove, observer or coach ------------------------------------

    def toggle_observer(self) -> None:
        row = self.people_list.currentRow()
        if row < 0:
            return
        now = self._is_observer(row)
        push(
            self.undo_stack,
            Step(
                _tr("make {name} an observer").format(name=self._name(row))
                if not now
                else _tr("make {name} a coach").format(name=self._name(row)),
                partial(self.set_observer, row, not now),
                partial(self.set_observer, row, now),
            ),
        )

    def set_observer(self, row: int, observer: bool) -> None:
        item = self.people_list.item(row)
        item.setData(OBSERVER_ROLE, observer)
        name = self._name(row)
        item.setText(_tr("{name} (observer)").format(name=name) if observer else name)
        self._people_changed()

    def add_person(self, name: str) -> bool:
        name = self._known_spelling(name)[:MAX_NAME_CHARS]
        show_banner(self.people_error, "")
        if not name:
            return False
        if already_in(name, self.people()):
            show_banner(self.people_error, _tr("{name} is already in the group.").format(name=name))
            return False
        row = self.people_list.count()
        push(
            self.undo_stack,
            Step(
                _tr("add {name}").format(name=name),
                partial(self._insert_person, row, name),
                partial(self._take_person, row),
            ),
        )
        return True

    def _add_person_from_edit(self) -> None:
        if self.add_person(self.person_edit.text()):
            self.person_edit.clear()

    def _remove_selected_person(self) -> None:
        row = self.people_list.currentRow()
        if row < 0:
            return
        name = self._name(row)
        observer = self._is_observer(row)
        push(
            self.undo_stack,
            Step(
                _tr("remove {name}").format(name=name),
                partial(self._take_person, row),
                partial(self._insert_person, row, name, observer),
            ),
        )

    def _insert_person(self, row: int, name: str, observer: bool = False) -> None:
        item = QListWidgetItem(name)
        item.setData(NAME_ROLE, name)
        item.setToolTip(plain_tooltip(name))
        self.people_list.insertItem(row, item)
        if observer:
            self.set_observer(row, True)
        else:
            self._people_changed()

    def _take_person(self, row: int) -> None:
        self.people_list.takeItem(row)
        self._people_changed()

    # ----- the coachee -------------------------------------------------------------------

    def coachee(self) -> str:
        return self.coachee_combo.currentText()

    def _people_changed(self) -> None:
        chosen = self.coachee()
        self._building = True
        self.coachee_combo.clear()
        for name in self.coaching_people():
            self.coachee_combo.addItem(name)
            self.coachee_combo.setItemData(
                self.coachee_combo.count() - 1, plain_tooltip(name), Qt.ItemDataRole.ToolTipRole
            )
        index = self.coachee_combo.findText(chosen)
        self.coachee_combo.setCurrentIndex(max(0, index))
        self._building = False
        self._coachee_changed()

    def show_participants(self, detail: SessionDetail) -> None:
        """Who was there, as the set-up showed it before a crash: the team, the facilitator,
        the people with the observers marked, and the coachee."""
        self.group_combo.setCurrentText(detail.summary.group)
        for participant in detail.participants:
            if participant.role is Role.FACILITATOR:
                self.facilitator_edit.setText(participant.name)
                continue
            self.add_person(participant.name)
            if participant.role is Role.OBSERVER:
                self.set_observer(self.people_list.count() - 1, True)
        if detail.summary.coachees:
            self.set_coachee(detail.summary.coachees[0])

    def set_coachee(self, name: str) -> None:
        index = self.coachee_combo.findText(self._known_spelling(name))
        if index >= 0:
            self.coachee_combo.setCurrentIndex(index)

    def _coachee_changed(self) -> None:
        if self._building:
            return
        self.coachee_combo.setToolTip(plain_tooltip(self.coachee()))
        others = [p for p in self.people() if p != self.coachee()]
        typed = self.topic_person.currentText()
        self.topic_person.clear()
        self.topic_person.addItems(others)
        if typed in others:
            self.topic_person.setCurrentText(typed)
        self.rebuild()
