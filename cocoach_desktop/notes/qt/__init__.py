"""The notes feature's Qt views and adapters."""
