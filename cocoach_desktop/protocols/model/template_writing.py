"""Writing protocol templates: TOML text, the user's copies, and saving or deleting their files."""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Collection
from dataclasses import replace
from pathlib import Path

from cocoach_desktop.platform.datafiles import toml_text
from cocoach_desktop.platform.files import write_atomically
from cocoach_desktop.platform.problems import ErrorCode, RefusedError
from cocoach_desktop.protocols.model.template import ProtocolTemplate, TemplateError
from cocoach_desktop.protocols.model.template_checks import template_problems
from cocoach_desktop.protocols.model.template_reading import format_of, parse_template


def to_toml(t: ProtocolTemplate) -> str:
    """The template in the TOML format that :func:`parse_template` reads."""
    phases: list[dict[str, object]] = []
    for phase in t.phases:
        table: dict[str, object] = {
            "name": phase.name,
            "minutes": _toml_number(phase.minutes),
            "speaker": phase.speaker,
            "rule": phase.rule,
        }
        if phase.fixed:
            table["fixed"] = True
        if phase.prompt_groups:
            table["prompt_groups"] = list(phase.prompt_groups)
        if phase.ask_dont_tell:
            table["ask_dont_tell"] = True
        phases.append(table)
    return toml_text(
        {
            "id": t.id,
            "name": t.name,
            "description": t.description,
            "source": t.source,
            "default_minutes": t.default_minutes,
            "roles": list(t.roles),
            "rotate": t.rotate,
            "phases": phases,
        }
    )


def _toml_number(value: float) -> float | int:
    """Whole minutes as a whole number (15, not 15.0), as a person would write them."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    return value


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    slug = slug[:60].rstrip("-")
    return slug if re.search(r"[a-z]", slug) else "protocol"


def duplicate(t: ProtocolTemplate, name: str, existing_ids: Collection[str]) -> ProtocolTemplate:
    """A copy of ``t`` for the user to edit, named ``name``, with an id not yet taken."""
    base = _slug(name)
    taken = {i.casefold() for i in existing_ids} | {t.id.casefold()}
    new_id, number = base, 2
    while new_id in taken:
        new_id = f"{base}-{number}"
        number += 1
    return replace(t, id=new_id, name=name.strip(), builtin=False, origin="")


def _own_file(t: ProtocolTemplate, folder: Path) -> Path | None:
    """The file in ``folder`` this template was loaded from, if any."""
    if not t.origin:
        return None
    path = Path(t.origin)
    try:
        inside = path.resolve().parent == folder.resolve()
    except OSError:
        return None
    return path if inside and format_of(path.name) else None


def save_user_template(t: ProtocolTemplate, folder: Path) -> Path:
    """Write ``t`` to ``folder/<id>.toml`` atomically and return that path.

    Refuses (``ValueError``) a built-in template or one with problems. If ``t`` was
    loaded from another file in ``folder`` (an old id, or a JSON file), that file is
    removed once the new one is in place, so the template is not loaded twice.
    """
    if t.builtin:
        raise RefusedError(ErrorCode.BUILTIN_UNCHANGEABLE, "template", name=t.name)
    problems = template_problems(t)
    if problems:
        raise RefusedError(ErrorCode.TEMPLATE_PROBLEMS, "template", problems=tuple(problems))
    text = to_toml(t)
    try:
        again = parse_template(text, origin=t.origin, fmt="toml", builtin=False)
    except TemplateError as err:
        raise RefusedError(ErrorCode.NOT_WRITTEN_CORRECTLY, "template", problem=err) from None
    if replace(again, origin=t.origin) != t:
        raise RefusedError(ErrorCode.NOT_READ_BACK, "template")
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{t.id}.toml"
    write_atomically(target, text.encode("utf-8"))
    old = _own_file(t, folder)
    if old is not None and old.exists() and not os.path.samefile(old, target):
        old.unlink(missing_ok=True)
    return target


def delete_user_template(t: ProtocolTemplate, folder: Path) -> None:
    """Remove the user template's file from ``folder`` (nothing happens if it is gone)."""
    if t.builtin:
        raise RefusedError(ErrorCode.BUILTIN_UNDELETABLE, "template", name=t.name)
    path = _own_file(t, folder) or folder / f"{t.id}.toml"
    path.unlink(missing_ok=True)
