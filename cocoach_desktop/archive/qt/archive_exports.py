"""The archive window's exports (a part of ArchiveWindow): a session, the list, a person."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog

from cocoach_desktop.archive.qt.window_part import WindowPart
from cocoach_desktop.domain.ports.people import PeoplePort
from cocoach_desktop.domain.ports.sessions import SessionReviewPort
from cocoach_desktop.domain.ports.topics import TopicsPort
from cocoach_desktop.domain.records import SessionDetail
from cocoach_desktop.exchange.qt.export_files import save_atomically
from cocoach_desktop.exchange.qt.pdf import write_pdf
from cocoach_desktop.exchange.services.export_service import (
    ExportService,
    safe_name,
    session_markdown,
)
from cocoach_desktop.platform.problem_words import say
from cocoach_desktop.platform.qt.background import BackgroundJob, Cancelled, Progress, run_job

if TYPE_CHECKING:
    from datetime import datetime, tzinfo

    from cocoach_desktop.archive.qt.archive_model import SessionListModel

__all__ = ["ArchiveExports", "ExportSource", "safe_name", "session_markdown"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("ArchiveWindow", text)


class ExportSource(SessionReviewPort, PeoplePort, TopicsPort, Protocol):
    """What the exports read: whole sessions, the list, a person's page, the topics."""


class ArchiveExports(WindowPart):
    """Saving the shown session, the filtered list or a person's all to a file the user picks."""

    if TYPE_CHECKING:  # what the window supplies
        archive: ExportSource
        exports: ExportService  # what makes each export's text
        model: SessionListModel
        _now: Callable[[], datetime]
        _tz: tzinfo | None
        # The archive's own error for an export the user cancelled (says nothing was written).
        cancelled_error: type[Exception]

        def ask_save_path(self, title: str, suggested: str, file_filter: str) -> Path | None: ...
        def show_problem(self, text: str) -> None: ...
        def clear_problem(self) -> None: ...
        def current_detail(self) -> SessionDetail | None: ...

    def _save(
        self, title: str, suggested: str, file_filter: str, write: Callable[[Path], None]
    ) -> Path | None:
        path = self.ask_save_path(title, suggested, file_filter)
        if path is None:
            return None
        try:
            write(path)
        except (OSError, ValueError) as exc:
            self.show_problem(say(exc))
            return None
        self.clear_problem()
        self.statusBar().showMessage(_tr("Saved {path}").format(path=str(path)), 8000)
        return path

    # The export running now, if any (tests wait for it; a second one is refused).
    export_job: BackgroundJob | None = None

    def _save_in_background(
        self,
        title: str,
        suggested: str,
        file_filter: str,
        write: Callable[[Path, Progress, Cancelled], None],
        cancellable: bool,
    ) -> Path | None:
        """Like ``_save``, but ``write`` runs on a worker thread, with a progress dialog.

        Returns the chosen path at once; the file is there (written whole, atomically) when
        ``export_job`` has finished, and the status bar says so. None: nothing will be written.
        """
        path = self.ask_save_path(title, suggested, file_filter)
        if path is None:
            return None

        def work(progress: Progress, cancelled: Cancelled) -> Path:
            write(path, progress, cancelled)
            return path

        def done(_result: object) -> None:
            self.clear_problem()
            self.statusBar().showMessage(_tr("Saved {path}").format(path=str(path)), 8000)

        self.export_job = run_job(
            work,
            parent_window=self,
            title=title,
            label=_tr("Exporting to {name}…").format(name=path.name),
            cancellable=cancellable,
            on_done=done,
            on_error=self.show_problem,
        )
        return path if self.export_job is not None else None

    def ask_coachee(self, coachees: Sequence[str]) -> str | None:
        """Whose copy of a shared session to export (tests replace this)."""
        name, ok = QInputDialog.getItem(
            self,
            _tr("Export for one coachee"),
            _tr("This session was shared. Whose copy is it? It holds only their part."),
            list(coachees),
            0,
            False,
        )
        return name if ok and name else None

    def export_session(self, fmt: str, complete: bool = False) -> Path | None:
        """Export the shown session as ``md`` or ``pdf``, for the coachee or complete."""
        detail = self.current_detail()
        if detail is None:
            self.show_problem(_tr("Choose a session to export first."))
            return None
        coachee: str | None = None
        if not complete and len(detail.summary.coachees) > 1:
            # A shared session: each coachee is handed their own part, never another's.
            coachee = self.ask_coachee(detail.summary.coachees)
            if coachee is None:
                return None
        made = self.exports.session(detail, complete, self._tz, coachee)
        text, stem = made.text, made.stem
        title = (
            _tr("Export the complete session")
            if complete
            else _tr("Export the session for the coachee")
        )
        if fmt == "pdf":
            return self._save(
                title,
                stem + ".pdf",
                _tr("PDF files (*.pdf)"),
                lambda path: write_pdf(text, path, stem),
            )
        return self._save(
            title,
            stem + ".md",
            _tr("Markdown files (*.md)"),
            lambda path: save_atomically(path, text.encode("utf-8")),
        )

    def _text_writer(
        self, make: Callable[[Progress, Cancelled], str | None]
    ) -> Callable[[Path, Progress, Cancelled], None]:
        """Write what ``make`` returns (on the worker thread: only the archive, through its
        own connection, and plain values); None from it means the user cancelled."""
        stopped = _tr("Export cancelled: no file was written.")
        cancelled_error = self.cancelled_error

        def write(path: Path, progress: Progress, cancelled: Cancelled) -> None:
            text = make(progress, cancelled)
            if text is None:
                raise cancelled_error(stopped)
            save_atomically(path, text.encode("utf-8"))

        return write

    def export_archive_json(self) -> Path | None:
        """Every session the filter shows, whole, as the versioned JSON document."""

        where = self.model.filter
        exported = self._now()
        exports = self.exports
        return self._save_in_background(
            _tr("Export the archive as JSON"),
            "cocoach-archive.json",
            _tr("JSON files (*.json)"),
            self._text_writer(lambda p, c: exports.archive_json(where, exported, p, c)),
            cancellable=True,
        )

    def export_archive_csv(self) -> Path | None:
        """The list the filter shows, one row per session, as CSV for a spreadsheet."""

        where = self.model.filter
        exports, tz = self.exports, self._tz
        return self._save_in_background(
            _tr("Export the list as CSV"),
            "cocoach-sessions.csv",
            _tr("CSV files (*.csv)"),
            self._text_writer(lambda _p, c: exports.sessions_csv(where, tz, c)),
            cancellable=True,
        )

    def export_person(self, person_id: int) -> Path | None:
        """Everything about one person as JSON (a copy for them, or for a data request)."""
        try:
            page = self.exports.person(person_id)
        except LookupError as exc:
            self.show_problem(say(exc))
            return None
        name = page.person.name
        exported = self._now()
        exports = self.exports
        return self._save_in_background(
            _tr("Export everything about {name}").format(name=name),
            safe_name(f"cocoach {name}") + ".json",
            _tr("JSON files (*.json)"),
            self._text_writer(lambda p, c: exports.person_json(page, exported, p, c)),
            cancellable=True,
        )
