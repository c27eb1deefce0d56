"""``cocoach import``: a JSON export checked whole, then added all at once or not at all."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from cocoach_desktop.commands.common import (
    CommandError,
    live_path,
)
from cocoach_desktop.exchange.model.exchange import (
    ImportData,
    ImportFormatError,
    parse_json_document,
)

if TYPE_CHECKING:  # SQLAlchemy loads only for the commands that open the archive
    from cocoach_desktop.storage.archive import Archive


def read_import(path: Path) -> ImportData:
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


def check_import(args: argparse.Namespace, out: TextIO) -> int:
    path = Path(args.file)
    data = read_import(path)
    print(
        f"{path}: fine. {len(data.sessions)} session(s) and {_topic_count(data)} topic(s) "
        "would be added.",
        file=out,
    )
    return 0


def import_file(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
    path = Path(args.file)
    data = read_import(path)
    try:
        added = archive.import_details(data.sessions, data.topics)
    except ValueError as exc:
        raise CommandError(f"nothing was imported: {exc}") from exc
    print(
        f"Imported {added} session(s) and {_topic_count(data)} topic(s) from {path} "
        f"into {live_path()}.",
        file=out,
    )
    return 0
