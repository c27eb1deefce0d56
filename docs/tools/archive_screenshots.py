"""Renders the archive screenshots: the list, one session, and page 1 of an exported PDF.

Run from the repository root on a real display (or Xvfb):
``DISPLAY=:97 python docs/tools/archive_screenshots.py docs/screenshots``.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tests"))

from archive_fixtures import fill_archive
from screenshots import save, settle  # the same folder: one way to settle and save

from cocoach_desktop.archive.qt.archive_window import ArchiveWindow
from cocoach_desktop.archive.qt.session_view import SessionView
from cocoach_desktop.platform.qt.theme import apply_app_theme
from cocoach_desktop.storage.archive import Archive
from cocoach_desktop.storage.db import open_archive

NOW = datetime(2024, 4, 2, 16, 0, tzinfo=UTC)


def pdf_page_png(pdf: Path, out: Path, width: int = 900) -> None:
    """Page 1 of ``pdf`` as a PNG on white, as a reader would show it (poppler's pdftoppm).

    The app depends on PySide6-Essentials alone, which has no QtPdf: `apt-get install
    poppler-utils` brings pdftoppm.
    """
    stem = out.with_suffix("")
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-singlefile",
            "-f",
            "1",
            "-l",
            "1",
            "-scale-to-x",
            str(width),
            "-scale-to-y",
            "-1",
            str(pdf),
            str(stem),
        ],
        check=True,
    )
    print("wrote", out)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    apply_app_theme(app, "dark")
    with tempfile.TemporaryDirectory() as data:
        archive = Archive(open_archive(Path(data) / "cocoach.sqlite3"))
        fill_archive(archive, 40)
        w = ArchiveWindow(archive, now=lambda: NOW, tz=UTC)
        w.resize(1280, 800)
        w.show()
        settle(app)
        w.table.selectRow(2)
        save(w, out / "archive.png", app)

        # The whole session, unscrolled, as its own window of the detail pane's width.
        detail = w.session_view.detail
        whole = SessionView(archive, QUndoStack(), lambda: NOW, UTC)
        whole.set_detail(detail)
        whole.resize(800, 600)
        whole.show()
        settle(app)
        whole.resize(800, whole.scroller.widget().sizeHint().height() + 4)
        save(whole, out / "session-view.png", app)
        whole.close()

        w.ask_save_path = lambda title, suggested, f: Path(data) / suggested  # type: ignore[method-assign]
        pdf = w.export_session("pdf", complete=False)
        assert pdf is not None
        pdf_page_png(pdf, out / "export-pdf.png")
        w.search.setText("feedback")
        w.run_search()
        if len(sys.argv) > 2:
            save(w, Path(sys.argv[2]) / "archive-search.png", app)
        w.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"))
