"""Qt-free: the recording feature's use cases, over the archive's ports."""
