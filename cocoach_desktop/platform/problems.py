"""Refusals and failures as codes: what went wrong, where, and the values it concerns.

The Qt-free parts (models, services, storage, domain) never word a problem: they raise a
:class:`CodedError` carrying a :class:`ErrorCode`, a place (what the problem is about: "note",
"topic", "backup") and the values a sentence needs (a limit, a path, the disk's own words).
The sentences live in one place, :mod:`cocoach_desktop.platform.problem_words` (on the
:mod:`cocoach_desktop.platform.wording` hook), which the app points
at its translation; ``str()`` of an error is always English there (for logs and the command
line), and the UI shows :func:`cocoach_desktop.platform.problem_words.say` (the user's language).
A data file's own problems, noted while reading it, are :class:`reading.Problem` values (the
same idea, for many problems at once); a :class:`CodedError` may carry them as a value.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType


class ErrorCode(StrEnum):
    """What kind of refusal or failure an error is; ``wording`` has a sentence for each."""

    # The live session could not be put on record (recording/services/live_records.py).
    SESSION_NOT_IN_ARCHIVE = "session-not-in-archive"  # {}
    ARCHIVE_NOT_OPEN = "archive-not-open"  # {}
    # A record another window (or the other end of an undo) removed: place is its kind.
    RECORD_GONE = "record-gone"  # {id}
    # A plan that cannot be made (timer/model/plan.py).
    PROTOCOL_HAS_NO_PHASES = "protocol-has-no-phases"  # {}
    TOO_SHORT_FOR_PHASES = "too-short-for-phases"  # {seconds, phases}
    SESSION_TOO_SHORT = "session-too-short"  # {}
    SESSION_TOO_LONG = "session-too-long"  # {hours}
    SHARING_NEEDS_TWO = "sharing-needs-two"  # {}
    SHARES_TOO_SHORT = "shares-too-short"  # {people, minutes}
    # A topic typed in the set-up (setup/model/topics.py).
    TOPIC_WHOSE = "topic-whose"  # {}
    TOPIC_EMPTY = "topic-empty"  # {}
    TOPIC_TOO_LONG = "topic-too-long"  # {limit}
    # A time of day typed (platform/clocktime.py); times as the user's clock shows them.
    NOT_A_TIME_OF_DAY = "not-a-time-of-day"  # {text}
    END_PASSED = "end-passed"  # {end}
    END_BEFORE_START = "end-before-start"  # {end, start}
    # An export that cannot be imported (exchange/model/exchange.py).
    IMPORT_REFUSED = "import-refused"  # {problems: tuple of reading.Problem, total}
    # A coachee's copy (exchange/model/coachee_copy.py).
    WHICH_COACHEE = "which-coachee"  # {coachees: tuple}
    NOT_A_COACHEE = "not-a-coachee"  # {who, coachees: tuple}
    # A data file (a question bank, a protocol template) that cannot be used: a
    # DataFileError, whose place is the file; "kind" is "bank" or "template".
    FILE_NOT_READ = "file-not-read"  # {detail: the system's words}
    FILE_TOO_LARGE = "file-too-large"  # {kib, kind}
    NOT_A_TEXT_FILE = "not-a-text-file"  # {kind}
    NOT_UTF8 = "not-utf8"  # {byte: its number from 1}
    FILE_EMPTY = "file-empty"  # {}
    NOT_VALID_TOML = "not-valid-toml"  # {detail: the parser's words}
    FILE_PROBLEMS = "file-problems"  # {problems: tuple of reading.Problem (a table's)}
    NESTED_TOO_DEEP = "nested-too-deep"  # {kind}
    NOT_UNDERSTOOD_AS = "not-understood-as"  # {kind, detail}
    VALUE_NOT_TEXT = "value-not-text"  # {kind}
    IS_A_FOLDER = "is-a-folder"  # {}
    BANK_IS_JSON = "bank-is-json"  # {}
    BANK_NOT_ONE_TABLE = "bank-not-one-table"  # {}
    BANK_IS_TEMPLATE = "bank-is-template"  # {}
    BANK_FORMAT_MISSING = "bank-format-missing"  # {format}
    BANK_WRONG_FORMAT = "bank-wrong-format"  # {found, format}
    BANK_TOO_NEW = "bank-too-new"  # {version, supported}
    TEMPLATE_NOT_ONE_TABLE = "template-not-one-table"  # {found: what it holds}
    NOT_VALID_JSON = "not-valid-json"  # {why, line, column}
    DUPLICATE_KEY = "duplicate-key"  # {key}
    UNKNOWN_FORMAT = "unknown-format"  # {format}
    TOO_MANY_DIGITS = "too-many-digits"  # {}
    NOT_A_FOLDER = "not-a-folder"  # {}
    FOLDER_NOT_READ = "folder-not-read"  # {detail}
    ID_TAKEN = "id-taken"  # {id, name, where}
    SHIPPED_NOT_A_FOLDER = "shipped-not-a-folder"  # {}
    SHIPPED_FOLDER_MISSING = "shipped-folder-missing"  # {}
    GROUP_TAKEN = "group-taken"  # {group, where}
    IDS_TAKEN = "ids-taken"  # {ids: tuple, where}
    GROUPS_EMPTY = "groups-empty"  # {groups: tuple}
    ARCHIVE_CLOSED = "archive-closed"  # {}
    NO_SUCH_BANK_GROUP = "no-such-bank-group"  # {group}
    NOT_ADDED = "not-added"  # {problem: the archive's refusal}
    # Saving or deleting a protocol template (protocols/model/template_writing.py).
    BUILTIN_UNCHANGEABLE = "builtin-unchangeable"  # {name}
    BUILTIN_UNDELETABLE = "builtin-undeletable"  # {name}
    TEMPLATE_PROBLEMS = "template-problems"  # {problems: tuple of reading.Problem}
    NOT_WRITTEN_CORRECTLY = "not-written-correctly"  # {problem: a DataFileError}
    NOT_READ_BACK = "not-read-back"  # {}
    # A run rebuilt from a checkpoint that does not fit its plan (timer/model/session.py).
    CHECKPOINT_MISMATCH = "checkpoint-mismatch"  # {}
    CHECKPOINT_PHASE = "checkpoint-phase"  # {index}
    # The archive could not be read or written while in use; place is why ("full", …).
    ARCHIVE_NOT_USABLE = "archive-not-usable"  # {detail: SQLite's words, when no place}
    # A value refused before anything is written; place is the value's kind ("note").
    TEXT_REFUSED = "text-refused"  # {problems: tuple of reading.Problem}
    NO_TIME_ZONE = "no-time-zone"  # {}
    SHIPPED_ID_TOO_LONG = "shipped-id-too-long"  # {length, limit}
    NOT_A_TALLY_KIND = "not-a-tally-kind"  # {kind, allowed}
    TALLY_SECONDS = "tally-seconds"  # {value}
    TALLY_PHASE = "tally-phase"  # {phase}
    SHIPPED_HAS_CHANGES = "shipped-has-changes"  # {shipped}
    QUESTION_REFUSED = "question-refused"  # {position, problem: the refusal}
    SESSION_STILL_RUNNING = "session-still-running"  # {}
    IMPORT_CONTRADICTS = "import-contradicts"  # {detail: the database's words}
    IMPORT_CANCELLED = "import-cancelled"  # {}
    EXPORT_CANCELLED = "export-cancelled"  # {}
    # The archive file cannot be opened (storage/db.py); each with {path}.
    ARCHIVE_BUSY = "archive-busy"
    ARCHIVE_READ_ONLY = "archive-read-only"
    ARCHIVE_DISK_FULL = "archive-disk-full"
    ARCHIVE_CANNOT_OPEN = "archive-cannot-open"
    ARCHIVE_DAMAGED = "archive-damaged"  # {path, detail}
    ARCHIVE_IO_ERROR = "archive-io-error"  # {path, detail}
    ARCHIVE_NOT_OPENED = "archive-not-opened"  # {path, detail}
    NOT_AN_ARCHIVE = "not-an-archive"  # {path}
    ARCHIVE_IS_A_FOLDER = "archive-is-a-folder"  # {path, detail}
    ARCHIVE_UNREADABLE = "archive-unreadable"  # {path, detail}
    ARCHIVE_EMPTY = "archive-empty"  # {path}
    ARCHIVE_TOO_SHORT = "archive-too-short"  # {path, size}
    NOT_A_DATABASE = "not-a-database"  # {path}
    ARCHIVE_FAILED_CHECK = "archive-failed-check"  # {path, detail}
    OTHER_DATABASE = "other-database"  # {path}
    FOLDER_NOT_CREATED = "folder-not-created"  # {path, detail}
    FOLDER_READ_ONLY = "folder-read-only"  # {path}
    ARCHIVE_FILE_READ_ONLY = "archive-file-read-only"  # {path}
    ARCHIVE_TOO_NEW = "archive-too-new"  # {path, revision}
    NOT_BROUGHT_UP_TO_DATE = "not-brought-up-to-date"  # {path}
    BROKEN_LINKS = "broken-links"  # {path, count, table}
    # What was done, after an archive was found damaged (ArchiveDamagedError's advice).
    LEFT_UNTOUCHED = "left-untouched"
    RESTORE_A_BACKUP = "restore-a-backup"
    NOTHING_CHANGED = "nothing-changed"
    UNTOUCHED = "untouched"
    CHOOSE_ANOTHER = "choose-another"
    LEFT_AS_IT_WAS = "left-as-it-was"
    # Backups (storage/backup.py); place is what was being written ("backup", …).
    NO_FILE_TO_BACK_UP = "no-file-to-back-up"  # {path}
    BACKUP_BUSY = "backup-busy"  # {}
    BACKUP_NOT_SQLITE = "backup-not-sqlite"  # {}
    COPY_FAILED_CHECK = "copy-failed-check"  # {path, detail}
    SOURCE_DAMAGED = "source-damaged"  # {path or "", detail}
    BACKUP_DAMAGED = "backup-damaged"  # {path, detail}
    LIVE_DAMAGED = "live-damaged"  # {path}
    RESTORED_FAILED_CHECK = "restored-failed-check"  # {path, detail, saved or ""}
    NOTHING_TO_SET_ASIDE = "nothing-to-set-aside"  # {path}
    # A file operation failed; place is the operation ("open", "write-into", …).
    FILE_FAILED = "file-failed"  # {path, reason (a Reason) or detail}


class Reason(StrEnum):
    """Why a file operation failed, as told by the error number or SQLite's result code."""

    DISK_FULL = "disk-full"
    READ_ONLY = "read-only"
    NOT_FOUND = "not-found"
    BUSY = "busy"
    DAMAGED = "damaged"
    CANNOT_OPEN = "cannot-open"
    OTHER = "other"  # the error's own words are the value "detail"


class CodedError(Exception):
    """A problem as a :class:`ErrorCode` with its place and values; worded by ``wording``.

    ``str()`` is the English sentence (logs, the command line); a window shows
    ``problem_words.say(error)``, which the app's translation reaches.
    """

    def __init__(self, code: ErrorCode, place: str = "", /, **values: object) -> None:
        if not isinstance(code, ErrorCode):  # a sentence passed by mistake: say so at once
            raise TypeError(f"a CodedError takes an ErrorCode, not {code!r}")
        super().__init__(code)  # one argument: an OSError would read three as errno and text
        self.code = code
        self.place = place
        self.values: Mapping[str, object] = MappingProxyType(values)

    def __str__(self) -> str:
        from cocoach_desktop.platform import problem_words  # it names these codes

        return problem_words.english(self)


class RefusedError(CodedError, ValueError):
    """A value refused before anything was written (or read): the caller's input is wrong."""
