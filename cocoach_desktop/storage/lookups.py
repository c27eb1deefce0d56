"""Small lookups inside a transaction: rows by id, people, teams and tags found or made."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from cocoach_desktop.domain.records import MAX_TAG_CHARS, TopicRecord, clean_name, name_key
from cocoach_desktop.platform.problems import ErrorCode
from cocoach_desktop.storage.models import GroupRow, PersonRow, SessionRow, TagRow, TopicRow
from cocoach_desktop.storage.rows import topic_record
from cocoach_desktop.storage.transactions import RecordNotFoundError
from cocoach_desktop.storage.validation import checked_name

CHUNK = 500  # ids per IN (...) when loading many sessions (SQLite's variable limit is higher)


def chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    for i in range(0, len(ids), CHUNK):
        yield ids[i : i + CHUNK]


def free_id(s: Session, model: type[Any], wanted: int, keep: bool) -> int | None:
    """``wanted`` if keeping ids and no row has it, else None (the database picks one)."""
    if keep and wanted > 0 and s.get(model, wanted) is None:
        return wanted
    return None


def session_row(s: Session, session_id: int) -> SessionRow:
    row = s.get(SessionRow, session_id)
    if row is None:
        raise RecordNotFoundError(ErrorCode.RECORD_GONE, "session", id=session_id)
    return row


def person_row(s: Session, person_id: int) -> PersonRow:
    row = s.get(PersonRow, person_id)
    if row is None:
        raise RecordNotFoundError(ErrorCode.RECORD_GONE, "person", id=person_id)
    return row


def find_person(s: Session, name: str, create: bool = True) -> PersonRow | None:
    """The person called ``name`` (any case), created if missing and ``create``."""
    clean = checked_name(name, "person")
    row = s.scalars(select(PersonRow).where(PersonRow.key == name_key(clean))).one_or_none()
    if row is None and create:
        row = PersonRow(name=clean, key=name_key(clean))
        s.add(row)
        s.flush()
    return row


def person_id_of(s: Session, name: str) -> int:
    row = find_person(s, name)
    assert row is not None
    return row.id


def group_id_of(s: Session, name: str) -> int | None:
    clean = clean_name(name)
    if not clean:
        return None
    clean = checked_name(clean, "group")
    row = s.scalars(select(GroupRow).where(GroupRow.key == name_key(clean))).one_or_none()
    if row is None:
        row = GroupRow(name=clean, key=name_key(clean))
        s.add(row)
        s.flush()
    return row.id


def tag_ids(s: Session, tags: Iterable[str]) -> list[int]:
    ids: list[int] = []
    for tag in tags:
        clean = checked_name(tag, "tag", MAX_TAG_CHARS)
        row = s.scalars(select(TagRow).where(TagRow.key == name_key(clean))).one_or_none()
        if row is None:
            row = TagRow(name=clean, key=name_key(clean))
            s.add(row)
            s.flush()
        if row.id not in ids:
            ids.append(row.id)
    return ids


def topics_where(s: Session, *where: ColumnElement[bool]) -> list[TopicRecord]:
    query = (
        select(TopicRow, PersonRow.name)
        .join(PersonRow, PersonRow.id == TopicRow.person_id)
        .where(*where)
        .order_by(TopicRow.created, TopicRow.id)
    )
    return [topic_record(row, name) for row, name in s.execute(query)]


def kept_uid(s: Session, model: type[Any], wanted: str | None) -> dict[str, str]:
    """``{"uid": wanted}`` when no row has it: a row put back (undo) or brought in from
    another archive (an import) keeps its identity, even under another id. Else ``{}``: the
    row gets a new uid (an import of records already here adds copies, with new ones)."""
    if wanted and s.scalar(select(model.id).where(model.uid == wanted).limit(1)) is None:
        return {"uid": wanted}
    return {}
