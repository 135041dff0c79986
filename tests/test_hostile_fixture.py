"""Self-tests of the hostile portal fixture (tests/fixtures/hostile.py).

They only use urllib against the local server; nothing here waits for the 60 s
hang (short client timeouts).  A small *reference extractor* (lxml, the
documented selectors and decoding policy) checks that every ground-truth value
in ``portal.good_articles`` is actually reachable from the served bytes.
"""

from __future__ import annotations

import codecs
import hashlib
import http.client
import io
import re
import socket
import threading
import time
import unicodedata
import urllib.error
import urllib.parse
import urllib.request
import warnings
from datetime import datetime, timedelta, timezone

import lxml.html
import pytest

from tests.fixtures.hostile import (
    ARTICLES,
    BAD_LINKS,
    EXPECT,
    SLASH_LINKED,
    TRAILING_GARBAGE,
    ZIP_SIZE,
    HostilePortal,
)

# --------------------------------------------------------------------------
# HTTP helpers (no redirects followed, errors returned, not raised)
# --------------------------------------------------------------------------


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


def fetch(url: str, method: str = "GET", timeout: float = 10.0):
    """Return (status, headers, body) without following redirects."""
    req = urllib.request.Request(url, method=method)
    try:
        with _OPENER.open(req, timeout=timeout) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as err:
        body = err.read() if method != "HEAD" else b""
        return err.code, err.headers, body


def fetch_article(url: str):
    """GET an article, retrying immediately on 503/429 (the one-shot faults)."""
    for _ in range(3):
        status, headers, body = fetch(url)
        if status not in (429, 503):
            return status, headers, body
    return status, headers, body


# --------------------------------------------------------------------------
# Reference decoding + extraction (what a correct crawler must achieve)
# --------------------------------------------------------------------------

_LATIN1_FAMILY = {"iso8859-1", "latin-1", "cp1252"}


def decode_html(body: bytes, content_type: str | None) -> str:
    """Header charset > <meta charset> > UTF-8, except a latin-1/cp1252 header
    over bytes that are valid UTF-8 (a lying header); always NFC."""
    m = re.search(r"charset=[\"']?([\w-]+)", content_type or "", re.I)
    header = m.group(1) if m else None
    mm = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", body[:4096], re.I)
    meta = mm.group(1).decode("ascii") if mm else None
    enc = header or meta or "utf-8"
    if codecs.lookup(enc).name in _LATIN1_FAMILY:
        try:
            return unicodedata.normalize("NFC", body.decode("utf-8"))
        except UnicodeDecodeError:
            pass
    return unicodedata.normalize("NFC", body.decode(enc, "replace"))


_BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "table",
          "tr", "td", "th", "figure", "section", "article", "header", "footer", "pre", "body"}
_DROP = {"script", "style", "noscript", "iframe", "svg", "object", "embed", "template",
         "figcaption", "img", "meta", "link"}


def _paragraphs(root) -> list[str]:
    paras: list[str] = []
    buf: list[str] = []

    def flush():
        text = re.sub(r"\s+", " ", "".join(buf)).strip()
        if text:
            paras.append(text)
        buf.clear()

    def walk(el):
        if not isinstance(el.tag, str):  # comment / PI
            if el.tail:
                buf.append(el.tail)
            return
        tag = el.tag.lower()
        if tag in _DROP:
            if el.tail:
                buf.append(el.tail)
            return
        block = tag in _BLOCK
        if block:
            flush()
        if el.text:
            buf.append(el.text)
        for child in el:
            walk(child)
        if block:
            flush()
        if el.tail:
            buf.append(el.tail)

    walk(root)
    flush()
    return paras


def extract(text: str) -> dict:
    """Reference extraction of title / body_text / published from a page."""
    doc = lxml.html.document_fromstring(text)
    h1 = doc.xpath("//article[contains(@class,'node--view-mode-full')]//h1[contains(@class,'post-title')]")
    if not h1:  # html_menu_closes_article: the article element ended before its title
        h1 = doc.xpath("//article[contains(@class,'node--view-mode-full')]/following::h1[contains(@class,'post-title')]")
    title = re.sub(r"\s+", " ", h1[0].text_content()).strip() if h1 else None
    created = doc.xpath("//span[@property='schema:dateCreated']/@content")
    published = None
    if created:
        published = datetime.fromisoformat(created[0]).astimezone(timezone(timedelta(hours=7))).isoformat()
    # Body: the raw HTML between the detail article's body div and the post-tags div,
    # parsed alone (robust to stray </div> that break the DOM).
    start_marker = text.index("<!-- Start Display article for detail page -->")
    m = re.compile(r'<div property="schema:text" class="field field--name-body[^"]*"[^>]*>').search(text, start_marker)
    end = text.index('<div class="post-tags', m.end())
    frag = lxml.html.document_fromstring("<html><body><div>" + text[m.end():end] + "</div></body></html>")
    body_text = "\n\n".join(_paragraphs(frag.body))
    return {"title": title, "body_text": unicodedata.normalize("NFC", body_text), "published": published}


def hrefs(page: bytes) -> set[str]:
    doc = lxml.html.document_fromstring(page)
    return set(doc.xpath("//a/@href"))


# --------------------------------------------------------------------------
# Fixtures
# --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def portal():
    with HostilePortal() as p:
        yield p


# --------------------------------------------------------------------------
# Structure / API
# --------------------------------------------------------------------------


