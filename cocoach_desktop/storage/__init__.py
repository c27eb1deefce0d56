"""The local archive on SQLite: the only package that imports SQLAlchemy or Alembic."""
