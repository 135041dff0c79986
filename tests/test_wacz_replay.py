"""A crawl's WACZ replays in real pywb (issue 18): the fixture portal is crawled (with its page
requisites, -s CAPTURE_PAGE_REQUISITES=True), then stopped; the
archive is exported with `python -m crawler.warc export --wacz`; pywb (tests/pywb_replay.py, from
PyPI, in .venv-pywb) serves the WACZ on 127.0.0.1 and real headless Chromium opens every archived
article page at its capture time. Each shows its title and text, and every image the page loads
comes from the archive (requests elsewhere are blocked and listed). Screenshots are kept in
artifacts/. Without pywb or Chromium these tests fail; they do not skip."""

from __future__ import annotations

import subprocess
import sys

import pytest

from crawler.discovery.wayback import wayback_timestamp
from tests.conftest import ROOT, open_archive, run_crawl
from tests.fixtures.portal import Portal
from tests.fixtures.server import FixtureServer
from tests.pywb_replay import PywbServer, page_in_chromium

pytestmark = [pytest.mark.browser, pytest.mark.slow]
ARTIFACTS = ROOT / "artifacts" / "wacz-replay"


@pytest.fixture(scope="module")
def replayed(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("wacz")
    archive = tmp_path / "archive.db"
    with FixtureServer(Portal(seed=11, n_articles=10)) as server:
        run_crawl(archive, "-a", f"start_url={server.base_url}/", settings={"CAPTURE_PAGE_REQUISITES": "True"})
    # The portal is gone now: whatever the replay shows comes from the WACZ.
    wacz = tmp_path / "crawl.wacz"
    done = subprocess.run([sys.executable, "-m", "crawler.warc", "export", str(archive), str(tmp_path / "crawl.warc.gz"),
                           "--wacz", str(wacz)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    db = open_archive(archive)
    articles = db.execute(
        "SELECT a.id, a.url, a.title, a.body_text, (SELECT max(c.captured) FROM captures c "
        "WHERE c.url = a.fetched_url AND c.status = 200) AS captured, "
        "(SELECT count(*) FROM article_images i WHERE i.article_id = a.id) AS images FROM articles a ORDER BY a.id"
    ).fetchall()
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with PywbServer(wacz, tmp_path / "pywb") as pywb:
        yield pywb, articles


def test_every_article_page_replays_with_its_text_and_images(replayed):
    pywb, articles = replayed
    assert len(articles) >= 10
    with_images = 0
    for article in articles:
        url = pywb.replay_url(article["url"], wayback_timestamp(article["captured"]))
        seen = page_in_chromium(url, screenshot=ARTIFACTS / f"article-{article['id']}.png")
        assert seen["status"] == 200, url
        assert article["title"] in seen["text"], url
        first_paragraph = article["body_text"].split("\n\n")[0][:60]
        assert first_paragraph in " ".join(seen["text"].split()), url
        assert not seen["outside"], f"{url} asked outside the replay: {seen['outside'][:3]}"
        assert seen["loaded"] == seen["images"], f"{url}: {seen['images'] - seen['loaded']} images not replayed"
        if article["images"]:
            assert seen["images"] >= article["images"]
            with_images += 1
    assert with_images >= 5, "the portal's articles show photos"


def test_a_page_the_crawl_never_fetched_is_not_in_the_replay(replayed):
    pywb, articles = replayed
    origin = articles[0]["url"].split("/", 3)[:3]
    seen = page_in_chromium(pywb.replay_url("/".join(origin) + "/khong-co-trang-nay", "20261201000000"))
    assert seen["status"] == 404
