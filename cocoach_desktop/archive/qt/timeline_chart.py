"""A small chart of an archived session: each phase's planned time against its actual time."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from cocoach_desktop.domain.records import PhaseRecord
from cocoach_desktop.platform.timefmt import length_text

ROW_HEIGHT = 26
BAR_HEIGHT = 14
FALLBACK_OVERTIME = "#d13a3a"


def overtime_colour(palette: QPalette) -> QColor:
    """The theme's overtime red (its BrightText), or a plain red when that would not show."""
    colour = palette.color(QPalette.ColorRole.BrightText)
    base = palette.color(QPalette.ColorRole.Window)
    if abs(colour.lightness() - base.lightness()) < 60 or colour.saturation() < 80:
        return QColor(FALLBACK_OVERTIME)
    return colour


def phase_figures(phase: PhaseRecord) -> str:
    """A phase's actual and planned time beside its bar, rounded as the agenda table shows
    them (a phase of 14.6 s reads 0:15 in both)."""
    return f"{length_text(phase.actual_seconds)} / {length_text(phase.planned_seconds)}"


class TimelineChart(QWidget):
    """One row per phase: the outlined bar is the plan, the filled bar what it really took.

    Time beyond the plan is drawn in the overtime colour; all other colours come from the
    widget's palette, so the chart reads on the dark and the light theme alike.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._phases: tuple[PhaseRecord, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_phases(self, phases: Sequence[PhaseRecord]) -> None:
        self._phases = tuple(phases)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, max(1, len(self._phases)) * ROW_HEIGHT + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def _label_width(self, metrics: QFontMetrics) -> int:
        widest = max((metrics.horizontalAdvance(p.name) for p in self._phases), default=0)
        return min(widest + 12, max(80, self.width() // 3))

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._phases:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        actual = pal.color(QPalette.ColorRole.Highlight)
        over = overtime_colour(pal)
        metrics = self.fontMetrics()
        label_w = self._label_width(metrics)
        figures_w = metrics.horizontalAdvance("00:00 / 00:00") + 12
        chart_x = label_w
        chart_w = max(20, self.width() - label_w - figures_w)
        longest = max(max(p.planned_seconds, p.actual_seconds) for p in self._phases) or 1.0
        scale = chart_w / longest
        for row, phase in enumerate(self._phases):
            top = 4 + row * ROW_HEIGHT
            bar_top = top + (ROW_HEIGHT - BAR_HEIGHT) / 2
            painter.setPen(text)
            name = metrics.elidedText(phase.name, Qt.TextElideMode.ElideRight, label_w - 8)
            painter.drawText(
                QRectF(0, top, label_w - 8, ROW_HEIGHT),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                name,
            )
            planned_w = phase.planned_seconds * scale
            actual_w = phase.actual_seconds * scale
            within_w = min(actual_w, planned_w)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(actual)
            painter.drawRect(QRectF(chart_x, bar_top + 2, within_w, BAR_HEIGHT - 4))
            if actual_w > planned_w:
                painter.setBrush(over)
                painter.drawRect(
                    QRectF(chart_x + planned_w, bar_top + 2, actual_w - planned_w, BAR_HEIGHT - 4)
                )
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(muted, 1.5))
            painter.drawRect(QRectF(chart_x, bar_top, planned_w, BAR_HEIGHT))
            figures = phase_figures(phase)
            painter.setPen(over if phase.actual_seconds > phase.planned_seconds + 0.5 else muted)
            painter.drawText(
                QRectF(self.width() - figures_w, top, figures_w, ROW_HEIGHT),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                figures,
            )
        painter.end()
