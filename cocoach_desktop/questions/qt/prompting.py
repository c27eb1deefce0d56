"""Which question prompt the room sees: follows the phase, the facilitator's keys and rotation.

The choosing is done by the core's :class:`PromptDeck`; this object feeds it the phase's
questions and the clock's time, runs the rotation timer, and says what changed.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from cocoach_desktop.platform.clock import Clock
from cocoach_desktop.questions.model.prompts import PromptDeck, Question, QuestionBook
from cocoach_desktop.timer.model.display import DisplayState
from cocoach_desktop.timer.model.session import RunState


@dataclass(frozen=True)
class PromptView:
    """What the screens show of the prompt at one moment."""

    text: str = ""  # "" when there is nothing to show
    key: str = ""  # the bank question's key; "" for a typed one or none
    pinned: bool = False
    number: int = 0  # 3 of 20: (3, 20); (0, 0) when there are no questions
    count: int = 0
    typed: bool = False  # a question typed by the facilitator, not from the bank


class PromptDirector(QObject):
    """Keeps a :class:`PromptDeck` on the current phase's questions and tells the views."""

    changed = Signal(object)  # PromptView

    def __init__(
        self,
        book: QuestionBook,
        clock: Clock,
        rotate_minutes: int = 0,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.book = book
        self.clock = clock
        self.deck = PromptDeck()
        self.groups: tuple[str, ...] = ()
        self._phase_key: tuple[object, ...] | None = None
        self._typed = ""  # a typed question shown until the facilitator moves on
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._timer.timeout.connect(self._rotate)
        self.set_rotation(rotate_minutes)
        self.view = PromptView()

    # ----- following the session -----------------------------------------------------------

    def follow(self, state: DisplayState | None) -> None:
        """Called with every display state: a new phase brings that phase's questions."""
        if state is None or state.state is RunState.FINISHED:
            key: tuple[object, ...] | None = None
            groups: tuple[str, ...] = ()
        else:
            key = (state.protocol_name, state.phase_index, state.prompt_groups)
            groups = state.prompt_groups
        if key == self._phase_key:
            return
        self._phase_key = key
        self.groups = groups
        self._typed = ""
        self.deck.set_questions(self.book.for_phase(groups), self.clock.monotonic())
        self._changed()

    def set_book(self, book: QuestionBook) -> None:
        """The bank changed (a question added, edited, starred or hidden): keep the place."""
        self.book = book
        self.deck.set_questions(
            book.for_phase(self.groups), self.clock.monotonic(), keep_current=True
        )
        self._changed()

    def set_rotation(self, minutes: int) -> None:
        """Change the prompt by itself every ``minutes`` (0: never)."""
        self.deck.set_rotation(minutes * 60.0 if minutes > 0 else None, self.clock.monotonic())
        self._arm()

    # ----- the facilitator's moves ---------------------------------------------------------

    def next(self) -> None:
        self._typed = ""
        self.deck.next(self.clock.monotonic())
        self._changed()

    def previous(self) -> None:
        self._typed = ""
        self.deck.previous(self.clock.monotonic())
        self._changed()

    def show(self, key: str) -> bool:
        """Show a picked question: from the phase's list, or else (another group, a hidden
        one) as if typed, until the facilitator moves on."""
        if self.deck.show(key, self.clock.monotonic()):
            self._typed = ""
            self._changed()
            return True
        question = self.book.find(key)
        if question is None:
            return False
        self.show_text(question.text)
        return True

    def show_text(self, text: str) -> None:
        """Show a question the facilitator typed; Q or a phase change moves on from it."""
        self._typed = " ".join(text.split())
        self._changed()

    def toggle_pin(self) -> bool:
        if self._typed:  # a typed question stays until the facilitator moves on anyway
            self._changed()  # …and the Pin action, which Qt just unticked, says so again
            return True
        pinned = self.deck.toggle_pin(self.clock.monotonic())
        self._changed()
        return pinned

    # ----- private -------------------------------------------------------------------------

    def _rotate(self) -> None:
        if not self._typed and self.deck.tick(self.clock.monotonic()):
            self._changed()
        else:
            self._arm()

    def _arm(self) -> None:
        """Wake when the current prompt's time is up (no polling while rotation is off).

        Always for the time that is left: a coarse timer may fire a little early, and then
        the prompt's remaining second or so is waited for, not a whole new interval.
        """
        self._timer.stop()
        left = None if self._typed else self.deck.seconds_to_rotation(self.clock.monotonic())
        if left is not None:
            self._timer.start(max(1, math.ceil(left * 1000)))

    def _changed(self) -> None:
        current: Question | None = self.deck.current
        number, count = self.deck.position
        if self._typed:
            view = PromptView(self._typed, "", True, number, count, typed=True)
        elif current is None:
            view = PromptView()
        else:
            view = PromptView(current.text, current.key, self.deck.pinned, number, count)
        self.view = view
        self._arm()
        self.changed.emit(view)
