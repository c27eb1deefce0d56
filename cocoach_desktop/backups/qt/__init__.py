"""The backups feature's Qt views and adapters."""
