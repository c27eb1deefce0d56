"""Setting up a session: protocol, length, the group, today's coachee, next time's topics."""
