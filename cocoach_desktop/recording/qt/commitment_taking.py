"""Commitments made during a session: whose they are, checked, handed to the writer."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from cocoach_desktop.domain.records import MAX_NAME_CHARS, MAX_NOTE_CHARS, Commitment
from cocoach_desktop.platform.problem_words import say
from cocoach_desktop.recording.qt.recorder_state import RecorderState
from cocoach_desktop.recording.qt.session_writes import PledgeOnRecord, refusal


def _tr(text: str) -> str:
    return QCoreApplication.translate("SessionRecorder", text)


class CommitmentTaking(RecorderState):
    """The recorder's commitments: written as they are made, tried again when that fails."""

    def add_commitment(self, text: str, due: date | None) -> None:
        record = self._record
        if not self._open or record is None:
            return
        # The coachee's; in a session with no coachee, whoever the panel names.
        person = self._current_coachee() or self.panel.commitment_person()
        if not person:
            self.panel.ask_whose(
                _tr("Whose commitment is it? No coachee was named: type their name.")
            )
            return
        why = refusal(text, _tr("A commitment"), limit=MAX_NOTE_CHARS) or refusal(
            person, _tr("The name of who commits"), limit=MAX_NAME_CHARS, name=True
        )
        if why:
            self.panel.show_problem(why, "commitment")
            return
        self.panel.show_problem("", "commitment")
        self.panel.clear_commitment_entry()
        self._submit_pledge(PledgeOnRecord(record, person, text, self.clock.now(), due))

    def _submit_pledge(self, pledge: PledgeOnRecord) -> None:
        self._pledges_unwritten.add(pledge)
        self.writer.submit(
            pledge.write,
            lambda commitment: self._commitment_written(pledge, commitment),
            lambda exc: self._commitment_failed(pledge, exc),
        )

    def _commitment_written(self, pledge: PledgeOnRecord, commitment: Commitment) -> None:
        self._pledges_unwritten.discard(pledge)
        self._saved(pledge)
        if pledge.record is self._record:
            self.commitments.append(commitment)
            self.panel.set_commitments(self.commitments)

    def _commitment_failed(self, pledge: PledgeOnRecord, exc: Exception) -> None:
        self._pledges_unwritten.discard(pledge)
        if isinstance(exc, ValueError):  # refused: back in its field, in words
            if self._open and not self.panel.commit_edit.text():
                self.panel.commit_edit.setText(pledge.text)
            self.panel.show_problem(say(exc), "commitment")
            return
        self._pledges_failed.add(pledge)
        self._keep_unsaved(pledge, pledge.label(), say(exc))
        self._retry_timer.start()

    def _current_coachee(self) -> str:
        """Whose commitment it is: the coachee of this phase (the last one named, in a shared
        session's whole-group phases), else the session's first coachee."""
        run = self.controller.run
        if run is not None:
            for phase in reversed(run.phases[: run.index + 1]):
                if phase.coachee:
                    return phase.coachee
            if run.plan.coachees:
                return run.plan.coachees[0]
        coachees = self.context().coachees
        return coachees[0] if coachees else ""

    def set_commitments(self, commitments: list[Commitment]) -> None:
        self.commitments = list(commitments)
        self.panel.set_commitments(self.commitments)
