"""The set-up panel: protocol, length, mode, the group, today's coachee and next time's topics."""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import datetime, time
from functools import partial
from typing import Protocol

from PySide6.QtCore import QEvent, QObject, QSize, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QButtonGroup,
    QComboBox,
    QCompleter,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cocoach_desktop.domain import limits
from cocoach_desktop.domain.records import Role, SessionDetail, clean_name, name_key
from cocoach_desktop.platform.clock import utc_now
from cocoach_desktop.platform.clocktime import (
    EndBeforeStartError,
    EndPassedError,
    duration_words,
    minutes_until,
    parse_clock_time,
)
from cocoach_desktop.platform.formatting import sort_key, time_of_day
from cocoach_desktop.platform.qt.undo_stack import push
from cocoach_desktop.platform.qt.widgets import problem_banner, show_banner
from cocoach_desktop.platform.undo import Step
from cocoach_desktop.protocols.model.protocols import ProtocolTemplate
from cocoach_desktop.setup.model.topics import NextTimeList, Topic, make_topic
from cocoach_desktop.timer.model.plan import (
    MAX_SESSION_SECONDS,
    Mode,
    PlanError,
    SessionPlan,
    build_plan,
)

MAX_NAME_CHARS = limits.TYPED_NAME_CHARS
MAX_MINUTES = MAX_SESSION_SECONDS // 60
# The Minutes field takes any number, so that 600 or 0 is said to be out of range rather
# than silently turned into 60 or ignored.
TYPABLE_MINUTES = 99_999
# A session is too short for its protocol when a phase gets under a minute, or when it has
# under a third of the length the protocol is made for.
SHORTEST_PHASE_SECONDS = 60
SHORT_FRACTION = 1 / 3
NAME_CHARS_SHOWN = 16  # what a name box is sized for; longer names scroll, elide or wrap

