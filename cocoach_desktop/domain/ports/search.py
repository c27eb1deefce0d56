"""Port of full-text search, so several engines stand behind it (FTS5, portable LIKE).

Storage's search_repo.py chooses between SQLite's FTS5 and the portable LIKE engine; a
database server's own full-text search could stand here too.
"""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from cocoach_desktop.domain.records import (
    SearchHit,
)


@runtime_checkable
class SearchPort(Protocol):
    """Full-text search across notes, commitments, topics and names, best first."""

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Search across notes, commitments, topics and names, best first (lowest ``rank``).

        Any typed text is accepted: its words, all required, each a prefix of a word in the
        text; no text raises. An engine that cannot rank says its order in its docstring.
        """
        ...
