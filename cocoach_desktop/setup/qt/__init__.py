"""The setup feature's Qt views and adapters."""
