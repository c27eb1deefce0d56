"""The schema comes only from the Alembic migrations, matches the models, keeps search in step."""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from archive_fixtures import make_details
from sqlalchemy import Connection, Engine

from cocoach_desktop.domain.records import (
    HitKind,
    NewSession,
    Participant,
    PhaseRecord,
    Role,
    TallyKind,
    Visibility,
)
from cocoach_desktop.storage.archive import Archive
from cocoach_desktop.storage.db import (
    ARCHIVE_FILE,
    HEAD_REVISION,
    check_archive_file,
    make_engine,
    open_archive,
)
from cocoach_desktop.storage.migrations import (
    MIGRATIONS_DIR,
    current_revision,
    downgrade,
    include_name,
    known_revisions,
    upgrade,
)
from cocoach_desktop.storage.migrations.search_ddl import search_triggers
from cocoach_desktop.storage.models import Base

T0 = datetime(2026, 9, 1, 8, 0, tzinfo=UTC)


@pytest.fixture
def migrated(tmp_path: Path) -> Iterator[Engine]:
    """A database built only by running the migrations (never ``create_all``)."""
    engine = make_engine(tmp_path / "migrated.sqlite3")
    with engine.begin() as conn:
        upgrade(conn)
    yield engine
    engine.dispose()


def triggers(conn: Connection) -> set[str]:
    rows = conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")
    return {r[0] for r in rows}


def test_the_migrations_build_exactly_the_models(migrated: Engine) -> None:
    with migrated.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": include_name})
        assert compare_metadata(context, Base.metadata) == []
        assert current_revision(conn) in known_revisions(heads_only=True)


def test_the_search_triggers_exist_after_upgrade(migrated: Engine) -> None:
    with migrated.connect() as conn:
        assert triggers(conn) == search_triggers()


def test_downgrade_to_base_and_up_again(migrated: Engine) -> None:
    with migrated.begin() as conn:
        downgrade(conn, "base")
    with migrated.connect() as conn:
        names = {
            r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")
        }
        # sqlite_sequence is SQLite's own (AUTOINCREMENT's counters): it cannot be dropped.
        assert names <= {"alembic_version", "sqlite_sequence"}
        assert triggers(conn) == set()
    with migrated.begin() as conn:
        upgrade(conn)
    with migrated.connect() as conn:
        assert triggers(conn) == search_triggers()


def kinds(archive: Archive, query: str) -> list[tuple[HitKind, int]]:
    return sorted((h.kind, h.item_id) for h in archive.search(query))


def check_search_follows_every_edit(archive: Archive) -> None:
    sid = archive.start_session(
        NewSession(
            "p",
            "Protocol",
            "mode",
            600,
            (PhaseRecord(0, "Phase", 600),),
            (Participant("Zebulon", Role.COACHEE),),
            started=T0,
        )
    )
    people = {p.name: p.id for p in archive.people()}
    assert kinds(archive, "zebulon") == [(HitKind.PERSON, people["Zebulon"])]
    # notes: insert, update, delete
    note = archive.add_note(sid, "apricot harvest", Visibility.PRIVATE, T0)
    assert kinds(archive, "apricot") == [(HitKind.NOTE, note.id)]
    archive.update_note(note.id, "blueberry harvest", Visibility.SHAREABLE)
    assert kinds(archive, "apricot") == []
    assert kinds(archive, "blueberry") == [(HitKind.NOTE, note.id)]
    archive.delete_note(note.id)
    assert kinds(archive, "blueberry") == []
    # commitments: text and follow-up both searched
    c = archive.add_commitment(sid, "Zebulon", "call the cherry farm", T0)
    assert kinds(archive, "cherry") == [(HitKind.COMMITMENT, c.id)]
    archive.update_commitment(c.id, "call the damson farm", None, c.status, "eggplant")
    assert kinds(archive, "cherry") == []
    assert kinds(archive, "damson") == [(HitKind.COMMITMENT, c.id)]
    assert kinds(archive, "eggplant") == [(HitKind.COMMITMENT, c.id)]
    archive.delete_commitment(c.id)
    assert kinds(archive, "damson") == [] and kinds(archive, "eggplant") == []
    # topics
    t = archive.add_topic("Yolanda", "fig trees", T0, sid)
    assert kinds(archive, "fig") == [(HitKind.TOPIC, t.id)]
    archive.delete_topic(t.id)
    assert kinds(archive, "fig") == []
    # cascades: a session's deletion takes its notes out of the search too
    note = archive.add_note(sid, "grapefruit", Visibility.PRIVATE, T0)
    archive.add_commitment(sid, "Zebulon", "grapefruit juice", T0)
    assert len(archive.search("grapefruit")) == 2
    archive.delete_session(sid)
    assert archive.search("grapefruit") == []
    # people: deleting a person removes their name and their topics
    archive.add_topic("Xavier", "honeydew", T0)
    xavier = next(p for p in archive.people() if p.name == "Xavier")
    assert len(archive.search("xavier")) == 1
    archive.delete_person(xavier.id)
    assert archive.search("xavier") == [] and archive.search("honeydew") == []


