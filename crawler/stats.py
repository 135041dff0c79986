"""CPU time per pipeline stage, kept in Scrapy's stats (`cpu/<stage>_ms`) for the benchmark."""

from __future__ import annotations

import time
from contextlib import contextmanager


@contextmanager
def cpu_timer(stats, name: str):
    start = time.thread_time()
    try:
        yield
    finally:
        stats.inc_value(f"cpu/{name}_ms", (time.thread_time() - start) * 1000.0)
