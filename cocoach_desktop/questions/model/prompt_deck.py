"""The deck on the presentation screen: which question shows, pinning and rotation."""

from __future__ import annotations

import math
from collections.abc import Sequence

from cocoach_desktop.questions.model.question import Question


class PromptDeck:
    """Which question the presentation screen shows. Plain logic: the caller passes the time.

    Moving by hand (:meth:`next`, :meth:`previous`, :meth:`show`) unpins and restarts the
    rotation interval. A pinned question stays on screen until the user moves, and across
    a phase change if the new phase has it. Rotation, when on, runs on the ``now`` values
    passed to :meth:`tick`: each question stays at least ``rotate_every`` seconds.
    """

    def __init__(self, rotate_every: float | None = None) -> None:
        self._questions: tuple[Question, ...] = ()
        self._index = 0
        self._pinned = False
        self._shown_at = 0.0
        self._rotate_every = self._checked(rotate_every)

    @staticmethod
    def _checked(seconds: float | None) -> float | None:
        if seconds is None:
            return None
        if not math.isfinite(seconds) or seconds <= 0:
            raise ValueError("the rotation interval must be a number of seconds above 0")
        return float(seconds)

    # -- what is shown

    @property
    def questions(self) -> tuple[Question, ...]:
        return self._questions

    @property
    def current(self) -> Question | None:
        """The question on screen; None when there are no questions."""
        return self._questions[self._index] if self._questions else None

    @property
    def position(self) -> tuple[int, int]:
        """(number, count) for a "3 of 20" label, counting from 1; (0, 0) when empty."""
        return (self._index + 1, len(self._questions)) if self._questions else (0, 0)

    @property
    def pinned(self) -> bool:
        return self._pinned and bool(self._questions)

    @property
    def rotate_every(self) -> float | None:
        """Seconds between automatic changes, or None when rotation is off."""
        return self._rotate_every

    def set_rotation(self, seconds: float | None, now: float) -> None:
        """Turn rotation on (every ``seconds``) or off (None); the interval starts at ``now``."""
        self._rotate_every = self._checked(seconds)
        self._shown_at = now

    # -- changing the list

    def _index_of(self, key: str) -> int | None:
        for index, q in enumerate(self._questions):
            if q.key == key:
                return index
        return None

    def set_questions(
        self, questions: Sequence[Question], now: float, *, keep_current: bool = False
    ) -> None:
        """Give the deck a new list: at a phase change, or after a bank edit (``keep_current``).

        A pinned question that is in the new list stays pinned and shown; otherwise the pin
        is dropped. At a phase change the first question is shown. After a bank edit the
        current question stays if it is still there, or the one now at its place.
        """
        old = self.current
        old_index = self._index
        self._questions = tuple(questions)
        if old is not None and (self._pinned or keep_current):
            index = self._index_of(old.key)
            if index is not None:
                self._index = index
                return
        if self._pinned:
            self._pinned = False
        if keep_current and old is not None and self._questions:
            self._index = min(old_index, len(self._questions) - 1)
        else:
            self._index = 0
        self._shown_at = now

    # -- moving by hand

    def _move_to(self, index: int, now: float) -> bool:
        changed = index != self._index
        self._index = index
        self._pinned = False
        self._shown_at = now
        return changed

    def next(self, now: float) -> bool:
        """Show the next question, after the last the first; True if the question changed."""
        if not self._questions:
            return False
        return self._move_to((self._index + 1) % len(self._questions), now)

    def previous(self, now: float) -> bool:
        """Show the previous question, before the first the last; True if it changed."""
        if not self._questions:
            return False
        return self._move_to((self._index - 1) % len(self._questions), now)

    def show(self, key: str, now: float) -> bool:
        """Show the question with this key; False (and nothing changes) if it is not listed."""
        index = self._index_of(key)
        if index is None:
            return False
        self._move_to(index, now)
        return True

    # -- pinning

    def pin(self, now: float) -> None:
        """Keep the current question on screen: no rotation, and it survives phase changes."""
        if self._questions:
            self._pinned = True
            self._shown_at = now

    def unpin(self, now: float) -> None:
        """Let rotation go on again; the current question gets a full interval from ``now``."""
        if self._pinned:
            self._pinned = False
            self._shown_at = now

    def toggle_pin(self, now: float) -> bool:
        """Pin or unpin; returns whether the deck is pinned afterwards."""
        if self.pinned:
            self.unpin(now)
        else:
            self.pin(now)
        return self.pinned

    # -- rotation

    def seconds_to_rotation(self, now: float) -> float | None:
        """How long until :meth:`tick` would move on; None when it never will as things are."""
        every = self._rotate_every
        if every is None or self._pinned or len(self._questions) < 2:
            return None
        return max(0.0, self._shown_at + every - now)

    def tick(self, now: float) -> bool:
        """Move on if rotation is on, nothing is pinned and the interval is over.

        Returns True when the question on screen changed.
        """
        every = self._rotate_every
        if every is None or self._pinned or len(self._questions) < 2:
            return False
        if now - self._shown_at < every:
            return False
        self._index = (self._index + 1) % len(self._questions)
        self._shown_at = now
        return True
