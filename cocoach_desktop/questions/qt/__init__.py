"""The questions feature's Qt views and adapters."""
