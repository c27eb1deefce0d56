"""The sentences of a data file's problems (a question bank, a protocol template).

Part of :mod:`problem_words` (which puts "<file>: " in front), on the same ``_tr`` hook.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Final

from cocoach_desktop.platform.datafiles import MAX_LISTED_PROBLEMS, quote
from cocoach_desktop.platform.problems import CodedError, ErrorCode
from cocoach_desktop.platform.reading import Problem
from cocoach_desktop.platform.wording import _keys, _tr, kind_words, table_sentence

# The translation context of these sentences, as in wording (tools/update_translations.py).
TR_CONTEXT: Final = "Problems"


def fixed(text: Callable[[], str]) -> Callable[[CodedError, Mapping[str, str]], str]:
    """A sentence whose values (named in braces) are put in after it is translated."""
    return lambda e, v: text().format(**v)


def _joined(problems: object) -> str:
    """A file's problems, one a line, and not too many of them (``datafiles.join_problems``)."""
    assert isinstance(problems, tuple)
    shown = [table_sentence(p) for p in problems[:MAX_LISTED_PROBLEMS] if isinstance(p, Problem)]
    hidden = len(problems) - len(shown)
    if hidden == 1:
        shown.append(_tr("and 1 more problem"))
    elif hidden:
        shown.append(_tr("and {count} more problems").format(count=hidden))
    return "\n".join(shown)


def _kind(e: CodedError, bank: Callable[[], str], template: Callable[[], str]) -> str:
    return (bank if e.values.get("kind") == "bank" else template)().format(**e.values)


def _ids_taken(e: CodedError, v: Mapping[str, str]) -> str:
    ids = _keys(e.values["ids"])
    names = ", ".join(quote(i) for i in ids)
    if len(ids) == 1:
        text = _tr(
            "the id {names} is already used in {where}; ids must be unique across all "
            "question files, so this file was skipped"
        )
    else:
        text = _tr(
            "the ids {names} are already used in {where}; ids must be unique across all "
            "question files, so this file was skipped"
        )
    return text.format(names=names, where=v["where"])


def _groups_empty(e: CodedError, v: Mapping[str, str]) -> str:
    groups = _keys(e.values["groups"])
    names = ", ".join(quote(g) for g in groups)
    if len(groups) == 1:
        return _tr("no shipped questions for the group {names}; they start empty").format(
            names=names
        )
    return _tr("no shipped questions for the groups {names}; they start empty").format(names=names)


def _not_written(e: CodedError, v: Mapping[str, str]) -> str:
    problem = e.values["problem"]
    from cocoach_desktop.platform.problem_words import say  # which names these sentences

    said = say(problem, origin=False) if isinstance(problem, BaseException) else str(problem)
    return _tr("the template could not be written correctly: {problem}").format(problem=said)


