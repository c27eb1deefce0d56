"""Qt-free: the backups feature's model and rules (no Qt, no SQL)."""
