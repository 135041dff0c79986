"""Sanity tests of the fixture portal itself (the ground truth the crawler is tested against)."""

from __future__ import annotations

import hashlib
import io
import re
import time
import unicodedata
import urllib.error
import urllib.request
from urllib.parse import urljoin, urlsplit

import pytest
from lxml import html as lxml_html
from PIL import Image

from tests.fixtures.portal import Portal
from tests.fixtures.server import FixtureServer


def fetch(url: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    request = urllib.request.Request(url, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers.items()), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers.items()), error.read()


def parse(body: bytes):
    return lxml_html.fromstring(body.decode("utf-8"))


@pytest.fixture(scope="module")
def portal() -> Portal:
    return Portal(seed=0)


@pytest.fixture(scope="module")
def server(portal):
    with FixtureServer(portal) as running:
        yield running


# --------------------------------------------------------------------------- serving


@pytest.mark.parametrize(
    "path, content_type",
    [
        ("/", "text/html; charset=utf-8"),
        ("/taxonomy/term/3", "text/html; charset=utf-8"),
        ("/dang-uy-xa-vinh-te-so-ket-tinh-hinh-thuc-hien-nhiem-vu-chinh-tri-quy-i-nam-2024", "text/html; charset=utf-8"),
        ("/gioi-thieu-chung", "text/html; charset=utf-8"),
        ("/sites/default/files/inline-images/So%20ket%20BCH%20quy%20I.jpg", "image/jpeg"),
        ("/sites/default/files/logo_0.png", "image/png"),
        ("/rss.xml", "application/rss+xml; charset=utf-8"),
        ("/taxonomy/term/3/feed", "application/rss+xml; charset=utf-8"),
        ("/robots.txt", "text/plain; charset=utf-8"),
    ],
)
def test_core_paths_respond(server, path, content_type):
    status, headers, body = fetch(server.url(path))
    assert status == 200
    assert headers["Content-Type"] == content_type
    assert int(headers["Content-Length"]) == len(body) > 0


def test_unknown_paths_get_a_themed_404(server):
    for path in ("/sitemap.xml", "/khong-co-trang-nay", "/node/999999", "/taxonomy/term/99"):
        status, headers, body = fetch(server.url(path))
        assert status == 404, path
        assert headers["Content-Type"].startswith("text/html")
        assert b"Page not found" in body and b'id="header"' in body


def test_robots_txt_blocks_user_and_search_paths(server):
    _, _, body = fetch(server.url("/robots.txt"))
    rules = body.decode()
    for line in ("Disallow: /user/", "Disallow: /search/", "Disallow: /admin/", "Disallow: /node/add/",
                 "Disallow: /user/login", "Disallow: /index.php/user/login"):
        assert line + "\n" in rules


def test_every_page_carries_the_hidden_sign_out_link(server):
    _, _, body = fetch(server.url("/"))
    doc = parse(body)
    link = doc.cssselect(".gva-account-region a")[0]
    assert link.get("href") == server.url("/user/logout") and link.text == "Sign out"


# --------------------------------------------------------------------------- identity


def test_alias_and_node_path_serve_the_same_article(server, portal):
    spec = next(s for s in portal.articles if s.alias and s.has_shortlink)
    _, _, by_alias = fetch(server.url(spec.alias))
    _, _, by_node = fetch(server.url(spec.node_path))
    _, _, with_slash = fetch(server.url(spec.alias + "/"))
    _, _, with_query = fetch(server.url(spec.alias + "?utm_source=fb"))
    assert by_alias == by_node == with_slash == with_query
    doc = parse(by_alias)
    assert doc.cssselect("link[rel=canonical]")[0].get("href") == server.url(spec.alias)
    assert doc.cssselect("link[rel=shortlink]")[0].get("href") == server.url(spec.node_path)
    assert f"node-{spec.node_id}" in doc.body.get("class")


def test_unaliased_and_shortlinkless_nodes(server, portal):
    unaliased = [s for s in portal.articles if s.alias is None]
    assert unaliased
    doc = parse(fetch(server.url(unaliased[0].node_path))[2])
    assert doc.cssselect("link[rel=canonical]")[0].get("href") == server.url(unaliased[0].node_path)
    no_shortlink = next(s for s in portal.articles if not s.has_shortlink)
    doc = parse(fetch(server.url(no_shortlink.path))[2])
    assert not doc.cssselect("link[rel=shortlink]")
    assert f"node-{no_shortlink.node_id}" in doc.body.get("class")
    assert doc.cssselect("article.node--view-mode-full")[0].get("about") == no_shortlink.path


# --------------------------------------------------------------------------- listings


