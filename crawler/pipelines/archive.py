"""Archive: each item written to SQLite in one transaction (crawler.archive.Archive).

Articles are inserted or updated (revisions kept), gone pages marked, listings remembered for the
next incremental run. Outcomes are counted in Scrapy's stats under `archive/…`; the closing summary
and `crawl_runs` are built from them (crawler.extensions.ArchiveSession).
"""

from __future__ import annotations

from ..stats import cpu_timer


class ArchivePipeline:
    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    @property
    def archive(self):
        return self.crawler.archive

    def process_item(self, item):
        site, url = item["site"], item["url"]
        self.stats.inc_value("archive/pages")
        if item.get("status") in (404, 410):
            if self.archive.mark_gone(url, site, item["status"]):
                self.stats.inc_value("archive/gone")
            else:
                self.stats.inc_value("archive/missing_pages")
            return item
        if item.get("site_name"):
            self.archive.set_site_name(site, item["site_name"])
        article = item.get("article")
        if not article:
            if not self.archive.url_state(url):
                self.archive.record_url(url, site, kind=item.get("role") or "other", status=item.get("status") or 200)
            return item
        with cpu_timer(self.stats, "archive"):
            outcome = self.archive.store_article(
                article,
                site=site,
                source=item.get("source") or "live",
                fetched_url=url,
                captured=item.get("captured"),
                media=item.get("media") or {},
                etag=item.get("etag"),
                last_modified=item.get("last_modified"),
            )
        self.stats.inc_value(f"archive/{outcome}")
        for failed_url, reason in item.get("media_failures") or ():
            self.stats.inc_value("archive/missing_images")
            errors = getattr(self.crawler, "error_log", None)
            if errors is not None:
                errors.append(f"media {failed_url}: {reason}")
        return item