FILE_SENTENCES: dict[ErrorCode, Callable[[CodedError, Mapping[str, str]], str]] = {
    ErrorCode.FILE_NOT_READ: fixed(lambda: _tr("the file could not be read ({detail})")),
    ErrorCode.FILE_TOO_LARGE: lambda e, v: _kind(
        e,
        lambda: _tr("the file is larger than {kib} KiB, far too large for a question bank"),
        lambda: _tr("the file is larger than {kib} KiB, far too large for a protocol template"),
    ),
    ErrorCode.NOT_A_TEXT_FILE: lambda e, v: _kind(
        e,
        lambda: _tr("this is not a text file; a question bank is a TOML text file (.toml)"),
        lambda: _tr("this is not a text file; a protocol template is a TOML text file (.toml)"),
    ),
    ErrorCode.NOT_UTF8: fixed(
        lambda: _tr(
            "the file is not saved as UTF-8 text (byte {byte} cannot be read); "
            "open it in an editor and save it again as UTF-8"
        )
    ),
    ErrorCode.FILE_EMPTY: fixed(lambda: _tr("the file is empty")),
    ErrorCode.NOT_VALID_TOML: fixed(lambda: _tr("this is not valid TOML: {detail}")),
    ErrorCode.FILE_PROBLEMS: lambda e, v: _joined(e.values["problems"]),
    ErrorCode.NESTED_TOO_DEEP: lambda e, v: _kind(
        e,
        lambda: _tr("the file is nested too deeply to be a question bank"),
        lambda: _tr("the file is nested too deeply to be a template"),
    ),
    ErrorCode.NOT_UNDERSTOOD_AS: lambda e, v: _kind(
        e,
        lambda: _tr("the file could not be understood as a question bank ({detail})"),
        lambda: _tr("the file could not be understood as a template ({detail})"),
    ),
    ErrorCode.VALUE_NOT_TEXT: lambda e, v: _kind(
        e, lambda: _tr("the question bank is not text"), lambda: _tr("the template is not text")
    ),
    ErrorCode.IS_A_FOLDER: fixed(lambda: _tr("this is a folder, not a question bank file")),
    ErrorCode.BANK_IS_JSON: fixed(
        lambda: _tr("this looks like a JSON file; a question bank is a TOML file (.toml)")
    ),
    ErrorCode.BANK_NOT_ONE_TABLE: fixed(lambda: _tr("the file must hold one table of keys")),
    ErrorCode.BANK_IS_TEMPLATE: fixed(
        lambda: _tr("this is a protocol template, not a question bank; open it as a protocol")
    ),
    ErrorCode.BANK_FORMAT_MISSING: fixed(
        lambda: _tr('this is not a Cocoach question bank: the line format = "{format}" is missing')
    ),
    ErrorCode.BANK_WRONG_FORMAT: lambda e, v: _tr(
        "this is not a Cocoach question bank: its format is {found}, not '{format}'"
    ).format(found=quote(v["found"]), format=v["format"]),
    ErrorCode.BANK_TOO_NEW: fixed(
        lambda: _tr(
            "this file was made by a newer version of Cocoach (bank format {version}); "
            "this version reads format {supported}: update Cocoach to use it"
        )
    ),
    ErrorCode.TEMPLATE_NOT_ONE_TABLE: lambda e, v: _tr(
        "the file must hold one table of keys (id, name, phases and so on), but it holds {found}"
    ).format(found=kind_words(v["found"])),
    ErrorCode.NOT_VALID_JSON: fixed(
        lambda: _tr("this is not valid JSON: {why} (at line {line}, column {column})")
    ),
    ErrorCode.DUPLICATE_KEY: lambda e, v: _tr(
        "the key {key} appears twice in the same table"
    ).format(key=quote(v["key"])),
    ErrorCode.UNKNOWN_FORMAT: lambda e, v: _tr(
        "unknown file format {format}; use TOML or JSON"
    ).format(format=quote(v["format"])),
    ErrorCode.TOO_MANY_DIGITS: fixed(lambda: _tr("a number in the file has far too many digits")),
    ErrorCode.NOT_A_FOLDER: fixed(lambda: _tr("this is a file, not a folder")),
    ErrorCode.FOLDER_NOT_READ: fixed(lambda: _tr("the folder could not be read ({detail})")),
    ErrorCode.ID_TAKEN: lambda e, v: _tr(
        "the id '{id}' is already used by {name} ({where}); this file was skipped"
    ).format(id=v["id"], name=quote(v["name"]), where=v["where"]),
    ErrorCode.SHIPPED_NOT_A_FOLDER: fixed(
        lambda: _tr("this is a file, not a folder; no shipped questions could be loaded")
    ),
    ErrorCode.SHIPPED_FOLDER_MISSING: fixed(
        lambda: _tr("the folder is missing; no shipped questions could be loaded")
    ),
    ErrorCode.GROUP_TAKEN: fixed(
        lambda: _tr("the group '{group}' already comes from {where}; this file was skipped")
    ),
    ErrorCode.IDS_TAKEN: _ids_taken,
    ErrorCode.GROUPS_EMPTY: _groups_empty,
    ErrorCode.ARCHIVE_CLOSED: fixed(lambda: _tr("the archive is not open")),
    ErrorCode.NO_SUCH_BANK_GROUP: lambda e, v: _tr("the group {group} does not exist").format(
        group=quote(v["group"])
    ),
    ErrorCode.NOT_ADDED: fixed(lambda: _tr("{problem}")),
    ErrorCode.BUILTIN_UNCHANGEABLE: lambda e, v: _tr(
        "{name} is a built-in protocol and cannot be changed; duplicate it to make your own copy"
    ).format(name=quote(v["name"])),
    ErrorCode.BUILTIN_UNDELETABLE: lambda e, v: _tr(
        "{name} is a built-in protocol and cannot be deleted"
    ).format(name=quote(v["name"])),
    ErrorCode.TEMPLATE_PROBLEMS: lambda e, v: _joined(e.values["problems"]),
    ErrorCode.NOT_WRITTEN_CORRECTLY: _not_written,
    ErrorCode.NOT_READ_BACK: fixed(
        lambda: _tr("the template could not be written so that it reads back the same")
    ),
}
