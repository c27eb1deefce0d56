"""Qt-free: backing up, restoring and opening the archive safely, over a port of its files."""
