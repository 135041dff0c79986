"""`merge` (crawler/archive/merge.py): part archives written by real crawls of fixture portals, folded
into one archive — the same rows as one crawl of everything, no duplicate, an edit kept as a revision,
idempotent, one transaction per part, and a bad part refused with one line before anything is written."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
from collections import Counter
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import pytest

from crawler import cli
from crawler.archive import ArchiveError, ArchiveLock
from crawler.archive import merge as merge_module
from crawler.archive.merge import merge_archive
from tests.conftest import ROOT, open_archive, run_crawl
from tests.datasette_fixtures import InProcessDatasette
from tests.fixtures.portal import Portal
from tests.fixtures.server import FixtureServer

EDITED_TEXT = "Nội dung đã được cập nhật: Đảng ủy xã Vĩnh Hội điều chỉnh kế hoạch năm 2024."


@dataclass
class TwoPortals:
    part_a: Path
    part_b: Path
    whole: Path        # one crawl of both portals into one archive


@dataclass
class EditedPortal:
    before: Path       # crawled before the edit
    again: Path        # crawled again, nothing changed
    after: Path        # crawled after the edit
    history: Path      # crawled before and after the edit: the crawler's own revision
    url: str           # the edited article's URL


@pytest.fixture(scope="module")
def two_portals(tmp_path_factory) -> TwoPortals:
    folder = tmp_path_factory.mktemp("two-portals")
    first, second = Portal(seed=8, n_articles=6), Portal(seed=9, n_articles=6, site_name="UBND xã Vĩnh Trạch")
    crawls = TwoPortals(folder / "part-a.db", folder / "part-b.db", folder / "whole.db")
    with FixtureServer(first) as a, FixtureServer(second) as b:
        run_crawl(crawls.part_a, "-a", f"start_url={a.base_url}/")
        run_crawl(crawls.part_b, "-a", f"start_url={b.base_url}/")
        run_crawl(crawls.whole, "-a", f"start_url={a.base_url}/,{b.base_url}/")
    return crawls


@pytest.fixture(scope="module")
def edited_portal(tmp_path_factory) -> EditedPortal:
    folder = tmp_path_factory.mktemp("edited-portal")
    portal = Portal(seed=11, n_articles=6, site_name="UBND xã Vĩnh Hội")
    with FixtureServer(portal) as server:
        start = ["-a", f"start_url={server.base_url}/"]
        crawls = EditedPortal(folder / "before.db", folder / "again.db", folder / "after.db", folder / "history.db",
                              url="")
        for archive in (crawls.before, crawls.again, crawls.history):
            run_crawl(archive, *start)
        spec = portal.articles[0]
        portal.edit_article(spec.node_id, paragraphs=[EDITED_TEXT, *spec.paragraphs[1:]])
        for archive in (crawls.after, crawls.history):
            run_crawl(archive, *start, "-a", "full=1")
        crawls.url = spec.expected(server.base_url)["url"]
        return crawls


# -- what the archives hold ---------------------------------------------------------------------------
def rows(path: Path, sql: str, params=()) -> list[tuple]:
    with closing(sqlite3.connect(path)) as db:
        return [tuple(row) for row in db.execute(sql, params)]


def articles(path: Path) -> dict[str, str]:
    return dict(rows(path, "SELECT url, content_hash FROM articles"))


def image_links(path: Path) -> set[tuple]:
    return set(rows(path, "SELECT a.url, l.position, l.image_sha256, l.url FROM article_images l "
                          "JOIN articles a ON a.id = l.article_id"))


def captures(path: Path) -> Counter:
    return Counter(rows(path, "SELECT url, fetched_url, status, record, payload_sha256 FROM captures"))


def snapshot(path: Path) -> list[str]:
    """Every row of every table (blobs as their sha256), to tell an archive changed or not."""
    tables = [name for (name,) in rows(path, "SELECT name FROM sqlite_master WHERE type = 'table' "
                                             "AND name NOT LIKE 'articles_fts%' ORDER BY name")]
    return [f"{table}: {[tuple(map(_hashed, row)) for row in rows(path, f'SELECT * FROM [{table}] ORDER BY 1')]}"
            for table in tables]


def _hashed(value):
    return hashlib.sha256(value).hexdigest() if isinstance(value, bytes) else value


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def assert_sound(path: Path) -> None:
    db = open_archive(path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    db.execute("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')")
    assert db.execute("SELECT count(*) FROM articles_fts").fetchone()[0] == \
        db.execute("SELECT count(*) FROM articles").fetchone()[0]
    orphans = db.execute("SELECT count(*) FROM captures c WHERE (c.refers_to IS NOT NULL AND NOT EXISTS "
                         "(SELECT 1 FROM captures o WHERE o.id = c.refers_to AND o.fetched_url = c.fetched_url)) "
                         "OR NOT EXISTS (SELECT 1 FROM crawl_runs r WHERE r.id = c.run_id)").fetchone()[0]
    assert orphans == 0, "every revisit refers to a capture of its URL, every capture to its run"
    db.close()


# -- two portals, two parts ---------------------------------------------------------------------------
def test_two_parts_merge_into_what_one_crawl_of_both_gives(two_portals, tmp_path):
    into = tmp_path / "archive.db"
    parts_before = [file_sha256(two_portals.part_a), file_sha256(two_portals.part_b)]
    report = merge_archive(into, [two_portals.part_a, two_portals.part_b])

    whole = two_portals.whole
    assert articles(into) == articles(whole) and len(articles(into)) == 20
    assert set(rows(into, "SELECT sha256 FROM images")) == set(rows(whole, "SELECT sha256 FROM images"))
    assert image_links(into) == image_links(whole)
    assert captures(into) == captures(whole)
    payloads = "SELECT sha256 FROM capture_payloads"
    assert set(rows(into, payloads)) == set(rows(whole, payloads))
    assert set(rows(into, "SELECT url, kind, status, etag FROM urls")) == \
        set(rows(whole, "SELECT url, kind, status, etag FROM urls"))
    assert sorted(rows(into, "SELECT name, runs FROM sites")) == [("UBND xã Vĩnh Trạch", 1), ("UBND xã Vĩnh Tế", 1)]
    assert rows(into, "SELECT count(*) FROM crawl_runs") == [(2,)]
    run_sites = "SELECT r.start_url, s.site FROM run_sites s JOIN crawl_runs r ON r.id = s.run_id"
    assert sorted(rows(into, run_sites)) == sorted([*rows(two_portals.part_a, run_sites),
                                                    *rows(two_portals.part_b, run_sites)])
    assert report.total("articles").inserted == 20
    assert report.total("captures").inserted == sum(captures(whole).values())
    assert [file_sha256(two_portals.part_a), file_sha256(two_portals.part_b)] == parts_before, "parts only read"
    assert_sound(into)


def test_merging_again_changes_nothing(two_portals, tmp_path):
    into = tmp_path / "archive.db"
    merge_archive(into, [two_portals.part_a, two_portals.part_b])
    before = snapshot(into)
    report = merge_archive(into, [two_portals.part_a, two_portals.part_b, two_portals.part_a])
    assert snapshot(into) == before
    for table in ("articles", "images", "captures", "capture_payloads", "urls", "crawl_runs", "sites", "revisions",
                  "article_images", "run_sites"):
        total = report.total(table)
        assert (total.inserted, total.updated, total.revisions) == (0, 0, 0), table
    assert_sound(into)


def test_merging_into_an_archive_a_crawl_wrote(two_portals, tmp_path):
    into = tmp_path / "archive.db"
    shutil.copy(two_portals.part_a, into)
    report = merge_archive(into, [two_portals.part_b])
    assert articles(into) == articles(two_portals.whole)
    assert captures(into) == captures(two_portals.whole)
    assert report.parts[0].tables["articles"].inserted == 10
    assert_sound(into)


def test_the_merged_archive_reads_in_datasette(two_portals, tmp_path):
    into = tmp_path / "archive.db"
    merge_archive(into, [two_portals.part_a, two_portals.part_b])
    datasette = InProcessDatasette([into])
    try:
        listed = datasette.json("/archive/image_list.json?_shape=array&_size=max")
        assert {row["sha256"] for row in listed} == {sha for (sha,) in rows(into, "SELECT sha256 FROM images")}
        sha256 = listed[0]["sha256"]
        image = datasette.get(f"/-/archive-image/{sha256}")
        assert image.status_code == 200 and hashlib.sha256(image.content).hexdigest() == sha256
        found = datasette.json("/archive/articles.json?_shape=array&_search=vinh+trach")
        assert found and {row["site"] for row in found} <= {site for (site,) in rows(into, "SELECT host FROM sites")}
        article_id = rows(into, "SELECT id FROM articles ORDER BY id DESC LIMIT 1")[0][0]
        assert datasette.get(f"/archive/-/article/{article_id}").status_code == 200
    finally:
        datasette.close()


# -- one portal, crawled twice --------------------------------------------------------------------------
def test_overlapping_parts_give_one_article_each_and_no_revision(edited_portal, tmp_path):
    into = tmp_path / "archive.db"
    report = merge_archive(into, [edited_portal.before, edited_portal.again])
    assert articles(into) == articles(edited_portal.before) == articles(edited_portal.again)
    assert rows(into, "SELECT count(*) FROM revisions") == [(0,)]
    assert report.total("articles").revisions == 0
    first = dict(rows(edited_portal.before, "SELECT url, first_seen FROM articles"))
    last = dict(rows(edited_portal.again, "SELECT url, last_seen FROM articles"))
    seen = {url: (since, until) for url, since, until in rows(into, "SELECT url, first_seen, last_seen FROM articles")}
    assert seen == {url: (first[url], last[url]) for url in first}
    assert rows(into, "SELECT runs FROM sites") == [(2,)], "both crawls counted"
    assert rows(into, "SELECT count(*) FROM crawl_runs") == [(2,)]
    assert image_links(into) == image_links(edited_portal.again)
    assert_sound(into)


def edited_rows(into: Path, url: str):
    db = open_archive(into)
    article = db.execute("SELECT * FROM articles WHERE url = ?", [url]).fetchone()
    revisions = db.execute("SELECT * FROM revisions WHERE article_id = ?", [article["id"]]).fetchall()
    db.close()
    return article, revisions


@pytest.mark.parametrize("order, reason", [("before-after", "edit"), ("after-before", "older capture")])
def test_an_edited_article_is_one_article_with_one_revision(edited_portal, tmp_path, order, reason):
    older, newer = edited_portal.before, edited_portal.after
    assert rows(newer, "SELECT max(last_seen) FROM articles") > rows(older, "SELECT max(last_seen) FROM articles")
    into = tmp_path / "archive.db"
    merge_archive(into, [older, newer] if order == "before-after" else [newer, older])

    assert articles(into) == articles(newer), "one row per URL, the newer version current"
    article, revisions = edited_rows(into, edited_portal.url)
    assert article["body_text"].startswith(EDITED_TEXT)
    assert [(r["reason"], r["content_hash"]) for r in revisions] == [(reason, articles(older)[edited_portal.url])]
    assert EDITED_TEXT not in revisions[0]["body_text"]
    assert rows(into, "SELECT count(*) FROM revisions") == [(1,)], "unchanged articles have no revision"
    assert image_links(into) == image_links(newer), "the links are the current version's"
    assert [article["first_seen"]] == [seen for (seen,) in rows(older, "SELECT first_seen FROM articles WHERE url = ?",
                                                                [edited_portal.url])]
    assert_sound(into)
    # What Datasette's reader shows of it: the article found by its new words, and its revision.
    datasette = InProcessDatasette([into])
    try:
        found = datasette.json("/archive/articles.json?_shape=array&_search=dieu+chinh+ke+hoach")
        assert [row["id"] for row in found] == [article["id"]]
        assert EDITED_TEXT in datasette.get(f"/archive/-/article/{article['id']}").text
        assert datasette.get(f"/archive/-/article/{article['id']}/revision/{revisions[0]['id']}").status_code == 200
        changed = datasette.json("/archive/recently_changed.json?_shape=array")
        assert [row["earlier_versions"] for row in changed] == [1]
    finally:
        datasette.close()

    again = merge_archive(into, [older, newer])
    assert again.total("articles").updated == 0 and again.total("revisions").inserted == 0
    assert edited_rows(into, edited_portal.url)[1] == revisions


@pytest.mark.parametrize("order", ["before-history-after", "history-before", "after-history"])
def test_a_revision_the_crawler_made_is_kept_once(edited_portal, tmp_path, order):
    """A part whose crawls saw the edit themselves has the revision already."""
    crawled = {"before": edited_portal.before, "history": edited_portal.history, "after": edited_portal.after}
    into = tmp_path / "archive.db"
    merge_archive(into, [crawled[name] for name in order.split("-")])
    article, revisions = edited_rows(into, edited_portal.url)
    assert article["body_text"].startswith(EDITED_TEXT)
    assert [r["content_hash"] for r in revisions] == [articles(edited_portal.before)[edited_portal.url]]
    assert rows(into, "SELECT count(*) FROM revisions") == [(1,)]
    assert_sound(into)


# -- refusals and crash safety ----------------------------------------------------------------------------
def test_a_part_that_is_not_an_archive_is_refused_with_one_line(two_portals, tmp_path):
    into = tmp_path / "archive.db"
    merge_archive(into, [two_portals.part_a])
    before = file_sha256(into)
    junk = tmp_path / "notes.db"
    junk.write_text("these are my notes, not an archive\n" * 100)
    other_sqlite = tmp_path / "other.db"
    sqlite3.connect(other_sqlite).execute("CREATE TABLE notes (text)").connection.close()
    for bad, message in ((junk, "is not an archive"), (other_sqlite, "has no articles table"),
                         (tmp_path / "missing.db", "no such part archive")):
        process = subprocess.run([sys.executable, "-m", "crawler.archive.merge", str(into), str(two_portals.part_b),
                                  str(bad)], cwd=ROOT, capture_output=True, text=True, timeout=60)
        assert process.returncode == 2, process.stderr
        assert process.stderr.count("\n") == 1 and process.stderr.startswith("error: ") and message in process.stderr
        assert file_sha256(into) == before, "nothing merged, not even the good part"
    assert junk.read_text().startswith("these are my notes")


def test_the_command_prints_a_line_per_part(two_portals, tmp_path, capsys):
    into = tmp_path / "archive.db"
    assert cli.main(["merge", str(into), str(two_portals.part_a), str(two_portals.part_b)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and lines[0].startswith(f"{two_portals.part_a}: ") and "articles 10 new" in lines[1]
    assert cli.main(["merge", str(into), str(into)]) == 2
    assert capsys.readouterr().err.startswith("error: ")


@pytest.mark.parametrize("held", ["into", "part"])
def test_a_crawl_holding_the_archive_or_a_part_keeps_the_merge_out(two_portals, tmp_path, held):
    into = tmp_path / "archive.db"
    lock = ArchiveLock(into if held == "into" else two_portals.part_a)
    lock.acquire()
    try:
        with pytest.raises(ArchiveError, match="already writing"):
            merge_archive(into, [two_portals.part_a])
    finally:
        lock.release()
    assert not into.exists()
    assert not list(tmp_path.glob("*.lock")) and not list(two_portals.part_a.parent.glob("*.lock"))


def test_a_crash_mid_part_leaves_the_archive_as_before_that_part(two_portals, tmp_path, monkeypatch):
    into = tmp_path / "archive.db"
    merge_archive(into, [two_portals.part_a])
    before = snapshot(into)

    insert = merge_module._insert

    def crash_at_urls(conn, table, row):
        if table == "urls":   # the last table: the part's files, runs, captures, articles are written
            raise KeyboardInterrupt
        insert(conn, table, row)

    monkeypatch.setattr(merge_module, "_insert", crash_at_urls)
    with pytest.raises(KeyboardInterrupt):
        merge_archive(into, [two_portals.part_b])
    assert snapshot(into) == before
    monkeypatch.undo()
    merge_archive(into, [two_portals.part_b])
    assert articles(into) == articles(two_portals.whole)
    assert_sound(into)
