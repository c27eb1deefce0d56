"""Qt-free: the question bank's use cases, over the archive's questions port."""
