"""Commitments made during a session: whose they are, checked, handed to the writer."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication

from cocoach_desktop.domain.records import Commitment
from cocoach_desktop.platform.problem_words import say
from cocoach_desktop.recording.qt.recorder_state import RecorderState
from cocoach_desktop.recording.qt.refusals import commitment_refusal
from cocoach_desktop.recording.services.live_records import PledgeOnRecord


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
        why = commitment_refusal(text, person, _tr("A commitment"), _tr("The name of who commits"))
        if why:
            self.panel.show_problem(why, "commitment")
            return
        self.panel.show_problem("", "commitment")
        self.panel.clear_commitment_entry()
        pledge = PledgeOnRecord(record, person, text, self.clock.now(), due)
        self.live.note_writes.submit_pledge(pledge)

    def commitment_written(self, pledge: PledgeOnRecord, commitment: Commitment) -> None:
        self._saved(pledge)
        if pledge.record is self._record:
            self.commitments.append(commitment)
            self.panel.set_commitments(self.commitments)

    def commitment_failed(self, pledge: PledgeOnRecord, exc: Exception, refused: bool) -> None:
        if refused:  # back in its field, in words (the service does not try it again)
            if self._open and not self.panel.commit_edit.text():
                self.panel.commit_edit.setText(pledge.text)
            self.panel.show_problem(say(exc), "commitment")
            return
        self._keep_unsaved(pledge, pledge.label(), say(exc))

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
