"""Models and storage report problems as codes; the words live in platform/wording.py.

A Qt-free module raises a :class:`CodedError` (a code, a place, values), never a sentence:
the sentences sit in one module, behind a ``_tr`` hook the app points at its translation,
so a translation reaches every refusal a user reads.
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from cocoach_desktop.platform import wording
from cocoach_desktop.platform.datafiles import DataFileError
from cocoach_desktop.platform.problem_words import english, say
from cocoach_desktop.platform.problems import CodedError, ErrorCode, Reason, RefusedError
from cocoach_desktop.platform.reading import Code, Problem
from cocoach_desktop.platform.wording import set_translator

PACKAGE = Path(__file__).resolve().parents[2] / "cocoach_desktop"

# Raises that keep a sentence, with how many each file has (the counts may only go down).
ALLOWED: dict[str, int] = {
    # Programmer errors no user can reach: a caller passing a value the UI never offers.
    "storage/models.py": 1,  # a naive datetime; validation refuses it (coded) before this
    "storage/backup_files.py": 1,  # a naive "now"; the clock is always aware
    "timer/model/time_changes.py": 2,  # a step of 0 or fewer seconds; the UI offers none
    "timer/model/display.py": 1,  # negative warning thresholds; the settings clamp them
    "timer/model/run_times.py": 1,  # a plan with no phases; plans refuse that (coded)
    "questions/model/prompt_deck.py": 1,  # a rotation of 0 seconds; the settings clamp it
    "exchange/model/export_fields.py": 1,  # a field table that names a list as a value
    "backups/model/retention.py": 1,  # a naive time; the clock is always aware
    "recording/model/autosave.py": 1,  # quiet time out of range; only the app sets it
}


def _qt_free_modules() -> list[Path]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE).parts
        if parts[0] in ("storage", "domain") or "model" in parts[:-1] or "services" in parts:
            found.append(path)
    return found


def _is_words(node: ast.expr) -> bool:
    """A string literal, an f-string, a sum of them, or a list of them."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _is_words(node.left) or _is_words(node.right)
    if isinstance(node, ast.List | ast.Tuple):
        return any(_is_words(item) for item in node.elts)
    return False


def _is_code(node: ast.expr) -> bool:
    """``ErrorCode.TOO_LONG`` (or another ``…Code`` enum's member)."""
    return (
        isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id.endswith("Code")
    )


def worded_raises(path: Path) -> list[int]:
    """The lines where ``path`` raises an exception class built from a sentence.

    A text after the code is its place ("note"), not a sentence.
    """
    lines = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call)):
            continue
        callee = node.exc.func
        name = callee.attr if isinstance(callee, ast.Attribute) else getattr(callee, "id", "")
        if not name[:1].isupper():  # a helper that builds the error (storage's _plain)
            continue
        for arg in node.exc.args:
            if _is_code(arg):
                break
            if _is_words(arg):
                lines.append(node.lineno)
                break
    return sorted(lines)


def test_the_qt_free_parts_raise_codes_not_sentences() -> None:
    found = Counter[str]()
    where = {}
    for path in _qt_free_modules():
        lines = worded_raises(path)
        if lines:
            name = path.relative_to(PACKAGE).as_posix()
            found[name] = len(lines)
            where[name] = lines
    over = {n: where[n] for n, count in found.items() if count > ALLOWED.get(n, 0)}
    assert not over, f"raise a CodedError (platform/problems.py), not a sentence: {over}"
    gone = {n: (ALLOWED[n], found[n]) for n in ALLOWED if found[n] < ALLOWED[n]}
    assert not gone, f"fewer worded raises now: lower ALLOWED to match {gone}"


