"""The observer's tally of open questions, closed ones and advice."""
