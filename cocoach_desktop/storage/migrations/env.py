"""Alembic's environment: migrate the connection given in the config, in batch mode for SQLite."""

from __future__ import annotations

from alembic import context

from cocoach_desktop.storage.migrations import include_name
from cocoach_desktop.storage.models import Base


def run_migrations() -> None:
    """Online migrations only: the app always hands over an open connection."""
    connection = context.config.attributes.get("connection")
    if connection is None:
        # Only when run from the alembic command line with a sqlalchemy.url.
        from pathlib import Path

        from cocoach_desktop.storage.db import make_engine

        url = context.config.get_main_option("sqlalchemy.url") or ""
        engine = make_engine(Path(url.removeprefix("sqlite:///")))
        with engine.begin() as connection:
            _run(connection)
        engine.dispose()
        return
    _run(connection)


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=Base.metadata,
        # SQLite cannot ALTER most things: batch mode recreates the table instead (which
        # drops its triggers: every migration re-runs install_search() afterwards).
        render_as_batch=True,
        include_name=include_name,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
