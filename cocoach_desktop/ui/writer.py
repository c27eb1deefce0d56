"""One writer thread for the archive: the GUI thread hands it writes, never waits for the disk."""

from __future__ import annotations

import logging
import queue
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Job:
    work: Callable[[], Any]
    done: Callable[[Any], None] | None
    failed: Callable[[Exception], None] | None


class ArchiveWriter(QObject):
    """Runs writes one after another, in the order given, on a thread of their own.

    SQLite has one writer at a time, so one thread is all it needs, and the order of the
    writes is the order of the facilitator's actions. A write that waits for another
    program's lock (SQLite's busy timeout) holds up only the writes after it: the
    countdown, the keyboard and the projector go on. Each job's outcome comes back on the
    GUI thread, to the callback given with it, in the order the jobs ran.
    """

    busyChanged = Signal(bool)  # True: writes are waiting or running; False: all are done
    _ready = Signal()  # emitted by the worker; delivered on the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._results: deque[tuple[_Job, bool, Any]] = deque()
        self._submitted = 0  # GUI thread only
        self._delivered = 0  # GUI thread only
        self._finished = 0  # jobs the worker has run (under _cond)
        self._cond = threading.Condition()
        self._closed = False
        self._ready.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._thread = threading.Thread(target=self._work, name="cocoach-writer", daemon=True)
        self._thread.start()

    @property
    def pending(self) -> int:
        """Jobs handed over whose outcome has not come back yet."""
        return self._submitted - self._delivered

    def submit(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None] | None = None,
        failed: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run ``work`` on the writer thread; then ``done(result)`` or ``failed(error)`` here."""
        if self._closed:
            # The app is closing down and something still writes (a last event): it runs
            # here and now, as it would have before there was a writer thread.
            self._run_here(_Job(work, done, failed))
            return
        self._submitted += 1
        if self._submitted - self._delivered == 1:
            self.busyChanged.emit(True)
        self._jobs.put(_Job(work, done, failed))

    def _work(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            try:
                outcome: tuple[_Job, bool, Any] = (job, True, job.work())
            except Exception as exc:  # every fault goes back to whoever asked
                outcome = (job, False, exc)
            with self._cond:
                self._results.append(outcome)
                self._finished += 1
                self._cond.notify_all()
            self._ready.emit()

    def _run_here(self, job: _Job) -> None:
        try:
            value = job.work()
        except Exception as exc:
            if job.failed is not None:
                job.failed(exc)
            return
        if job.done is not None:
            job.done(value)

    def _deliver(self) -> None:
        """The outcomes that have come back, to their callbacks (on the GUI thread)."""
        while True:
            with self._cond:
                if not self._results:
                    break
                job, ok, value = self._results.popleft()
            self._delivered += 1
            try:
                if ok and job.done is not None:
                    job.done(value)
                elif not ok:
                    if job.failed is not None:
                        job.failed(value)
                    else:
                        log.warning("an archive write failed: %s", value)
            except Exception:  # a callback's fault must not stop the others being delivered
                log.exception("handling the outcome of an archive write failed")
            if self.pending == 0:
                self.busyChanged.emit(False)

    def drain(self, timeout: float | None = None) -> bool:
        """Wait until every job handed over so far has run, and deliver the outcomes.

        For the moments the app may wait (quitting, switching archive files) and for
        tests. False when ``timeout`` seconds passed first (the rest still runs).
        """
        target = self._submitted
        with self._cond:
            ran = self._cond.wait_for(lambda: self._finished >= target, timeout)
        self._deliver()
        return ran

    def close(self, timeout: float | None = None) -> bool:
        """Finish what was handed over (up to ``timeout`` seconds) and stop the thread."""
        if self._closed:
            return True
        ran = self.drain(timeout)
        self._closed = True
        self._jobs.put(None)
        if ran:
            self._thread.join(timeout)
        return ran
