"""Notes typed during a session: handed to the writer, tried again, kept when refused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cocoach_desktop.domain.records import Note, Visibility
from cocoach_desktop.platform.problem_words import say
from cocoach_desktop.recording.qt.recorder_state import RecorderState
from cocoach_desktop.recording.qt.refusals import note_refusal
from cocoach_desktop.recording.services.live_records import NoteOnRecord
from cocoach_desktop.timer.model.session import RunState


def _tr(text: str) -> str:
    return QCoreApplication.translate("SessionRecorder", text)


class NoteTaking(RecorderState):
    """The recorder's notes: the one being typed, the ones filed, and their writes."""

    def _kept(self) -> bool:
        """The note on screen is not on disk (refused, or its write failed): it stays.

        It still belongs to the session it was begun in, and goes there once written.
        """
        return self._refused or (self._cell is not None and self._cell in self._failed)

    @property
    def _failed(self) -> set[NoteOnRecord]:
        """The notes whose last write failed (the service tries them again)."""
        return self.live.note_writes.failed

    def _draft_edited(self) -> None:
        if not self._open:
            return
        if self._cell is None:
            self._cell = self._new_cell()
        self.saves.touch()
        self._arm()

    def _new_cell(self) -> NoteOnRecord:
        """A note belongs to the phase and moment it was begun in."""
        cell = NoteOnRecord(record=self._record)
        run = self.controller.run
        cell.started = True
        cell.created = self.clock.now()
        if run is not None and run.state is not RunState.NOT_STARTED:
            cell.phase_index = run.index
            cell.phase_name = run.current.name
            cell.session_seconds = run.session_elapsed()
        return cell

    def _arm(self) -> None:
        wait = self.saves.seconds_until_due()
        if wait is not None:
            self._save_timer.start(max(0, round(wait * 1000)))

    def save_if_due(self) -> None:
        if self.saves.due():
            self.flush()
        else:
            self._arm()

    def flush(self) -> bool:
        """Hand the note being typed to the writer. False when it was refused (too long,
        or no archive to take it): then it stays on screen and in a recovery file."""
        self._save_timer.stop()
        cell = self._cell
        if cell is None or (
            not self.saves.dirty and not self._refused and cell not in self._failed
        ):
            self.saves.saved()
            return not self._refused
        text = self.panel.draft_text()
        visibility = self.panel.draft_visibility()
        self.saves.saved()
        if not text.strip():
            # Never write an empty note over a written one: clearing the box is not deleting.
            if self._refused:
                self._refused = False
                self._saved(cell)
            if cell.id is not None or cell.wanted is not None:
                self.panel.set_status(_tr("Empty: the saved note is kept as it was"))
            return True
        why = note_refusal(text, _tr("This note"))
        if why:  # e.g. a note too long: say so, keep the text
            self._refused = True
            self.panel.show_problem(why)
            self._keep_unsaved(cell, text, why)
            return False
        self._refused = False
        self.panel.show_problem("")
        if self._record is None or self.live.archive is None:
            self._keep_unsaved(cell, text, _tr("the archive is not open"))
            return False
        with cell.lock:
            if (text, visibility) == cell.wanted and cell not in self._failed:
                if cell.written == cell.wanted:
                    self._saved(cell)  # e.g. a refused text shortened back to the saved one
                return True  # already on its way, or on disk
            cell.wanted = (text, visibility)
            if cell.queued:
                return True
            cell.queued = True
        self.live.note_writes.submit_note(cell)
        return True

    def saving(self) -> None:
        self.panel.set_status(_tr("Saving…"))

    def note_written(self, cell: NoteOnRecord, note: Note | None) -> None:
        current = cell.record is not None and cell.record is self._record
        if note is not None and current:
            if any(n.id == note.id for n in self.notes):
                self.notes = [note if n.id == note.id else n for n in self.notes]
            else:
                self.notes.append(note)
            self.panel.set_notes(self.notes)
        # All of it is on disk (a refused text on screen is still unsaved):
        if cell.written == cell.wanted and not (self._refused and cell is self._cell):
            self._saved(cell)

    def note_failed(self, cell: NoteOnRecord, exc: Exception, refused: bool) -> None:
        text = cell.wanted[0] if cell.wanted is not None else ""
        self._keep_unsaved(cell, text, say(exc))
        if refused:  # trying again would be refused again (the service does not)
            self.panel.show_problem(say(exc))

    def file_note(self) -> None:
        """Ctrl+Enter: keep this note and start a fresh one."""
        if not self._open:
            return
        failed = self._cell is not None and self._cell in self._failed
        if self.flush() and not failed:
            # Handed to the writer: should the write fail, the text is kept in memory and in
            # the recovery file, tried again, and the banner stays until it is written.
            self._cell = None
            self.panel.load_draft("", Visibility.PRIVATE)

    def edit_note(self, note_id: int) -> None:
        """Bring a filed note back into the editor to add to it (with any words of it the
        archive has not taken yet: they are the newest)."""
        note = next((n for n in self.notes if n.id == note_id), None)
        if note is None or self._record is None or not self.flush():
            return
        cells = self.live.note_writes.cells
        cell = cells.get(note_id)
        if cell is None or cell.record is not self._record:
            shown = (note.text, note.visibility)
            cell = NoteOnRecord(
                record=self._record,
                phase_index=note.phase_index,
                phase_name=note.phase_name,
                session_seconds=note.session_seconds,
                created=note.created,
                id=note.id,
                wanted=shown,
                written=shown,
                started=True,
            )
            cells[note_id] = cell
        self._cell = cell
        text, visibility = cell.wanted or (note.text, note.visibility)
        self.panel.load_draft(text, visibility)
        self.panel.editor.setFocus()
