"""The ``cocoach`` commands that need no window, for scripts and SSH.

``cocoach export|import|backup|search`` work on the archive, and ``cocoach check`` runs the
advice check.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from cocoach_desktop import __version__
from cocoach_desktop.domain.records import SNIPPET_END, SNIPPET_START, SessionFilter
from cocoach_desktop.exchange.model.coachee_copy import CoacheeNeededError, for_coachee
from cocoach_desktop.exchange.model.csv_export import sessions_csv
from cocoach_desktop.exchange.model.exchange import (
    ImportData,
    ImportFormatError,
    dumps,
    parse_json_document,
    person_document,
    to_json_document,
)
from cocoach_desktop.exchange.model.session_document import session_markdown
from cocoach_desktop.platform import paths
from cocoach_desktop.platform.clock import utc_now
from cocoach_desktop.platform.formatting import date_and_time
from cocoach_desktop.storage import ARCHIVE_FILE

if TYPE_CHECKING:  # SQLAlchemy loads only for the commands that open the archive
    from cocoach_desktop.storage.archive import Archive

FORMATS = ("json", "csv", "md", "pdf")


class CommandError(Exception):
    """Something the user can fix, said in plain words (exit status 1)."""


def add_subcommands(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    export = sub.add_parser(
        "export",
        help="write sessions to a file (JSON, CSV, Markdown or PDF)",
        description=(
            "Export the archive, a filtered part of it, one session or everything about one "
            "person. Files are written whole or not at all."
        ),
    )
    export.add_argument("--format", choices=FORMATS, help="default: from the file's extension")
    export.add_argument("-o", "--output", metavar="FILE", help="where to write ('-': stdout)")
    export.add_argument("--session", type=int, metavar="ID", help="one session (md and pdf)")
    export.add_argument("--person", metavar="NAME", help="everything about one person (json)")
    export.add_argument("--from", dest="date_from", type=_day, metavar="YYYY-MM-DD")
    export.add_argument("--to", dest="date_to", type=_day, metavar="YYYY-MM-DD")
    export.add_argument("--group", default="", help="only this team's sessions")
    export.add_argument("--protocol", default="", metavar="ID", help="only this protocol")
    export.add_argument("--tag", default="", help="only sessions with this tag")
    export.add_argument(
        "--for-coachee",
        action="store_true",
        help="leave out private notes (for handing to the coachee)",
    )
    export.add_argument(
        "--coachee",
        metavar="NAME",
        help="with --for-coachee, for a session shared by several: whose copy (only their part)",
    )
    imp = sub.add_parser(
        "import",
        help="add the sessions of a JSON export to the archive",
        description=(
            "Check the whole file first; add everything in one go, or nothing. On a machine "
            "with no archive yet, the archive is created first."
        ),
    )
    imp.add_argument("file", metavar="FILE")
    imp.add_argument("--check", action="store_true", help="only check the file; change nothing")
    backup = sub.add_parser(
        "backup",
        help="back up the archive now, list backups, restore one, or set a damaged one aside",
        description=(
            "Without options: take a verified backup now. Backups live in the 'backups' "
            "folder beside the archive."
        ),
    )
    what = backup.add_mutually_exclusive_group()
    what.add_argument("--list", action="store_true", help="list the backups, newest first")
    what.add_argument(
        "--restore",
        metavar="FILE",
        help="restore this backup (the archive as it is is saved first, so it can be undone)",
    )
    what.add_argument(
        "--set-aside",
        action="store_true",
        help=(
            "rename a damaged archive (with its -wal and -shm) to cocoach.sqlite3.damaged, "
            "kept, so a backup can be restored in its place"
        ),
    )
    search = sub.add_parser(
        "search",
        help="search notes, commitments, topics and names",
        description="Full-text search of the whole archive; every word must match.",
    )
    search.add_argument("query", nargs="+", metavar="QUERY")
    search.add_argument("--limit", type=int, default=20, help="at most this many results")
    check = sub.add_parser(
        "check",
        help="is it advice, a closed or an open question? with open questions to ask instead",
        description=(
            "The advice check the app runs as you type, for one utterance or a file of them. "
            "It says advice, closed or open, the words that decided it, and up to three open "
            "questions to ask instead. Nothing leaves the machine."
        ),
        epilog=(
            'JSON lines look like {"id": "q1", "text": "Have you tried a seating plan?"}; '
            '--eval also needs a "label" (advice, closed or open) on each line. A line that '
            "cannot be read is named on stderr and the others are still checked (exit status 1)."
        ),
    )
    check.add_argument("text", nargs="*", metavar="TEXT", help="what a coach might say")
    way = check.add_mutually_exclusive_group()
    way.add_argument(
        "--jsonl", metavar="FILE", help="check every JSON line of FILE ('-': stdin); print JSON"
    )
    way.add_argument(
        "--eval",
        metavar="FILE",
        help="measure the check against the labels in FILE: precision, recall, F1, accuracy",
    )


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date like 2026-11-22") from None


def run_command(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Run a subcommand; problems go to stderr in plain words, with exit status 1."""
    out = out or sys.stdout
    if args.command == "check":
        # The advice check needs no archive (and no SQLAlchemy): it must be quick.
        from cocoach_desktop.advice.check_command import run_check

        return run_check(args, out)
    from cocoach_desktop.storage.backup import BackupError
    from cocoach_desktop.storage.db import ArchiveDamagedError, ArchiveOpenError

    try:
        if args.command == "backup" and args.restore:
            return _restore(Path(args.restore), out)
        if args.command == "backup" and args.set_aside:
            return _set_aside(out)
        if args.command == "backup" and args.list:
            return _list_backups(_live(), out)  # needs no archive: works when it is damaged
        if args.command == "import" and args.check:
            return _check_import(args, out)  # only reads the file: no archive needed
        live = _live()
        if args.command != "import" and not live.exists():
            # Reading an archive that is not there finds nothing; it is never created for it.
            return _no_archive(args, live, out)
        created = not live.exists()
        if created:
            _read_import(Path(args.file))  # a file that cannot be read creates nothing
        archive = _open()  # an import creates the archive if there is none yet
        done = False
        try:
            handler = {
                "export": _export,
                "import": _import,
                "backup": _backup,
                "search": _search,
            }[args.command]
            status = handler(archive, args, out)
            done = True
            return status
        finally:
            archive.engine.dispose()
            if created and not done:
                _remove_archive(live)  # "nothing was imported": and nothing was made either
    except ArchiveDamagedError as exc:
        # What to do next, in this command line's own terms.
        print(f"cocoach {args.command}: {exc.problem} {_damaged_advice()}", file=sys.stderr)
        return 1
    except (CommandError, ArchiveOpenError, BackupError) as exc:
        print(f"cocoach {args.command}: {exc}", file=sys.stderr)
        return 1


