"""``cocoach export``: sessions to JSON, CSV, Markdown or PDF, written whole or not at all."""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from cocoach_desktop import __version__
from cocoach_desktop.commands.common import (
    FORMATS,
    CommandError,
    now_utc,
)
from cocoach_desktop.domain.records import SessionFilter
from cocoach_desktop.exchange.model.coachee_copy import CoacheeNeededError, for_coachee
from cocoach_desktop.exchange.model.exchange import (
    dumps,
    person_document,
    to_json_document,
)
from cocoach_desktop.exchange.model.session_document import session_markdown
from cocoach_desktop.exchange.services.export_service import ExportService

if TYPE_CHECKING:  # SQLAlchemy loads only for the commands that open the archive
    from cocoach_desktop.storage.archive import Archive


def export_sessions(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
    from cocoach_desktop.storage.archive import RecordNotFoundError

    fmt = args.format or _format_from(args.output)
    include_private = not args.for_coachee
    where = SessionFilter(
        date_from=args.date_from,
        date_to=args.date_to,
        group=args.group,
        protocol_id=args.protocol,
        tag=args.tag,
    )
    if args.session is not None and fmt not in ("md", "pdf", "json"):
        raise CommandError(f"--session works with md, pdf and json, not {fmt}")
    if args.session is not None and args.person:
        raise CommandError("choose --session or --person, not both")
    try:
        if fmt in ("md", "pdf"):
            if args.session is None:
                raise CommandError(f"--format {fmt} exports one session: add --session ID")
            detail = archive.session(args.session)
            try:
                text = session_markdown(
                    detail, include_private=include_private, coachee=args.coachee
                )
            except CoacheeNeededError as exc:
                raise CommandError(f"{exc} Add --coachee NAME.") from exc
            if fmt == "md":
                data = text.encode()
            else:
                data = _pdf(text, f"{detail.summary.protocol_name} — session {detail.id}")
        elif fmt == "csv":
            if args.person:  # the sessions they took part in, in any role
                where = replace(where, person=args.person)
            data = _text(ExportService(archive).sessions_csv(where, None))
        elif args.person:
            details = archive.details(where, person=args.person)
            if not details and archive.person_named(args.person) is None:
                raise CommandError(f"nobody called {args.person!r} is in the archive")
            document = person_document(
                args.person,
                details,
                archive.all_topics(),  # narrowed to theirs
                exported=now_utc(),
                app_version=__version__,
                include_private=include_private,
            )
            data = dumps(document).encode()
        elif args.session is None:  # what the filters show, as the archive window exports it
            exports = ExportService(archive)
            data = _text(exports.archive_json(where, now_utc(), include_private=include_private))
        else:
            details = [archive.session(args.session)]
            topics = archive.export_topics([details[0].id])
            if args.for_coachee:
                # One session for its coachee: their part only, and only their own topics.
                try:
                    details = [for_coachee(details[0], args.coachee)]
                except CoacheeNeededError as exc:
                    raise CommandError(f"{exc} Add --coachee NAME.") from exc
                mine = {t.id for t in (*details[0].topics, *details[0].dealt_topics)}
                topics = [t for t in topics if t.id in mine]
            document = to_json_document(
                details,
                topics,
                exported=now_utc(),
                include_private=include_private,
                app_version=__version__,
            )
            data = dumps(document).encode()
    except RecordNotFoundError:
        raise CommandError(f"there is no session {args.session}") from None
    _write(args.output, data, out)
    return 0


def _text(text: str | None) -> bytes:
    """An export's text as the file's bytes (nothing cancels a command-line export)."""
    assert text is not None
    return text.encode()


def _format_from(output: str | None) -> str:
    suffix = Path(output).suffix.lower().lstrip(".") if output and output != "-" else ""
    if suffix == "markdown":
        suffix = "md"
    return suffix if suffix in FORMATS else "json"


def _pdf(markdown: str, title: str) -> bytes:
    # A PDF needs fonts, hence a GUI application, but never a screen.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    from cocoach_desktop.exchange.qt.pdf import pdf_bytes

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    return pdf_bytes(markdown, title)


def _write(output: str | None, data: bytes, out: TextIO) -> None:
    if not output or output == "-":
        if hasattr(out, "buffer"):
            out.buffer.write(data)
            out.flush()
        else:
            out.write(data.decode())
        return
    from cocoach_desktop.exchange.qt.export_files import save_atomically

    try:
        save_atomically(Path(output), data)
    except OSError as exc:
        raise CommandError(str(exc)) from exc
    print(f"Wrote {output} ({len(data):,} bytes)", file=sys.stderr)