def test_api_and_cases_schema(portal):
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", portal.base_url)
    goods = portal.good_articles
    assert len(goods) == len(ARTICLES) == 20
    for a in goods:
        for key in ("url", "title", "body_text", "published", "node_id", "shortlink", "case"):
            assert a[key], key
        assert a["url"].startswith(portal.base_url + "/")
        for key in ("title", "body_text"):
            assert unicodedata.is_normalized("NFC", a[key]), (a["case"], key)
            assert "\xa0" not in a[key] and "  " not in a[key]
        assert "\n\n\n" not in a["body_text"]
        assert all(p == p.strip() and p for p in a["body_text"].split("\n\n"))
        # published = created (UTC) shown in +07:00
        utc = datetime.fromisoformat(a["created_utc"])
        pub = datetime.fromisoformat(a["published"])
        assert pub == utc and pub.utcoffset() == timedelta(hours=7)
    for name, case in portal.cases.items():
        assert case["expect"] in EXPECT, name
        assert case["kind"] in {"control", "encoding", "html", "http", "media", "injection", "trap"}, name
        assert case["url"] and case["note"], name
    # every good article has a case of the same name
    assert {a["case"] for a in goods} <= set(portal.cases)


def test_home_and_listing_link_every_case(portal):
    _, _, home = fetch(portal.url("/"))
    links = hrefs(home)
    listing = set()
    page, pages = 0, 0
    while True:
        status, _, body = fetch(portal.url(f"/taxonomy/term/3?page={page}"))
        assert status == 200
        doc = lxml.html.document_fromstring(body)
        teasers = doc.cssselect("article.node--view-mode-teaser h3.post-title > a")
        listing |= {a.get("href") for a in teasers}
        pages += 1
        nxt = doc.cssselect("nav.pager a[rel=next]")
        if not nxt:
            break
        assert nxt[0].get("href") == f"?page={page + 1}"
        page += 1
    assert pages == 3
    # beyond the last page: empty listing, no next
    _, _, beyond = fetch(portal.url("/taxonomy/term/3?page=3"))
    assert not lxml.html.document_fromstring(beyond).cssselect("article.node--view-mode-teaser")

    for a in portal.good_articles:
        linked = a["linked_as"][len(portal.base_url):]
        assert linked in links and linked in listing, a["case"]
    for case, (path, _title) in BAD_LINKS.items():
        assert path in links and path in listing, case
    for trap in ("/user/login", "/search/node?keys=x", "/admin/content", "/print/node/5", "/node/5/print",
                 "/lich?month=2024-03", "/taxonomy/term/9", "/taxonomy/term/14", portal.url("/user/logout")):
        assert trap in links, trap
    assert any(h.startswith("https://www.facebook.com/sharer/") for h in links)
    assert any(h.startswith("mailto:") for h in links) and any(h.startswith("tel:") for h in links)
    # the session-id articles are only ever linked with their session id
    for case in ("sid_jsessionid", "sid_query_sid", "sid_phpsessid"):
        canonical = portal.article(case)["url"][len(portal.base_url):]
        assert canonical not in links and canonical not in listing


def test_article_markup_follows_vinor(portal):
    _, _, body = fetch(portal.url(portal.article("baseline")["url"][len(portal.base_url):]))
    doc = lxml.html.document_fromstring(body)
    art = doc.cssselect("article.node--type-article.node--view-mode-full")
    assert len(art) == 1
    assert art[0].cssselect("h1.post-title")
    assert art[0].cssselect('span[property="schema:dateCreated"][content]')
    assert art[0].cssselect(".node__content > div.field--name-body")
    for sel in ("header#header", "div.breadcrumbs", "nav.menu--main", "div.sidebar", "footer#footer",
                "div.gva-account-region", 'link[rel="shortlink"]', 'link[rel="canonical"]'):
        assert doc.cssselect(sel), sel
    # body scoping trap: other blocks also use .field--name-body
    assert len(doc.cssselect(".field--name-body")) > 1


# --------------------------------------------------------------------------
# Ground truth is reachable (reference extractor)
# --------------------------------------------------------------------------


@pytest.mark.parametrize("case", [a["case"] for a in ARTICLES])
def test_good_article_ground_truth(portal, case):
    truth = portal.article(case)
    status, headers, body = fetch_article(truth["linked_as"])
    assert status == 200
    got = extract(decode_html(body, headers.get("Content-Type")))
    assert got["title"] == truth["title"]
    assert got["published"] == truth["published"]
    assert got["body_text"] == truth["body_text"]
    # /node/N serves the same article
    status, _, body2 = fetch_article(truth["shortlink"])
    assert status == 200 and body2 == body


# --------------------------------------------------------------------------
# 1. Encodings
# --------------------------------------------------------------------------


def test_encoding_cp1258_header(portal):
    truth = portal.article("enc_cp1258_header")
    _, headers, body = fetch(truth["url"])
    assert headers["Content-Type"] == "text/html; charset=windows-1258"
    assert b"<meta charset" not in body
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    text = body.decode("cp1258")
    assert not unicodedata.is_normalized("NFC", text)  # combining tone marks
    assert truth["title"] not in text
    assert truth["title"] in unicodedata.normalize("NFC", text)
    assert "\u0301" in text or "\u0300" in text


def test_encoding_cp1258_meta_only(portal):
    truth = portal.article("enc_cp1258_meta")
    _, headers, body = fetch(truth["url"])
    assert headers["Content-Type"] == "text/html"
    assert b'<meta charset="windows-1258" />' in body[:1024]
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    assert truth["title"] in unicodedata.normalize("NFC", body.decode("cp1258"))


