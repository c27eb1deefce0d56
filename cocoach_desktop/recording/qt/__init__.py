"""The recording feature's Qt views and adapters."""
