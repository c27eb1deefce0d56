"""The sentences of raised errors (:class:`CodedError`), in one place.

They go through the words module's ``_tr`` hook (:mod:`wording`), so the app's translation
reaches them; values are put in after translation. ``str()`` of an error is
:func:`english` (logs, the command line); a window shows :func:`say`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Final

from cocoach_desktop.platform.datafiles import DataFileError
from cocoach_desktop.platform.file_words import FILE_SENTENCES, fixed
from cocoach_desktop.platform.problems import CodedError, ErrorCode, Reason
from cocoach_desktop.platform.wording import (
    _english,
    _keys,
    _tr,
    located,
    sentence,
)

# The translation context of these sentences, as in wording (tools/update_translations.py).
TR_CONTEXT: Final = "Problems"


def _subject(place: str) -> str:
    """What a refused value is, as the start of a sentence: "A note"."""
    return {
        "name": _tr("A name"),
        "note": _tr("A note"),
        "commitment": _tr("A commitment"),
        "follow-up": _tr("A follow-up note"),
        "committer": _tr("The name of who commits"),
        "topic": _tr("A topic"),
        "topic-owner": _tr("The name of whose topic it is"),
        "person": _tr("A person's name"),
        "group": _tr("A group's name"),
        "participant": _tr("A participant's name"),
        "tag": _tr("A tag"),
        "question": _tr("A question"),
        "question-group": _tr("A question's group"),
        "start": _tr("The start time"),
        "end": _tr("The end time"),
        "event-time": _tr("An event's time"),
        "note-time": _tr("A note's time"),
        "commitment-time": _tr("A commitment's time"),
        "topic-time": _tr("A topic's time"),
        "tally-time": _tr("A tally mark's time"),
        "the-note-time": _tr("The note's time"),
        "the-commitment-time": _tr("The commitment's time"),
        "the-topic-time": _tr("The topic's time"),
        "the-checkpoint-time": _tr("The checkpoint's time"),
    }[place]


def _gone(place: str) -> str:
    return {
        "session": _tr("Session {id} no longer exists."),
        "note": _tr("Note {id} no longer exists."),
        "commitment": _tr("Commitment {id} no longer exists."),
        "topic": _tr("Topic {id} no longer exists."),
        "person": _tr("Person {id} no longer exists."),
        "saved-question": _tr("Saved question {id} no longer exists."),
    }[place]


def _written(place: str) -> str:
    """What a backup step was writing: "the backup"."""
    return {
        "backup": _tr("the backup"),
        "restored": _tr("the restored archive"),
        "current-copy": _tr("the copy of the current archive"),
    }[place]


def _doing(place: str, what: str) -> str:
    """What a file operation was doing, to follow "Could not"."""
    return {
        "open": _tr("open"),
        "copy": _tr("copy"),
        "write": _tr("write"),
        "write-that": _tr("write {what}"),
        "write-into": _tr("write {what} into"),
        "read-backups": _tr("read the backups in"),
        "restore-into": _tr("restore the backup into"),
        "put-back": _tr("put back"),
        "set-aside": _tr("set aside"),
    }[place].format(what=what)


def _reason(reason: object, detail: str) -> str:
    return {
        Reason.DISK_FULL: _tr("the disk is full"),
        Reason.READ_ONLY: _tr("the folder or file is read-only, or belongs to someone else"),
        Reason.NOT_FOUND: _tr("the file or folder does not exist"),
        Reason.BUSY: _tr("another program (or this one) is still using it"),
        Reason.DAMAGED: _tr("the file is damaged or is not an archive"),
        Reason.CANNOT_OPEN: _tr("the file cannot be opened (missing, or the folder is read-only)"),
    }.get(Reason(str(reason)), detail)


def _refused_text(e: CodedError, v: Mapping[str, str]) -> str:
    problems = e.values["problems"]
    assert isinstance(problems, tuple)
    return _tr("{what} {problems}.").format(
        what=_subject(e.place), problems="; ".join(sentence(p) for p in problems)
    )


def _restored_failed(e: CodedError, v: Mapping[str, str]) -> str:
    text = _tr("The restored archive {path} failed its check ({detail}).").format(**v)
    if v.get("saved"):
        text += " " + _tr("The previous archive is in {saved}.").format(**v)
    return text


def _file_failed(e: CodedError, v: Mapping[str, str]) -> str:
    doing = _doing(e.place, _written(v["what"]) if v.get("what") else "")
    why = _reason(e.values.get("reason", Reason.OTHER), v.get("detail", ""))
    return _tr("Could not {doing} {path}: {why}.").format(doing=doing, path=v["path"], why=why)


def _not_usable(e: CodedError, v: Mapping[str, str]) -> str:
    reason = {
        "full": _tr("the disk is full; free some space"),
        "read-only": _tr("the archive file or its folder has become read-only"),
        "busy": _tr("another program is holding the archive; try again in a moment"),
        "damaged": _tr("the archive file is damaged; restart the app to restore a backup"),
        "disk": _tr("the disk could not be read or written (was a drive removed?)"),
    }.get(e.place, v.get("detail", ""))
    return _tr("The archive could not be used: {reason}.").format(reason=reason)


def _import_refused(e: CodedError, v: Mapping[str, str]) -> str:
    problems = e.values["problems"]
    count = e.values["total"]
    assert isinstance(problems, tuple) and isinstance(count, int)
    if count == 1:
        head = _tr("The file cannot be imported: 1 problem")
    else:
        head = _tr("The file cannot be imported: {count} problems").format(count=count)
    if count > len(problems):
        head += " " + _tr("(the first {shown} are listed)").format(shown=len(problems))
    listed = (located(p) if p.place else sentence(p) for p in problems)
    return "\n".join([head, *(f"- {p}" for p in listed)])


def _which_coachee(e: CodedError, v: Mapping[str, str]) -> str:
    coachees = ", ".join(_keys(e.values["coachees"]))
    return _tr("This session was shared by {coachees}: say which coachee the copy is for.").format(
        coachees=coachees
    )


def _not_a_coachee(e: CodedError, v: Mapping[str, str]) -> str:
    coachees = _keys(e.values["coachees"])
    if not coachees:
        return _tr("{who} was not a coachee in this session.").format(who=v["who"])
    return _tr("{who} was not a coachee in this session (the coachees were {coachees}).").format(
        who=v["who"], coachees=", ".join(coachees)
    )


_FAULTS: dict[ErrorCode, Callable[[CodedError, Mapping[str, str]], str]] = {
    **FILE_SENTENCES,
    ErrorCode.CHECKPOINT_MISMATCH: fixed(
        lambda: _tr("the checkpoint does not match the session's phases")
    ),
    ErrorCode.CHECKPOINT_PHASE: fixed(lambda: _tr("the checkpoint's phase is not in the session")),
    ErrorCode.IMPORT_REFUSED: _import_refused,
    ErrorCode.WHICH_COACHEE: _which_coachee,
    ErrorCode.NOT_A_COACHEE: _not_a_coachee,
    ErrorCode.ARCHIVE_NOT_USABLE: _not_usable,
    ErrorCode.PROTOCOL_HAS_NO_PHASES: fixed(lambda: _tr("The protocol has no phases.")),
    ErrorCode.TOO_SHORT_FOR_PHASES: fixed(
        lambda: _tr("{seconds} seconds is too short for {phases} phases.")
    ),
    ErrorCode.SESSION_TOO_SHORT: fixed(
        lambda: _tr("The session needs a length of at least one minute.")
    ),
    ErrorCode.SESSION_TOO_LONG: fixed(lambda: _tr("A session can last at most {hours} hours.")),
    ErrorCode.SHARING_NEEDS_TWO: fixed(
        lambda: _tr("To share the time, enter at least two people who bring a topic.")
    ),
    ErrorCode.SHARES_TOO_SHORT: fixed(
        lambda: _tr(
            "{people} people cannot share {minutes} minutes: each would get only seconds per phase."
        )
    ),
    ErrorCode.TOPIC_WHOSE: fixed(lambda: _tr("Say whose topic it is.")),
    ErrorCode.TOPIC_EMPTY: fixed(lambda: _tr("The topic is empty; write a few words about it.")),
    ErrorCode.TOPIC_TOO_LONG: fixed(lambda: _tr("Keep a topic under {limit} characters.")),
    ErrorCode.NOT_A_TIME_OF_DAY: fixed(
        lambda: _tr("“{text}” is not a time of day: write it like 16:15.")
    ),
    ErrorCode.END_PASSED: fixed(lambda: _tr("{end} has already passed.")),
    ErrorCode.END_BEFORE_START: fixed(lambda: _tr("{end} is before the start at {start}.")),
    ErrorCode.RECORD_GONE: lambda e, v: _gone(e.place).format(**v),
    ErrorCode.TEXT_REFUSED: _refused_text,
    ErrorCode.NO_TIME_ZONE: lambda e, v: _tr("{what} has no time zone; give it in UTC.").format(
        what=_subject(e.place)
    ),
    ErrorCode.SHIPPED_ID_TOO_LONG: fixed(
        lambda: _tr("A shipped question's id is too long ({length} characters; at most {limit}).")
    ),
    ErrorCode.NOT_A_TALLY_KIND: lambda e, v: _tr(
        "{kind} is not a kind of tally mark ({allowed})."
    ).format(kind=repr(e.values["kind"]), allowed=", ".join(_keys(e.values["allowed"]))),
    ErrorCode.TALLY_SECONDS: lambda e, v: _tr(
        "A tally mark's time in the session must be a number of seconds from 0 up, not {value}."
    ).format(value=repr(e.values["value"])),
    ErrorCode.TALLY_PHASE: fixed(
        lambda: _tr("A tally mark's phase cannot be {phase} (phases count from 0).")
    ),
    ErrorCode.SHIPPED_HAS_CHANGES: fixed(
        lambda: _tr(
            "The shipped question {shipped} already has its own saved changes; "
            "change those instead."
        )
    ),
    ErrorCode.QUESTION_REFUSED: fixed(lambda: _tr("Question {position}: {problem}")),
    ErrorCode.SESSION_STILL_RUNNING: fixed(
        lambda: _tr("A session is finished or abandoned, not running, when it closes.")
    ),
    ErrorCode.IMPORT_CONTRADICTS: fixed(
        lambda: _tr("The imported data contradicts itself ({detail}); nothing was imported.")
    ),
    ErrorCode.SESSION_NOT_IN_ARCHIVE: fixed(lambda: _tr("the session is not in the archive")),
    ErrorCode.ARCHIVE_NOT_OPEN: fixed(lambda: _tr("the archive is not open")),
    ErrorCode.IMPORT_CANCELLED: fixed(lambda: _tr("Import cancelled: nothing was imported.")),
    ErrorCode.EXPORT_CANCELLED: fixed(lambda: _tr("Export cancelled: no file was written.")),
    ErrorCode.ARCHIVE_BUSY: fixed(
        lambda: _tr("The archive {path} is in use by another program. Close it and try again.")
    ),
    ErrorCode.ARCHIVE_READ_ONLY: fixed(
        lambda: _tr("The archive {path} cannot be written to (it or its folder is read-only).")
    ),
    ErrorCode.ARCHIVE_DISK_FULL: fixed(
        lambda: _tr(
            "The disk holding the archive {path} is full. Free some space and start Cocoach "
            "again; the archive itself was left untouched."
        )
    ),
    ErrorCode.ARCHIVE_CANNOT_OPEN: fixed(
        lambda: _tr(
            "The archive {path} cannot be opened: check the folder exists and may be written."
        )
    ),
    ErrorCode.ARCHIVE_DAMAGED: fixed(
        lambda: _tr("The archive {path} is damaged or is not a Cocoach archive ({detail}).")
    ),
    ErrorCode.ARCHIVE_IO_ERROR: fixed(
        lambda: _tr(
            "The archive {path} cannot be read just now (the disk reported an error: "
            "{detail}). It was left untouched; check the disk or network drive and start "
            "Cocoach again."
        )
    ),
    ErrorCode.ARCHIVE_NOT_OPENED: fixed(
        lambda: _tr("The archive {path} could not be opened ({detail}). It was left untouched.")
    ),
    ErrorCode.NOT_AN_ARCHIVE: fixed(
        lambda: _tr("The file {path} is not a Cocoach archive (it holds no archive).")
    ),
    ErrorCode.ARCHIVE_IS_A_FOLDER: fixed(
        lambda: _tr("The archive {path} cannot be read ({detail}): is it a file?")
    ),
    ErrorCode.ARCHIVE_UNREADABLE: fixed(
        lambda: _tr("The archive {path} cannot be read ({detail}). It was left untouched.")
    ),
    ErrorCode.ARCHIVE_EMPTY: fixed(
        lambda: _tr("The archive {path} is empty (0 bytes): a copy or sync of it probably failed.")
    ),
    ErrorCode.ARCHIVE_TOO_SHORT: fixed(
        lambda: _tr(
            "The archive {path} is too short to be a database ({size} bytes): a copy "
            "or sync of it probably failed."
        )
    ),
    ErrorCode.NOT_A_DATABASE: fixed(
        lambda: _tr("The archive {path} is not a database (damaged or another kind of file).")
    ),
    ErrorCode.ARCHIVE_FAILED_CHECK: fixed(
        lambda: _tr("The archive {path} failed its integrity check ({detail}).")
    ),
    ErrorCode.OTHER_DATABASE: fixed(
        lambda: _tr("The file {path} is a database, but not a Cocoach archive.")
    ),
    ErrorCode.FOLDER_NOT_CREATED: fixed(
        lambda: _tr("The folder for the archive {path} cannot be created ({detail}).")
    ),
    ErrorCode.FOLDER_READ_ONLY: fixed(
        lambda: _tr("The folder of the archive {path} cannot be written to.")
    ),
    ErrorCode.ARCHIVE_FILE_READ_ONLY: fixed(
        lambda: _tr("The archive {path} cannot be written to (read-only).")
    ),
    ErrorCode.ARCHIVE_TOO_NEW: fixed(
        lambda: _tr(
            "The archive {path} was written by a newer version of Cocoach "
            "(schema {revision}). Install the newer version to open it; the file was left "
            "untouched."
        )
    ),
    ErrorCode.NOT_BROUGHT_UP_TO_DATE: fixed(
        lambda: _tr("The archive {path} could not be brought up to date.")
    ),
    ErrorCode.BROKEN_LINKS: fixed(
        lambda: _tr(
            "The archive {path} could not be brought up to date: {count} row(s) point at "
            "rows that do not exist (first in {table})."
        )
    ),
    ErrorCode.LEFT_UNTOUCHED: fixed(
        lambda: _tr("It was left untouched; restore a backup or choose another file.")
    ),
    ErrorCode.RESTORE_A_BACKUP: fixed(lambda: _tr("It was left untouched; restore a backup.")),
    ErrorCode.NOTHING_CHANGED: fixed(lambda: _tr("Nothing was changed.")),
    ErrorCode.UNTOUCHED: fixed(lambda: _tr("It was left untouched.")),
    ErrorCode.CHOOSE_ANOTHER: fixed(lambda: _tr("It was left untouched; choose another file.")),
    ErrorCode.LEFT_AS_IT_WAS: fixed(lambda: _tr("It was left as it was; restore a backup.")),
    ErrorCode.NO_FILE_TO_BACK_UP: fixed(
        lambda: _tr("Could not back up {path}: the file does not exist.")
    ),
    ErrorCode.BACKUP_BUSY: fixed(
        lambda: _tr("Could not back up the archive: a change is still in progress.")
    ),
    ErrorCode.BACKUP_NOT_SQLITE: fixed(
        lambda: _tr("Could not back up the archive: it is not a SQLite database.")
    ),
    ErrorCode.COPY_FAILED_CHECK: lambda e, v: _tr(
        "Could not write {what} {path}: the copy failed its check ({detail}). Nothing was replaced."
    ).format(what=_written(e.place), path=v["path"], detail=v["detail"]),
    ErrorCode.SOURCE_DAMAGED: lambda e, v: _tr(
        "Did not back up {label}: it is damaged ({detail}). "
        "The existing backups were left as they are."
    ).format(label=v["path"] or _tr("the archive"), detail=v["detail"]),
    ErrorCode.BACKUP_DAMAGED: fixed(
        lambda: _tr("Did not restore {path}: it is damaged or unreadable ({detail}).")
    ),
    ErrorCode.LIVE_DAMAGED: fixed(
        lambda: _tr(
            "Did not restore over {path}: it is damaged, so it could not be saved first. "
            "Nothing was changed."
        )
    ),
    ErrorCode.RESTORED_FAILED_CHECK: _restored_failed,
    ErrorCode.NOTHING_TO_SET_ASIDE: fixed(
        lambda: _tr("Could not set aside {path}: the file does not exist.")
    ),
    ErrorCode.FILE_FAILED: _file_failed,
}


def _value_words(value: object) -> str:
    if isinstance(value, CodedError):
        return _words(value)
    if isinstance(value, Path):
        return str(value)
    return str(value)


def _words(error: CodedError, *, advice: bool = True, origin: bool = True) -> str:
    values = {key: _value_words(value) for key, value in error.values.items()}
    text = _FAULTS[error.code](error, values)
    then = error.values.get("advice")
    if advice and isinstance(then, ErrorCode):
        text = f"{text} {_FAULTS[then](error, values)}"
    if origin and isinstance(error, DataFileError):
        text = f"{error.origin}: {text}"
    return text


def say(error: BaseException, *, advice: bool = True, origin: bool = True) -> str:
    """What went wrong, in the user's language (a coded error), else the error's own words.

    ``advice=False`` leaves out what was done about it (a damaged archive's "It was left
    untouched…"), for a caller that says that itself; ``origin=False`` leaves out the file
    a data file's problem is about ("bank.toml: …").
    """
    if isinstance(error, CodedError):
        return _words(error, advice=advice, origin=origin)
    return str(error)


def english(error: CodedError, *, advice: bool = True, origin: bool = True) -> str:
    """The sentence in English whatever the app's language: for logs and ``str()``."""
    token = _english.set(True)
    try:
        return _words(error, advice=advice, origin=origin)
    finally:
        _english.reset(token)
