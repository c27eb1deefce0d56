"""The projector's screens in words: waiting for the start, the running phase, "Thank you"."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from cocoach_desktop.platform.timefmt import clock_text
from cocoach_desktop.timer.model.display import DisplayState, RoomView
from cocoach_desktop.timer.qt.projector_layout import RoomLayout
from cocoach_desktop.timer.qt.room_parts import local_hhmm


def _tr(text: str) -> str:
    return QCoreApplication.translate("PresentationWindow", text)


class RoomScreens(RoomLayout):
    """Each label's text for the state shown (the projector window renders them)."""

    def _texts(self, state: DisplayState | None) -> dict[QLabel, str]:
        texts = dict.fromkeys(self._state_labels(), "")
        if state is None:
            texts[self.time_label] = _tr("Waiting to start")
        elif state.view is RoomView.WAITING:
            texts.update(self._waiting_texts(state))
        elif state.view is RoomView.FINISHED:
            texts.update(self._finished_texts(state))
        else:
            texts.update(self._session_texts(state))
        return texts

    def _waiting_texts(self, state: DisplayState) -> dict[QLabel, str]:
        """The calm screen before a session: what, when, and the time now. No countdown."""
        waiting = _tr("Waiting to start")
        texts = {
            self.phase_label: state.protocol_name or waiting,
            self.time_label: local_hhmm(state.now) if state.now is not None else waiting,
        }
        if state.planned_start is not None:
            texts[self.speaker_label] = _tr("Starting at {time}").format(
                time=local_hhmm(state.planned_start)
            )
        elif state.protocol_name:
            texts[self.speaker_label] = waiting
        starts_in = state.starts_in
        if starts_in is not None and starts_in > 0 and state.now is not None:
            # Counting down to the start, the countdown is the big number and the time of
            # day goes under it in words: two big clocks side by side would be misread.
            assert state.planned_start is not None
            texts[self.speaker_label] = _tr("Starts in")
            texts[self.time_label] = clock_text(math.ceil(starts_in))
            texts[self.alert_label] = _tr("Starting at {time} · it is {now} now").format(
                time=local_hhmm(state.planned_start), now=local_hhmm(state.now)
            )
        elif starts_in is not None:
            texts[self.alert_label] = _tr("Starting shortly")
        if state.phase_name:
            texts[self.next_label] = _tr("First: {phase}").format(phase=state.phase_name)
        return texts

    def _finished_texts(self, state: DisplayState) -> dict[QLabel, str]:
        """The end: thanks, how long it took and when it ended. Nothing of any phase."""
        return {
            self.header_label: state.protocol_name,
            self.time_label: _tr("Thank you"),
            self.alert_label: _tr("The session took {length}").format(
                length=clock_text(state.session_seconds)
            ),
            self.next_label: _tr("Ended at {time}").format(time=local_hhmm(state.projected_end)),
        }

    def _session_texts(self, state: DisplayState) -> dict[QLabel, str]:
        header = _tr("{protocol} · phase {index} of {count}").format(
            protocol=state.protocol_name, index=state.phase_index + 1, count=state.phase_count
        )
        if state.next_phase_name:
            upcoming = _tr("Next: {phase}").format(phase=state.next_phase_name)
        else:
            upcoming = _tr("Next: the end of the session")
        clock = self._clock and state.now is not None
        return {
            self.header_label: header,
            self.clock_label: local_hhmm(state.now) if clock and state.now else "",
            self.phase_label: state.phase_name,
            self.speaker_label: state.speaker,
            self.time_label: state.time_text,
            self.alert_label: _tr("❚❚ Paused") if state.paused else state.alert_text,
            self.rule_label: state.rule,
            self.reminder_label: (
                _tr("Ask, don’t tell") if self._reminder and state.ask_dont_tell else ""
            ),
            self.prompt_label: f"“{self._prompt}”" if self._prompt else "",
            self.next_label: upcoming,
        }
