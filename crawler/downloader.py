"""Scrapy's downloader, with its politeness kept as configured.

Three corrections, all enabled by the DOWNLOADER setting:

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
- A busy loop's lateness. The timer that lets a waiting request leave fires late when the loop is
  busy (parsing, archive writes: ~0.08 s a departure at 50 portals a process), and Scrapy measures
  the next delay from the late departure, so the lateness adds up: the mean gap is the delay plus
  the loop's lag. A departure late by no more than the jitter's range (DOWNLOAD_DELAY ×
  DOWNLOAD_DELAY_JITTER) is counted from when it was due, so the mean gap stays the configured
  delay; no gap is ever shorter than the smallest one the jitter draws, (1 − jitter) × delay.
  Lateness beyond that range is a slot that had nothing to send: it is not made up.
"""

from __future__ import annotations

from scrapy.core.downloader import Downloader, Slot


class OneDrawSlot(Slot):
    """A download slot whose random delay is drawn once for each request that leaves it, and whose
    departures keep the configured mean gap when the loop runs them late."""

    def __init__(self, concurrency: int, delay: float, jitter: float | None = None) -> None:
        self._departed = 0.0              # what the next delay is counted from
        self._due: float | None = None    # when the waiting request may leave: _departed + its delay
        self._credit = 0.0                # how late the last departure was, made up on this gap
        self._drawn: tuple[float, float, float] | None = None   # (_departed, delay, the delay given)
        super().__init__(concurrency, delay, jitter)

    # Scrapy's downloader sets `lastseen` to the time a request leaves, and waits for
    # `lastseen + download_delay()` before the next one.
    @property
    def lastseen(self) -> float:
        return self._departed

    @lastseen.setter
    def lastseen(self, when: float) -> None:
        late = when - self._due if self._due is not None else 0.0
        self._credit = late if 0.0 < late <= self.delay * self.jitter else 0.0
        self._departed = when - self._credit

    def download_delay(self) -> float:
        # `lastseen` moves when a request leaves and `delay` when AutoThrottle adjusts it: either
        # calls for a new draw; any other look at the queue reuses the one in force.
        if self._drawn is None or self._drawn[:2] != (self._departed, self.delay):
            shortest = self.delay * (1 - self.jitter) + self._credit   # the gap itself ≥ (1 − jitter) × delay
            given = max(super().download_delay(), shortest) if self.delay else 0.0
            self._drawn = (self._departed, self.delay, given)
            self._due = self._departed + given
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
