"""Question banks: the shipped prompts, the user's changes, search, bank files and the deck."""

from __future__ import annotations

import math
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib.resources.abc import Traversable
from pathlib import Path

from cocoach_desktop.domain import limits
from cocoach_desktop.domain.records import MAX_QUESTION_CHARS, SavedQuestion
from cocoach_desktop.platform.datafiles import (
    MAX_LISTED_PROBLEMS,
    DataFileError,
    join_problems,
    origin_of,
    quote,
    read_text,
    reason,
    toml_text,
)
from cocoach_desktop.platform.reading import Code, Reader
from cocoach_desktop.platform.tables import Table, Wanted
from cocoach_desktop.platform.wording import table_sentence
from cocoach_desktop.protocols.model.protocols import PROMPT_GROUPS

FORMAT = "cocoach-questions"
FORMAT_VERSION = 1
MAX_FILE_BYTES = limits.BANK_FILE_BYTES
MAX_TITLE_CHARS = limits.BANK_TITLE_CHARS
MAX_PURPOSE_CHARS = limits.BANK_PURPOSE_CHARS
MAX_QUESTIONS = limits.BANK_QUESTIONS
MAX_ID_CHARS = limits.BANK_ID_CHARS

GROUP_TITLES: dict[str, str] = {
    "goal": "Goal and contracting",
    "explore": "Exploring the situation",
    "clarifying": "Clarifying questions",
    "probing": "Probing questions",
    "options": "Options",
    "commitment": "Way forward",
    "reflection": "Reflection and debrief",
    "what_else": "What else?",
}
"""Each group's title, used when its shipped file is missing or an import names none."""

_ID_RE = re.compile(r"[a-z0-9][a-z0-9_-]*")
_TOP_KEYS = ("format", "version", "group", "title", "purpose", "questions")
_QUESTION_KEYS = ("id", "text")


@dataclass(frozen=True)
class Question:
    """One question as the app shows it: shipped (perhaps changed by the user) or the user's own.

    ``key`` names it for the UI and the deck: ``"shipped:goal-01"`` or ``"own:17"`` (the
    archive row's id). ``original`` is the shipped wording, kept when the user edits it.
    """

    key: str
    group: str
    text: str
    shipped_id: str = ""
    saved_id: int | None = None
    starred: bool = False
    hidden: bool = False
    edited: bool = False
    original: str = ""

    @property
    def own(self) -> bool:
        """True for a question the user wrote, False for a shipped one."""
        return not self.shipped_id


@dataclass(frozen=True)
class Bank:
    """The questions of one group, in file order (the user's own ones last)."""

    group: str
    title: str
    purpose: str
    questions: tuple[Question, ...]
    origin: str = ""


@dataclass(frozen=True)
class ImportedBank:
    """What a bank file offers to import: its group, title and question texts."""

    group: str
    title: str
    purpose: str
    texts: tuple[str, ...]


class BankError(DataFileError):
    """A bank file that cannot be used: which file, and the problem in plain words."""


@dataclass
class BankLoad:
    """The shipped banks that loaded, by group, and one error for each file that did not."""

    banks: dict[str, Bank] = field(default_factory=dict)
    errors: list[BankError] = field(default_factory=list)


# --- words ----------------------------------------------------------------------------


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


def same_text(text: str) -> str:
    """A question's words whatever their case, spacing and kind of apostrophe."""
    return " ".join(text.translate(_APOSTROPHES).split()).casefold()


