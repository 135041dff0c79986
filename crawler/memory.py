"""Python's garbage collector, told what is there to stay.

What a crawl process builds before it starts — Scrapy, Twisted, lxml, trafilatura and the rest,
imported; the settings; the spider and its sites — lives until the process ends, yet every full
collection walks it again: a full collection's cost grows with it, while the crawl's own objects
(requests, responses, items) come and go. Frozen at engine_started (gc.freeze(), Python's own
means for long-lived processes), it is out of the collector's sight. On a province crawl, before:
7 % of each process's CPU in collections, two thirds of it in full ones (bench/province.py).
GC_FREEZE_AT_START = False leaves the collector as Python sets it.
"""

from __future__ import annotations

import gc

from scrapy import signals
from scrapy.exceptions import NotConfigured


class FreezeStartup:
    def __init__(self, crawler) -> None:
        self.stats = crawler.stats
        crawler.signals.connect(self.engine_started, signal=signals.engine_started)

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("GC_FREEZE_AT_START", True):
            raise NotConfigured
        return cls(crawler)

    def engine_started(self) -> None:
        gc.collect()        # what start-up left as garbage goes first, not into the frozen set
        gc.freeze()
        self.stats.set_value("memory/frozen_objects", gc.get_freeze_count())
