"""The set-up panel: protocol, length, mode, the group, today's coachee and next time's topics."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cocoach_desktop.core.plan import Mode, PlanError, SessionPlan, build_plan
from cocoach_desktop.core.protocols import ProtocolTemplate
from cocoach_desktop.core.topics import NextTimeList, Topic, make_topic
from cocoach_desktop.ui.widgets import problem_banner

MAX_NAME_CHARS = 80


NAME_ROLE = Qt.ItemDataRole.UserRole + 1
OBSERVER_ROLE = Qt.ItemDataRole.UserRole + 2


class TopicStore(Protocol):
    """Where noted topics are kept between sessions (the archive)."""

    def store(self, topic: Topic) -> Topic: ...

    def forget(self, topic: Topic) -> None: ...


class _Do(QUndoCommand):
    """An undoable edit made of two callables."""

    def __init__(self, text: str, redo: Callable[[], None], undo: Callable[[], None]) -> None:
        super().__init__(text)
        self._redo, self._undo = redo, undo

    def redo(self) -> None:
        self._redo()

    def undo(self) -> None:
        self._undo()


class SetupPanel(QWidget):
    """Everything chosen before a session starts. Emits ``planChanged`` with a fresh plan."""

    planChanged = Signal(object)  # SessionPlan | None
    duplicateRequested = Signal()
    editRequested = Signal()
    deleteRequested = Signal()

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.templates: list[ProtocolTemplate] = []
        self.topics = NextTimeList()
        self.topic_store: TopicStore | None = None
        self.min_per_coachee = 15 * 60
        self.plan: SessionPlan | None = None
        self._building = False
        self._build_ui()
        self.retranslate()

    # ----- layout ------------------------------------------------------------------------

    def _build_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)

        self.template_problems = problem_banner()
        outer.addWidget(self.template_problems)

        self.session_box = QGroupBox()
        form = QFormLayout(self.session_box)
        self.protocol_combo = QComboBox()
        self.protocol_combo.currentIndexChanged.connect(self._protocol_changed)
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
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(1, 480)
        self.minutes_spin.setValue(45)
        self.minutes_spin.valueChanged.connect(self.rebuild)
        self.minutes_label = QLabel()
        form.addRow(self.minutes_label, self.minutes_spin)
        self.quality_radio = QRadioButton()
        self.shared_radio = QRadioButton()
        self.quality_radio.setChecked(True)
        self.mode_group = QButtonGroup(self)
        self.mode_group.addButton(self.quality_radio)
        self.mode_group.addButton(self.shared_radio)
        self.quality_radio.toggled.connect(self._mode_changed)
        form.addRow(self.quality_radio)
        form.addRow(self.shared_radio)
        outer.addWidget(self.session_box)

        self.people_box = QGroupBox()
        people = QVBoxLayout(self.people_box)
        group_row = QHBoxLayout()
        self.group_label = QLabel()
        self.group_combo = QComboBox()
        self.group_combo.setEditable(True)
        self.group_edit = QLineEdit()
        self.group_edit.setMaxLength(MAX_NAME_CHARS)
        self.group_combo.setLineEdit(self.group_edit)
        self.group_label.setBuddy(self.group_combo)
        group_row.addWidget(self.group_label)
        group_row.addWidget(self.group_combo, 1)
        people.addLayout(group_row)
        add_row = QHBoxLayout()
        self.person_edit = QLineEdit()
        self.person_edit.setMaxLength(MAX_NAME_CHARS)
        self.person_edit.returnPressed.connect(self._add_person_from_edit)
        self.add_person_button = QPushButton()
        self.add_person_button.clicked.connect(self._add_person_from_edit)
        add_row.addWidget(self.person_edit, 1)
        add_row.addWidget(self.add_person_button)
        people.addLayout(add_row)
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
        self.facilitator_label.setBuddy(self.facilitator_edit)
        facilitator_row.addWidget(self.facilitator_label)
        facilitator_row.addWidget(self.facilitator_edit, 1)
        people.addLayout(facilitator_row)
        coachee_row = QHBoxLayout()
        self.coachee_label = QLabel()
        self.coachee_combo = QComboBox()
        self.coachee_combo.currentIndexChanged.connect(self._coachee_changed)
        coachee_row.addWidget(self.coachee_label)
        coachee_row.addWidget(self.coachee_combo, 1)
        people.addLayout(coachee_row)
        outer.addWidget(self.people_box)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.people_list,
            self._remove_selected_person,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        QShortcut(
            QKeySequence("Ctrl+M"),
            self.people_list,
            self.toggle_observer,
            context=Qt.ShortcutContext.WidgetShortcut,
        )

        self.share_warning = QLabel()
        self.share_warning.setWordWrap(True)
        self.share_warning.setObjectName("warningBanner")
        self.use_quality_button = QPushButton()
        self.use_quality_button.clicked.connect(lambda: self.quality_radio.setChecked(True))
        self.plan_error = problem_banner()
        for w in (self.share_warning, self.use_quality_button, self.plan_error):
            w.hide()
            outer.addWidget(w)

        self.topics_box = QGroupBox()
        topics = QVBoxLayout(self.topics_box)
        topic_row = QHBoxLayout()
        self.topic_person = QComboBox()
        self.topic_person.setEditable(True)
        self.topic_person.setMinimumWidth(90)
        self.topic_edit = QLineEdit()
        self.topic_edit.setMaxLength(2000)
        self.topic_edit.returnPressed.connect(self._add_topic_from_edit)
        self.add_topic_button = QPushButton()
        self.add_topic_button.clicked.connect(self._add_topic_from_edit)
        topic_row.addWidget(self.topic_person)
        topic_row.addWidget(self.topic_edit, 1)
        topic_row.addWidget(self.add_topic_button)
        topics.addLayout(topic_row)
        self.topic_list = QListWidget()
        self.topic_list.setWordWrap(True)
        topics.addWidget(self.topic_list)
        self.remove_topic_button = QPushButton()
        self.remove_topic_button.clicked.connect(self._remove_selected_topic)
        topics.addWidget(self.remove_topic_button)
        self.topic_error = problem_banner()
        topics.addWidget(self.topic_error)
        QShortcut(
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.topic_list,
            self._remove_selected_topic,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        outer.addWidget(self.topics_box, 1)

    def retranslate(self) -> None:
        self.session_box.setTitle(self.tr("Session"))
        self.protocol_label.setText(self.tr("&Protocol"))
        self.protocol_label.setBuddy(self.protocol_combo)
        self.duplicate_button.setText(self.tr("Duplicate…"))
        self.duplicate_button.setToolTip(self.tr("Make your own copy to edit (Ctrl+D)"))
        self.edit_button.setText(self.tr("Edit…"))
        self.edit_button.setToolTip(self.tr("Edit your own protocol"))
        self.delete_button.setText(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete your own protocol"))
        self.minutes_label.setText(self.tr("&Minutes"))
        self.minutes_label.setBuddy(self.minutes_spin)
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.quality_radio.setText(self.tr("&Quality first: one coachee, the whole time"))
        self.quality_radio.setToolTip(
            self.tr("Recommended. The others' topics wait, recorded, for next time.")
        )
        self.shared_radio.setText(self.tr("&Share the time among everyone"))
        self.people_box.setTitle(self.tr("The group"))
        self.person_edit.setPlaceholderText(self.tr("Add a person and press Enter"))
        self.group_label.setText(self.tr("&Team"))
        self.group_edit.setPlaceholderText(self.tr("Which team meets (optional)"))
        self.add_person_button.setText(self.tr("Add"))
        self.remove_person_button.setText(self.tr("Remove selected (Del)"))
        self.observer_button.setText(self.tr("Observer / coach (Ctrl+M)"))
        self.observer_button.setToolTip(
            self.tr("An observer watches and notes how the group works; they do not coach")
        )
        self.facilitator_label.setText(self.tr("&Facilitator"))
        self.facilitator_edit.setPlaceholderText(self.tr("Your name (optional)"))
        self.coachee_label.setText(self.tr("&Coachee today"))
        self.coachee_label.setBuddy(self.coachee_combo)
        self.use_quality_button.setText(self.tr("Give the whole time to one coachee"))
        self.topics_box.setTitle(self.tr("Next time: topics that wait their turn"))
        self.topic_edit.setPlaceholderText(self.tr("Their topic, in a few words"))
        self.add_topic_button.setText(self.tr("Note"))
        self.remove_topic_button.setText(self.tr("Remove selected (Del)"))
        self._show_description()

    # ----- templates ---------------------------------------------------------------------

    def set_templates(
        self, templates: Sequence[ProtocolTemplate], problems: Sequence[str], select: str = ""
    ) -> None:
        current = select or self.current_template_id()
        self._building = True
        self.templates = list(templates)
        self.protocol_combo.clear()
        for t in self.templates:
            label = t.name if t.builtin else self.tr("{name} (yours)").format(name=t.name)
            self.protocol_combo.addItem(label, t.id)
        index = self.protocol_combo.findData(current)
        self.protocol_combo.setCurrentIndex(max(0, index))
        self._building = False
        if problems:
            self.template_problems.setText(
                self.tr("Some protocol files could not be read, the others are fine:\n")
                + "\n".join(f"• {p}" for p in problems)
            )
            self.template_problems.show()
        else:
            self.template_problems.hide()
        self._protocol_changed()

    def current_template(self) -> ProtocolTemplate | None:
        index = self.protocol_combo.currentIndex()
        return self.templates[index] if 0 <= index < len(self.templates) else None

    def current_template_id(self) -> str:
        t = self.current_template()
        return t.id if t else ""

    def _protocol_changed(self) -> None:
        if self._building:
            return
        t = self.current_template()
        own = t is not None and not t.builtin
        self.edit_button.setEnabled(own)
        self.delete_button.setEnabled(own)
        self._show_description()
        self.rebuild()

    def _show_description(self) -> None:
        t = self.current_template()
        if t is None:
            self.description.setText(self.tr("No protocol is available."))
            return
        self.description.setText(f"{t.description}\n{self.tr('Source:')} {t.source}")

    # ----- mode, people, coachee --------------------------------------------------------

    def mode(self) -> Mode:
        return Mode.QUALITY_FIRST if self.quality_radio.isChecked() else Mode.SHARED

    def set_mode(self, mode: Mode) -> None:
        (self.quality_radio if mode is Mode.QUALITY_FIRST else self.shared_radio).setChecked(True)

    def _mode_changed(self) -> None:
        quality = self.mode() is Mode.QUALITY_FIRST
        self.coachee_combo.setEnabled(quality)
        self.topics_box.setEnabled(quality)
        self.rebuild()

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
        return " ".join(self.facilitator_edit.text().split())

    def toggle_observer(self) -> None:
        row = self.people_list.currentRow()
        if row < 0:
            return
        now = self._is_observer(row)
        self.undo_stack.push(
            _Do(
                self.tr("make {name} an observer").format(name=self._name(row))
                if not now
                else self.tr("make {name} a coach").format(name=self._name(row)),
                partial(self.set_observer, row, not now),
                partial(self.set_observer, row, now),
            )
        )

    def set_observer(self, row: int, observer: bool) -> None:
        item = self.people_list.item(row)
        item.setData(OBSERVER_ROLE, observer)
        name = self._name(row)
        item.setText(self.tr("{name} (observer)").format(name=name) if observer else name)
        self._people_changed()

    def group(self) -> str:
        return " ".join(self.group_combo.currentText().split())

    def set_groups(self, names: Sequence[str], current: str = "") -> None:
        """Offer the teams already in the archive; keep what was typed."""
        typed = current or self.group_combo.currentText()
        self.group_combo.clear()
        self.group_combo.addItems(list(names))
        self.group_combo.setCurrentText(typed)

    def coachee(self) -> str:
        return self.coachee_combo.currentText()

    def add_person(self, name: str) -> bool:
        name = " ".join(name.split())[:MAX_NAME_CHARS]
        if not name or name in self.people():
            return False
        row = self.people_list.count()
        self.undo_stack.push(
            _Do(
                self.tr("add {name}").format(name=name),
                partial(self._insert_person, row, name),
                partial(self._take_person, row),
            )
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
        self.undo_stack.push(
            _Do(
                self.tr("remove {name}").format(name=name),
                partial(self._take_person, row),
                partial(self._insert_person, row, name, observer),
            )
        )

    def _insert_person(self, row: int, name: str, observer: bool = False) -> None:
        item = QListWidgetItem(name)
        item.setData(NAME_ROLE, name)
        self.people_list.insertItem(row, item)
        if observer:
            self.set_observer(row, True)
        else:
            self._people_changed()

    def _take_person(self, row: int) -> None:
        self.people_list.takeItem(row)
        self._people_changed()

    def _people_changed(self) -> None:
        chosen = self.coachee()
        self._building = True
        self.coachee_combo.clear()
        self.coachee_combo.addItems(self.coaching_people())
        index = self.coachee_combo.findText(chosen)
        self.coachee_combo.setCurrentIndex(max(0, index))
        self._building = False
        self._coachee_changed()

    def set_coachee(self, name: str) -> None:
        index = self.coachee_combo.findText(name)
        if index >= 0:
            self.coachee_combo.setCurrentIndex(index)

    def _coachee_changed(self) -> None:
        if self._building:
            return
        others = [p for p in self.people() if p != self.coachee()]
        typed = self.topic_person.currentText()
        self.topic_person.clear()
        self.topic_person.addItems(others)
        if typed in others:
            self.topic_person.setCurrentText(typed)
        self.rebuild()

    # ----- next time topics --------------------------------------------------------------

    def add_topic(self, person: str, text: str) -> bool:
        try:
            topic = make_topic(person, text)
        except ValueError as exc:
            self.topic_error.setText(str(exc))
            self.topic_error.show()
            return False
        self.topic_error.hide()
        row = len(self.topics)
        self.undo_stack.push(
            _Do(
                self.tr("note {name}'s topic").format(name=topic.person),
                partial(self._insert_topic, row, topic),
                partial(self._take_topic, row),
            )
        )
        return True

    def _add_topic_from_edit(self) -> None:
        if self.add_topic(self.topic_person.currentText(), self.topic_edit.text()):
            self.topic_edit.clear()

    def _remove_selected_topic(self) -> None:
        row = self.topic_list.currentRow()
        if row < 0:
            return
        topic = self.topics.items()[row]
        self.undo_stack.push(
            _Do(
                self.tr("remove a topic"),
                partial(self._take_topic, row),
                partial(self._insert_topic, row, topic),
            )
        )

    def _insert_topic(self, row: int, topic: Topic) -> None:
        if self.topic_store is not None:
            try:
                topic = self.topic_store.store(topic)
            except (OSError, ValueError, RuntimeError) as exc:
                self.topic_error.setText(
                    self.tr("Kept here, but not saved in the archive: {reason}").format(reason=exc)
                )
                self.topic_error.show()
        self.topics.insert(row, topic)
        self._show_topics()

    def _take_topic(self, row: int) -> None:
        topic = self.topics.remove(row)
        if self.topic_store is not None and topic.record_id is not None:
            try:
                self.topic_store.forget(topic)
            except (OSError, ValueError, RuntimeError) as exc:
                self.topic_error.setText(str(exc))
                self.topic_error.show()
        self._show_topics()

    def load_topics(self, topics: list[Topic]) -> None:
        """Show the topics already waiting in the archive (not an edit: no undo step)."""
        self.topics = NextTimeList()
        for row, topic in enumerate(topics):
            self.topics.insert(row, topic)
        self._show_topics()

    def _show_topics(self) -> None:
        self.topic_list.clear()
        for t in self.topics.items():
            self.topic_list.addItem(f"{t.person} — {t.text}")

    # ----- the plan ----------------------------------------------------------------------

    def rebuild(self) -> None:
        """Make a fresh plan from the choices and tell the window (None when impossible)."""
        if self._building:
            return
        template = self.current_template()
        self.plan = None
        self.share_warning.hide()
        self.use_quality_button.hide()
        self.plan_error.hide()
        if template is not None:
            mode = self.mode()
            coachees = [self.coachee()] if mode is Mode.QUALITY_FIRST else self.coaching_people()
            try:
                self.plan = build_plan(
                    template,
                    self.minutes_spin.value() * 60,
                    mode,
                    coachees,
                    min_per_coachee=self.min_per_coachee,
                )
            except PlanError as exc:
                self.plan_error.setText(str(exc))
                self.plan_error.show()
        if self.plan is not None and self.plan.warning is not None:
            self.share_warning.setText("⚠ " + self.plan.warning.message())
            self.share_warning.show()
            self.use_quality_button.show()
        self.planChanged.emit(self.plan)

    def set_locked(self, locked: bool) -> None:
        """While a session runs its set-up cannot change (topics can still be noted)."""
        self.session_box.setEnabled(not locked)
        self.people_box.setEnabled(not locked)
