"""Qt-free: the advice feature's model and rules (no Qt, no SQL)."""