def _fold(text: str) -> str:
    """Text for searching: no case, no accents, plain apostrophes."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.split()).casefold()


# --- reading a bank file --------------------------------------------------------------


@dataclass(frozen=True)
class _Parsed:
    group: str
    title: str
    purpose: str
    questions: tuple[tuple[str, str], ...]  # (id, text); id "" when an import has none


def _decode(text: object, origin: str) -> object:
    if not isinstance(text, str):
        raise BankError(origin, "the question bank is not text")
    if len(text) > MAX_FILE_BYTES or len(text.encode("utf-8", "surrogatepass")) > MAX_FILE_BYTES:
        raise BankError(
            origin,
            f"the file is larger than {MAX_FILE_BYTES // 1024} KiB, "
            "far too large for a question bank",
        )
    text = text.removeprefix("\ufeff")
    if "\x00" in text:
        raise BankError(
            origin, "this is not a text file; a question bank is a TOML text file (.toml)"
        )
    if not text.strip():
        raise BankError(origin, "the file is empty")
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        if text.lstrip().startswith("{"):
            raise BankError(
                origin, "this looks like a JSON file; a question bank is a TOML file (.toml)"
            ) from None
        raise BankError(origin, f"this is not valid TOML: {exc}") from None


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
        raise BankError(origin, "the file must hold one table of keys")
    if "format" not in data:
        if "phases" in data:
            raise BankError(
                origin, "this is a protocol template, not a question bank; open it as a protocol"
            )
        raise BankError(
            origin,
            f'this is not a Cocoach question bank: the line format = "{FORMAT}" is missing',
        )
    if data["format"] != FORMAT:
        raise BankError(
            origin,
            f"this is not a Cocoach question bank: its format is {quote(str(data['format']))}, "
            f"not '{FORMAT}'",
        )
    version = data.get("version")
    r = Reader()
    top = Table(r, data)
    if version is None:
        top.note(Code.MISSING, "version")
    elif isinstance(version, bool) or not isinstance(version, int):
        top.wrong("version", Wanted.WHOLE, version)
    elif version > FORMAT_VERSION:
        raise BankError(
            origin,
            f"this file was made by a newer version of Cocoach (bank format {version}); "
            f"this version reads format {FORMAT_VERSION}: update Cocoach to use it",
        )
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
        raise BankError(origin, join_problems([table_sentence(p) for p in r.problems]))
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
        raise BankError(origin, "the file is nested too deeply to be a question bank") from None
    except Exception as exc:  # the last guard: a bad file must never crash the app
        raise BankError(
            origin, f"the file could not be understood as a question bank ({exc})"
        ) from None


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
            raise BankError(origin, "this is a folder, not a question bank file")
    except OSError as exc:
        raise BankError(origin, f"the file could not be read ({reason(exc)})") from None
    return parse_bank_file(
        read_text(path, origin, max_bytes=MAX_FILE_BYTES, what="a question bank", error=BankError),
        origin,
    )


# --- loading the shipped banks --------------------------------------------------------


def _bank_files(folder: Traversable, errors: list[BankError]) -> list[Traversable] | None:
    origin = origin_of(folder)
    try:
        if not folder.is_dir():
            problem = (
                "this is a file, not a folder" if folder.is_file() else "the folder is missing"
            )
            errors.append(BankError(origin, f"{problem}; no shipped questions could be loaded"))
            return None
        entries = [
            entry
            for entry in folder.iterdir()
            if not entry.name.startswith(".") and entry.name.lower().endswith(".toml")
        ]
    except OSError as exc:
        errors.append(BankError(origin, f"the folder could not be read ({reason(exc)})"))
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
                read_text(
                    entry, origin, max_bytes=MAX_FILE_BYTES, what="a question bank", error=BankError
                ),
                origin,
            )
        except OSError as exc:
            result.errors.append(BankError(origin, f"the file could not be read ({reason(exc)})"))
            continue
        except BankError as err:
            result.errors.append(err)
            continue
        first = result.banks.get(bank.group)
        if first is not None:
            result.errors.append(
                BankError(
                    origin,
                    f"the group '{bank.group}' already comes from {first.origin}; "
                    "this file was skipped",
                )
            )
            continue
        clashes = [q.shipped_id for q in bank.questions if q.shipped_id in id_owner]
        if clashes:
            names = ", ".join(quote(i) for i in clashes[:MAX_LISTED_PROBLEMS])
            result.errors.append(
                BankError(
                    origin,
                    f"the id{'s' if len(clashes) > 1 else ''} {names} "
                    f"{'are' if len(clashes) > 1 else 'is'} already used in "
                    f"{id_owner[clashes[0]]}; ids must be unique across all question files, "
                    "so this file was skipped",
                )
            )
            continue
        for q in bank.questions:
            id_owner[q.shipped_id] = origin
        result.banks[bank.group] = bank
    missing = [g for g in PROMPT_GROUPS if g not in result.banks]
    if missing:
        result.errors.append(
            BankError(
                origin_of(folder),
                "no shipped questions for the group"
                f"{'s' if len(missing) > 1 else ''} {', '.join(quote(g) for g in missing)}; "
                "they start empty",
            )
        )
    return result


# --- the user's book ------------------------------------------------------------------


class QuestionBook:
    """All eight groups with the user's changes applied: what lists, search and the deck use."""

    def __init__(self, banks: Mapping[str, Bank]) -> None:
        self._banks: dict[str, Bank] = {}
        for group in PROMPT_GROUPS:
            bank = banks.get(group)
            self._banks[group] = (
                bank if bank is not None else Bank(group, GROUP_TITLES[group], "", ())
            )
        self._by_key = {q.key: q for bank in self._banks.values() for q in bank.questions}

    @property
    def groups(self) -> tuple[str, ...]:
        return PROMPT_GROUPS

    @property
    def titles(self) -> dict[str, str]:
        """Each group's title, in the usual group order."""
        return {group: bank.title for group, bank in self._banks.items()}

    def bank(self, group: str) -> Bank:
        """The group's bank (an empty one for a group that does not exist)."""
        return self._banks.get(group) or Bank(group, GROUP_TITLES.get(group, group), "", ())

    def group(self, group: str) -> tuple[Question, ...]:
        """Every question of the group, hidden ones too, shipped first and own ones last."""
        bank = self._banks.get(group)
        return bank.questions if bank is not None else ()

    def find(self, key: str) -> Question | None:
        return self._by_key.get(key)

    def for_phase(
        self, groups: Sequence[str], include_hidden: bool = False
    ) -> tuple[Question, ...]:
        """The questions for a phase: its groups in order, starred ones first.

        Within the starred and the unstarred, questions keep the phase's group order and
        each group's own order (shipped in file order, then the user's own).
        """
        chosen = [g for g in dict.fromkeys(groups) if g in self._banks]
        questions = [
            q for g in chosen for q in self._banks[g].questions if include_hidden or not q.hidden
        ]
        return tuple(sorted(questions, key=lambda q: not q.starred))

    def search(
        self, text: str, groups: Sequence[str] | None = None, include_hidden: bool = False
    ) -> tuple[Question, ...]:
        """Questions holding every typed word, in any case or accents; all if ``text`` is blank."""
        words = _fold(text).split()
        chosen = PROMPT_GROUPS if groups is None else list(dict.fromkeys(groups))
        found: list[Question] = []
        for g in chosen:
            bank = self._banks.get(g)
            if bank is None:
                continue
            for q in bank.questions:
                if q.hidden and not include_hidden:
                    continue
                folded = _fold(q.text)
                if all(word in folded for word in words):
                    found.append(q)
        return tuple(found)


