"""What a page links to, read from its HTML: teasers, pager, feeds and every other link, as
canonical in-scope URLs (traps and other hosts left out).

Free of Scrapy (the page's text and its site in, plain data out) so that it runs in a worker
process (crawler.workers) beside the crawl's event loop; the tree it parses is kept for the clean
pipeline (crawler.parsedpages). The spider decides which of the URLs to request (what it already
asked for, what the archive holds, incremental rules: crawler/spiders/portal.py).
"""

from __future__ import annotations

import hashlib
import time
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import urljoin, urlsplit

import cssselect
from lxml import etree
from parsel.csstranslator import HTMLTranslator
from w3lib.html import get_base_url, strip_html5_whitespace
from w3lib.url import safe_url_string

from .extract.text import normalize_text
from .parsedpages import parse_and_keep
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


class SelectorGroup:
    """A group of CSS selectors ("a, b, c") evaluated as parsel evaluates it — one XPath union, in
    document order — but compiled once (`response.css` recompiles on every page), and on each page
    restricted to the selectors that can match it. A selector that names a class or an attribute
    value absent from every such attribute of the page cannot match there, and each selector is a
    scan of the whole page: most pages are articles, with no pager, no feed link and one teaser
    layout in the sidebar, and skip most scans (~0.8 ms a page)."""

    def __init__(self, css: str, suffix: str = "") -> None:
        translator = HTMLTranslator()
        selectors = cssselect.parse(css)
        self._branches = [translator.selector_to_xpath(selector) for selector in selectors]
        self._required = [_required_values(selector.parsed_tree) for selector in selectors]
        self._suffix = suffix
        self.attributes = frozenset(name for required in self._required for name, _ in required)

    def __call__(self, root, present: dict[str, str]) -> list:
        """Matches in `root`; `present[name]`: the page's values of attribute `name`, joined."""
        usable = tuple(index for index, required in enumerate(self._required)
                       if all(value in present.get(name, "") for name, value in required))
        return self._xpath(usable)(root) if usable else []

    @lru_cache(maxsize=64)
    def _xpath(self, usable: tuple[int, ...]) -> etree.XPath:
        union = " | ".join(self._branches[index] for index in usable)
        return etree.XPath(f"({union}){self._suffix}" if self._suffix else union)


def _required_values(tree) -> list[tuple[str, str]]:
    """(attribute, text) pairs a selector's match needs in the page: its classes, and the values
    its [attr=value], [attr*=value], ... conditions name."""
    required: list[tuple[str, str]] = []
    while tree is not None:
        kind = type(tree).__name__
        if kind == "CombinedSelector":
            required += _required_values(tree.subselector)
            tree = tree.selector
        elif kind == "Class":
            required.append(("class", tree.class_name))
            tree = tree.selector
        elif kind == "Attrib":
            if tree.operator != "exists" and tree.value is not None and tree.value.value:
                required.append((tree.attrib, tree.value.value))
            tree = tree.selector
        elif kind == "Element":
            tree = None
        else:  # pseudo-classes, negations...: no requirement read from them (the selector is kept)
            tree = getattr(tree, "selector", None)
    return required


_TEASER_LINKS = SelectorGroup(TEASER_LINKS)
_PAGER_HREFS = SelectorGroup(PAGER_LINKS, "/@href")
_FEED_HREFS = SelectorGroup(FEED_LINKS, "/@href")
_TEASER_CONTAINER = etree.XPath(TEASER_CONTAINER)
_TEASER_TEXT = etree.XPath(".//text()")
# The values of every attribute the groups' selectors test, read in one scan of the page.
_GATED = sorted(_TEASER_LINKS.attributes | _PAGER_HREFS.attributes | _FEED_HREFS.attributes)
_GATE_VALUES = {name: etree.XPath(f"//@{name}", smart_strings=False) for name in _GATED}


def attribute_values(root) -> dict[str, str]:
    """What SelectorGroup needs to know of a page: the values of the attributes its selectors test."""
    return {name: " ".join(values(root)) for name, values in _GATE_VALUES.items()}

_LINK_SCHEMES = frozenset(("http", "https", "file", "ftp"))
_ABSOLUTE = ("http://", "https://")


def _link(href: str, base_url: str, url: str, encoding: str) -> str:
    """An href resolved as LinkExtractor resolves it: against <base href>, percent-encoded in the
    page's encoding, then against the page URL."""
    return urljoin(url, safe_url_string(urljoin(base_url, href), encoding=encoding))


