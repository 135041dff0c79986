"""crawler/discovery/links.py: what a page links to, read with response.xpath and response.css —
teasers with their fingerprints, pager, feeds, every other in-scope page; files, traps, other hosts
and the page itself left out; URLs canonical; the same answer in UTF-8 and a legacy encoding."""

from __future__ import annotations

import pytest
from scrapy.http import HtmlResponse

from crawler.discovery.links import FEED_LINKS, PAGER_LINKS, TEASER_LINKS, is_file_link, read_links, selectors_for
from tests.fixtures.portal import Portal
from tests.fixtures.server import FixtureServer

SITE = "127.0.0.1:8000"
BASE = f"http://{SITE}"

LISTING = """<html><head><meta charset="{charset}">
<link rel="alternate" type="application/rss+xml" href="/taxonomy/term/3/feed">
</head><body>
<nav><a href="/">Trang chủ</a> <a href="/gioi-thieu">Giới thiệu</a> <a href="/user/login">Đăng nhập</a></nav>
<div class="views-row"><div class="views-field-title"><a href="/tin-tuc/hội-nghị">Hội nghị sơ kết</a></div>
  <span class="date">05/07/2024</span></div>
<div class="views-row"><div class="views-field-title"><a href="/tin-tuc/ra-quan?utm_source=zalo">Ra quân</a></div>
  <span class="date">06/07/2024</span></div>
<a href="/sites/default/files/quyet-dinh.pdf">Quyết định</a> <a href="/sites/default/files/anh.JPG">Ảnh</a>
<a href="https://other.gov.vn/tin">Tin khác</a> <a href="mailto:ubnd@xa.vn">Thư</a> <a href="#top">Lên</a>
<a href="/tin-tuc?page=1">Trang 1</a>
<nav class="pager"><a rel="next" href="/tin-tuc?page=1">Sau</a></nav>
<a href="/tin-tuc">Tin tức</a>
</body></html>"""


def response(charset: str = "utf-8", url: str = f"{BASE}/tin-tuc") -> HtmlResponse:
    body = LISTING.format(charset=charset).encode(charset, "xmlcharrefreplace")
    return HtmlResponse(url, body=body, encoding=charset)


@pytest.mark.parametrize("charset", ["utf-8", "cp1258"])
def test_a_listing_page(charset):
    page = read_links(response(charset), f"{BASE}/tin-tuc", SITE, "http")
    assert [url for url, _ in page.teasers] == [f"{BASE}/tin-tuc/h%E1%BB%99i-ngh%E1%BB%8B", f"{BASE}/tin-tuc/ra-quan"]
    assert page.pager == [f"{BASE}/tin-tuc?page=1"]
    assert page.feeds == [f"{BASE}/taxonomy/term/3/feed"]
    # The page itself, pager pages, files, traps, other hosts and non-http links are not "links".
    assert page.links == [f"{BASE}/", f"{BASE}/gioi-thieu", f"{BASE}/tin-tuc/h%E1%BB%99i-ngh%E1%BB%8B",
                          f"{BASE}/tin-tuc/ra-quan"]


def test_teaser_fingerprints_follow_the_teaser_box():
    before = dict(read_links(response(), f"{BASE}/tin-tuc", SITE, "http").teasers)
    edited = HtmlResponse(f"{BASE}/tin-tuc", body=LISTING.format(charset="utf-8").replace("06/07/2024", "07/07/2024")
                          .encode(), encoding="utf-8")
    after = dict(read_links(edited, f"{BASE}/tin-tuc", SITE, "http").teasers)
    assert after[f"{BASE}/tin-tuc/ra-quan"] != before[f"{BASE}/tin-tuc/ra-quan"]
    assert after[f"{BASE}/tin-tuc/h%E1%BB%99i-ngh%E1%BB%8B"] == before[f"{BASE}/tin-tuc/h%E1%BB%99i-ngh%E1%BB%8B"]


def test_links_under_the_sites_own_scheme():
    page = read_links(response(url=f"https://{SITE}/tin-tuc"), f"http://{SITE}/tin-tuc", SITE, "http")
    assert all(url.startswith("http://") for url in page.links)


@pytest.mark.parametrize("url, expected", [
    ("http://x.vn/a.pdf", True), ("http://x.vn/a.JPG", True), ("http://x.vn/tin-tuc", False),
    ("http://x.vn/bai.html", False), ("http://x.vn/a.docx?x=1", True),
])
def test_file_links(url, expected):
    assert is_file_link(url) is expected


def test_a_fixture_portal_page():
    """A real page of the fixture portal, as the spider gets it."""
    import urllib.request

    with FixtureServer(Portal(seed=0, n_articles=12)) as server:
        with urllib.request.urlopen(server.url("/taxonomy/term/1")) as answer:
            body = answer.read()
        site = server.base_url.split("//", 1)[1]
        page = read_links(HtmlResponse(server.url("/taxonomy/term/1"), body=body, encoding="utf-8"),
                          server.url("/taxonomy/term/1"), site, "http")
    assert len(page.teasers) == 10
    assert page.pager and all("page=" in url for url in page.pager)
    assert not any("/user/" in url for url in page.links)


def _real_pages():
    """Every HTML page of the real-software captures (tests/fixtures/real/), as responses."""
    import json
    from tests.fixtures.replay import REAL

    for manifest in sorted(REAL.glob("*/*/manifest.json")):
        entries = json.loads(manifest.read_text(encoding="utf-8"))
        for path, entry in entries.get("responses", entries).items():
            if entry.get("status") == 200 and "html" in entry.get("headers", {}).get("Content-Type", ""):
                body = (manifest.parent / entry["file"]).read_bytes()
                yield HtmlResponse(url=f"{BASE}{path}", body=body, encoding="utf-8")


def test_selectors_are_left_out_only_where_they_cannot_match():
    """selectors_for skips a selector whose class the page never names: over every real capture's
    pages, a selector that matches anything is kept, and the pages without listing markup (most of
    them) skip some."""
    groups = (TEASER_LINKS, PAGER_LINKS, FEED_LINKS)
    pages = skipped = 0
    for response in _real_pages():
        pages += 1
        for group in groups:
            kept = (selectors_for(response, group) or "").split(", ")
            for css in group:
                if css not in kept:
                    skipped += 1
                    assert not response.css(css), f"{response.url}: {css} matches but was left out"
    assert pages > 400 and skipped > pages
