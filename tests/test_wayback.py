"""Recovering a vanished portal from the Wayback Machine (issue 8): a fake Wayback service on
127.0.0.1 (CDX API, id_ and decorated replays, closest-capture redirects, 429s) over captures of
the fixture portal; the real `scrapy crawl portal -a source=wayback`; the real archive."""

from __future__ import annotations

import sqlite3

import pytest

ORIGINAL = ""  # the portal's own address, set by the module fixture

from crawler.discovery.wayback import capture_time
from tests.conftest import open_archive, run_crawl
from tests.fixtures.portal import Portal
from tests.fixtures.server import FixtureServer
from tests.fixtures.wayback import TOOLBAR_BEGIN, Capture, FakeWayback

OLD, NEW = "20230115083000", "20240601120000"


def portal_paths(portal: Portal, server, tmp_path) -> list[str]:
    """Every path a live crawl of the portal requests (what the Internet Archive would hold)."""
    run_crawl(tmp_path / "live-for-paths.db", "-a", f"start_url={server.base_url}/")
    paths = {path for method, path, _ in server.requests if method == "GET"}
    server.reset_log()
    return sorted(p for p in paths if portal.respond(p, server.base_url).status == 200 and p != "/robots.txt")


def capture(portal: Portal, path: str, timestamp: str) -> Capture:
    response = portal.respond(path, ORIGINAL)
    return Capture(ORIGINAL + path, timestamp, response.body, mimetype=response.content_type.split(";")[0])


@pytest.fixture(scope="module")
def recovered(tmp_path_factory):
    """Captures of the fixture portal under its own address (ORIGINAL). The recovery never
    contacts that address — every byte comes from the fake Wayback service — but the portal stays
    up so that a later live crawl of the same address can be merged into the same archive."""
    global ORIGINAL
    tmp_path = tmp_path_factory.mktemp("wayback")
    portal = Portal(seed=6, n_articles=24)
    live = FixtureServer(portal).start()
    ORIGINAL = live.base_url
    paths = portal_paths(portal, live, tmp_path)
    twice = [spec for spec in portal.articles if spec.alias][:2]
    captures = [capture(portal, spec.path, OLD) for spec in twice]      # older text
    for spec in twice:
        portal.edit_article(spec.node_id, paragraphs=["Bản cập nhật năm 2024 của bài viết.", *spec.paragraphs[1:]])
    image_paths = [p for p in paths if p.startswith("/sites/default/files/") and p.endswith((".jpg", ".png"))]
    never_captured = set(image_paths[:2])
    captures += [capture(portal, p, NEW) for p in paths if p not in never_captured]
    archive = tmp_path / "archive.db"
    with FakeWayback(captures, rate_limit_every=9) as wayback:
        run_crawl(
            archive, "-a", "source=wayback", "-a", f"start_url={ORIGINAL}/", "-a", "all_captures=1",
            settings={"WAYBACK_BASE_URL": wayback.base_url, "RETRY_TIMES": "5"},
        )
        assert not live.requests, "the recovery never touched the live address"
        yield portal, twice, never_captured, archive, wayback, live
    live.stop()


def test_every_captured_article_archived_once_under_its_original_url(recovered):
    portal, _, _, archive, _, _ = recovered
    db = open_archive(archive)
    rows = {row["url"]: row for row in db.execute("SELECT * FROM articles")}
    expected = portal.expected_all(ORIGINAL)
    assert len(rows) == len(expected)
    for want in expected:
        row = rows[want["url"]]
        for field in ("title", "body_text", "published", "category", "kind", "node_id"):
            assert row[field] == want[field], (want["url"], field)
        assert row["source"] == "wayback" and row["captured"] == capture_time(NEW)


def test_no_wayback_chrome_or_urls_anywhere(recovered):
    _, _, _, archive, _, _ = recovered
    db = sqlite3.connect(archive)
    for table, columns in {
        "articles": ("url", "title", "body_text", "body_html", "fetched_url"),
        "article_images": ("url",), "images": ("first_url",), "revisions": ("body_text", "body_html"),
    }.items():
        for column in columns:
            leaked = db.execute(
                f"SELECT count(*) FROM {table} WHERE {column} LIKE '%/web/%' OR {column} LIKE '%Wayback Machine%' "
                f"OR {column} LIKE ?", [f"%{TOOLBAR_BEGIN}%"]
            ).fetchone()[0]
            assert leaked == 0, (table, column)


