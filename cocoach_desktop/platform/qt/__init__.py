"""Shared Qt pieces: the theme, small widgets, settings, the archive's writer thread."""
