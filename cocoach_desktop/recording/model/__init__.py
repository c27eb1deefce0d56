"""Qt-free: the recording feature's model and rules (no Qt, no SQL)."""
