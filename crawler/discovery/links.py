"""What a page links to, read from the tree Scrapy parsed (`response.selector`): every `<a>`/`<area>`
link joined to the page's base (Scrapy's `get_base_url`: its `<base href>` honoured), `response.css`
for the teasers, pager and feed links of listings. Links come back as canonical in-scope URLs
(traps and other hosts left out); the spider decides which to request. (LinkExtractor gives the
same URLs, but builds a Link with its text for each: twice the CPU, and the text is not needed.)
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import lru_cache

from scrapy.linkextractors import IGNORED_EXTENSIONS
from scrapy.utils.response import get_base_url
from scrapy.utils.url import url_has_any_extension

from ..extract.text import normalize_text
from .scope import is_trap, pager_number
from .urls import absolute_url, canonical_url, host_of, join_url, with_scheme

# Links that name one article in a listing (teaser titles), most specific first.
TEASER_LINKS = (
    "article.node--view-mode-teaser .post-title a",
    ".views-row .views-field-title a",
    ".post-block .post-title a",
    "div.node-teaser h2 a",          # Drupal 7 core
    "h2.entry-title a",
    "h3.entry-title a",
    ".wp-block-post-title a",        # WordPress block themes
    "ul.ArticleList li a",
    ".news-item h3 a",
)
# The teaser box around a teaser link: its text (title, date, summary) tells when an article changed.
TEASER_BOX = (
    "ancestor-or-self::*[self::article or contains(@class,'post-block') or contains(@class,'views-row') "
    "or contains(@class,'node-teaser') or self::li][1]"
)
PAGER_LINKS = (
    "a[rel=next]", "li.pager__item--next a", ".pager a", ".pagination a", "nav.pager a", "ul.js-pager__items a",
    "a.next", "a.nextpostslink",
)
FEED_LINKS = ("link[rel=alternate][type*=rss]", "link[rel=alternate][type*=atom]", "a.feed-icon")


@dataclass
class PageLinks:
    """The in-scope URLs a page links to, in page order."""

    teasers: list[tuple[str, str]] = field(default_factory=list)  # (article URL, fingerprint of its teaser box)
    pager: list[str] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)   # every other page linked: no files, no pager pages


_FILE_EXTENSIONS = {"." + extension for extension in IGNORED_EXTENSIONS}
_CLASS_NAMES = re.compile(r"\.([\w-]+)")


@lru_cache(maxsize=64)   # a handful of selector groups, fixed
def _class_names(selectors: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    return tuple((css, tuple(_CLASS_NAMES.findall(css))) for css in selectors)


def selectors_for(response, selectors: tuple[str, ...]) -> str | None:
    """The CSS selectors of `selectors` that can match the page, as one group, or None: a selector
    naming a class matches only where that class is written in the page's source. A class-based
    selector scans the whole tree (~0.4 ms a page each), so pages without a listing's markup (most
    pages are articles) pay a substring search instead of a dozen scans."""
    text = response.text
    found = [css for css, names in _class_names(selectors) if all(name in text for name in names)]
    return ", ".join(found) or None


@lru_cache(maxsize=4096)  # pure; every page repeats the same menus (and there are ~90 extensions)
def is_file_link(url: str) -> bool:
    """A link to a file (image, document, archive…), by the extensions LinkExtractor ignores."""
    return url_has_any_extension(url, _FILE_EXTENSIONS)


def scoped_url(href: str | None, base: str, site: str, scheme: str) -> str | None:
    """Canonical in-scope URL for a link (under the site's own scheme), or None when the link is
    out of scope or a trap."""
    url = absolute_url(href, base)
    return None if url is None else in_scope(url, site, scheme)


@lru_cache(maxsize=4096)  # pure; every page repeats the same menus and sidebars
def in_scope(url: str, site: str, scheme: str) -> str | None:
    """The canonical form of an absolute URL of `site`, or None for another host or a trap."""
    if host_of(url) != site:
        return None
    url = canonical_url(with_scheme(url, scheme))
    return None if is_trap(url) else url


def read_links(response, page_url: str, site: str, scheme: str) -> PageLinks:
    """The links of the page `page_url` of `site`, whose URLs use `scheme`."""
    base = response.url
    page_base = get_base_url(response)     # the page's <base href>, as response.urljoin has it
    links = []
    for href in _link_hrefs(response.selector.root):
        try:
            links.append(join_url(page_base, href.strip()))
        except ValueError:   # a bogus href
            continue
    scoped = (in_scope(link, site, scheme) for link in links if link.startswith(("http://", "https://")))
    return PageLinks(
        teasers=_teasers(response, page_url, site, scheme),
        pager=_scoped(_hrefs(response, PAGER_LINKS), base, site, scheme),
        feeds=_scoped(_hrefs(response, FEED_LINKS), base, site, scheme),
        links=[link for link in dict.fromkeys(scoped)
               if link and link != page_url and pager_number(link) is None and not is_file_link(link)],
    )


def _link_hrefs(root) -> list[str]:
    """Every <a href> and <area href>, files included (the spider tells pages from files), in page
    order; rel=nofollow on a link with a query marks an endpoint (share, vote, send), not a page.
    Read from the tree Scrapy parsed, in one walk: as an XPath, the rel test costs ~4× more."""
    hrefs = []
    for el in root.iter("a", "area"):
        href = el.get("href")
        if href is not None and not (el.tag == "a" and "?" in href and "nofollow" in (el.get("rel") or "").split()):
            hrefs.append(href)
    return hrefs


def _hrefs(response, selectors: tuple[str, ...]) -> list[str]:
    css = selectors_for(response, selectors)
    return response.css(css).xpath("@href").getall() if css else []


def _scoped(hrefs: list[str], base: str, site: str, scheme: str) -> list[str]:
    return list(dict.fromkeys(url for url in (scoped_url(href, base, site, scheme) for href in hrefs) if url))


def teaser_fingerprint(text: str) -> str:
    """What a teaser (a listing's or a feed's entry) shows, in 16 hex digits: it changes when the
    article's title, date or summary there changes."""
    return hashlib.blake2b(normalize_text(text).encode(), digest_size=8).hexdigest()


def _teasers(response, page_url: str, site: str, scheme: str) -> list[tuple[str, str]]:
    found: dict[str, str] = {}
    css = selectors_for(response, TEASER_LINKS)
    for anchor in response.css(css) if css else ():
        url = scoped_url(anchor.attrib.get("href"), response.url, site, scheme)
        if url and url != page_url and url not in found:
            box = anchor.xpath(TEASER_BOX) or [anchor]
            found[url] = teaser_fingerprint(box[0].root.text_content())
    return list(found.items())


# What a browser loads to show the page: images (lazy ones too) and stylesheets.
REQUISITES = ("//img/@src | //img/@data-src | "
              "//link[contains(concat(' ', normalize-space(@rel), ' '), ' stylesheet ')]/@href")


def read_requisites(response, limit: int = 60) -> list[str]:
    """The images and stylesheets a page loads, absolute, each once, at most `limit`."""
    found: dict[str, None] = {}
    for value in response.xpath(REQUISITES).getall():
        url = response.urljoin(value.strip())
        if url.startswith(("http://", "https://")):
            found.setdefault(url.split("#", 1)[0], None)
            if len(found) >= limit:
                break
    return list(found)
