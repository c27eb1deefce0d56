"""Backups of the archive: when, which to keep, restoring one."""
