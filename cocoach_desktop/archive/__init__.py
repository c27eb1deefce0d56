"""Reviewing past sessions offline: the archive list, one session, one person."""
