"""`scrapy crawl portal`: discovery only — which URLs of a portal to fetch, and in what order.

Sources, combined and deduplicated by canonical URL (Scrapy's dupefilter sees canonical URLs
only): sitemaps (robots.txt `Sitemap:` lines and /sitemap.xml, read by Scrapy's SitemapSpider:
indexes, gzip, size caps), feeds (/rss.xml, term feeds, `<link rel=alternate>`), the home page,
menus and listings followed through their pagers, and in-site links (crawler/discovery/links.py).
Every HTML page fetched becomes a PageItem; the clean pipeline decides whether it is an article.
With `-a source=wayback` the same pages come from Wayback Machine captures instead
(crawler/discovery/wayback.py).

The spider reads crawl state (crawler/state.py) and never writes the archive. Incremental runs
(the default once a site is in the archive) skip articles already archived unless their listing
teaser changed, walk listing pages only until one holds nothing new, re-check a small rotating
share of known articles with conditional requests, and re-check articles that vanished from the
listings at the end. Every Nth run (FULL_SWEEP_EVERY), or with `-a full=1`, is a full sweep.
"""

from __future__ import annotations

import hashlib
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.spiders import SitemapSpider

from ..discovery import wayback
from ..discovery.decoding import UndecodablePage, decode_page
from ..discovery.links import PageLinks, read_links, read_requisites
from ..discovery.scope import listing_root, pager_number
from ..discovery.urls import canonical_url, host_of
from ..discovery.variants import SiteVariants
from ..extensions import session_of
from ..items import PageItem
from ..signals import site_drained
from .channels import ChannelsMixin, validators_of
from .variants import VariantsMixin
from .start import (StartError, UNREACHABLE, UNREACHABLE_REASONS, boolean, crawl_command, parse_start_urls,
                    refuse_unknown)

MAX_LISTING_PAGES = 1000
_LOOK_UP = object()   # want(): the URL's crawl state is not known yet

__all__ = ["PortalSpider", "StartError", "parse_start_urls"]


