"""Dates, lengths and name order read the same whatever the computer's locale says."""

from __future__ import annotations

import locale
import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from cocoach_desktop.platform.formatting import (
    ENGLISH,
    Words,
    amount_text,
    count_text,
    current_words,
    date_and_time,
    long_date,
    set_words,
    short_date,
    sort_key,
    span_text,
    time_of_day,
)

TUESDAY = datetime(2024, 5, 7, 14, 5, 9, tzinfo=UTC)


@pytest.fixture
def german_time_names(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The C library's date names set to German, as on a computer set up in German."""
    before = locale.setlocale(locale.LC_TIME)
    try:
        locale.setlocale(locale.LC_TIME, "de_DE.UTF-8")
    except locale.Error:
        if shutil.which("localedef") is None:
            pytest.skip("no German locale, and no localedef to make one")
        made = tmp_path / "locale"
        made.mkdir()
        subprocess.run(
            ["localedef", "-i", "de_DE", "-f", "UTF-8", str(made / "de_DE.UTF-8")],
            capture_output=True,
            check=False,
        )
        monkeypatch.setenv("LOCPATH", str(made))
        try:
            locale.setlocale(locale.LC_TIME, "de_DE.UTF-8")
        except locale.Error:
            pytest.skip("no German locale could be made")
    assert TUESDAY.strftime("%a %b") == "Di Mai"  # what the old strftime calls wrote
    yield
    locale.setlocale(locale.LC_TIME, before)


@pytest.mark.usefixtures("german_time_names")
def test_english_text_keeps_english_day_names_under_a_german_locale() -> None:
    assert short_date(TUESDAY.date(), weekday=True) == "Tue 07 May 2024"
    assert short_date(TUESDAY.date()) == "07 May 2024"
    assert short_date(TUESDAY.date(), year=False) == "07 May"
    assert long_date(TUESDAY.date()) == "Tuesday 7 May 2024"


@pytest.mark.usefixtures("german_time_names")
def test_the_backup_list_and_the_recovery_question_say_english_dates(qtbot: object) -> None:
    from cocoach_desktop.backups.model.choices import described as _local
    from cocoach_desktop.storage.backup import BackupInfo

    info = BackupInfo(path=Path("cocoach-20240507T140509Z.sqlite3"), taken=TUESDAY, size=1)
    shown = _local(info)
    assert "Tue 07 May 2024, " in shown
    assert "Di" not in shown and "Mai" not in shown


def test_times_and_dates_in_numbers() -> None:
    assert time_of_day(TUESDAY) == "14:05"
    assert time_of_day(TUESDAY, seconds=True) == "14:05:09"
    assert date_and_time(TUESDAY) == "2024-05-07 14:05"


def test_lengths_in_both_styles() -> None:
    assert [span_text(s) for s in (45, 130, 120, 3900, 3600)] == [
        "45 s",
        "2 min 10 s",
        "2 min",
        "1 h 5 min",
        "1 h",
    ]
    assert [span_text(s, exact=False) for s in (45, 130, 3900)] == ["45 s", "2 min", "1 h 5 min"]
    assert [amount_text(s) for s in (300, -60, 30)] == ["+5 min", "−1 min", "+0:30"]
    assert amount_text(120, signed=False) == "2 min"
    assert count_text(1, "note", "notes") == "1 note"
    assert count_text(3, "note", "notes") == "3 notes"


def test_the_app_language_sets_the_names_once_for_every_view() -> None:
    german = Words(
        weekdays=("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
        weekdays_short=("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"),
        months=(*ENGLISH.months[:4], "Mai", *ENGLISH.months[5:]),
        months_short=(*ENGLISH.months_short[:4], "Mai", *ENGLISH.months_short[5:]),
    )
    set_words(german)
    try:
        assert short_date(TUESDAY.date(), weekday=True) == "Di 07 Mai 2024"
        assert long_date(TUESDAY.date(), ENGLISH) == "Tuesday 7 May 2024"  # an English export
    finally:
        set_words(ENGLISH)
    assert current_words() is ENGLISH


def test_names_sort_as_people_read_them() -> None:
    names = ["Zoë", "Émile", "Ödön", "adam", "Bea"]
    assert sorted(names) == ["Bea", "Zoë", "adam", "Émile", "Ödön"]  # code points: the bug
    assert sorted(names, key=sort_key) == ["adam", "Bea", "Émile", "Ödön", "Zoë"]
    assert sorted(["Ana", "ana", "Aña"], key=sort_key) == ["Ana", "Aña", "ana"]  # ties: as typed


def test_the_team_list_and_the_names_offered_follow_that_order(qtbot: object) -> None:
    from PySide6.QtGui import QUndoStack

    from cocoach_desktop.setup.qt.setup_panel import SetupPanel

    panel = SetupPanel(QUndoStack())
    panel.set_groups(["Zoë", "Émile", "Ödön", "adam", "Bea"])
    shown = [panel.group_combo.itemText(i) for i in range(panel.group_combo.count())]
    assert shown == ["adam", "Bea", "Émile", "Ödön", "Zoë"]
    panel.set_known_names(["Zoë", "Émile", "Ödön", "adam", "Bea"])
    assert panel.known_names() == ["adam", "Bea", "Émile", "Ödön", "Zoë"]
    panel.deleteLater()


def test_the_archive_filters_list_people_and_tags_in_reading_order(
    qtbot: object, archive: object
) -> None:
    from dataclasses import replace

    from archive_fixtures import make_details

    from cocoach_desktop.archive.qt.archive_window import ArchiveWindow
    from cocoach_desktop.domain.records import Participant, Role

    names = ["Zoë", "Émile", "Ödön", "adam", "Bea"]
    details = []
    for name, d in zip(names, make_details(len(names)), strict=True):
        people = tuple(p for p in d.participants if p.role is not Role.COACHEE)
        details.append(
            replace(
                d,
                participants=(Participant(name, Role.COACHEE), *people),
                summary=replace(d.summary, coachees=(name,), tags=(name,)),
            )
        )
    archive.import_details(details, [])  # type: ignore[attr-defined]
    window = ArchiveWindow(archive)
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    for combo in (window.person_combo, window.tag_combo):
        shown = [combo.itemText(i) for i in range(1, combo.count())]
        assert [n for n in shown if n in names] == ["adam", "Bea", "Émile", "Ödön", "Zoë"]
