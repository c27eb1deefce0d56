"""The shipped JSON Schema of the export format is made from the reader's own declarations."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from archive_fixtures import open_filled

from cocoach_desktop.domain import limits
from cocoach_desktop.exchange.model import exchange
from cocoach_desktop.exchange.model.export_schema import export_schema, schema_text

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "docs" / "export-format.schema.json"


def test_the_committed_schema_is_the_generated_one() -> None:
    # After a change to exchange/model/export_fields.py, regenerate with:
    #   python -c "from cocoach_desktop.exchange.model.export_schema import schema_text as s;
    #   print(s(),end='')" > docs/export-format.schema.json
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text()


def _keys_checked(value: Any, schema: dict[str, Any], defs: dict[str, Any], at: str) -> set[str]:
    """Every place in ``value`` whose key the schema does not name (the set is empty if none)."""
    if "$ref" in schema:
        schema = defs[schema["$ref"].rsplit("/", 1)[1]]
    unknown: set[str] = set()
    if isinstance(value, dict):
        named = schema["properties"]
        unknown |= {f"{at}.{k}" for k in value if k not in named}
        missing = [k for k in schema["required"] if k not in value]
        assert not missing, f"{at}: required {missing} not written"
        for key, item in value.items():
            if key in named:
                unknown |= _keys_checked(item, named[key], defs, f"{at}.{key}")
    elif isinstance(value, list) and "items" in schema:
        for item in value:
            unknown |= _keys_checked(item, schema["items"], defs, f"{at}[]")
    return unknown


def _named(schema: dict[str, Any], defs: dict[str, Any]) -> set[str]:
    names = set(schema["properties"])
    return names | {f"{d}.{k}" for d, sub in defs.items() for k in sub["properties"]}


def _written(value: Any, schema: dict[str, Any], defs: dict[str, Any], into: set[str]) -> None:
    """Collect "record.key" (and top-level "key") for every key a real export writes."""
    if "$ref" in schema:
        name = schema["$ref"].rsplit("/", 1)[1]
        schema = defs[name]
        if isinstance(value, dict):
            into.update(f"{name}.{k}" for k in value)
    elif isinstance(value, dict):
        into.update(value)
    if isinstance(value, dict):
        for key, item in value.items():
            if key in schema.get("properties", {}):
                _written(item, schema["properties"][key], defs, into)
    elif isinstance(value, list) and "items" in schema:
        for item in value:
            _written(item, schema["items"], defs, into)


def test_a_real_export_has_exactly_the_fields_the_schema_names(tmp_path: Path) -> None:
    archive = open_filled(tmp_path / "archive.db", 40)
    details = archive.details()
    document = json.loads(
        exchange.dumps(
            exchange.to_json_document(
                details,
                archive.export_topics(None),
                exported=datetime(2026, 1, 1, tzinfo=UTC),
                app_version="test",
            )
        )
    )
    schema = export_schema()
    defs = schema["$defs"]
    assert _keys_checked(document, schema, defs, "") == set()
    written: set[str] = set()
    _written(document, schema, defs, written)
    # Only a person's export writes "person" at the top (checked below).
    assert _named(schema, defs) - written == {"person"}
    person = exchange.person_document(
        details[0].summary.coachees[0],
        details,
        [],
        exported=datetime(2026, 1, 1, tzinfo=UTC),
        app_version="test",
    )
    assert _keys_checked(json.loads(exchange.dumps(person)), schema, defs, "") == set()
    assert "person" in person


def test_the_schema_carries_the_readers_limits() -> None:
    defs = export_schema()["$defs"]
    assert defs["note"]["properties"]["text"]["maxLength"] == limits.NOTE_CHARS
    assert defs["session"]["properties"]["mode"]["maxLength"] == limits.MODE_CHARS
    assert defs["note"]["properties"]["visibility"]["enum"] == ["private", "shareable"]


def test_records_keep_their_identity_from_one_archive_to_another(tmp_path) -> None:
    """An export carries each record's uid; importing it into another archive keeps them,
    and importing it again where they are taken gives the copies new ones."""
    from cocoach_desktop.storage.archive import Archive
    from cocoach_desktop.storage.db import open_archive

    source = open_filled(tmp_path / "a.sqlite3", 3)
    try:
        document = exchange.dumps(
            exchange.to_json_document(
                source.details(),
                source.all_topics(),
                exported=datetime(2026, 1, 1, tzinfo=UTC),
                app_version="test",
            )
        )
        kept = {d.summary.uid for d in source.details()}
        kept_notes = {n.uid for d in source.details() for n in d.notes}
    finally:
        source.engine.dispose()
    parsed = exchange.parse_json_document(document)
    target = Archive(open_archive(tmp_path / "b.sqlite3"))
    try:
        target.import_details(parsed.sessions, parsed.topics)
        assert {d.summary.uid for d in target.details()} == kept
        assert {n.uid for d in target.details() for n in d.notes} == kept_notes
        target.import_details(parsed.sessions, parsed.topics)  # the same file again
        uids = [d.summary.uid for d in target.details()]
        assert len(uids) == 6 and len(set(uids)) == 6
    finally:
        target.engine.dispose()


def test_a_broken_uid_is_named_and_the_file_refused() -> None:
    bad = {
        "format": "cocoach-archive",
        "version": 1,
        "exported": "2026-01-01T00:00:00Z",
        "sessions": [
            {
                "id": 1,
                "uid": "not-a-uuid",
                "status": "finished",
                "protocol_id": "grow",
                "protocol_name": "GROW",
                "mode": "quality_first",
                "planned_seconds": 60,
                "actual_seconds": 60,
            }
        ],
    }
    with pytest.raises(exchange.ImportFormatError) as caught:
        exchange.parse_json_document(json.dumps(bad))
    assert 'sessions[0].uid: "not-a-uuid" is not a record\'s identity' in str(caught.value)


def test_a_uid_in_capitals_is_read_as_the_same_identity() -> None:
    """RFC 4122: the hex digits of a UUID are read in either case (kept in lower case)."""
    from cocoach_desktop.platform.reading import Reader

    reader = Reader()
    assert reader.uid("46A5C2A3-1B2C-4D5E-8F90-A1B2C3D4E5F6", "uid") == (
        "46a5c2a3-1b2c-4d5e-8f90-a1b2c3d4e5f6"
    )
