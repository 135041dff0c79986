"""Scrapy's downloader, with its politeness kept as configured.

Two corrections, both enabled by the DOWNLOADER setting:

- Per-host concurrency under the asyncio reactor. Scrapy 2.19's downloader starts each transfer
  from a slot's queue as a task, and counts the transfer only once that task runs; under the
  asyncio reactor the loop that starts them has emptied the queue by then. A portal then gets
  every queued request at once (14 at a time against CONCURRENT_REQUESTS_PER_DOMAIN = 2, measured
  at the portal: tests/test_politeness.py) whenever DOWNLOAD_DELAY is 0 — as in a test, or where
  AutoThrottle lowers the delay. Counting the transfer when it is scheduled keeps the limit.
- The delay between two requests to a portal. Scrapy draws a new random delay (DOWNLOAD_DELAY ±
  DOWNLOAD_DELAY_JITTER) every time it looks at a slot's queue, and a request that waits is looked
  at again when its timer fires: it leaves only once a fresh draw is no longer than the time
  already waited. The gaps are then the upper records of the draws, 0.63 s on average for a 0.5 s
  delay (measured at the portals: bench/province.py), so every portal is crawled a quarter slower
  than its politeness allows. One draw per departure keeps the jitter and its mean.
"""

from __future__ import annotations

from scrapy.core.downloader import Downloader, Slot


class OneDrawSlot(Slot):
    """A download slot whose random delay is drawn once for each request that leaves it."""

    def __init__(self, concurrency: int, delay: float, jitter: float | None = None) -> None:
        super().__init__(concurrency, delay, jitter)
        self._drawn: tuple[float, float, float] | None = None   # (lastseen, delay, the draw)

    def download_delay(self) -> float:
        # `lastseen` moves when a request leaves and `delay` when AutoThrottle adjusts it: either
        # calls for a new draw; any other look at the queue reuses the one in force.
        if self._drawn is None or self._drawn[:2] != (self.lastseen, self.delay):
            self._drawn = (self.lastseen, self.delay, super().download_delay())
        return self._drawn[2]


class PoliteDownloader(Downloader):
    def _get_slot(self, request, spider=None):
        key, slot = super()._get_slot(request)
        if not isinstance(slot, OneDrawSlot):      # just made by Scrapy, still empty
            slot = self.slots[key] = OneDrawSlot(slot.concurrency, slot.delay, slot.jitter)
        return key, slot

    def _wait_for_download(self, slot, request, queue_dfd):
        # Counted now, not when the task starts; Downloader._download removes it when it ends.
        slot.transferring.add(request)
        return super()._wait_for_download(slot, request, queue_dfd)
