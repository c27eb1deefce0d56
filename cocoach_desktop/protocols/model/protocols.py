"""Protocol templates: the phases of a coaching protocol, read from TOML or JSON files."""

from __future__ import annotations

import json
import math
import os
import re
import tomllib
import unicodedata
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, replace
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from cocoach_desktop.domain import limits
from cocoach_desktop.platform.datafiles import (
    DataFileError,
    join_problems,
    kind_of,
    origin_of,
    quote,
    read_text,
    reason,
    toml_text,
)
from cocoach_desktop.platform.files import write_atomically
from cocoach_desktop.platform.formatting import sort_key
from cocoach_desktop.platform.reading import Code, Problem, Reader
from cocoach_desktop.platform.tables import Table
from cocoach_desktop.platform.wording import table_sentence


@dataclass(frozen=True)
class PhaseTemplate:
    """One phase of a protocol as written in its template file.

    ``minutes`` is the phase's length at the template's ``default_minutes``. A ``fixed``
    phase keeps its minutes whatever the session's length; the others scale with it.
    ``speaker`` says whose turn it is and may name the coachee as ``{coachee}``.
    ``ask_dont_tell`` marks a phase of questions only, where the projector may show the
    standing "Ask, don't tell" reminder.
    """

    name: str
    minutes: float
    speaker: str
    rule: str
    fixed: bool = False
    prompt_groups: tuple[str, ...] = ()
    ask_dont_tell: bool = False


@dataclass(frozen=True)
class ProtocolTemplate:
    """A whole protocol: its phases, roles and where it comes from."""

    id: str
    name: str
    description: str
    source: str
    default_minutes: int
    roles: tuple[str, ...]
    phases: tuple[PhaseTemplate, ...]
    rotate: bool = False
    builtin: bool = True
    origin: str = ""


PROMPT_GROUPS: tuple[str, ...] = (
    "goal",
    "explore",
    "clarifying",
    "probing",
    "options",
    "commitment",
    "reflection",
    "what_else",
)
"""The question-bank groups a phase may name in ``prompt_groups``."""

DEFAULT_ID = "quality-first"
MAX_FILE_BYTES = limits.PROTOCOL_FILE_BYTES
MAX_NAME_CHARS = limits.PROTOCOL_NAME_CHARS
MAX_ID_CHARS = limits.PROTOCOL_TEMPLATE_ID_CHARS
MAX_PHASES = limits.PROTOCOL_PHASES
MAX_PHASE_MINUTES = limits.PHASE_MINUTES
MAX_SESSION_MINUTES = limits.SESSION_MINUTES

_ID_RE = re.compile(r"[a-z0-9][a-z0-9_-]*")
_PLACEHOLDER_RE = re.compile(r"\{([^{}]*)\}")

_TOP_REQUIRED = ("id", "name", "description", "source", "default_minutes", "roles", "phases")
_TOP_OPTIONAL = ("rotate",)
_PHASE_REQUIRED = ("name", "minutes", "speaker", "rule")
_PHASE_OPTIONAL = ("fixed", "prompt_groups", "ask_dont_tell")


class TemplateError(DataFileError):
    """A template that cannot be used: which file, and the problem in plain words."""


@dataclass
class LoadResult:
    """The templates that loaded, and one error for each file that did not."""

    templates: list[ProtocolTemplate] = field(default_factory=list)
    errors: list[TemplateError] = field(default_factory=list)


# --- checking -------------------------------------------------------------------------


def _phase_label(index: int, name: object) -> str:
    if isinstance(name, str) and name.strip():
        return f"phase {index} ({quote(name.strip())})"
    return f"phase {index}"


def _check_phase(index: int, phase: PhaseTemplate, r: Reader) -> None:
    label = _phase_label(index, phase.name)
    if not phase.name.strip():
        r.note("", Code.PHASE_BLANK_NAME, label)
    elif len(phase.name) > MAX_NAME_CHARS:
        r.note("", Code.PHASE_NAME_TOO_LONG, label, len(phase.name), MAX_NAME_CHARS)
    minutes = phase.minutes
    if isinstance(minutes, bool) or not isinstance(minutes, int | float):
        r.note("", Code.PHASE_MINUTES_NOT_A_NUMBER, label, minutes)
    elif not math.isfinite(minutes):
        r.note("", Code.PHASE_MINUTES_NOT_FINITE, label, minutes)
    elif minutes <= 0:
        r.note("", Code.PHASE_MINUTES_NOT_POSITIVE, label, minutes)
    elif minutes > MAX_PHASE_MINUTES:
        r.note("", Code.PHASE_MINUTES_TOO_MANY, label, minutes, MAX_PHASE_MINUTES)
    for placeholder in _PLACEHOLDER_RE.findall(phase.speaker):
        if placeholder != "coachee":
            r.note(label, Code.UNKNOWN_PLACEHOLDER, placeholder)
    leftover = _PLACEHOLDER_RE.sub("", phase.speaker)
    if "{" in leftover or "}" in leftover:
        r.note(label, Code.STRAY_BRACE)
    for group in phase.prompt_groups:
        if group not in PROMPT_GROUPS:
            r.note("", Code.PHASE_NO_SUCH_GROUP, label, group, PROMPT_GROUPS)