class PortalSpider(ChannelsMixin, VariantsMixin, SitemapSpider):
    name = "portal"
    # Pages that are gone must reach the pipelines; 304 answers conditional requests.
    handle_httpstatus_list = [304, 404, 410]
    sitemap_rules = [("", "parse_page")]

    def __init__(self, start_url=None, sites=None, source="live", full=None, all_captures=None, *args, **kwargs):
        period = {key: kwargs.pop(key) for key in ("from", "until") if key in kwargs}
        refuse_unknown(kwargs)
        super().__init__(*args, **kwargs)
        self.source = (source or "live").strip().lower()
        if self.source not in ("live", "wayback"):
            raise StartError(f"-a source={source}: expected 'live' or 'wayback'")
        self.start_url_arg = start_url
        self.sites_arg = sites
        self.full_requested = boolean("full", full) if full is not None else False
        self.all_captures = boolean("all_captures", all_captures) if all_captures is not None else False
        self.period = wayback.validate_period(period.get("from"), period.get("until"))
        self.sites: dict[str, dict] = {}
        self.vanished: dict[str, str] = {}      # article URL -> site, dropped from a listing this run
        self.listed: set[str] = set()            # article URLs seen in a listing this run
        self.requested: set[str] = set()         # URLs discovery already asked for (or fetched) this run
        self.walks: dict[str, set[str]] = {}     # listing (pager aside) -> what its pages showed this run
        self.deferred: dict[str, str] = {}       # URL -> site: maybe a spelling of a page asked for already
        self.unreachable_sites: dict[str, str] = {}  # site -> why it could not be reached at all
        self._articles_in_sitemap = 0            # articles (known or new) in the sitemap being read

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        default = crawler.settings.get("DEFAULT_START_URL")
        portals = parse_start_urls(spider.start_url_arg, spider.sites_arg, default)
        spider.start_urls = [portal.start_url for portal in portals]
        for portal in portals:
            url = portal.start_url
            spider.sites[host_of(url)] = {"start_url": url, "scheme": urlsplit(url).scheme, "mode": "full",
                                          "source": portal.source or spider.source, "name": portal.name,
                                          "province": portal.province, "status": portal.status if portal.source else None,
                                          "variants": SiteVariants()}
        hosts = {urlsplit(url).hostname for url in spider.start_urls}
        if any(info["source"] == "wayback" for info in spider.sites.values()):
            hosts.add(urlsplit(crawler.settings.get("WAYBACK_BASE_URL")).hostname)
        spider.allowed_domains = sorted(hosts)
        spider.capture_requisites = crawler.settings.getbool("CAPTURE_RESPONSES", True) and \
            crawler.settings.getbool("CAPTURE_PAGE_REQUISITES", False)
        crawler.signals.connect(spider.on_idle, signal=signals.spider_idle)
        crawler.signals.connect(spider.on_site_drained, signal=site_drained)
        crawler.signals.connect(spider.on_robots, signal=signals.robots_parsed)
        return spider

    @property
    def session(self):
        return session_of(self.crawler)

    @property
    def state(self):
        return self.session.state

    # -- start ---------------------------------------------------------------------------------
    async def start(self):
        settings = self.crawler.settings
        replaying = settings.getbool("REPLAY_SEEDS", False)   # a replay of the archive's captures
        for site, info in self.sites.items():
            info["mode"] = self.state.mode_for(info["start_url"], info["source"], full_requested=self.full_requested,
                                               full_sweep_every=settings.getint("FULL_SWEEP_EVERY", 7))
            self.crawler.stats.set_value(f"mode/{site}", info["mode"])
            if info["source"] == "wayback":
                if replaying:  # the archive's own replays, not the CDX index (crawler/replay.py)
                    for request in wayback.archived_replay_requests(self, site, self.state.captured_pages(site)):
                        yield request
                    continue
                replayed = self.state.replayed_captures(site) if self.incremental(site) else None
                for request in wayback.discovery_requests(self, site, info, replayed):
                    yield request
                continue
            base = info["start_url"]
            # The chronological channels, asked with their validators in an incremental run.
            yield scrapy.Request(base, callback=self.parse_page, errback=self.start_failed, priority=100,
                                 meta={"site": site, "role": "home", "conditional": self.incremental(site)})
            root = f"{info['scheme']}://{urlsplit(base).netloc}"
            yield self.sitemap_request(f"{root}/sitemap.xml", site, priority=90)
            yield self.feed_request(f"{root}/rss.xml", site, priority=90)
            if self.incremental(site):
                for url in self.state.due_for_recheck(site, settings.getfloat("REVALIDATE_SHARE", 0.02)):
                    yield self.page_request(url, site, role="revalidate", force=True)
            if replaying:
                # Every page the archive captured, after what discovery finds: a page the extractor
                # passed over before is offered to it again.
                for url, _fetched_url, _captured in self.state.captured_pages(site):
                    if self._first_time(url):
                        yield self.page_request(url, site, priority=-10)

    def start_failed(self, failure):
        request = failure.request
        site = request.meta.get("site") or host_of(request.url)
        if failure.check(*UNREACHABLE) and site not in self.unreachable_sites:
            reason = UNREACHABLE_REASONS.get(type(failure.value).__name__, type(failure.value).__name__)
            if self.source_of(site) == "wayback":
                service = self.crawler.settings.get("WAYBACK_BASE_URL")
                message, hint = f"cannot reach the Wayback Machine at {service} to recover {site} ({reason})", ""
            else:
                message = f"cannot reach {request.url} ({reason})"
                hint = (f". If the portal is gone, recover it from the Wayback Machine: "
                        f"{crawl_command()} -a source=wayback -a start_url={request.url}")
            self.unreachable_sites[site] = message
            self.crawler.stats.set_value(f"site/{site}/unreachable", reason)
            self.session.record_error("unreachable", message + hint, site=site)
            if len(self.unreachable_sites) == len(self.sites):
                self.crawler.engine.close_spider(self, "unreachable")
            return
        self.ignore_failure(failure)

    @property
    def unreachable(self) -> str | None:
        """The first portal that could not be reached at all, as one line (None: all answered)."""
        return next(iter(self.unreachable_sites.values()), None)

    def ignore_failure(self, failure):
        """Optional resources (robots.txt, sitemap, feed) may fail; log and go on."""
        self.logger.debug("optional request failed: %s (%s)", failure.request.url, failure.value)

    def page_failed(self, failure):
        if type(failure.value).__name__ in ("KnownPage", "NotCaptured"):
            # Not failures: the page is fetched under its own URL; a replay asked for what the
            # archive never received (counted as replay/not_captured, in the re-extraction's summary).
            self.logger.debug("not fetched: %s", failure.value)
            return
        reason = type(failure.value).__name__
        self.crawler.stats.inc_value(f"errors/fetch/{reason}")
        self.session.record_error("fetch", f"{failure.request.url}: {reason}: {failure.value}",
                                  site=failure.request.meta.get("site"))

    # -- requests ------------------------------------------------------------------------------
    def page_request(self, url: str, site: str, role: str = "page", force: bool = False, priority: int = 0):
        # With the validators of its last answer (a 304 costs the portal nothing), except a listing
        # in a full sweep: that one is walked to its end whatever it says.
        conditional = self.incremental(site) or self.state.is_archived(url)
        return scrapy.Request(url, callback=self.parse_page, errback=self.page_failed, priority=priority,
                              meta={"site": site, "role": role, "conditional": conditional}, dont_filter=force)

    def sitemap_request(self, url: str, site: str, priority: int = 0):
        return scrapy.Request(url, callback=self.parse_sitemap, errback=self.ignore_failure, priority=priority,
                              meta={"site": site, "role": "sitemap", "conditional": self.incremental(site)})

    def feed_request(self, url: str, site: str, priority: int = 0):
        return scrapy.Request(url, callback=self.parse_feed, errback=self.ignore_failure, priority=priority,
                              meta={"site": site, "role": "feed", "conditional": self.incremental(site)})

    def source_of(self, site: str) -> str:
        """Where this portal's pages come from: its registry row's source, else `-a source`."""
        info = self.sites.get(site)
        return info["source"] if info else self.source

    def incremental(self, site: str) -> bool:
        return self.sites[site]["mode"] == "incremental"

    def count_channel(self, site: str) -> None:
        """A chronological channel of the site answered (a feed, a sitemap, the home page)."""
        self.sites[site]["channels"] = self.sites[site].get("channels", 0) + 1

    def want(self, url: str, site: str, *, from_news: bool = False, state=_LOOK_UP) -> bool:
        """Whether an incremental run fetches a URL discovery found. New URLs, yes. Articles and
        pages already archived, no (the re-check budget and the full sweeps see to them). A known
        listing (tag, category, author, date archive…), only from a page the chronological channels
        showed as new (`from_news`), or on a site without such channels (decided when the run goes
        idle: `on_idle`)."""
        info = self.sites[site]
        if info["mode"] == "full":
            return True
        if state is _LOOK_UP:
            state = self.state.url(url)
        if state is None:
            return True
        if state.gone or state.article_id is not None:
            return False
        if from_news or info.get("walk_listings"):
            return True
        info.setdefault("listings_held", set()).add(url)
        return False

    def _first_time(self, url: str) -> bool:
        """True the first time discovery asks for `url` this run: every page repeats the portal's
        menus, sidebars and teasers, and a request Scrapy's dupefilter would drop need not be
        built. URLs are canonical, so this set is never coarser than the dupefilter."""
        if url in self.requested:
            return False
        self.requested.add(url)
        return True

    # -- pages ---------------------------------------------------------------------------------
    def parse_page(self, response):
        site = response.meta.get("site") or host_of(response.url)   # sitemap entries carry no meta
        role = response.meta.get("role", "page")
        url = canonical_url(response.meta.get("original_url") or response.url)
        source = self.source_of(site)
        page = {"url": url, "site": site, "role": role, "source": source}
        if response.status in (304, 404, 410):
            if response.status == 304:
                self.crawler.stats.inc_value("pages/not_modified")
                if role == "home":  # the home page is a chronological channel; unchanged, it shows nothing new
                    self.count_channel(site)
            yield PageItem(status=response.status, **page)
            return
        if not isinstance(response, scrapy.http.TextResponse):
            return
        content_type = response.headers.get("Content-Type", b"").decode("latin-1")
        if "xml" in content_type.lower() and "html" not in content_type.lower():
            yield from self.parse_feed(response)
            return
        page_sha256 = hashlib.sha256(response.body).hexdigest()
        try:
            decoded = decode_page(response.body, content_type)
        except UndecodablePage as error:
            self.session.record_error("undecodable", f"{url}: {error}; not archived", site=site)
            return
        if decoded.replaced:
            self.crawler.stats.inc_value("decoding/replaced", decoded.replaced)
            self.session.record_error("decoding", f"{url}: {decoded.replaced} bad byte sequences replaced", site=site)
        if decoded.encoding != response.encoding:
            response = response.replace(body=decoded.text, encoding="utf-8")
        item = PageItem(
            status=response.status, html=decoded.text, captured=response.meta.get("captured"),
            replay_prefix=response.meta.get("replay_prefix"), replaced_bytes=decoded.replaced,
            page_sha256=page_sha256,
            **validators_of(response), **page,
        )
        if source == "wayback" and not self.crawler.settings.getbool("WAYBACK_FOLLOW_LINKS", False):
            yield item  # the CDX index already listed every capture
            return
        self._learn_variants(response, url, site)
        links = read_links(response, url, site, self.sites[site]["scheme"])
        item.teasers = links.teasers or None
        if self.capture_requisites:  # fetched by crawler/recorder.py, so the page replays whole
            item.requisites = read_requisites(response)
        # A new article (asked for as one, and not archived before this item) leads to its listings.
        from_news = role == "article" and not self.state.is_archived(url)
        if role == "home" and links.teasers:
            self.count_channel(site)
        if isinstance(response, scrapy.http.HtmlResponse) and response.text == item.html:
            item.document = response.selector.root   # parsed once: links above, the article in the clean pipeline
            # Scrapy keeps the response until the item has its images; without this, its selector
            # would keep the tree (several times the page's size) alive all that time.
            response._cached_selector = None
        yield item
        yield from self.follow_links(links, url, site, from_news=from_news)

    def follow_links(self, page: PageLinks, url: str, site: str, *, from_news: bool = False):
        full = self.sites[site]["mode"] == "full"
        teasers = [(self._variant(link, site), fingerprint) for link, fingerprint in page.teasers]
        previous = self._listing_memory(url, teasers) if teasers else None
        has_news = previous is None or previous != dict(teasers)
        for link_url, fingerprint in teasers:
            self.listed.add(link_url)
            self.vanished.pop(link_url, None)
            # A teaser that differs from what this listing showed last time: the article was edited.
            changed = previous is not None and link_url in previous and previous[link_url] != fingerprint
            archived = (changed or not full) and self.state.is_archived(link_url)
            if not archived or changed or full:
                force = archived and changed
                if not force and self._defer_spelling(link_url, site):
                    continue
                if force or self._first_time(link_url):
                    yield self.page_request(link_url, site, role="article", force=force)
        # Pager: walked to the end in a full sweep; in an incremental run only while pages hold news.
        if (has_news or full) and self._walk_goes_on(url, [link for link, _ in teasers] or page.links):
            number = pager_number(url) or 0
            for next_url in page.pager:
                next_url = self._variant(next_url, site)
                if (pager_number(next_url) or 0) > number and self._first_time(next_url):
                    yield self.page_request(next_url, site, role="listing", priority=10)
        for feed_url in page.feeds:
            if self.want(feed_url, site, from_news=from_news or url == self.sites[site]["start_url"]) \
                    and self._first_time(feed_url):
                yield self.feed_request(feed_url, site)
        for link_url in page.links:  # pager pages left out: they come only through the pager rule above
            link_url = self._variant(link_url, site)
            if link_url not in self.requested and self.want(link_url, site, from_news=from_news) \
                    and not self._defer_spelling(link_url, site) \
                    and self._first_time(link_url):
                yield self.page_request(link_url, site)

    def _walk_goes_on(self, url: str, shown: list[str]) -> bool:
        """Whether a listing's pager is followed past this page: only while each page shows something
        this walk of the listing has not shown yet. A pager that repeats its last page forever (with
        new pager links on each) ends here; MAX_LISTING_PAGES is only a safety net."""
        seen = self.walks.setdefault(listing_root(url), set())
        new = [link for link in shown if link not in seen]
        seen.update(shown)
        number = pager_number(url) or 0
        if number and not new:
            self.crawler.stats.inc_value("traps/repeating_pager")
            self.logger.info("%s shows nothing new in its listing: the pager ends here", url)
            return False
        return number < MAX_LISTING_PAGES

    def _listing_memory(self, url: str, teasers: list[tuple[str, str]]) -> dict | None:
        """What this listing showed last time (None if unknown). Articles that were on it then
        but are not now are re-checked at the end of the run."""
        previous = self.state.listing_memory(url)
        if previous:
            now_listed = {link for link, _ in teasers}
            for link in previous:
                if link not in now_listed and link not in self.listed:
                    self.vanished[link] = host_of(link)
        return previous

    def on_idle(self, spider):
        """At the end: the spellings that waited, and a re-check of the articles that vanished from
        the listings (deleted, or moved)."""
        if spider is not self:
            return
        requests = [request for site in self.sites for request in self.end_of_site(site)]
        for request in requests:
            self.crawler.engine.crawl(request)
        if requests or self.deferred:   # spellings wait for their probe's answer
            raise DontCloseSpider

    def on_site_drained(self, site: str):
        """A province crawl says when one portal has nothing queued or in flight
        (crawler/signals.py): its end comes then, not when the last of the process's portals ends.
        A portal that asks for nothing more is done here: the URLs it was asked for are forgotten,
        so that a process crawling a province one portal after another keeps what its portals in
        progress need, not every URL of every portal it finished (the frontier's dupefilter, in
        Redis, still knows them)."""
        if site not in self.sites:
            return
        requests = list(self.end_of_site(site))
        for request in requests:
            self.crawler.engine.crawl(request)
        if not requests and site not in self.deferred.values():
            self._forget_urls(site)

    def _forget_urls(self, site: str) -> None:
        prefix = f"{self.sites[site]['scheme']}://{site}/"
        self.requested = {url for url in self.requested if not url.startswith(prefix)}
        self.listed = {url for url in self.listed if not url.startswith(prefix)}
        self.crawler.stats.inc_value("frontier/portals_forgotten")

    def end_of_site(self, site: str):
        """What a site asks for once nothing of it is in flight: its held listings, the spellings
        that waited, the articles that vanished from its listings."""
        yield from self._release_listings(site)
        yield from self._release_spellings(site)
        for url in [url for url, of in self.vanished.items() if of == site]:
            del self.vanished[url]
            if url not in self.listed:
                yield self.page_request(url, site, role="revalidate", force=True)

    def _release_listings(self, site: str):
        """An incremental run of a site that no chronological channel (sitemap, feed, a home page
        with teasers) answered walks its known listings after all: nothing else shows its news."""
        info = self.sites[site]
        held = info.pop("listings_held", set())
        if info["mode"] != "incremental" or info.get("channels") or info.get("walk_listings") or not held:
            self.crawler.stats.inc_value("incremental/listings_skipped", len(held))
            return
        info["walk_listings"] = True
        self.logger.info("%s: no sitemap, feed or home page listing answered: walking its listings", site)
        for url in sorted(held):
            if self._first_time(url):
                yield self.page_request(url, site, role="listing")

    def requisite(self, response):
        """An image or stylesheet an article page loads: fetched only to be captured (crawler/recorder.py)."""
        return None

    def parse_cdx(self, response, site: str):
        """A page of the Wayback CDX index (a method, so that JOBDIR can persist the request)."""
        yield from wayback.parse_cdx(response, self, site)
