"""Importing a JSON export into the archive: checked whole first, then added in one go.

Plain Python over the archive's import port; ``exchange/qt/importing.py`` runs it on a
worker thread with a progress dialog and Cancel.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cocoach_desktop.domain import limits
from cocoach_desktop.domain.archive_files import CancelledByUserError
from cocoach_desktop.domain.ports.exchange import ImportTarget
from cocoach_desktop.domain.ports.sessions import Cancelled, Progress
from cocoach_desktop.exchange.model.exchange import ImportData, parse_json_document
from cocoach_desktop.platform.changes import Change, ChangeFeed, ChangeKind
from cocoach_desktop.platform.problem_words import say
from cocoach_desktop.platform.problems import ErrorCode

MAX_IMPORT_BYTES = limits.EXPORT_FILE_BYTES

# Published after an import that added sessions; its id is how many were added.
IMPORTED = "imported sessions"


def imported(added: int) -> Change:
    return Change(IMPORTED, ChangeKind.ADDED, added)


@dataclass(frozen=True)
class ReadingWords:
    """What is said about a file that cannot be read (the window gives them translated)."""

    too_large: str = "{name} is too large to be an export ({mb} MB)."
    not_text: str = "{name} is not a text file (UTF-8): {reason}"
    unreadable: str = "{name} could not be read: {reason}"


class ImportService:
    """Reads an export whole (every problem found before anything is written), then adds
    its sessions and topics in one transaction through the port: all of them, or none."""

    def __init__(
        self,
        archive: ImportTarget,
        feed: ChangeFeed | None = None,
        words: ReadingWords | None = None,
    ) -> None:
        self.archive = archive
        self._feed = feed
        self._words = words if words is not None else ReadingWords()

    def read(self, path: Path) -> ImportData:
        """The export at ``path``, checked whole; ValueError says in words what is wrong."""
        words = self._words
        try:
            size = path.stat().st_size
            if size > MAX_IMPORT_BYTES:
                raise ValueError(words.too_large.format(name=path.name, mb=size // (1024 * 1024)))
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise ValueError(words.not_text.format(name=path.name, reason=say(exc))) from exc
        except OSError as exc:
            raise ValueError(words.unreadable.format(name=path.name, reason=exc.strerror)) from exc
        return parse_json_document(text)  # ImportFormatError (a ValueError) names the problems

    def import_file(
        self,
        path: Path,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> int:
        """Import ``path``; the number of sessions added. ValueError says what is wrong.

        ``progress(done, total)`` and ``cancelled()`` are passed to the archive's import: a
        cancelled import raises CancelledByUserError after rolling back, so nothing is added.
        """
        data = self.read(path)
        if cancelled is not None and cancelled():
            raise CancelledByUserError(ErrorCode.IMPORT_CANCELLED)
        added = self.archive.import_details(
            data.sessions, data.topics, progress=progress, cancelled=cancelled
        )
        if added and self._feed is not None:
            self._feed.publish(imported(added))
        return added
