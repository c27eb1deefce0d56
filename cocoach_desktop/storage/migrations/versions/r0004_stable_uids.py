"""Stable identities: a unique ``uid`` (a UUID as text) for the rows a person knows by name.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07

sessions, people, groups (teams), notes, commitments, topics and saved_questions get a
``uid`` column, filled here for every existing row, with a unique index. Ids are the
archive's own and may be handed out again after a delete; the uid stays with the row, so a
row put back (undo) is the same row, and rows of two archives can later be told apart.

A plain ADD COLUMN for each table (other tables point at most of them), except
saved_questions: no table points at it, and batch mode copies it so that its schema reads
as the models write it (ADD COLUMN after a last line that is a column, not a constraint,
leaves the new column on a line of its own). Its partial unique index is made again.
"""

from __future__ import annotations

import uuid

import sqlalchemy as sa
from alembic import op

from cocoach_desktop.storage.migrations.search_ddl import install_search

revision = "0004"
down_revision: str | None = "0003"
branch_labels: str | None = None
depends_on: str | None = None

TABLES = ("sessions", "people", "groups", "notes", "commitments", "topics", "saved_questions")


def _add_uid_column(table: str) -> None:
    if table != "saved_questions":
        op.add_column(table, sa.Column("uid", sa.String(36), nullable=True))
        return
    op.drop_index("ix_saved_questions_shipped_id", table_name="saved_questions")
    with op.batch_alter_table(
        "saved_questions", recreate="always", table_kwargs={"sqlite_autoincrement": True}
    ) as batch_op:
        batch_op.add_column(sa.Column("uid", sa.String(36), nullable=True))
    op.create_index(
        "ix_saved_questions_shipped_id",
        "saved_questions",
        ["shipped_id"],
        unique=True,
        sqlite_where=sa.text("shipped_id != ''"),
    )


def upgrade() -> None:
    conn = op.get_bind()
    for table in TABLES:
        _add_uid_column(table)
        ids = [row[0] for row in conn.execute(sa.text(f"SELECT id FROM {table}"))]
        if ids:
            conn.execute(
                sa.text(f"UPDATE {table} SET uid = :uid WHERE id = :id"),
                [{"uid": str(uuid.uuid4()), "id": row_id} for row_id in ids],
            )
        op.create_index(f"ix_{table}_uid", table, ["uid"], unique=True)
    install_search(conn)


def downgrade() -> None:
    for table in TABLES:
        op.drop_index(f"ix_{table}_uid", table_name=table)
        # SQLite (3.35 and later) drops a column in place: the table is not copied.
        op.execute(f"ALTER TABLE {table} DROP COLUMN uid")
    install_search(op.get_bind())
