"""Importing a JSON export into the archive: checked whole first, then added in one go."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from cocoach_desktop.core.exchange import parse_json_document

if TYPE_CHECKING:
    from cocoach_desktop.storage.archive import Archive

MAX_IMPORT_BYTES = 200 * 1024 * 1024


def _tr(text: str) -> str:
    return QCoreApplication.translate("Import", text)


def import_path(archive: Archive, path: Path) -> int:
    """Import ``path``; the number of sessions added. ValueError says what is wrong."""
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
            _tr("{name} is not a text file (UTF-8): {reason}").format(name=path.name, reason=exc)
        ) from exc
    except OSError as exc:
        raise ValueError(
            _tr("{name} could not be read: {reason}").format(name=path.name, reason=exc.strerror)
        ) from exc
    data = parse_json_document(text)  # ImportFormatError (a ValueError) names the problems
    return archive.import_details(data.sessions, data.topics)


def import_interactively(parent: QWidget, archive: Archive) -> int | None:
    name, _filter = QFileDialog.getOpenFileName(
        parent, _tr("Import sessions"), "", _tr("Cocoach exports (*.json);;All files (*)")
    )
    if not name:
        return None
    try:
        added = import_path(archive, Path(name))
    except ValueError as exc:  # ImportFormatError too: it names every problem
        QMessageBox.warning(parent, _tr("Nothing was imported"), str(exc))
        return None
    QMessageBox.information(
        parent, _tr("Imported"), _tr("{n} session(s) were added to the archive.").format(n=added)
    )
    return added