NAME_ROLE = Qt.ItemDataRole.UserRole + 1
OBSERVER_ROLE = Qt.ItemDataRole.UserRole + 2


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` as typed (tooltips would read "<b>" as bold)."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>" if text else ""


def _plain(*labels: QLabel) -> None:
    for label in labels:
        label.setTextFormat(Qt.TextFormat.PlainText)


def _clear_quietly(*edits: QLineEdit) -> None:
    """Empty fields without their change signals (a length chosen another way replaces them)."""
    for edit in edits:
        edit.blockSignals(True)
        edit.clear()
        edit.blockSignals(False)


def _name_box(combo: QComboBox) -> None:
    """A combo box for names: a long name does not widen it (and so the window)."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(NAME_CHARS_SHOWN)


def _labelled_name_field() -> tuple[QLabel, QComboBox, QLineEdit, QHBoxLayout]:
    """A label and an editable name box on one row (the team, whose topic)."""
    label = QLabel()
    combo = QComboBox()
    combo.setEditable(True)
    _name_box(combo)
    edit = QLineEdit()
    edit.setMaxLength(MAX_NAME_CHARS)
    combo.setLineEdit(edit)
    label.setBuddy(combo)
    row = QHBoxLayout()
    row.addWidget(label)
    row.addWidget(combo, 1)
    return label, combo, edit, row


class TopicStore(Protocol):
    """Where noted topics are kept between sessions (the archive)."""

    def store(self, topic: Topic) -> Topic: ...

    def forget(self, topic: Topic) -> None: ...


class SetupScroll(QScrollArea):
    """The set-up panel in a vertical scroll area: short windows scroll it, never clip it."""

    def __init__(self, panel: SetupPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.panel = panel
        self.setWidget(panel)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.guard_wheel()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The wheel scrolls the panel: it never changes a list or a box it passes over.

        Without this, scrolling down the set-up over "Coachee today" quietly chose another
        coachee. A field that has the keyboard (clicked first) still takes the wheel.
        """
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(watched, QComboBox | QAbstractSpinBox)
            and not watched.hasFocus()
        ):
            QApplication.sendEvent(self.viewport(), event)
            return True
        return super().eventFilter(watched, event)

    def guard_wheel(self) -> None:
        """Take the wheel from every list box and number box inside the panel."""
        for box in (
            *self.panel.findChildren(QComboBox),
            *self.panel.findChildren(QAbstractSpinBox),
        ):
            box.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            box.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:
        inner = self.panel.minimumSizeHint()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(inner.width() + bar + 2 * self.frameWidth(), 120)


class SetupPanel(QWidget):
    """Everything chosen before a session starts. Emits ``planChanged`` with a fresh plan."""

    planChanged = Signal(object)  # SessionPlan | None
    startAtChanged = Signal(object)  # datetime.time | None: the planned start, if any
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
        # The wall clock (UTC) for "until 16:15"; the app gives it the injected clock.
        self.now: Callable[[], datetime] = utc_now
        self._building = False
        self._length_typed = False  # the facilitator chose a length for this session
        self._start_at: time | None = None
        self._starting = False  # the minutes to an end time are being fixed for the start
        self._known = QStringListModel(self)
        self._build_ui()
        self.retranslate()

    # ----- layout ------------------------------------------------------------------------

    def _build_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 4, 0)

        self.template_problems = problem_banner()
        outer.addWidget(self.template_problems)

        self.session_box = QGroupBox()
        form = QFormLayout(self.session_box)
        self.protocol_combo = QComboBox()
        _name_box(self.protocol_combo)
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

        length_row = QHBoxLayout()
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(0, TYPABLE_MINUTES)
        self.minutes_spin.setValue(45)
        self.minutes_spin.valueChanged.connect(self._minutes_typed)
        self.until_label = QLabel()
        self.until_edit = QLineEdit()
        self.until_edit.setMaxLength(12)
        self.until_edit.setClearButtonEnabled(True)
        self.until_edit.textChanged.connect(self._until_typed)
        self.until_edit.editingFinished.connect(self.rebuild)
        self.until_label.setBuddy(self.until_edit)
        length_row.addWidget(self.minutes_spin, 1)
        length_row.addWidget(self.until_label)
        length_row.addWidget(self.until_edit, 1)
        self.minutes_label = QLabel()
        form.addRow(self.minutes_label, length_row)
        self.length_error = problem_banner()
        form.addRow(self.length_error)
        self.start_edit = QLineEdit()
        self.start_edit.setMaxLength(12)
        self.start_edit.setClearButtonEnabled(True)
        self.start_edit.textChanged.connect(self._start_typed)
        self.start_edit.editingFinished.connect(self._start_finished)
        self.start_label = QLabel()
        self.start_label.setBuddy(self.start_edit)
        form.addRow(self.start_label, self.start_edit)
        self.start_error = problem_banner()
        form.addRow(self.start_error)
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
        self.group_label, self.group_combo, self.group_edit, group_row = _labelled_name_field()
        people.addLayout(group_row)
        add_row = QHBoxLayout()
        self.person_edit = QLineEdit()
        self.person_edit.setMaxLength(MAX_NAME_CHARS)
        self.person_edit.returnPressed.connect(self._add_person_from_edit)
        self.person_edit.setCompleter(self._name_completer())
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
        self.facilitator_edit.setCompleter(self._name_completer())
        self.facilitator_label.setBuddy(self.facilitator_edit)
        facilitator_row.addWidget(self.facilitator_label)
        facilitator_row.addWidget(self.facilitator_edit, 1)
        people.addLayout(facilitator_row)
        coachee_row = QHBoxLayout()
        self.coachee_label = QLabel()
        self.coachee_combo = QComboBox()
        _name_box(self.coachee_combo)
        self.coachee_combo.currentIndexChanged.connect(self._coachee_changed)
        self.coachee_label.setBuddy(self.coachee_combo)
        coachee_row.addWidget(self.coachee_label)
        coachee_row.addWidget(self.coachee_combo, 1)
        people.addLayout(coachee_row)
        outer.addWidget(self.people_box)
        # Keys named on the buttons work where the buttons say: in their list. (The context
        # is set after construction: PySide6 ignores a ``context=`` keyword argument.)
        self._key(QKeySequence.StandardKey.Delete, self.people_list, self._remove_selected_person)
        self._key("Ctrl+M", self.people_list, self.toggle_observer)

        self.share_warning = QLabel()
        self.share_warning.setWordWrap(True)
        self.share_warning.setObjectName("warningBanner")
        self.use_quality_button = QPushButton()
        self.use_quality_button.clicked.connect(lambda: self.quality_radio.setChecked(True))
        self.short_warning = QLabel()
        self.short_warning.setWordWrap(True)
        self.short_warning.setObjectName("warningBanner")
        self.use_default_button = QPushButton()
        self.use_default_button.clicked.connect(self._use_default_length)
        self.plan_error = problem_banner()
        # What the plan says under the choices; each rebuild hides them all first.
        self._plan_messages = (
            self.share_warning,
            self.use_quality_button,
            self.short_warning,
            self.use_default_button,
            self.plan_error,
        )
        for w in self._plan_messages:
            w.hide()
            outer.addWidget(w)

        self.topics_box = QGroupBox()
        topics = QVBoxLayout(self.topics_box)
        (
            self.topic_person_label,
            self.topic_person,
            self.topic_person_edit,
            whose_row,
        ) = _labelled_name_field()
        topics.addLayout(whose_row)
        topic_row = QHBoxLayout()
        self.topic_edit = QLineEdit()
        self.topic_edit.setMaxLength(limits.TOPIC_CHARS)
        self.topic_edit.returnPressed.connect(self._add_topic_from_edit)
        self.add_topic_button = QPushButton()
        self.add_topic_button.clicked.connect(self._add_topic_from_edit)
        topic_row.addWidget(self.topic_edit, 1)
        topic_row.addWidget(self.add_topic_button)
        topics.addLayout(topic_row)
        self.topic_list = QListWidget()
        self.topic_list.setWordWrap(True)
        self.topic_list.setMinimumHeight(60)
        topics.addWidget(self.topic_list)
        self.remove_topic_button = QPushButton()
        self.remove_topic_button.clicked.connect(self._remove_selected_topic)
        topics.addWidget(self.remove_topic_button)
        self.topic_error = problem_banner()
        topics.addWidget(self.topic_error)
        self._key(QKeySequence.StandardKey.Delete, self.topic_list, self._remove_selected_topic)
        outer.addWidget(self.topics_box, 1)

        # Every label here that can show what someone typed shows it as typed.
        _plain(
            self.template_problems,
            self.description,
            self.length_error,
            self.start_error,
            self.people_error,
            self.share_warning,
            self.short_warning,
            self.plan_error,
            self.topic_error,
        )

    def _key(
        self, keys: QKeySequence | QKeySequence.StandardKey | str, widget: QWidget, slot: object
    ) -> QShortcut:
        """A key that works while ``widget`` has the keyboard focus, and nowhere else."""
        shortcut = QShortcut(QKeySequence(keys), widget)
        shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    def _name_completer(self) -> QCompleter:
        completer = QCompleter(self._known, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        return completer

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
        self.minutes_spin.setToolTip(
            self.tr("How long the session lasts: 1 to {max} minutes").format(max=MAX_MINUTES)
        )
        self.until_label.setText(self.tr("or &until"))
        self.until_edit.setPlaceholderText(self.tr("hh:mm"))
        self.until_edit.setToolTip(
            self.tr("The time the session must end by. The minutes follow from it when you start.")
        )
        self.start_label.setText(self.tr("Starts &at"))
        self.start_edit.setPlaceholderText(self.tr("hh:mm (optional)"))
        self.start_edit.setToolTip(
            self.tr("When the session is planned to start: the room sees a countdown to it")
        )
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
        self.remove_person_button.setToolTip(
            self.tr("Take the selected person out of the group (Delete, in the list)")
        )
        self.observer_button.setText(self.tr("Observer / coach (Ctrl+M)"))
        self.observer_button.setToolTip(
            self.tr("An observer watches and notes how the group works; they do not coach")
        )
        self.facilitator_label.setText(self.tr("&Facilitator"))
        self.facilitator_edit.setPlaceholderText(self.tr("Your name (optional)"))
        self.coachee_label.setText(self.tr("&Coachee today"))
        self.use_quality_button.setText(self.tr("Give the whole time to one coachee"))
        self.topics_box.setTitle(self.tr("Next time: topics that wait their turn"))
        self.topic_person_label.setText(self.tr("&Whose"))
        self.topic_person_edit.setPlaceholderText(self.tr("Name"))
        self.topic_edit.setPlaceholderText(self.tr("Their topic, in a few words"))
        self.add_topic_button.setText(self.tr("Note"))
        self.remove_topic_button.setText(self.tr("Remove selected (Del)"))
        self.remove_topic_button.setToolTip(
            self.tr("Take the selected topic off the list (Delete, in the list)")
        )
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
            self.protocol_combo.setItemData(
                self.protocol_combo.count() - 1, plain_tooltip(label), Qt.ItemDataRole.ToolTipRole
            )
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
            self.description.setText(self.tr("No protocol is available."))
            return
        self.description.setText(
            self.tr("{description}\nSource: {source}\nMade for about {minutes} minutes.").format(
                description=t.description, source=t.source, minutes=t.default_minutes
            )
        )

    # ----- the length: minutes, or until a time of day -------------------------------------

    def minutes(self) -> int | None:
        """The session's length in minutes, or None while it is out of range."""
        value = self.minutes_spin.value()
        return value if 1 <= value <= MAX_MINUTES else None

    def set_minutes(self, minutes: int) -> None:
        """Put a remembered length in the field (not a choice made for this session)."""
        self._set_minutes_quietly(minutes)
        self.rebuild()

    def _set_minutes_quietly(self, minutes: int) -> None:
        self.minutes_spin.blockSignals(True)
        self.minutes_spin.setValue(minutes)
        self.minutes_spin.blockSignals(False)

    def _minutes_typed(self) -> None:
        self._length_typed = True
        if self.until_edit.text():  # minutes typed replace the end time
            _clear_quietly(self.until_edit)
        self.rebuild()

    def _until_text(self) -> str:
        return self.until_edit.text().strip()

    def _until_typed(self) -> None:
        self._length_typed = True
        try:
            parse_clock_time(self.until_edit.text())
        except ValueError:
            return  # still being typed: said on leaving the field (or at Start)
        self.rebuild()

    def end_at(self) -> time | None:
        """The time of day typed as the session's end, if the length is given that way."""
        try:
            return parse_clock_time(self.until_edit.text())
        except ValueError:
            return None

    def _until_minutes(self) -> int | None:
        """The minutes to the end time typed (None without one); ValueError says what is wrong."""
        end = parse_clock_time(self.until_edit.text())
        return None if end is None else self._minutes_until(end)

    def _minutes_until(self, end: time) -> int:
        """Whole minutes from now (or the planned start, if later) to ``end``.

        At Start it is always from now: a group that starts early, everyone being there,
        still has until ``end``.
        """
        start = None if self._starting else self._start_at
        try:
            return minutes_until(self.now(), end, start)
        except EndPassedError:
            raise ValueError(
                self.tr("{end} has already passed: type a later end, or the minutes.").format(
                    end=time_of_day(end)
                )
            ) from None
        except EndBeforeStartError as exc:
            raise ValueError(
                self.tr("The session would end at {end}, before it starts at {start}.").format(
                    end=time_of_day(end), start=time_of_day(exc.start)
                )
            ) from None

    def follow_clock(self) -> bool:
        """With an end time, the minutes follow the clock until the start (True: they moved)."""
        if not self.session_box.isEnabled() or not self._until_text():
            return False
        try:
            minutes = self._until_minutes()
        except ValueError:
            return False
        if minutes is None or minutes == self.minutes_spin.value():
            return False
        self.rebuild()
        return True

    def prepare_start(self) -> bool:
        """Just before the start: the minutes to an end time from now; False if not ready."""
        if self._until_text():
            self._starting = True
            try:
                self.rebuild()
            finally:
                self._starting = False
        return self.plan is not None

    def _length_seconds(self) -> int | None:
        """The chosen length, or None after saying plainly what is wrong with it."""
        problem = ""
        if self._until_text():
            try:
                minutes = self._until_minutes()
                assert minutes is not None
                self._set_minutes_quietly(minutes)
            except ValueError as exc:
                problem = str(exc)
        value = self.minutes_spin.value()
        if problem:
            pass
        elif value < 1:
            problem = self.tr("A session needs at least 1 minute.")
        elif value > MAX_MINUTES:
            until = self._until_text()
            problem = (
                self.tr(
                    "Until {end} is {minutes} minutes: a session lasts at most {max} minutes "
                    "(8 hours)."
                )
                if until
                else self.tr(
                    "{minutes} minutes is too long: a session lasts at most {max} minutes "
                    "(8 hours)."
                )
            ).format(end=until, minutes=value, max=MAX_MINUTES)
        show_banner(self.length_error, problem)
        return None if problem else value * 60

    def _use_default_length(self) -> None:
        t = self.current_template()
        if t is None:
            return
        _clear_quietly(self.until_edit)
        self._set_minutes_quietly(t.default_minutes)
        self.rebuild()

    # ----- the planned start -------------------------------------------------------------

    def start_at(self) -> time | None:
        """The time of day the session is planned to start, if one was typed."""
        return self._start_at

    def _start_typed(self) -> None:
        try:
            start = parse_clock_time(self.start_edit.text())
        except ValueError:
            start = None  # said on leaving the field; meanwhile no countdown
        else:
            show_banner(self.start_error, "")
        self._set_start(start)

    def _start_finished(self) -> None:
        try:
            parse_clock_time(self.start_edit.text())
        except ValueError as exc:
            show_banner(self.start_error, str(exc))

    def _set_start(self, start: time | None) -> None:
        if start == self._start_at:
            return
        self._start_at = start
        self.startAtChanged.emit(start)
        if self._until_text():
            self.rebuild()

    def new_session(self) -> None:
        """Ready for the next session: its own length, end and start are still to be chosen."""
        self._length_typed = False
        _clear_quietly(self.until_edit, self.start_edit)
        show_banner(self.start_error, "")
        self._set_start(None)
        self.rebuild()

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
        return clean_name(self.facilitator_edit.text())

    def set_known_names(self, names: Sequence[str]) -> None:
        """Offer the names already in the archive as the person and facilitator are typed."""
        self._known.setStringList(sorted({clean_name(n) for n in names if n.strip()}, key=sort_key))

    def known_names(self) -> list[str]:
        return self._known.stringList()

    def toggle_observer(self) -> None:
        row = self.people_list.currentRow()
        if row < 0:
            return
        now = self._is_observer(row)
        push(
            self.undo_stack,
            Step(
                self.tr("make {name} an observer").format(name=self._name(row))
                if not now
                else self.tr("make {name} a coach").format(name=self._name(row)),
                partial(self.set_observer, row, not now),
                partial(self.set_observer, row, now),
            ),
        )

    def set_observer(self, row: int, observer: bool) -> None:
        item = self.people_list.item(row)
        item.setData(OBSERVER_ROLE, observer)
        name = self._name(row)
        item.setText(self.tr("{name} (observer)").format(name=name) if observer else name)
        self._people_changed()

    def group(self) -> str:
        return clean_name(self.group_combo.currentText())

    def set_groups(self, names: Sequence[str], current: str = "") -> None:
        """Offer the teams already in the archive; keep what was typed."""
        typed = current or self.group_combo.currentText()
        self.group_combo.clear()
        self.group_combo.addItems(sorted(names, key=sort_key))
        self.group_combo.setCurrentText(typed)

    def coachee(self) -> str:
        return self.coachee_combo.currentText()

    def _known_spelling(self, name: str) -> str:
        """``name`` as the group or the archive already writes it (same key), or cleaned."""
        key = name_key(name)
        for known in (*self.people(), *self._known.stringList()):
            if name_key(known) == key:
                return known
        return clean_name(name)

    def add_person(self, name: str) -> bool:
        name = self._known_spelling(name)[:MAX_NAME_CHARS]
        show_banner(self.people_error, "")
        if not name:
            return False
        if any(name_key(p) == name_key(name) for p in self.people()):
            show_banner(
                self.people_error, self.tr("{name} is already in the group.").format(name=name)
            )
            return False
        row = self.people_list.count()
        push(
            self.undo_stack,
            Step(
                self.tr("add {name}").format(name=name),
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
                self.tr("remove {name}").format(name=name),
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

    # ----- next time topics --------------------------------------------------------------

    def add_topic(self, person: str, text: str) -> bool:
        try:
            topic = make_topic(self._known_spelling(person), text)
        except ValueError as exc:
            show_banner(self.topic_error, str(exc))
            return False
        show_banner(self.topic_error, "")
        row = len(self.topics)
        push(
            self.undo_stack,
            Step(
                self.tr("note {name}'s topic").format(name=topic.person),
                partial(self._insert_topic, row, topic),
                partial(self._take_topic, row),
            ),
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
        push(
            self.undo_stack,
            Step(
                self.tr("remove a topic"),
                partial(self._take_topic, row),
                partial(self._insert_topic, row, topic),
            ),
        )

    def _insert_topic(self, row: int, topic: Topic) -> None:
        if self.topic_store is not None:
            try:
                topic = self.topic_store.store(topic)
            except (OSError, ValueError, RuntimeError) as exc:
                show_banner(
                    self.topic_error,
                    self.tr("Kept here, but not saved in the archive: {reason}").format(reason=exc),
                )
        self.topics.insert(row, topic)
        self._show_topics()

    def _take_topic(self, row: int) -> bool:
        """Take the topic away; False when the archive refused (it then stays, on screen too)."""
        topic = self.topics.remove(row)
        taken = True
        if self.topic_store is not None and topic.record_id is not None:
            try:
                self.topic_store.forget(topic)
            except (OSError, ValueError, RuntimeError) as exc:
                self.topics.insert(row, topic)
                show_banner(self.topic_error, str(exc))
                taken = False
        self._show_topics()
        return taken

    def load_topics(self, topics: list[Topic]) -> None:
        """Show the topics already waiting in the archive (not an edit: no undo step)."""
        self.topics = NextTimeList()
        for row, topic in enumerate(topics):
            self.topics.insert(row, topic)
        self._show_topics()

    def _show_topics(self) -> None:
        self.topic_list.clear()
        for t in self.topics.items():
            item = QListWidgetItem(f"{t.person} — {t.text}")
            item.setToolTip(plain_tooltip(t.person))
            self.topic_list.addItem(item)

    # ----- the plan ----------------------------------------------------------------------

    def rebuild(self) -> None:
        """Make a fresh plan from the choices and tell the window (None when impossible)."""
        if self._building:
            return
        template = self.current_template()
        self.plan = None
        for w in self._plan_messages:
            w.hide()
        seconds = self._length_seconds()
        if template is not None and seconds is not None:
            mode = self.mode()
            coachees = [self.coachee()] if mode is Mode.QUALITY_FIRST else self.coaching_people()
            try:
                self.plan = build_plan(
                    template, seconds, mode, coachees, min_per_coachee=self.min_per_coachee
                )
            except PlanError as exc:
                self.plan_error.setText(str(exc))
                self.plan_error.show()
        if self.plan is not None and self.plan.warning is not None:
            self.share_warning.setText("⚠ " + self.plan.warning.message())
            self.share_warning.show()
            self.use_quality_button.show()
        elif self.plan is not None and template is not None:
            short = self._too_short(template, self.plan)
            if short:
                self.short_warning.setText("⚠ " + short)
                self.short_warning.show()
                self.use_default_button.setText(
                    self.tr("Use {minutes} minutes").format(minutes=template.default_minutes)
                )
                self.use_default_button.show()
        self.planChanged.emit(self.plan)

    def _too_short(self, template: ProtocolTemplate, plan: SessionPlan) -> str:
        """What is wrong with a plan too short for its protocol's phases ("" when it is fine)."""
        shortest = min(plan.phases, key=lambda p: p.seconds)
        each = plan.total_seconds / max(1, len(plan.coachees))
        if (
            shortest.seconds >= SHORTEST_PHASE_SECONDS
            and each >= template.default_minutes * 60 * SHORT_FRACTION
        ):
            return ""
        return self.tr(
            "{minutes} is too short for {protocol}, which is made for about {default} minutes: "
            "“{phase}” would get only {shortest}. Give it more time, or choose a shorter "
            "protocol."
        ).format(
            minutes=duration_words(plan.total_seconds),
            protocol=template.name,
            default=template.default_minutes,
            phase=shortest.name,
            shortest=duration_words(shortest.seconds),
        )

    def set_locked(self, locked: bool) -> None:
        """While a session runs its set-up cannot change (topics can still be noted)."""
        self.session_box.setEnabled(not locked)
        self.people_box.setEnabled(not locked)