def test_listing_pager_chains_to_the_end(server, portal):
    url, pages, links = server.url("/taxonomy/term/3"), 0, []
    while url:
        doc = parse(fetch(url)[2])
        pages += 1
        links += [a.get("href") for a in doc.cssselect("article.node--view-mode-teaser h3.post-title > a")]
        nxt = doc.cssselect("nav.pager a[rel=next]")
        url = urljoin(url, nxt[0].get("href")) if nxt else None
        assert pages < 50
    expected = [s.listing_href for s in portal.articles_in(3)]
    assert pages == portal.n_listing_pages(3) >= 3
    assert links == expected


def test_front_page_load_more_is_a_plain_link(server):
    doc = parse(fetch(server.url("/"))[2])
    assert "frontpage" in doc.body.get("class")
    more = doc.cssselect("ul[data-drupal-views-infinite-scroll-pager] a[rel=next]")
    assert more and more[0].get("href") == "?page=1"
    assert fetch(server.url("/?page=1"))[0] == 200


def test_feeds_list_ten_newest_with_absolute_links(server, portal):
    for path, items in (("/rss.xml", [s for s in portal.articles if s.promoted]),
                        ("/taxonomy/term/4/feed", portal.articles_in(4))):
        body = fetch(server.url(path))[2].decode()
        links = re.findall(r"<link>(.*?)</link>", body)[1:]
        assert links == [server.url(s.path) for s in items[:10]]


# --------------------------------------------------------------------------- ground truth


def _all_strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _all_strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _all_strings(v)


def test_expected_fields_are_nfc_and_well_formed(server, portal):
    expected = server.expected()
    assert len([e for e in expected if e["kind"] == "article"]) >= 30
    assert len([e for e in expected if e["kind"] == "page"]) >= 2
    assert len({e["category"] for e in expected if e["category"]}) >= 3
    for e in expected:
        for text in _all_strings(e):
            assert unicodedata.is_normalized("NFC", text)
        assert e["url"].startswith(server.base_url + "/")
        body = e["body_text"]
        assert body and "\n\n\n" not in body and "\u00a0" not in body and "  " not in body
        assert all(p == p.strip() and p for p in body.split("\n\n"))
        if e["kind"] == "article":
            assert re.fullmatch(r"\d{4}-\d\d-\d\d(T\d\d:\d\d:\d\d\+07:00)?", e["published"])
        positions = [im["position"] for im in e["images"]]
        assert positions == sorted(positions) and len(set(positions)) == len(positions)
        for image in e["images"]:
            assert "/styles/" not in image["url"] and "itok" not in image["url"]
            assert image["alt"]
            assert image["caption"] is None or image["caption"] not in body


def test_the_real_article_matches_the_sample(server, portal):
    e = portal.get(1234).expected(server.base_url)
    assert e["title"] == "Đảng ủy xã Vĩnh Tế sơ kết tình hình thực hiện nhiệm vụ chính trị quý I năm 2024"
    assert e["published"] == "2024-03-22T14:35:12+07:00"
    assert e["category"] == "Tin hoạt động"
    paragraphs = e["body_text"].split("\n\n")
    assert len(paragraphs) == 3
    assert paragraphs[0].startswith("Ngày 22/3/2024, Đảng ủy xã Vĩnh Tế tổ chức hội nghị")
    assert [(i["alt"], i["position"]) for i in e["images"]] == [("So ket BCH quy I", 1), ("So ket BCH quy I", 2)]
    doc = parse(fetch(e["url"])[2])
    assert doc.cssselect('[property="schema:dateCreated"]')[0].get("content") == "2024-03-22T07:35:12+00:00"
    assert doc.cssselect("span.post-created")[0].text.strip() == "22 March 2024"


def test_every_expected_image_and_attachment_is_served(server):
    digests: dict[str, set[str]] = {}
    for e in server.expected():
        for item in e["images"] + e["attachments"]:
            status, headers, body = fetch(item["url"])
            assert status == 200, item["url"]
            if headers["Content-Type"].startswith("image/"):
                Image.open(io.BytesIO(body)).verify()
                digests.setdefault(hashlib.sha256(body).hexdigest(), set()).add(e["url"])
    assert any(len(articles) >= 2 for articles in digests.values()), "no image shared by two articles"


