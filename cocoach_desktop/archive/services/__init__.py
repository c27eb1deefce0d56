"""Qt-free: the archive review's use cases, over the archive's ports."""
