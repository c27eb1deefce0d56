"""Full-text search behind its port; this one is SQLite's FTS5 (storage/search.py)."""

from __future__ import annotations

from cocoach_desktop.domain.records import SearchHit
from cocoach_desktop.storage import search as fts
from cocoach_desktop.storage.transactions import Repository


class Fts5SearchRepository(Repository):
    """Search across notes, commitments, topics and names with SQLite's FTS5 tables."""

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Full-text search (FTS5) across notes, commitments, topics and names, best first.

        Any text the user types is accepted: it is turned into a safe FTS5 query (words as
        prefixes, all required), so quotes or operators never raise.
        """
        with self._read() as s:
            return fts.search(s, query, limit)