def _live() -> Path:
    return paths.data_dir() / ARCHIVE_FILE


SET_ASIDE_COMMAND = "cocoach backup --set-aside"


def _damaged_advice() -> str:
    """The next steps for a damaged archive, naming only a backup that exists."""
    from cocoach_desktop.storage.backup import backups_folder, newest_good_backup

    advice = f"It was left untouched. Run `{SET_ASIDE_COMMAND}` to rename it aside (it is kept)"
    if newest_good_backup(backups_folder(_live())) is None:
        return f"{advice}; with no good backup to restore, Cocoach then starts a new archive."
    return f"{advice}, then `cocoach backup --restore FILE` (`cocoach backup --list` lists them)."


def _remove_archive(live: Path) -> None:
    """Take away an archive this command created and could not fill (with its WAL files)."""
    from cocoach_desktop.storage.backup import remove_with_companions

    remove_with_companions(live)


def _open() -> Archive:
    """The archive, opened and brought up to date; created through the migrations if new."""
    from cocoach_desktop.storage.archive import Archive
    from cocoach_desktop.storage.db import open_archive

    return Archive(open_archive(_live()))


def _no_archive(args: argparse.Namespace, live: Path, out: TextIO) -> int:
    """``search``, ``export`` and ``backup`` with no archive yet: say so; nothing is wrong."""
    where = live.parent
    if args.command == "search":
        print(f"There is no archive in {where} yet, so nothing matches.", file=out)
        return 0
    if args.command == "backup" and args.list:
        return _list_backups(live, out)
    if args.command == "backup":
        print(f"There is no archive in {where} yet, so there is nothing to back up.", file=out)
        return 0
    # export: the file is not written (a script finds no file rather than an empty export).
    print(
        f"There is no archive in {where} yet, so there is nothing to export; no file was written.",
        file=sys.stderr,
    )
    return 0


