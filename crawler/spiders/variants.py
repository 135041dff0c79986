"""One page, one request, however the portal spells its URL: the spider's side of URL variants
(crawler/discovery/variants.py learns the rules). A page's canonical link marks that URL as asked
for and teaches the site rules; links are rewritten by them before they are requested
(`dust/requests_avoided`); a link that may be another spelling of a page asked for already (`/x/`
after `/x`) waits, and at the end of the run one such spelling per site is asked for first, as a
probe whose canonical link tells whether the others are known pages."""

from __future__ import annotations

from ..discovery.links import scoped_url
from ..discovery.variants import spellings


class VariantsMixin:
    def _learn_variants(self, response, url: str, site: str) -> None:
        """The page's canonical URL names it too (it is not requested again), and may teach the
        site a URL-variant rule (crawler/discovery/variants.py)."""
        href = response.xpath("//head/link[@rel='canonical']/@href").get()
        canonical = scoped_url(href, response.url, site, self.sites[site]["scheme"]) if href else None
        if not canonical or canonical == url:
            return
        self.requested.add(canonical)
        learnt = self.sites[site]["variants"].learn(url, canonical)
        if learnt:
            self.crawler.stats.inc_value("dust/rules_learnt", len(learnt))
            self.logger.info("%s: URLs of this site are one page %s (learnt from %s)", site, ", ".join(learnt), url)

    def known_variant(self, request) -> bool:
        """Whether a request about to be sent is a spelling of a page already asked for (the
        site's variant rules may have been learnt after it was queued)."""
        site = request.meta.get("site")
        if site not in self.sites or request.dont_filter:
            return False
        normalized = self.sites[site]["variants"].normalize(request.url)
        if normalized == request.url or normalized not in self.requested:
            return False
        self.crawler.stats.inc_value("dust/requests_avoided")
        return True

    def _variant(self, url: str, site: str) -> str:
        """The URL under the site's learnt variant rules; a request so avoided is counted."""
        normalized = self.sites[site]["variants"].normalize(url)
        if normalized != url and url not in self.requested and normalized in self.requested:
            self.crawler.stats.inc_value("dust/requests_avoided")
        return normalized

    def _defer_spelling(self, url: str, site: str) -> bool:
        """A URL that may be another spelling of one already asked for (`/x/` after `/x`) waits
        for that page's canonical link: at the end of the run it is requested unless a rule the
        site has shown by then makes it the same page."""
        if url in self.requested or url in self.deferred or not spellings(url) & self.requested:
            return url in self.deferred
        self.deferred[url] = site
        return True

    def _release_spellings(self, site: str):
        """A site's deferred spellings that a rule it has shown makes known pages are dropped. Of
        the others, one is asked for first: its canonical link tells whether the site has a rule
        for them (the next release, once it has answered, drops the rest); if it told none, the
        rest are asked for."""
        deferred = {url: of for url, of in self.deferred.items() if of == site}
        for url in deferred:
            del self.deferred[url]
        info = self.sites[site]
        for url in deferred:
            if self._variant(url, site) in self.requested:
                self.crawler.stats.inc_value("dust/requests_avoided")
            elif not info.get("probed"):
                info["probed"] = url
                if self._first_time(url):
                    yield self.page_request(url, site)
            elif info["probed"] in self.requested and not self._probe_answered(site, deferred):
                self.deferred[url] = site
            elif self._first_time(url):
                yield self.page_request(url, site)

    def _probe_answered(self, site: str, deferred: dict) -> bool:
        # A release comes only when nothing of the site is in flight: a probe sent at an earlier
        # one is answered.
        return self.sites[site]["probed"] not in deferred
