"""The archive session: opened and locked when the crawl starts, recorded in `crawl_runs`,
summarised and released when it ends — whatever the reason it ends.

It owns the crawl's two handles on the archive, reached the Scrapy way
(`crawler.get_extension(ArchiveSession)`): `state` (crawler/state.py), what the spider and the
middlewares read, and `archive`, what the pipelines write. It keeps the run's error log.
"""

from __future__ import annotations

import logging
from pathlib import Path

from scrapy import logformatter, signals

from .archive import Archive, ArchiveError, ArchiveLock
from .discovery.urls import host_of
from .state import CrawlState

logger = logging.getLogger(__name__)

SUMMARY_KEYS = {
    "pages": "archive/pages",
    "responses": "downloader/response_count",
    "new": "archive/new",
    "changed": "archive/changed",
    "unchanged": "archive/unchanged",
    "reextracted": "archive/reextracted",
    "gone": "archive/gone",
    "images": "media/images_downloaded",
    "attachments": "media/attachments_downloaded",
    "missing_images": "archive/missing_images",
}
ERROR_LOG_LINES = 200


def run_counts(stats: dict) -> dict[str, int]:
    """crawl_runs' counts from Scrapy's stats: SUMMARY_KEYS, and `errors`, every failure the run
    recorded (`errors/<kind>`) and every exception a callback raised."""
    counts = {column: int(stats.get(key, 0) or 0) for column, key in SUMMARY_KEYS.items()}
    counts["errors"] = sum(int(v) for k, v in stats.items() if k.startswith("errors/") and k.count("/") == 1) + int(
        stats.get("spider_exceptions/count", 0) or 0)
    return counts


class _NoNetworkTracebacks(logging.Filter):
    """Scrapy's robots.txt middleware logs an unreachable host with a full traceback; the CLI
    contract is one clear line, so keep the message and drop the traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if error is not None and ("Download" in type(error).__name__ or type(error).__name__ == "CannotResolveHostError"):
            record.exc_info = None
            record.exc_text = None
        return True


class _StartupDumps(logging.Filter):
    """Scrapy's start-up dumps at INFO — enabled add-ons and components, overridden settings — are
    most of a run's log; a user reads the progress lines and the closing summary."""

    DUMPS = ("Overridden settings", "Enabled addons", "Enabled extensions", "Enabled downloader middlewares",
             "Enabled spider middlewares", "Enabled item pipelines")

    def filter(self, record: logging.LogRecord) -> bool:
        return not record.getMessage().startswith(self.DUMPS)


def quiet_scrapy_startup(settings) -> None:
    """Leave Scrapy's start-up dumps out of the log unless LOG_LEVEL is DEBUG."""
    level = logging.getLevelName(str(settings.get("LOG_LEVEL", "INFO")).upper())
    if not isinstance(level, int) or level < logging.INFO:
        return
    for name in ("scrapy.crawler", "scrapy.addons", "scrapy.middleware"):
        logger_ = logging.getLogger(name)
        if not any(isinstance(f, _StartupDumps) for f in logger_.filters):
            logger_.addFilter(_StartupDumps())


def session_of(crawler) -> "ArchiveSession":
    session = crawler.get_extension(ArchiveSession)
    if session is None:
        raise ArchiveError("the ArchiveSession extension is not enabled (EXTENSIONS setting)")
    return session


