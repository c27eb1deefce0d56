"""The timer and the projector: the session run, its plan and what the room sees."""
