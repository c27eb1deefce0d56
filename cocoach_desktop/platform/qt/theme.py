"""Light and dark colour themes with projector contrast, and the fonts the timer uses."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QIcon,
    QPainter,
    QPalette,
    QPixmap,
    QPolygonF,
)
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from cocoach_desktop.platform import resources
from cocoach_desktop.timer.model.display import Alert

# Sans-serif families with clear, tabular digits; the first one installed wins.
FONT_FAMILIES = ["DejaVu Sans", "Segoe UI", "Helvetica Neue", "Helvetica", "Arial"]


@dataclass(frozen=True)
class Palette:
    """The colours of one theme, as ``#rrggbb`` strings.

    The alert colours step down in lightness (amber, orange-red, red on the dark theme and
    darker shades of the same on the light one) so they differ for people who cannot tell
    the hues apart, and each stays readable on ``background`` from the back of a room.
    """

    name: str
    background: str
    surface: str
    text: str
    muted: str
    accent: str
    soon: str
    urgent: str
    overtime: str
    overtime_flash: str  # the background while an overtime flash is on: a tint, not a strobe
    track: str  # the empty part of a progress bar


THEMES: dict[str, Palette] = {
    "dark": Palette(
        name="dark",
        background="#0b0d10",
        surface="#1a1e24",
        text="#f4f5f7",
        muted="#a3abb7",
        accent="#6cb6ff",
        soon="#ffc53d",
        urgent="#ff7a33",
        overtime="#f23c3c",
        overtime_flash="#2e1114",
        track="#2b3038",
    ),
    "light": Palette(
        name="light",
        background="#ffffff",
        surface="#eef1f4",
        text="#101318",
        muted="#4d5562",
        accent="#0b5cad",
        soon="#a36b00",
        urgent="#b83a00",
        overtime="#a0111a",
        overtime_flash="#fde7e7",
        track="#d7dce2",
    ),
}


def palette(name: str) -> Palette:
    """The theme called ``name``; the dark one if there is no such theme."""
    return THEMES.get(name, THEMES["dark"])


def alert_color(p: Palette, alert: Alert) -> str:
    """The colour of the time at an alert level (calm time is in the ordinary text colour)."""
    return {
        Alert.CALM: p.text,
        Alert.SOON: p.soon,
        Alert.URGENT: p.urgent,
        Alert.OVERTIME: p.overtime,
    }[alert]


def display_font(pixel_size: int, weight: QFont.Weight = QFont.Weight.Normal) -> QFont:
    """A font of the timer's family at a pixel size, with tabular digits so times do not jiggle."""
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPixelSize(max(1, pixel_size))
    font.setWeight(weight)
    font.setFeature(QFont.Tag("tnum"), 1)
    return font


def fitted_pixel_size(
    text: str, preferred: int, width: float, weight: QFont.Weight = QFont.Weight.Normal
) -> int:
    """``preferred``, or the largest smaller pixel size at which ``text`` fits in ``width``."""
    if not text or width <= 0:
        return max(1, preferred)
    advance = QFontMetricsF(display_font(preferred, weight)).horizontalAdvance(text)
    if advance <= width:
        return max(1, preferred)
    return max(1, int(preferred * width / advance))