def test_markup_traps_are_present(server, portal):
    articles = portal.articles
    assert any(s.title.isupper() for s in articles)
    assert any(s.alias and s.alias.endswith("-0") for s in articles)
    assert any(not s.show_submitted for s in articles)
    assert any(s.published_local.hour < 7 for s in articles)
    assert {s.byline for s in articles} >= {"name", "source"}
    source = next(s for s in articles if s.byline == "source")
    assert source.author and source.paragraphs[-1] == f"(Nguồn: {source.author})"
    assert {s.listing_suffix for s in articles} >= {"?utm_source=fb", "/"}
    paths = [ref.file.path for s in articles for _, ref in s.images()]
    assert any("HopHDND_HA (2).jpg" in p for p in paths)
    assert any(re.search(r"/files/\d{4}-\d\d/", p) for p in paths)
    assert any("/inline-images/" in p for p in paths)
    styles = {ref.caption_style for s in articles for _, ref in s.images()}
    assert styles >= {"figure", "italic"}
    mimes = {a.mime for s in articles for a in s.attachments}
    assert {"application/pdf"} < mimes and {a.style for s in articles for a in s.attachments} == {"field", "inline"}


def test_featured_images_appear_only_as_derivatives(server, portal):
    spec = next(s for s in portal.articles if s.featured and "(" in s.featured.file.path)
    page = fetch(server.url(spec.path))[2].decode()
    original = spec.featured.file.href
    assert original not in page
    src = parse(page.encode()).cssselect(".post-thumbnail img")[0].get("src")
    assert src.startswith("/sites/default/files/styles/large/public/") and "?itok=" in src
    assert "%20%282%29" in src or "%28" in src
    derivative = fetch(server.url(src))[2]
    full = fetch(server.url(original))[2]
    assert derivative != full
    assert Image.open(io.BytesIO(derivative)).size == (750, 500)
    assert Image.open(io.BytesIO(full)).size == (spec.featured.file.width, spec.featured.file.height)
    decoded = server.url(spec.featured.file.path.replace(" ", "%20"))  # brackets left raw
    assert fetch(decoded)[2] == full


# --------------------------------------------------------------------------- mutations and caching


def test_mutations():
    portal = Portal(seed=1, n_articles=12)
    with FixtureServer(portal) as server:
        new = portal.add_article(title="Xã Vĩnh Tế tổ chức Hội thao mừng Xuân", paragraphs=["Đoạn một.", "Đoạn hai."],
                                 category=4, byline="Phạm Minh Trí")
        assert portal.articles_in(4)[0] is new and portal.articles[0] is new
        doc = parse(fetch(server.url("/taxonomy/term/4"))[2])
        assert doc.cssselect("h3.post-title > a")[0].get("href") == new.path
        assert server.url(new.path) in fetch(server.url("/taxonomy/term/4/feed"))[2].decode()
        assert new.expected(server.base_url)["author"] == "Phạm Minh Trí"

        status, headers, _ = fetch(server.url(new.path))
        etag = headers["ETag"]
        portal.edit_article(new.node_id, paragraphs=["Nội dung đã sửa."])
        status, headers, body = fetch(server.url(new.path), {"If-None-Match": etag})
        assert status == 200 and "Nội dung đã sửa." in body.decode() and headers["ETag"] != etag

        portal.delete_article(new.node_id)
        assert fetch(server.url(new.path))[0] == 404
        assert fetch(server.url(new.node_path))[0] == 404
        assert new not in portal.articles
        assert new.path.encode() not in fetch(server.url("/taxonomy/term/4"))[2]


def test_conditional_requests(server):
    url = server.url("/taxonomy/term/3")
    _, headers, _ = fetch(url)
    assert fetch(url, {"If-None-Match": headers["ETag"]})[0] == 304
    assert fetch(url, {"If-Modified-Since": headers["Last-Modified"]})[0] == 304
    assert fetch(url, {"If-None-Match": '"other"', "If-Modified-Since": headers["Last-Modified"]})[0] == 200


def test_no_validators_when_etag_is_off():
    with FixtureServer(Portal(n_articles=5), etag=False) as server:
        status, headers, _ = fetch(server.url("/"), {"If-None-Match": "*"})
        assert status == 200 and "ETag" not in headers and "Last-Modified" not in headers


def test_request_log():
    with FixtureServer(Portal(n_articles=5)) as server:
        fetch(server.url("/robots.txt"))
        fetch(server.url("/taxonomy/term/3?page=0"))
        assert server.count() == 2 and server.count("/taxonomy") == 1
        method, path, headers = server.requests[1]
        assert (method, path) == ("GET", "/taxonomy/term/3?page=0") and "Host" in headers
        server.reset_log()
        assert server.count() == 0


def test_large_portal_builds_lazily():
    started = time.perf_counter()
    portal = Portal(n_articles=2000, n_images=4000)
    assert time.perf_counter() - started < 2.0
    assert len(portal.articles) == 2000
    assert sum(len(s.images()) for s in portal.articles) >= 4000
    assert portal.respond(portal.articles[-1].path, "http://127.0.0.1:1").status == 200
    assert urlsplit(portal.get(1234).expected("http://h")["url"]).path == portal.get(1234).alias
