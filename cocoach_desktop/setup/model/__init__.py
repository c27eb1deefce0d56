"""Qt-free: the setup feature's model and rules (no Qt, no SQL)."""
