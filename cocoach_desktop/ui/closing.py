"""The closing screen: confirm the commitments, the next-time topics and the tags."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cocoach_desktop.core.records import MAX_TAG_CHARS, Commitment, TopicRecord, parse_tags
from cocoach_desktop.ui.widgets import problem_banner

ID_ROLE = Qt.ItemDataRole.UserRole + 1
TEXT_ROLE = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class ClosingChoices:
    """What the facilitator confirmed: edited commitment texts, the topics dealt with, tags."""

    commitments: dict[int, str]  # id -> text, for those kept
    removed_commitments: tuple[int, ...]
    taken_topics: tuple[int, ...]
    tags: tuple[str, ...]


class ClosingDialog(QDialog):
    """Shown when a session finishes. Everything is already saved: this only tidies.

    Closing it without confirming changes nothing, so nothing can be lost here.
    """

    confirmed = Signal(object)  # ClosingChoices

    def __init__(
        self,
        commitments: list[Commitment],
        topics: list[TopicRecord],
        tags: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Session finished"))
        self.resize(560, 520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The session and its notes are saved. Check the commitments (double-click to "
                "edit, untick to remove) and tick the topics that were dealt with today."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("<b>Commitments</b>")))
        self.commitment_list = QListWidget()
        for c in commitments:
            item = QListWidgetItem(c.text)
            item.setData(ID_ROLE, c.id)
            item.setData(TEXT_ROLE, c.text)
            item.setToolTip(c.person)
            item.setFlags(
                item.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable
            )
            item.setCheckState(Qt.CheckState.Checked)
            self.commitment_list.addItem(item)
        if not commitments:
            layout.addWidget(QLabel(self.tr("No commitments were noted.")))
        layout.addWidget(self.commitment_list)
        layout.addWidget(QLabel(self.tr("<b>Next time: topics still waiting</b>")))
        self.topic_list = QListWidget()
        for t in topics:
            item = QListWidgetItem(
                self.tr("Dealt with today: {person} — {text}").format(person=t.person, text=t.text)
            )
            item.setData(ID_ROLE, t.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.topic_list.addItem(item)
        layout.addWidget(self.topic_list)
        self.tags_edit = QLineEdit(", ".join(tags))
        self.tags_edit.setPlaceholderText(
            self.tr("Tags, separated by commas (e.g. behaviour, year 9)")
        )
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

    def choices(self) -> ClosingChoices:
        kept: dict[int, str] = {}
        removed: list[int] = []
        for i in range(self.commitment_list.count()):
            item = self.commitment_list.item(i)
            cid = int(item.data(ID_ROLE))
            if item.checkState() is Qt.CheckState.Checked:
                # Emptying the text is not removing it (unticking is): the text stays.
                kept[cid] = item.text().strip() or str(item.data(TEXT_ROLE))
            else:
                removed.append(cid)
        taken = tuple(
            int(self.topic_list.item(i).data(ID_ROLE))
            for i in range(self.topic_list.count())
            if self.topic_list.item(i).checkState() is Qt.CheckState.Checked
        )
        return ClosingChoices(kept, tuple(removed), taken, parse_tags(self.tags_edit.text()))

    def confirm(self) -> None:
        choices = self.choices()
        too_long = [t for t in choices.tags if len(t) > MAX_TAG_CHARS]
        if too_long:  # checked here, so that nothing is applied by half
            self.problem.setText(
                self.tr("A tag can have at most {n} characters: “{tag}”.").format(
                    n=MAX_TAG_CHARS, tag=too_long[0]
                )
            )
            self.problem.show()
            return
        self.confirmed.emit(choices)
        self.accept()
