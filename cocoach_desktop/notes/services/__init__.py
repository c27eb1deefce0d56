"""Qt-free: the notes feature's use cases, over the archive's ports."""
