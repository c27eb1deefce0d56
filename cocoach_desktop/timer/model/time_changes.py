"""The changes of time a run takes: more or less for a phase, "End at…" and its undo."""

from __future__ import annotations

from datetime import datetime

from cocoach_desktop.timer.model.events import EventKind
from cocoach_desktop.timer.model.run_times import RunState, RunTimes
from cocoach_desktop.timer.model.session_end import (
    EndChange,
    EndPreview,
    preview_end,
    surplus_shares,
)


class TimeChanges(RunTimes):
    """A run's seconds, and the changes the facilitator makes to them, each one logged."""

    def preview_end(self, wall: datetime) -> EndPreview:
        """What :meth:`end_at` would do with ``wall``, without doing it."""
        return preview_end(
            self.clock.now(),
            wall,
            self.remaining(),
            self._wants(self.index + 1),
            self.floor_seconds,
            self.rebalance_enabled,
        )

    def extend(self, seconds: float, index: int | None = None) -> bool:
        """Give a phase (the current one unless told) more time: +1 min, +5 min, any amount."""
        if seconds <= 0:
            raise ValueError("an extension must be a positive number of seconds")
        if self.state is RunState.FINISHED:
            return False
        phase = self.index if index is None else index
        self._adjust(phase, seconds)
        self._log(EventKind.EXTEND, seconds, index=phase)
        return True

    def reduce(self, seconds: float, index: int | None = None, *, exact: bool = False) -> float:
        """Take time away from a phase (the current one unless told); return how much.

        A phase never gets less than nothing: taking more than the current phase has left
        ends its time now (it is then in overtime, as at any time up). A phase whose time is
        already up has nothing to take: 0 is returned and nothing is logged.

        ``exact`` takes back an extension whole, as its undo must: an extension given in
        overtime (or overtime that ran on after it) goes back to the overtime it came from.
        """
        if seconds <= 0:
            raise ValueError("time taken away must be a positive number of seconds")
        if self.state is RunState.FINISHED:
            return 0.0
        phase = self.index if index is None else index
        if exact:
            room = self._plan[phase]
        elif phase == self.index:
            room = max(0.0, self.remaining())
        else:
            room = max(0.0, self._plan[phase] - self.elapsed(phase))
        taken = min(float(seconds), room)
        if taken <= 0:
            return 0.0
        self._adjust(phase, -taken)
        self._log(EventKind.REDUCE, taken, index=phase)
        return taken

    def end_at(self, wall: datetime) -> EndChange | None:
        """Aim to end the session at ``wall`` (UTC): "we have until 16:15".

        The later phases share the time left to then: less than their plan if it is short
        (never under the floor), and if it is longer than their plans need, the extra is
        given to them in proportion (logged as extensions). In the last phase, the phase
        itself is lengthened or shortened to end then. Only while the session runs or is
        paused; None otherwise.
        """
        if self.state not in (RunState.RUNNING, RunState.PAUSED):
            return None
        now = self.clock.now()
        left = (wall - now).total_seconds()
        self._set_end(max(0.0, self.session_elapsed() + left))
        self._log(EventKind.END_AT, self.target_seconds)
        adjustments: list[tuple[int, float]] = []
        later = range(self.index + 1, len(self._plan))
        if later:
            shares = surplus_shares(left, self.remaining(), self._wants(later.start))
            for k, extra in zip(later, shares, strict=True):
                if extra > 0:
                    self.extend(extra, index=k)
                    adjustments.append((k, extra))
        else:
            change = max(0.0, left) - self.remaining()
            if change > 0:
                self.extend(change)
                adjustments.append((self.index, change))
            elif change < 0:
                taken = self.reduce(-change)
                if taken:
                    adjustments.append((self.index, -taken))
        return EndChange(wall, tuple(adjustments))

    def undo_end(self, change: EndChange) -> bool:
        """Put the end back where it was before ``change`` (the last "End at…")."""
        if self.state not in (RunState.RUNNING, RunState.PAUSED):
            return False
        self._end_back()
        self._log(EventKind.END_BACK, self.target_seconds)
        for index, seconds in reversed(change.adjustments):
            if seconds > 0:
                self.reduce(seconds, index)
            elif seconds < 0:
                self.extend(-seconds, index)
        return True
