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


class ReviewedArchive(
    SessionReviewPort,
    SessionTransferPort,
    LiveSessionsPort,
    PeoplePort,
    SearchPort,
    NotesPort,
    CommitmentsPort,
    TopicsPort,
    TallyPort,
    Protocol,
):
    """The archive as the archive window uses it: the list, the search, a session's and a
    person's pages, their corrections, deleting and putting back, the exports."""
