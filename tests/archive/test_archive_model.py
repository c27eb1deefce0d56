"""The archive list model: lazy pages, sorting and filtering in the archive, a sound Qt model."""

from __future__ import annotations

import shutil
from datetime import UTC
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from archive_fixtures import fill_archive
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from cocoach_desktop.archive.qt.archive_model import (
    COL_COACHEE,
    COL_DATE,
    COL_DURATION,
    COL_GROUP,
    PAGE_SIZE,
    SessionIdRole,
    SessionListModel,
    SummaryRole,
)
from cocoach_desktop.domain.records import SessionFilter
from cocoach_desktop.storage.archive import Archive
from cocoach_desktop.storage.db import open_archive

TOTAL = 500  # sessions in the module's archive


@pytest.fixture(scope="module")
def thousand(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real archive file with 500 sessions (two full pages and a part one), built once
    for the module."""
    path = tmp_path_factory.mktemp("big") / "cocoach.sqlite3"
    fill_archive(Archive(open_archive(path)), TOTAL)
    return path


@pytest.fixture
def big(thousand: Path, tmp_path: Path) -> Archive:
    path = tmp_path / "cocoach.sqlite3"
    shutil.copy(thousand, path)
    return Archive(open_archive(path))


def test_only_the_first_page_is_read_and_more_come_on_demand(qtbot: QtBot, big: Archive) -> None:
    model = SessionListModel(big, UTC)
    assert model.total == TOTAL
    assert model.rowCount() == PAGE_SIZE == 200
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 400
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == TOTAL  # the last page is a part one
    ids = [model.index(r, 0).data(SessionIdRole) for r in range(TOTAL)]
    assert len(set(ids)) == TOTAL  # pages neither overlap nor skip


def test_newest_first_then_sorted_by_a_clicked_column(qtbot: QtBot, big: Archive) -> None:
    model = SessionListModel(big, UTC)
    starts = [model.index(r, 0).data(SummaryRole).started for r in range(model.rowCount())]
    assert starts == sorted(starts, reverse=True)

    model.sort(COL_COACHEE, Qt.SortOrder.AscendingOrder)
    names = [model.index(r, COL_COACHEE).data() for r in range(model.rowCount())]
    assert names == sorted(names, key=str.casefold)
    assert model.rowCount() == 200  # sorting reloads one page, not everything

    model.sort(COL_DURATION, Qt.SortOrder.DescendingOrder)
    seconds = [model.index(r, 0).data(SummaryRole).actual_seconds for r in range(200)]
    assert seconds == sorted(seconds, reverse=True)
    longest = max(s.actual_seconds for s in big.list_sessions(limit=TOTAL))
    assert seconds[0] == longest


def test_a_filter_narrows_the_list_and_the_count(qtbot: QtBot, big: Archive) -> None:
    model = SessionListModel(big, UTC)
    where = SessionFilter(group="Maths department")
    model.set_filter(where)
    assert 0 < model.total == big.count_sessions(where) < TOTAL
    groups = {model.index(r, COL_GROUP).data() for r in range(model.rowCount())}
    assert groups == {"Maths department"}
    model.set_filter(SessionFilter())
    assert model.total == TOTAL


def test_dates_are_shown_in_local_time(qtbot: QtBot, big: Archive) -> None:
    berlin = ZoneInfo("Europe/Berlin")
    model = SessionListModel(big, berlin)
    summary = model.index(0, 0).data(SummaryRole)
    shown = model.index(0, COL_DATE).data()
    assert shown.startswith(summary.started.astimezone(berlin).strftime("%Y-%m-%d %H:%M"))
    assert summary.started.astimezone(berlin).utcoffset() != summary.started.utcoffset()


def test_the_model_is_a_well_behaved_qt_model(
    qtbot: QtBot, qtmodeltester: ModelTester, tmp_path: Path
) -> None:
    archive = Archive(open_archive(tmp_path / "cocoach.sqlite3"))
    fill_archive(archive, 30)
    model = SessionListModel(archive, UTC, page_size=8)
    qtmodeltester.check(model)  # fetches the remaining pages as it checks
    model.sort(COL_GROUP, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(model)


def test_an_empty_archive_shows_no_rows(qtbot: QtBot, tmp_path: Path) -> None:
    model = SessionListModel(Archive(open_archive(tmp_path / "cocoach.sqlite3")))
    assert model.rowCount() == 0 and not model.canFetchMore()
