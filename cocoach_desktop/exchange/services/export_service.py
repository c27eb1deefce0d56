"""The archive's exports: JSON, CSV, one person's all, one session's document.

The whole archive (or the filtered list) as JSON, the list as CSV, everything about one
person, one session for the coachee or complete. Plain Python over the archive's export
port; each method returns the file's text and the window writes it
(``archive/qt/archive_exports.py``, on a worker thread). A cancelled export returns None:
the window then says that no file was written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from cocoach_desktop import __version__
from cocoach_desktop.domain.ports.exchange import ExportReads
from cocoach_desktop.domain.ports.sessions import Cancelled, Progress
from cocoach_desktop.domain.records import PersonPage, SessionDetail, SessionFilter
from cocoach_desktop.exchange.model import csv_export, exchange, session_document
from cocoach_desktop.exchange.model.exchange import local_time
from cocoach_desktop.platform.formatting import iso_date


def _never() -> bool:
    return False


def safe_name(text: str) -> str:
    """A file name with no characters that some file systems refuse."""
    cleaned = "".join("-" if ch in '<>:"/\\|?*' or ord(ch) < 32 else ch for ch in text)
    return cleaned.strip(" .") or "export"


@dataclass(frozen=True)
class SessionExport:
    """One session's document: its Markdown text, and the file name it is offered under."""

    text: str
    stem: str


def session_markdown(
    detail: SessionDetail, include_private: bool, tz: tzinfo | None, coachee: str | None = None
) -> str:
    """The one place a session's Markdown is asked for."""
    return session_document.session_markdown(
        detail, include_private=include_private, tz=tz, coachee=coachee
    )


def file_stem(detail: SessionDetail, tz: tzinfo | None) -> str:
    """The session's day and coachees, as a file name."""
    started = detail.summary.started
    day = iso_date(local_time(started, tz).date()) if started else "session"
    who = "-".join(detail.summary.coachees) or "session"
    return safe_name(f"{day} {who}")


class ExportService:
    """Makes the text of each export from what the archive holds."""

    def __init__(self, archive: ExportReads, app_version: str = __version__) -> None:
        self.archive = archive
        self.app_version = app_version

    def session(
        self,
        detail: SessionDetail,
        complete: bool,
        tz: tzinfo | None,
        coachee: str | None = None,
    ) -> SessionExport:
        """A session for the coachee (only their part of a shared one) or complete (with the
        private notes), as Markdown; the PDF is made of the same text."""
        text = session_markdown(detail, complete, tz, coachee)
        stem = file_stem(detail, tz) + ("" if complete else " (for the coachee)")
        if coachee is not None:
            stem = safe_name(f"{file_stem(detail, tz)} (for {coachee})")
        return SessionExport(text, stem)

    def archive_json(
        self,
        where: SessionFilter,
        exported: datetime,
        progress: Progress | None = None,
        cancelled: Cancelled = _never,
        *,
        include_private: bool = True,
    ) -> str | None:
        """Every session ``where`` shows, whole, as the versioned JSON document (without the
        private notes when not ``include_private``)."""
        details = self.archive.details(where, progress=progress, cancelled=cancelled)
        # Every topic, linked to where it was noted and dealt with (see export_topics).
        everything = where == SessionFilter()
        topics = self.archive.export_topics(None if everything else [d.id for d in details])
        document = exchange.to_json_document(
            details,
            topics,
            exported=exported,
            include_private=include_private,
            app_version=self.app_version,
        )
        text = exchange.dumps(document)
        return None if cancelled() else text

    def sessions_csv(
        self, where: SessionFilter, tz: tzinfo | None, cancelled: Cancelled = _never
    ) -> str | None:
        """The list ``where`` shows, one row per session, as CSV for a spreadsheet."""
        total = self.archive.count_sessions(where)
        summaries = self.archive.list_sessions(where, limit=max(1, total))
        text = csv_export.sessions_csv(summaries, tz)
        return None if cancelled() else text

    def person(self, person_id: int) -> PersonPage:
        """The person's page (LookupError, in words, when they are no longer there)."""
        return self.archive.person_page(person_id)

    def person_json(
        self,
        page: PersonPage,
        exported: datetime,
        progress: Progress | None = None,
        cancelled: Cancelled = _never,
    ) -> str | None:
        """Everything about one person as JSON (a copy for them, or for a data request)."""
        name = page.person.name
        details = self.archive.details(person=name, progress=progress, cancelled=cancelled)
        document = exchange.person_document(
            name, details, page.topics, exported=exported, app_version=self.app_version
        )
        text = exchange.dumps(document)
        return None if cancelled() else text
