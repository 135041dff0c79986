"""Scheduled, incremental, crash-safe crawling (issue 4), against fixture portals whose content the
tests change between runs — real `scrapy crawl` processes, real archive files."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from urllib.parse import urlsplit

import pytest

from tests.conftest import FAST_SETTINGS, ROOT, open_archive, run_crawl
from tests.fixtures.portal import Portal
from tests.fixtures.server import FixtureServer


def article_requests(server, portal) -> list[str]:
    """Requests of article/page URLs (any spelling) in the server's log."""
    paths = set()
    for spec in portal.articles + portal.pages:
        paths.add(f"/node/{spec.node_id}")
        paths.add(spec.path.rstrip("/"))
    return [p for _, p, _ in server.requests if p.split("?")[0].rstrip("/") in paths]


def count(archive, sql, *args):
    with sqlite3.connect(archive) as db:
        return db.execute(sql, args).fetchone()[0]


@pytest.mark.parametrize("etag", [True, False], ids=["etag", "no-validators"])
def test_recrawl_catches_new_edited_and_deleted_articles(tmp_path, etag):
    portal = Portal(seed=1, n_articles=40)
    archive = tmp_path / "archive.db"
    with FixtureServer(portal, etag=etag) as server:
        start = ["-a", f"start_url={server.base_url}/"]
        run_crawl(archive, *start)
        first_requests = len(server.requests)
        total_before = count(archive, "SELECT count(*) FROM articles")

        # An unchanged portal: listings checked, articles not downloaded again.
        server.reset_log()
        run_crawl(archive, *start)
        assert len(server.requests) < 0.25 * first_requests
        revalidated = article_requests(server, portal)
        assert len(revalidated) <= 2, revalidated  # the small rotating re-check slice only
        assert not [p for _, p, _ in server.requests if p.startswith("/sites/default/files/")], \
            "images already archived under the same URL are never fetched again"
        assert count(archive, "SELECT count(*) FROM articles") == total_before

        # 5 new, 3 edited, 2 deleted.
        news = [portal.add_article(title=f"Tin mới số {i}: xã Vĩnh Tế ra quân làm đường giao thông nông thôn") for i in range(5)]
        victims = [spec for spec in portal.articles if spec.kind == "article" and spec not in news]
        edited = victims[:3]
        for spec in edited:
            portal.edit_article(spec.node_id, paragraphs=[
                "Nội dung đã được cập nhật: UBND xã Vĩnh Tế điều chỉnh kế hoạch năm 2024.",
                *spec.paragraphs[1:],
            ])
        deleted = victims[-2:]
        # What a gone article must keep: its image links exactly as archived while it was live.
        images_sql = ("SELECT ai.position, ai.image_sha256, ai.url, ai.alt, ai.caption FROM article_images ai"
                      " JOIN articles a ON a.id = ai.article_id WHERE a.url = ? ORDER BY ai.position")
        before = sqlite3.connect(archive)
        images_before = {spec.node_id: before.execute(images_sql, [spec.expected(server.base_url)["url"]]).fetchall()
                         for spec in deleted}
        before.close()
        assert all(images_before.values()), "the victims have images, so keeping them is tested"
        for spec in deleted:
            portal.delete_article(spec.node_id)
        server.reset_log()
        run_crawl(archive, *start)
        fetched_files = {p for _, p, _ in server.requests if p.startswith("/sites/default/files/")}
        new_files = {urlsplit(i["url"]).path for spec in news for i in spec.expected(server.base_url)["images"]}
        assert fetched_files <= new_files | {p for p in fetched_files if "/styles/" in p}

        db = open_archive(archive)
        run = db.execute("SELECT * FROM crawl_runs ORDER BY id DESC").fetchone()
        assert (run["new"], run["changed"], run["gone"]) == (5, 3, 2)
        assert run["status"] == "finished" and run["mode"] == "incremental"
        rows = {row["url"]: row for row in db.execute("SELECT * FROM articles")}
        assert len(rows) == total_before + 5, "nothing deleted, nothing duplicated"
        for want in portal.expected_all(server.base_url):
            row = rows[want["url"]]
            assert (row["title"], row["body_text"], row["status"]) == (want["title"], want["body_text"], "live")
        for spec in deleted:
            row = rows[spec.expected(server.base_url)["url"]]
            assert row["status"] == "gone" and row["body_text"], "gone keeps its content"
            images_after = [tuple(r) for r in db.execute(images_sql, [row["url"]])]
            assert images_after == images_before[spec.node_id], "gone keeps its images"
        for spec in edited:
            row = rows[spec.expected(server.base_url)["url"]]
            revisions = db.execute("SELECT * FROM revisions WHERE article_id = ?", [row["id"]]).fetchall()
            assert len(revisions) == 1 and revisions[0]["body_text"] != row["body_text"]
            assert "Nội dung đã được cập nhật" not in revisions[0]["body_text"]
            assert row["last_changed"] >= row["first_seen"]
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_full_sweep_on_request_revalidates_everything(tmp_path):
    portal = Portal(seed=2, n_articles=20)
    archive = tmp_path / "archive.db"
    with FixtureServer(portal, etag=True) as server:
        start = ["-a", f"start_url={server.base_url}/"]
        run_crawl(archive, *start)
        server.reset_log()
        run_crawl(archive, *start, "-a", "full=1")
        conditional = [h for _, p, h in server.requests if "If-None-Match" in h]
        assert len(conditional) >= len(portal.articles), "a full sweep re-checks every article, cheaply"
        db = open_archive(archive)
        assert db.execute("SELECT mode FROM crawl_runs ORDER BY id DESC").fetchone()[0] == "full"


