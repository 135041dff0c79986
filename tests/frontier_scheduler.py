"""A province process's scheduler (crawler/frontier/scheduler.py) over a real Redis, opened without
a running crawl: for the tests of the frontier's queue."""

from __future__ import annotations

from scrapy import Spider
from scrapy.utils.test import get_crawler
from scrapy_redis.scheduler import Scheduler

from crawler.frontier.connection import SCHEDULER_PATH
from crawler.frontier.scheduler import FrontierScheduler


def open_scheduler(redis_url: str, name: str, downloader, **settings) -> FrontierScheduler:
    """The scheduler of worker `w1` of frontier `name`; `downloader` stands for Scrapy's
    DownloaderInterface (its `stats(slots)`: each slot's downloads in progress)."""
    crawler = get_crawler(Spider, {"SCHEDULER": SCHEDULER_PATH, "FRONTIER_REDIS_URL": redis_url,
                                   "FRONTIER_NAME": name, "FRONTIER_WORKER": "w1",
                                   "EXTENSIONS": {"crawler.frontier.progress.PortalProgress": 0}, **settings})
    crawler._apply_settings()
    spider = crawler._create_spider(name)
    scheduler = FrontierScheduler.from_crawler(crawler)
    Scheduler.open(scheduler, spider)     # scrapy-redis's open: the queue, without the heartbeat
    scheduler.queue._downloader = downloader
    return scheduler