@lru_cache(maxsize=4096)  # the menus, sidebars and footers of a few sites; each article's own links pass
def _link_from_origin(href: str, base_origin: str, page_origin: str, encoding: str) -> str:
    """_link for an absolute or root-relative href, whose result depends on the origins of the
    base and the page only: menus, sidebars and footers repeat the same ones on every page."""
    return _link(href, base_origin + "/", page_origin + "/", encoding)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def page_links(root, url: str, base_url: str, encoding: str) -> list[str]:
    """The URLs of a page's <a href> and <area href>, exactly as Scrapy's
    `LinkExtractor(tags=("a", "area"), attrs=("href",), unique=True, deny_extensions=())` returns
    them (same resolution against <base href>, same percent-encoding in the page's encoding, same
    order, unique by string), at a fraction of the cost: no Link objects with their text and
    nofollow flags (follow_links reads neither), and the links every page repeats are resolved once.
    Links to files are left in: the spider leaves them out (PortalSpider.follow_links)."""
    urls: list[str] = []
    seen: set[str] = set()
    base_origin, page_origin = _origin(base_url), _origin(url)
    for element in root.iter("a", "area"):
        href = element.get("href")
        if href is None:
            continue
        href = strip_html5_whitespace(href)
        try:
            if href.startswith(_ABSOLUTE) or (href.startswith("/") and not href.startswith("//")):
                link = _link_from_origin(href, base_origin, page_origin, encoding)
            else:
                link = _link(href, base_url, url, encoding)
        except ValueError:
            continue  # a bogus link
        if link in seen:
            continue
        seen.add(link)
        if link.split("://", 1)[0] in _LINK_SCHEMES:
            urls.append(link)
    return urls


def scoped_url(href: str | None, base: str, site: str, scheme: str) -> str | None:
    """Canonical in-scope URL for a link (under the site's own scheme), or None when the link is
    out of scope or a trap."""
    url = absolute_url(href, base)
    return None if url is None else _in_scope(url, site, scheme)


@lru_cache(maxsize=4096)
def _in_scope(url: str, site: str, scheme: str) -> str | None:
    """scoped_url of an absolute http(s) URL (pure; cached for the links every page repeats)."""
    if host_of(url) != site:
        return None
    url = canonical_url(with_scheme(url, scheme))
    return None if is_trap(url) else url


class PageLinks(NamedTuple):
    """The in-scope URLs a page links to, in page order (`page_url`: the page's own canonical URL)."""
    teasers: list[tuple[str, str]]   # (article URL, fingerprint of its teaser's text), unique, page_url left out
    pager: list[str]                 # pager links
    feeds: list[str]
    links: list[str]                 # every other URL linked (files too), page_url and pager pages left out
    fingerprint: str                 # of what the page links to, pager links aside
    parse_ms: float = 0.0            # CPU: parsing the page (for the clean pipeline too: see parsedpages)
    links_ms: float = 0.0            # CPU: reading the links


def read_links_of(url: str, html: str, encoding: str, page_url: str, site: str, scheme: str) -> PageLinks:
    """The links of the page `page_url` of `site` (whose URLs use `scheme`), fetched from `url`:
    `html` is its text decoded with `encoding` (crawler.decoding). The tree is kept for the clean
    pipeline, which reads the same page next in the same process (crawler.parsedpages)."""
    started = time.thread_time()
    root = parse_and_keep(page_url, html)
    parsed = time.thread_time()
    if root is None:
        page = PageLinks([], [], [], [], links_fingerprint([]))
    else:
        page = _read_links(root, url, html, encoding, page_url, site, scheme)
    return page._replace(parse_ms=(parsed - started) * 1000.0, links_ms=(time.thread_time() - parsed) * 1000.0)


def _read_links(root, url: str, text: str, encoding: str, page_url: str, site: str, scheme: str) -> PageLinks:
    def scoped(hrefs):
        return [link for link in (scoped_url(href, url, site, scheme) for href in hrefs) if link]

    # <base href> is only honoured in the head: Scrapy's get_base_url reads the first 4 kB too.
    links = page_links(root, url, get_base_url(text[:4096], url, encoding), encoding)
    in_scope = (_in_scope(link, site, scheme) for link in links if link.startswith(_ABSOLUTE))
    present = attribute_values(root)
    return PageLinks(
        teasers=_teasers(root, present, url, page_url, site, scheme),
        pager=scoped(_PAGER_HREFS(root, present)),
        feeds=scoped(_FEED_HREFS(root, present)),
        links=[link for link in in_scope if link and link != page_url and pager_number(link) is None],
        fingerprint=links_fingerprint(links),
    )


def _teasers(root, present: dict[str, str], base: str, page_url: str, site: str, scheme: str) -> list[tuple[str, str]]:
    found: dict[str, str] = {}
    for anchor in _TEASER_LINKS(root, present):
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
