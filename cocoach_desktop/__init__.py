"""Cocoach Desktop: a timer and archive for group co-coaching sessions."""

__version__ = "0.1.0"
