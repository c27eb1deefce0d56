"""A team's observer tallies over time: one bar per session, split into open, closed, advice.

Fewer advice moments over a term is the sign of a growing coaching culture, so the bars
are drawn as shares of what was counted (100% high), oldest on the left.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from cocoach_desktop.archive.qt.timeline_chart import overtime_colour
from cocoach_desktop.domain.records import TallyCounts, TallyKind, TallyPoint
from cocoach_desktop.platform.formatting import short_date

CHART_HEIGHT = 150
MAX_BAR_WIDTH = 42
MIN_SLOT = 14  # below this a bar is too thin to read: the oldest sessions are left out
LEGEND_HEIGHT = 22


def kind_colours(palette: QPalette) -> dict[TallyKind, QColor]:
    """Open questions in the accent, closed ones muted, advice in the overtime red."""
    return {
        TallyKind.OPEN: palette.color(QPalette.ColorRole.Highlight),
        TallyKind.CLOSED: palette.color(QPalette.ColorRole.PlaceholderText),
        TallyKind.ADVICE: overtime_colour(palette),
    }


def advice_percent(counts: TallyCounts) -> int:
    return round(100 * counts.advice / counts.total) if counts.total else 0


class TallyTrendChart(QWidget):
    """Stacked bars of the shares of open, closed and advice, one per session."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.points: tuple[TallyPoint, ...] = ()  # the bars drawn
        self.all_points: tuple[TallyPoint, ...] = ()
        self.current: int | None = None
        self.tz: tzinfo | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_points(
        self, points: Sequence[TallyPoint], current: int | None = None, tz: tzinfo | None = None
    ) -> None:
        self.all_points = tuple(p for p in points if p.counts.total)
        self.current = current
        self.tz = tz
        self._fit_points()
        self.update()

    def _fit_points(self) -> None:
        """As many of the newest sessions as fit, always with the one on view."""
        fits = max(1, int((self.width() - 40) // MIN_SLOT))
        points = self.all_points
        end = len(points)
        ids = [p.session_id for p in points]
        if self.current in ids:
            end = max(ids.index(self.current) + 1, min(end, fits))
        self.points = points[max(0, end - fits) : end]
        self.setToolTip(self._tooltip())

    def shown_text(self) -> str:
        """Which sessions the bars are, when not all of them fit."""
        if len(self.points) == len(self.all_points):
            return ""
        return self.tr("{n} of the {total} tallied sessions").format(
            n=len(self.points), total=len(self.all_points)
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._fit_points()
        super().resizeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(420, CHART_HEIGHT + LEGEND_HEIGHT)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, CHART_HEIGHT + LEGEND_HEIGHT)

    def _tooltip(self) -> str:
        lines = [self.shown_text()] if self.shown_text() else []
        for p in self.points:
            when = short_date(p.started.astimezone(self.tz).date()) if p.started else "?"
            c = p.counts
            lines.append(
                f"{when}: {c.open} open, {c.closed} closed, {c.advice} advice "
                f"({advice_percent(c)}% advice)"
            )
        return "\n".join(lines)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.points:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        colours = kind_colours(pal)
        text = pal.color(QPalette.ColorRole.WindowText)
        metrics = self.fontMetrics()
        label_h = metrics.height() + 4
        axis_w = metrics.horizontalAdvance("100%") + 8
        top, bottom = 6.0, float(CHART_HEIGHT - label_h)
        height = bottom - top
        count = len(self.points)
        slot = (self.width() - axis_w) / count
        bar = min(MAX_BAR_WIDTH, slot * 0.7)
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        for share in (0.0, 0.5, 1.0):
            y = bottom - share * height
            painter.drawLine(QPointF(axis_w, y), QPointF(self.width(), y))
            painter.drawText(
                QRectF(0, y - label_h / 2, axis_w - 6, label_h),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                f"{round(share * 100)}%",
            )
        every = max(1, round(metrics.horizontalAdvance("00 Mmm") * 1.3 / slot))
        for n, point in enumerate(self.points):
            x = axis_w + n * slot + (slot - bar) / 2
            y = bottom
            for kind in (TallyKind.ADVICE, TallyKind.CLOSED, TallyKind.OPEN):
                part = point.counts.of(kind) / point.counts.total * height
                if part > 0:
                    painter.fillRect(QRectF(x, y - part, bar, part), colours[kind])
                y -= part
            if point.session_id == self.current:
                painter.setPen(QPen(text, 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(QRectF(x - 2, top - 2, bar + 4, height + 4))
            if n % every == 0 or point.session_id == self.current:
                day = point.started.astimezone(self.tz).date() if point.started else None
                when = short_date(day, year=False) if day else ""
                painter.setPen(text)
                painter.drawText(
                    QRectF(x - slot / 2, bottom + 2, bar + slot, label_h),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                    when,
                )
        # The legend, so the colours need no guessing.
        x = float(axis_w)
        y = float(CHART_HEIGHT + 4)
        names = {
            TallyKind.OPEN: self.tr("open question"),
            TallyKind.CLOSED: self.tr("closed question"),
            TallyKind.ADVICE: self.tr("advice"),
        }
        for kind, name in names.items():
            painter.fillRect(QRectF(x, y + 3, 12, 12), colours[kind])
            painter.setPen(text)
            painter.drawText(QPointF(x + 16, y + 14), name)
            x += 16 + metrics.horizontalAdvance(name) + 18
        painter.end()
