"""A province crawl's portal progress in a real Redis (crawler/frontier/progress.py): the state read
back for each portal, and counts pushed as deltas, once each, whichever path pushes them."""

from __future__ import annotations

import pytest
import redis
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler

from crawler.frontier.connection import SCHEDULER_PATH, Keys
from crawler.frontier.progress import PortalProgress, read_progress
from tests.redis_server import redis_server  # noqa: F401  (fixture)


def progress_of(redis_url: str) -> PortalProgress:
    crawler = get_crawler(settings_dict={"SCHEDULER": SCHEDULER_PATH, "FRONTIER_REDIS_URL": redis_url,
                                         "FRONTIER_NAME": "progress-test", "FRONTIER_WORKER": "w1"})
    return PortalProgress.from_crawler(crawler)


def states(server, keys, sites) -> dict[str, str]:
    return {row["site"]: row["state"] for row in read_progress(server, keys, sites)}


def test_each_portal_reads_back_as_queued_crawling_waiting_or_done(redis_server):
    server, keys = redis.Redis.from_url(redis_server.url), Keys("progress-test")
    progress = progress_of(redis_server.url)
    sites = ["untouched", "leased", "orphaned", "finished-then-died", "released", "found-more"]
    for site in sites[1:]:
        progress.crawling(site)
    server.set(keys.lease("leased"), "w1")
    server.zadd(keys.queue("orphaned"), {b"a request": 1})             # its holder died with work left
    server.hset(keys.inflight("found-more"), "f", b"a request")
    progress.done("released")
    progress.done("found-more")
    assert states(server, keys, sites) == {
        "untouched": "queued", "leased": "crawling", "orphaned": "waiting",
        # Its last request was finished, then its holder died before giving the lease back: no
        # process will take it again, and there is nothing left to do.
        "finished-then-died": "done",
        "released": "done", "found-more": "queued"}


def test_counts_are_pushed_as_deltas_once_whichever_path_pushes_them(redis_server):
    server, keys = redis.Redis.from_url(redis_server.url), Keys("progress-test")
    progress = progress_of(redis_server.url)
    stats = progress.crawler.stats
    stats.set_value("site/a/pages", 3)
    stats.set_value("site/a/new", 2)
    stats.set_value("site/b/pages", 1)
    pipe = server.pipeline(transaction=False)
    progress.count_into(pipe, "a")                   # the round trip that finishes a request of a
    pipe.execute()
    assert server.hget(keys.progress("a"), "pages") == b"3" and not server.exists(keys.progress("b"))
    stats.inc_value("site/a/pages")
    progress.push(held=["a", "b"])                   # the heartbeat: every portal
    progress.push(held=["a", "b"])                   # nothing new: nothing added
    rows = {row["site"]: row for row in read_progress(server, keys, ["a", "b"])}
    assert (rows["a"]["pages"], rows["a"]["new"], rows["b"]["pages"]) == (4, 2, 1)


def test_progress_is_off_without_the_frontier_scheduler():
    with pytest.raises(NotConfigured):
        PortalProgress.from_crawler(get_crawler())
