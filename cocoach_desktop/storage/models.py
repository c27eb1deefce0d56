"""The archive's tables as typed SQLAlchemy models (storage only: never leave this package)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy import text as sql_text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from cocoach_desktop.domain import limits
from cocoach_desktop.domain.records import TallyKind

# Stable constraint names, so Alembic batch mode can find and recreate them by name.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware datetime stored as naive UTC text (sorts correctly as a string)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            # The archive layer refuses naive times before this point; this is the last guard.
            raise ValueError("a time without a time zone cannot be stored")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def new_uid() -> str:
    """A row's stable identity: survives undo (a row put back) and a merge of archives."""
    return str(uuid.uuid4())


def uid_column() -> Mapped[str | None]:
    """The ``uid`` of a row: unique, made when the row is added (migration 0004 filled it
    for older rows; a row written with raw SQL may have none)."""
    return mapped_column(String(limits.UID_CHARS), default=new_uid, index=True, unique=True)


class Meta(Base):
    """Small key/value counters (``data_version``)."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(limits.META_KEY_CHARS), primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class PersonRow(Base):
    __tablename__ = "people"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(limits.NAME_CHARS))
    # records.name_key(name): unique, so "Élodie", "élodie" and "Élodie" typed with a
    # combining accent are one person (NOCASE is ASCII-only).
    key: Mapped[str] = mapped_column(String(limits.NAME_KEY_CHARS), unique=True)
    uid: Mapped[str | None] = uid_column()


class GroupRow(Base):
    __tablename__ = "groups"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(limits.NAME_CHARS))
    key: Mapped[str] = mapped_column(String(limits.NAME_KEY_CHARS), unique=True)
    uid: Mapped[str | None] = uid_column()


class SessionRow(Base):
    __tablename__ = "sessions"
    __table_args__ = (
        Index("ix_sessions_started", "started"),
        Index("ix_sessions_group_started", "group_id", "started"),
        Index("ix_sessions_protocol_started", "protocol_id", "started"),
        Index("ix_sessions_status", "status"),
        # One index per sort key of the archive list, so a page never sorts every session.
        Index("ix_sessions_protocol_name_started", "protocol_name", "started"),
        Index("ix_sessions_coachee_key_started", "coachee_key", "started"),
        Index("ix_sessions_actual_seconds", "actual_seconds"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    protocol_id: Mapped[str] = mapped_column(String(limits.PROTOCOL_ID_CHARS))
    protocol_name: Mapped[str] = mapped_column(String(limits.LABEL_CHARS))
    mode: Mapped[str] = mapped_column(String(limits.MODE_CHARS))
    planned_seconds: Mapped[int] = mapped_column(Integer)
    # Sum of the phases' actual seconds, kept here so the list can sort by duration cheaply.
    actual_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    started: Mapped[datetime | None] = mapped_column(UTCDateTime())
    ended: Mapped[datetime | None] = mapped_column(UTCDateTime())
    status: Mapped[str] = mapped_column(String(limits.STATE_CHARS))
    group_id: Mapped[int | None] = mapped_column(ForeignKey("groups.id", ondelete="SET NULL"))
    # The first coachee's name key (casefolded), kept by the archive whenever participants
    # change: sorting the list by coachee then uses an index instead of a subquery per row.
    coachee_key: Mapped[str] = mapped_column(String(limits.NAME_KEY_CHARS), default="")
    # Crash recovery: the live run's position as of the last autosave (all NULL when none).
    checkpoint_phase_index: Mapped[int | None] = mapped_column(Integer)
    checkpoint_running: Mapped[bool | None] = mapped_column()
    checkpoint_monotonic: Mapped[float | None] = mapped_column(Float)
    checkpoint_wall: Mapped[datetime | None] = mapped_column(UTCDateTime())
    checkpoint_actual: Mapped[list[float] | None] = mapped_column(JSON)
    checkpoint_base: Mapped[list[float] | None] = mapped_column(JSON)
    # True when the facilitator quit the app during the session (a quit they confirmed), so
    # the next start does not call it a crash; NULL or False otherwise.
    checkpoint_quit: Mapped[bool | None] = mapped_column()
    uid: Mapped[str | None] = uid_column()


class ParticipantRow(Base):
    __tablename__ = "participants"
    __table_args__ = (
        UniqueConstraint("session_id", "person_id", "role"),
        Index("ix_participants_person_role", "person_id", "role"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    role: Mapped[str] = mapped_column(String(limits.STATE_CHARS))
    position: Mapped[int] = mapped_column(Integer, default=0)


class PhaseRow(Base):
    __tablename__ = "phases"
    __table_args__ = (UniqueConstraint("session_id", "idx"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    idx: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(limits.LABEL_CHARS))
    speaker: Mapped[str] = mapped_column(String(limits.NAME_CHARS), default="")
    coachee: Mapped[str] = mapped_column(String(limits.NAME_CHARS), default="")
    planned_seconds: Mapped[float] = mapped_column(Float)
    actual_seconds: Mapped[float] = mapped_column(Float, default=0.0)


class EventRow(Base):
    __tablename__ = "events"
    __table_args__ = (Index("ix_events_session_id", "session_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(limits.STATE_CHARS))
    phase_index: Mapped[int] = mapped_column(Integer)
    monotonic: Mapped[float] = mapped_column(Float)
    wall: Mapped[datetime] = mapped_column(UTCDateTime())
    seconds: Mapped[float] = mapped_column(Float, default=0.0)


class NoteRow(Base):
    __tablename__ = "notes"
    __table_args__ = (Index("ix_notes_session_id", "session_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    visibility: Mapped[str] = mapped_column(String(limits.STATE_CHARS))
    created: Mapped[datetime] = mapped_column(UTCDateTime())
    phase_index: Mapped[int | None] = mapped_column(Integer)
    phase_name: Mapped[str] = mapped_column(String(limits.LABEL_CHARS), default="")
    session_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    uid: Mapped[str | None] = uid_column()


class CommitmentRow(Base):
    __tablename__ = "commitments"
    __table_args__ = (
        Index("ix_commitments_session_id", "session_id"),
        Index("ix_commitments_person_status", "person_id", "status"),
        Index("ix_commitments_status", "status"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    due: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(limits.STATE_CHARS))
    follow_up: Mapped[str] = mapped_column(Text, default="")
    created: Mapped[datetime | None] = mapped_column(UTCDateTime())
    uid: Mapped[str | None] = uid_column()


class TagRow(Base):
    __tablename__ = "tags"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(limits.TAG_CHARS))
    key: Mapped[str] = mapped_column(String(limits.TAG_KEY_CHARS), unique=True)


class SessionTagRow(Base):
    __tablename__ = "session_tags"
    __table_args__ = (Index("ix_session_tags_tag_id", "tag_id"),)
    session_id: Mapped[int] = mapped_column(
        ForeignKey("sessions.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(ForeignKey("tags.id", ondelete="CASCADE"), primary_key=True)


class TopicRow(Base):
    __tablename__ = "topics"
    __table_args__ = (
        Index("ix_topics_person_id", "person_id"),
        Index("ix_topics_session_id", "session_id"),
        Index("ix_topics_status", "status"),
        Index("ix_topics_taken_session_id", "taken_session_id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    text: Mapped[str] = mapped_column(Text)
    created: Mapped[datetime] = mapped_column(UTCDateTime())
    # A topic belongs to its person, not to the session where it came up: deleting that
    # session keeps the topic waiting (SET NULL); restoring the session links it again.
    session_id: Mapped[int | None] = mapped_column(ForeignKey("sessions.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(limits.STATE_CHARS))
    # The session where it was dealt with (ticked on the closing screen); deleting that
    # session keeps the topic (SET NULL), and restoring the session links it again.
    taken_session_id: Mapped[int | None] = mapped_column(
        ForeignKey("sessions.id", ondelete="SET NULL")
    )
    uid: Mapped[str | None] = uid_column()


class SavedQuestionRow(Base):
    """A question of the user's own, or their change to a shipped one (see SavedQuestion)."""

    __tablename__ = "saved_questions"
    __table_args__ = (
        # One row per shipped question at most; own questions (shipped_id "") are many.
        Index(
            "ix_saved_questions_shipped_id",
            "shipped_id",
            unique=True,
            sqlite_where=sql_text("shipped_id != ''"),
        ),
        # Ids are never used twice: an undo puts a deleted question back under its own id,
        # and nothing else may have taken it in between (an import, another add).
        {"sqlite_autoincrement": True},
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    group: Mapped[str] = mapped_column(String(limits.QUESTION_GROUP_CHARS))
    text: Mapped[str] = mapped_column(Text, default="")
    shipped_id: Mapped[str] = mapped_column(String(limits.SHIPPED_ID_CHARS), default="")
    starred: Mapped[bool] = mapped_column(default=False)
    hidden: Mapped[bool] = mapped_column(default=False)
    created: Mapped[datetime] = mapped_column(UTCDateTime())
    updated: Mapped[datetime] = mapped_column(UTCDateTime())
    uid: Mapped[str | None] = uid_column()


class TallyMarkRow(Base):
    """One tap on the observer's tally in a session."""

    __tablename__ = "tally_marks"
    __table_args__ = (
        Index("ix_tally_marks_session_id", "session_id"),
        CheckConstraint(f"kind IN ({', '.join(repr(k.value) for k in TallyKind)})", name="kind"),
        {"sqlite_autoincrement": True},  # as saved_questions: an undone count keeps its id
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(limits.STATE_CHARS))
    session_seconds: Mapped[float] = mapped_column(Float, default=0.0)
    phase_index: Mapped[int | None] = mapped_column(Integer)
    created: Mapped[datetime | None] = mapped_column(UTCDateTime())
