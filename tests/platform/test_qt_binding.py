"""The Qt binding must not leak references to None: on Python 3.11 that aborts the app."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot


def test_qt_calls_that_return_nothing_keep_none_alive(qtbot: QtBot) -> None:
    # PySide6 6.12.0 took one reference off None per such call; a running timer makes
    # dozens a second, and Python 3.11 aborts when None's count reaches zero.
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(500):
        label.setText("4:59")
        label.update()
    assert sys.getrefcount(None) - before > -50