def merge(banks: Mapping[str, Bank], saved: Iterable[SavedQuestion]) -> QuestionBook:
    """The shipped banks with the user's archive rows applied.

    A row naming a shipped question changes it (new words if its text is not blank, a
    star, hidden); a row naming a shipped question that no longer exists is ignored, and
    so is one whose group does not exist. A row with no ``shipped_id`` is the user's own
    question, added after the shipped ones of its group. For a shipped question named
    twice, the later row wins.
    """
    changes: dict[str, SavedQuestion] = {}
    own: dict[str, list[Question]] = {group: [] for group in PROMPT_GROUPS}
    for row in saved:
        if row.shipped_id:
            changes[row.shipped_id] = row
            continue
        text = row.text.strip()
        if row.group not in own or not text:
            continue
        own[row.group].append(
            Question(
                key=f"own:{row.id}",
                group=row.group,
                text=text,
                saved_id=row.id,
                starred=row.starred,
                hidden=row.hidden,
            )
        )
    merged: dict[str, Bank] = {}
    for group in PROMPT_GROUPS:
        bank = banks.get(group)
        shipped: list[Question] = []
        for q in bank.questions if bank is not None else ():
            change = changes.get(q.shipped_id)
            if change is None:
                shipped.append(q)
                continue
            words = change.text.strip()
            edited = bool(words) and words != q.original
            shipped.append(
                Question(
                    key=q.key,
                    group=q.group,
                    text=words if edited else q.original,
                    shipped_id=q.shipped_id,
                    saved_id=change.id,
                    starred=change.starred,
                    hidden=change.hidden,
                    edited=edited,
                    original=q.original,
                )
            )
        title = bank.title if bank is not None else GROUP_TITLES[group]
        purpose = bank.purpose if bank is not None else ""
        origin = bank.origin if bank is not None else ""
        merged[group] = Bank(group, title, purpose, (*shipped, *own[group]), origin)
    return QuestionBook(merged)


def new_questions(book: QuestionBook, imported: ImportedBank) -> list[tuple[str, str]]:
    """The imported (group, text) pairs not yet in that group, ignoring case and spacing.

    A shipped question counts as present in its original words too, and a text that
    appears twice in the file is offered once.
    """
    if imported.group not in book.groups:
        return []
    present = {same_text(q.text) for q in book.group(imported.group)}
    present |= {same_text(q.original) for q in book.group(imported.group) if q.original}
    fresh: list[tuple[str, str]] = []
    for text in imported.texts:
        key = same_text(text)
        if key and key not in present:
            present.add(key)
            fresh.append((imported.group, " ".join(text.split())))  # as typed ones are kept
    return fresh


# --- writing a bank file --------------------------------------------------------------


def bank_file_text(group: str, title: str, purpose: str, questions: Iterable[Question]) -> str:
    """A bank in the TOML format that :func:`parse_bank_file` reads (and the shipped files use).

    Shipped questions keep their ids, the user's own ones get ``own-<n>``; ids are made
    unique. Raises ``ValueError`` for a group that does not exist.
    """
    if group not in PROMPT_GROUPS:
        raise ValueError(f"the group {quote(group)} does not exist")
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


# --- the deck on the presentation screen ----------------------------------------------


