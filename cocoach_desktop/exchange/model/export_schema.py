"""The export format as a JSON Schema, made from the same field declarations the import reads by."""

from __future__ import annotations

import json
from typing import Any

from cocoach_desktop.domain import limits
from cocoach_desktop.exchange.model.export_fields import (
    DOCUMENT,
    FORMAT,
    RECORDS,
    VERSION,
    Field,
    Kind,
)

_ID = "https://cocoach.example/export-format.schema.json"


def _value(f: Field) -> dict[str, Any]:
    """What one field may hold, in JSON Schema words."""
    kind = f.kind
    if kind is Kind.TEXT or kind is Kind.NAME:
        text: dict[str, Any] = {"type": "string", "maxLength": f.limit}
        if not f.blank:
            text["minLength"] = 1
        return text
    if kind is Kind.NAMES:
        item = {"type": "string", "minLength": 1, "maxLength": f.limit}
        return {"type": "array", "items": item}
    if kind is Kind.WHOLE or kind is Kind.OPT_WHOLE:
        whole: dict[str, Any] = {"type": "integer", "maximum": limits.MAX_WHOLE}
        whole["minimum"] = f.minimum if f.minimum is not None else -limits.MAX_WHOLE
        return _nullable(whole) if kind is Kind.OPT_WHOLE else whole
    if kind is Kind.SECONDS or kind is Kind.SIGNED_SECONDS:
        low = 0 if kind is Kind.SECONDS else -limits.MAX_SECONDS
        return {"type": "number", "minimum": low, "maximum": limits.MAX_SECONDS}
    if kind is Kind.INDEX or kind is Kind.OPT_INDEX:
        index = {"type": "integer", "minimum": 0, "description": "a phase of this session"}
        return _nullable(index) if kind is Kind.OPT_INDEX else index
    if kind is Kind.TIMESTAMP or kind is Kind.OPT_TIMESTAMP:
        moment = {"type": "string", "format": "date-time", "description": "UTC, ending in Z"}
        return _nullable(moment) if kind is Kind.OPT_TIMESTAMP else moment
    if kind is Kind.OPT_DAY:
        return _nullable({"type": "string", "format": "date"})
    if kind is Kind.OPT_UID:
        uid = {
            "type": "string",
            "pattern": "^[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}$",
            "description": "the record's stable identity, kept when it is free",
        }
        return _nullable(uid)
    if kind is Kind.CHOICE:
        assert f.choices is not None
        return {"enum": [m.value for m in f.choices]}
    return {"type": "array", "items": {"$ref": f"#/$defs/{f.record}"}}


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    return {**schema, "type": [schema["type"], "null"]}


def _object(fields: tuple[Field, ...], head: dict[str, Any] | None = None) -> dict[str, Any]:
    properties = dict(head or {})
    properties.update((f.key, _value(f)) for f in fields)
    required = [*(head or {}), *(f.key for f in fields if f.required)]
    return {"type": "object", "properties": properties, "required": required}


def export_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of an export, as docs/export-format.schema.json holds it.

    Keys not named here are allowed and ignored by the import, as later versions may add some.
    """
    head = {
        "format": {"const": FORMAT},
        "version": {"type": "integer", "minimum": 1, "maximum": VERSION},
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": _ID,
        "title": "Cocoach Desktop archive export",
        "description": (
            "Made from cocoach_desktop/exchange/model/export_fields.py; see export-format.md."
        ),
        **_object(DOCUMENT, head),
        "$defs": {name: _object(fields) for name, fields in sorted(RECORDS.items())},
    }


def schema_text() -> str:
    """The schema as the committed file's text."""
    return json.dumps(export_schema(), indent=2, ensure_ascii=False) + "\n"