def _qpalette(p: Palette) -> QPalette:
    qp = QPalette()
    role = QPalette.ColorRole
    colours = {
        role.Window: p.background,
        role.WindowText: p.text,
        role.Base: p.background,
        role.AlternateBase: p.surface,
        role.Text: p.text,
        role.Button: p.surface,
        role.ButtonText: p.text,
        role.BrightText: p.overtime,
        role.Highlight: p.accent,
        role.HighlightedText: p.background,
        role.ToolTipBase: p.surface,
        role.ToolTipText: p.text,
        role.PlaceholderText: p.muted,
        role.Link: p.accent,
        role.LinkVisited: p.accent,
        role.Light: p.surface,
        role.Midlight: p.track,
        role.Mid: p.track,
        role.Dark: p.track,
        role.Shadow: p.background,
    }
    for colour_role, value in colours.items():
        qp.setColor(colour_role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        qp.setColor(disabled, colour_role, QColor(p.muted))
    return qp


def _icon_url(name: str) -> str:
    """A shipped icon for the style sheet, or "" if it is not there (the box stays filled)."""
    path = Path(str(resources.data("icons", name)))
    return f'url("{path.as_posix()}")' if path.is_file() else ""


def _indicator_marks(p: Palette) -> str:
    """The tick (the dash of a half-checked box, the dot of a radio) in the styled indicators.

    A styled indicator loses the style's own tick, so the theme draws one: in the
    background colour on the accent fill, which reads on both themes and on a selected row.
    """
    check, dash = _icon_url(f"check-{p.name}.svg"), _icon_url(f"dash-{p.name}.svg")
    dot = _icon_url(f"dot-{p.name}.svg")
    if not (check and dash and dot):
        return ""
    return f"""
QCheckBox::indicator:checked, QAbstractItemView::indicator:checked {{ image: {check}; }}
QRadioButton::indicator:checked {{ image: {dot}; }}
QCheckBox::indicator:indeterminate, QAbstractItemView::indicator:indeterminate {{
    image: {dash}; background: {p.accent}; border-color: {p.text};
}}
QCheckBox::indicator:checked:disabled, QAbstractItemView::indicator:checked:disabled {{
    background: {p.muted}; border-color: {p.track};
}}
"""


def _stylesheet(p: Palette) -> str:
    return f"""
QPushButton, QToolButton {{
    background: {p.surface}; color: {p.text};
    border: 1px solid {p.muted}; border-radius: 4px; padding: 5px 12px;
}}
QPushButton:hover, QToolButton:hover {{ border-color: {p.accent}; }}
QPushButton:pressed, QToolButton:pressed, QToolButton:checked {{ background: {p.track}; }}
QPushButton:focus, QToolButton:focus {{ border: 2px solid {p.accent}; }}
QPushButton:disabled, QToolButton:disabled {{ color: {p.muted}; border-color: {p.track}; }}
QLineEdit, QSpinBox, QComboBox, QPlainTextEdit, QTextEdit {{
    background: {p.background}; color: {p.text};
    border: 1px solid {p.muted}; border-radius: 3px; padding: 3px;
    selection-background-color: {p.accent}; selection-color: {p.background};
}}
QLineEdit:focus, QSpinBox:focus, QComboBox:focus, QPlainTextEdit:focus, QTextEdit:focus {{
    border: 2px solid {p.accent};
}}
QTableView, QTreeView, QListView {{
    background: {p.background}; alternate-background-color: {p.surface}; color: {p.text};
    gridline-color: {p.track}; border: 1px solid {p.track};
    selection-background-color: {p.accent}; selection-color: {p.background};
}}
QHeaderView::section {{
    background: {p.surface}; color: {p.text}; border: none;
    border-bottom: 1px solid {p.muted}; padding: 4px;
}}
QMenu {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.muted}; }}
QMenu::item {{ padding: 5px 20px; }}
QMenu::item:selected {{ background: {p.accent}; color: {p.background}; }}
QMenu::separator {{ height: 1px; background: {p.track}; margin: 4px 8px; }}
QToolTip {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.muted}; }}
QLabel#muted {{ color: {p.muted}; }}
QLabel#rule {{
    background: {p.surface}; border-left: 4px solid {p.accent}; padding: 8px 12px;
}}
QLabel#problemBanner {{
    background: {p.surface}; color: {p.text}; border: 2px solid {p.overtime}; padding: 6px;
}}
QLabel#warningBanner {{
    background: {p.surface}; color: {p.text}; border: 2px solid {p.soon}; padding: 6px;
}}
QFrame#adviceHint, QFrame#closedHint, QFrame#openHint {{
    background: {p.surface}; border-radius: 4px;
}}
QFrame#adviceHint {{ border: 2px solid {p.overtime}; }}
QFrame#closedHint {{ border: 2px solid {p.soon}; }}
QFrame#openHint {{ border: 1px solid {p.track}; }}
QPushButton#reframe {{ text-align: left; }}
QPushButton#tally_open {{ border: 2px solid {p.accent}; }}
QPushButton#tally_closed {{ border: 2px solid {p.soon}; }}
QPushButton#tally_advice {{ border: 2px solid {p.overtime}; }}
QPushButton#tally_open:disabled, QPushButton#tally_closed:disabled,
QPushButton#tally_advice:disabled {{ border-color: {p.track}; }}
QProgressBar {{ background: {p.track}; border: none; border-radius: 4px; }}
QProgressBar::chunk {{ background: {p.accent}; border-radius: 4px; }}
QProgressDialog {{ min-width: 420px; border: 1px solid {p.muted}; }}
QProgressDialog QProgressBar {{
    min-height: 22px; color: {p.text}; text-align: center; font-weight: 600;
}}
QRadioButton::indicator, QCheckBox::indicator, QAbstractItemView::indicator {{
    width: 12px; height: 12px; border: 2px solid {p.muted}; background: {p.background};
}}
QRadioButton::indicator {{ border-radius: 8px; }}
QCheckBox::indicator, QAbstractItemView::indicator {{ border-radius: 3px; }}
QRadioButton::indicator:checked, QCheckBox::indicator:checked,
QAbstractItemView::indicator:checked {{
    background: {p.accent}; border-color: {p.text};
}}
QRadioButton::indicator:disabled, QCheckBox::indicator:disabled {{ border-color: {p.track}; }}
QFileDialog QToolButton {{ padding: 2px; }}
QCalendarWidget QToolButton {{ padding: 2px 6px; }}
QCalendarWidget QWidget#qt_calendar_navigationbar {{ background: {p.surface}; }}
""" + _indicator_marks(p)


_ARROWS = {
    QStyle.StandardPixmap.SP_ArrowBack: "left",
    QStyle.StandardPixmap.SP_ArrowLeft: "left",
    QStyle.StandardPixmap.SP_ArrowForward: "right",
    QStyle.StandardPixmap.SP_ArrowRight: "right",
    QStyle.StandardPixmap.SP_ArrowUp: "up",
    QStyle.StandardPixmap.SP_FileDialogToParent: "up",
    QStyle.StandardPixmap.SP_ArrowDown: "down",
}


def arrow_icon(direction: str, colour: QColor, disabled: QColor) -> QIcon:
    """A plain triangle pointing ``direction``, in ``colour`` (and ``disabled`` when off)."""
    points = {
        "left": ((0.7, 0.2), (0.7, 0.8), (0.25, 0.5)),
        "right": ((0.3, 0.2), (0.3, 0.8), (0.75, 0.5)),
        "up": ((0.2, 0.7), (0.8, 0.7), (0.5, 0.25)),
        "down": ((0.2, 0.3), (0.8, 0.3), (0.5, 0.75)),
    }[direction]
    icon = QIcon()
    for size in (16, 24, 32, 48):
        for mode, fill in ((QIcon.Mode.Normal, colour), (QIcon.Mode.Disabled, disabled)):
            pixmap = QPixmap(size, size)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(fill)
            painter.drawPolygon(QPolygonF([QPointF(x * size, y * size) for x, y in points]))
            painter.end()
            icon.addPixmap(pixmap, mode)
    return icon


class ThemedStyle(QProxyStyle):
    """Fusion, with the arrows it draws in near-black (the file dialog's back, forward and up,
    the calendar's months) drawn in the theme's text colour, so they show on the dark theme.
    """

    def __init__(self) -> None:
        super().__init__("Fusion")
        self._icons: dict[tuple[str, int, int], QIcon] = {}

    def standardIcon(
        self,
        standard_icon: QStyle.StandardPixmap,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> QIcon:
        direction = _ARROWS.get(standard_icon)
        if direction is None:
            return super().standardIcon(standard_icon, option, widget)
        if option is not None:
            colours = option.palette
        else:
            colours = widget.palette() if widget is not None else QApplication.palette()
        colour = colours.color(QPalette.ColorGroup.Active, QPalette.ColorRole.ButtonText)
        off = QColor(colours.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText))
        off.setAlpha(110)
        key = (direction, colour.rgba(), off.rgba())
        if key not in self._icons:
            self._icons[key] = arrow_icon(direction, colour, off)
        return self._icons[key]


_style: ThemedStyle | None = None  # kept here: the app's style must outlive every window


def apply_app_theme(app: QApplication, name: str) -> None:
    """Give the whole application a theme: Fusion style, its palette and a small stylesheet."""
    global _style
    p = palette(name)
    if _style is None:
        _style = ThemedStyle()
        app.setStyle(_style)
    app.setPalette(_qpalette(p))
    sheet = _stylesheet(p)
    if app.styleSheet() != sheet:  # setting it again re-polishes every widget: only on a change
        app.setStyleSheet(sheet)
