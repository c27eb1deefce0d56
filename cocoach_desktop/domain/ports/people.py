"""Port of the people and teams of the archive."""

from __future__ import annotations

from typing import Protocol, runtime_checkable

from cocoach_desktop.domain.records import (
    DeletionPreview,
    Person,
    PersonPage,
)


@runtime_checkable
class PeoplePort(Protocol):
    """People and teams: found by name, listed, a person's page, deleted with all about them."""

    def person_named(self, name: str) -> Person | None:
        """The person ``name`` means (any case or spacing), found by the key's index."""
        ...

    def people(self) -> list[Person]: ...

    def groups(self) -> list[str]: ...

    def person_page(self, person_id: int) -> PersonPage: ...

    def deletion_preview(self, person_id: int) -> DeletionPreview: ...

    def delete_person(self, person_id: int) -> DeletionPreview:
        """Delete a person and everything about them (see DeletionPreview); return what went."""
        ...