class PromptDeck:
    """Which question the presentation screen shows. Plain logic: the caller passes the time.

    Moving by hand (:meth:`next`, :meth:`previous`, :meth:`show`) unpins and restarts the
    rotation interval. A pinned question stays on screen until the user moves, and across
    a phase change if the new phase has it. Rotation, when on, runs on the ``now`` values
    passed to :meth:`tick`: each question stays at least ``rotate_every`` seconds.
    """

    def __init__(self, rotate_every: float | None = None) -> None:
        self._questions: tuple[Question, ...] = ()
        self._index = 0
        self._pinned = False
        self._shown_at = 0.0
        self._rotate_every = self._checked(rotate_every)

    @staticmethod
    def _checked(seconds: float | None) -> float | None:
        if seconds is None:
            return None
        if not math.isfinite(seconds) or seconds <= 0:
            raise ValueError("the rotation interval must be a number of seconds above 0")
        return float(seconds)

    # -- what is shown

    @property
    def questions(self) -> tuple[Question, ...]:
        return self._questions

    @property
    def current(self) -> Question | None:
        """The question on screen; None when there are no questions."""
        return self._questions[self._index] if self._questions else None

    @property
    def position(self) -> tuple[int, int]:
        """(number, count) for a "3 of 20" label, counting from 1; (0, 0) when empty."""
        return (self._index + 1, len(self._questions)) if self._questions else (0, 0)

    @property
    def pinned(self) -> bool:
        return self._pinned and bool(self._questions)

    @property
    def rotate_every(self) -> float | None:
        """Seconds between automatic changes, or None when rotation is off."""
        return self._rotate_every

    def set_rotation(self, seconds: float | None, now: float) -> None:
        """Turn rotation on (every ``seconds``) or off (None); the interval starts at ``now``."""
        self._rotate_every = self._checked(seconds)
        self._shown_at = now

    # -- changing the list

    def _index_of(self, key: str) -> int | None:
        for index, q in enumerate(self._questions):
            if q.key == key:
                return index
        return None

    def set_questions(
        self, questions: Sequence[Question], now: float, *, keep_current: bool = False
    ) -> None:
        """Give the deck a new list: at a phase change, or after a bank edit (``keep_current``).

        A pinned question that is in the new list stays pinned and shown; otherwise the pin
        is dropped. At a phase change the first question is shown. After a bank edit the
        current question stays if it is still there, or the one now at its place.
        """
        old = self.current
        old_index = self._index
        self._questions = tuple(questions)
        if old is not None and (self._pinned or keep_current):
            index = self._index_of(old.key)
            if index is not None:
                self._index = index
                return
        if self._pinned:
            self._pinned = False
        if keep_current and old is not None and self._questions:
            self._index = min(old_index, len(self._questions) - 1)
        else:
            self._index = 0
        self._shown_at = now

    # -- moving by hand

    def _move_to(self, index: int, now: float) -> bool:
        changed = index != self._index
        self._index = index
        self._pinned = False
        self._shown_at = now
        return changed

    def next(self, now: float) -> bool:
        """Show the next question, after the last the first; True if the question changed."""
        if not self._questions:
            return False
        return self._move_to((self._index + 1) % len(self._questions), now)

    def previous(self, now: float) -> bool:
        """Show the previous question, before the first the last; True if it changed."""
        if not self._questions:
            return False
        return self._move_to((self._index - 1) % len(self._questions), now)

    def show(self, key: str, now: float) -> bool:
        """Show the question with this key; False (and nothing changes) if it is not listed."""
        index = self._index_of(key)
        if index is None:
            return False
        self._move_to(index, now)
        return True

    # -- pinning

    def pin(self, now: float) -> None:
        """Keep the current question on screen: no rotation, and it survives phase changes."""
        if self._questions:
            self._pinned = True
            self._shown_at = now

    def unpin(self, now: float) -> None:
        """Let rotation go on again; the current question gets a full interval from ``now``."""
        if self._pinned:
            self._pinned = False
            self._shown_at = now

    def toggle_pin(self, now: float) -> bool:
        """Pin or unpin; returns whether the deck is pinned afterwards."""
        if self.pinned:
            self.unpin(now)
        else:
            self.pin(now)
        return self.pinned

    # -- rotation

    def seconds_to_rotation(self, now: float) -> float | None:
        """How long until :meth:`tick` would move on; None when it never will as things are."""
        every = self._rotate_every
        if every is None or self._pinned or len(self._questions) < 2:
            return None
        return max(0.0, self._shown_at + every - now)

    def tick(self, now: float) -> bool:
        """Move on if rotation is on, nothing is pinned and the interval is over.

        Returns True when the question on screen changed.
        """
        every = self._rotate_every
        if every is None or self._pinned or len(self._questions) < 2:
            return False
        if now - self._shown_at < every:
            return False
        self._index = (self._index + 1) % len(self._questions)
        self._shown_at = now
        return True
