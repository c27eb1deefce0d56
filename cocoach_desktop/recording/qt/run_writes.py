"""The run on disk as it happens, as the recorder hears it: faults worded, the timers started.

What is written and when (the session's row, its position and events, its end, what is
tried again) is the service's (``recording/services/recording_service.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cocoach_desktop.recording.qt.recorder_state import RecorderState
from cocoach_desktop.recording.services.recording_service import END, LOG, ROW


def _tr(text: str) -> str:
    return QCoreApplication.translate("SessionRecorder", text)


class RunWrites(RecorderState):
    """The recorder's side of the run's writes (:class:`RecordingEvents`)."""

    def _fault_text(self, about: str) -> str:
        if about == ROW:
            return _tr("The session could not be recorded yet: {reason}")
        if about == LOG:
            return _tr("The timer's log could not be saved: {reason}")
        if about == END:
            return _tr("The end of the session could not be saved: {reason}")
        return "{reason}"

    def fault(self, about: str, exc: Exception | None) -> None:
        if exc is None:
            self._say(about, "")
        else:
            self._report(self._fault_text(about), exc, about)

    def retry_later(self) -> None:
        self._retry_timer.start()

    def on_record(self, session_id: int) -> None:
        self.sessionOpened.emit(session_id)

    def saved(self, session_id: int) -> None:
        self.panel.set_status(_tr("Session saved"))
        self.sessionClosed.emit(session_id)

    def write_checkpoint(self) -> None:
        # No run.poll() here: the phase end belongs to the controller's tick, which chimes.
        self.live.checkpoint(self.controller.run)
