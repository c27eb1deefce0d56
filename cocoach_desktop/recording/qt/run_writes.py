"""The run on disk as it happens: its position and events, and the end of the session."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from cocoach_desktop.recording.qt.recorder_state import RecorderState
from cocoach_desktop.recording.qt.session_writes import SessionOnRecord, checkpoint_of
from cocoach_desktop.timer.model.session import SessionRun


def _tr(text: str) -> str:
    return QCoreApplication.translate("SessionRecorder", text)


class RunWrites(RecorderState):
    """Hands the run's position to the writer (one write, however many asks), and its end."""

    def _write_position(
        self, run: SessionRun, *, current_phase_only: bool = False, quit: bool = False
    ) -> None:
        """Hand over the run's position and its new events (one write, however many asks)."""
        record = self._record
        if record is None:
            return
        checkpoint = checkpoint_of(run)
        with record.lock:
            record.events = tuple(run.events)
            record.checkpoint = replace(checkpoint, quit=True) if quit else checkpoint
            record.whole = record.whole or not current_phase_only
            if record.queued:
                return  # the write waiting in the queue takes the newest position
            record.queued = True
        self.writer.submit(
            record.write_position,
            lambda _wrote: self._position_written(record),
            lambda exc: self._position_failed(record, exc),
        )

    def _position_written(self, record: SessionOnRecord) -> None:
        record.position_failed = False
        self._say("log", "")
        if record.id is not None:  # a position write makes the session's row if need be
            self._opened(record, record.id)

    def _position_failed(self, record: SessionOnRecord, exc: Exception) -> None:
        record.position_failed = True
        if record is self._record:
            self._report(_tr("The timer's log could not be saved: {reason}"), exc, "log")
            self._retry_timer.start()

    def write_checkpoint(self) -> None:
        # No run.poll() here: the phase end belongs to the controller's tick, which chimes.
        run = self.controller.run
        if run is not None and self._open:
            self._write_position(run, current_phase_only=True)

    def _submit_finish(self, record: SessionOnRecord, wall: datetime, actual: list[float]) -> None:
        def finish() -> int:
            session_id = record.ensure()
            record.archive.finish_session(session_id, wall, actual)
            record.drop_copy()
            return session_id

        def failed(exc: Exception) -> None:
            if record.archive is self.archive:  # tried again until it is written
                self._finish_failed = (record, wall, actual)
                self._retry_timer.start()
            self._report(_tr("The end of the session could not be saved: {reason}"), exc, "end")

        self.writer.submit(
            finish, lambda session_id: self._session_saved(record, session_id), failed
        )

    def _session_saved(self, record: SessionOnRecord, session_id: int) -> None:
        self._say("end", "")
        if record is self._record and self._open:
            self.panel.set_status(_tr("Session saved"))
            self.sessionClosed.emit(session_id)
