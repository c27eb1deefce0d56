"""A translation reaches the refusals storage reports, all the way to the window."""

from __future__ import annotations

import pytest
from helpers import settle
from pytestqt.qtbot import QtBot
from test_banners import fail_once, shown, start

from cocoach_desktop.platform.problems import ErrorCode
from cocoach_desktop.platform.wording import set_translator
from cocoach_desktop.storage.transactions import RecordNotFoundError


def test_a_storage_refusal_reaches_the_banner_in_the_installed_translation(
    app, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    cocoach, _clock = app
    start(cocoach)
    # What the app installs at its start (platform/qt/i18n.py), here a fake language.
    set_translator(
        lambda text: {"Session {id} no longer exists.": "Sitzung {id} fehlt."}.get(text, text)
    )
    try:
        gone = RecordNotFoundError(ErrorCode.RECORD_GONE, "session", id=41)
        fail_once(monkeypatch, cocoach.archive, "add_note", gone)
        cocoach.window.notes.editor.insertPlainText("A note")
        cocoach.recorder.flush()
        settle()
        assert "(Sitzung 41 fehlt)." in shown(cocoach)  # one full stop, after the bracket
        assert str(gone) == "Session 41 no longer exists."  # the log keeps English
    finally:
        set_translator(None)
