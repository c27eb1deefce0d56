"""The set-up's next-time topics: whose topic waits its turn, noted and removed as undo steps."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from cocoach_desktop.domain import limits
from cocoach_desktop.platform.problem_words import say
from cocoach_desktop.platform.qt.list_in_place import update_list_in_place
from cocoach_desktop.platform.qt.undo_stack import push
from cocoach_desktop.platform.qt.widgets import problem_banner, show_banner
from cocoach_desktop.platform.undo import Step
from cocoach_desktop.setup.model.topics import NextTimeList, Topic, make_topic
from cocoach_desktop.setup.qt.setup_widgets import key_in, labelled_name_field, plain_tooltip

_TopicRole = Qt.ItemDataRole.UserRole + 1  # the Topic a row shows


def _tr(text: str) -> str:
    return QCoreApplication.translate("SetupPanel", text)


class TopicStore(Protocol):
    """Where noted topics are kept between sessions (the archive)."""

    def store(self, topic: Topic) -> Topic: ...

    def forget(self, topic: Topic) -> None: ...


class TopicsSection:
    """The set-up panel's "Next time" box and its list of topics (a SetupPanel part)."""

    undo_stack: QUndoStack
    topics: NextTimeList
    topic_store: TopicStore | None

    if TYPE_CHECKING:

        def _known_spelling(self, name: str) -> str: ...

    def _build_topics(self, outer: QVBoxLayout) -> None:
        self.topics_box = QGroupBox()
        topics = QVBoxLayout(self.topics_box)
        (
            self.topic_person_label,
            self.topic_person,
            self.topic_person_edit,
            whose_row,
        ) = labelled_name_field()
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
        key_in(QKeySequence.StandardKey.Delete, self.topic_list, self._remove_selected_topic)
        outer.addWidget(self.topics_box, 1)

    def _retranslate_topics(self) -> None:
        self.topics_box.setTitle(_tr("Next time: topics that wait their turn"))
        self.topic_person_label.setText(_tr("&Whose"))
        self.topic_person_edit.setPlaceholderText(_tr("Name"))
        self.topic_edit.setPlaceholderText(_tr("Their topic, in a few words"))
        self.add_topic_button.setText(_tr("Note"))
        self.remove_topic_button.setText(_tr("Remove selected (Del)"))
        self.remove_topic_button.setToolTip(
            _tr("Take the selected topic off the list (Delete, in the list)")
        )

    def add_topic(self, person: str, text: str) -> bool:
        try:
            topic = make_topic(self._known_spelling(person), text)
        except ValueError as exc:
            show_banner(self.topic_error, say(exc))
            return False
        show_banner(self.topic_error, "")
        row = len(self.topics)
        push(
            self.undo_stack,
            Step(
                _tr("note {name}'s topic").format(name=topic.person),
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
                _tr("remove a topic"),
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
                    _tr("Kept here, but not saved in the archive: {reason}").format(
                        reason=say(exc)
                    ),
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
                show_banner(self.topic_error, say(exc))
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
        """Bring the list to ``self.topics`` in place: only the rows that came, went or changed
        move, so the chosen topic and the scroll stay (after a topic noted or removed, an
        undo, or the archive read again after an edit elsewhere)."""
        wanted = list(self.topics.items())

        def refresh(item: QListWidgetItem, j: int) -> None:
            if item.data(_TopicRole) != wanted[j]:
                _fill_item(item, wanted[j])

        def make(j: int) -> QListWidgetItem:
            item = QListWidgetItem()
            _fill_item(item, wanted[j])
            return item

        update_list_in_place(
            self.topic_list,
            [_topic_key(t) for t in wanted],
            key_of=lambda item: _topic_key(item.data(_TopicRole)),
            refresh=refresh,
            make=make,
        )


def _topic_key(topic: Topic) -> object:
    """Which topic a row is: its archive id once stored, else who and what."""
    return topic.record_id if topic.record_id is not None else (topic.person, topic.text)


def _fill_item(item: QListWidgetItem, topic: Topic) -> None:
    item.setText(f"{topic.person} — {topic.text}")
    item.setToolTip(plain_tooltip(topic.person))
    item.setData(_TopicRole, topic)
