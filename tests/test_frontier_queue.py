"""How the frontier hands out a portal's requests and takes in new ones (crawler/frontier/queue.py).

The engine asks the scheduler for request after request in one pass of its loop, and a request
reaches its download slot only later (after the downloader middlewares, as a task), so the slot's
count alone says "idle" for the whole pass. The queue counts what it popped until it reaches the
slot: a portal gets no more than its concurrency at once, and what it queues next (a listing's
next page, first by priority) is not stuck behind everything it had queued before; a busy engine's
asks do not each look up the process's share in Redis. The requests scheduled between two pops go
to Redis together, and before the process says it is done with the request they came from. A
real Redis.
"""

from __future__ import annotations

import pytest
from scrapy import Request, signals

from crawler.frontier import queue as frontier_queue
from tests.frontier_scheduler import open_scheduler
from tests.redis_server import redis_server  # noqa: F401  (fixture)

PORTAL = "http://xa-vinh-te.example"
SLOT = "xa-vinh-te.example"


class Slots:
    """The download slots' counts, as Scrapy's DownloaderInterface gives them, set by the test."""

    def __init__(self) -> None:
        self.active: dict[str, int] = {}

    def stats(self, slots):
        return [(self.active.get(slot, 0), slot) for slot in slots]


@pytest.fixture
def scheduler(redis_server):
    scheduler = open_scheduler(redis_server.url, "pops", Slots(), CONCURRENT_REQUESTS_PER_DOMAIN=2)
    yield scheduler
    scheduler.close("shutdown")
    scheduler.server.flushdb()


def one_pass(scheduler) -> list[str]:
    """What the engine gets in one pass of its loop: requests until the scheduler has none."""
    got = []
    while (request := scheduler.next_request()) is not None:
        got.append(request)
    return got


def reach_slot(scheduler, requests) -> None:
    """The requests pass the downloader middlewares and enter their slot."""
    scheduler.queue._downloader.active[SLOT] = scheduler.queue._downloader.active.get(SLOT, 0) + len(requests)
    for request in requests:
        scheduler.crawler.signals.send_catch_log(signals.request_reached_downloader, request=request, spider=None)


def leave_slot(scheduler, requests) -> None:
    scheduler.queue._downloader.active[SLOT] -= len(requests)


def test_one_pass_hands_out_no_more_than_the_portals_concurrency(scheduler):
    for number in range(5):
        scheduler.enqueue_request(Request(f"{PORTAL}/tin-tuc/bai-{number}"))
    first = one_pass(scheduler)
    assert [request.url for request in first] == [f"{PORTAL}/tin-tuc/bai-0", f"{PORTAL}/tin-tuc/bai-1"]
    # In the slot and downloading: still busy, nothing more.
    reach_slot(scheduler, first)
    assert one_pass(scheduler) == []
    leave_slot(scheduler, first[:1])
    assert [request.url for request in one_pass(scheduler)] == [f"{PORTAL}/tin-tuc/bai-2"]


def test_a_listings_next_page_queued_later_goes_before_the_articles_queued_earlier(scheduler):
    for number in range(6):
        scheduler.enqueue_request(Request(f"{PORTAL}/tin-tuc/bai-{number}"))
    first = one_pass(scheduler)
    reach_slot(scheduler, first)
    # The first listing page's answer gives its next page, at the priority the spider gives it.
    scheduler.enqueue_request(Request(f"{PORTAL}/tin-tuc?page=2", priority=10))
    leave_slot(scheduler, first)
    assert [request.url for request in one_pass(scheduler)] == [f"{PORTAL}/tin-tuc?page=2", f"{PORTAL}/tin-tuc/bai-2"]


def test_a_popped_request_that_never_reaches_its_slot_stops_counting(scheduler, monkeypatch):
    clock = [1000.0]
    monkeypatch.setattr(frontier_queue.time, "monotonic", lambda: clock[0])
    for number in range(3):
        scheduler.enqueue_request(Request(f"{PORTAL}/tin-tuc/bai-{number}"))
    assert len(one_pass(scheduler)) == 2     # a downloader middleware drops both: no slot sees them
    assert one_pass(scheduler) == []
    clock[0] += frontier_queue.ON_THE_WAY_SECONDS + frontier_queue.EMPTY_RECHECK_SECONDS + 0.1
    assert [request.url for request in one_pass(scheduler)] == [f"{PORTAL}/tin-tuc/bai-2"]


def test_a_request_replaced_on_its_way_counts_once_it_reaches_the_slot(scheduler):
    """A downloader middleware may hand on a copy (`request.replace`): it carries the entry."""
    for number in range(3):
        scheduler.enqueue_request(Request(f"{PORTAL}/tin-tuc/bai-{number}"))
    first = one_pass(scheduler)
    reach_slot(scheduler, [request.replace(headers={"If-None-Match": '"abc"'}) for request in first])
    leave_slot(scheduler, first)
    assert [request.url for request in one_pass(scheduler)] == [f"{PORTAL}/tin-tuc/bai-2"]


class NextCall:
    """The engine's "run the loop again" (no reactor runs in this test)."""

    def __init__(self) -> None:
        self.scheduled = 0

    def schedule(self, delay: float = 0) -> None:
        self.scheduled += 1


