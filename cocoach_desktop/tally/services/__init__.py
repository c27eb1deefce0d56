"""The observer's tally: counting, and taking back a count, as use cases."""
