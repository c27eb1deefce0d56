"""Issue 10: one validator, run by all. The archive refuses exactly what ``import --check``
and the import refuse (``core.exchange.text_problems``), in the same words."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from cocoach_desktop.domain.records import MAX_NAME_CHARS
from cocoach_desktop.exchange.model.exchange import text_problems
from cocoach_desktop.setup.model.topics import MAX_TOPIC_CHARS
from cocoach_desktop.storage.archive import Archive
from cocoach_desktop.storage.db import open_archive

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)

NAMES = [
    pytest.param("Anna\x01", id="control character"),  # the archive used to keep it
    pytest.param("A" + " " * MAX_NAME_CHARS + "B", id="long only before tidying"),
    pytest.param("B" * (MAX_NAME_CHARS + 1), id="too long"),
    pytest.param("\u0958" * 100, id="too long once composed"),
    pytest.param("  \n ", id="blank"),
    pytest.param("\x00\x00", id="only NUL"),
    pytest.param("Zo\ud800", id="lone surrogate"),  # used to fail deep in SQLite
]
TEXTS = [
    pytest.param("t" * (MAX_TOPIC_CHARS + 1), id="too long"),
    pytest.param(" \t", id="blank"),
    pytest.param("\x00 ", id="NUL and a space"),
    pytest.param("Homework \ud800", id="lone surrogate"),
]


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[Archive]:
    made = Archive(open_archive(tmp_path / "cocoach.sqlite3"))
    yield made
    made.engine.dispose()


@pytest.mark.parametrize("name", NAMES)
def test_a_name_the_import_refuses_is_refused_by_the_archive_in_its_words(
    archive: Archive, name: str
) -> None:
    problems = text_problems(name, limit=MAX_NAME_CHARS, blank=False, name=True)
    assert problems  # what import --check says about it
    version = archive.data_version()
    with pytest.raises(ValueError) as refused:
        archive.add_topic(name, "Homework policy", NOW)
    message = str(refused.value)
    assert message == f"The name of whose topic it is {'; '.join(problems)}."
    assert archive.data_version() == version and archive.all_topics() == []


@pytest.mark.parametrize("text", TEXTS)
def test_a_text_the_import_refuses_is_refused_by_the_archive_in_its_words(
    archive: Archive, text: str
) -> None:
    problems = text_problems(text, limit=MAX_TOPIC_CHARS, blank=False)
    assert problems
    with pytest.raises(ValueError) as refused:
        archive.add_topic("Ana", text, NOW)
    assert str(refused.value) == f"A topic {'; '.join(problems)}."
    assert archive.all_topics() == []


@pytest.mark.parametrize(
    ("name", "kept"),
    [("  Zoe\u0308   Ruiz ", "Zoë Ruiz"), ("Ana\tRuiz", "Ana Ruiz")],
)
def test_what_the_import_accepts_the_archive_keeps_tidied(
    archive: Archive, name: str, kept: str
) -> None:
    assert text_problems(name, limit=MAX_NAME_CHARS, blank=False, name=True) == []
    topic = archive.add_topic(name, "Homework\x00 policy", NOW)
    assert topic.person == kept and topic.text == "Homework policy"