class ArchiveSession:
    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        logging.getLogger("scrapy.downloadermiddlewares.robotstxt").addFilter(_NoNetworkTracebacks())
        quiet_scrapy_startup(crawler.settings)
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
        self.state_archive = self._state_archive(crawler.settings.get("STATE_ARCHIVE_PATH"))
        self.state = CrawlState(self.state_archive)
        self.error_log: list[str] = []
        self.run_id: int | None = None
        self.monitors: dict | None = None   # the close-time monitors' outcome (crawler/monitors.py)
        self.recorded = False               # crawl_runs holds the run's end: too late for the monitors
        # A replay of the archive's captures says what it is ('reextract', 'warc-import').
        self.run_mode = crawler.settings.get("ARCHIVE_RUN_MODE")
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _state_archive(self, path: str | None) -> Archive:
        """Where earlier runs are read from: this archive, or (a process of a province crawl,
        writing a part archive) the province archive, read-only."""
        if not path:
            return self.archive
        if not Path(path).is_file():
            raise ArchiveError(f"STATE_ARCHIVE_PATH={path}: no such archive")
        return Archive.open(path, read_only=True)

    def record_error(self, kind: str, message: str, *, site: str | None = None) -> None:
        """Count a failure (crawl_runs.errors, and its portal's in run_sites) and list it
        (crawl_runs.error_log); the crawl goes on."""
        self.stats.inc_value(f"errors/{kind}")
        if site:
            self.stats.inc_value(f"site/{site}/errors")
        logger.warning(message)
        self.error_log.append(message)

    def record_monitors(self, outcome: dict) -> None:
        """The close-time monitors' outcome, for crawl_runs.monitors. They run in spider_closed
        before this extension's handler (settings.EXTENSIONS puts Spidermon first)."""
        if self.recorded:
            logger.error("the monitors ran after the run was recorded: crawl_runs.monitors stays empty "
                         "(EXTENSIONS: ArchiveSession must come after Spidermon)")
        self.monitors = outcome

    def spider_opened(self, spider):
        start_urls = getattr(spider, "start_urls", [])
        source = getattr(spider, "source", "live")
        sites = getattr(spider, "sites", {})
        for url in start_urls:
            info = sites.get(host_of(url), {})
            self.archive.upsert_site(host_of(url), url, name=info.get("name"), source=info.get("source", source),
                                     province=info.get("province"), status=info.get("status"))
        self.run_id = self.archive.start_run(",".join(start_urls), source, self.run_mode or "incremental-or-full")

    def spider_closed(self, spider, reason):
        stats = self.stats.get_stats()
        counts = run_counts(stats)
        modes = {k.split("/", 1)[1]: v for k, v in stats.items() if k.startswith("mode/")}
        status = "finished" if reason == "finished" else reason
        if status == "finished":
            self._save_models(modes)
        if self.run_id is not None:
            mode = self.run_mode or ",".join(sorted(set(modes.values()))) or None
            self.archive.db["crawl_runs"].update(self.run_id, {"mode": mode})
            self.archive.finish_run(self.run_id, status, counts, stats, self.error_log[-ERROR_LOG_LINES:],
                                    monitors=self.monitors)
        sites = self._site_rows(spider, stats, status)
        if self.run_id is not None:
            self.archive.record_run_sites(self.run_id, sites)
        self.recorded = True
        logger.info(
            "archive %s: %d pages archived (%d responses), articles new %d / changed %d / unchanged %d / gone %d, "
            "images new %d, errors %d (run %s, %s)",
            self.archive.path, counts["pages"], counts["responses"], counts["new"], counts["changed"],
            counts["unchanged"], counts["gone"], counts["images"], counts["errors"], self.run_id, status,
        )
        if len(sites) > 1 or any(row["status"] != "done" for row in sites):
            for row in sites:
                logger.info("  %s: %s%s — %d pages, new %d, changed %d, errors %d", row["site"], row["status"],
                            f" ({row['reason']})" if row["reason"] else "", row["pages"], row["new"], row["changed"],
                            row["errors"])
        self.archive.captures.settle_all()
        self.archive.close()
        if self.state_archive is not self.archive:
            self.state_archive.close()
        self.lock.release()

    @staticmethod
    def _site_rows(spider, stats: dict, run_status: str) -> list[dict]:
        """run_sites: each portal done, unreachable (nothing answered) or failed (the run ended early).
        A process of a province crawl reports the portals it leased from the shared frontier
        (`frontier/portal/<host>`, crawler/frontier/queue.py); other processes crawled the rest."""
        rows = []
        sites = list(getattr(spider, "sites", {}))
        if spider.settings.get("FRONTIER_NAME"):
            sites = [site for site in sites if f"frontier/portal/{site}" in stats]
        for site in sites:
            count = {key: int(stats.get(f"site/{site}/{key}", 0) or 0)
                     for key in ("pages", "new", "changed", "unchanged", "reextracted", "gone", "errors")}
            unreachable = stats.get(f"site/{site}/unreachable")
            if unreachable and not count["pages"]:
                status, reason = "unreachable", getattr(spider, "unreachable_sites", {}).get(site, unreachable)
            elif run_status not in ("finished", "unreachable"):
                status, reason = "failed", f"the run ended early: {run_status}"
            else:
                status, reason = "done", None
            rows.append({"site": site, "status": status, "reason": reason, **count})
        return rows

    def _save_models(self, modes: dict[str, str]) -> None:
        # Only a full sweep saw enough of a site to say what it repeats on most of its pages.
        for site, model in self.state.learnt_models().items():
            if modes.get(site) == "full":
                self.archive.save_site_model(site, model.as_json())


class ItemLogFormatter(logformatter.LogFormatter):
    """Items carry whole pages: never dump them into the log."""

    def scraped(self, item, response, spider=None):
        entry = super().scraped(item, response, spider)
        entry["msg"] = "Archived from %(src)s"
        entry["args"] = {"src": response}
        return entry
