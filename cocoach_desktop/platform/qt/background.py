"""Long jobs (an import, an export, a backup) run off the GUI thread.

The GUI thread never waits for the disk: the projector's countdown keeps ticking while
thousands of sessions are read or written. A job is a plain function called on a worker thread
as ``work(progress, cancelled)``: it reports with ``progress(done, total)`` and stops early
(raising) when ``cancelled()`` says so. Its result, or its error in plain words, comes back on
the GUI thread. A progress dialog (window-modal to the window that started the job) appears
only if the job takes longer than SHOW_AFTER_MS, with Cancel only when cancelling is safe.

One job at a time: a second one is refused in plain words. When the app quits while a job
runs, it is cancelled if that is safe and waited for, with a short message: nothing is left
half-written.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QLabel, QProgressDialog, QWidget

from cocoach_desktop.platform.problem_words import say

SHOW_AFTER_MS = 500
# How often the worker may post its progress (a job reports every session; the dialog needs
# far fewer updates than that).
STEPS = 200

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], Any]

_running: list[BackgroundJob] = []
_quit_hooked = False


def _tr(text: str) -> str:
    return QCoreApplication.translate("Background", text)


class CancelledJobError(Exception):
    """Raised by a job that saw ``cancelled()``: ``str()`` says, in words, what was kept."""


def busy() -> bool:
    """Whether a job (import, export, backup) is still running."""
    return any(job.running for job in _running)


def running_jobs() -> list[BackgroundJob]:
    return [job for job in _running if job.running]


class BackgroundJob(QObject):
    """One job on a worker thread; ``finished``/``failed`` arrive on the GUI thread."""

    # Emitted from the worker thread; queued to this object's (the GUI) thread.
    _progressed = Signal(int, int)
    _ended = Signal()

    finished = Signal(object)  # the job's result
    failed = Signal(str)  # its error, in words (a cancel too)

    def __init__(
        self,
        work: Work,
        *,
        parent_window: QWidget | None,
        title: str,
        label: str,
        cancellable: bool,
        show_dialog: bool = True,
    ) -> None:
        super().__init__()
        self._work = work
        self._window = parent_window
        self._title = title
        self._label = label
        self.cancellable = cancellable
        self._show_dialog = show_dialog
        self._cancel = threading.Event()
        self._done = threading.Event()
        self._last_step = -1
        self.quiet = False  # quitting: the outcome is no longer told
        self._result: Any = None
        self._error: BaseException | None = None
        self.dialog: QProgressDialog | None = None
        self.total = 0
        self.done = 0
        self._progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._ended.connect(self._on_ended, Qt.ConnectionType.QueuedConnection)
        self._thread = threading.Thread(target=self._run, name=f"cocoach: {title}", daemon=False)
        self._show_timer = QTimer(self)
        self._show_timer.setSingleShot(True)
        self._show_timer.setInterval(SHOW_AFTER_MS)
        self._show_timer.timeout.connect(self._open_dialog)

    # ----- on the GUI thread -------------------------------------------------------------

    @property
    def running(self) -> bool:
        return not self._done.is_set() or self in _running

    def start(self) -> None:
        global _quit_hooked
        _running.append(self)
        app = QCoreApplication.instance()
        if app is not None and not _quit_hooked:
            app.aboutToQuit.connect(finish_before_quitting)
            _quit_hooked = True
        self._thread.start()
        if self._show_dialog:
            self._show_timer.start()

    def cancel(self) -> None:
        """Ask the job to stop (only if cancelling it is safe)."""
        if self.cancellable:
            self._cancel.set()
            if self.dialog is not None and shiboken6.isValid(self.dialog):
                self.dialog.setLabelText(_tr("Cancelling…"))

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the worker is done (tests and quitting only); True if it is."""
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _open_dialog(self) -> None:
        if self._done.is_set():
            return
        window = (
            self._window if self._window is not None and shiboken6.isValid(self._window) else None
        )
        dialog = QProgressDialog(
            self._label, _tr("Cancel") if self.cancellable else "", 0, 0, window
        )
        label = QLabel(dialog)
        label.setTextFormat(Qt.TextFormat.PlainText)  # it quotes a file name as it is
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        dialog.setLabel(label)
        dialog.setLabelText(self._label)
        dialog.setWindowTitle(self._title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not self.cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(self.cancel)
        dialog.show()
        self.dialog = dialog
        if self.total:
            self._on_progress(self.done, self.total)

    def _on_progress(self, done: int, total: int) -> None:
        self.done, self.total = done, total
        dialog = self.dialog
        if dialog is not None and shiboken6.isValid(dialog) and not self._cancel.is_set():
            if done >= total:
                # Every session is read (or added); what is left is writing it out.
                dialog.setRange(0, 0)
                dialog.setLabelText(
                    _tr("{label}\nFinishing: writing it to the disk…").format(label=self._label)
                )
                return
            if dialog.maximum() != total:
                dialog.setMaximum(total)
            dialog.setValue(done)

    def _on_ended(self) -> None:
        self._thread.join()
        self._show_timer.stop()
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = None
        if self in _running:
            _running.remove(self)
        if self.quiet:
            return
        if self._error is None:
            self.finished.emit(self._result)
        else:
            self.failed.emit(_in_words(self._error))

    # ----- on the worker thread ----------------------------------------------------------

    def _report(self, done: int, total: int) -> None:
        step = done * STEPS // total if total > 0 else 0
        if step != self._last_step or done == total:
            self._last_step = step
            self._progressed.emit(done, total)

    def _run(self) -> None:
        try:
            self._result = self._work(self._report, self._cancel.is_set)
        except BaseException as exc:  # every error goes back, in words
            self._error = exc
        finally:
            self._done.set()
            self._ended.emit()


def _in_words(error: BaseException) -> str:
    """The error for the user: the app's own errors (and the OS's) already speak in words."""
    text = say(error).strip()
    ours = type(error).__module__ != "builtins"  # BackupError, ArchiveWriteError, a cancel...
    if text and (ours or isinstance(error, (OSError, ValueError))):
        return text
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return _tr("Something went wrong, and it was stopped ({kind}: {text}).").format(
        kind=type(error).__name__, text=text or "no details"
    )


def run_job(
    work: Work,
    *,
    parent_window: QWidget | None,
    title: str,
    label: str,
    cancellable: bool,
    on_done: Callable[[Any], None],
    on_error: Callable[[str], None],
    show_dialog: bool = True,
) -> BackgroundJob | None:
    """Start ``work`` on a worker thread; None (and ``on_error`` says why) if one is running.

    ``on_done(result)`` or ``on_error(words)`` is called on the GUI thread when it ends, unless
    the window that started it has been closed since (then nothing is left to tell).
    """
    if busy():
        on_error(
            _tr(
                "Another import, export or backup is still running. Wait for it to finish, "
                "then try again."
            )
        )
        return None
    job = BackgroundJob(
        work,
        parent_window=parent_window,
        title=title,
        label=label,
        cancellable=cancellable,
        show_dialog=show_dialog,
    )

    def alive() -> bool:
        return parent_window is None or shiboken6.isValid(parent_window)

    job.finished.connect(lambda result: on_done(result) if alive() else None)
    job.failed.connect(lambda words: on_error(words) if alive() else None)
    job.start()
    return job


def finish_before_quitting() -> None:
    """At quit: cancel what may be cancelled, and wait for the rest, saying so."""
    jobs = running_jobs()
    if not jobs:
        return
    for job in jobs:
        job.quiet = True
        job.cancel()
    note = QProgressDialog(_tr("Finishing the import, export or backup before closing…"), "", 0, 0)
    note.setCancelButton(None)
    note.setWindowTitle(_tr("Closing Cocoach"))
    note.setMinimumDuration(0)
    note.show()
    try:
        for job in jobs:
            while not job.wait(0.05):
                QApplication.processEvents()
    finally:
        note.close()
        note.deleteLater()
    for job in jobs:
        if job in _running:
            _running.remove(job)