def _start_crawl(archive, base_url, extra=()):
    settings = {**FAST_SETTINGS, "ARCHIVE_PATH": str(archive), "CONCURRENT_REQUESTS_PER_DOMAIN": "2",
                "DOWNLOAD_DELAY": "0.05"}
    command = [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", f"start_url={base_url}/", *extra]
    for key, value in settings.items():
        command += ["-s", f"{key}={value}"]
    return subprocess.Popen(command, cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for_articles(archive, minimum, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if archive.exists() and count(archive, "SELECT count(*) FROM articles") >= minimum:
                return
        except sqlite3.OperationalError:
            pass
        time.sleep(0.1)
    raise AssertionError("the crawl did not start archiving in time")


def test_kill_9_leaves_a_consistent_archive_that_the_next_run_completes(tmp_path):
    portal = Portal(seed=3, n_articles=60)
    archive = tmp_path / "archive.db"
    with FixtureServer(portal) as server:
        process = _start_crawl(archive, server.base_url)
        try:
            _wait_for_articles(archive, 5)
        finally:
            process.send_signal(signal.SIGKILL)
            process.communicate(timeout=30)
        assert process.returncode == -signal.SIGKILL
        db = open_archive(archive)
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = db.execute("SELECT count(*) FROM articles").fetchone()[0]
        assert 0 < stored < len(portal.expected_all(server.base_url))
        # No partial article: every stored article has all its images linked.
        expected = {e["url"]: e for e in portal.expected_all(server.base_url)}
        for row in db.execute("SELECT id, url FROM articles"):
            linked = db.execute("SELECT count(*) FROM article_images WHERE article_id = ?", [row["id"]]).fetchone()[0]
            assert linked == len(expected[row["url"]]["images"]), row["url"]
        assert db.execute("SELECT status FROM crawl_runs").fetchone()[0] == "running"
        db.close()

        run_crawl(archive, "-a", f"start_url={server.base_url}/")
        db = open_archive(archive)
        urls = [r[0] for r in db.execute("SELECT url FROM articles")]
        assert sorted(urls) == sorted(expected), "the next run completes the work, no duplicates"
        assert [r[0] for r in db.execute("SELECT status FROM crawl_runs ORDER BY id")] == ["crashed", "finished"]


def test_second_concurrent_crawl_refuses(tmp_path):
    portal = Portal(seed=4, n_articles=60)
    archive = tmp_path / "archive.db"
    with FixtureServer(portal) as server:
        first = _start_crawl(archive, server.base_url)
        try:
            _wait_for_articles(archive, 1)
            second = run_crawl(archive, "-a", f"start_url={server.base_url}/", check=False, timeout=60)
            assert second.returncode != 0
            last_line = second.stderr.strip().splitlines()[-1]
            assert last_line.startswith("error:") and "already" in last_line
            assert "Traceback" not in second.stderr
        finally:
            first.send_signal(signal.SIGKILL)
            first.communicate(timeout=30)
        # The dead holder's lock is taken over.
        run_crawl(archive, "-a", f"start_url={server.base_url}/")


def test_clean_stop_with_jobdir_resumes_where_it_stopped(tmp_path):
    portal = Portal(seed=5, n_articles=60)
    archive = tmp_path / "archive.db"
    jobdir = tmp_path / "job"
    with FixtureServer(portal) as server:
        process = _start_crawl(archive, server.base_url, extra=("-s", f"JOBDIR={jobdir}"))
        try:
            _wait_for_articles(archive, 5)
            process.send_signal(signal.SIGINT)  # Ctrl-C: Scrapy finishes what is in flight and stops
            _, stderr = process.communicate(timeout=60)
        finally:
            if process.poll() is None:
                process.kill()
        assert "shutdown" in stderr
        first_paths = {p for _, p, _ in server.requests}
        stored = count(archive, "SELECT count(*) FROM articles")
        expected = portal.expected_all(server.base_url)
        assert 0 < stored < len(expected)
        server.reset_log()

        run_crawl(archive, "-a", f"start_url={server.base_url}/", settings={"JOBDIR": str(jobdir)})
        db = open_archive(archive)
        assert sorted(r[0] for r in db.execute("SELECT url FROM articles")) == sorted(e["url"] for e in expected)
        repeated = [p for _, p, _ in server.requests if p in first_paths and not p.startswith(("/robots.txt", "/sites/"))]
        assert len(repeated) <= 5, f"the resumed run starts where the first stopped, not over: {repeated}"
        assert [r[0] for r in db.execute("SELECT status FROM crawl_runs ORDER BY id")] == ["shutdown", "finished"]
