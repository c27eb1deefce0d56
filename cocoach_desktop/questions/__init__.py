"""Question prompts: the banks of open questions, per phase, and the deck the room sees."""
