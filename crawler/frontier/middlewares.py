"""When a process is finished with a request it took from the frontier, so that its inflight entry
goes (crawler/frontier/queue.py). Off (NotConfigured) unless the frontier scheduler runs.

- A response: once the spider's output for it has been handled — its requests are in the frontier
  — and, if it gave an item, once that item has left the pipelines (scraped, dropped or failed).
- A failure: when the downloader gives it up (no retry followed): the errback only logs it.
Whatever leaves no trace (a redirect, a duplicate dropped) is settled when the process goes idle.
The portal's progress counts go in the same round trip (crawler/frontier/progress.py).
A portal left with nothing queued or in flight is said to be drained (`site_drained`).
"""

from __future__ import annotations

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.http import Request

from ..signals import frontier_writes_due, site_drained
from .connection import SCHEDULER_PATH, Keys, redis_client
from .progress import PortalProgress
from .queue import ENTRY, START_ONCE


class _FrontierClient:
    def __init__(self, crawler) -> None:
        settings = crawler.settings
        if settings.get("SCHEDULER") != SCHEDULER_PATH:
            raise NotConfigured
        self.crawler = crawler
        self.server = redis_client(settings.get("FRONTIER_REDIS_URL"))
        self.keys = Keys(settings.get("FRONTIER_NAME"))
        self.progress = crawler.get_extension(PortalProgress)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def finish(self, request) -> None:
        """The request's inflight entry goes; if that was its portal's last piece of work here, the
        portal is drained (crawler/signals.py): its end of run can come now."""
        entry = request.meta.get(ENTRY) if request is not None else None
        if not entry:
            return
        host, field = entry
        self.crawler.signals.send_catch_log(signal=frontier_writes_due)   # what it led to goes first
        pipe = self.server.pipeline(transaction=False)
        pipe.hdel(self.keys.inflight(host), field)
        pipe.hlen(self.keys.inflight(host))
        pipe.zcard(self.keys.queue(host))
        self.progress.count_into(pipe, host)
        _, inflight, queued, *_ = pipe.execute()
        if not inflight and not queued:
            self.crawler.signals.send_catch_log(signal=site_drained, site=host)


class FrontierSpiderMiddleware(_FrontierClient):
    def __init__(self, crawler) -> None:
        super().__init__(crawler)
        for signal in (signals.item_scraped, signals.item_dropped, signals.item_error):
            crawler.signals.connect(self._item_done, signal=signal)

    async def process_start(self, start):
        """Every process of the frontier runs the same start (each needs its portals' modes); a
        start request that skips the dupefilter (a forced re-check) is queued by one of them only
        (the scheduler checks and queues it in one step)."""
        async for request in start:
            if isinstance(request, Request) and request.dont_filter:
                request.meta[START_ONCE] = True
            yield request

    def process_spider_output(self, response, result, spider=None):
        gave_item = False
        for entry in result:
            gave_item = gave_item or not isinstance(entry, Request)
            yield entry
        if not gave_item:
            self.finish(response.request)

    async def process_spider_output_async(self, response, result, spider=None):
        gave_item = False
        async for entry in result:
            gave_item = gave_item or not isinstance(entry, Request)
            yield entry
        if not gave_item:
            self.finish(response.request)

    def _item_done(self, item, response=None, **kwargs):
        if response is not None:
            self.finish(response.request)


class FrontierDownloaderMiddleware(_FrontierClient):
    """Outermost (lowest order): it sees a failure only when no retry took it over."""

    def process_exception(self, request, exception, spider=None):
        self.finish(request)
        return None
