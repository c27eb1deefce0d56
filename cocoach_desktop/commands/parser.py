"""The ``cocoach`` subcommands' arguments, as argparse reads them."""

from __future__ import annotations

import argparse
from datetime import date

from cocoach_desktop.commands.common import FORMATS


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
