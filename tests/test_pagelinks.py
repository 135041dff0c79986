"""crawler.pagelinks.page_links promises LinkExtractor's answer (same URLs, same order) while
resolving the links every page repeats once: compared with Scrapy's own LinkExtractor on tricky
hrefs, on arbitrary ones (hypothesis), with and without <base href>, in UTF-8 and a legacy
encoding, on pages of two origins (so that a cached answer of one is never reused for the other).
Its selector groups skip, page by page, the selectors that cannot match: they must find what
parsel's `.css()` finds."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st
from parsel import Selector
from scrapy.http import HtmlResponse
from scrapy.linkextractors import LinkExtractor
from w3lib.html import get_base_url

from crawler.pagelinks import (FEED_LINKS, PAGER_LINKS, TEASER_LINKS, SelectorGroup, attribute_values, page_links,
                               read_links_of)
from tests.fixtures.portal import Portal

EXTRACTOR = LinkExtractor(tags=("a", "area"), attrs=("href",), unique=True, deny_extensions=())

TRICKY = [
    "/tin-tuc/xã-vĩnh-tế", "/sites/default/files/Quyết định (số 12).pdf", "/a/../b/./c", "/?page=2", "/#top",
    "//cdn.example.org/x.js", "http://127.0.0.1:8000/abs", "https://127.0.0.1:8000/abs?b=2&a=1", "HTTP://x.vn/UP",
    "relative/page", "../up", "?page=3", "#frag", "", " /spaced ", "mailto:ubnd@angiang.gov.vn", "javascript:void(0)",
    "tel:0296", "ftp://files.example.org/a", "http://[bad", "/path%20encoded", "/path with space", "/%zz", "http://x.vn:99/p",
]


def _page(hrefs, *, base_href=None, encoding="utf-8") -> str:
    head = f'<base href="{base_href}">' if base_href else ""
    anchors = "".join(f'<a href="{href}">l</a>' for href in hrefs) + '<map><area href="/khu-vuc"></map>'
    return f'<html><head><meta charset="{encoding}">{head}</head><body>{anchors}</body></html>'


def _expected_and_got(url, hrefs, **page):
    encoding = page.get("encoding", "utf-8")
    response = HtmlResponse(url, body=_page(hrefs, **page).encode(encoding, "xmlcharrefreplace"), encoding=encoding)
    expected = [link.url for link in EXTRACTOR.extract_links(response)]
    got = page_links(response.selector.root, response.url, get_base_url(response.text[:4096], response.url, encoding),
                     encoding)
    return expected, got


@pytest.mark.parametrize("base_href", [None, "http://127.0.0.1:8000/thu-muc/", "/khac/", "https://other.vn/"])
@pytest.mark.parametrize("encoding", ["utf-8", "cp1258"])
@pytest.mark.parametrize("url", ["http://127.0.0.1:8000/tin-tuc/bai-1", "https://vinhte.angiang.gov.vn/a/b?page=1"])
def test_page_links_match_link_extractor(url, encoding, base_href):
    expected, got = _expected_and_got(url, TRICKY, base_href=base_href, encoding=encoding)
    assert got == expected
    # Asked again (now from the cache) and from another origin: still Scrapy's answer.
    assert _expected_and_got(url, TRICKY, base_href=base_href, encoding=encoding)[1] == expected
    other = url.replace("127.0.0.1:8000", "127.0.0.1:9000").replace("vinhte", "vinhtrach")
    expected_other, got_other = _expected_and_got(other, TRICKY, base_href=base_href, encoding=encoding)
    assert got_other == expected_other


HREF = st.one_of(
    st.sampled_from(TRICKY),
    st.builds("".join, st.lists(st.sampled_from(["/", "a", "ệ", "%", "20", "?", "=", "&", "#", "..", ".", " ", ":", "http", "//"]),
                                max_size=8)),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(HREF, max_size=12), st.sampled_from(["http://127.0.0.1:8000/x/y", "https://xa.gov.vn/"]))
def test_page_links_match_link_extractor_on_any_hrefs(hrefs, url):
    hrefs = [href.replace('"', "") for href in hrefs]
    expected, got = _expected_and_got(url, hrefs)
    assert got == expected


def test_read_links_scope_is_per_site():
    """A cached in-scope answer for one site never leaks into another."""
    html = _page(["/tin-tuc/a", "http://127.0.0.1:9000/tin-tuc/b", "/user/login"])
    here = read_links_of("http://127.0.0.1:8000/", html, "utf-8", "http://127.0.0.1:8000/", "127.0.0.1:8000", "http")
    there = read_links_of("http://127.0.0.1:9000/", html, "utf-8", "http://127.0.0.1:9000/", "127.0.0.1:9000", "http")
    assert "http://127.0.0.1:8000/tin-tuc/a" in here.links and "http://127.0.0.1:9000/tin-tuc/b" not in here.links
    assert "http://127.0.0.1:9000/tin-tuc/a" in there.links and "http://127.0.0.1:9000/tin-tuc/b" in there.links
    assert not any("login" in link for link in here.links + there.links)


def _corpus_and_fixture_pages() -> list[str]:
    pages = [path.read_text(encoding="utf-8") for path in sorted(Path(__file__).parent.parent.glob("bench/corpus/*/*.html"))]
    portal = Portal(seed=5)
    for path in ["/", portal.listing_paths()[0], f"{portal.listing_paths()[0]}?page=1", portal.articles[0].path,
                 portal.pages[0].path, "/rss.xml"]:
        pages.append(portal.respond(path, "http://127.0.0.1:8000").body.decode("utf-8"))
    pages += [
        # Every selector's class and attribute value present, on elements where some match and some do not.
        '<html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml">'
        '<link rel="alternate" type="application/atom+xml" href="/atom.xml"></head><body>'
        '<ul class="ArticleList"><li><a href="/a">a</a></li></ul><div class="news-item"><h3><a href="/b">b</a></h3></div>'
        '<h2 class="entry-title"><a href="/c">c</a></h2><h3 class="entry-title x"><a href="/d">d</a></h3>'
        '<div class="views-row"><span class="views-field-title"><a href="/e">e</a></span></div>'
        '<nav class="pager"><a href="?page=1">1</a><a rel="next" href="?page=2">next</a></nav>'
        '<ul class="pagination"><li class="pager__item--next"><a href="?page=3" class="next">3</a></li></ul>'
        '<a class="nextpostslink" href="/f">f</a><a class="feed-icon" href="/feed">feed</a>'
        '<div class="pager-x"><a href="/not-a-pager">no</a></div><p>pager pagination next</p></body></html>',
        # The class names in text and other attributes only: nothing matches.
        '<html><body><p title="pager post-title">pager post-block post-title</p><a href="/x" data-class="next">x</a></body></html>',
    ]
    return pages


@pytest.mark.parametrize("css", [TEASER_LINKS, PAGER_LINKS, FEED_LINKS])
def test_selector_groups_find_what_parsel_finds(css):
    """Skipping the selectors a page cannot match changes nothing: same elements, same order."""
    group = SelectorGroup(css)
    matched = 0
    for html in _corpus_and_fixture_pages():
        selector = Selector(text=html, type="html")
        expected = selector.css(css)
        found = group(selector.root, attribute_values(selector.root))
        assert found == [match.root for match in expected]
        matched += bool(found)
    assert matched >= 10, "the pages must exercise the selectors"
