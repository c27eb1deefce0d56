"""Notes and commitments: written during the session, confirmed at its close."""
