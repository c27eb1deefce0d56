"""Topics linked to the session that dealt with them; one person per name; a quit remembered.

Revision ID: 0003
Revises: 0002
Create Date: 2026-07-01

- ``topics.taken_session_id``: the session where a topic was dealt with (``session_id``
  stays the session where it was noted). Both links are ON DELETE SET NULL: a topic belongs
  to its person and outlives the sessions it is linked to.
- ``sessions.checkpoint_quit``: the facilitator quit the app during the session (a quit they
  confirmed), so the next start does not call it a crash.
- Names: the keys of people, teams and tags are computed again, now in composed Unicode
  (NFC), and names are stored composed. "Zoë" typed and "Zoë" pasted in decomposed form were
  two people; they become one, with the sessions, roles, commitments and topics of both.
  The person (team, tag) first added keeps its id and its name's spelling.

The name rules are copied here as they are at this revision: a later change to
``records.name_key`` needs a migration of its own, and this one must keep doing what it did.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from cocoach_desktop.storage.migrations.search_ddl import install_search

revision = "0003"
down_revision: str | None = "0002"
branch_labels: str | None = None
depends_on: str | None = None


def _clean(name: str) -> str:
    """records.clean_name at this revision: NFC, single spaces, ends trimmed."""
    return " ".join(unicodedata.normalize("NFC", name).split())


def _key(name: str) -> str:
    """records.name_key at this revision."""
    return unicodedata.normalize("NFC", _clean(name).casefold())


# table -> the (table, column) pairs that point at its rows, and for each the other columns
# of a unique key it is part of (a row that would repeat that key once merged is dropped).
_REFERENCES: dict[str, tuple[tuple[str, str, tuple[str, ...]], ...]] = {
    "people": (
        ("participants", "person_id", ("session_id", "role")),
        ("commitments", "person_id", ()),
        ("topics", "person_id", ()),
    ),
    "groups": (("sessions", "group_id", ()),),
    "tags": (("session_tags", "tag_id", ("session_id",)),),
}


def _move(
    conn: sa.Connection, table: str, column: str, unique_with: Sequence[str], old: int, new: int
) -> None:
    """Point ``table.column`` rows from ``old`` to ``new``, dropping would-be duplicates."""
    if unique_with:
        same = " AND ".join(f"other.{c} = {table}.{c}" for c in unique_with)
        conn.execute(
            sa.text(
                f"DELETE FROM {table} WHERE {column} = :old AND EXISTS "
                f"(SELECT 1 FROM {table} AS other WHERE other.{column} = :new AND {same})"
            ),
            {"old": old, "new": new},
        )
    conn.execute(
        sa.text(f"UPDATE {table} SET {column} = :new WHERE {column} = :old"),
        {"old": old, "new": new},
    )


def merge_names(conn: sa.Connection, table: str) -> int:
    """Recompute ``table``'s keys, clean its names, merge rows whose keys now coincide.

    Returns how many rows were merged into others. Rows are touched only if something
    about them changes, so an archive of plain ASCII names is read, not rewritten.
    """
    rows = conn.execute(sa.text(f"SELECT id, name, key FROM {table} ORDER BY id")).all()
    by_key: dict[str, list[tuple[int, str, str]]] = {}
    for row_id, name, key in rows:
        by_key.setdefault(_key(name), []).append((row_id, name, key))
    merged = 0
    changed: list[tuple[int, str, str]] = []
    for new_key, same in by_key.items():
        (keeper, name, key), others = same[0], same[1:]
        for other, _name, _key_text in others:
            for ref_table, ref_column, unique_with in _REFERENCES[table]:
                _move(conn, ref_table, ref_column, unique_with, other, keeper)
            conn.execute(sa.text(f"DELETE FROM {table} WHERE id = :id"), {"id": other})
            merged += 1
        if _clean(name) != name or new_key != key:
            changed.append((keeper, _clean(name), new_key))
    # Keys are unique: park the changing rows on keys no name can have (a clean name never
    # starts with a space), then give each its new key.
    for row_id, _name, _new in changed:
        conn.execute(sa.text(f"UPDATE {table} SET key = ' ' || id WHERE id = :id"), {"id": row_id})
    for row_id, name, new_key in changed:
        conn.execute(
            sa.text(f"UPDATE {table} SET name = :name, key = :key WHERE id = :id"),
            {"id": row_id, "name": name, "key": new_key},
        )
    return merged


def _coachee_keys(conn: sa.Connection) -> None:
    """Each session's sort key by coachee: its first coachee's key, as the archive keeps it."""
    first = (
        "COALESCE((SELECT people.key FROM participants JOIN people ON people.id = "
        "participants.person_id WHERE participants.session_id = sessions.id AND "
        "participants.role = 'coachee' ORDER BY participants.position, participants.id "
        "LIMIT 1), '')"
    )
    conn.execute(sa.text(f"UPDATE sessions SET coachee_key = {first} WHERE coachee_key != {first}"))


def upgrade() -> None:
    conn = op.get_bind()
    for table in ("people", "groups", "tags"):
        merge_names(conn, table)
    _coachee_keys(conn)

    # A plain ADD COLUMN: the sessions table is never copied (other tables point at it).
    op.add_column("sessions", sa.Column("checkpoint_quit", sa.Boolean(), nullable=True))

    # topics is pointed at by no table: batch mode copies it safely to add the named key.
    with op.batch_alter_table("topics", recreate="always") as batch_op:
        batch_op.add_column(sa.Column("taken_session_id", sa.Integer(), nullable=True))
        batch_op.create_foreign_key(
            op.f("fk_topics_taken_session_id_sessions"),
            "sessions",
            ["taken_session_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_index("ix_topics_taken_session_id", ["taken_session_id"], unique=False)

    # Last, after every (batch) operation: the FTS tables and their triggers (search_ddl.py).
    install_search(conn)


def downgrade() -> None:
    with op.batch_alter_table("topics", recreate="always") as batch_op:
        batch_op.drop_index("ix_topics_taken_session_id")
        batch_op.drop_constraint(op.f("fk_topics_taken_session_id_sessions"), type_="foreignkey")
        batch_op.drop_column("taken_session_id")
    # SQLite (3.35 and later) drops a column in place: the sessions table is not copied.
    op.execute("ALTER TABLE sessions DROP COLUMN checkpoint_quit")
    # Merged people, teams and tags stay merged: nothing says which rows were two.
    install_search(op.get_bind())
