"""Archive: each page written to SQLite in one transaction (crawler.archive.Archive).

Articles are inserted or updated (revisions kept), gone pages marked, a re-check answered 304
recorded, listings remembered for the next incremental run, every other page recorded with what
it is. Outcomes are counted in Scrapy's stats under `archive/…`; the closing summary and
`crawl_runs` are built from them (crawler.extensions.ArchiveSession).
"""

from __future__ import annotations

import json

from ..extensions import session_of
from ..items import PageItem
from ..stats import cpu_timer


class ArchivePipeline:
    def __init__(self, archive, stats, *, keep_extraction: bool = False, elsewhere=None) -> None:
        self.archive = archive
        self.stats = stats
        self.keep_extraction = keep_extraction
        # A process of a province crawl writes a part archive and reads earlier runs from the
        # province's (STATE_ARCHIVE_PATH): the crawl state that knows what the part does not.
        self.elsewhere = elsewhere

    @classmethod
    def from_crawler(cls, crawler):
        session = session_of(crawler)
        # A re-extraction (crawler/reextract.py) keeps each earlier extraction it replaces.
        return cls(session.archive, crawler.stats,
                   keep_extraction=crawler.settings.getbool("REPLAY_KEEP_EXTRACTION", False),
                   elsewhere=session.state if session.state_archive is not session.archive else None)

    def _known_elsewhere(self, item: PageItem) -> bool:
        """An article of the province archive re-checked by this process: its URL's answer is
        recorded in the part, with the validators it was asked with; the merge applies it to the
        article (crawler/archive/merge.py)."""
        if self.elsewhere is None or not self.elsewhere.is_archived(item.url):
            return False
        validators = self.elsewhere.validators(item.url)
        self.archive.record_url(item.url, item.site, kind="article", status=item.status,
                                etag=validators.get("If-None-Match"), last_modified=validators.get("If-Modified-Since"))
        return True

    def count(self, item: PageItem, outcome: str, n: int = 1) -> None:
        """An outcome, for the run and for the item's portal (crawl_runs, run_sites)."""
        self.stats.inc_value(f"archive/{outcome}", n)
        self.stats.inc_value(f"site/{item.site}/{outcome}", n)

    def process_item(self, item: PageItem) -> PageItem:
        self.count(item, "pages")
        if item.status in (404, 410):
            gone = self.archive.mark_gone(item.url, item.site, item.status) or self._known_elsewhere(item)
            self.count(item, "gone" if gone else "missing_pages")
            return item
        if item.status == 304:
            if self.archive.touch_article(item.url) or self._known_elsewhere(item):
                self.count(item, "unchanged")
            return item
        if item.site_name:
            self.archive.set_site_name(item.site, item.site_name)
        listed = json.dumps(item.teasers) if item.teasers else None
        if item.article is None:
            kind = "listing" if item.teasers else item.role if item.role in ("home", "feed", "sitemap", "listing-sitemap") \
                else "other"
            self.archive.record_url(item.url, item.site, kind=kind, status=item.status, listed=listed,
                                    etag=item.etag, last_modified=item.last_modified, captured=item.captured)
            return item
        with cpu_timer(self.stats, "archive"):
            outcome = self.archive.store_article(
                item.article, site=item.site, source=item.source, fetched_url=item.url, captured=item.captured,
                files=item.files, etag=item.etag, last_modified=item.last_modified, page_sha256=item.page_sha256,
                listed=listed,  # an article page may list others too (its sidebar's teasers)
                keep_extraction=self.keep_extraction,
            )
        self.count(item, outcome)
        self.count(item, "missing_images", len(item.media_failures))
        return item
