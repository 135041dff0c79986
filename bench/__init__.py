"""Benchmarks: `python -m bench.extraction` (extraction quality against the labelled corpus)."""
