"""Placeholder replaced by the demo generator (being written)."""
