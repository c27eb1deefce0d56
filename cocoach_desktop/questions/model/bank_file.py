"""A question bank file: reading one (shipped or offered for import) and writing one."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from cocoach_desktop.domain import limits
from cocoach_desktop.domain.records import MAX_QUESTION_CHARS
from cocoach_desktop.platform.datafiles import (
    quote,
    read_text,
    reason,
    toml_text,
)
from cocoach_desktop.platform.problems import ErrorCode, RefusedError
from cocoach_desktop.platform.reading import Code, Reader
from cocoach_desktop.platform.tables import Table, Wanted
from cocoach_desktop.protocols.model.template import PROMPT_GROUPS
from cocoach_desktop.questions.model.question import (
    GROUP_TITLES,
    Bank,
    BankError,
    ImportedBank,
    Question,
)

FORMAT = "cocoach-questions"
FORMAT_VERSION = 1
MAX_FILE_BYTES = limits.BANK_FILE_BYTES
MAX_TITLE_CHARS = limits.BANK_TITLE_CHARS
MAX_PURPOSE_CHARS = limits.BANK_PURPOSE_CHARS
MAX_QUESTIONS = limits.BANK_QUESTIONS
MAX_ID_CHARS = limits.BANK_ID_CHARS

_ID_RE = re.compile(r"[a-z0-9][a-z0-9_-]*")
_TOP_KEYS = ("format", "version", "group", "title", "purpose", "questions")
_QUESTION_KEYS = ("id", "text")


# --- reading a bank file --------------------------------------------------------------


@dataclass(frozen=True)
class _Parsed:
    group: str
    title: str
    purpose: str
    questions: tuple[tuple[str, str], ...]  # (id, text); id "" when an import has none


def _decode(text: object, origin: str) -> object:
    if not isinstance(text, str):
        raise BankError(origin, ErrorCode.VALUE_NOT_TEXT, kind="bank")
    if len(text) > MAX_FILE_BYTES or len(text.encode("utf-8", "surrogatepass")) > MAX_FILE_BYTES:
        raise BankError(origin, ErrorCode.FILE_TOO_LARGE, kib=MAX_FILE_BYTES // 1024, kind="bank")
    text = text.removeprefix("\ufeff")
    if "\x00" in text:
        raise BankError(origin, ErrorCode.NOT_A_TEXT_FILE, kind="bank")
    if not text.strip():
        raise BankError(origin, ErrorCode.FILE_EMPTY)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        if text.lstrip().startswith("{"):
            raise BankError(origin, ErrorCode.BANK_IS_JSON) from None
        raise BankError(origin, ErrorCode.NOT_VALID_TOML, detail=str(exc)) from None


def _check_text(label: str, value: object, r: Reader) -> str:
    if not isinstance(value, str):
        r.note(label, Code.NAMED_WRONG_TYPE, "text", value)
        return ""
    text = value.strip()
    if not text:
        r.note(label, Code.BLANK_QUESTION)
    elif len(text) > MAX_QUESTION_CHARS:
        r.note(label, Code.QUESTION_TOO_LONG, len(text), MAX_QUESTION_CHARS)
    return text


def _check_id(label: str, value: object, shipped: bool, r: Reader) -> str:
    if value is None:
        if shipped:
            r.note(label, Code.MISSING, "id")
        return ""
    if not isinstance(value, str):
        r.note(label, Code.NAMED_WRONG_TYPE, "id", value)
        return ""
    if not shipped:
        return value  # an imported file's ids are not kept, so any text will do
    if len(value) > MAX_ID_CHARS:
        r.note(label, Code.ID_TOO_LONG, len(value), MAX_ID_CHARS)
    elif not _ID_RE.fullmatch(value):
        r.note(label, Code.BAD_ID, value)
    return value


def _parse_questions(raw: object, shipped: bool, r: Reader) -> list[tuple[str, str]]:
    if raw is None or (isinstance(raw, list) and not raw):
        r.note("", Code.NO_QUESTIONS)
        return []
    if not isinstance(raw, list):
        r.note("", Code.WRONG_TYPE, "questions", Wanted.TABLES, raw)
        return []
    if len(raw) > MAX_QUESTIONS:
        r.note("", Code.TOO_MANY_QUESTIONS, len(raw), MAX_QUESTIONS)
        return []
    questions: list[tuple[str, str]] = []
    first_place: dict[str, int] = {}
    for index, item in enumerate(raw, 1):
        if not isinstance(item, dict):
            r.note("", Code.NOT_A_TABLE, f"question {index}", "an id and a text", item)
            continue
        raw_id = item.get("id")
        label = f"question {index}"
        if isinstance(raw_id, str) and raw_id.strip():
            label += f" ({quote(raw_id)})"
        for key in item:
            if key not in _QUESTION_KEYS:
                r.note(label, Code.UNKNOWN_QUESTION_KEY, str(key), _QUESTION_KEYS)
        qid = _check_id(label, raw_id, shipped, r)
        if "text" not in item:
            r.note(label, Code.MISSING, "text")
            text = ""
        else:
            text = _check_text(label, item["text"], r)
        if shipped and qid:
            if qid in first_place:
                r.note(label, Code.DUPLICATE_ID, qid, first_place[qid])
            else:
                first_place[qid] = index
        questions.append((qid, text))
    return questions


def _parse(text: object, origin: str, shipped: bool) -> _Parsed:
    data = _decode(text, origin)
    if not isinstance(data, dict):
        raise BankError(origin, ErrorCode.BANK_NOT_ONE_TABLE)
    if "format" not in data:
        if "phases" in data:
            raise BankError(origin, ErrorCode.BANK_IS_TEMPLATE)
        raise BankError(origin, ErrorCode.BANK_FORMAT_MISSING, format=FORMAT)
    if data["format"] != FORMAT:
        raise BankError(
            origin, ErrorCode.BANK_WRONG_FORMAT, found=str(data["format"]), format=FORMAT
        )
    version = data.get("version")
    r = Reader()
    top = Table(r, data)
    if version is None:
        top.note(Code.MISSING, "version")
    elif isinstance(version, bool) or not isinstance(version, int):
        top.wrong("version", Wanted.WHOLE, version)
    elif version > FORMAT_VERSION:
        raise BankError(origin, ErrorCode.BANK_TOO_NEW, version=version, supported=FORMAT_VERSION)
    elif version < 1:
        top.note(Code.BAD_VERSION, "version", version, FORMAT_VERSION)
    top.unknown(_TOP_KEYS)
    group = data.get("group")
    if group is None:
        top.note(Code.MISSING, "group")
        group = ""
    elif not isinstance(group, str):
        top.wrong("group", Wanted.TEXT, group)
        group = ""
    elif group not in PROMPT_GROUPS:
        top.note(Code.NO_SUCH_GROUP, group, PROMPT_GROUPS)
    title = top.line("title", limit=MAX_TITLE_CHARS, required=shipped)
    purpose = top.line("purpose", limit=MAX_PURPOSE_CHARS, required=shipped)
    questions = _parse_questions(data.get("questions"), shipped, r)
    if r.problems:
        raise BankError(origin, ErrorCode.FILE_PROBLEMS, problems=tuple(r.problems))
    return _Parsed(
        group=group,
        title=title or GROUP_TITLES[group],
        purpose=purpose,
        questions=tuple(questions),
    )


def _guarded(text: object, origin: str, shipped: bool) -> _Parsed:
    try:
        return _parse(text, origin, shipped)
    except BankError:
        raise
    except RecursionError:
        raise BankError(origin, ErrorCode.NESTED_TOO_DEEP, kind="bank") from None
    except Exception as exc:  # the last guard: a bad file must never crash the app
        raise BankError(origin, ErrorCode.NOT_UNDERSTOOD_AS, kind="bank", detail=str(exc)) from None


def parse_shipped_file(text: str, origin: str) -> Bank:
    """One shipped bank from its TOML text; every question needs a unique, stable id.

    Raises :class:`BankError` listing the problems, whatever the input.
    """
    parsed = _guarded(text, origin, shipped=True)
    questions = tuple(
        Question(
            key=f"shipped:{qid}",
            group=parsed.group,
            text=qtext,
            shipped_id=qid,
            original=qtext,
        )
        for qid, qtext in parsed.questions
    )
    return Bank(parsed.group, parsed.title, parsed.purpose, questions, origin)


def parse_bank_file(text: str, origin: str) -> ImportedBank:
    """A bank file offered for import: one exported by the app, a shipped one, or hand-made.

    Ids may be left out (they are not kept). Raises :class:`BankError` listing the problems.
    """
    parsed = _guarded(text, origin, shipped=False)
    return ImportedBank(
        parsed.group, parsed.title, parsed.purpose, tuple(t for _, t in parsed.questions)
    )


def read_bank_file(path: Path) -> ImportedBank:
    """Read a bank file chosen for import, refusing huge, binary or non-UTF-8 files plainly."""
    origin = str(path)
    try:
        if path.is_dir():
            raise BankError(origin, ErrorCode.IS_A_FOLDER)
    except OSError as exc:
        raise BankError(origin, ErrorCode.FILE_NOT_READ, detail=reason(exc)) from None
    return parse_bank_file(
        read_text(path, origin, max_bytes=MAX_FILE_BYTES, what="bank", error=BankError),
        origin,
    )


# --- writing a bank file --------------------------------------------------------------


def bank_file_text(group: str, title: str, purpose: str, questions: Iterable[Question]) -> str:
    """A bank in the TOML format that :func:`parse_bank_file` reads (and the shipped files use).

    Shipped questions keep their ids, the user's own ones get ``own-<n>``; ids are made
    unique. Raises ``ValueError`` for a group that does not exist.
    """
    if group not in PROMPT_GROUPS:
        raise RefusedError(ErrorCode.NO_SUCH_BANK_GROUP, "bank", group=group)
    tables: list[dict[str, object]] = []
    used: set[str] = set()
    for number, q in enumerate(questions, 1):
        if q.shipped_id:
            base = q.shipped_id
        elif q.saved_id is not None:
            base = f"own-{q.saved_id}"
        else:
            base = f"new-{number}"
        qid, extra = base, 2
        while qid in used:
            qid = f"{base}-{extra}"
            extra += 1
        used.add(qid)
        tables.append({"id": qid, "text": q.text})
    document = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "group": group,
        "title": title,
        "purpose": purpose,
        "questions": tables,
    }
    comment = (
        "A question bank exported from Cocoach Desktop. Import it from the question bank",
        "window; each entry of questions is one question.",
    )
    return toml_text(document, comment)
