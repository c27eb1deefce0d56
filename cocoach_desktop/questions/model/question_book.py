"""The user's question book: shipped banks with the user's changes, search, and what to import."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence

from cocoach_desktop.domain.records import SavedQuestion
from cocoach_desktop.protocols.model.template import PROMPT_GROUPS
from cocoach_desktop.questions.model.question import GROUP_TITLES, Bank, ImportedBank, Question

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
