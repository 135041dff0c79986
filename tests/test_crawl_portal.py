"""End to end: the real `scrapy crawl portal` against the fixture portal on 127.0.0.1, then the
real archive file, checked against the portal's ground truth (issue 2)."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import unquote, urlsplit

import pytest

from tests.conftest import open_archive, run_crawl
from tests.fixtures.portal import Portal
from tests.fixtures.server import FixtureServer

FIELDS = ("title", "body_text", "published", "author", "category", "kind", "node_id")


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """One crawl of a fresh portal, shared by the read-only checks below."""
    portal = Portal(seed=0)
    archive = tmp_path_factory.mktemp("crawl") / "archive.db"
    with FixtureServer(portal) as server:
        process = run_crawl(archive, "-a", f"start_url={server.base_url}/")
        yield portal, server, archive, process


def test_every_article_archived_once_with_exact_fields(crawled):
    portal, server, archive, _ = crawled
    expected = portal.expected_all(server.base_url)
    db = open_archive(archive)
    rows = {row["url"]: row for row in db.execute("SELECT * FROM articles")}
    assert len(rows) == len(expected), "one row per article, however many URLs reach it"
    for want in expected:
        row = rows.get(want["url"])
        assert row is not None, f"missing {want['url']}"
        for field in FIELDS:
            assert row[field] == want[field], f"{want['url']} {field}"
        assert row["status"] == "live" and row["source"] == "live"
        assert row["word_count"] == len(want["body_text"].split())


def test_static_pages_are_pages_not_news(crawled):
    portal, server, archive, _ = crawled
    db = open_archive(archive)
    pages = {row["title"] for row in db.execute("SELECT title FROM articles WHERE kind = 'page'")}
    assert pages == {spec.title for spec in portal.pages}
    assert "Giới thiệu chung" in pages


def test_images_are_originals_deduplicated_with_metadata(crawled):
    portal, server, archive, _ = crawled
    db = open_archive(archive)
    for want in portal.expected_all(server.base_url):
        rows = db.execute(
            "SELECT ai.position, ai.url, ai.alt, ai.caption, i.content, i.sha256, i.mime, i.width "
            "FROM article_images ai JOIN articles a ON a.id = ai.article_id "
            "JOIN images i ON i.sha256 = ai.image_sha256 WHERE a.url = ? ORDER BY ai.position",
            [want["url"]],
        ).fetchall()
        assert [(r["position"], r["url"], r["alt"] or "", r["caption"] or "") for r in rows] == [
            (i["position"], i["url"], i["alt"] or "", i["caption"] or "") for i in want["images"]
        ], want["url"]
        for row in rows:
            served = portal.respond(urlsplit(row["url"]).path, server.base_url)
            assert "/styles/" not in row["url"], "the original, never a derivative"
            assert served.status == 200 and row["content"] == served.body, row["url"]
            assert row["sha256"] == hashlib.sha256(served.body).hexdigest()
            assert row["mime"].startswith("image/") and row["width"] > 0
    distinct = db.execute("SELECT count(DISTINCT image_sha256) FROM article_images").fetchone()[0]
    assert db.execute("SELECT count(*) FROM images").fetchone()[0] == distinct
    shared = db.execute(
        "SELECT image_sha256 FROM article_images GROUP BY image_sha256 HAVING count(DISTINCT article_id) > 1"
    ).fetchall()
    assert shared, "the portal shares images between articles: stored once, linked twice"


def test_file_names_with_spaces_and_brackets(crawled):
    _, _, archive, _ = crawled
    db = open_archive(archive)
    urls = [r[0] for r in db.execute("SELECT url FROM article_images")]
    awkward = [u for u in urls if "%20" in u or "(" in u]
    assert awkward, "fixture has names like 'HopHDND_HA (2).jpg'"
    for url in awkward:
        assert " " not in url and unquote(url) != url


def test_body_html_is_safe_and_points_at_archived_images(crawled):
    _, _, archive, _ = crawled
    db = open_archive(archive)
    for (body_html,) in db.execute("SELECT body_html FROM articles"):
        lowered = body_html.lower()
        assert "<script" not in lowered and "onerror" not in lowered and "javascript:" not in lowered
        for src in re.findall(r'src="([^"]+)"', body_html):
            assert src.startswith("/-/archive-image/"), src


def test_navigation_never_reaches_the_text(crawled):
    _, _, archive, _ = crawled
    db = open_archive(archive)
    for (text,) in db.execute("SELECT body_text FROM articles"):
        for chrome in ("Skip to main content", "Welcome Anonymous", "Main navigation", "Breadcrumb",
                       "Tin liên quan", "Liên kết website", "Trang chủ", "So ket BCH quy I"):
            assert chrome not in text


def test_traps_and_robots_never_requested(crawled):
    _, server, _, _ = crawled
    paths = [path for _, path, _ in server.requests]
    for trap in ("/user", "/search", "/admin", "/node/add", "/filter/tips", "/comment"):
        assert not any(p.startswith(trap) for p in paths), trap
    user_agents = {headers.get("User-Agent") for _, _, headers in server.requests}
    assert all(ua and "commune-archive" in ua for ua in user_agents)


def test_site_and_run_recorded(crawled):
    _, server, archive, process = crawled
    db = open_archive(archive)
    site = db.execute("SELECT * FROM sites").fetchone()
    assert site["name"] == "UBND xã Vĩnh Tế" and site["start_url"] == f"{server.base_url}/"
    run = db.execute("SELECT * FROM crawl_runs").fetchone()
    assert run["status"] == "finished" and run["new"] == db.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert run["images"] > 0 and run["finished"] >= run["started"]
    assert "articles new" in process.stderr  # the closing summary line
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_search_without_diacritics(crawled):
    _, _, archive, _ = crawled
    db = open_archive(archive)
    rows = db.execute(
        "SELECT a.title FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid "
        "WHERE articles_fts MATCH ? ORDER BY rank", ["dang uy vinh te"]
    ).fetchall()
    titles = [row["title"] for row in rows]
    assert any(title.startswith("Đảng ủy xã Vĩnh Tế sơ kết") for title in titles)
    assert "Đảng ủy xã Vĩnh Tế" in titles[0]  # the best match carries every word in its title


def test_second_crawl_adds_no_rows(crawled, tmp_path):
    portal, server, archive, _ = crawled
    db = open_archive(archive)
    before = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "images", "article_images", "revisions")}
    db.close()
    run_crawl(archive, "-a", f"start_url={server.base_url}/", "-a", "full=1")
    db = open_archive(archive)
    after = {t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in before}
    assert after == before
    last_run = db.execute("SELECT changed, new, unchanged FROM crawl_runs ORDER BY id DESC").fetchone()
    assert (last_run["changed"], last_run["new"]) == (0, 0) and last_run["unchanged"] >= len(portal.expected_all(server.base_url))
