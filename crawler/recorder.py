"""Every response the crawl receives, kept in the archive as it was served (crawler/archive/captures.py).

An extension on Scrapy's `response_downloaded` signal: the downloader sends it for each response
before any middleware sees it — robots.txt, sitemaps, feeds, pages, images, documents, each hop of
a redirect, each answer a retry asks again, the 404/410 of a page that went away — with the body
as received (a gzip body still gzipped). A Wayback replay is kept under the original URL at its
capture time, the replay URL beside it as provenance. Responses served by a replay of the archive
itself (crawler/replay.py) are not kept again. `CAPTURE_RESPONSES = False` switches it off.

The media pipeline archives each image's original file; the page shows resized derivatives, a
logo, banners, its stylesheets. So that an article's capture replays as the page looked (pywb,
ReplayWeb.page), the recorder can also ask for what an article page loads (`PageItem.requisites`:
its images and stylesheets), each URL once in the archive's life (`CAPTURE_PAGE_REQUISITES`, off by
default: requests the archive's rows do not need): requests through the scheduler like any other,
so politeness holds, whose responses are only captured.
"""

from __future__ import annotations

import scrapy
from scrapy import signals
from scrapy.exceptions import NotConfigured

from .archive import now_iso
from .archive.captures import Exchange
from .discovery.urls import host_of
from .discovery.wayback import capture_time, replayed
from .extensions import session_of

REPLAYED = "replayed"   # the flag crawler/replay.py puts on the responses it serves


def header_pairs(headers) -> list[tuple[str, str]]:
    """Scrapy's Headers as (name, value) pairs, one per value, in the order received."""
    return [(name.decode("latin-1"), value.decode("latin-1"))
            for name, values in headers.items() for value in values]


class ResponseRecorder:
    def __init__(self, crawler) -> None:
        if not crawler.settings.getbool("CAPTURE_RESPONSES", True):
            raise NotConfigured  # no args: Scrapy then disables it without a warning
        self.crawler = crawler
        self.wayback_base = crawler.settings.get("WAYBACK_BASE_URL", "")
        self.max_image_bytes = crawler.settings.getint("IMAGES_MAX_BYTES")
        crawler.signals.connect(self.response_downloaded, signal=signals.response_downloaded)
        if crawler.settings.getbool("CAPTURE_PAGE_REQUISITES", False):
            crawler.signals.connect(self.item_scraped, signal=signals.item_scraped)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def response_downloaded(self, response, request, spider=None):
        if REPLAYED in response.flags:
            return
        session = session_of(self.crawler)
        fetched = now_iso()
        url, captured = response.url, fetched
        replay = replayed(response.url, self.wayback_base) if self.wayback_base else None
        if replay is not None:
            url, captured = replay[0], capture_time(replay[1])
        # A file's body goes to `images`/`attachments` if the media pipeline keeps it (it settles it).
        is_file = bool(request.meta.get("media_kind")) and response.status == 200
        record, size, sha256 = session.archive.captures.record(Exchange(
            url=url, fetched_url=response.url, site=request.meta.get("site") or host_of(url),
            status=response.status, headers=header_pairs(response.headers), body=response.body,
            fetched=fetched, captured=captured, method=request.method,
            request_headers=tuple(header_pairs(request.headers)), run_id=session.run_id,
        ), defer_body=is_file)
        if is_file and not response.headers.get("Content-Encoding"):
            # The bytes the media pipeline will check, unless a middleware decodes them first: it
            # need not hash them again (media.py compares the length before it trusts this).
            request.meta["payload_sha256"] = (sha256, len(response.body))
        stats = self.crawler.stats
        stats.inc_value(f"captures/{record}")
        if record == "response":
            stats.inc_value("captures/bytes", size)

    def item_scraped(self, item, response, spider):
        if getattr(item, "article", None) is None or not item.requisites:
            return
        captures = session_of(self.crawler).archive.captures
        # The media pipeline has asked for the originals already (a failed one is not asked again).
        tried = {ref.fetch_url for ref in item.media} | {ref.url for ref in item.media} | \
            {url for url, _reason in item.media_failures}
        for url in item.requisites:
            if url in tried or captures.has(url):
                continue
            self.crawler.stats.inc_value("captures/requisites_asked")
            self.crawler.engine.crawl(scrapy.Request(
                url, callback=spider.requisite, errback=spider.ignore_failure, priority=-20,
                meta={"site": item.site, "role": "requisite", "conditional": False, "allow_offsite": True,
                      "download_maxsize": self.max_image_bytes},
            ))
