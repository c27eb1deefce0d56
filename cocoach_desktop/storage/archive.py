"""The archive: a thin facade over one repository per aggregate, sharing one engine.

Every method is one transaction of its repository (``archive.notes``, ``archive.sessions``...),
where rows are turned into the frozen records of ``cocoach_desktop.domain.records`` before the
session closes. Services may depend on one repository's port (``core/ports``) instead.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import datetime
from typing import Any, Concatenate, ParamSpec, TypeVar

from sqlalchemy import Engine

from cocoach_desktop.domain.ports.commitments import CommitmentsPort
from cocoach_desktop.domain.ports.notes import NotesPort
from cocoach_desktop.domain.ports.people import PeoplePort
from cocoach_desktop.domain.ports.questions import QuestionsPort
from cocoach_desktop.domain.ports.search import SearchPort
from cocoach_desktop.domain.ports.sessions import (
    Cancelled,
    LiveSessionsPort,
    Progress,
    SessionReviewPort,
    SessionTransferPort,
)
from cocoach_desktop.domain.ports.tally import TallyPort
from cocoach_desktop.domain.ports.topics import TopicsPort
from cocoach_desktop.domain.records import SearchHit
from cocoach_desktop.platform.clock import utc_now
from cocoach_desktop.storage.commitments_repo import CommitmentsRepository
from cocoach_desktop.storage.notes_repo import NotesRepository
from cocoach_desktop.storage.people_repo import PeopleRepository
from cocoach_desktop.storage.questions_repo import QuestionsRepository
from cocoach_desktop.storage.review_repo import SessionReviewRepository
from cocoach_desktop.storage.search_repo import open_search
from cocoach_desktop.storage.sessions_repo import LiveSessionsRepository
from cocoach_desktop.storage.tally_repo import TallyRepository
from cocoach_desktop.storage.topics_repo import TopicsRepository
from cocoach_desktop.storage.transactions import (
    DATA_VERSION,
    ArchiveWriteError,
    CancelledByUserError,
    RecordNotFoundError,
    Transactions,
)
from cocoach_desktop.storage.transfer_repo import SessionTransferRepository

__all__ = [
    "DATA_VERSION",
    "Archive",
    "ArchiveWriteError",
    "Cancelled",
    "CancelledByUserError",
    "Progress",
    "RecordNotFoundError",
]

P = ParamSpec("P")
T = TypeVar("T")


def _to(
    repository: str, method: Callable[Concatenate[Any, P], T]
) -> Callable[Concatenate[Any, P], T]:
    """``Archive.<name>``: ``method`` called on the archive's ``repository``, same signature.

    ``functools.wraps`` keeps the name, docstring and source of the repository's method, so
    help() and inspect show what the call really does.
    """

    @functools.wraps(method)
    def delegate(self: Any, /, *args: P.args, **kwargs: P.kwargs) -> T:
        return method(getattr(self, repository), *args, **kwargs)

    return delegate


class Archive:
    """One open archive. Every method is one transaction; every result is a plain record.

    Bad values (blank text, a note over MAX_NOTE_CHARS, a blank name) raise ValueError with a
    message fit to show the user, and change nothing.
    """

    def __init__(self, engine: Engine, now: Callable[[], datetime] = utc_now) -> None:
        self.engine = engine
        transactions = Transactions(engine, now)
        self._transactions = transactions
        # Each repository typed as its port: mypy checks that it satisfies it.
        self.sessions: LiveSessionsPort = LiveSessionsRepository(transactions)
        self.review: SessionReviewPort = SessionReviewRepository(transactions)
        self.transfer: SessionTransferPort = SessionTransferRepository(transactions)
        self.notes: NotesPort = NotesRepository(transactions)
        self.commitments: CommitmentsPort = CommitmentsRepository(transactions)
        self.topics: TopicsPort = TopicsRepository(transactions)
        self.roster: PeoplePort = PeopleRepository(transactions)
        self.questions: QuestionsPort = QuestionsRepository(transactions)
        self.tallies: TallyPort = TallyRepository(transactions)
        # FTS5 where SQLite has it, else the portable engine (search_repo.open_search).
        self.search_index: SearchPort = open_search(engine, transactions)

    # ----- sessions (LiveSessionsPort)
    start_session = _to("sessions", LiveSessionsRepository.start_session)
    append_events = _to("sessions", LiveSessionsRepository.append_events)
    save_checkpoint = _to("sessions", LiveSessionsRepository.save_checkpoint)
    checkpoint = _to("sessions", LiveSessionsRepository.checkpoint)
    finish_session = _to("sessions", LiveSessionsRepository.finish_session)
    unfinished_sessions = _to("sessions", LiveSessionsRepository.unfinished_sessions)
    set_participants = _to("sessions", LiveSessionsRepository.set_participants)
    set_tags = _to("sessions", LiveSessionsRepository.set_tags)
    close_session_choices = _to("sessions", LiveSessionsRepository.close_session_choices)

    # ----- review (SessionReviewPort)
    count_sessions = _to("review", SessionReviewRepository.count_sessions)
    list_sessions = _to("review", SessionReviewRepository.list_sessions)
    session = _to("review", SessionReviewRepository.session)
    details = _to("review", SessionReviewRepository.details)
    all_tags = _to("review", SessionReviewRepository.all_tags)
    protocols = _to("review", SessionReviewRepository.protocols)

    # ----- transfer (SessionTransferPort)
    delete_session = _to("transfer", SessionTransferRepository.delete_session)
    restore_session = _to("transfer", SessionTransferRepository.restore_session)
    import_details = _to("transfer", SessionTransferRepository.import_details)

    # ----- notes (NotesPort)
    add_note = _to("notes", NotesRepository.add_note)
    restore_note = _to("notes", NotesRepository.restore_note)
    update_note = _to("notes", NotesRepository.update_note)
    delete_note = _to("notes", NotesRepository.delete_note)

    # ----- commitments (CommitmentsPort)
    add_commitment = _to("commitments", CommitmentsRepository.add_commitment)
    restore_commitment = _to("commitments", CommitmentsRepository.restore_commitment)
    update_commitment = _to("commitments", CommitmentsRepository.update_commitment)
    delete_commitment = _to("commitments", CommitmentsRepository.delete_commitment)
    open_commitments = _to("commitments", CommitmentsRepository.open_commitments)

    # ----- topics (TopicsPort)
    add_topic = _to("topics", TopicsRepository.add_topic)
    link_topics = _to("topics", TopicsRepository.link_topics)
    set_topic_status = _to("topics", TopicsRepository.set_topic_status)
    delete_topic = _to("topics", TopicsRepository.delete_topic)
    restore_topic = _to("topics", TopicsRepository.restore_topic)
    waiting_topics = _to("topics", TopicsRepository.waiting_topics)
    all_topics = _to("topics", TopicsRepository.all_topics)
    export_topics = _to("topics", TopicsRepository.export_topics)

    # ----- roster (PeoplePort)
    person_named = _to("roster", PeopleRepository.person_named)
    people = _to("roster", PeopleRepository.people)
    groups = _to("roster", PeopleRepository.groups)
    person_page = _to("roster", PeopleRepository.person_page)
    deletion_preview = _to("roster", PeopleRepository.deletion_preview)
    delete_person = _to("roster", PeopleRepository.delete_person)

    # ----- questions (QuestionsPort)
    saved_questions = _to("questions", QuestionsRepository.saved_questions)
    save_question = _to("questions", QuestionsRepository.save_question)
    delete_saved_question = _to("questions", QuestionsRepository.delete_saved_question)
    restore_saved_question = _to("questions", QuestionsRepository.restore_saved_question)
    add_saved_questions = _to("questions", QuestionsRepository.add_saved_questions)

    # ----- tallies (TallyPort)
    add_tally = _to("tallies", TallyRepository.add_tally)
    remove_tally = _to("tallies", TallyRepository.remove_tally)
    tally = _to("tallies", TallyRepository.tally)
    tally_trend = _to("tallies", TallyRepository.tally_trend)

    # ----- search_index (SearchPort): whichever engine open_search chose

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """Search across notes, commitments, topics and names, best first.

        Any text the user types is accepted: its words are searched for as prefixes, all
        required, so quotes or operators never raise (storage/search_repo.py).
        """
        return self.search_index.search(query, limit)

    # ----- the change counter

    def changed_since(self, version: int) -> bool:
        """Whether anything was written since ``data_version()`` returned ``version``."""
        return self.data_version() != version

    def data_version(self) -> int:
        """A counter that grows with every write (drives "back up only when changed")."""
        return self._transactions.data_version()