def test_encoding_wrong_header(portal):
    truth = portal.article("enc_wrong_header_charset")
    _, headers, body = fetch(truth["url"])
    assert headers["Content-Type"] == "text/html; charset=iso-8859-1"
    assert b'<meta charset="utf-8" />' in body[:1024]
    naive = body.decode("iso-8859-1")
    assert truth["title"] not in naive and "Ã" in naive  # believing the header = mojibake
    assert truth["title"] in body.decode("utf-8")


def test_encoding_nfd(portal):
    truth = portal.article("enc_nfd_utf8")
    _, headers, body = fetch(truth["url"])
    text = body.decode("utf-8")
    assert not unicodedata.is_normalized("NFC", text)
    assert truth["title"] not in text
    assert unicodedata.normalize("NFD", truth["title"]) in text


def test_encoding_trailing_garbage(portal):
    case = portal.cases["enc_trailing_garbage"]
    truth = portal.article("enc_trailing_garbage")
    _, headers, body = fetch(truth["url"])
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    assert len(body) >= case["min_page_bytes"] and len(body) < 4 * 1024 * 1024
    assert body.endswith(b"</html>" + TRAILING_GARBAGE) and case["trailing_bytes"] == TRAILING_GARBAGE
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    page = body[: -len(TRAILING_GARBAGE)].decode("utf-8")  # everything before the garbage is valid UTF-8
    assert unicodedata.is_normalized("NFC", page)
    assert body.decode("utf-8", "replace").count("\ufffd") == len(TRAILING_GARBAGE)
    paras = truth["body_text"].split("\n\n")
    assert len(paras) > 5000 and len(set(paras)) == len(paras)
    assert len(truth["body_text"].encode("utf-8")) > 2 * 1000 * 1000


# --------------------------------------------------------------------------
# 2. Broken HTML
# --------------------------------------------------------------------------


def _dom(portal, case):
    _, headers, body = fetch(portal.article(case)["url"])
    return lxml.html.document_fromstring(decode_html(body, headers.get("Content-Type")))


def test_stray_div_body_breaks_the_naive_selector(portal):
    truth = portal.article("html_stray_div_body")
    paras = truth["body_text"].split("\n\n")
    doc = _dom(portal, "html_stray_div_body")
    naive = doc.cssselect("article.node--view-mode-full .node__content > .field--name-body")[0].text_content()
    assert paras[0] in naive and paras[2] not in naive
    assert paras[2] in doc.cssselect("article.node--view-mode-full .node__content")[0].text_content()


def test_stray_div_article_escapes_the_article(portal):
    truth = portal.article("html_stray_div_article")
    paras = truth["body_text"].split("\n\n")
    doc = _dom(portal, "html_stray_div_article")
    article = doc.cssselect("article.node--type-article.node--view-mode-full")[0]
    assert paras[1] in article.text_content()
    assert paras[2] not in article.text_content()  # the DOM put it after </article>
    assert paras[2] in doc.text_content()


def test_unclosed_tags(portal):
    _, _, body = fetch(portal.article("html_unclosed_tags")["url"])
    start = body.index(b'field--name-body')
    chunk = body[start:body.index(b'<div class="post-tags', start)]
    assert chunk.count(b"<p") > chunk.count(b"</p>") and b"<strong>" in chunk and b"</strong>" not in chunk


def test_junk_3mb(portal):
    case = portal.cases["html_junk_3mb"]
    _, _, body = fetch(case["url"])
    assert len(body) >= case["min_page_bytes"]
    assert "RÁC_JUNK" not in portal.article("html_junk_3mb")["body_text"]
    assert "RÁC_JUNK".encode() in body


def _menu_case_checks(doc, truth):
    """The article element holds only the menu: title, date and body all lie after it."""
    article = doc.cssselect("article.node--type-article.node--view-mode-full")
    assert len(article) == 1
    article = article[0]
    assert article.cssselect("div.node-menu-chuyen-muc a")
    assert not article.cssselect("h1.post-title")
    assert not article.cssselect("div.node__content") and not article.cssselect(".field--name-body")
    assert not article.cssselect('span[property="schema:dateCreated"]')
    h1 = doc.cssselect("h1.post-title")
    assert len(h1) == 1 and re.sub(r"\s+", " ", h1[0].text_content()).strip() == truth["title"]
    body = doc.cssselect('div.node__content > div.field--name-body[property="schema:text"]')
    assert len(body) == 1
    paras = truth["body_text"].split("\n\n")
    text = re.sub(r"\s+", " ", body[0].text_content())
    assert all(p in text for p in paras)
    assert article not in body[0].iterancestors()


def test_menu_closes_article_libxml2(portal):
    truth = portal.article("html_menu_closes_article")
    _menu_case_checks(_dom(portal, "html_menu_closes_article"), truth)
    # harder than html_stray_div_article, whose title (and first paragraphs) stay inside <article>
    other = _dom(portal, "html_stray_div_article").cssselect("article.node--view-mode-full")[0]
    assert other.cssselect("h1.post-title") and other.cssselect(".field--name-body")


CHROMIUM = "/usr/bin/chromium"


@pytest.mark.skipif(not __import__("os").path.exists(CHROMIUM), reason="needs /usr/bin/chromium (HTML5 parser)")
def test_menu_closes_article_html5(portal, tmp_path):
    """The same DOM in an HTML5 tree builder (Chromium's, via --dump-dom on a local copy)."""
    import subprocess

    truth = portal.article("html_menu_closes_article")
    _, _, body = fetch(truth["url"])
    page = tmp_path / "page.html"
    page.write_bytes(body)
    out = subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                          "--no-first-run", "--dump-dom", page.as_uri()], capture_output=True, timeout=90)
    assert out.returncode == 0 and out.stdout, out.stderr[-2000:]
    _menu_case_checks(lxml.html.document_fromstring(out.stdout), truth)


