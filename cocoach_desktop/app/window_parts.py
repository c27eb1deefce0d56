"""The app's window-level actions: bringing the window forward, the shortcuts, about."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from cocoach_desktop import __version__
from cocoach_desktop.storage import ARCHIVE_FILE

if TYPE_CHECKING:
    from cocoach_desktop.shell.qt.facilitator_window import FacilitatorWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("Cocoach", text)


class WindowParts:
    """Part of the app (``CocoachApp`` inherits it): what the facilitator's window does
    beyond its own widgets."""

    window: FacilitatorWindow
    data_dir: Path

    def bring_to_front(self) -> None:
        """Another copy was started on this archive: show this one instead."""
        self.window.showNormal() if self.window.isMinimized() else self.window.show()
        self.window.raise_()
        self.window.activateWindow()

    def show_shortcuts(self) -> None:
        from cocoach_desktop.shell.qt.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.window.actions(), self.window).exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self.window,
            _tr("About Cocoach"),
            _tr(
                "<h3>Cocoach Desktop {version}</h3><p>A timer for group co-coaching: one "
                "coachee, the whole time; questions, not advice; nothing lost.</p>"
                "<p>Your files live in:<br><code>{folder}</code></p>"
                "<p>The archive is <code>{archive}</code> there, with verified backups in "
                "<code>backups</code>. It holds personal data about colleagues: keep this "
                "computer's disk encrypted.</p>"
            ).format(version=__version__, folder=self.data_dir, archive=ARCHIVE_FILE),
        )
