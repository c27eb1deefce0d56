"""What the archive window reads and writes, put together from the aggregates' ports.

The window and its parts each name the ports they use; this is their sum, the one thing the
composition root hands in (the real one is storage's ``Archive``, through the writer).
"""

from __future__ import annotations

from typing import Protocol

from cocoach_desktop.domain.ports.commitments import CommitmentsPort
from cocoach_desktop.domain.ports.notes import NotesPort
from cocoach_desktop.domain.ports.people import PeoplePort
from cocoach_desktop.domain.ports.search import SearchPort
from cocoach_desktop.domain.ports.sessions import (
    LiveSessionsPort,
    SessionReviewPort,
    SessionTransferPort,
)
from cocoach_desktop.domain.ports.tally import TallyPort
from cocoach_desktop.domain.ports.topics import TopicsPort


class SessionUnderReview(
    SessionReviewPort, LiveSessionsPort, NotesPort, CommitmentsPort, TallyPort, Protocol
):
    """What the session view reads (the session, its team's tally trend) and corrects (its
    tags, notes and commitments)."""


class ReviewedArchive(
    SessionUnderReview, SessionTransferPort, PeoplePort, SearchPort, TopicsPort, Protocol
):
    """The archive as the archive window uses it: the list, the search, a session's and a
    person's pages, their corrections, deleting and putting back, the exports."""
