"""The protocols feature's Qt views and adapters."""
