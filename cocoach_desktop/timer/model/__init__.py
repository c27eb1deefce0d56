"""Qt-free: the timer feature's model and rules (no Qt, no SQL)."""
