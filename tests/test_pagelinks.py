"""crawler.pagelinks.page_links promises LinkExtractor's answer (same URLs, same order) while
resolving the links every page repeats once: compared with Scrapy's own LinkExtractor on tricky
hrefs, on arbitrary ones (hypothesis), with and without <base href>, in UTF-8 and a legacy
encoding, on pages of two origins (so that a cached answer of one is never reused for the other)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st
from scrapy.http import HtmlResponse
from scrapy.linkextractors import LinkExtractor
from w3lib.html import get_base_url

from crawler.pagelinks import page_links, read_links

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
    body = _page(["/tin-tuc/a", "http://127.0.0.1:9000/tin-tuc/b", "/user/login"]).encode()
    here = read_links(HtmlResponse("http://127.0.0.1:8000/", body=body, encoding="utf-8"),
                      "http://127.0.0.1:8000/", "127.0.0.1:8000", "http")
    there = read_links(HtmlResponse("http://127.0.0.1:9000/", body=body, encoding="utf-8"),
                       "http://127.0.0.1:9000/", "127.0.0.1:9000", "http")
    assert "http://127.0.0.1:8000/tin-tuc/a" in here.links and "http://127.0.0.1:9000/tin-tuc/b" not in here.links
    assert "http://127.0.0.1:9000/tin-tuc/a" in there.links and "http://127.0.0.1:9000/tin-tuc/b" in there.links
    assert not any("login" in link for link in here.links + there.links)
