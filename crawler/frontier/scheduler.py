"""The scheduler of a province crawl: scrapy-redis's, over the host-leased queue.

Enabled with `SCHEDULER = "crawler.frontier.scheduler.FrontierScheduler"` and FRONTIER_REDIS_URL /
FRONTIER_NAME (crawler/province/ sets them). On top of scrapy-redis's Scheduler (shared dupefilter,
requests serialized into Redis) it keeps the leases alive, says which portals are drained (their
end of run comes then: crawler/signals.py), and keeps a process that has nothing to do open while
other processes still work: one of them may die, and its portals come back.
"""

from __future__ import annotations

from scrapy import signals
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.utils.asyncio import create_looping_call
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.scheduler import Scheduler

from ..signals import frontier_writes_due, site_drained
from .connection import Keys, redis_client
from .progress import PortalProgress
from .queue import ENTRY, START_ONCE, HostLeasedQueue

# How often a process with nothing left to do looks whether the other processes are done.
IDLE_WATCH_SECONDS = 0.5


class FrontierScheduler(Scheduler):
    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        url, name = settings.get("FRONTIER_REDIS_URL"), settings.get("FRONTIER_NAME")
        if not url or not name:
            raise NotConfigured("FrontierScheduler needs FRONTIER_REDIS_URL and FRONTIER_NAME")
        server = redis_client(url)
        server.ping()
        keys = Keys(name)
        scheduler = cls(server=server, persist=True, queue_key=f"{keys.prefix}:%(spider)s",
                        queue_cls=f"{HostLeasedQueue.__module__}.{HostLeasedQueue.__name__}",
                        dupefilter=RFPDupeFilter(server, key=keys.dupefilter))
        scheduler.stats = crawler.stats
        scheduler.crawler = crawler
        scheduler.progress = crawler.get_extension(PortalProgress)
        crawler.signals.connect(scheduler._on_idle, signal=signals.spider_idle)
        crawler.signals.connect(scheduler.flush, signal=frontier_writes_due)
        scheduler._idle_watch = None
        return scheduler

    def open(self, spider):
        super().open(spider)
        self.queue.on_lease = self.progress.crawling
        self.queue.on_release = self.progress.done
        self.queue.renew()
        interval = max(0.5, self.queue.lease_ms / 3000)
        self._heartbeat = create_looping_call(self._beat)
        self._heartbeat.start(interval, now=False)

    def close(self, reason):
        self.flush()
        for call in (getattr(self, "_heartbeat", None), self._idle_watch):
            if call is not None and call.running:
                call.stop()
        if reason == "finished":
            self.queue.forget_inflight()
            self.queue.release_drained()
        self.progress.push(self.queue.held)
        self.server.zrem(self.queue.keys.workers, self.queue.worker)
        self.server.delete(self.queue.keys.popped(self.queue.worker))

    def _beat(self) -> None:
        self.queue.renew()
        # A portal can drain without a finished request to say so (a redirect dropped as a
        # duplicate): the beat says it, before giving back the lease of a portal with nothing left.
        for host in self.queue.drained():
            self.crawler.signals.send_catch_log(signal=site_drained, site=host)
        self.queue.release_drained()
        self.progress.push(self.queue.held)

    # -- requests ------------------------------------------------------------------------------
    def enqueue_request(self, request):
        """scrapy-redis's, with the dupefilter's check and the push in one step (queue.py: a check
        whose answer a Redis restart lost must not drop the request when it is run again), sent
        with the other requests scheduled before the next pop (`flush`): a page's tens of links
        cost one round trip to Redis, which matters most when Redis is on another machine. A start
        request that skips the dupefilter, marked by the spider middleware, is queued by one
        process of the frontier only. A retry or a redirect carries the entry of the request it
        replaces: that one is finished once its successor is queued (or found a duplicate). A
        duplicate is known only at the flush: it is logged and counted then, not dropped here."""
        replaced = request.meta.pop(ENTRY, None)
        keys = self.queue.keys
        if request.meta.pop(START_ONCE, False):
            seen = (keys.started, self.crawler.request_fingerprinter.fingerprint(request).hex())
        elif request.dont_filter:
            seen = None
        else:
            seen = (keys.dupefilter, self.df.request_fingerprint(request))
        self.queue.push_later(request, seen, replaced)
        return True

    def flush(self) -> None:
        """The requests scheduled since the last flush, to Redis in one round trip: before every
        pop, before the process says it is done with a request (`frontier_writes_due`), at idle."""
        for request, queued, seen_key in self.queue.flush():
            if queued:
                self.stats.inc_value("scheduler/enqueued/redis")
            elif seen_key == self.queue.keys.dupefilter:
                self.df.log(request, self.spider)

    def next_request(self):
        self.flush()
        return super().next_request()

    def has_pending_requests(self) -> bool:
        self.flush()
        return self.queue.has_work()

    # -- idle ----------------------------------------------------------------------------------
    def _on_idle(self, spider) -> None:
        """Nothing is in progress here. Our hosts' leftovers are finished, drained hosts go back;
        while any other host still has work (another process holds it), wait: it may die."""
        self.flush()
        self.queue.forget_inflight()
        self.queue.release_drained()
        self.progress.push(self.queue.held)
        if self.queue.unfinished():
            self._watch_others()
            raise DontCloseSpider

    def _watch_others(self) -> None:
        """Scrapy looks at an idle spider again only every 5 s: once the other processes are done,
        the watch has it look now, so that the crawl's end (the merge) does not wait for that."""
        if self._idle_watch is None or not self._idle_watch.running:
            self._idle_watch = create_looping_call(self._look_at_others)
            self._idle_watch.start(IDLE_WATCH_SECONDS, now=False)

    def _look_at_others(self) -> None:
        if self.queue.unfinished():
            return
        self._idle_watch.stop()
        # Scrapy has no public call for "run the engine's loop now"; its slot's nextcall is it.
        slot = getattr(self.crawler.engine, "_slot", None)
        if slot is not None:
            slot.nextcall.schedule()

