"""What a page links to, read from its HTML: teasers, pager, feeds and every other link, as
canonical in-scope URLs (traps and other hosts left out).

Pure (the page's bytes and the site in, plain data out) so that it can run in a worker process
(crawler.workers) beside the crawl's event loop; the spider decides which of the URLs to request
(what it already asked for, what the archive holds, incremental rules: crawler/spiders/portal.py).
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import urljoin, urlparse

from lxml import etree
from parsel.csstranslator import HTMLTranslator
from scrapy.http import HtmlResponse
from scrapy.linkextractors import IGNORED_EXTENSIONS
from scrapy.utils.response import get_base_url
from w3lib.html import strip_html5_whitespace
from w3lib.url import safe_url_string

from .extract.text import normalize_text
from .scope import is_trap, pager_number
from .urls import absolute_url, canonical_url, host_of, with_scheme

# Links that name one article in a listing (teaser titles), most specific first.
TEASER_LINKS = ", ".join(
    [
        "article.node--view-mode-teaser .post-title a",
        ".views-row .views-field-title a",
        ".post-block .post-title a",
        "h2.entry-title a",
        "h3.entry-title a",
        "ul.ArticleList li a",
        ".news-item h3 a",
    ]
)
TEASER_CONTAINER = "ancestor-or-self::*[self::article or contains(@class,'post-block') or contains(@class,'views-row') or self::li][1]"
PAGER_LINKS = "a[rel=next], li.pager__item--next a, .pager a, .pagination a, nav.pager a, ul.js-pager__items a, a.next, a.nextpostslink"
FEED_LINKS = "link[rel=alternate][type*=rss], link[rel=alternate][type*=atom], a.feed-icon"
# The same selectors compiled once (parsel's own CSS translation; `response.css` recompiles the
# XPath on every page, ~1 ms a page for these unions), evaluated on the page's parsel tree.
_TEASER_LINKS = etree.XPath(HTMLTranslator().css_to_xpath(TEASER_LINKS))
_TEASER_CONTAINER = etree.XPath(TEASER_CONTAINER)
_TEASER_TEXT = etree.XPath(".//text()")
_PAGER_HREFS = etree.XPath("(" + HTMLTranslator().css_to_xpath(PAGER_LINKS) + ")/@href")
_FEED_HREFS = etree.XPath("(" + HTMLTranslator().css_to_xpath(FEED_LINKS) + ")/@href")

# Links to files are not pages: the extensions Scrapy's LinkExtractor ignores by default, checked
# with a set lookup instead of one `endswith` per extension (~90) per link.
_DENIED_EXTENSIONS = frozenset(e for e in IGNORED_EXTENSIONS if "." not in e)
_DENIED_SUFFIXES = tuple("." + e for e in IGNORED_EXTENSIONS if "." in e)


def _denied_extension(url: str) -> bool:
    """scrapy.utils.url.url_has_any_extension(url, IGNORED_EXTENSIONS), as LinkExtractor applies it."""
    path = urlparse(url).path.lower()
    name = path.rpartition("/")[2]
    return ("." in name and name.rpartition(".")[2] in _DENIED_EXTENSIONS) or path.endswith(_DENIED_SUFFIXES)


_LINK_SCHEMES = frozenset(("http", "https", "file", "ftp"))


@lru_cache(maxsize=16384)
def _safe_url(url: str, encoding: str) -> str:
    return safe_url_string(url, encoding=encoding)


def page_links(response) -> list[str]:
    """The URLs of a page's <a href> and <area href>, exactly as Scrapy's
    `LinkExtractor(tags=("a", "area"), attrs=("href",), unique=True, deny_extensions=())` returns
    them (same resolution against <base href>, same percent-encoding in the page's encoding, same
    order, unique by string), at a third of the cost: no Link objects with their text and nofollow
    flags (follow_links reads neither), and the encoding of the links every page repeats is cached."""
    base_url = get_base_url(response)
    encoding, response_url = response.encoding, response.url
    urls: list[str] = []
    seen: set[str] = set()
    for element in response.selector.root.iter("a", "area"):
        href = element.get("href")
        if href is None:
            continue
        try:
            url = urljoin(response_url, _safe_url(urljoin(base_url, strip_html5_whitespace(href)), encoding))
        except ValueError:
            continue  # a bogus link
        if url in seen:
            continue
        seen.add(url)
        if url.split("://", 1)[0] in _LINK_SCHEMES:
            urls.append(url)
    return urls


def scoped_url(href: str | None, base: str, site: str, scheme: str) -> str | None:
    """Canonical in-scope URL for a link (under the site's own scheme), or None when the link is
    out of scope or a trap."""
    url = absolute_url(href, base)
    if url is None or host_of(url) != site:
        return None
    url = canonical_url(with_scheme(url, scheme))
    return None if is_trap(url) else url


class PageLinks(NamedTuple):
    """The in-scope URLs a page links to, in page order (`page_url`: the page's own canonical URL)."""
    teasers: list[tuple[str, str]]   # (article URL, fingerprint of its teaser's text), unique, page_url left out
    pager: list[str]                 # pager links
    feeds: list[str]
    links: list[str]                 # every other page linked: files, page_url and pager pages left out
    fingerprint: str                 # of what the page links to, pager links aside


def read_links(response, page_url: str, site: str, scheme: str) -> PageLinks:
    """The links of `response`, the page `page_url` of `site`, whose URLs use `scheme`."""
    root, base = response.selector.root, response.url

    def scoped(hrefs):
        return [url for url in (scoped_url(href, base, site, scheme) for href in hrefs) if url]

    links = [link for link in page_links(response) if not _denied_extension(link)]
    return PageLinks(
        teasers=_teasers(root, base, page_url, site, scheme),
        pager=scoped(_PAGER_HREFS(root)),
        feeds=scoped(_FEED_HREFS(root)),
        links=[url for url in scoped(links) if url != page_url and pager_number(url) is None],
        fingerprint=links_fingerprint(links),
    )


def read_links_of(url: str, body: bytes, encoding: str, page_url: str, site: str, scheme: str) -> PageLinks:
    """read_links in a worker process: the response rebuilt from what it was made of (with the
    encoding Scrapy settled on, the page decodes to the same text)."""
    return read_links(HtmlResponse(url=url, body=body, encoding=encoding), page_url, site, scheme)


def _teasers(root, base: str, page_url: str, site: str, scheme: str) -> list[tuple[str, str]]:
    found: dict[str, str] = {}
    for anchor in _TEASER_LINKS(root):
        url = scoped_url(anchor.get("href"), base, site, scheme)
        if url and url != page_url and url not in found:
            found[url] = _teaser_fingerprint(anchor)
    return list(found.items())


def _teaser_fingerprint(anchor) -> str:
    container = _TEASER_CONTAINER(anchor)
    text = normalize_text(" ".join(_TEASER_TEXT(container[0] if container else anchor)))
    return hashlib.blake2b(text.encode(), digest_size=8).hexdigest()


def links_fingerprint(links) -> str:
    """What a listing page links to, pager links aside: equal for two pages = same page."""
    urls = sorted({link for link in links if pager_number(link) is None})
    return hashlib.blake2b("\n".join(urls).encode(), digest_size=8).hexdigest()