def test_search_follows_every_edit_after_upgrading_to_head(migrated: Engine) -> None:
    check_search_follows_every_edit(Archive(migrated))


TEST_REVISION = '''"""A test revision that alters a searched table in batch mode."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from cocoach_desktop.storage.migrations.search_ddl import install_search

revision = "0002test"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("notes", recreate="always") as batch:
        batch.add_column(sa.Column("mood", sa.String(20), nullable=True))
    with op.batch_alter_table("people", recreate="always") as batch:
        batch.add_column(sa.Column("email", sa.String(200), nullable=True))
    install_search(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("notes", recreate="always") as batch:
        batch.drop_column("mood")
    with op.batch_alter_table("people", recreate="always") as batch:
        batch.drop_column("email")
    install_search(op.get_bind())
'''


@pytest.fixture
def newer_migrations(tmp_path: Path) -> Path:
    """A copy of the app's migrations with one more revision, as a later version would ship."""
    folder = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (head,) = known_revisions(heads_only=True)
    (folder / "versions" / "r0002_test.py").write_text(TEST_REVISION.replace("{head}", head))
    return folder


def test_a_batch_migration_keeps_search_and_backs_up_first(
    tmp_path: Path, newer_migrations: Path
) -> None:
    path = tmp_path / "data" / ARCHIVE_FILE
    engine = open_archive(path)
    archive = Archive(engine)
    sid = archive.start_session(NewSession("p", "P", "m", 60, (PhaseRecord(0, "A", 60),)))
    archive.add_note(sid, "kept through the migration", Visibility.PRIVATE, T0)
    (old,) = known_revisions(heads_only=True)
    engine.dispose()

    engine = open_archive(path, migrations_dir=newer_migrations)
    try:
        with engine.connect() as conn:
            assert current_revision(conn) == "0002test"
            assert triggers(conn) == search_triggers()  # batch mode dropped them; re-made
        backup = path.with_name(f"{ARCHIVE_FILE}.pre-migration-{old}.sqlite3")
        assert backup.exists()
        copy = sqlite3.connect(backup)
        try:
            assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == (old,)
            assert copy.execute("SELECT text FROM notes").fetchall() == [
                ("kept through the migration",)
            ]
        finally:
            copy.close()
        archive = Archive(engine)
        assert len(archive.search("migration")) == 1
        check_search_follows_every_edit(archive)
    finally:
        engine.dispose()


def test_a_batch_migration_of_people_keeps_who_took_part(
    tmp_path: Path, newer_migrations: Path
) -> None:
    """Copying a table others point at must not cascade its DROP TABLE into their rows."""
    path = tmp_path / ARCHIVE_FILE
    archive = Archive(open_archive(path))
    archive.import_details(make_details(6, seed=3), [])
    before = table_rows(path)
    assert before["participants"] and before["commitments"]
    archive.engine.dispose()
    engine = open_archive(path, migrations_dir=newer_migrations)
    engine.dispose()
    after = table_rows(path)
    for table in ("participants", "commitments", "topics", "sessions", "notes", "people"):
        # Every row as it was (notes and people have a new column at the end).
        assert [row[: len(before[table][0])] for row in after[table]] == before[table], table


def test_a_second_pre_migration_copy_never_overwrites_the_first(
    tmp_path: Path, newer_migrations: Path
) -> None:
    path = tmp_path / ARCHIVE_FILE
    open_archive(path).dispose()
    (old,) = known_revisions(heads_only=True)
    first = path.with_name(f"{ARCHIVE_FILE}.pre-migration-{old}.sqlite3")
    first.write_bytes(b"an earlier copy")
    open_archive(path, migrations_dir=newer_migrations).dispose()
    assert first.read_bytes() == b"an earlier copy"
    assert path.with_name(f"{ARCHIVE_FILE}.pre-migration-{old}-2.sqlite3").exists()


def test_the_migrations_ship_inside_the_package() -> None:
    assert MIGRATIONS_DIR.parent.name == "storage"
    assert (MIGRATIONS_DIR / "env.py").exists()
    assert list((MIGRATIONS_DIR / "versions").glob("r0001_*.py"))


def test_the_fast_path_knows_the_newest_revision() -> None:
    """open_archive skips Alembic for an archive at HEAD_REVISION: it must be the real head."""
    from cocoach_desktop.storage.db import HEAD_REVISION
    from cocoach_desktop.storage.db import MIGRATIONS_DIR as DB_MIGRATIONS_DIR

    assert known_revisions(heads_only=True) == {HEAD_REVISION}
    assert DB_MIGRATIONS_DIR == MIGRATIONS_DIR


