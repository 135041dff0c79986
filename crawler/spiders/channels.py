"""The portal's own "what is new" channels, for the spider: robots.txt `Sitemap:` lines, sitemaps
(read by Scrapy's SitemapSpider: indexes, gzip, size caps, `sitemap_filter` for lastmod) and
feeds. Each answer is recorded with its validators (an item for the archive pipeline), so that the
next run asks with If-None-Match / If-Modified-Since and a 304 costs the portal nothing; and each
answer counts as a channel of the site (crawler/spiders/portal.py decides what an incremental run
walks from there).
"""

from __future__ import annotations

import scrapy

from ..discovery.links import scoped_url, teaser_fingerprint
from ..discovery.urls import canonical_url, host_of
from ..extract.dates import parse_date
from ..items import PageItem


class ChannelsMixin:
    def on_robots(self, robotparser, request):
        """robots.txt, fetched once by Scrapy's RobotsTxtMiddleware: follow its Sitemap: lines."""
        site = host_of(request.url)
        if site not in self.sites:
            return
        for sitemap_url in getattr(getattr(robotparser, "rp", None), "sitemaps", None) or []:
            url = scoped_url(sitemap_url, request.url, site, self.sites[site]["scheme"])
            if url and self._first_time(url):
                self.crawler.engine.crawl(self.sitemap_request(url, site))

    def channel_answered(self, response, role: str):
        """Count a sitemap's or feed's answer as a channel of its site; an item records its
        validators for the next run. Yields the item when the channel has something to read."""
        site = response.meta.get("site") or host_of(response.url)
        if response.status not in (200, 304) or site not in self.sites:
            return
        self.count_channel(site)
        if response.status == 304:
            self.crawler.stats.inc_value("pages/not_modified")
            return
        yield PageItem(url=canonical_url(response.url), site=site, status=200, role=role, source=self.source_of(site),
                       **validators_of(response))

    def parse_sitemap(self, response):
        """A sitemap or sitemap index, read by SitemapSpider (gzip, size caps, `sitemap_filter`)."""
        self._articles_in_sitemap = 0   # counted by sitemap_filter for this sitemap
        requests = list(self._parse_sitemap(response)) if response.status == 200 else []
        # A sitemap of listings only (tags, categories, authors): an incremental run leaves it out.
        role = "sitemap" if self._articles_in_sitemap or any(r.callback == self._parse_sitemap for r in requests) \
            else "listing-sitemap"
        yield from self.channel_answered(response, role)
        for request in requests:
            site = host_of(request.url)
            if request.callback == self._parse_sitemap:
                if self._first_time(request.url):
                    yield self.sitemap_request(request.url, site)
            elif self._first_time(request.url):
                self.crawler.stats.inc_value("discovery/sitemap_urls")
                yield self.page_request(request.url, site, role="article", force=self.state.url(request.url) is not None)

    def sitemap_filter(self, entries):
        """Sitemap entries as canonical in-scope URLs; in an incremental run only those not archived
        yet or modified (`lastmod`) since they were last fetched."""
        index = getattr(entries, "type", None) == "sitemapindex"
        for entry in entries:
            site = host_of(entry.get("loc") or "")
            if site not in self.sites:
                continue
            url = scoped_url(entry["loc"], self.sites[site]["start_url"], site, self.sites[site]["scheme"])
            if not url:
                continue
            state = self.state.url(url)
            if index:
                if not (self.incremental(site) and state and state.kind == "listing-sitemap"):
                    yield {**entry, "loc": url}
                continue
            if state is None or state.article_id is not None:   # an article, or maybe one
                self._articles_in_sitemap += 1
            if _modified_since_fetched(state, entry.get("lastmod")) or self.want(url, site, state=state):
                yield {**entry, "loc": url}

    def parse_feed(self, response):
        """A feed is a listing whose items carry their text: an item that changed since the last run
        is an edited article, fetched again; one gone from it is re-checked at the end of the run."""
        answered = list(self.channel_answered(response, "feed"))
        if response.status != 200:
            return
        site = response.meta.get("site") or host_of(response.url)
        selector = scrapy.Selector(response, type="xml")
        selector.remove_namespaces()
        items = []
        for entry in selector.xpath("//item | //entry"):
            href = entry.xpath("./link/text() | ./link[not(@rel) or @rel='alternate']/@href").get()
            url = scoped_url((href or "").strip(), response.url, site, self.sites[site]["scheme"])
            if url:
                items.append((url, teaser_fingerprint(" ".join(entry.xpath(".//text()").getall()))))
        previous = self._listing_memory(canonical_url(response.url), items)
        for item in answered:
            item.teasers = items or None
            yield item
        for url, fingerprint in items:
            self.vanished.pop(url, None)
            self.listed.add(url)
            edited = previous is not None and url in previous and previous[url] != fingerprint
            if edited and self.state.is_archived(url):
                yield self.page_request(url, site, role="article", force=True)
            elif self.want(url, site) and self._first_time(url):
                yield self.page_request(url, site, role="article")


def validators_of(response) -> dict:
    """The validators an answer carries, for the next run's conditional request."""
    return {"etag": response.headers.get("ETag", b"").decode("latin-1") or None,
            "last_modified": response.headers.get("Last-Modified", b"").decode("latin-1") or None}


def _modified_since_fetched(state, lastmod: str | None) -> bool:
    modified = parse_date(lastmod) if state is not None and lastmod else None
    return bool(modified and state.last_fetched and modified > state.last_fetched)
