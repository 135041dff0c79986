"""Spiders. `portal` is the one users run (crawler/spiders/portal.py)."""
