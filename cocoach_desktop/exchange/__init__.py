"""Exports and imports: JSON, CSV, Markdown and PDF."""