def test_older_captures_become_revisions(recovered):
    _, twice, _, archive, _, _ = recovered
    db = open_archive(archive)
    for spec in twice:
        row = db.execute("SELECT id, body_text FROM articles WHERE url = ?", [ORIGINAL + spec.path]).fetchone()
        assert row["body_text"].startswith("Bản cập nhật năm 2024")
        revisions = db.execute("SELECT captured, body_text, source FROM revisions WHERE article_id = ?", [row["id"]]).fetchall()
        assert [(r["captured"], r["source"]) for r in revisions] == [(capture_time(OLD), "wayback")]
        assert not revisions[0]["body_text"].startswith("Bản cập nhật")


def test_images_from_their_own_captures_missing_ones_counted(recovered):
    _, _, never_captured, archive, wayback, _ = recovered
    db = open_archive(archive)
    stored = {r[0] for r in db.execute("SELECT url FROM article_images WHERE image_sha256 IS NOT NULL")}
    referenced = {r[0] for r in db.execute("SELECT url FROM article_images WHERE image_sha256 IS NULL")}
    assert stored and not any(ORIGINAL + p in stored for p in never_captured)
    assert all(ORIGINAL + p in referenced for p in never_captured), "the reference, alt and caption are kept"
    # Every captured image is recovered, also those the CDX listing collapsed away (collapse=digest
    # drops a file identical to the one listed before it): they come through closest-capture replays.
    assert referenced - stored == {ORIGINAL + p for p in never_captured}
    run = db.execute("SELECT * FROM crawl_runs ORDER BY id DESC").fetchone()
    assert run["status"] == "finished" and run["source"] == "wayback"
    assert run["missing_images"] >= len(never_captured)
    for path in never_captured:
        assert ORIGINAL + path in (run["error_log"] or "")
    replays = [p for p in wayback.requests if p.startswith("/web/")]
    assert replays and all("id_/" in p for p in replays), "raw id_ replays only, never the decorated page"
    assert wayback.counters["429"] > 0, "rate limiting was exercised and survived"


def test_live_and_wayback_merge_without_duplicates(recovered, tmp_path):
    portal, _, _, archive, _, live = recovered
    merged = tmp_path / "merged.db"
    merged.write_bytes(archive.read_bytes())
    before = sqlite3.connect(merged).execute("SELECT count(*) FROM articles").fetchone()[0]
    run_crawl(merged, "-a", f"start_url={ORIGINAL}/")  # the portal answers live again
    db = open_archive(merged)
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == before
    run = db.execute("SELECT new, changed FROM crawl_runs ORDER BY id DESC").fetchone()
    assert (run["new"], run["changed"]) == (0, 0)
    assert db.execute("SELECT count(*) FROM articles WHERE source = 'live'").fetchone()[0] == before


def test_a_second_recovery_asks_only_for_newer_captures_and_replays_nothing_it_has(recovered, tmp_path):
    portal, _twice, _never, archive, wayback, _live = recovered
    copy = tmp_path / "again.db"
    source = sqlite3.connect(archive)
    source.backup(sqlite3.connect(copy))
    before = sqlite3.connect(copy).execute("SELECT count(*) FROM articles").fetchone()[0]
    wayback.requests.clear()
    run_crawl(copy, "-a", "source=wayback", "-a", f"start_url={ORIGINAL}/", "-a", "all_captures=1",
              settings={"WAYBACK_BASE_URL": wayback.base_url, "RETRY_TIMES": "5"})
    cdx = [path for path in wayback.requests if path.startswith("/cdx/")]
    replays = [path for path in wayback.requests if path.startswith("/web/")]
    assert cdx and all("from=" in path for path in cdx), cdx
    assert replays == [], f"replayed again: {replays[:5]}"
    db = open_archive(copy)
    run = db.execute("SELECT * FROM crawl_runs ORDER BY id DESC").fetchone()
    assert (run["mode"], run["status"], run["new"], run["changed"]) == ("incremental", "finished", 0, 0)
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == before