# --------------------------------------------------------------------------
# 3. HTTP faults
# --------------------------------------------------------------------------


@pytest.mark.parametrize("case,first", [("http_503_once", 503), ("http_429_once", 429)])
def test_retryable_once(case, first):
    with HostilePortal() as p:
        url = p.article(case)["url"]
        status, headers, _ = fetch(url, method="HEAD")  # HEAD does not consume the fault
        assert status == 200
        status, headers, _ = fetch(url)
        assert status == first and headers["Retry-After"] == "1"
        status, _, body = fetch(url)
        assert status == 200 and b"node--view-mode-full" in body
        status, _, _ = fetch(url)
        assert status == 200
        path = url[len(p.base_url):]
        assert p.count(path) == 4
        p.reset()
        assert fetch(url)[0] == first  # reset() re-arms it


def test_permanent_500(portal):
    url = portal.cases["http_500_permanent"]["url"]
    assert fetch(url)[0] == 500
    assert fetch(url)[0] == 500


def test_404s(portal):
    for case in ("http_404_deleted", "http_404_node"):
        status, _, body = fetch(portal.cases[case]["url"])
        assert status == 404 and b"Page not found" in body


def test_hang_times_out_and_shutdown_is_prompt():
    p = HostilePortal().start()
    try:
        t0 = time.monotonic()
        with pytest.raises((socket.timeout, TimeoutError, urllib.error.URLError)):
            fetch(p.cases["http_hang"]["url"], timeout=0.5)
        assert time.monotonic() - t0 < 5
        assert p.count("/trang-thong-tin-dang-cap-nhat") == 1
    finally:
        t0 = time.monotonic()
        p.close()
        assert time.monotonic() - t0 < 3  # the 60 s sleep is interruptible


def test_redirect_loop(portal):
    status, headers, _ = fetch(portal.cases["http_redirect_loop"]["url"])
    assert status == 302 and headers["Location"] == "/vong-lap-b"
    status, headers, _ = fetch(portal.url("/vong-lap-b"))
    assert status == 302 and headers["Location"] == "/vong-lap-a"


def test_offsite_redirects(portal):
    status, headers, _ = fetch(portal.cases["http_redirect_offsite"]["url"])
    assert status == 301 and headers["Location"] == "http://evil.example.invalid/bai-viet-bi-danh-cap"
    status, headers, _ = fetch(portal.cases["http_redirect_offsite_localhost"]["url"])
    assert status == 302 and headers["Location"] == f"http://localhost:{portal.port}/offsite-target"


# --------------------------------------------------------------------------
# 4. Media
# --------------------------------------------------------------------------


def _sha(b: bytes) -> str:
    return hashlib.sha256(b).hexdigest()


def test_media_cases_are_referenced_by_their_articles(portal):
    for name, case in portal.cases.items():
        if case["kind"] != "media" or case["good_article"]:
            continue
        _, _, page = fetch(case["article"])
        if "derivative_url" in case:
            # only the derivative is linked: the original must be derived from it
            assert case["derivative_url"][len(portal.base_url):].encode() in page
            assert case["url"][len(portal.base_url):].encode() not in page
            continue
        for url in case.get("urls", [case["url"]]):
            assert url[len(portal.base_url):].encode() in page, name


def test_image_that_is_html(portal):
    status, headers, body = fetch(portal.cases["img_html_instead"]["url"])
    assert status == 200 and headers["Content-Type"].startswith("text/html") and body.startswith(b"<!DOCTYPE html>")


def test_truncated_jpeg(portal):
    from PIL import Image

    _, headers, body = fetch(portal.cases["img_truncated_jpeg"]["url"])
    assert headers["Content-Type"] == "image/jpeg" and body[:2] == b"\xff\xd8"
    with pytest.raises(OSError):
        Image.open(io.BytesIO(body)).load()


