"""Qt-free: exporting and importing the archive, over the archive's ports."""
