"""The tally feature's Qt views and adapters."""
