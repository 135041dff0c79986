"""Media: every image and linked document of an article, through Scrapy's FilesPipeline (the
engine's own downloader: politeness, retries, robots.txt and stats apply), kept in the SQLite
archive by `ArchiveFilesStore`.

The pipeline's hooks, each with one job:
- `get_media_requests`: one request per `MediaRef` the clean pipeline made (the original file, or
  its Wayback replay);
- `media_to_download` (FilesPipeline's): asks the store whether the file's URL is archived
  already — then it is never fetched again;
- `media_downloaded`: the original missing (404/410)? the derivative the page showed instead;
- `file_downloaded`: validation (validation.py: an image must be one, whole and no bomb; no
  scripted SVG; no HTML posing as a file) and the file handed to the store;
- `file_path`: a file is known by its original URL;
- `item_completed`: `item.files` and `item.media_failures` for the archive pipeline.
A failure is logged once, with its reason, counted and listed in the run's error log.
"""

from __future__ import annotations

import hashlib
import logging
from urllib.parse import unquote, urlsplit

import scrapy
from scrapy.pipelines.files import FilesPipeline

from ..archive import Archive
from ..extensions import session_of
from ..items import PageItem, StoredFile
from ..stats import cpu_timer
from .validation import MediaRejected, check_document, check_image

STORE_SCHEME = "archive"


class _FailuresLoggedOnce(logging.Filter):
    """Scrapy's media pipeline logs every failed download with its traceback, and the retry
    middleware a media request it gave up on; item_completed already logs each failure once, with
    its reason and the article it belongs to."""

    def filter(self, record: logging.LogRecord) -> bool:
        if type(record.msg).__name__ == "Failure":
            return False
        request = record.args.get("request") if isinstance(record.args, dict) else None
        return not (request is not None and "media_kind" in getattr(request, "meta", {}))


class ArchiveFilesStore:
    """FilesPipeline's store protocol over the archive's `images` and `attachments` tables.
    `path` is the file's original URL; `meta` says what validation learnt of it."""

    def __init__(self, uri: str) -> None:
        self.archive = Archive.open(uri.split(":", 1)[1])

    def stat_file(self, path: str, info) -> dict:
        sha256 = self.archive.known_image(path) or self.archive.known_attachment(path)
        # Archived files never expire: last_modified "now" keeps FilesPipeline from fetching again.
        return {"checksum": sha256, "last_modified": float("inf")} if sha256 else {}

    def persist_file(self, path: str, buf, info, meta: dict | None = None, headers: dict | None = None) -> None:
        meta = meta or {}
        self.archive.store_file(meta["kind"], sha256=meta["sha256"], content=buf.getvalue(), mime=meta["mime"],
                                url=path, width=meta.get("width"), height=meta.get("height"),
                                filename=meta.get("filename"))

    def close(self) -> None:
        self.archive.close()


class MediaPipeline(FilesPipeline):
    STORE_SCHEMES = {STORE_SCHEME: ArchiveFilesStore}

    def __init__(self, store_uri: str, *, crawler) -> None:
        super().__init__(store_uri, crawler=crawler)
        settings = crawler.settings
        self.max_image_bytes = settings.getint("IMAGES_MAX_BYTES")
        self.max_pixels = settings.getint("IMAGES_MAX_PIXELS")
        self.max_attachment_bytes = settings.getint("ATTACHMENTS_MAX_BYTES")
        self.session = session_of(crawler)
        for name in ("scrapy.pipelines.media", "scrapy.downloadermiddlewares.retry"):
            scrapy_log = logging.getLogger(name)
            if not any(isinstance(f, _FailuresLoggedOnce) for f in scrapy_log.filters):
                scrapy_log.addFilter(_FailuresLoggedOnce())

    @classmethod
    def from_crawler(cls, crawler):
        return cls(f"{STORE_SCHEME}:{crawler.settings.get('ARCHIVE_PATH')}", crawler=crawler)

    def close_spider(self) -> None:
        self.store.close()

    # -- which files ---------------------------------------------------------------------------
    def get_media_requests(self, item: PageItem, info) -> list[scrapy.Request]:
        return [
            scrapy.Request(
                ref.fetch_url,
                meta={"media_kind": ref.kind, "original_url": ref.url, "fallback_url": ref.fallback_url,
                      "download_maxsize": self.max_image_bytes if ref.kind == "image" else self.max_attachment_bytes,
                      "download_warnsize": 0},
                priority=20,  # finish articles in flight before discovering more
            )
            for ref in item.media
        ]

    def file_path(self, request, response=None, info=None, *, item=None) -> str:
        return request.meta["original_url"]

    # -- downloads -----------------------------------------------------------------------------
    async def media_downloaded(self, response, request, info, *, item=None):
        fallback = request.meta.get("fallback_url")
        if response.status in (404, 410) and fallback:
            self.crawler.stats.inc_value("media/original_missing_used_derivative")
            retry = request.replace(url=fallback, meta={**request.meta, "fallback_url": None,
                                                         "handle_httpstatus_all": True})
            response = await self.crawler.engine.download_async(retry)
        if response.status != 200:
            raise MediaRejected(f"HTTP {response.status}")
        try:
            sha256 = self.file_downloaded(response, request, info, item=item)
        except Exception:
            self.session.archive.captures.settle(hashlib.sha256(response.body).hexdigest())  # refused: kept as a capture
            raise
        self.session.archive.captures.settle(sha256)
        self.inc_stats("downloaded")
        return {"url": request.url, "path": self.file_path(request), "checksum": sha256, "status": "downloaded"}

    def file_downloaded(self, response, request, info, *, item=None) -> str:
        body, url, kind = response.body, request.meta["original_url"], request.meta["media_kind"]
        hashed = (response.request or request).meta.get("payload_sha256")   # the capture's (sha256, size)
        known_sha256 = hashed[0] if hashed and hashed[1] == len(body) else None
        with cpu_timer(self.crawler.stats, "media"):
            if kind == "image":
                checked = check_image(body, self.max_pixels, known_sha256)
                filename = None
            else:
                content_type = response.headers.get("Content-Type", b"").decode("latin-1").split(";")[0].strip().lower()
                checked = check_document(body, url, content_type, known_sha256)
                filename = unquote(urlsplit(url).path.rsplit("/", 1)[-1]) or None
        meta = {"kind": kind, "sha256": checked.sha256, "mime": checked.mime, "width": checked.width,
                "height": checked.height, "filename": filename}
        self.store.persist_file(url, _Buffer(body), info, meta=meta)
        return checked.sha256

    def media_failed(self, failure, request, info):
        failure.raiseException()   # the reason reaches item_completed, which logs it once

    def item_completed(self, results, item: PageItem, info) -> PageItem:
        for ref, (ok, result) in zip(item.media, results):   # results come in the order of the requests
            url, kind = ref.url, ref.kind
            if ok:
                item.files[url] = StoredFile(result["checksum"], result["status"])
                self.crawler.stats.inc_value(f"media/{kind}s_{'known' if result['status'] == 'uptodate' else 'downloaded'}")
                continue
            error = result.value
            reason = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
            item.media_failures.append((url, reason))
            self.crawler.stats.inc_value(f"media/{kind}s_failed")
            self.session.record_error("media", f"media {url} of {item.url}: {reason}", site=item.site)
        return item


class _Buffer:
    """The one BytesIO method the store reads, without copying the body."""

    def __init__(self, body: bytes) -> None:
        self._body = body

    def getvalue(self) -> bytes:
        return self._body