def test_huge_png(portal):
    from PIL import Image

    case = portal.cases["img_huge_png"]
    _, headers, body = fetch(case["url"])
    assert len(body) < 1024 * 1024 and _sha(body) == case["sha256"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        img = Image.open(io.BytesIO(body))  # lazy: header only
        assert img.size == (12000, 12000) and img.mode == "RGB"


def test_decompression_bomb(portal):
    from PIL import Image

    _, headers, body = fetch(portal.cases["img_decompression_bomb"]["url"])
    assert len(body) < 1024 * 1024 and body.startswith(b"\x89PNG")
    assert int.from_bytes(body[16:20], "big") == 50000 and int.from_bytes(body[20:24], "big") == 50000
    with pytest.raises(Image.DecompressionBombError):
        Image.open(io.BytesIO(body))


def test_svg_with_script(portal):
    _, headers, body = fetch(portal.cases["img_svg_script"]["url"])
    assert headers["Content-Type"] == "image/svg+xml"
    assert b"<script" in body and b"/payload-beacon" in body


def test_webp(portal):
    from PIL import Image

    case = portal.cases["img_webp"]
    _, headers, body = fetch(case["url"])
    img = Image.open(io.BytesIO(body))
    assert img.format == "WEBP" and img.size == (320, 200) and _sha(body) == case["sha256"]
    img.load()


def test_same_bytes_three_urls(portal):
    case = portal.cases["img_same_bytes_3_urls"]
    assert len(set(case["urls"])) == 3 and "%20" in case["urls"][2] and "%28" in case["urls"][2]
    shas = {_sha(fetch(u)[2]) for u in case["urls"]}
    assert shas == {case["sha256"]}


def test_derivative_and_original(portal):
    from PIL import Image

    case = portal.cases["img_derivative_original"]
    original = fetch(case["url"])[2]
    derivative = fetch(case["derivative_url"])[2]
    assert _sha(original) == case["sha256"] and _sha(derivative) == case["derivative_sha256"]
    assert original != derivative
    assert Image.open(io.BytesIO(original)).size == (1200, 800)
    assert case["derivative_url"].replace("/styles/large/public", "").split("?")[0] == case["url"]


def test_zip_60mb_streamed(portal):
    case = portal.cases["attachment_zip_60mb"]
    path = case["url"][len(portal.base_url):]
    status, headers, _ = fetch(case["url"], method="HEAD")
    assert status == 200 and headers["Content-Length"] == str(ZIP_SIZE) == "62914560"
    assert headers["Content-Type"] == "application/zip"
    req = urllib.request.Request(case["url"])
    with _OPENER.open(req, timeout=10) as resp:
        head = resp.read(1024 * 1024)
    assert head.startswith(b"PK\x03\x04") and len(head) == 1024 * 1024
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and not portal.endings(path):
        time.sleep(0.05)
    # The server saw the hang-up and stopped there, short of the whole file.
    assert portal.endings(path) == ["aborted"]
    assert portal.bytes_sent(path) < ZIP_SIZE


def test_small_pdf(portal):
    case = portal.cases["attachment_pdf"]
    _, headers, body = fetch(case["url"])
    assert headers["Content-Type"] == "application/pdf"
    assert body.startswith(b"%PDF-1.4") and body.rstrip().endswith(b"%%EOF") and _sha(body) == case["sha256"]


def test_media_connection_reset():
    with HostilePortal() as p:
        case = p.cases["img_connection_reset"]
        assert case["expect"] == "fail_log_once" and case["max_requests"] == 3
        assert case["article"] == p.article("media_broken")["url"]
        for _ in range(2):
            with pytest.raises((ConnectionError, urllib.error.URLError, http.client.HTTPException)):
                fetch(case["url"], timeout=5)
        path = case["url"][len(p.base_url):]
        assert p.case_count("img_connection_reset") == 2 and p.count(path) == 2
        assert [r["status"] for r in p.request_log] == [0, 0]
        assert p.over_limit() == {}
        for _ in range(2):
            with pytest.raises((ConnectionError, urllib.error.URLError, http.client.HTTPException)):
                fetch(case["url"], timeout=5)
        assert p.over_limit() == {"img_connection_reset": (4, 3)}


# --------------------------------------------------------------------------
# 5. Injection
# --------------------------------------------------------------------------


def test_injection_markup(portal):
    truth = portal.article("injection")
    _, _, raw = fetch(truth["url"])
    text = raw.decode("utf-8")
    beacon = portal.beacon_url
    # title escaped in the HTML, payloads live in the body
    assert "<h1 class=\"post-title\">Cảnh giác &lt;script&gt;alert(1)&lt;/script&gt;" in text
    for needle in ("<script>alert(1);fetch(", "onerror=", 'href="javascript:alert(1)"', "<svg onload=",
                   f'<iframe src="{beacon}', "expression(alert(1))", "'; DROP TABLE articles; --"):
        assert needle in text, needle
    assert text.count(beacon) >= 6
    assert "<script>alert(1)</script>" in truth["title"]
    assert "<script>alert(1)</script>" in truth["body_text"]
    assert "fetch(" not in truth["body_text"] and "javascript:" not in truth["body_text"]
    assert portal.cases["img_injection_alt"]["alt"].startswith('"><script>')
    assert portal.count("/payload-beacon") == 0


def test_beacon_answers_and_is_logged():
    with HostilePortal() as p:
        assert fetch(p.beacon_url + "?v=test")[0] == 204
        assert p.count("/payload-beacon") == 1
        assert p.forbidden_requests() == [("GET", "/payload-beacon?v=test")]


# --------------------------------------------------------------------------
# 6. Traps
# --------------------------------------------------------------------------


def test_calendar_is_unbounded(portal):
    for month, prev, nxt in (("2024-03", "2024-02", "2024-04"), ("1999-12", "1999-11", "2000-01"),
                             ("2389-01", "2388-12", "2389-02")):
        _, _, body = fetch(portal.url(f"/lich?month={month}"))
        doc = lxml.html.document_fromstring(body)
        assert doc.cssselect("nav.pager a[rel=next]")[0].get("href") == f"/lich?month={nxt}"
        assert doc.cssselect("nav.pager a[rel=prev]")[0].get("href") == f"/lich?month={prev}"
        assert doc.cssselect("article.node--view-mode-teaser h3.post-title > a")


def test_pager_repeats_forever(portal):
    seen = None
    for page in (0, 1, 57, 100000):
        _, _, body = fetch(portal.url(f"/taxonomy/term/9?page={page}"))
        doc = lxml.html.document_fromstring(body)
        items = [a.get("href") for a in doc.cssselect("article.node--view-mode-teaser h3.post-title > a")]
        assert len(items) == 3
        seen = seen or items
        assert items == seen
        assert doc.cssselect("nav.pager a[rel=next]")[0].get("href") == f"?page={page + 1}"


def test_session_id_variants(portal):
    for case in ("sid_jsessionid", "sid_query_sid", "sid_phpsessid"):
        truth = portal.article(case)
        assert truth["linked_as"] != truth["url"]
        assert re.search(r"(;jsessionid=|\?sid=|\?PHPSESSID=)", truth["linked_as"])
        status, _, variant = fetch(truth["linked_as"])
        _, _, canonical = fetch(truth["url"])
        assert status == 200 and variant == canonical
        doc = lxml.html.document_fromstring(variant)
        assert doc.cssselect('link[rel="canonical"]')[0].get("href") == truth["url"]
        assert portal.cases[case]["variant_url"] == truth["linked_as"]


def test_robots_txt(portal):
    from protego import Protego

    status, headers, body = fetch(portal.url("/robots.txt"))
    assert status == 200 and headers["Content-Type"].startswith("text/plain")
    text = body.decode()
    assert "Disallow: /private/" in text and "Disallow: /user/login/" in text
    rp = Protego.parse(text)
    ua = "vn-commune-archiver"
    assert not rp.can_fetch(portal.url("/private/secret-article"), ua)
    assert not rp.can_fetch(portal.url("/search/node?keys=x"), ua)
    assert not rp.can_fetch(portal.url("/admin/content"), ua)
    # Drupal's trailing-slash rules do NOT cover these: the crawler needs its own deny list
    assert rp.can_fetch(portal.url("/user/login"), ua)
    assert rp.can_fetch(portal.url("/print/node/5"), ua)
    assert rp.can_fetch(portal.url("/node/5/print"), ua)
    assert rp.can_fetch(portal.cases["trap_pager_repeat"]["url"], ua)


def test_trap_pages_respond(portal):
    assert fetch(portal.url("/user/login"))[0] == 200
    assert fetch(portal.url("/user/logout"))[0] == 302
    assert fetch(portal.url("/search/node?keys=x"))[0] == 200
    assert fetch(portal.url("/admin/content"))[0] == 403
    assert fetch(portal.url("/print/node/5"))[0] == 200
    assert fetch(portal.url("/node/5/print"))[0] == 200
    assert fetch(portal.url("/private/secret-article"))[0] == 200


def test_article_pages_carry_trap_links(portal):
    _, _, body = fetch(portal.article("baseline")["url"])
    links = hrefs(body)
    for needle in ("/print/node/5", "/node/5/print", "/user/login", "/admin/content"):
        assert needle in links
    assert any(h.startswith("https://www.facebook.com/sharer/sharer.php?u=") for h in links)
    assert any(h.startswith("mailto:?subject=") for h in links)


def _teaser_hrefs(body: bytes) -> list[str]:
    doc = lxml.html.document_fromstring(body)
    return [a.get("href") for a in doc.cssselect("article.node--view-mode-teaser h3.post-title > a")]


def _pager_hrefs(body: bytes) -> list[str]:
    return [a.get("href") for a in lxml.html.document_fromstring(body).cssselect("nav.pager a")]


def test_endless_pager(portal):
    case = portal.cases["trap_endless_pager"]
    last = case["last_page"]
    assert last >= 2 and case["max_requests"] == last + 2 and case["expect"] == "bounded"
    real = []
    for page in range(last + 1):
        status, _, body = fetch(portal.url(f"/taxonomy/term/14?page={page}"))
        assert status == 200
        items = _teaser_hrefs(body)
        assert items and len(items) <= case["per_page"]
        real.append(items)
    flat = [h for items in real for h in items]
    assert len(flat) == len(set(flat)) == len(SLASH_LINKED)  # the real pages hold distinct teasers
    assert all(h.endswith("/") for h in flat)
    bodies = {}
    for page in (last, last + 1, last + 2, last + 7, 1000):
        _, _, body = fetch(portal.url(f"/taxonomy/term/14?page={page}"))
        assert _teaser_hrefs(body) == real[-1], page  # past the end: the last page's teasers again
        doc = lxml.html.document_fromstring(body)
        assert doc.cssselect("nav.pager a[rel=next]")[0].get("href") == f"?page={page + 1}"
        numbers = [int(h.split("=")[1]) for h in _pager_hrefs(body)]
        assert max(numbers) == page + 1  # the window moves with N and never shows more than N+1
        bodies[page] = body
    assert len({hashlib.sha256(b).hexdigest() for b in bodies.values()}) == len(bodies)  # never byte-identical
    assert len({tuple(_pager_hrefs(b)) for b in bodies.values()}) == len(bodies)
    # the real pages link the next page too (a pager that never ends)
    _, _, first = fetch(portal.url("/taxonomy/term/14"))
    assert lxml.html.document_fromstring(first).cssselect("nav.pager a[rel=next]")[0].get("href") == "?page=1"


def test_endless_pager_budget():
    with HostilePortal() as p:
        last = p.cases["trap_endless_pager"]["last_page"]
        for page in range(last + 2):
            fetch(p.url(f"/taxonomy/term/14?page={page}"))
        fetch(p.url("/taxonomy/term/14/feed"))  # not the listing
        assert p.case_count("trap_endless_pager") == last + 2 and p.over_limit() == {}
        fetch(p.url(f"/taxonomy/term/14?page={last + 2}"))
        assert p.over_limit() == {"trap_endless_pager": (last + 3, last + 2)}


def test_share_links_on_every_article(portal):
    case = portal.cases["trap_share_vi"]
    pat = re.compile(case["match"])
    for truth in portal.good_articles:
        status, _, body = fetch_article(truth["url"])
        assert status == 200
        doc = lxml.html.document_fromstring(body)
        box = doc.cssselect("div.mxh-share")
        assert len(box) == 1, truth["case"]
        links = {a.get("href"): a for a in box[0].cssselect("a")}
        nid = truth["node_id"]
        want = [f"/chia-se?url={urllib.parse.quote(truth['url'], safe='')}&network=zalo",
                f"/chia-se?url={urllib.parse.quote(truth['url'], safe='')}&network=facebook",
                f"/gui-ban-be?nid={nid}", f"/in-bai/{nid}"]
        assert sorted(links) == sorted(want), truth["case"]
        for href in want:
            assert pat.search(href), href
            if href.startswith("/chia-se"):
                assert links[href].get("rel") == "nofollow"
                query = urllib.parse.parse_qs(urllib.parse.urlsplit(href).query)
                assert query["url"] == [truth["url"]]  # this page's absolute URL, percent-encoded
            else:
                assert links[href].get("rel") is None  # no nofollow hint on these two
    assert [u[len(portal.base_url):] for u in case["urls"]] == [
        f"/chia-se?url={urllib.parse.quote(portal.article('baseline')['url'], safe='')}&network=zalo",
        f"/chia-se?url={urllib.parse.quote(portal.article('baseline')['url'], safe='')}&network=facebook",
        "/gui-ban-be?nid=2001", "/in-bai/2001"]
    for url in case["urls"]:
        assert fetch(url)[0] == 200
    _, _, printed = fetch(portal.url("/in-bai/2001"))
    assert portal.article("baseline")["title"].encode() in printed  # a duplicate of the article
    for harmless in ("/chia-se-kinh-nghiem", "/in-bai-viet", "/taxonomy/term/3"):
        assert not pat.search(harmless)


def test_share_links_are_forbidden():
    with HostilePortal() as p:
        for url in p.cases["trap_share_vi"]["urls"]:
            fetch(url)
        assert [path for _, path in p.forbidden_requests()] == [u[len(p.base_url):] for u in p.cases["trap_share_vi"]["urls"]]
        assert p.over_limit() == {"trap_share_vi": (4, 0)}


def test_trailing_slash_variants(portal):
    case = portal.cases["dust_trailing_slash"]
    pat = re.compile(case["match"])
    assert case["max_requests"] == 1 and case["expect"] == "bounded"
    _, _, home = fetch(portal.url("/"))
    home_links = hrefs(home)
    local = set()
    for page in range(portal.cases["trap_endless_pager"]["last_page"] + 1):
        local |= set(_teaser_hrefs(fetch(portal.url(f"/taxonomy/term/14?page={page}"))[2]))
    goods = {a["case"]: a for a in portal.good_articles}
    assert set(SLASH_LINKED) == {c for c, a in goods.items() if a["linked_as"] == a["url"]}
    assert case["variant_urls"] == [goods[c]["url"] + "/" for c in SLASH_LINKED]
    for name in SLASH_LINKED:
        truth = goods[name]
        path = truth["url"][len(portal.base_url):]
        assert path in home_links and path + "/" in local and path not in local and path + "/" not in home_links
        assert pat.search(path + "/") and not pat.search(path)
        if name == "dust_slash_stall":
            continue
        status, _, plain = fetch_article(truth["url"])
        status2, _, slashed = fetch_article(truth["url"] + "/")
        assert status == status2 == 200 and slashed == plain, name
        doc = lxml.html.document_fromstring(slashed)
        assert doc.cssselect('link[rel="canonical"]')[0].get("href") == truth["url"]


def test_trailing_slash_stall():
    p = HostilePortal().start()
    try:
        case = p.cases["dust_slash_stall"]
        truth = p.article("dust_slash_stall")
        assert case["good_article"] and case["variant_url"] == truth["url"] + "/"
        assert case["stall_seconds"] > 30  # above any sane DOWNLOAD_TIMEOUT
        t0 = time.monotonic()
        status, _, body = fetch(truth["url"])
        assert status == 200 and time.monotonic() - t0 < 2
        assert lxml.html.document_fromstring(body).cssselect('link[rel="canonical"]')[0].get("href") == truth["url"]
        t0 = time.monotonic()
        with pytest.raises((socket.timeout, TimeoutError, urllib.error.URLError)):
            fetch(case["variant_url"], timeout=0.5)
        assert time.monotonic() - t0 < 5
        assert p.case_count("dust_slash_stall") == 1 and p.over_limit() == {}
        # linked with the slash only from the last real page of the endless pager
        last = p.cases["trap_endless_pager"]["last_page"]
        assert case["variant_linked_from"] == p.url(f"/taxonomy/term/14?page={last}")
        slash = truth["url"][len(p.base_url):] + "/"
        for page in range(last):
            assert slash not in _teaser_hrefs(fetch(p.url(f"/taxonomy/term/14?page={page}"))[2])
        assert slash in _teaser_hrefs(fetch(p.url(f"/taxonomy/term/14?page={last}"))[2])
        assert slash not in hrefs(fetch(p.url("/"))[2])
    finally:
        t0 = time.monotonic()
        p.close()
        assert time.monotonic() - t0 < 3  # the stall is interruptible


def test_new_traps_not_in_robots(portal):
    from protego import Protego

    rp = Protego.parse(fetch(portal.url("/robots.txt"))[2].decode())
    for url in portal.cases["trap_share_vi"]["urls"]:
        assert rp.can_fetch(url, "vn-commune-archiver"), url  # robots.txt alone does not protect them


# --------------------------------------------------------------------------
# Request log
# --------------------------------------------------------------------------


def test_request_log_counts_and_forbidden():
    with HostilePortal() as p:
        threads = [threading.Thread(target=fetch, args=(p.url(f"/lich?month=2024-{m:02d}"),)) for m in range(1, 13)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert p.count("/lich") == 12
        assert p.forbidden_requests() == []
        fetch(p.url("/private/secret-article"))
        fetch(p.url("/node/5/print"))
        fetch(p.url("/offsite-target"))
        fetch(p.url("/user/login?destination=/admin/content"))
        assert p.forbidden_requests() == [
            ("GET", "/private/secret-article"), ("GET", "/node/5/print"), ("GET", "/offsite-target"),
            ("GET", "/user/login?destination=/admin/content")]
        assert ("GET", "/private/secret-article") in p.requests
        rec = p.request_log[-1]
        assert rec["host"] == f"127.0.0.1:{p.port}" and rec["status"] == 200
        p.reset()
        assert p.requests == []


def test_over_limit():
    with HostilePortal() as p:
        assert p.over_limit() == {}
        for m in range(1, 5):
            fetch(p.url(f"/lich?month=2024-{m:02d}"))
        fetch(p.article("sid_query_sid")["linked_as"])
        fetch(p.url("/search/node?keys=x"))
        assert p.case_count("trap_calendar") == 4
        assert p.over_limit() == {"trap_calendar": (4, 3), "trap_search": (1, 0)}


# --------------------------------------------------------------------------
# The link graph (portal.linked_resources): the requests budget's base
# --------------------------------------------------------------------------


def _crawl_links_over_http(portal) -> dict[str, str]:
    """An independent walk of the served site (HTTP + lxml, its own normalisation), following
    the documented counting rules of HostilePortal.linked_resources."""
    base = portal.base_url
    forbidden = [re.compile(c["match"]) for c in portal.cases.values()
                 if c["expect"] in ("never_request", "not_followed") and c.get("match")]
    articles = {}
    for a in portal.good_articles:
        articles[urllib.parse.urlsplit(a["url"]).path] = a
        articles[urllib.parse.urlsplit(a["shortlink"]).path] = a
    calendar = urllib.parse.urlsplit(portal.cases["trap_calendar"]["url"])
    calendar_key = calendar.path + "?" + calendar.query
    last = portal.cases["trap_endless_pager"]["last_page"]

    def key_of(url):
        parts = urllib.parse.urlsplit(url)
        if f"{parts.scheme}://{parts.netloc}" != base:
            return None
        raw = parts.path + (f"?{parts.query}" if parts.query else "")
        if any(p.search(raw) for p in forbidden):
            return None
        path = urllib.parse.unquote(parts.path).split(";")[0]
        if re.match(r"/sites/default/files/(css|js)/", path) or path.endswith(("/logo_0.png", "/favicon.png")):
            return None
        stripped = path.rstrip("/") or "/"
        if stripped in articles:
            return urllib.parse.urlsplit(articles[stripped]["url"]).path, "article"
        page = int(urllib.parse.parse_qs(parts.query).get("page", ["0"])[0])
        if path in ("/taxonomy/term/3", "/taxonomy/term/14", "/taxonomy/term/9"):
            page = {"/taxonomy/term/3": page, "/taxonomy/term/14": min(page, last), "/taxonomy/term/9": 0}[path]
            return (path if page == 0 else f"{path}?page={page}"), "listing"
        if path == calendar.path:
            return calendar_key, "listing"
        if path.startswith("/sites/default/files/") or path == "/x":
            return re.sub(r"/styles/[^/]+/public/", "/", path), "file"
        return raw, "leaf"

    found = {"/": "page"}
    queue = ["/"]
    while queue:
        key = queue.pop(0)
        status, headers, body = fetch_article(base + key)
        assert status == 200, key
        text = decode_html(body, headers.get("Content-Type"))
        doc = lxml.html.document_fromstring(text)
        links = doc.xpath("//a/@href")
        if "<!-- Start Display article for detail page -->" in text:
            start = text.index("<!-- Start Display article for detail page -->")
            end = text.index("<!-- End Display article for detail page -->", start)
            links += lxml.html.document_fromstring(text[start:end]).xpath("//img/@src")
        for href in links:
            got = key_of(urllib.parse.urljoin(base + key, href))
            if got is None:
                continue
            k, kind = got
            if k in found:
                continue
            found[k] = "file" if kind == "file" else "page"
            if kind in ("article", "listing"):
                queue.append(k)
    return found


def test_linked_resources_match_the_served_site(portal):
    model = portal.linked_resources()
    assert model == _crawl_links_over_http(portal)
    assert portal.linked_resource_count() == len(model)
    # what it holds (and what it does not)
    for a in portal.good_articles:
        path = urllib.parse.urlsplit(a["url"]).path
        assert model[path] == "page" and path + "/" not in model
    for path, _title in BAD_LINKS.values():
        assert (path in model) == (not path.startswith("/private/"))
    last = portal.cases["trap_endless_pager"]["last_page"]
    listings = {"/taxonomy/term/3", "/taxonomy/term/3?page=1", "/taxonomy/term/3?page=2", "/taxonomy/term/9",
                "/taxonomy/term/14", *(f"/taxonomy/term/14?page={n}" for n in range(1, last + 1)),
                "/lich?month=2024-03"}
    assert listings <= set(model)
    assert not [k for k in model if "?page=0" in k or k.startswith("/taxonomy/term/9?")]
    media = [c for c in portal.cases.values() if c["kind"] == "media" and not c["good_article"]]
    for c in media:
        for url in c.get("urls", [c["url"]]):
            assert model[urllib.parse.unquote(urllib.parse.urlsplit(url).path)] == "file", url
    assert not [k for k in model if "/styles/" in k]
    pats = [re.compile(c["match"]) for c in portal.cases.values()
            if c["expect"] in ("never_request", "not_followed") and c.get("match")]
    assert not [k for k in model if any(p.search(k) for p in pats)]
    # the numbers the README quotes
    assert sum(1 for v in model.values() if v == "page") == 40
    assert sum(1 for v in model.values() if v == "file") == 16
    assert len(model) == 56
