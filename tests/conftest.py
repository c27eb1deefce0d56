"""Test set-up: no display or sound needed; every test gets its own data folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# No audio device is needed: the app must work silently when there is none.
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia*=false")

import pytest


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "data"
    folder.mkdir()
    monkeypatch.setenv("COCOACH_DATA_DIR", str(folder))
    yield folder


class ModalDialogInTestError(AssertionError):
    """A modal dialog would wait for a click that never comes: the test would hang."""


@pytest.fixture(autouse=True)
def no_modal_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

    def refuse(*args: object, **kwargs: object) -> None:
        raise ModalDialogInTestError("a modal dialog opened during a test; replace what asks")

    for name in ("question", "warning", "information", "critical", "about"):
        monkeypatch.setattr(QMessageBox, name, refuse)
    for name in ("getInt", "getText", "getDouble", "getItem"):
        monkeypatch.setattr(QInputDialog, name, refuse)
    monkeypatch.setattr(QDialog, "exec", refuse)
