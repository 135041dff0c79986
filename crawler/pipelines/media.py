"""Media: every featured and body image, and every linked document, downloaded through Scrapy's
media pipeline (the engine's own downloader: politeness, retries, robots.txt and stats apply).

- The original file is requested, not the `/styles/<style>/` derivative the page shows; if the
  site does not serve the original (404/410), the derivative the page used is kept instead.
- A URL already archived is never fetched again: its sha256 comes from the archive.
- Bytes are validated before they are kept (validation.py: Pillow must decode an image, SVG with
  script and HTML posing as a file are refused) and size caps apply. Each refusal is logged,
  counted and listed. Images are validated in a worker process when there is one (crawler.workers).
- In a Wayback recovery the file comes from its own capture; one never captured is counted.
"""

from __future__ import annotations

import asyncio
import hashlib
from collections import OrderedDict
from urllib.parse import unquote, urlsplit

import scrapy
from scrapy.pipelines.media import MediaPipeline as ScrapyMediaPipeline

from ..archive import StoredMedia
from ..workers import CHECKING_MEDIA, in_worker, worker_pool
from .. import wayback
from .validation import MediaRejected, check_document, check_image

class RecentResults(OrderedDict):
    """Scrapy's MediaPipeline remembers the result of every media request for the whole crawl
    (`spiderinfo.downloaded`), so that a file two items ask for is downloaded once. Our results are
    whole files: kept forever, memory grew with the portal (~the size of all its images). A file
    archived is never fetched again anyway (`Archive.known_image`), so only recent results are
    needed, for items in flight at the same time: successful results beyond the most recent
    `max_items` / `max_bytes` are forgotten (failures are small and kept, as Scrapy does)."""

    def __init__(self, max_items: int = 256, max_bytes: int = 32 * 1024 * 1024, keep_at_least: int = 32) -> None:
        super().__init__()
        self.max_items, self.max_bytes, self.keep_at_least = max_items, max_bytes, keep_at_least
        self.bytes = 0
        self.successes = 0

    def __setitem__(self, key, value) -> None:
        if key in self:
            self.pop(key)
        super().__setitem__(key, value)
        if isinstance(value, StoredMedia):
            self.bytes += len(value.content)
            self.successes += 1
            self._evict()

    def pop(self, key, *default):
        value = super().pop(key, *default)
        if isinstance(value, StoredMedia):
            self.bytes -= len(value.content)
            self.successes -= 1
        return value

    def _evict(self) -> None:
        while self.successes > self.keep_at_least and (self.successes > self.max_items or self.bytes > self.max_bytes):
            oldest = next((k for k, v in self.items() if isinstance(v, StoredMedia)), None)
            if oldest is None:
                return
            self.pop(oldest)


class MediaPipeline(ScrapyMediaPipeline):
    LOG_FAILED_RESULTS = False  # failures are counted and listed in crawl_runs instead

    def __init__(self, crawler) -> None:
        super().__init__(crawler=crawler)
        settings = crawler.settings
        self.max_image_bytes = settings.getint("IMAGES_MAX_BYTES")
        self.max_pixels = settings.getint("IMAGES_MAX_PIXELS")
        self.max_attachment_bytes = settings.getint("ATTACHMENTS_MAX_BYTES")
        self.stats = crawler.stats
        worker_pool(crawler)  # started with the pipelines, while Scrapy starts

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self) -> None:
        super().open_spider()
        self.spiderinfo.downloaded = RecentResults()

    @property
    def archive(self):
        return getattr(self.crawler, "archive", None)

    # -- which files ---------------------------------------------------------------------------
    def get_media_requests(self, item, info):
        article = item.get("article")
        item["media"], item["media_failures"] = {}, []
        if not article:
            return []
        wanted = [(image["url"], "image", image.get("page_url")) for image in article["images"]]
        wanted += [(attachment["url"], "attachment", None) for attachment in article["attachments"]]
        requests, seen = [], set()
        for url, kind, page_url in wanted:
            if url in seen:
                continue
            seen.add(url)
            known = self._known(url, kind)
            if known:
                item["media"][url] = StoredMedia(url=url, sha256=known, content=b"", mime="", size=0)
                self.stats.inc_value(f"media/{kind}s_known")
                continue
            requests.append(self._request(url, kind, page_url, item))
        return requests

    def _known(self, url: str, kind: str) -> str | None:
        if self.archive is None:
            return None
        return self.archive.known_image(url) if kind == "image" else self.archive.known_attachment(url)

    def _request(self, url: str, kind: str, page_url: str | None, item) -> scrapy.Request:
        fetch_url = url
        if item.get("source") == "wayback":
            # Its own capture, or the closest to the page's: a 404 there counts it as missing.
            fetch_url = wayback.media_replay_url(self.crawler.spider, url, near=item.get("captured"))
            page_url = None
        cap = self.max_image_bytes if kind == "image" else self.max_attachment_bytes
        return scrapy.Request(
            fetch_url,
            meta={"media_kind": kind, "original_url": url, "fallback_url": page_url if page_url != url else None,
                  "download_maxsize": cap, "download_warnsize": 0},
            priority=20,  # finish articles in flight before discovering more
        )

    # -- downloads -----------------------------------------------------------------------------
    def media_to_download(self, request, info, *, item=None):
        return None

    async def media_downloaded(self, response, request, info, *, item=None):
        fallback = request.meta.get("fallback_url")
        if response.status in (404, 410) and fallback:
            self.stats.inc_value("media/original_missing_used_derivative")
            retry = request.replace(url=fallback, meta={**request.meta, "fallback_url": None})
            self._modify_media_request(retry)
            response = await self.crawler.engine.download_async(retry)
        if response.status != 200:
            raise MediaRejected(f"HTTP {response.status}")
        body = response.body
        if request.meta["media_kind"] == "image":
            # Decoding is the costly part: in a worker process when there is one.
            checked = await in_worker(self.crawler, check_image, body, self.max_pixels, priority=CHECKING_MEDIA)
            filename = None
        else:
            content_type = response.headers.get("Content-Type", b"").decode("latin-1").split(";")[0].strip().lower()
            checked = check_document(body, request.meta["original_url"], content_type)
            filename = unquote(urlsplit(request.meta["original_url"]).path.rsplit("/", 1)[-1]) or None
        self.stats.inc_value("cpu/media_ms", checked.cpu_ms)
        return StoredMedia(url=request.meta["original_url"], sha256=checked.sha256, content=body, mime=checked.mime,
                           size=len(body), width=checked.width, height=checked.height, filename=filename)

    def media_failed(self, failure, request, info):
        failure.raiseException()

    async def process_item(self, item):
        """Scrapy's MediaPipeline.process_item, keeping each result beside the URL it is for."""
        info = self.spiderinfo
        requests = self.get_media_requests(item, info)
        results = await asyncio.gather(*(self._process_request(r, info, item) for r in requests), return_exceptions=True)
        for request, result in zip(requests, results):
            url = request.meta["original_url"]
            if isinstance(result, BaseException):
                reason = f"{type(result).__name__}: {result}" if str(result) else type(result).__name__
                item["media_failures"].append((url, reason))
                self.stats.inc_value(f"media/{request.meta['media_kind']}s_failed")
                self.crawler.spider.logger.warning("media failed %s: %s", url, reason)
            else:
                item["media"][url] = result
                self.stats.inc_value(f"media/{request.meta['media_kind']}s_downloaded")
        return item

    def file_path(self, request, response=None, info=None, *, item=None):
        # Files are kept in SQLite by sha256, not on disk.
        return hashlib.sha256(request.url.encode()).hexdigest()
