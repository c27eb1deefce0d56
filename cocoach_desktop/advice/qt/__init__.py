"""The advice feature's Qt views and adapters."""
