"""The archive as a reader meets it: a real headless Chromium against `python -m crawler.browse`.

Datasette runs as a subprocess on 127.0.0.1 (a free port) over an archive written by the project's
archive code (tests/archive_builder). Chromium must be installed at /usr/bin/chromium: without it
these tests fail, they do not skip — a browser check that silently does not run checks nothing.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.archive_builder import CHANGED_TITLE, PAYLOAD, VINH_TE_TITLE, find_article_id

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "artifacts"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
ARTICLE_PARAGRAPHS = [
    "Sáng ngày 05/7/2024, Đảng ủy xã Vĩnh Tế tổ chức Hội nghị sơ kết",
    "Đồng chí Bí thư Đảng ủy xã Vĩnh Tế chủ trì hội nghị",
    "Hội nghị đánh giá Đảng bộ xã Vĩnh Tế đã lãnh đạo hoàn thành tốt",
]


# -- the server ------------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_serving(url: str, process: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(f"datasette exited ({process.returncode}):\n{process.stderr.read()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{url}/-/versions.json", timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"datasette did not answer at {url} within {timeout} s")


# `beacon` and `browse_archive` come from tests/datasette_fixtures.py (the sample archive).


@pytest.fixture(scope="module")
def server(browse_archive) -> str:
    """The documented browse command, as a subprocess; yields its base URL."""
    port = free_port()
    command = [sys.executable, "-m", "crawler.browse", str(browse_archive.path), "--host", "127.0.0.1",
               "--port", str(port)]
    process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True)
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(url, process)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


# -- the browser -----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def chromium():
    if not CHROMIUM.exists():
        pytest.fail(f"Chromium is not installed at {CHROMIUM}: the browser tests need it "
                    "(apt-get install -y chromium). They fail rather than skip.", pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@dataclass
class WatchedPage:
    """A page that records every dialog it opens and every request it makes."""

    page: object
    dialogs: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    failures: dict[str, str] = field(default_factory=dict)  # url -> why the browser stopped it

    def requests_to(self, fragment: str) -> list[str]:
        return [url for url in self.requests if fragment in url]


@pytest.fixture
def watched(chromium):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    record = WatchedPage(page)

    def on_dialog(dialog):
        record.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    page.on("dialog", on_dialog)
    page.on("request", lambda request: record.requests.append(request.url))
    page.on("requestfailed", lambda request: record.failures.__setitem__(request.url, request.failure))
    yield record
    context.close()


def image_states(page) -> list[dict]:
    return page.evaluate(
        "() => Array.from(document.images).map(img => ({src: img.currentSrc || img.src, "
        "complete: img.complete, width: img.naturalWidth}))"
    )


def wait_for_images(page) -> None:
    page.wait_for_load_state("networkidle")
    page.wait_for_function("() => Array.from(document.images).every(img => img.complete)")


# -- tests -----------------------------------------------------------------------------------------

def test_search_box_finds_the_article_typed_without_diacritics(watched, server, browse_archive):
    page = watched.page
    page.goto(f"{server}/archive/articles")
    page.fill("input#_search", "dang uy vinh te")
    page.press("input#_search", "Enter")
    page.wait_for_url("**/archive/-/search?**")
    first = page.locator(".archive-results li").first.locator("a.archive-result-title")
    assert first.inner_text().strip() == VINH_TE_TITLE
    assert first.get_attribute("href") == f"/archive/-/article/{browse_archive.vinh_te_id}"


def test_the_search_page_searches_filters_and_highlights(watched, server, browse_archive):
    """The reader's search page (issue 19): a box and filters, no SQL; results highlighted."""
    page = watched.page
    page.goto(f"{server}/archive/-/search")
    assert page.title() == "Tìm kiếm · archive"
    page.fill("input[name=q]", "dang uy")
    page.select_option("select[name=portal]", label="Cổng thông tin điện tử xã Vĩnh Tế")
    page.click("button[type=submit]")
    page.wait_for_selector(".archive-results")
    assert page.title() == "Tìm kiếm: dang uy · archive"
    first = page.locator(".archive-results li").first
    assert first.locator("a.archive-result-title").inner_text().strip() == VINH_TE_TITLE
    marked = first.locator("mark").all_inner_texts()
    assert "Đảng" in marked, marked
    body = page.inner_text("body")
    assert "SQL" not in body
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "search.png"), full_page=True)
    assert not watched.dialogs


def test_article_page_shows_its_images_and_paragraphs(watched, server, browse_archive):
    page = watched.page
    page.goto(f"{server}/archive/-/article/{browse_archive.vinh_te_id}")
    wait_for_images(page)
    images = image_states(page)
    assert len(images) == browse_archive.image_count, images
    assert all(image["width"] > 0 for image in images), images
    assert all("/-/archive-image/" in image["src"] for image in images), images
    assert page.locator("h1").inner_text() == VINH_TE_TITLE
    paragraphs = page.locator(".archive-body p").all_inner_texts()
    for expected in ARTICLE_PARAGRAPHS:
        assert any(paragraph.startswith(expected) for paragraph in paragraphs), (expected, paragraphs)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "article.png"), full_page=True)
    assert watched.dialogs == []


def test_thumbnails_load_in_table_views(watched, server, browse_archive):
    page = watched.page
    for path in ("/archive/images", "/archive/articles", "/archive/search?q=dang+uy+vinh+te"):
        page.goto(server + path)
        wait_for_images(page)
        thumbnails = [image for image in image_states(page) if "/-/archive-thumb/" in image["src"]]
        assert thumbnails, path
        assert all(image["width"] > 0 for image in thumbnails), (path, thumbnails)
    page.goto(f"{server}/archive/images")
    wait_for_images(page)
    loaded = {image["src"].rsplit("/", 1)[-1] for image in image_states(page) if image["width"] > 0}
    assert {browse_archive.large_image_sha, browse_archive.webp_image_sha} <= loaded


