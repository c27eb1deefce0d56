"""The closing screen: confirm the commitments and their dates, the next-time topics, the tags."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from cocoach_desktop.domain.records import MAX_TAG_CHARS, Commitment, TopicRecord, parse_tags
from cocoach_desktop.notes.model.closing import ClosingChoices
from cocoach_desktop.notes.qt.due_picker import DEFAULT_GAP_DAYS, DueDateEdit
from cocoach_desktop.platform.qt.widgets import problem_banner, show_banner

ID_ROLE = Qt.ItemDataRole.UserRole + 1
TEXT_ROLE = Qt.ItemDataRole.UserRole + 2
COL_TEXT, COL_WHO, COL_DUE = 0, 1, 2


def _bold_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    return label


class ClosingDialog(QDialog):
    """Shown when a session finishes. Everything is already saved: this only tidies.

    Closing it without confirming changes nothing, so nothing can be lost here. When the
    choices cannot be saved, the screen stays open with them and says why.
    """

    confirmed = Signal(object)  # ClosingChoices

    def __init__(
        self,
        commitments: list[Commitment],
        topics: list[TopicRecord],
        tags: tuple[str, ...] = (),
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
        next_session_days: int = DEFAULT_GAP_DAYS,
    ) -> None:
        super().__init__(parent)
        self._failed = False
        self.setWindowTitle(self.tr("Session finished"))
        self.resize(640, 540)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The session and its notes are saved. Check the commitments (double-click to "
                "edit, untick to remove, choose a date by when) and tick the topics that were "
                "dealt with today."
            )
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(_bold_label(self.tr("Commitments")))
        self.commitment_list = QTreeWidget()
        self.commitment_list.setRootIsDecorated(False)
        self.commitment_list.setColumnCount(3)
        self.commitment_list.setHeaderLabels([self.tr("Commitment"), self.tr("Who"), self.tr("By")])
        self.commitment_list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        header = self.commitment_list.header()
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_WHO, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_DUE, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.due_edits: list[DueDateEdit] = []
        for c in commitments:
            item = QTreeWidgetItem([c.text, c.person, ""])
            item.setData(COL_TEXT, ID_ROLE, c.id)
            item.setData(COL_TEXT, TEXT_ROLE, c.text)
            item.setFlags(
                item.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(COL_TEXT, Qt.CheckState.Checked)
            self.commitment_list.addTopLevelItem(item)
            due = DueDateEdit(c.due, today=today, gap_days=lambda: next_session_days)
            self.commitment_list.setItemWidget(item, COL_DUE, due)
            self.due_edits.append(due)
        if not commitments:
            none = QLabel(self.tr("No commitments were noted."))
            none.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(none)
        layout.addWidget(self.commitment_list)
        layout.addWidget(_bold_label(self.tr("Next time: topics still waiting")))
        self.topic_list = QListWidget()
        for t in topics:
            topic = QListWidgetItem(
                self.tr("Dealt with today: {person} — {text}").format(person=t.person, text=t.text)
            )
            topic.setData(ID_ROLE, t.id)
            topic.setFlags(topic.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            topic.setCheckState(Qt.CheckState.Unchecked)
            self.topic_list.addItem(topic)
        layout.addWidget(self.topic_list)
        self.tags_edit = QLineEdit(", ".join(tags))
        self.tags_edit.setPlaceholderText(
            self.tr("Tags, separated by commas (e.g. behaviour, year 9)")
        )
        self.tags_edit.textChanged.connect(lambda _t: self._check_tags())
        layout.addWidget(self.tags_edit)
        self.problem = problem_banner()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Confirm (Ctrl+S)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, self.confirm)
        layout.addWidget(buttons)
        self.save_button.setDefault(True)

    def commitment_item(self, row: int) -> QTreeWidgetItem:
        item = self.commitment_list.topLevelItem(row)
        assert item is not None
        return item

    def due_edit(self, row: int) -> DueDateEdit:
        return self.due_edits[row]

    def choices(self) -> ClosingChoices:
        kept: dict[int, str] = {}
        dues: dict[int, date | None] = {}
        removed: list[int] = []
        for row in range(self.commitment_list.topLevelItemCount()):
            item = self.commitment_item(row)
            cid = int(item.data(COL_TEXT, ID_ROLE))
            if item.checkState(COL_TEXT) is Qt.CheckState.Checked:
                # Emptying the text is not removing it (unticking is): the text stays.
                kept[cid] = item.text(COL_TEXT).strip() or str(item.data(COL_TEXT, TEXT_ROLE))
                dues[cid] = self.due_edits[row].due()
            else:
                removed.append(cid)
        taken = tuple(
            int(self.topic_list.item(i).data(ID_ROLE))
            for i in range(self.topic_list.count())
            if self.topic_list.item(i).checkState() is Qt.CheckState.Checked
        )
        return ClosingChoices(kept, tuple(removed), taken, parse_tags(self.tags_edit.text()), dues)

    def _too_long_tag(self) -> str:
        return next((t for t in parse_tags(self.tags_edit.text()) if len(t) > MAX_TAG_CHARS), "")

    def _check_tags(self) -> bool:
        """Say when a tag is too long; the moment it is not, the banner goes."""
        tag = self._too_long_tag()
        text = (
            self.tr("A tag can have at most {n} characters: “{tag}”.").format(
                n=MAX_TAG_CHARS, tag=tag
            )
            if tag
            else ""
        )
        show_banner(self.problem, text, "tags")
        return not tag

    def fail(self, text: str) -> None:
        """The choices could not be saved: the screen stays, with them, and says why.

        Empty ``text``: they were saved after all.
        """
        if not isValid(self):  # closed while the save waited: the app's banner says it
            return
        self._failed = bool(text)
        show_banner(self.problem, text, "saving")

    def confirm(self) -> None:
        if not self._check_tags():  # checked here, so that nothing is applied by half
            return
        self._failed = False
        show_banner(self.problem, "", "saving")
        self.confirmed.emit(self.choices())
        # The save waits for the archive in an event loop: the screen may have been closed
        # meanwhile (and deleted). The choices were applied or not all the same.
        if isValid(self) and not self._failed:
            self.accept()
