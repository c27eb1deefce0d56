"""Every field limit has one source, domain/limits.py: storage, readers and the UI agree with it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import String

from cocoach_desktop.domain import limits, records
from cocoach_desktop.exchange.model import export_fields
from cocoach_desktop.protocols.model import protocols
from cocoach_desktop.questions.model import prompts
from cocoach_desktop.setup.model import topics
from cocoach_desktop.storage.models import Base

PACKAGE = Path(__file__).resolve().parents[2] / "cocoach_desktop"

# Every sized text column and the limit it must have.
COLUMNS = {
    "meta.key": limits.META_KEY_CHARS,
    "people.name": limits.NAME_CHARS,
    "people.key": limits.NAME_KEY_CHARS,
    "groups.name": limits.NAME_CHARS,
    "groups.key": limits.NAME_KEY_CHARS,
    "sessions.protocol_id": limits.PROTOCOL_ID_CHARS,
    "sessions.protocol_name": limits.LABEL_CHARS,
    "sessions.mode": limits.MODE_CHARS,
    "sessions.status": limits.STATE_CHARS,
    "sessions.coachee_key": limits.NAME_KEY_CHARS,
    "participants.role": limits.STATE_CHARS,
    "phases.name": limits.LABEL_CHARS,
    "phases.speaker": limits.NAME_CHARS,
    "phases.coachee": limits.NAME_CHARS,
    "events.kind": limits.STATE_CHARS,
    "notes.visibility": limits.STATE_CHARS,
    "notes.phase_name": limits.LABEL_CHARS,
    "commitments.status": limits.STATE_CHARS,
    "tags.name": limits.TAG_CHARS,
    "tags.key": limits.TAG_KEY_CHARS,
    "topics.status": limits.STATE_CHARS,
    "saved_questions.group": limits.QUESTION_GROUP_CHARS,
    "saved_questions.shipped_id": limits.SHIPPED_ID_CHARS,
    "tally_marks.kind": limits.STATE_CHARS,
    # Every record's stable identity (migration 0004).
    **{
        f"{table}.uid": limits.UID_CHARS
        for table in (
            "people",
            "groups",
            "sessions",
            "notes",
            "commitments",
            "topics",
            "saved_questions",
        )
    },
}


def test_the_storage_columns_have_the_declared_lengths() -> None:
    found = {
        f"{table.name}.{column.name}": column.type.length
        for table in Base.metadata.tables.values()
        for column in table.columns
        if isinstance(column.type, String) and column.type.length is not None
    }
    assert found == COLUMNS


def _reader_limit(record: str, key: str) -> int:
    fields = export_fields.DOCUMENT if record == "document" else export_fields.RECORDS[record]
    return next(f.limit for f in fields if f.key == key)


@pytest.mark.parametrize(
    ("record", "key", "column"),
    [
        ("session", "protocol_id", "sessions.protocol_id"),
        ("session", "protocol_name", "sessions.protocol_name"),
        ("session", "mode", "sessions.mode"),
        ("session", "group", "groups.name"),
        ("session", "tags", "tags.name"),
        ("session", "coachees", "people.name"),
        ("phase", "name", "phases.name"),
        ("phase", "speaker", "phases.speaker"),
        ("phase", "coachee", "phases.coachee"),
        ("note", "phase_name", "notes.phase_name"),
        ("participant", "name", "people.name"),
        ("commitment", "person", "people.name"),
        ("topic", "person", "people.name"),
    ],
)
def test_the_export_reader_refuses_what_storage_could_not_keep(
    record: str, key: str, column: str
) -> None:
    assert _reader_limit(record, key) == COLUMNS[column]


def test_the_readers_and_records_name_the_declared_limits() -> None:
    assert _reader_limit("note", "text") == limits.NOTE_CHARS == records.MAX_NOTE_CHARS
    assert _reader_limit("topic", "text") == limits.TOPIC_CHARS == topics.MAX_TOPIC_CHARS
    assert records.MAX_NAME_CHARS == limits.NAME_CHARS
    assert records.MAX_TAG_CHARS == limits.TAG_CHARS
    assert records.MAX_QUESTION_CHARS == limits.QUESTION_CHARS
    assert (protocols.MAX_NAME_CHARS, protocols.MAX_ID_CHARS) == (
        limits.PROTOCOL_NAME_CHARS,
        limits.PROTOCOL_TEMPLATE_ID_CHARS,
    )
    assert protocols.MAX_FILE_BYTES == limits.PROTOCOL_FILE_BYTES
    assert (protocols.MAX_PHASES, protocols.MAX_PHASE_MINUTES) == (
        limits.PROTOCOL_PHASES,
        limits.PHASE_MINUTES,
    )
    assert (prompts.MAX_TITLE_CHARS, prompts.MAX_PURPOSE_CHARS, prompts.MAX_ID_CHARS) == (
        limits.BANK_TITLE_CHARS,
        limits.BANK_PURPOSE_CHARS,
        limits.BANK_ID_CHARS,
    )
    assert (prompts.MAX_QUESTIONS, prompts.MAX_FILE_BYTES) == (
        limits.BANK_QUESTIONS,
        limits.BANK_FILE_BYTES,
    )


# A literal number where a limit is set: a column size, a field's maximum length, a
# MAX_... constant or a limit= argument. Only domain/limits.py may hold these.
_LITERAL_LIMIT = re.compile(
    r"String\(\s*\d|setMaxLength\(\s*\d"
    r"|\bMAX_\w*(CHARS|BYTES|PHASES|QUESTIONS|WHOLE|TALLY_SECONDS)\w*\s*(:\s*\w+\s*)?=\s*\d"
)
_ALLOWED = {
    # Not field limits: the set-up panel's clock-time fields hold "HH:MM" or a few words,
    ("setup/qt/length_section.py", "setMaxLength(12)"),
    # and the advice check reads only the start of a long text (nothing is refused).
    ("advice/model/advice.py", "MAX_CHARS = 2000"),
}


def test_no_module_but_limits_writes_a_limit_as_a_number() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        name = path.relative_to(PACKAGE).as_posix()
        if name == "domain/limits.py" or name.startswith("storage/migrations/"):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            match = _LITERAL_LIMIT.search(line)
            if match and not any(name == f and a in line for f, a in _ALLOWED):
                found.append(f"{name}:{number}: {line.strip()}")
    assert found == []
