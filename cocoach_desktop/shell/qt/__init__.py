"""The shell feature's Qt views and adapters."""
