"""When to write what was typed: debounced, but never more than a bound after the first key."""

from __future__ import annotations

from cocoach_desktop.platform.clock import Clock

# A pause in typing this long writes the text.
QUIET_SECONDS = 0.8
# Nothing typed waits longer than this, however fast someone keeps typing.
MAX_DELAY_SECONDS = 1.5


class SaveScheduler:
    """Tracks unsaved changes; says when they are due to be written.

    The caller writes when :meth:`due` is true (a Qt timer armed with
    :meth:`seconds_until_due` wakes it), then calls :meth:`saved`. Both bounds are well
    under the two seconds the app promises, leaving room for a slow disk.
    """

    def __init__(
        self,
        clock: Clock,
        quiet_seconds: float = QUIET_SECONDS,
        max_delay_seconds: float = MAX_DELAY_SECONDS,
    ) -> None:
        if not 0 < quiet_seconds <= max_delay_seconds:
            raise ValueError("the quiet time must be positive and within the maximum delay")
        self.clock = clock
        self.quiet_seconds = quiet_seconds
        self.max_delay_seconds = max_delay_seconds
        self._first: float | None = None  # when the oldest unsaved change was made
        self._last = 0.0  # when the newest was made

    @property
    def dirty(self) -> bool:
        return self._first is not None

    def touch(self) -> None:
        """Something changed that is not on disk yet."""
        now = self.clock.monotonic()
        if self._first is None:
            self._first = now
        self._last = now

    def seconds_until_due(self) -> float | None:
        """Seconds until the changes should be written (0 if now); None if nothing waits."""
        if self._first is None:
            return None
        now = self.clock.monotonic()
        quiet_due = self._last + self.quiet_seconds
        hard_due = self._first + self.max_delay_seconds
        return max(0.0, min(quiet_due, hard_due) - now)

    def due(self) -> bool:
        wait = self.seconds_until_due()
        return wait is not None and wait <= 0

    def saved(self) -> None:
        """The changes made so far are on disk."""
        self._first = None
