"""Importing a JSON export into the archive: checked whole first, then added in one go."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from cocoach_desktop.domain.ports.exchange import ImportTarget
from cocoach_desktop.exchange.services.import_service import ImportService, ReadingWords
from cocoach_desktop.platform.qt.background import BackgroundJob, Cancelled, Progress, run_job


def _tr(text: str) -> str:
    return QCoreApplication.translate("Import", text)


def reading_words() -> ReadingWords:
    """What the import says about a file it cannot read, in the user's language."""
    return ReadingWords(
        too_large=_tr("{name} is too large to be an export ({mb} MB)."),
        not_text=_tr("{name} is not a text file (UTF-8): {reason}"),
        unreadable=_tr("{name} could not be read: {reason}"),
    )


def _importer(archive: ImportTarget | ImportService) -> ImportService:
    if isinstance(archive, ImportService):
        return archive
    return ImportService(archive, words=reading_words())


def import_path(
    archive: ImportTarget | ImportService,
    path: Path,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Import ``path``; the number of sessions added. ValueError says what is wrong.

    ``progress(done, total)`` and ``cancelled()`` are passed to the archive's import: a
    cancelled import raises CancelledByUserError after rolling back, so nothing is added.
    """
    return _importer(archive).import_file(path, progress, cancelled)


def tell(parent: QWidget, title: str, text: str, problem: bool) -> None:
    """Say how an import ended (tests replace this)."""
    if problem:
        QMessageBox.warning(parent, title, text)
    else:
        QMessageBox.information(parent, title, text)


def start_import(
    parent: QWidget,
    archive: ImportTarget | ImportService,
    path: Path,
    on_added: Callable[[int], None] | None = None,
) -> BackgroundJob | None:
    """Import ``path`` on a worker thread, with a progress dialog and Cancel.

    The window stays alive (the projector keeps counting down) while it runs. The outcome is
    told in words when it ends; ``on_added(n)`` follows an import that added sessions.
    """

    importer = _importer(archive)

    def work(progress: Progress, cancelled: Cancelled) -> int:
        return importer.import_file(path, progress, cancelled)

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
    parent: QWidget,
    archive: ImportTarget | ImportService,
    on_added: Callable[[int], None] | None = None,
) -> BackgroundJob | None:
    """Ask for a file and import it in the background (see ``start_import``)."""
    name, _filter = QFileDialog.getOpenFileName(
        parent, _tr("Import sessions"), "", _tr("Cocoach exports (*.json);;All files (*)")
    )
    if not name:
        return None
    return start_import(parent, archive, Path(name), on_added)