class LoopingCall:
    def __init__(self, function) -> None:
        self.function, self.running = function, False

    def start(self, interval: float, now: bool = True) -> None:
        self.running = True

    def stop(self) -> None:
        self.running = False


def test_a_process_done_before_the_others_looks_again_as_soon_as_they_are_done(scheduler, monkeypatch):
    """Scrapy looks at an idle spider only every 5 s: the process that waits for the others (one
    may die, and its portals come back) has its engine look again the moment they are done."""
    from types import SimpleNamespace

    from scrapy.exceptions import DontCloseSpider

    import crawler.frontier.scheduler as frontier_scheduler

    monkeypatch.setattr(frontier_scheduler, "create_looping_call", LoopingCall)
    nextcall = NextCall()
    scheduler.crawler.engine = SimpleNamespace(_slot=SimpleNamespace(nextcall=nextcall))
    other = Request("http://xa-khac.example/tin-tuc/bai-1")
    scheduler.enqueue_request(other)                  # a portal another process holds
    scheduler.server.set(scheduler.queue.keys.lease("xa-khac.example"), "w2")
    with pytest.raises(DontCloseSpider):
        scheduler._on_idle(None)
    assert scheduler._idle_watch.running
    scheduler._look_at_others()
    assert nextcall.scheduled == 0 and scheduler._idle_watch.running     # the other still works
    scheduler.server.delete(scheduler.queue.keys.queue("xa-khac.example"))   # it finished
    scheduler._look_at_others()
    assert nextcall.scheduled == 1 and not scheduler._idle_watch.running


def test_the_requests_a_page_gave_are_in_redis_before_the_page_is_finished(scheduler):
    """A process killed between the two would otherwise lose them: the page's inflight entry, the
    only trace of it, would be gone."""
    from crawler.frontier.middlewares import FrontierSpiderMiddleware

    scheduler.enqueue_request(Request(f"{PORTAL}/tin-tuc"))
    page = scheduler.next_request()
    for number in range(3):
        scheduler.enqueue_request(Request(f"{PORTAL}/tin-tuc/bai-{number}"))
    assert queued_urls(scheduler) == []               # waiting for the next pop, in one round trip
    FrontierSpiderMiddleware(scheduler.crawler).finish(page)
    assert queued_urls(scheduler) == [f"{PORTAL}/tin-tuc/bai-{number}" for number in range(3)]
    host, _ = page.meta["frontier_entry"]
    assert scheduler.server.hlen(scheduler.queue.keys.inflight(host)) == 0


def test_a_duplicate_is_dropped_and_counted_when_the_pushes_are_sent(scheduler):
    for path in ("/tin-tuc/bai-1", "/tin-tuc/bai-1", "/tin-tuc/bai-2"):
        scheduler.enqueue_request(Request(PORTAL + path))
    scheduler.flush()
    assert queued_urls(scheduler) == [f"{PORTAL}/tin-tuc/bai-1", f"{PORTAL}/tin-tuc/bai-2"]
    assert scheduler.stats.get_value("scheduler/enqueued/redis") == 2


def test_a_retry_finishes_the_request_it_replaces_once_it_is_queued(scheduler):
    scheduler.enqueue_request(Request(f"{PORTAL}/tin-tuc/bai-1"))
    first = scheduler.next_request()
    host, field = first.meta["frontier_entry"]
    retry = first.replace(dont_filter=True)          # Scrapy's retry: the same request again
    scheduler.enqueue_request(retry)
    assert scheduler.server.hexists(scheduler.queue.keys.inflight(host), field)   # not sent yet
    scheduler.flush()
    assert queued_urls(scheduler) == [f"{PORTAL}/tin-tuc/bai-1"]
    assert not scheduler.server.hexists(scheduler.queue.keys.inflight(host), field)


def queued_urls(scheduler) -> list[str]:
    key = scheduler.queue.keys.queue(SLOT)
    return [scheduler.queue._decode_request(data).url for data in scheduler.server.zrange(key, 0, -1)]


def test_a_busy_engine_asks_redis_for_the_share_only_when_a_lease_may_be_taken(scheduler, monkeypatch):
    """The engine asks for a request after every download. While the held portal's slot is full,
    those asks find nothing to pop; the process's share (two round trips to Redis) is looked up
    once every ACQUIRE_RECHECK_SECONDS, not at every ask."""
    clock = [1000.0]
    monkeypatch.setattr(frontier_queue.time, "monotonic", lambda: clock[0])
    looked = []
    share = scheduler.queue._cap
    monkeypatch.setattr(scheduler.queue, "_cap", lambda: looked.append(clock[0]) or share())
    for number in range(4):
        scheduler.enqueue_request(Request(f"{PORTAL}/tin-tuc/bai-{number}"))
    reach_slot(scheduler, one_pass(scheduler))      # the pass ended on a look at the share
    looked.clear()
    for _ in range(50):
        assert scheduler.next_request() is None
    assert looked == []
    clock[0] += frontier_queue.ACQUIRE_RECHECK_SECONDS
    for _ in range(50):
        assert scheduler.next_request() is None
    assert len(looked) == 1
