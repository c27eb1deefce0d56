"""One writer thread for the archive: the GUI thread hands it writes, never waits for the disk."""

from __future__ import annotations

import logging
import queue
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar, cast

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal

log = logging.getLogger(__name__)

A = TypeVar("A")  # the archive handed in (storage's, by the composition root)


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

    def call(self, work: Callable[[], Any]) -> Any:
        """Run ``work`` on the writer thread, in turn with the others, and return its result
        (or raise its error) here, for a window that needs the answer before it goes on.

        The GUI thread waits in an event loop of its own meanwhile: timers, painting and
        the outcomes of other writes go on (the countdown and the projector keep moving);
        keys and clicks wait until the write is done, so nothing acts on a half-made change.
        Off the GUI thread (a background job, a writer job) it simply runs ``work``.
        """
        if self._closed or threading.current_thread() is not threading.main_thread():
            return work()
        outcome: dict[str, Any] = {}
        loop = QEventLoop()

        def done(value: Any) -> None:
            outcome["value"] = value
            loop.quit()

        def failed(exc: Exception) -> None:
            outcome["error"] = exc
            loop.quit()

        self.submit(work, done, failed)
        if not outcome:
            loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        if "error" in outcome:
            raise outcome["error"]
        return outcome["value"]

    def drain(self, timeout: float | None = None) -> bool:
        """Wait until every job handed over has run, and deliver the outcomes.

        For the moments the app may wait (quitting, switching archive files) and for
        tests. False when ``timeout`` seconds passed first (the rest still runs); the wait
        starts again for writes that outcomes hand over.
        """
        while True:
            target = self._submitted
            ran = self._wait_for(target, timeout)
            self._deliver()
            # An outcome may hand over a write of its own (a session's row, then its topics'
            # links): those are waited for too.
            if not ran or self._submitted == target:
                return ran

    def _wait_for(self, target: int, timeout: float | None) -> bool:
        """Wait until the worker has run ``target`` jobs in all (False: the time ran out)."""
        with self._cond:
            return self._cond.wait_for(lambda: self._finished >= target, timeout)

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


# The archive's methods that write (the ports' writes, which storage's Archive has): the
# windows' calls of these go through the writer thread (see waiting_archive).
WRITES = frozenset(
    {
        "start_session", "append_events", "save_checkpoint", "finish_session",
        "set_participants", "set_tags", "close_session_choices", "add_note", "restore_note",
        "update_note", "delete_note", "add_commitment", "restore_commitment",
        "update_commitment", "delete_commitment", "add_topic", "link_topics",
        "set_topic_status", "delete_topic", "restore_topic", "save_question",
        "delete_saved_question", "restore_saved_question", "add_saved_questions", "add_tally",
        "remove_tally", "delete_session", "restore_session", "delete_person", "import_details",
    }
)  # fmt: skip


class _WaitingArchive:
    """The archive as the windows use it: reads as they are (SQLite's WAL lets them run
    beside a writer), writes through the writer thread (:meth:`ArchiveWriter.call`)."""

    def __init__(self, archive: object, writer: ArchiveWriter) -> None:
        self._archive = archive
        self._writer = writer

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._archive, name)
        if name not in WRITES:
            return value
        writer = self._writer

        def written(*args: Any, **kwargs: Any) -> Any:
            return writer.call(lambda: value(*args, **kwargs))

        return written


def waiting_archive(archive: A, writer: ArchiveWriter) -> A:
    """``archive`` for the windows: its writes never freeze the GUI thread on a lock.

    The same type as ``archive``: every method it has, the writes run through ``writer``.
    """
    return cast("A", _WaitingArchive(archive, writer))
