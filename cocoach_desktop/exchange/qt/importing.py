"""Importing a JSON export into the archive: checked whole first, then added in one go."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from cocoach_desktop.domain import limits
from cocoach_desktop.exchange.model.exchange import parse_json_document
from cocoach_desktop.platform.problem_words import say
from cocoach_desktop.platform.qt.background import BackgroundJob, Cancelled, Progress, run_job

if TYPE_CHECKING:
    from cocoach_desktop.storage.archive import Archive

MAX_IMPORT_BYTES = limits.EXPORT_FILE_BYTES


def _tr(text: str) -> str:
    return QCoreApplication.translate("Import", text)


def import_path(
    archive: Archive,
    path: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Import ``path``; the number of sessions added. ValueError says what is wrong.

    ``progress(done, total)`` and ``cancelled()`` are passed to the archive's import: a
    cancelled import raises CancelledByUserError after rolling back, so nothing is added.
    """
    try:
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise ValueError(
                _tr("{name} is too large to be an export ({mb} MB).").format(
                    name=path.name, mb=size // (1024 * 1024)
                )
            )
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(
            _tr("{name} is not a text file (UTF-8): {reason}").format(
                name=path.name, reason=say(exc)
            )
        ) from exc
    except OSError as exc:
        raise ValueError(
            _tr("{name} could not be read: {reason}").format(name=path.name, reason=exc.strerror)
        ) from exc
    data = parse_json_document(text)  # ImportFormatError (a ValueError) names the problems
    return archive.import_details(
        data.sessions, data.topics, progress=progress, cancelled=cancelled
    )


def tell(parent: QWidget, title: str, text: str, problem: bool) -> None:
    """Say how an import ended (tests replace this)."""
    if problem:
        QMessageBox.warning(parent, title, text)
    else:
        QMessageBox.information(parent, title, text)


def start_import(
    parent: QWidget,
    archive: Archive,
    path: Path,
    on_added: Callable[[int], None] | None = None,
) -> BackgroundJob | None:
    """Import ``path`` on a worker thread, with a progress dialog and Cancel.

    The window stays alive (the projector keeps counting down) while it runs. The outcome is
    told in words when it ends; ``on_added(n)`` follows an import that added sessions.
    """

    def work(progress: Progress, cancelled: Cancelled) -> int:
        return import_path(archive, path, progress, cancelled)

    def done(result: Any) -> None:
        added = int(result)
        tell(
            parent,
            _tr("Imported"),
            _tr("{n} session(s) were added to the archive.").format(n=added),
            problem=False,
        )
        if added and on_added is not None:
            on_added(added)

    def failed(words: str) -> None:
        tell(parent, _tr("Nothing was imported"), words, problem=True)

    return run_job(
        work,
        parent_window=parent,
        title=_tr("Importing sessions"),
        label=_tr("Importing {name}…").format(name=path.name),
        cancellable=True,
        on_done=done,
        on_error=failed,
    )


def import_interactively(
    parent: QWidget, archive: Archive, on_added: Callable[[int], None] | None = None
) -> BackgroundJob | None:
    """Ask for a file and import it in the background (see ``start_import``)."""
    name, _filter = QFileDialog.getOpenFileName(
        parent, _tr("Import sessions"), "", _tr("Cocoach exports (*.json);;All files (*)")
    )
    if not name:
        return None
    return start_import(parent, archive, Path(name), on_added)
