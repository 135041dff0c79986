"""`scrapy crawl portal`: discovery only — which URLs of a portal to fetch, and in what order.

Sources, combined and deduplicated by canonical URL (Scrapy's dupefilter sees canonical URLs only):
sitemaps (robots.txt `Sitemap:` lines and /sitemap.xml), feeds (/rss.xml, term feeds, `<link
rel=alternate>`), the home page, menus and listings followed through their pagers, and in-site
links. What a page links to is read by crawler/pagelinks.py (in a worker process when there is
one); this module decides what to request. Every HTML page fetched becomes a PageItem; the clean
pipeline decides whether it is an article. With `-a source=wayback` the same pages come from
Wayback Machine captures instead (crawler/wayback.py).

Incremental runs (the default once a site is in the archive) skip articles already archived unless
their listing teaser changed, walk listing pages only until one holds nothing new, re-check a small
rotating share of known articles with conditional requests, and re-check articles that vanished
from the listings at the end. Every Nth run (FULL_SWEEP_EVERY), or with `-a full=1`, is a full sweep.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlparse, urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.linkextractors import IGNORED_EXTENSIONS
from scrapy.utils.sitemap import Sitemap
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
)

from ..decoding import UndecodablePage, decode_page
from ..items import PageItem
from ..pagelinks import PageLinks, read_links_of, scoped_url
from ..scope import pager_number
from ..urls import canonical_url, host_of
from ..workers import READING_LINKS, in_worker
from .. import wayback

UNREACHABLE = (CannotResolveHostError, DownloadConnectionRefusedError, DownloadTimeoutError, DownloadFailedError)
UNREACHABLE_REASONS = {
    "CannotResolveHostError": "DNS lookup failed",
    "DownloadConnectionRefusedError": "connection refused",
    "DownloadTimeoutError": "timed out",
    "DownloadFailedError": "connection failed: TLS or protocol error",
}
MAX_LISTING_PAGES = 1000
# Links to files are not pages: the extensions Scrapy's LinkExtractor ignores by default, checked
# with a set lookup instead of one `endswith` per extension (~90) per link.
_DENIED_EXTENSIONS = frozenset(e for e in IGNORED_EXTENSIONS if "." not in e)
_DENIED_SUFFIXES = tuple("." + e for e in IGNORED_EXTENSIONS if "." in e)


def _denied_extension(url: str) -> bool:
    """scrapy.utils.url.url_has_any_extension(url, IGNORED_EXTENSIONS), as LinkExtractor applies it."""
    path = urlparse(url).path.lower()
    name = path.rpartition("/")[2]
    return ("." in name and name.rpartition(".")[2] in _DENIED_EXTENSIONS) or path.endswith(_DENIED_SUFFIXES)


class StartError(ValueError):
    """A bad `-a` value. The message is the one line the user sees."""


def _truthy(value) -> bool:
    return str(value).strip().lower() in ("1", "true", "yes", "on")


def parse_start_urls(start_url: str | None, sites: str | None, default: str) -> list[str]:
    """The portals to crawl, validated: `-a start_url=A,B` or `-a sites=FILE` (one URL a line)."""
    raw: list[str] = []
    if sites:
        path = Path(sites)
        if not path.is_file():
            raise StartError(f"-a sites={sites}: no such file")
        raw += [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        raw = [line for line in raw if line and not line.startswith("#")]
    if start_url:
        raw += [part.strip() for part in start_url.split(",") if part.strip()]
    if not raw:
        raw = [default]
    urls = []
    for value in raw:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname or " " in value:
            raise StartError(f"invalid start URL {value!r}: expected an http(s) URL such as https://vinhtrach.angiang.gov.vn/")
        urls.append(canonical_url(value if parts.path else value + "/"))
    return list(dict.fromkeys(urls))


class PortalSpider(scrapy.Spider):
    name = "portal"
    # Pages that are gone must reach the pipelines; 304 answers conditional requests.
    handle_httpstatus_list = [304, 404, 410]

    def __init__(self, start_url=None, sites=None, source="live", full=None, all_captures=None, *args, **kwargs):
        period = {key: kwargs.pop(key) for key in ("from", "until") if key in kwargs}
        super().__init__(*args, **kwargs)
        self.source = (source or "live").strip().lower()
        if self.source not in ("live", "wayback"):
            raise StartError(f"-a source={source}: expected 'live' or 'wayback'")
        self.start_url_arg = start_url
        self.sites_arg = sites
        self.full_requested = _truthy(full) if full is not None else False
        self.all_captures = _truthy(all_captures) if all_captures is not None else False
        self.period = wayback.validate_period(period.get("from"), period.get("until"))
        self.sites: dict[str, dict] = {}
        self.vanished: dict[str, str] = {}      # article URL -> site, dropped from a listing this run
        self.listed: set[str] = set()            # article URLs seen in a listing this run
        self.requested: set[str] = set()         # URLs follow_links already asked for this run
        self.unreachable: str | None = None
        self.archive = None

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        default = crawler.settings.get("DEFAULT_START_URL")
        spider.start_urls = parse_start_urls(spider.start_url_arg, spider.sites_arg, default)
        for url in spider.start_urls:
            parts = urlsplit(url)
            spider.sites[host_of(url)] = {"start_url": url, "scheme": parts.scheme, "mode": "full"}
        hosts = {urlsplit(url).hostname for url in spider.start_urls}
        if spider.source == "wayback":
            hosts.add(urlsplit(crawler.settings.get("WAYBACK_BASE_URL")).hostname)
        spider.allowed_domains = sorted(hosts)
        crawler.signals.connect(spider.on_idle, signal=signals.spider_idle)
        crawler.signals.connect(spider.on_robots, signal=signals.robots_parsed)
        return spider

    # -- start ---------------------------------------------------------------------------------
    async def start(self):
        self.archive = getattr(self.crawler, "archive", None)
        for site, info in self.sites.items():
            info["mode"] = self._mode_for(site)
            self.crawler.stats.set_value(f"mode/{site}", info["mode"])
            if self.source == "wayback":
                for request in wayback.discovery_requests(self, site, info):
                    yield request
                continue
            base = info["start_url"]
            yield scrapy.Request(base, callback=self.parse_page, errback=self.start_failed,
                                 meta={"site": site, "role": "home"}, priority=100)
            root = f"{info['scheme']}://{urlsplit(base).netloc}"
            yield scrapy.Request(f"{root}/sitemap.xml", callback=self.parse_sitemap, meta={"site": site, "role": "sitemap"},
                                 errback=self.ignore_failure, priority=90)
            yield scrapy.Request(f"{root}/rss.xml", callback=self.parse_feed, meta={"site": site, "role": "feed"},
                                 errback=self.ignore_failure, priority=90)
            if info["mode"] == "incremental":
                for request in self._revalidation_requests(site):
                    yield request

    def _mode_for(self, site: str) -> str:
        """'full' for the first run from this source, after a run that did not finish (its
        listing state may describe pages whose articles were never fetched), every Nth run, or
        on request; 'incremental' otherwise."""
        if self.full_requested or self.archive is None:
            return "full"
        statuses = [
            row[0]
            for row in self.archive.db.execute(
                "SELECT status FROM crawl_runs WHERE status != 'running' AND source = ? "
                "AND (',' || start_url || ',') LIKE ? ORDER BY id DESC",
                [self.source, f"%,{self.sites[site]['start_url']},%"],
            )
        ]
        finished = statuses.count("finished")
        every = self.crawler.settings.getint("FULL_SWEEP_EVERY", 7)
        if not statuses or statuses[0] != "finished" or (every and finished % every == 0):
            return "full"
        return "incremental"

    def _revalidation_requests(self, site: str):
        """A rotating slice of known articles, oldest check first, re-checked with validators."""
        share = self.crawler.settings.getfloat("REVALIDATE_SHARE", 0.02)
        total = self.archive.db.execute(
            "SELECT count(*) FROM urls WHERE site = ? AND article_id IS NOT NULL AND kind IN ('article','page')", [site]
        ).fetchone()[0]
        limit = max(1, int(total * share)) if total else 0
        rows = self.archive.db.execute(
            "SELECT u.url FROM urls u JOIN articles a ON a.id = u.article_id WHERE u.site = ? AND a.url = u.url "
            "AND a.status = 'live' AND a.source = 'live' ORDER BY u.last_fetched ASC LIMIT ?",
            [site, limit],
        ).fetchall()
        for (url,) in rows:
            yield self.page_request(url, site, role="revalidate", force=True)

    def start_failed(self, failure):
        request = failure.request
        if failure.check(*UNREACHABLE) and self.unreachable is None:
            reason = UNREACHABLE_REASONS.get(type(failure.value).__name__, type(failure.value).__name__)
            self.unreachable = f"cannot reach {request.url} ({reason})"
            self.logger.error(
                "%s. If the portal is gone, recover it from the Wayback Machine: "
                "scrapy crawl portal -a source=wayback -a start_url=%s", self.unreachable, request.url,
            )
            self.crawler.stats.inc_value("errors/unreachable")
            if len(self.sites) == 1:
                self.crawler.engine.close_spider(self, "unreachable")
            return
        self.ignore_failure(failure)

    def ignore_failure(self, failure):
        """Optional resources (robots.txt, sitemap, feed) may fail; log and go on."""
        self.logger.debug("optional request failed: %s (%s)", failure.request.url, failure.value)

    # -- requests ------------------------------------------------------------------------------
    def page_request(self, url: str, site: str, role: str = "page", force: bool = False, priority: int = 0):
        meta = {"site": site, "role": role, "conditional": True}
        return scrapy.Request(url, callback=self.parse_page, errback=self.page_failed, meta=meta,
                              priority=priority, dont_filter=force)

    def normalize(self, href: str | None, base: str, site: str) -> str | None:
        """Canonical in-scope URL for a link, or None when the link is out of scope or a trap."""
        return scoped_url(href, base, site, self.sites[site]["scheme"])

    def _known(self, url: str) -> dict | None:
        return self.archive.url_state(url) if self.archive is not None else None

    def _archived(self, url: str) -> bool:
        state = self._known(url)
        return state is not None and state["article_id"] is not None

    def want(self, url: str, site: str) -> bool:
        """In an incremental run, articles and pages already archived are not fetched again."""
        if self.sites[site]["mode"] == "full":
            return True
        state = self._known(url)
        if state is None:
            return True
        if state["kind"] in ("gone", "missing"):
            return False
        return state["article_id"] is None

    def page_failed(self, failure):
        reason = type(failure.value).__name__
        self.crawler.stats.inc_value(f"errors/fetch/{reason}")
        self.record_error("fetch", f"{failure.request.url}: {reason}: {failure.value}")

    def record_error(self, kind: str, message: str) -> None:
        """Count a failure (crawl_runs.errors) and list it (crawl_runs.error_log); the crawl goes on."""
        self.crawler.stats.inc_value(f"errors/{kind}")
        self.logger.warning(message)
        errors = getattr(self.crawler, "error_log", None)
        if errors is not None:
            errors.append(message)

    # -- parsing -------------------------------------------------------------------------------
    async def parse_page(self, response) -> list:
        # A coroutine that returns its output, not an async generator: Scrapy hands a callback's
        # output to CONCURRENT_ITEMS (100) tasks that wait for it, and an async generator that
        # awaits the worker makes every one of them wait (~100 futures a page, more CPU than the
        # spider's own work).
        site = response.meta["site"]
        role = response.meta.get("role", "page")
        url = canonical_url(response.meta.get("original_url") or response.url)
        if response.status in (404, 410):
            return [PageItem(url=url, site=site, status=response.status, role=role, source=self.source)]
        if response.status == 304:
            self.crawler.stats.inc_value("pages/not_modified")
            if self.archive is not None and self.archive.touch_article(url, site):
                self.crawler.stats.inc_value("archive/unchanged")
            return []
        if not isinstance(response, scrapy.http.TextResponse):
            return []
        content_type = response.headers.get("Content-Type", b"").decode("latin-1").lower()
        if "xml" in content_type and "html" not in content_type:
            return list(self.parse_feed(response))
        try:
            html, encoding = decode_page(response.body, response.headers.get("Content-Type", b"").decode("latin-1"))
        except UndecodablePage:
            self.record_error("undecodable", f"{url}: no encoding decodes this page cleanly; not archived")
            return []
        item = PageItem(
            url=url, site=site, status=response.status, html=html, role=role, source=self.source,
            captured=response.meta.get("captured"),
            etag=response.headers.get("ETag", b"").decode("latin-1") or None,
            last_modified=response.headers.get("Last-Modified", b"").decode("latin-1") or None,
        )
        if self.source == "wayback" and not self.crawler.settings.getbool("WAYBACK_FOLLOW_LINKS", False):
            return [item]  # the CDX index already listed every capture
        # Parsing the page, the selectors and canonical URLs are most of discovery's CPU: in the
        # worker the clean pipeline will send the page to next (same key), which keeps the tree.
        page = await in_worker(self.crawler, read_links_of, response.url, html, encoding, url, site,
                               self.sites[site]["scheme"], key=site, priority=READING_LINKS)
        self.crawler.stats.inc_value("cpu/parse_ms", page.parse_ms)
        self.crawler.stats.inc_value("cpu/links_ms", page.links_ms)
        return [item, *self.follow_links(page, response, url, site)]

    def follow_links(self, page: PageLinks, response, url: str, site: str):
        teasers = page.teasers
        previous = self._record_listing(url, site, teasers) if teasers else None
        has_news = previous is None or previous != dict(teasers)
        full = self.sites[site]["mode"] == "full"
        for link_url, fingerprint in teasers:
            self.listed.add(link_url)
            self.vanished.pop(link_url, None)
            # A teaser that differs from what this listing showed last time: the article was edited.
            changed = previous is not None and link_url in previous and previous[link_url] != fingerprint
            # A full sweep requests every teaser; whether it is archived only matters for an edited
            # one (fetched again even if requested before). Every page repeats its sidebar
            # teasers, so the archive is not asked when the answer changes nothing.
            archived = (changed or not full) and self._archived(link_url)
            if not archived or changed or full:
                force = archived and changed
                if force or self._first_time(link_url):
                    yield self.page_request(link_url, site, role="article", force=force)
        # Pager: walked to the end in a full sweep; in an incremental run only while pages hold news.
        # A pager that repeats its last page forever is caught by comparing consecutive pages.
        number = pager_number(url) or 0
        repeating = page.fingerprint == response.meta.get("previous_page")
        if repeating:
            self.crawler.stats.inc_value("traps/repeating_pager")
        follow_pager = (has_news or self.sites[site]["mode"] == "full") and number < MAX_LISTING_PAGES and not repeating
        for next_url in page.pager:
            if follow_pager and (pager_number(next_url) or 0) > number and self._first_time(next_url):
                request = self.page_request(next_url, site, role="listing", priority=10)
                request.meta["previous_page"] = page.fingerprint
                yield request
        for feed_url in page.feeds:
            if self._first_time(feed_url):
                yield scrapy.Request(feed_url, callback=self.parse_feed, errback=self.ignore_failure,
                                     meta={"site": site, "role": "feed"})
        for link_url in page.links:  # pager pages left out: they come only through the pager rule above
            if link_url not in self.requested and not _denied_extension(link_url) \
                    and self.want(link_url, site) and self._first_time(link_url):
                yield self.page_request(link_url, site)

    def _first_time(self, url: str) -> bool:
        """True the first time follow_links asks for `url` this run. Every page repeats the portal's
        menus, sidebars and teasers (~20 in-site links a page): requests Scrapy's dupefilter would
        drop are not built, sent through the spider middlewares and fingerprinted again. URLs are
        canonical, so this set is never coarser than the dupefilter."""
        if url in self.requested:
            return False
        self.requested.add(url)
        return True

    def _record_listing(self, url: str, site: str, teasers: list[tuple[str, str]]) -> dict | None:
        """Store what a listing page shows and return what it showed last time (None if unknown).
        Articles that were on it last time but not now are re-checked at the end of the run."""
        if self.archive is None:
            return None
        state = self._known(url)
        previous = dict(json.loads(state["listed"])) if state and state.get("listed") else None
        kind = state["kind"] if state and state["kind"] in ("article", "page") else "listing"
        self.archive.record_url(url, site, kind=kind, status=200, listed=json.dumps(teasers))
        if previous:
            now_listed = {link for link, _ in teasers}
            for link in previous:
                if link not in now_listed and link not in self.listed:
                    self.vanished[link] = site
        return previous

    def on_idle(self, spider):
        """At the end, re-check articles that vanished from the listings: deleted, or moved."""
        if spider is not self or not self.vanished:
            return
        pending, self.vanished = self.vanished, {}
        for url, site in pending.items():
            if url not in self.listed:
                self.crawler.engine.crawl(self.page_request(url, site, role="revalidate", force=True))
        raise DontCloseSpider

    def parse_cdx(self, response, site: str):
        """A page of the Wayback CDX index (a method, so that JOBDIR can persist the request)."""
        yield from wayback.parse_cdx(response, self, site)

    # -- sitemaps and feeds --------------------------------------------------------------------
    def on_robots(self, robotparser, request):
        """robots.txt, fetched once by Scrapy's RobotsTxtMiddleware: follow its Sitemap: lines."""
        site = host_of(request.url)
        if site not in self.sites:
            return
        sitemaps = getattr(getattr(robotparser, "rp", None), "sitemaps", None) or []
        for sitemap_url in sitemaps:
            url = self.normalize(sitemap_url, request.url, site)
            if url:
                self.crawler.engine.crawl(scrapy.Request(url, callback=self.parse_sitemap, errback=self.ignore_failure,
                                                         meta={"site": site, "role": "sitemap"}))

    def parse_sitemap(self, response):
        if response.status != 200:
            return
        site = response.meta["site"]
        try:
            sitemap = Sitemap(response.body)
        except Exception:  # not XML: a themed 404 page answered 200
            return
        for entry in sitemap:
            url = self.normalize(entry.get("loc"), response.url, site)
            if not url:
                continue
            if sitemap.type == "sitemapindex":
                yield scrapy.Request(url, callback=self.parse_sitemap, errback=self.ignore_failure,
                                     meta={"site": site, "role": "sitemap"})
            elif self._newer_than_archive(url, entry.get("lastmod")) or self.want(url, site):
                yield self.page_request(url, site, role="article", force=self._known(url) is not None)

    def _newer_than_archive(self, url: str, lastmod: str | None) -> bool:
        if not lastmod or self.archive is None:
            return False
        from ..extract.dates import parse_date

        state = self.archive.db.execute("SELECT last_fetched FROM urls WHERE url = ?", [url]).fetchone()
        modified = parse_date(lastmod)
        return bool(state and state[0] and modified and modified > state[0])

    def parse_feed(self, response):
        if response.status != 200:
            return
        site = response.meta["site"]
        selector = scrapy.Selector(response, type="xml")
        selector.remove_namespaces()
        links = selector.xpath("//item/link/text() | //entry/link[not(@rel) or @rel='alternate']/@href").getall()
        for href in links:
            url = self.normalize(href.strip(), response.url, site)
            if url and self.want(url, site):
                yield self.page_request(url, site, role="article")
