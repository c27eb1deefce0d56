"""``cocoach search``: the archive's full-text search, printed for a terminal or a script."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, TextIO

from cocoach_desktop.domain.records import SNIPPET_END, SNIPPET_START

if TYPE_CHECKING:  # SQLAlchemy loads only for the commands that open the archive
    from cocoach_desktop.storage.archive import Archive


def search(archive: Archive, args: argparse.Namespace, out: TextIO) -> int:
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
