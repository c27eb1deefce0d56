"""The app's language: a Qt translator from ``resources/translations``, and its date words."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from cocoach_desktop.platform import resources, wording
from cocoach_desktop.platform.formatting import ENGLISH, Words, set_words

LANG_ENV = "COCOACH_LANG"


def _tr(text: str) -> str:
    return QCoreApplication.translate("Formatting", text)


def wanted_languages(env: str | None = None, locale: QLocale | None = None) -> list[str]:
    """The languages to try, best first: ``COCOACH_LANG`` if set, else the system's.

    ``de_AT`` is tried as ``de_AT`` and then as ``de``; ``en`` (or ``C``) means English.
    """
    chosen = os.environ.get(LANG_ENV, "") if env is None else env
    names = [chosen.strip()] if chosen.strip() else []
    if not names:
        names = list((locale or QLocale.system()).uiLanguages()) or [QLocale.system().name()]
    wanted: list[str] = []
    for name in names:
        code = name.split(".")[0].replace("-", "_")
        for candidate in (code, code.split("_")[0]):
            if candidate and candidate not in wanted:
                wanted.append(candidate)
    return wanted


def translation_file(language: str, folder: Path | None = None) -> Path | None:
    """``cocoach_<language>.qm`` in the translations folder, if there is one."""
    base = folder or Path(str(resources.data("translations")))
    path = base / f"cocoach_{language}.qm"
    return path if path.is_file() else None


def install_translator(
    app: QCoreApplication, env: str | None = None, folder: Path | None = None
) -> str:
    """Translate the app into the first wanted language that has a ``.qm`` file.

    Returns that language, or ``"en"`` when none has one (the texts in the code are
    English). The date and length words, and Qt's own date pickers, follow it from then on.
    """
    language = "en"
    for candidate in wanted_languages(env):
        if candidate in ("en", "C", "POSIX") or candidate.startswith("en_"):
            break
        path = translation_file(candidate, folder)
        if path is None:
            continue
        translator = QTranslator(app)  # parented: it lives as long as the app
        if translator.load(str(path)):
            app.installTranslator(translator)
            language = candidate
            break
    set_words(translated_words() if language != "en" else ENGLISH)
    # The problems models and storage report are worded in the app's language from now on.
    wording.set_translator(translate_problem if language != "en" else None)
    # Date pickers and calendars name months in the app's language too (the system's
    # territory still says which day a week starts on).
    QLocale.setDefault(QLocale(QLocale(language).language(), QLocale.system().territory()))
    return language


def translate_problem(text: str) -> str:
    """A sentence of ``platform/wording.py`` in the installed translation."""
    return QCoreApplication.translate(wording.TR_CONTEXT, text)


def translated_words() -> Words:
    """The date and length words in the installed translation (English where untranslated)."""
    return Words(
        weekdays=(
            _tr("Monday"),
            _tr("Tuesday"),
            _tr("Wednesday"),
            _tr("Thursday"),
            _tr("Friday"),
            _tr("Saturday"),
            _tr("Sunday"),
        ),
        weekdays_short=(
            _tr("Mon"),
            _tr("Tue"),
            _tr("Wed"),
            _tr("Thu"),
            _tr("Fri"),
            _tr("Sat"),
            _tr("Sun"),
        ),
        months=(
            _tr("January"),
            _tr("February"),
            _tr("March"),
            _tr("April"),
            _tr("May"),
            _tr("June"),
            _tr("July"),
            _tr("August"),
            _tr("September"),
            _tr("October"),
            _tr("November"),
            _tr("December"),
        ),
        months_short=(
            _tr("Jan"),
            _tr("Feb"),
            _tr("Mar"),
            _tr("Apr"),
            _short_may(),
            _tr("Jun"),
            _tr("Jul"),
            _tr("Aug"),
            _tr("Sep"),
            _tr("Oct"),
            _tr("Nov"),
            _tr("Dec"),
        ),
        hours_unit=_tr("h"),
        minutes_unit=_tr("min"),
        seconds_unit=_tr("s"),
        one_minute=_tr("1 minute"),
        some_minutes=_tr("{n} minutes"),
        one_second=_tr("1 second"),
        some_seconds=_tr("{n} seconds"),
    )


def _short_may() -> str:
    # Last in the file: lupdate reads a tr() after a literal translate() as that class's.
    return QCoreApplication.translate("Formatting", "May", "short month name")