INJECTED_ELEMENTS = """() => ({
    scripts: document.querySelectorAll('script').length,
    frames: document.querySelectorAll('iframe, frame, object, embed, svg').length,
    handlers: Array.from(document.querySelectorAll('*')).filter(
        el => Array.from(el.attributes).some(a => a.name.toLowerCase().startsWith('on'))).length,
    javascriptLinks: Array.from(document.querySelectorAll('[href], [src]')).filter(
        el => /^\\s*javascript:/i.test(el.getAttribute('href') || el.getAttribute('src') || '')).length,
})"""


def test_xss_article_shows_payloads_as_inert_text(watched, server, browse_archive, beacon):
    page = watched.page
    page.goto(f"{server}/archive/-/article/{browse_archive.xss_id}")
    wait_for_images(page)
    page.wait_for_timeout(500)
    assert PAYLOAD in page.locator("h1").inner_text()
    assert PAYLOAD in page.locator(".archive-body").inner_text()
    assert page.evaluate(INJECTED_ELEMENTS) == {"scripts": 0, "frames": 0, "handlers": 0, "javascriptLinks": 0}
    assert watched.dialogs == []
    assert watched.requests_to("payload-beacon") == []
    assert beacon.count == 0, beacon.requests


def test_payloads_stay_inert_in_tables_and_searches(watched, server, browse_archive, beacon):
    page = watched.page
    for path in ("/archive/articles", f"/archive/articles/{browse_archive.xss_id}", "/archive/search?q=alert",
                 "/archive/article_images", "/archive/images"):
        page.goto(server + path)
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(300)
        assert watched.dialogs == [], path
    assert watched.requests_to("payload-beacon") == []
    assert beacon.count == 0, beacon.requests


def test_an_archived_svg_opened_on_its_own_runs_nothing(watched, server, browse_archive, beacon):
    """Its script is blocked by the sandbox; its <image> of the beacon is stopped by the CSP inside
    the browser (Chromium still reports the attempt as a request, failed with 'csp')."""
    page = watched.page
    for route in ("archive-image", "archive-thumb"):
        page.goto(f"{server}/-/{route}/{browse_archive.svg_image_sha}")
        page.wait_for_load_state("networkidle")
        page.wait_for_timeout(300)
    assert watched.dialogs == []
    attempts = watched.requests_to("payload-beacon")
    assert all(watched.failures.get(url) == "csp" for url in attempts), (attempts, watched.failures)
    assert beacon.count == 0, beacon.requests


def test_an_earlier_version_reads_as_a_page_with_its_changes(watched, server, browse_archive):
    """From the article page to its earlier version: the old text, the words the edit added marked,
    the way back to the current version (issue 19)."""
    page = watched.page
    article_id = find_article_id(browse_archive.path, CHANGED_TITLE)
    page.goto(f"{server}/archive/-/article/{article_id}")
    page.click(".archive-revisions a")
    page.wait_for_selector(".archive-diff")
    assert "/revision/" in page.url
    inserted = page.inner_text(".archive-diff-body ins")
    assert "và thứ Sáu" in inserted
    assert "tiếp công dân vào thứ Năm hằng tuần" in page.inner_text(".archive-body-old")
    color = page.evaluate("() => getComputedStyle(document.querySelector('.archive-diff ins')).backgroundColor")
    assert color not in ("rgba(0, 0, 0, 0)", "transparent"), "insertions are marked, not just tagged"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "article-earlier-version.png"), full_page=True)
    page.click("text=Xem bản hiện tại")
    assert page.url.endswith(f"/archive/-/article/{article_id}")
    assert not watched.dialogs


def test_the_portals_overview_and_readable_tables(watched, server, browse_archive):
    """The portals overview with its charts, the articles table without its bulky columns and the
    crawl runs as a summary (issue 19); screenshots of each."""
    page = watched.page
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(f"{server}/")
    page.click("a:has-text('portals')")
    page.wait_for_selector("svg.archive-chart")
    assert page.locator(".archive-portal-card").count() == 2
    bars = page.locator("svg.archive-chart rect").count()
    assert bars >= 2
    page.screenshot(path=str(ARTIFACTS / "portals.png"), full_page=True)
    page.goto(f"{server}/archive/articles")
    headers = page.locator("table.rows-and-columns th").all_inner_texts()
    assert not any(name.strip().startswith(("body_html", "content_hash", "search_folded")) for name in headers), headers
    row_height = page.evaluate("() => document.querySelector('table.rows-and-columns tbody tr').offsetHeight")
    assert row_height < 200, f"rows stay scannable ({row_height} px)"
    page.screenshot(path=str(ARTIFACTS / "articles-table.png"), full_page=True)
    page.goto(f"{server}/archive/crawl_runs")
    assert "requests" in page.inner_text("details.archive-stats summary")
    page.screenshot(path=str(ARTIFACTS / "crawl-runs.png"), full_page=True)
    assert not watched.dialogs


def test_the_images_gallery(watched, server, browse_archive):
    page = watched.page
    page.goto(f"{server}/")
    page.click("a:has-text('images')")
    page.wait_for_selector(".archive-gallery-grid img")
    wait_for_images(page)
    states = image_states(page)
    assert len(states) >= browse_archive.image_count and all(state["width"] > 0 for state in states), states
    assert all("/-/archive-thumb/" in state["src"] for state in states)
    assert page.locator(".archive-gallery-title").count() >= 1, "each image names an article that shows it"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "images-gallery.png"), full_page=True)
