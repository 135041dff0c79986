"""Crawls that send no request: the portal answered from the archive's own captures.

`CaptureReplayHandler` is a Scrapy download handler for http and https that serves each request
from the latest capture of its URL (crawler/archive/captures.py) and refuses, with `NotCaptured`,
every URL the archive never received — a replay never reaches the network. Everything else is the
ordinary crawl: the same spider, middlewares and pipelines, so re-extracting the captures
(crawler/reextract.py) or importing a WARC (crawler/warc) gives the rows a crawl gives.

`replay(archive_path, sites)` runs such a crawl, a full sweep of each site, seeded with every page
the archive captured besides what discovery finds (a page the extractor passed over before is
offered again).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from scrapy.core.downloader.handlers.base import BaseDownloadHandler
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Headers, Response
from scrapy.responsetypes import responsetypes

from .extensions import quiet_scrapy_startup, session_of
from .recorder import REPLAYED

logger = logging.getLogger(__name__)


class NotCaptured(IgnoreRequest):
    """The archive holds no capture of this URL."""


class CaptureReplayHandler(BaseDownloadHandler):
    lazy = False

    async def download_request(self, request):
        served = session_of(self.crawler).archive.captures.served(request.url, request.method)
        if served is None:
            self.crawler.stats.inc_value("replay/not_captured")
            if request.meta.get("media_kind"):
                # A file the archive never received is missing, as a 404 says: the media pipeline
                # then tries the derivative the page showed, and counts the file missing if none.
                return Response(url=request.url, status=404, request=request, flags=[REPLAYED, "not-captured"])
            raise NotCaptured(f"{request.url}: not in the archive's captures")
        capture, body = served
        headers = Headers()
        for name, value in capture.headers:
            headers.appendlist(name, value)
        self.crawler.stats.inc_value("replay/served")
        response_class = responsetypes.from_args(headers=headers, url=request.url, body=body)
        return response_class(url=request.url, status=capture.status, headers=headers, body=body,
                              request=request, flags=[REPLAYED])


@dataclass(frozen=True)
class ReplaySite:
    start_url: str
    source: str = "live"           # 'live' or 'wayback': how the captures were made
    wayback_base: str | None = None


def setting_pairs(values: list[str] | None) -> dict[str, str]:
    """`-s NAME=VALUE` options, as `scrapy crawl` takes them."""
    pairs = {}
    for value in values or []:
        name, sep, setting = value.partition("=")
        if not sep or not name.strip():
            raise ValueError(f"-s {value}: expected NAME=VALUE")
        pairs[name.strip()] = setting
    return pairs


def replay_settings(archive_path: str, *, keep_extraction: bool, run_mode: str) -> dict:
    """Settings of a replay crawl: the archive answers, so politeness delays buy nothing."""
    handler = "crawler.replay.CaptureReplayHandler"
    return {
        "ARCHIVE_PATH": str(archive_path),
        "DOWNLOAD_HANDLERS": {"http": handler, "https": handler},
        "CAPTURE_RESPONSES": False,
        "REPLAY_SEEDS": True,
        "REPLAY_KEEP_EXTRACTION": keep_extraction,
        "ARCHIVE_RUN_MODE": run_mode,
        "DOWNLOAD_DELAY": 0,
        "AUTOTHROTTLE_ENABLED": False,
        "CONCURRENT_REQUESTS": 16,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
        "RETRY_ENABLED": False,
    }


def replay(archive_path, sites: list[ReplaySite], *, keep_extraction: bool, run_mode: str,
           settings: dict | None = None) -> list[dict]:
    """Replay-crawl `sites` into the archive at `archive_path`, one crawl per source (live
    captures, then Wayback ones), one after the other. Returns each crawl's stats."""
    from scrapy.crawler import AsyncCrawlerProcess
    from scrapy.settings import Settings

    from .spiders.portal import PortalSpider

    merged = Settings()
    merged.setmodule("crawler.settings", priority="project")
    merged.setdict(replay_settings(archive_path, keep_extraction=keep_extraction, run_mode=run_mode), priority="cmdline")
    merged.setdict(settings or {}, priority="cmdline")
    quiet_scrapy_startup(merged)
    process = AsyncCrawlerProcess(merged)
    pending = [(source, [site for site in sites if site.source == source]) for source in ("live", "wayback")]
    pending = [(source, chosen) for source, chosen in pending if chosen]
    crawlers: list = []
    failures: list[BaseException] = []

    def start_next(finished=None) -> None:
        # One crawl after the other: each holds the archive's lock while it runs.
        if finished is not None and not finished.cancelled() and finished.exception() is not None:
            failures.append(finished.exception())
            return
        if not pending:
            return
        source, chosen = pending.pop(0)
        crawler = process.create_crawler(PortalSpider)
        if source == "wayback" and chosen[0].wayback_base:
            crawler.settings.set("WAYBACK_BASE_URL", chosen[0].wayback_base, priority="cmdline")
        crawlers.append(crawler)
        task = process.crawl(crawler, start_url=",".join(site.start_url for site in chosen), source=source, full="1")
        task.add_done_callback(start_next)

    if pending:
        start_next()
        process.start()
    if failures:
        raise failures[0]
    return [crawler.stats.get_stats() for crawler in crawlers]
