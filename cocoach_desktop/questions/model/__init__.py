"""Qt-free: the questions feature's model and rules (no Qt, no SQL)."""
