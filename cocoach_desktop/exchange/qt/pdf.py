"""Printing a Markdown text to an A4 PDF file (needs a running QGuiApplication)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import (
    QFont,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
)

from cocoach_desktop.exchange.qt.export_files import save_atomically
from cocoach_desktop.platform.qt.theme import FONT_FAMILIES

# QTextDocument.print_ puts its own 2 cm margin inside the page (and the page number in it),
# so the page itself gets only a small one: the total is about 2.5 cm all round.
MARGINS_MM = QMarginsF(5, 5, 5, 5)
BODY_POINTS = 11
HEADING_SPACE_POINTS = 10


def pdf_bytes(markdown: str, title: str) -> bytes:
    """The PDF of ``markdown`` as bytes: A4, 2 cm margins, an 11-point sans-serif."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator("Cocoach")
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    doc = QTextDocument()
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSize(BODY_POINTS)
    doc.setDefaultFont(font)
    doc.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    doc.setMarkdown(markdown)
    _space_headings(doc)
    doc.print_(writer)
    del writer  # finishes the PDF into the buffer
    buffer.close()
    data: QByteArray = buffer.data()
    return bytes(data.data())


def _space_headings(doc: QTextDocument) -> None:
    """Markdown headings come with almost no space above them; on paper they need some."""
    cursor = QTextCursor(doc)
    block = doc.begin()
    while block.isValid():
        fmt = block.blockFormat()
        if fmt.headingLevel() > 1:
            fmt.setTopMargin(HEADING_SPACE_POINTS)
            fmt.setBottomMargin(HEADING_SPACE_POINTS / 3)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(fmt)
        block = block.next()


def write_pdf(markdown: str, path: Path, title: str) -> None:
    """Render ``markdown`` to a PDF at ``path``, written atomically (OSError names the file)."""
    save_atomically(path, pdf_bytes(markdown, title))
