"""The observer's tally: three big buttons counting open questions, closed ones and advice.

Each tap counts on screen at once and is handed to the archive's writer thread (the
archive's ``tally_marks``), with the session time and phase it happened in, and can be undone
with Ctrl+Z like any other edit. A count the archive could not take is taken off the screen
again, and the banner says why. The counting is the service's
(``tally/services/tally_service.py``); here are the buttons, the undo stack and the words.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cocoach_desktop.domain.ports.tally import TallyPort
from cocoach_desktop.domain.records import TallyCounts, TallyKind, TallyMark
from cocoach_desktop.platform.problem_words import say
from cocoach_desktop.platform.qt.theme import display_font
from cocoach_desktop.platform.qt.undo_stack import push
from cocoach_desktop.tally.model.tally_book import Count, SessionOnDisk
from cocoach_desktop.tally.services.tally_service import NOT_SAVED, TallyService

KINDS = (TallyKind.OPEN, TallyKind.CLOSED, TallyKind.ADVICE)
KEYS = {TallyKind.OPEN: "1", TallyKind.CLOSED: "2", TallyKind.ADVICE: "3"}


class TallyPanel(QWidget):
    """A view: the three buttons with their counts, and an undo button."""

    marked = Signal(object)  # TallyKind
    undoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("muted")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        row = QHBoxLayout()
        self.buttons: dict[TallyKind, QPushButton] = {}
        for kind in KINDS:
            button = QPushButton()
            button.setObjectName(f"tally_{kind.value}")
            button.setMinimumHeight(64)
            button.setFont(display_font(18, QFont.Weight.DemiBold))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys 1/2/3 do the same
            button.clicked.connect(lambda _on=False, k=kind: self.marked.emit(k))
            row.addWidget(button, 1)
            self.buttons[kind] = button
        self.undo_button = QPushButton()
        self.undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.undo_button.clicked.connect(self.undoRequested.emit)
        row.addWidget(self.undo_button)
        layout.addLayout(row)
        self.counts = TallyCounts()
        self.retranslate()
        self.set_session_open(False)

    def retranslate(self) -> None:
        self.title.setText(
            self.tr("Observer's tally: count what the coaches ask (keys 1, 2, 3; Ctrl+Z undoes)")
        )
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Take back the last count (Ctrl+Z)"))
        self.set_counts(self.counts)

    def names(self) -> dict[TallyKind, str]:
        return {
            TallyKind.OPEN: self.tr("Open question"),
            TallyKind.CLOSED: self.tr("Closed question"),
            TallyKind.ADVICE: self.tr("Advice"),
        }

    def set_counts(self, counts: TallyCounts) -> None:
        self.counts = counts
        for kind, name in self.names().items():
            button = self.buttons[kind]
            button.setText(f"{name}  {counts.of(kind)}")
            button.setToolTip(self.tr("Count one more: key {key}").format(key=KEYS[kind]))
            button.setAccessibleName(f"{name}: {counts.of(kind)}")

    def set_session_open(self, open_: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(open_)
        self.undo_button.setEnabled(open_ and self.counts.total > 0)


class TallyKeeper(QObject):
    """Saves the taps of the panel to the session on record and keeps the counts on screen
    (the counting is the service's; this words it and puts its steps on the undo stack)."""

    problem = Signal(str)  # empty: the problem has gone (a count was saved after all)

    def __init__(
        self,
        panel: TallyPanel,
        undo_stack: QUndoStack,
        tally: TallyService,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.panel = panel
        self.undo_stack = undo_stack
        self.service = tally
        tally.listen(self)
        panel.marked.connect(self.tap)
        panel.undoRequested.connect(self.undo_last)

    @property
    def archive(self) -> TallyPort | None:
        return self.service.archive

    @archive.setter
    def archive(self, archive: TallyPort | None) -> None:
        self.service.archive = archive

    @property
    def marks(self) -> list[Count]:
        """The counts on screen, oldest first."""
        return self.service.book.marks

    @property
    def session_id(self) -> int | None:
        return self.service.book.session_id

    @property
    def counting(self) -> bool:
        """A session is open for counts (on record, or its row being made)."""
        return self.service.book.counting

    def start_recording(self, record: SessionOnDisk) -> None:
        """A session is starting: count at once, before its row is on disk (the writer
        thread makes the row before the first count's write)."""
        self.service.start_recording(record)

    def open_session(self, session_id: int | None, marks: tuple[TallyMark, ...] = ()) -> None:
        """Count for this session (None: no session, the buttons wait at nought)."""
        self.service.open_session(session_id, marks)

    def finish(self) -> None:
        """The session ended: its counts stay in view, and no more can be added."""
        self.service.finish()

    def forget(self) -> None:
        """The finished session left the screen: its counts go with it (back to nought)."""
        self.service.forget()

    def tap(self, kind: TallyKind) -> None:
        name = self.panel.names()[kind]
        step = self.service.tap(kind, self.tr("count “{name}”").format(name=name))
        if step is not None:
            push(self.undo_stack, step)

    def undo_last(self) -> None:
        """Take back the newest count of this session, whatever was done since."""
        names = self.panel.names()
        step = self.service.take_back_last(
            lambda kind: self.tr("take back “{name}”").format(name=names[kind])
        )
        if step is not None:
            push(self.undo_stack, step)

    # ----- what the service says -----------------------------------------------------------

    def counts_changed(self) -> None:
        self.panel.set_counts(self.service.book.counts)
        self.panel.set_session_open(self.counting)

    def problem_of(self, about: str, exc: Exception) -> str:
        if about == NOT_SAVED:
            return self.tr("The count could not be saved: {reason}").format(reason=say(exc))
        return self.tr("The count could not be taken back: {reason}").format(reason=say(exc))

    def problem_changed(self, about: str, exc: Exception | None) -> None:
        self.problem.emit("" if exc is None else self.problem_of(about, exc))
