"""The translation source file stays in step with the code, and a translation shows."""

from __future__ import annotations

import ast
import importlib.util
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from pytestqt.qtbot import QtBot

from cocoach_desktop.platform.formatting import ENGLISH, set_words, short_date
from cocoach_desktop.platform.qt.i18n import install_translator, wanted_languages

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "cocoach_desktop"
COMMITTED = ROOT / "resources" / "translations" / "cocoach.ts"
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _keys(ts: Path) -> set[tuple[str, str, str]]:
    keys = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            keys.add((name, m.findtext("source") or "", m.findtext("comment") or ""))
    return keys


def test_the_committed_ts_lists_every_text_of_the_code(tmp_path: Path) -> None:
    found = set(_tool().extract(PACKAGE, tmp_path))
    assert (tmp_path / "raw.ts").is_file()  # lupdate ran
    committed = _keys(COMMITTED)
    missing, stale = sorted(found - committed), sorted(committed - found)
    advice = "run: .venv/bin/python tools/update_translations.py"
    assert not missing, f"texts not in {COMMITTED.name} ({advice}): {missing[:5]}"
    assert not stale, f"texts no longer in the code ({advice}): {stale[:5]}"


def _literal_texts() -> dict[str, str]:
    """Every literal text given to tr(), _tr() or translate() in the package, by file."""
    texts = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            index = {"tr": 0, "_tr": 0, "translate": 1}.get(name)
            if index is None or len(node.args) <= index:
                continue
            arg = node.args[index]
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                texts[arg.value] = path.relative_to(ROOT).as_posix()
    return texts


def test_lupdate_misses_no_literal_text() -> None:
    """A tr() text lupdate did not see (or put in the wrong context) never gets translated."""
    sources = {source for _, source, _ in _keys(COMMITTED)}
    missed = {text: where for text, where in _literal_texts().items() if text not in sources}
    assert not missed
    assert "QCoreApplication" not in {context for context, _, _ in _keys(COMMITTED)}


def test_no_class_inherits_a_method_that_calls_tr() -> None:
    """PySide's self.tr() looks up the object's own class: lupdate files it under the parent's."""
    classes: dict[str, tuple[list[str], bool]] = {}
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                calls = any(isinstance(n, ast.Attribute) and n.attr == "tr" for n in ast.walk(node))
                bases = [ast.unparse(b).split(".")[-1] for b in node.bases]
                classes[node.name] = (bases, calls)
    heirs = [
        c for c, (bases, _) in classes.items() if any(classes.get(b, ([], 0))[1] for b in bases)
    ]
    assert not heirs


@pytest.fixture
def language_reset() -> Iterator[None]:
    """Whatever a test installs, the next test starts in English again."""
    yield
    app = QCoreApplication.instance()
    assert app is not None
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)
        translator.deleteLater()
    set_words(ENGLISH)
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def german(tmp_path: Path, language_reset: None) -> Path:
    """A two-message German translation, compiled as the app ships one."""
    ts = tmp_path / "cocoach_de.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context><name>TallyPanel</name>
<message><source>Undo</source><translation>Rückgängig</translation></message>
</context>
<context><name>Formatting</name>
<message><source>Tue</source><translation>Di</translation></message>
</context>
</TS>
""",
        encoding="utf-8",
    )
    subprocess.run(
        [str(LRELEASE), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
    )
    return tmp_path


def test_a_translation_shows_in_a_widget_and_in_dates(qtbot: QtBot, german: Path) -> None:
    from cocoach_desktop.tally.qt.tally_panel import TallyPanel

    app = QCoreApplication.instance()
    assert app is not None
    assert install_translator(app, env="de_DE.UTF-8", folder=german) == "de"
    panel = TallyPanel()
    qtbot.addWidget(panel)
    assert panel.undo_button.text() == "Rückgängig"
    assert short_date(date(2024, 5, 7), weekday=True) == "Di 07 May 2024"  # May: untranslated


@pytest.mark.usefixtures("language_reset")
def test_english_when_there_is_no_translation(qtbot: QtBot, tmp_path: Path) -> None:
    from cocoach_desktop.notes.qt.due_picker import DueDateEdit
    from cocoach_desktop.tally.qt.tally_panel import TallyPanel

    QLocale.setDefault(QLocale("de_DE"))  # as on a computer set up in German

    app = QCoreApplication.instance()
    assert app is not None
    assert install_translator(app, env="fr_FR", folder=tmp_path) == "en"
    assert install_translator(app, env="en_GB", folder=tmp_path) == "en"
    panel = TallyPanel()
    qtbot.addWidget(panel)
    assert panel.undo_button.text() == "Undo"
    due = DueDateEdit(date(2024, 5, 7), today=lambda: date(2024, 5, 1))
    qtbot.addWidget(due)
    assert due.text() == "7 May 2024"  # not "7 Mai 2024" in an English window


def test_the_language_asked_for_comes_first() -> None:
    assert wanted_languages("de_AT.UTF-8") == ["de_AT", "de"]
    assert wanted_languages("pt-BR") == ["pt_BR", "pt"]
