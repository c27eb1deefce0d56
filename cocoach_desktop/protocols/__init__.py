"""Protocol templates: the phases of a coaching protocol, read from files."""
