"""Qt-free: the protocols feature's model and rules (no Qt, no SQL)."""
