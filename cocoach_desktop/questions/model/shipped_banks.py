"""Loading the shipped question banks from their folder: each file, its clashes, the gaps."""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib.resources.abc import Traversable

from cocoach_desktop.platform.datafiles import (
    MAX_LISTED_PROBLEMS,
    origin_of,
    read_text,
    reason,
)
from cocoach_desktop.platform.problems import ErrorCode
from cocoach_desktop.protocols.model.template import PROMPT_GROUPS
from cocoach_desktop.questions.model.bank_file import MAX_FILE_BYTES, parse_shipped_file
from cocoach_desktop.questions.model.question import Bank, BankError


@dataclass
class BankLoad:
    """The shipped banks that loaded, by group, and one error for each file that did not."""

    banks: dict[str, Bank] = field(default_factory=dict)
    errors: list[BankError] = field(default_factory=list)


def _bank_files(folder: Traversable, errors: list[BankError]) -> list[Traversable] | None:
    origin = origin_of(folder)
    try:
        if not folder.is_dir():
            code = (
                ErrorCode.SHIPPED_NOT_A_FOLDER
                if folder.is_file()
                else ErrorCode.SHIPPED_FOLDER_MISSING
            )
            errors.append(BankError(origin, code))
            return None
        entries = [
            entry
            for entry in folder.iterdir()
            if not entry.name.startswith(".") and entry.name.lower().endswith(".toml")
        ]
    except OSError as exc:
        errors.append(BankError(origin, ErrorCode.FOLDER_NOT_READ, detail=reason(exc)))
        return None
    return sorted(entries, key=lambda entry: (entry.name.casefold(), entry.name))


def load_shipped(folder: Traversable) -> BankLoad:
    """Load every ``*.toml`` bank in ``folder``: a bad file becomes an error, the others load.

    A group claimed by two files, or a question id used in two files, skips the later file.
    Groups with no file are reported once; they start empty.
    """
    result = BankLoad()
    entries = _bank_files(folder, result.errors)
    if entries is None:
        return result
    id_owner: dict[str, str] = {}
    for entry in entries:
        origin = origin_of(entry)
        try:
            if not entry.is_file():
                continue
            bank = parse_shipped_file(
                read_text(entry, origin, max_bytes=MAX_FILE_BYTES, what="bank", error=BankError),
                origin,
            )
        except OSError as exc:
            result.errors.append(BankError(origin, ErrorCode.FILE_NOT_READ, detail=reason(exc)))
            continue
        except BankError as err:
            result.errors.append(err)
            continue
        first = result.banks.get(bank.group)
        if first is not None:
            result.errors.append(
                BankError(origin, ErrorCode.GROUP_TAKEN, group=bank.group, where=first.origin)
            )
            continue
        clashes = [q.shipped_id for q in bank.questions if q.shipped_id in id_owner]
        if clashes:
            shown = tuple(clashes[:MAX_LISTED_PROBLEMS])
            where = id_owner[clashes[0]]
            result.errors.append(BankError(origin, ErrorCode.IDS_TAKEN, ids=shown, where=where))
            continue
        for q in bank.questions:
            id_owner[q.shipped_id] = origin
        result.banks[bank.group] = bank
    missing = [g for g in PROMPT_GROUPS if g not in result.banks]
    if missing:
        result.errors.append(
            BankError(origin_of(folder), ErrorCode.GROUPS_EMPTY, groups=tuple(missing))
        )
    return result
