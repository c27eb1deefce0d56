"""Reading protocol templates: one from TOML or JSON text, and every one in the folders."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib.resources.abc import Traversable
from typing import Any

from cocoach_desktop.platform.datafiles import (
    kind_of,
    origin_of,
    read_text,
    reason,
)
from cocoach_desktop.platform.formatting import sort_key
from cocoach_desktop.platform.problems import ErrorCode
from cocoach_desktop.platform.reading import Code, Reader
from cocoach_desktop.platform.tables import Table
from cocoach_desktop.protocols.model.template import (
    DEFAULT_ID,
    MAX_FILE_BYTES,
    PhaseTemplate,
    ProtocolTemplate,
    TemplateError,
)
from cocoach_desktop.protocols.model.template_checks import phase_label, template_problems

_TOP_REQUIRED = ("id", "name", "description", "source", "default_minutes", "roles", "phases")
_TOP_OPTIONAL = ("rotate",)
_PHASE_REQUIRED = ("name", "minutes", "speaker", "rule")
_PHASE_OPTIONAL = ("fixed", "prompt_groups", "ask_dont_tell")


@dataclass
class LoadResult:
    """The templates that loaded, and one error for each file that did not."""

    templates: list[ProtocolTemplate] = field(default_factory=list)
    errors: list[TemplateError] = field(default_factory=list)


# --- parsing --------------------------------------------------------------------------


def _parse_phase(index: int, raw: object, r: Reader) -> PhaseTemplate:
    if not isinstance(raw, dict):
        r.note("", Code.NOT_A_TABLE, f"phase {index}", "name, minutes, speaker and rule", raw)
        return PhaseTemplate(name="", minutes=0.0, speaker="", rule="")
    fields = Table(r, raw, phase_label(index, raw.get("name")))
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
        raise TemplateError(origin, ErrorCode.TEMPLATE_NOT_ONE_TABLE, found=kind_of(data))
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
        raise TemplateError(origin, ErrorCode.FILE_PROBLEMS, problems=tuple(r.problems))
    problems = template_problems(template)
    if problems:
        raise TemplateError(origin, ErrorCode.FILE_PROBLEMS, problems=tuple(problems))
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
            raise TemplateError(origin, ErrorCode.NOT_VALID_TOML, detail=str(exc)) from None
    if kind == "json":
        try:
            return json.loads(text, object_pairs_hook=_json_object)
        except json.JSONDecodeError as exc:
            raise TemplateError(
                origin, ErrorCode.NOT_VALID_JSON, why=exc.msg, line=exc.lineno, column=exc.colno
            ) from None
        except _DuplicateKeyError as exc:
            raise TemplateError(origin, ErrorCode.DUPLICATE_KEY, key=str(exc)) from None
    raise TemplateError(origin, ErrorCode.UNKNOWN_FORMAT, format=fmt)


def parse_template(text: str, *, origin: str, fmt: str, builtin: bool) -> ProtocolTemplate:
    """Read one template from TOML or JSON text (``fmt`` is "toml" or "json").

    Raises :class:`TemplateError` naming each problem, whatever the input; the
    template's ``origin`` is set to ``origin``.
    """
    try:
        if not isinstance(text, str):
            raise TemplateError(origin, ErrorCode.VALUE_NOT_TEXT, kind="template")
        text = text.removeprefix("\ufeff")
        if not text.strip():
            raise TemplateError(origin, ErrorCode.FILE_EMPTY)
        return _build(_decode(text, origin, str(fmt)), origin, builtin)
    except TemplateError:
        raise
    except RecursionError:
        raise TemplateError(origin, ErrorCode.NESTED_TOO_DEEP, kind="template") from None
    except ValueError as exc:
        if "integer string conversion" in str(exc):
            raise TemplateError(origin, ErrorCode.TOO_MANY_DIGITS) from None
        raise TemplateError(
            origin, ErrorCode.NOT_UNDERSTOOD_AS, kind="template", detail=str(exc)
        ) from None
    except Exception as exc:  # the last guard: a bad file must never crash the app
        raise TemplateError(
            origin, ErrorCode.NOT_UNDERSTOOD_AS, kind="template", detail=str(exc)
        ) from None


# --- loading --------------------------------------------------------------------------


def format_of(name: str) -> str | None:
    if name.startswith("."):
        return None  # hidden files, editor locks and our own temporary files
    suffix = name.rpartition(".")[2].lower()
    return suffix if "." in name and suffix in ("toml", "json") else None


def _list_folder(folder: Traversable, errors: list[TemplateError]) -> list[Traversable]:
    try:
        if not folder.is_dir():
            if folder.is_file():
                errors.append(TemplateError(origin_of(folder), ErrorCode.NOT_A_FOLDER))
            return []
        entries = [entry for entry in folder.iterdir() if format_of(entry.name)]
    except OSError as exc:
        errors.append(
            TemplateError(origin_of(folder), ErrorCode.FOLDER_NOT_READ, detail=reason(exc))
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
            fmt = format_of(entry.name) or ""
            try:
                if not entry.is_file():
                    continue
                text = read_text(
                    entry,
                    origin,
                    max_bytes=MAX_FILE_BYTES,
                    what="template",
                    error=TemplateError,
                )
                template = parse_template(text, origin=origin, fmt=fmt, builtin=builtin)
            except OSError as exc:
                result.errors.append(
                    TemplateError(origin, ErrorCode.FILE_NOT_READ, detail=reason(exc))
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
                        ErrorCode.ID_TAKEN,
                        id=template.id,
                        name=first.name,
                        where=first.origin,
                    )
                )
                continue
            owners[template.id] = template
            result.templates.append(template)
    result.templates.sort(key=_sort_key)
    return result