def _now() -> datetime:
    return utc_now()


# ----- export ----------------------------------------------------------------------------


def _export(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
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
            summaries = archive.list_sessions(where, limit=archive.count_sessions(where) or 1)
            data = sessions_csv(summaries).encode()
        elif args.person:
            details = archive.details(where, person=args.person)
            if not details and archive.person_named(args.person) is None:
                raise CommandError(f"nobody called {args.person!r} is in the archive")
            document = person_document(
                args.person,
                details,
                archive.all_topics(),  # narrowed to theirs
                exported=_now(),
                app_version=__version__,
                include_private=include_private,
            )
            data = dumps(document).encode()
        else:
            details = (
                [archive.session(args.session)]
                if args.session is not None
                else archive.details(where)
            )
            everything = args.session is None and where == SessionFilter()
            topics = archive.export_topics(None if everything else [d.id for d in details])
            if args.session is not None and args.for_coachee:
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
                exported=_now(),
                include_private=include_private,
                app_version=__version__,
            )
            data = dumps(document).encode()
    except RecordNotFoundError:
        raise CommandError(f"there is no session {args.session}") from None
    _write(args.output, data, out)
    return 0


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


# ----- import ----------------------------------------------------------------------------


def _read_import(path: Path) -> ImportData:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CommandError(f"{path} could not be read: {exc}") from exc
    try:
        return parse_json_document(text)
    except ImportFormatError as exc:
        raise CommandError(f"nothing was imported.\n{exc}") from exc


def _topic_count(data: ImportData) -> int:
    """Every topic in the file once, whether given in its session, on its own, or both."""
    nested = {t.id for d in data.sessions for t in d.topics}
    return sum(len(d.topics) for d in data.sessions) + sum(
        1 for t in data.topics if t.id not in nested
    )


def _check_import(args: argparse.Namespace, out: TextIO) -> int:
    path = Path(args.file)
    data = _read_import(path)
    print(
        f"{path}: fine. {len(data.sessions)} session(s) and {_topic_count(data)} topic(s) "
        "would be added.",
        file=out,
    )
    return 0


