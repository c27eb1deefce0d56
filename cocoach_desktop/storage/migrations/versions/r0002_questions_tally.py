"""The user's own coaching questions and the observer's tally per session.

Revision ID: 0002
Revises: 0001
Create Date: 2026-06-01

Two new tables, nothing altered: no existing row changes, and no table with search triggers
goes through batch mode. install_search still runs last, as every migration's does, so the
rule in search_ddl.py holds without anyone having to check which tables a migration touched.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from cocoach_desktop.storage.migrations.search_ddl import install_search

revision = "0002"
down_revision: str | None = "0001"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    op.create_table(
        "saved_questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("group", sa.String(length=200), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("shipped_id", sa.String(length=200), nullable=False),
        sa.Column("starred", sa.Boolean(), nullable=False),
        sa.Column("hidden", sa.Boolean(), nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.Column("updated", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_questions")),
        sqlite_autoincrement=True,  # ids never used twice, so an undo can restore one
    )
    # Partial: many own questions have shipped_id "", but a shipped question has one row.
    op.create_index(
        "ix_saved_questions_shipped_id",
        "saved_questions",
        ["shipped_id"],
        unique=True,
        sqlite_where=sa.text("shipped_id != ''"),
    )

    op.create_table(
        "tally_marks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("session_seconds", sa.Float(), nullable=False),
        sa.Column("phase_index", sa.Integer(), nullable=True),
        sa.Column("created", sa.DateTime(), nullable=True),
        # The kinds as they were in this revision (not imported: a later change to the enum
        # needs a migration of its own).
        sa.CheckConstraint(
            "kind IN ('open', 'closed', 'advice')", name=op.f("ck_tally_marks_kind")
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["sessions.id"],
            name=op.f("fk_tally_marks_session_id_sessions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tally_marks")),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_tally_marks_session_id", "tally_marks", ["session_id"], unique=False)

    # Last, after every operation: the FTS tables and their triggers (see search_ddl.py).
    install_search(op.get_bind())


def downgrade() -> None:
    op.drop_index("ix_tally_marks_session_id", table_name="tally_marks")
    op.drop_table("tally_marks")
    op.drop_index("ix_saved_questions_shipped_id", table_name="saved_questions")
    op.drop_table("saved_questions")
    install_search(op.get_bind())
