"""Alembic migrations, run programmatically (no alembic.ini): shipped inside the package."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

MIGRATIONS_DIR = Path(__file__).resolve().parent

# Tables that are not in the models: FTS5 virtual tables and their shadow tables, SQLite's own.
_UNMODELLED_PREFIXES = ("fts_", "sqlite_")


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """Leave the search tables out of autogenerate comparisons (the models do not hold them)."""
    if type_ == "table" and name is not None:
        return not name.startswith(_UNMODELLED_PREFIXES)
    return True


def make_config(
    migrations_dir: Path = MIGRATIONS_DIR, connection: Connection | None = None
) -> Config:
    """An Alembic Config built in code; env.py uses ``attributes["connection"]`` if given."""
    config = Config()
    config.set_main_option("script_location", str(migrations_dir))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def known_revisions(migrations_dir: Path = MIGRATIONS_DIR, heads_only: bool = False) -> set[str]:
    """Every revision this app knows (or just the heads)."""
    script = ScriptDirectory.from_config(make_config(migrations_dir))
    if heads_only:
        return set(script.get_heads())
    return {s.revision for s in script.walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    """The revision stamped in the database (None for a new, empty one)."""
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(
    connection: Connection, migrations_dir: Path = MIGRATIONS_DIR, target: str = "head"
) -> None:
    """Upgrade the database on ``connection`` (inside its transaction) to ``target``."""
    command.upgrade(make_config(migrations_dir, connection), target)


def downgrade(connection: Connection, target: str, migrations_dir: Path = MIGRATIONS_DIR) -> None:
    """Downgrade the database on ``connection`` to ``target`` (tests and tooling only)."""
    command.downgrade(make_config(migrations_dir, connection), target)