def _import(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
    path = Path(args.file)
    data = _read_import(path)
    try:
        added = archive.import_details(data.sessions, data.topics)
    except ValueError as exc:
        raise CommandError(f"nothing was imported: {exc}") from exc
    print(
        f"Imported {added} session(s) and {_topic_count(data)} topic(s) from {path} "
        f"into {_live()}.",
        file=out,
    )
    return 0


# ----- backups ---------------------------------------------------------------------------


def _backup(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
    from cocoach_desktop.storage.backup import backups_folder, make_backup

    if args.list:
        return _list_backups(_live(), out)
    path = make_backup(archive.engine, backups_folder(_live()), _now())
    print(f"Backed up to {path}", file=out)
    return 0


def _list_backups(live: Path, out: TextIO) -> int:
    from cocoach_desktop.storage.backup import backups_folder, list_backups

    folder = backups_folder(live)
    backups = list_backups(folder)
    if not backups:
        print(f"No backups yet in {folder}.", file=out)
    for b in backups:
        when = date_and_time(b.taken.astimezone())
        print(f"{when}  {b.size // 1024:>7} KB  {b.path}", file=out)
    return 0


def _restore(backup: Path, out: TextIO) -> int:
    # Only with the app closed: it holds the archive's lock while it runs.
    from cocoach_desktop.platform.qt.single_instance import SingleInstance
    from cocoach_desktop.storage.archive import Archive
    from cocoach_desktop.storage.backup import LiveDamagedError, restore_backup
    from cocoach_desktop.storage.db import ArchiveOpenError, check_archive_file, open_archive

    live = _live()
    lock = SingleInstance(live.parent)
    if not lock.acquire(listen=False):
        raise CommandError("close the Cocoach app first: it has this archive open")
    try:
        if not backup.is_file():
            raise CommandError(f"there is no backup file {backup}")
        try:
            check_archive_file(backup)  # another database must never replace the archive
        except ArchiveOpenError as exc:
            raise CommandError(str(exc)) from exc  # about the backup, not the archive
        try:
            saved = restore_backup(backup, live, _now())
        except LiveDamagedError as exc:
            raise CommandError(
                f"{exc} Run `{SET_ASIDE_COMMAND}` first (the damaged archive is kept), "
                "then restore again."
            ) from exc
        Archive(open_archive(live)).engine.dispose()  # it opens and migrates: it is usable
    finally:
        lock.release()
    print(f"Restored {backup}.", file=out)
    if saved is not None:
        print(f"The archive as it was is kept as {saved}: restore that to undo.", file=out)
    return 0


def _set_aside(out: TextIO) -> int:
    """Rename a damaged archive aside, with its companions, as the app does; never a good one."""
    from cocoach_desktop.platform.qt.single_instance import SingleInstance
    from cocoach_desktop.storage.backup import (
        SIDECARS,
        backups_folder,
        newest_good_backup,
        set_aside_damaged,
    )
    from cocoach_desktop.storage.db import ArchiveDamagedError, check_archive_file

    live = _live()
    lock = SingleInstance(live.parent)
    if not lock.acquire(listen=False):
        raise CommandError("close the Cocoach app first: it has this archive open")
    try:
        if not live.exists():
            print(f"There is no archive in {live.parent}, so nothing was set aside.", file=out)
            return 0
        try:
            check_archive_file(live)  # only reads it
        except ArchiveDamagedError:
            pass  # damaged: set it aside
        else:
            raise CommandError(
                f"the archive {live} is not damaged, so it was not set aside. To go back to a "
                "backup, use --restore FILE (the archive as it is is saved first)."
            )
        # A busy or unreadable archive is not damaged: check_archive_file raised that above.
        companions = [s for s in SIDECARS if Path(f"{live}{s}").exists()]
        aside = set_aside_damaged(live)
    finally:
        lock.release()
    plural = "s" if len(companions) > 1 else ""
    also = f" (its {' and '.join(companions)} file{plural} went with it)" if companions else ""
    print(f"The damaged archive was renamed to {aside}{also}; it is kept.", file=out)
    backup = newest_good_backup(backups_folder(live))
    if backup is None:
        print(
            "There is no good backup to restore: the next start of Cocoach begins a new, "
            "empty archive.",
            file=out,
        )
    else:
        when = date_and_time(backup.taken.astimezone())
        print(
            f"To restore the newest good backup, of {when}: cocoach backup --restore {backup.path}",
            file=out,
        )
    return 0


# ----- search ----------------------------------------------------------------------------


def _search(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
    query = " ".join(args.query)
    hits = archive.search(query, limit=max(1, args.limit))
    bold = out.isatty() if hasattr(out, "isatty") else False
    start, end = ("\x1b[1m", "\x1b[0m") if bold else ("[", "]")
    if not hits:
        print(f"Nothing matches {query!r}.", file=out)
        return 0
    for hit in hits:
        snippet = " ".join(hit.snippet.split()).replace(SNIPPET_START, start)
        snippet = snippet.replace(SNIPPET_END, end)
        where = f"session {hit.session_id}" if hit.session_id is not None else hit.kind.value
        print(f"{hit.kind.value:<10} {where:<12} {hit.title}", file=out)
        print(f"           {snippet}", file=out)
    return 0
