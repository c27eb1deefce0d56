"""The local archive on SQLite: the only package that imports SQLAlchemy or Alembic."""

# The archive's file name in the data folder (here, so that naming it imports no SQLAlchemy).
ARCHIVE_FILE = "cocoach.sqlite3"
