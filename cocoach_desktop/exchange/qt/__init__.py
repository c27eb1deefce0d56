"""The exchange feature's Qt views and adapters."""