def test_the_scan_sees_a_sentence_in_any_argument(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text(
        "def f(x):\n"
        "    raise ValueError('no')\n"
        "    raise ValueError(f'{x} no')\n"
        "    raise E(x, 'the file is empty')\n"
        "    raise E(['a: ' + x])\n"
        "    raise E(Code.X, 'note', limit=200)\n"
        "    raise ValueError(x)\n"
        "    raise _plain(x, 'open')\n"
    )
    assert worded_raises(module) == [2, 3, 4, 5]


def test_a_too_long_note_carries_its_code_place_and_limit(tmp_path: Path) -> None:
    from cocoach_desktop.storage.validation import checked_text

    with pytest.raises(RefusedError) as caught:
        checked_text("x" * 201, "note", limit=200)
    error = caught.value
    assert error.code is ErrorCode.TEXT_REFUSED and error.place == "note"
    (problem,) = error.values["problems"]  # type: ignore[misc]
    assert problem.values == (201, 200)  # the length and the limit
    assert str(error) == "A note is 201 characters long; at most 200 are allowed."
    assert isinstance(error, ValueError)  # callers that catch ValueError still do


def test_a_topic_refusal_and_a_plan_refusal_carry_their_values() -> None:
    from cocoach_desktop.setup.model.topics import MAX_TOPIC_CHARS, make_topic

    with pytest.raises(RefusedError) as caught:
        make_topic("Ana", "x" * (MAX_TOPIC_CHARS + 1))
    assert caught.value.code is ErrorCode.TOPIC_TOO_LONG
    assert caught.value.values == {"limit": MAX_TOPIC_CHARS}
    assert str(caught.value) == f"Keep a topic under {MAX_TOPIC_CHARS} characters."


def test_a_record_gone_names_its_kind_and_id(tmp_path: Path) -> None:
    from cocoach_desktop.storage.archive import Archive
    from cocoach_desktop.storage.db import open_archive
    from cocoach_desktop.storage.transactions import RecordNotFoundError

    archive = Archive(open_archive(tmp_path / "a.sqlite3"))
    try:
        with pytest.raises(RecordNotFoundError) as caught:
            archive.delete_note(4242)
    finally:
        archive.engine.dispose()
    assert (caught.value.code, caught.value.place) == (ErrorCode.RECORD_GONE, "note")
    assert caught.value.values == {"id": 4242}
    assert str(caught.value) == "Note 4242 no longer exists."


def shout(text: str) -> str:
    """A fake translation: capitals, the placeholders ({limit}) left as they are."""
    return re.sub(r"[^{}]+(?=\{|$)|(?<=\})[^{}]+", lambda m: m.group().upper(), text)


@pytest.fixture
def shouting() -> Iterator[None]:
    """Every sentence of the words module comes out in capitals, as a translation would."""
    set_translator(shout)
    yield
    set_translator(None)


@pytest.mark.usefixtures("shouting")
def test_a_translation_reaches_a_storage_refusal_and_the_log_keeps_english() -> None:
    from cocoach_desktop.storage.validation import checked_text

    with pytest.raises(ValueError) as caught:
        checked_text("x" * 201, "commitment", limit=200)
    # What a window shows is translated, the values put in after translation ...
    assert say(caught.value) == "A COMMITMENT IS 201 CHARACTERS LONG; AT MOST 200 ARE ALLOWED."
    # ... while str() (logs, the command line) stays English.
    assert str(caught.value) == "A commitment is 201 characters long; at most 200 are allowed."


def test_the_fake_translation_keeps_placeholders() -> None:
    assert shout("Keep a topic under {limit} characters.") == (
        "KEEP A TOPIC UNDER {limit} CHARACTERS."
    )


def test_a_dictionary_translation_keeps_the_values_it_did_not_translate() -> None:
    german = {
        "The archive {path} is empty (0 bytes): a copy or sync of it probably failed.": (
            "Das Archiv {path} ist leer (0 Bytes)."
        ),
        "It was left untouched; restore a backup.": "Es blieb unverändert.",
    }
    set_translator(lambda text: german.get(text, text))
    try:
        from cocoach_desktop.storage.db import ArchiveDamagedError

        error = ArchiveDamagedError(
            ErrorCode.ARCHIVE_EMPTY, advice=ErrorCode.RESTORE_A_BACKUP, path=Path("/x/a.db")
        )
        assert say(error) == "Das Archiv /x/a.db ist leer (0 Bytes). Es blieb unverändert."
        assert say(error, advice=False) == "Das Archiv /x/a.db ist leer (0 Bytes)."
        assert error.problem.startswith("The archive /x/a.db is empty")  # English
    finally:
        set_translator(None)


def _sample(code: ErrorCode) -> CodedError:
    """An error of ``code`` with every value a sentence may name."""
    values: dict[str, object] = dict(
        id=1,
        path=Path("/a"),
        detail="d",
        length=3,
        limit=2,
        kind="x",
        allowed=("a", "b"),
        value=-1,
        phase=-1,
        shipped="s",
        position=1,
        problem="p",
        revision="9",
        size=3,
        count=1,
        table="t",
        saved="",
        seconds=5,
        phases=2,
        hours=8,
        people=3,
        minutes=1,
        text="t",
        end="10:00",
        start="11:00",
        what="backup",
        reason=Reason.OTHER,
        problems=(Problem("x", Code.BLANK, ("key",)),),
        total=2,
        who="Ana",
        coachees=("Ben", "Cy"),
        kib=64,
        byte=3,
        why="w",
        line=1,
        column=2,
        key="k",
        format="f",
        found="x",
        version=9,
        supported=1,
        ids=("a",),
        groups=("g",),
        name="n",
        where="w",
        group="g",
        index=3,
    )
    places = {
        ErrorCode.RECORD_GONE: "note",
        ErrorCode.TEXT_REFUSED: "note",
        ErrorCode.NO_TIME_ZONE: "start",
        ErrorCode.COPY_FAILED_CHECK: "backup",
        ErrorCode.FILE_FAILED: "open",
        ErrorCode.ARCHIVE_NOT_USABLE: "full",
    }
    return CodedError(code, places.get(code, ""), **values)


@pytest.mark.parametrize("code", list(ErrorCode))
def test_every_code_has_a_sentence(code: ErrorCode) -> None:
    said = english(_sample(code))
    assert said and "{" not in said, said


def test_every_reason_has_words() -> None:
    for reason in Reason:
        error = CodedError(ErrorCode.FILE_FAILED, "write", path="/a", reason=reason, detail="d")
        assert str(error).startswith("Could not write /a: ")


def test_the_hook_is_english_until_the_app_sets_it() -> None:
    assert wording._tr("A note") == "A note"


def test_both_words_modules_name_the_context_the_app_translates() -> None:
    from cocoach_desktop.platform import file_words, problem_words

    assert problem_words.TR_CONTEXT == file_words.TR_CONTEXT == wording.TR_CONTEXT == "Problems"


@pytest.mark.usefixtures("shouting")
def test_a_translation_reaches_an_import_refusal_and_a_bank_files_problems() -> None:
    from cocoach_desktop.exchange.model.exchange import ImportFormatError, parse_json_document
    from cocoach_desktop.questions.model.bank_file import parse_bank_file

    with pytest.raises(ImportFormatError) as refused:
        parse_json_document('{"format": "cocoach-archive", "version": "2"}')
    assert say(refused.value).startswith("THE FILE CANNOT BE IMPORTED: 1 PROBLEM\n- ")
    with pytest.raises(DataFileError) as bad:
        parse_bank_file('format = "cocoach-questions"\nversion = 1\ncolour = 2\n', "b.toml")
    assert say(bad.value).startswith("b.toml: ")
    assert "UNKNOWN KEY 'colour'" in say(bad.value)
    assert "unknown key 'colour'" in str(bad.value)  # the log keeps English
