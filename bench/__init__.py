"""Benchmarks (not tests): `python -m bench.crawl` (crawl throughput, CPU, memory, archive size) and `python -m bench.extraction`."""
