"""The limit the crawler is compared with: Scrapy fetching a fixed list of URLs and doing nothing
with the answers — no discovery, no item pipelines, no archive.

    scrapy runspider bench/fetch_spider.py -a urls=FILE -s CONCURRENT_REQUESTS=16 ...

`FILE` holds one absolute URL a line (bench.crawl writes the exact list the full crawl requested,
from the server's log). The project's own components are switched off here; the project's
settings and Scrapy's own components (robots.txt, retry, redirect, compression, stats, …) stay, as
they do in the crawl. robots.txt is fetched by Scrapy's robots.txt middleware, as in the crawl,
not from the list (unless ROBOTSTXT_OBEY is off: `bench.crawl --without-robots` also measures the
limit without robots.txt checks). bench.crawl compares its CPU from engine_started to exit
(bench/_run.py) with the crawl's, so its start-up is left out as the crawl's is.
"""

from __future__ import annotations

import json
from pathlib import Path

import scrapy
from scrapy.statscollectors import MemoryStatsCollector


class FetchSpider(scrapy.Spider):
    name = "bench_fetch"
    handle_httpstatus_list = [304, 404, 410]   # as the portal spider: answers reach the callback
    custom_settings = {
        "ITEM_PIPELINES": {},
        "EXTENSIONS": {"crawler.extensions.ArchiveSession": None},
        "DOWNLOADER_MIDDLEWARES": {"crawler.middlewares.ConditionalRequestMiddleware": None},
        "DEPTH_LIMIT": 0,
    }

    def __init__(self, urls: str, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.url_file = Path(urls)

    async def start(self):
        # robots.txt comes from Scrapy's robots.txt middleware when it is on, as in the crawl.
        robots_middleware = self.settings.getbool("ROBOTSTXT_OBEY")
        with self.url_file.open(encoding="utf-8") as handle:
            for line in handle:
                url = line.strip()
                if url and not (robots_middleware and url.endswith("/robots.txt")):
                    yield scrapy.Request(url, callback=self.fetched, dont_filter=True)

    def fetched(self, response):
        self.crawler.stats.inc_value("bench/fetched")
        return None


class JsonStats(MemoryStatsCollector):
    """Scrapy's stats, also written as JSON to the BENCH_STATS_FILE setting when the crawl ends."""

    def _persist_stats(self, stats) -> None:
        super()._persist_stats(stats)
        path = self._crawler.settings.get("BENCH_STATS_FILE")
        if path:
            Path(path).write_text(json.dumps(stats, default=str, sort_keys=True), encoding="utf-8")
