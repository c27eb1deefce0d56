"""The observer's tally: three big buttons counting open questions, closed ones and advice.

Each tap counts on screen at once and is handed to the archive's writer thread (the
archive's ``tally_marks``), with the session time and phase it happened in, and can be undone
with Ctrl+Z like any other edit. A count the archive could not take is taken off the screen
again, and the banner says why.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from cocoach_desktop.domain.records import TallyCounts, TallyKind, TallyMark
from cocoach_desktop.platform.problem_words import say
from cocoach_desktop.platform.qt.theme import display_font
from cocoach_desktop.platform.qt.undo_stack import push
from cocoach_desktop.platform.qt.writer import ArchiveWriter

if TYPE_CHECKING:
    from cocoach_desktop.domain.ports.tally import TallyPort

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


@dataclass(eq=False)
class _Count:
    """One tap: on screen at once, in the archive once the writer thread has put it there."""

    kind: TallyKind
    session_id: int | None  # None while the session's row is still being made
    seconds: float
    phase: int | None
    id: int | None = None  # set by the writer thread once the mark is on disk
    record: SessionOnDisk | None = None  # the session being recorded, when it was tapped


def counts_of(counts: list[_Count]) -> TallyCounts:
    kinds = [c.kind for c in counts]
    return TallyCounts(
        open=kinds.count(TallyKind.OPEN),
        closed=kinds.count(TallyKind.CLOSED),
        advice=kinds.count(TallyKind.ADVICE),
    )


class SessionOnDisk(Protocol):
    """The session being put on record (the recorder's): the writer thread makes its row
    first, and tells its id, before any write that needs it."""

    id: int | None

    def ensure(self) -> int: ...


class _TallyStep:
    """A count added (a tap) or taken back (the Undo button), as one undo step.

    The step only ever acts on the session it was made in: once another session is on
    record it drops out of the undo history.
    """

    def __init__(
        self, keeper: TallyKeeper, count: _Count, text: str, *, taking_back: bool = False
    ) -> None:
        self.text = text
        self.keeper = keeper
        self.kind = count.kind
        self.counted = count  # the session it was made in: ``keeper.is_current`` says
        self.count: _Count | None = count  # None while the count is not on record
        self.taking_back = taking_back

    def _counted(self, counted: bool) -> bool:
        # Whether the count is on record is the keeper's to say (a write that failed puts
        # it back, or takes it off): the step acts only on the difference.
        on_record = self.count is not None and self.count in self.keeper.marks
        if not self.keeper.is_current(self.counted):
            return False
        if counted and not on_record:
            self.count = self.keeper.add(self.kind, self.count)
        elif not counted and on_record:
            assert self.count is not None
            self.keeper.remove(self.count)
        return True

    def redo(self) -> bool:  # a tap is already counted when it is pushed: nothing to do then
        return self._counted(not self.taking_back)

    def undo(self) -> bool:
        return self._counted(self.taking_back)


class TallyKeeper(QObject):
    """Saves the taps of the panel to the session on record and keeps the counts on screen."""

    problem = Signal(str)  # empty: the problem has gone (a count was saved after all)

    def __init__(
        self,
        panel: TallyPanel,
        undo_stack: QUndoStack,
        position: Callable[[], tuple[float, int | None]],
        parent: QObject | None = None,
        writer: ArchiveWriter | None = None,
    ) -> None:
        super().__init__(parent)
        self.panel = panel
        self.undo_stack = undo_stack
        self.position = position  # the session time and phase index right now
        self.writer = writer if writer is not None else ArchiveWriter(self)
        self.archive: TallyPort | None = None
        self.session_id: int | None = None
        self._record: SessionOnDisk | None = None  # a session whose row is being made
        self.marks: list[_Count] = []  # the counts on screen, oldest first
        panel.marked.connect(self.tap)
        panel.undoRequested.connect(self.undo_last)

    def start_recording(self, record: SessionOnDisk) -> None:
        """A session is starting: count at once, before its row is on disk (the writer
        thread makes the row before the first count's write)."""
        self._record = record
        self.open_session(None)

    def open_session(self, session_id: int | None, marks: tuple[TallyMark, ...] = ()) -> None:
        """Count for this session (None: no session, the buttons wait at nought)."""
        record = self._record
        if session_id is not None and record is not None and record.id == session_id:
            self.session_id = session_id  # the row of the session being counted is there
            self._show()
            return
        if session_id is not None:
            self._record = None  # another session (resumed after a crash)
        self.session_id = session_id
        self.marks = [
            _Count(m.kind, m.session_id, m.session_seconds, m.phase_index, id=m.id) for m in marks
        ]
        self._show()

    def finish(self) -> None:
        """The session ended: its counts stay in view, and no more can be added."""
        self.session_id = None
        self._record = None
        self._show()

    def forget(self) -> None:
        """The finished session left the screen: its counts go with it (back to nought)."""
        self._record = None
        self.open_session(None)

    @property
    def counting(self) -> bool:
        """A session is open for counts (on record, or its row being made)."""
        return self.session_id is not None or self._record is not None

    def is_current(self, count: _Count) -> bool:
        """``count`` belongs to the session counted now."""
        if count.record is not None and count.record is self._record:
            return True
        return count.session_id is not None and count.session_id == self.session_id

    def tap(self, kind: TallyKind) -> None:
        if not self.counting:
            return
        count = self.add(kind)
        if count is not None:
            name = self.panel.names()[kind]
            text = self.tr("count “{name}”").format(name=name)
            push(self.undo_stack, _TallyStep(self, count, text))

    def undo_last(self) -> None:
        """Take back the newest count of this session, whatever was done since."""
        if not self.counting or not self.marks:
            return
        count = self.marks[-1]
        name = self.panel.names()[count.kind]
        text = self.tr("take back “{name}”").format(name=name)
        push(self.undo_stack, _TallyStep(self, count, text, taking_back=True))

    def add(self, kind: TallyKind, again: _Count | None = None) -> _Count | None:
        """Count one more now, or count ``again`` a tap that was taken back (the same tap,
        so that every undo step that names it sees it back)."""
        archive = self.archive
        if archive is None or not self.counting:
            return None
        if again is not None and self.is_current(again):
            count = again
        else:
            seconds, phase = self.position()
            count = _Count(kind, self.session_id, seconds, phase, record=self._record)

        def write() -> None:  # on the writer thread
            if count.session_id is None and count.record is not None:
                count.session_id = count.record.ensure()  # its row first, if not yet made
            assert count.session_id is not None
            count.id = archive.add_tally(
                count.session_id, count.kind, count.seconds, count.phase
            ).id

        self.marks.append(count)
        self._show()
        self.writer.submit(
            write, lambda _none: self.problem.emit(""), lambda exc: self._lost(count, exc)
        )
        return count

    def _lost(self, count: _Count, exc: Exception) -> None:
        """The archive could not take the count: it comes off the screen, and that is said."""
        if count in self.marks:
            self.marks.remove(count)
            self._show()
        self.problem.emit(self.tr("The count could not be saved: {reason}").format(reason=say(exc)))

    def remove(self, count: _Count) -> None:
        archive = self.archive
        if count in self.marks:
            self.marks.remove(count)
            self._show()
        if archive is None:
            return

        def write() -> bool:
            if count.id is None:  # its own write failed: there is nothing to take back
                return False
            archive.remove_tally(count.id)
            count.id = None
            return True

        def kept(exc: Exception) -> None:
            if self.is_current(count) and count not in self.marks:
                self.marks.append(count)
                self._show()
            self.problem.emit(
                self.tr("The count could not be taken back: {reason}").format(reason=say(exc))
            )

        def taken(wrote: bool) -> None:
            if wrote:  # a write that worked: any "could not be saved" is past
                self.problem.emit("")

        self.writer.submit(write, taken, kept)

    def _show(self) -> None:
        self.panel.set_counts(counts_of(self.marks))
        self.panel.set_session_open(self.counting)
