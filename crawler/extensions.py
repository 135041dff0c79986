"""The archive session: opened and locked when the crawl starts, recorded in `crawl_runs`,
summarised and released when it ends — whatever the reason it ends."""

from __future__ import annotations

import logging
from pathlib import Path

from scrapy import logformatter, signals

from .archive import Archive, ArchiveError, ArchiveLock
from .urls import host_of

logger = logging.getLogger(__name__)

SUMMARY_KEYS = {
    "pages": "archive/pages",
    "new": "archive/new",
    "changed": "archive/changed",
    "unchanged": "archive/unchanged",
    "gone": "archive/gone",
    "images": "media/images_downloaded",
    "attachments": "media/attachments_downloaded",
    "missing_images": "archive/missing_images",
}


class _NoNetworkTracebacks(logging.Filter):
    """Scrapy's robots.txt middleware logs an unreachable host with a full traceback; the CLI
    contract is one clear line, so keep the message and drop the traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[1] is not None and "Download" in type(record.exc_info[1]).__name__ or (
            record.exc_info and type(record.exc_info[1]).__name__ == "CannotResolveHostError"
        ):
            record.exc_info = None
            record.exc_text = None
        return True


class ArchiveSession:
    def __init__(self, crawler) -> None:
        self.crawler = crawler
        logging.getLogger("scrapy.downloadermiddlewares.robotstxt").addFilter(_NoNetworkTracebacks())
        path = Path(crawler.settings.get("ARCHIVE_PATH"))
        if not path.parent.is_dir():
            raise ArchiveError(f"cannot write archive {path}: folder {path.parent} does not exist")
        self.lock = ArchiveLock(path)
        self.lock.acquire()
        try:
            self.archive = Archive.open(path)
        except Exception:
            self.lock.release()
            raise
        crawler.archive = self.archive
        crawler.error_log = []
        self.run_id: int | None = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def spider_opened(self, spider):
        start_urls = getattr(spider, "start_urls", [])
        source = getattr(spider, "source", "live")
        for url in start_urls:
            self.archive.upsert_site(host_of(url), url, source=source)
        self.run_id = self.archive.start_run(",".join(start_urls), source, "incremental-or-full")

    def spider_closed(self, spider, reason):
        stats = self.crawler.stats.get_stats()
        counts = {column: int(stats.get(key, 0) or 0) for column, key in SUMMARY_KEYS.items()}
        counts["errors"] = sum(int(v) for k, v in stats.items() if k.startswith("errors/") and k.count("/") == 1) + int(
            stats.get("media/images_failed", 0)) + int(stats.get("media/attachments_failed", 0)) + int(
            stats.get("spider_exceptions/count", 0) if isinstance(stats.get("spider_exceptions/count", 0), int) else 0)
        modes = sorted({v for k, v in stats.items() if k.startswith("mode/")})
        status = "finished" if reason == "finished" else reason
        if self.run_id is not None:
            self.archive.db["crawl_runs"].update(self.run_id, {"mode": ",".join(modes) or None})
            self.archive.finish_run(self.run_id, status, counts, stats, self.crawler.error_log)
        logger.info(
            "archive %s: %s pages fetched, articles new %d / changed %d / unchanged %d / gone %d, "
            "images new %d, errors %d (run %s, %s)",
            self.archive.path, stats.get("downloader/response_count", 0), counts["new"], counts["changed"],
            counts["unchanged"], counts["gone"], counts["images"], counts["errors"], self.run_id, status,
        )
        self.archive.close()
        self.lock.release()


class QuietDropLogFormatter(logformatter.LogFormatter):
    """Listing pages are dropped by design: log them at DEBUG, not WARNING."""

    def dropped(self, item, exception, response, spider=None):
        entry = super().dropped(item, exception, response, spider)
        entry["level"] = logging.DEBUG
        return entry

    def scraped(self, item, response, spider=None):
        # Items carry whole pages: never dump them into the log.
        entry = super().scraped(item, response, spider)
        entry["msg"] = "Archived from %(src)s"
        entry["args"] = {"src": response}
        return entry
