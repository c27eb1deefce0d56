"""Port of the commitments people make in sessions."""

from __future__ import annotations

from datetime import date, datetime
from typing import Protocol, runtime_checkable

from cocoach_desktop.domain.records import (
    Commitment,
    CommitmentStatus,
)


@runtime_checkable
class CommitmentsPort(Protocol):
    """Commitments: added, changed, deleted, put back; the open ones."""

    def add_commitment(
        self,
        session_id: int,
        person: str,
        text: str,
        created: datetime,
        due: date | None = None,
    ) -> Commitment: ...

    def restore_commitment(self, commitment: Commitment) -> Commitment:
        """Put back a deleted commitment whole (undo), under its old id while that is free."""
        ...

    def update_commitment(
        self,
        commitment_id: int,
        text: str,
        due: date | None,
        status: CommitmentStatus,
        follow_up: str,
    ) -> Commitment: ...

    def delete_commitment(self, commitment_id: int) -> None: ...

    def open_commitments(self, person: str = "") -> list[Commitment]:
        """Open commitments, oldest first; only ``person``'s (any case) if given."""
        ...
