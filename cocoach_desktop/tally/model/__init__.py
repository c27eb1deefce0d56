"""The observer's tally: its counts and rules (plain Python)."""
