"""The live session kept on disk as it happens, and its recovery after a crash."""