def schema(engine: Engine) -> dict[str, list[str]]:
    """Each table's and index's SQL as SQLite keeps it, one clause a line, sorted.

    Two ways of writing the same schema are made alike: a table batch mode copied keeps its
    new name quoted (``CREATE TABLE "topics"``), and ``ALTER TABLE ... ADD COLUMN`` puts the
    new column on the line of the column before it (``checkpoint_base JSON, checkpoint_quit
    BOOLEAN``).
    """
    with engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE sql IS NOT NULL "
            "AND name NOT LIKE 'fts_%' AND name != 'alembic_version'"
        )
        out = {}
        for name, sql in rows:
            text = re.sub(r'^CREATE TABLE "(\w+)"', r"CREATE TABLE \1", sql)
            clauses = re.split(r"\n|, (?=\w+ [A-Z])", text)
            out[name] = sorted(c.strip().rstrip(",") for c in clauses)
        return out


def test_the_migrations_build_what_compare_metadata_cannot_see(
    migrated: Engine, tmp_path: Path
) -> None:
    """CHECK constraints and partial indexes' WHERE: Alembic's comparison ignores both."""
    modelled = make_engine(tmp_path / "modelled.sqlite3")
    try:
        Base.metadata.create_all(modelled)
        assert schema(migrated) == schema(modelled)
    finally:
        modelled.dispose()
    built = schema(migrated)
    assert (
        "CONSTRAINT ck_tally_marks_kind CHECK (kind IN ('open', 'closed', 'advice'))"
        in (built["tally_marks"])
    )
    assert built["ix_saved_questions_shipped_id"] == [
        "CREATE UNIQUE INDEX ix_saved_questions_shipped_id ON saved_questions (shipped_id) "
        "WHERE shipped_id != ''"
    ]


def table_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table but Alembic's and the search index's own, in id order."""
    con = sqlite3.connect(path)
    try:
        names = [
            r[0]
            for r in con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'fts_%' "
                "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version' ORDER BY name"
            )
        ]
        return {n: con.execute(f'SELECT * FROM "{n}" ORDER BY 1, 2').fetchall() for n in names}
    finally:
        con.close()


def test_a_0001_archive_with_data_upgrades_to_0002_keeping_all_of_it(tmp_path: Path) -> None:
    path = tmp_path / "data" / ARCHIVE_FILE
    path.parent.mkdir()
    engine = make_engine(path)
    with engine.begin() as conn:
        upgrade(conn)
    # Real sessions, written by the archive (no tally: an 0001 archive has no table for it),
    # then taken down to 0001: the rows an 0001 app wrote, in the tables it had.
    details = [replace(d, tally=()) for d in make_details(40, seed=7)]
    Archive(engine).import_details(details, [])
    archive = Archive(engine)
    sid = archive.start_session(NewSession("p", "P", "m", 60, (PhaseRecord(0, "A", 60),)))
    archive.add_note(sid, "written before the upgrade", Visibility.PRIVATE, T0)
    archive.add_topic("Quentin", "a waiting topic", T0)
    with engine.begin() as conn:
        downgrade(conn, "0001")
    engine.dispose()
    before = table_rows(path)
    assert "tally_marks" not in before and len(before["sessions"]) == 41

    engine = open_archive(path)
    try:
        with engine.connect() as conn:
            assert current_revision(conn) == HEAD_REVISION  # through 0002, and on to the head
            assert triggers(conn) == search_triggers()
        after = table_rows(path)
        # Every row kept: later revisions only add columns, at the end of a row.
        assert {
            k: [row[: len(before[k][0])] for row in v] if before[k] else v
            for k, v in after.items()
            if k in before
        } == before
        assert after["tally_marks"] == [] and after["saved_questions"] == []
        backup = path.with_name(f"{ARCHIVE_FILE}.pre-migration-0001.sqlite3")
        assert table_rows(backup) == before

        archive = Archive(engine)
        assert len(archive.details()) == 41
        assert len(archive.search("upgrade")) == 1
        # The new tables work with the old rows: a mark on an old session, a question.
        old = archive.details()[0].id
        mark = archive.add_tally(old, TallyKind.OPEN, 12.0, 1)
        assert archive.session(old).tally == (mark,)
        assert archive.save_question("Mine", "What else?").id > 0
        assert [p.session_id for p in archive.tally_trend()] == [old]
    finally:
        engine.dispose()
    # Opening it again takes the fast path: it is at HEAD_REVISION now.
    assert check_archive_file(path) == HEAD_REVISION
