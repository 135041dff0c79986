"""Scrapy's downloader, with its per-host concurrency kept under the asyncio reactor.

Scrapy 2.19's downloader starts each transfer from a slot's queue as a task, and counts the
transfer only once that task runs; under the asyncio reactor the loop that starts them has emptied
the queue by then. A portal then gets every queued request at once (14 at a time against
CONCURRENT_REQUESTS_PER_DOMAIN = 2, measured at the portal: tests/test_politeness.py) whenever
DOWNLOAD_DELAY is 0 — as in a test, or where AutoThrottle lowers the delay. Counting the transfer
when it is scheduled keeps the limit. Enabled by the DOWNLOADER setting.
"""

from __future__ import annotations

from scrapy.core.downloader import Downloader


class PoliteDownloader(Downloader):
    def _wait_for_download(self, slot, request, queue_dfd):
        # Counted now, not when the task starts; Downloader._download removes it when it ends.
        slot.transferring.add(request)
        return super()._wait_for_download(slot, request, queue_dfd)
