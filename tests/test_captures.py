"""Keeping the originals (issue 18): every response a real crawl of a fixture portal receives is a
capture, byte for byte; unchanged answers are revisits; re-extraction replays the captures through
the whole crawl without a request and gives the rows a fresh crawl gives."""

from __future__ import annotations

import collections
import hashlib
import subprocess
import sys

import pytest

from crawler.discovery.wayback import capture_time
from tests.conftest import ROOT, open_archive, run_crawl
from tests.fixtures.portal import Portal
from tests.fixtures.server import FixtureServer
from tests.revised_extractor import NOTE, PIPELINES

pytestmark = pytest.mark.slow


def reextract(archive, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "crawler.reextract", str(archive), *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)


def article_rows(path) -> dict[str, tuple]:
    db = open_archive(path)
    rows = db.execute(
        "SELECT a.url, a.kind, a.title, a.body_text, a.body_html, a.published, a.author, a.category, a.summary, "
        "a.content_hash, a.status, (SELECT group_concat(coalesce(i.image_sha256, '-') || ' ' || i.url, '|') "
        "FROM (SELECT * FROM article_images WHERE article_id = a.id ORDER BY position) i) FROM articles a"
    ).fetchall()
    return {row[0]: tuple(row[1:]) for row in rows}


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """Two crawls of one portal: the first, then a re-crawl that asks with validators."""
    tmp_path = tmp_path_factory.mktemp("captures")
    portal = Portal(seed=3, n_articles=18)
    archive = tmp_path / "archive.db"
    with FixtureServer(portal) as server:
        run_crawl(archive, "-a", f"start_url={server.base_url}/")
        first = list(server.requests)
        server.reset_log()
        run_crawl(archive, "-a", f"start_url={server.base_url}/")
        second = list(server.requests)
        server.reset_log()
        yield portal, server, archive, first, second, tmp_path


def test_every_response_received_is_a_capture_byte_for_byte(crawled):
    portal, server, archive, first, second, _ = crawled
    db = open_archive(archive)
    runs = [row[0] for row in db.execute("SELECT id FROM crawl_runs ORDER BY id")]
    for run_id, requests in zip(runs, (first, second)):
        asked = collections.Counter(server.url(path) for _method, path, _headers in requests)
        kept = collections.Counter(row[0] for row in db.execute("SELECT fetched_url FROM captures WHERE run_id = ?",
                                                                 [run_id]))
        assert kept == asked, "one capture per response the fixture server sent, no more, no less"
    kinds = {row[0] for row in db.execute("SELECT url FROM captures")}
    for path in ("/robots.txt", "/sitemap.xml", "/rss.xml", "/"):
        assert server.url(path) in kinds
    from crawler.archive import Archive
    captures = Archive.open(archive, read_only=True).captures
    checked = 0
    for capture in captures.iter():
        if capture.record != "response":
            continue
        path = capture.url[len(server.base_url):]
        expected = portal.respond(path, server.base_url)
        assert capture.status == expected.status, path
        assert captures.payload(capture.payload_sha256) == expected.body, f"{path}: the body as served"
        assert hashlib.sha256(expected.body).hexdigest() == capture.payload_sha256
        checked += 1
    assert checked > 60
    gone = db.execute("SELECT count(*) FROM captures WHERE status = 404").fetchone()[0]
    assert gone >= 1, "a page that is not there is kept too, as its 404"


def test_images_and_unchanged_answers_are_not_stored_twice(crawled):
    _portal, _server, archive, _first, _second, _ = crawled
    db = open_archive(archive)
    doubled = db.execute("SELECT count(*) FROM capture_payloads WHERE sha256 IN (SELECT sha256 FROM images) "
                         "OR sha256 IN (SELECT sha256 FROM attachments)").fetchone()[0]
    assert doubled == 0
    image_captures = db.execute("SELECT count(*) FROM captures WHERE payload_sha256 IN (SELECT sha256 FROM images)"
                                ).fetchone()[0]
    assert image_captures >= db.execute("SELECT count(*) FROM images").fetchone()[0] > 0
    for sha256, content in db.execute("SELECT sha256, content FROM images"):
        assert hashlib.sha256(content).hexdigest() == sha256, "an image is keyed by its own bytes (hashed once)"
    # The re-crawl: 304s and unchanged 200s are revisits of the response that holds the body.
    revisits = db.execute("SELECT c.status, o.status, o.record, c.payload_sha256 = o.payload_sha256 FROM captures c "
                          "JOIN captures o ON o.id = c.refers_to WHERE c.record = 'revisit'").fetchall()
    assert revisits and {row[0] for row in revisits} <= {200, 304}
    assert all(row[1] == 200 and row[2] == "response" and row[3] for row in revisits)
    assert any(row[0] == 304 for row in revisits)
    total_payloads = db.execute("SELECT count(*) FROM capture_payloads").fetchone()[0]
    distinct = db.execute("SELECT count(DISTINCT payload_sha256) FROM captures WHERE payload_sha256 NOT IN "
                          "(SELECT sha256 FROM images UNION SELECT sha256 FROM attachments)").fetchone()[0]
    assert total_payloads == distinct, "one payload per distinct body"


