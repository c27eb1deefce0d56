"""Qt-free: the notes feature's model (no Qt, no SQL)."""
