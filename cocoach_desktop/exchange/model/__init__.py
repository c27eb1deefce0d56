"""Qt-free: the exchange feature's model and rules (no Qt, no SQL)."""
