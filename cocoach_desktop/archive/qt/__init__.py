"""The archive feature's Qt views and adapters."""