def template_problems(t: ProtocolTemplate) -> list[Problem]:
    """The problems with a template as codes (place and values); empty if it can be used."""
    r = Reader()
    if not t.id.strip():
        r.note("", Code.BLANK_FIELD, "id")
    elif len(t.id) > MAX_ID_CHARS:
        r.note("", Code.ID_TOO_LONG, len(t.id), MAX_ID_CHARS)
    elif not _ID_RE.fullmatch(t.id):
        r.note("", Code.BAD_ID, t.id)
    if not t.name.strip():
        r.note("", Code.BLANK_FIELD, "name")
    elif len(t.name) > MAX_NAME_CHARS:
        r.note("", Code.NAME_TOO_LONG, len(t.name), MAX_NAME_CHARS)
    default = t.default_minutes
    if (
        isinstance(default, bool)
        or not isinstance(default, int)
        or not 1 <= default <= MAX_SESSION_MINUTES
    ):
        r.note("", Code.BAD_SESSION_LENGTH, default, MAX_SESSION_MINUTES)
    for index, role in enumerate(t.roles, 1):
        if not role.strip():
            r.note("", Code.BLANK_ROLE, index)
    if not t.phases:
        r.note("", Code.NO_PHASES_IN_TEMPLATE)
    elif len(t.phases) > MAX_PHASES:
        r.note("", Code.TOO_MANY_PHASES, len(t.phases), MAX_PHASES)
    for index, phase in enumerate(t.phases, 1):
        _check_phase(index, phase, r)
    return r.problems


def check_template(t: ProtocolTemplate) -> list[str]:
    """The problems with a template, in plain words; an empty list if it can be used."""
    return [table_sentence(p) for p in template_problems(t)]


# --- parsing --------------------------------------------------------------------------


def _parse_phase(index: int, raw: object, r: Reader) -> PhaseTemplate:
    if not isinstance(raw, dict):
        r.note("", Code.NOT_A_TABLE, f"phase {index}", "name, minutes, speaker and rule", raw)
        return PhaseTemplate(name="", minutes=0.0, speaker="", rule="")
    fields = Table(r, raw, _phase_label(index, raw.get("name")))
    fields.unknown(_PHASE_REQUIRED, _PHASE_OPTIONAL)
    return PhaseTemplate(
        name=fields.text("name"),
        minutes=fields.number("minutes"),
        speaker=fields.text("speaker"),
        rule=fields.text("rule"),
        fixed=fields.flag("fixed"),
        prompt_groups=fields.texts("prompt_groups", optional=True),
        ask_dont_tell=fields.flag("ask_dont_tell"),
    )


def _build(data: object, origin: str, builtin: bool) -> ProtocolTemplate:
    if not isinstance(data, dict):
        raise TemplateError(
            origin,
            "the file must hold one table of keys (id, name, phases and so on), "
            f"but it holds {kind_of(data)}",
        )
    r = Reader()
    fields = Table(r, data)
    fields.unknown(_TOP_REQUIRED, _TOP_OPTIONAL)
    template = ProtocolTemplate(
        id=fields.text("id"),
        name=fields.text("name"),
        description=fields.text("description"),
        source=fields.text("source"),
        default_minutes=fields.whole("default_minutes"),
        roles=fields.texts("roles", optional=False),
        rotate=fields.flag("rotate"),
        phases=tuple(
            _parse_phase(index, raw, r) for index, raw in enumerate(fields.tables("phases"), 1)
        ),
        builtin=builtin,
        origin=origin,
    )
    if r.problems:
        raise TemplateError(origin, join_problems([table_sentence(p) for p in r.problems]))
    problems = check_template(template)
    if problems:
        raise TemplateError(origin, join_problems(problems))
    return template


class _DuplicateKeyError(ValueError):
    pass


def _json_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKeyError(key)
        result[key] = value
    return result


def _decode(text: str, origin: str, fmt: str) -> object:
    kind = fmt.lower().lstrip(".")
    if kind == "toml":
        try:
            return tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise TemplateError(origin, f"this is not valid TOML: {exc}") from None
    if kind == "json":
        try:
            return json.loads(text, object_pairs_hook=_json_object)
        except json.JSONDecodeError as exc:
            raise TemplateError(
                origin,
                f"this is not valid JSON: {exc.msg} (at line {exc.lineno}, column {exc.colno})",
            ) from None
        except _DuplicateKeyError as exc:
            raise TemplateError(
                origin, f"the key {quote(str(exc))} appears twice in the same table"
            ) from None
    raise TemplateError(origin, f"unknown file format {quote(fmt)}; use TOML or JSON")