def test_reextraction_gives_a_fresh_crawls_rows_without_a_request(crawled, tmp_path):
    _portal, server, archive, _first, _second, _ = crawled
    copy = tmp_path / "reextracted.db"
    copy.write_bytes(archive.read_bytes())   # the WAL was checkpointed when the crawl closed
    before = article_rows(copy)
    fresh = tmp_path / "fresh.db"
    run_crawl(fresh, "-a", f"start_url={server.base_url}/", settings={"ITEM_PIPELINES": PIPELINES})
    server.reset_log()

    done = reextract(copy, "-s", f"ITEM_PIPELINES={PIPELINES}")
    assert done.returncode == 0, done.stderr[-3000:]
    assert not server.requests, "a re-extraction sends no request"
    after, expected = article_rows(copy), article_rows(fresh)
    assert set(after) == set(expected)
    for url, row in expected.items():
        assert after[url] == row, url
    added = set(after) - set(before)
    assert added and all("/taxonomy/term/" in url for url in added), "pages passed over before are taken now"
    db = open_archive(copy)
    reasons = collections.Counter(row[0] for row in db.execute("SELECT reason FROM revisions"))
    assert reasons == {"reextraction": len(before)}, "each earlier extraction kept, marked as such"
    assert all(NOTE in row[2] for row in after.values())
    run = db.execute("SELECT * FROM crawl_runs ORDER BY id DESC").fetchone()
    assert run["mode"] == "reextract" and run["status"] == "finished"
    assert (run["new"], run["reextracted"], run["changed"]) == (len(added), len(before), 0)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert f"re-extracted {len(before)}" in done.stdout

    # Once more with the same extractor: nothing to do.
    again = reextract(copy, "-s", f"ITEM_PIPELINES={PIPELINES}")
    assert again.returncode == 0 and "re-extracted 0" in again.stdout and "changed 0" in again.stdout
    assert article_rows(copy) == after


def test_reextract_refuses_what_it_cannot_use_in_one_line(tmp_path, crawled):
    missing = reextract(tmp_path / "nope.db")
    assert missing.returncode == 2 and missing.stderr.strip().count("\n") == 0 and "no archive" in missing.stderr
    _portal, _server, archive, *_ = crawled
    unknown = reextract(archive, "--site", "example.org")
    assert unknown.returncode == 2 and "--site example.org: not in" in unknown.stderr


def test_a_wayback_recovery_keeps_original_urls_capture_times_and_replay_provenance(tmp_path):
    from tests.fixtures.wayback import Capture, FakeWayback

    portal = Portal(seed=5, n_articles=4)
    original = "http://recovered.example"
    timestamp = "20230115083000"
    paths = ["/"] + [spec.path for spec in portal.articles]
    captures = [Capture(original + path, timestamp, portal.respond(path, original).body, mimetype="text/html")
                for path in paths]
    archive = tmp_path / "archive.db"
    with FakeWayback(captures) as wayback:
        # The captures hold pages only: every image is a 404, an error, half the responses — the
        # error-rate monitor would fail the run (exit 3), which is not what this test is about.
        run_crawl(archive, "-a", "source=wayback", "-a", f"start_url={original}/",
                  settings={"WAYBACK_BASE_URL": wayback.base_url, "MONITOR_ERROR_RATE_ENABLED": "False"})
        db = open_archive(archive)
        replays = db.execute("SELECT url, fetched_url, captured FROM captures WHERE fetched_url LIKE ?",
                             [f"{wayback.base_url}/web/%"]).fetchall()
        assert {row["url"] for row in replays} >= {original + path for path in paths[1:]}
        for row in replays:
            assert row["fetched_url"] == f"{wayback.base_url}/web/{timestamp}id_/{row['url']}"
            assert row["captured"] == capture_time(timestamp)
        cdx = db.execute("SELECT count(*) FROM captures WHERE url LIKE ?", [f"{wayback.base_url}/cdx/%"]).fetchone()[0]
        assert cdx >= 1, "the CDX answers are kept too, under their own URL"
        recovered = db.execute("SELECT count(*) FROM articles").fetchone()[0]
        assert recovered == len(paths) - 1

    # A live portal in the same archive; then one re-extraction of both, the Wayback Machine gone.
    with FixtureServer(Portal(seed=6, n_articles=3)) as live:
        run_crawl(archive, "-a", f"start_url={live.base_url}/")
        total = open_archive(archive).execute("SELECT count(*) FROM articles").fetchone()[0]
        live.reset_log()
        done = reextract(archive, "-s", f"ITEM_PIPELINES={PIPELINES}")
        assert done.returncode == 0, done.stderr[-3000:]
        assert not live.requests
    db = open_archive(archive)
    runs = db.execute("SELECT source, mode, reextracted FROM crawl_runs WHERE mode = 'reextract' ORDER BY id").fetchall()
    assert [(row[0], row[1]) for row in runs] == [("live", "reextract"), ("wayback", "reextract")]
    assert runs[1][2] == recovered and runs[0][2] == total - recovered
    titles = [row[0] for row in db.execute("SELECT title FROM articles WHERE source = 'wayback'")]
    assert len(titles) == recovered and all(title.endswith("(trích lại)") for title in titles)
