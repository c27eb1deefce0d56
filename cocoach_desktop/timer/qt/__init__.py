"""The timer feature's Qt views and adapters."""
