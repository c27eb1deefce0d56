"""Both themes draw a tick in checked boxes and show the file dialog's buttons' icons."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction, QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QFileDialog,
    QMenu,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

from cocoach_desktop.notes.qt.due_picker import DueDateEdit
from cocoach_desktop.platform.qt.theme import THEMES, apply_app_theme


@pytest.fixture(params=["dark", "light"])
def theme(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    apply_app_theme(qapp, request.param)
    yield request.param
    apply_app_theme(qapp, "dark")


def near(colour: QColor, hex_colour: str, tolerance: int = 60) -> bool:
    other = QColor(hex_colour)
    return (
        abs(colour.red() - other.red())
        + abs(colour.green() - other.green())
        + abs(colour.blue() - other.blue())
    ) <= tolerance


def pixels(image: QImage, area: QRect) -> Iterator[QColor]:
    for y in range(max(0, area.top()), min(image.height(), area.bottom() + 1)):
        for x in range(max(0, area.left()), min(image.width(), area.right() + 1)):
            yield image.pixelColor(x, y)


def filled_box(image: QImage, area: QRect, fill: str) -> QRect:
    """The bounding box of the ``fill``-coloured pixels in ``area`` (a checked indicator)."""
    xs, ys = [], []
    for y in range(area.top(), min(image.height(), area.bottom() + 1)):
        for x in range(area.left(), min(image.width(), area.right() + 1)):
            if near(image.pixelColor(x, y), fill, 30):
                xs.append(x)
                ys.append(y)
    assert xs, "no checked indicator found"
    return QRect(min(xs), min(ys), max(xs) - min(xs) + 1, max(ys) - min(ys) + 1)


def tick_pixels(image: QImage, area: QRect, name: str) -> int:
    """Pixels of a tick inside the accent-filled box: none when the box is only filled."""
    p = THEMES[name]
    box = filled_box(image, area, p.accent).adjusted(1, 1, -1, -1)
    return sum(1 for c in pixels(image, box) if near(c, p.background))


def test_a_checked_box_shows_a_tick(qtbot: QtBot, theme: str) -> None:
    box = QCheckBox("Shareable with the coachee")
    box.setChecked(True)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    image = box.grab().toImage()
    assert tick_pixels(image, QRect(0, 0, 24, image.height()), theme) >= 6


def test_the_closing_screens_ticked_rows_show_a_tick(qtbot: QtBot, theme: str) -> None:
    tree = QTreeWidget()
    tree.setHeaderLabels(["Commitment", "Who"])
    item = QTreeWidgetItem(["Keep a journal", "Ana"])
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(0, Qt.CheckState.Checked)
    tree.addTopLevelItem(item)
    qtbot.addWidget(tree)
    tree.resize(400, 200)
    tree.show()
    qtbot.waitExposed(tree)
    row = tree.visualItemRect(item).translated(tree.viewport().pos())
    image = tree.grab().toImage()
    assert tick_pixels(image, QRect(row.left(), row.top(), 40, row.height()), theme) >= 6


def test_a_checkable_menu_item_shows_its_mark(qtbot: QtBot, theme: str) -> None:
    menu = QMenu()
    qtbot.addWidget(menu)
    action = QAction("Prompts on the projector", menu)
    action.setCheckable(True)
    action.setChecked(True)
    menu.addAction(action)
    plain = QAction("Something else", menu)
    plain.setCheckable(True)
    menu.addAction(plain)
    menu.show()
    qtbot.waitExposed(menu)
    image = menu.grab().toImage()
    checked, unchecked = (menu.actionGeometry(a) for a in (action, plain))
    text = THEMES[theme].text

    def marks(row: QRect) -> int:
        return sum(
            1
            for c in pixels(image, QRect(row.left(), row.top(), 22, row.height()))
            if near(c, text, 90)
        )

    assert marks(checked) >= 6 and marks(unchecked) == 0


def test_the_file_dialogs_buttons_show_their_icons(qtbot: QtBot, theme: str) -> None:
    dialog = QFileDialog(None, "Import sessions")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    text = THEMES[theme].text
    up = dialog.findChild(QToolButton, "toParentButton")
    assert isinstance(up, QToolButton)
    image = up.grab().toImage()
    inside = image.rect().adjusted(3, 3, -3, -3)
    assert sum(1 for c in pixels(image, inside) if near(c, text, 90)) >= 12  # the arrow
    surface = THEMES[theme].surface
    for name in ("newFolderButton", "listModeButton", "detailModeButton"):
        button = dialog.findChild(QToolButton, name)
        assert isinstance(button, QWidget)
        image = button.grab().toImage()
        middle = QRect(image.width() // 2 - 6, image.height() // 2 - 6, 12, 12)
        drawn = sum(1 for c in pixels(image, middle) if not near(c, surface, 60))
        assert drawn >= 12, name  # an icon, not an empty button


def test_the_calendars_month_arrows_follow_the_theme(qtbot: QtBot, qapp: QApplication) -> None:
    """The notes' date field is built before the theme is applied; its arrows still show."""
    apply_app_theme(qapp, "light")
    edit = DueDateEdit()
    qtbot.addWidget(edit)
    apply_app_theme(qapp, "dark")
    edit.show()
    qtbot.waitExposed(edit)
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_F4)
    popup = QApplication.activePopupWidget()
    assert popup is not None
    text = THEMES["dark"].text
    for name in ("qt_calendar_prevmonth", "qt_calendar_nextmonth"):
        button = edit.due_calendar.findChild(QToolButton, name)
        assert isinstance(button, QToolButton)
        image = button.grab().toImage()
        inside = image.rect().adjusted(3, 3, -3, -3)
        assert sum(1 for c in pixels(image, inside) if near(c, text, 90)) >= 12, name
    popup.close()
