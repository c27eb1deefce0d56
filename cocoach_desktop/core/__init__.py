"""The plain-Python core: clock, protocols, plans, the session run. No Qt, no SQL."""
