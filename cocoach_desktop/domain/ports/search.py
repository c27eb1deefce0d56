"""Port of full-text search, so another engine's search can stand beside FTS5."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from cocoach_desktop.domain.records import (
    SearchHit,
)


@runtime_checkable
class SearchPort(Protocol):
    """Full-text search across notes, commitments, topics and names, best first."""

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Full-text search (FTS5) across notes, commitments, topics and names, best first."""
        ...