def parse_template(text: str, *, origin: str, fmt: str, builtin: bool) -> ProtocolTemplate:
    """Read one template from TOML or JSON text (``fmt`` is "toml" or "json").

    Raises :class:`TemplateError` naming each problem, whatever the input; the
    template's ``origin`` is set to ``origin``.
    """
    try:
        if not isinstance(text, str):
            raise TemplateError(origin, "the template is not text")
        text = text.removeprefix("\ufeff")
        if not text.strip():
            raise TemplateError(origin, "the file is empty")
        return _build(_decode(text, origin, str(fmt)), origin, builtin)
    except TemplateError:
        raise
    except RecursionError:
        raise TemplateError(origin, "the file is nested too deeply to be a template") from None
    except ValueError as exc:
        if "integer string conversion" in str(exc):
            raise TemplateError(origin, "a number in the file has far too many digits") from None
        raise TemplateError(
            origin, f"the file could not be understood as a template ({exc})"
        ) from None
    except Exception as exc:  # the last guard: a bad file must never crash the app
        raise TemplateError(
            origin, f"the file could not be understood as a template ({exc})"
        ) from None


# --- loading --------------------------------------------------------------------------


def _format_of(name: str) -> str | None:
    if name.startswith("."):
        return None  # hidden files, editor locks and our own temporary files
    suffix = name.rpartition(".")[2].lower()
    return suffix if "." in name and suffix in ("toml", "json") else None


def _list_folder(folder: Traversable, errors: list[TemplateError]) -> list[Traversable]:
    try:
        if not folder.is_dir():
            if folder.is_file():
                errors.append(TemplateError(origin_of(folder), "this is a file, not a folder"))
            return []
        entries = [entry for entry in folder.iterdir() if _format_of(entry.name)]
    except OSError as exc:
        errors.append(
            TemplateError(origin_of(folder), f"the folder could not be read ({reason(exc)})")
        )
        return []
    return sorted(entries, key=lambda entry: (entry.name.casefold(), entry.name))


def _sort_key(t: ProtocolTemplate) -> tuple[int, str, str, str]:
    rank = 0 if t.id == DEFAULT_ID else 1 if t.builtin else 2
    return (rank, *sort_key(t.name), t.id)


def load_templates(sources: Iterable[tuple[Traversable, bool]]) -> LoadResult:
    """Load every ``*.toml`` and ``*.json`` template in each (folder, is built-in) source.

    A missing folder is empty; a bad file becomes an error and the others still load.
    The first template to claim an id keeps it. The default protocol comes first, then
    the other built-ins by name, then the user's by name.
    """
    result = LoadResult()
    owners: dict[str, ProtocolTemplate] = {}
    for folder, builtin in sources:
        for entry in _list_folder(folder, result.errors):
            origin = origin_of(entry)
            fmt = _format_of(entry.name) or ""
            try:
                if not entry.is_file():
                    continue
                text = read_text(
                    entry,
                    origin,
                    max_bytes=MAX_FILE_BYTES,
                    what="a protocol template",
                    error=TemplateError,
                )
                template = parse_template(text, origin=origin, fmt=fmt, builtin=builtin)
            except OSError as exc:
                result.errors.append(
                    TemplateError(origin, f"the file could not be read ({reason(exc)})")
                )
                continue
            except TemplateError as err:
                result.errors.append(err)
                continue
            first = owners.get(template.id)
            if first is not None:
                result.errors.append(
                    TemplateError(
                        origin,
                        f"the id '{template.id}' is already used by {quote(first.name)} "
                        f"({first.origin}); this file was skipped",
                    )
                )
                continue
            owners[template.id] = template
            result.templates.append(template)
    result.templates.sort(key=_sort_key)
    return result


# --- writing --------------------------------------------------------------------------


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
    return path if inside and _format_of(path.name) else None


def save_user_template(t: ProtocolTemplate, folder: Path) -> Path:
    """Write ``t`` to ``folder/<id>.toml`` atomically and return that path.

    Refuses (``ValueError``) a built-in template or one with problems. If ``t`` was
    loaded from another file in ``folder`` (an old id, or a JSON file), that file is
    removed once the new one is in place, so the template is not loaded twice.
    """
    if t.builtin:
        raise ValueError(
            f"{quote(t.name)} is a built-in protocol and cannot be changed; "
            "duplicate it to make your own copy"
        )
    problems = check_template(t)
    if problems:
        raise ValueError(join_problems(problems))
    text = to_toml(t)
    try:
        again = parse_template(text, origin=t.origin, fmt="toml", builtin=False)
    except TemplateError as err:
        raise ValueError(f"the template could not be written correctly: {err.problem}") from None
    if replace(again, origin=t.origin) != t:
        raise ValueError("the template could not be written so that it reads back the same")
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
        raise ValueError(f"{quote(t.name)} is a built-in protocol and cannot be deleted")
    path = _own_file(t, folder) or folder / f"{t.id}.toml"
    path.unlink(missing_ok=True)
