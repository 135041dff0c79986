"""The command-line contract (docs/conventions.md §1): errors are one clear line, non-zero, no
traceback, and nothing already archived is lost; standard Scrapy flags keep working."""

from __future__ import annotations

import json
import socket
import sqlite3

import pytest

from tests.conftest import open_archive, run_crawl
from tests.fixtures.portal import Portal
from tests.fixtures.server import FixtureServer


def last_line(process) -> str:
    return process.stderr.strip().splitlines()[-1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.parametrize(
    "args, message",
    [
        (["-a", "start_url=notaurl"], "invalid start URL 'notaurl'"),
        (["-a", "start_url=ftp://x.example.org/"], "invalid start URL"),
        (["-a", "source=gopher"], "-a source=gopher"),
        (["-a", "sites=/no/such/file.txt"], "no such file"),
        (["-a", "source=wayback", "-a", "from=2024-01-01"], "-a from=2024-01-01"),
    ],
)
def test_malformed_arguments(archive_path, args, message):
    process = run_crawl(archive_path, *args, check=False, timeout=60)
    assert process.returncode == 2
    assert last_line(process).startswith("error: ") and message in last_line(process)
    assert "Traceback" not in process.stderr


def test_unreachable_start_url_names_the_wayback_option(archive_path):
    url = f"http://127.0.0.1:{free_port()}/"
    process = run_crawl(archive_path, "-a", f"start_url={url}", check=False, timeout=120,
                        settings={"RETRY_TIMES": "0"})
    assert process.returncode == 2
    line = last_line(process)
    assert line.startswith("error: cannot reach") and "source=wayback" in line
    assert "Traceback" not in process.stderr


def test_unwritable_archive(tmp_path):
    process = run_crawl(tmp_path / "missing-folder" / "a.db", check=False, timeout=60)
    assert process.returncode == 2 and "does not exist" in last_line(process)
    not_a_database = tmp_path / "notes.db"
    not_a_database.write_text("these are my notes, not an archive\n" * 100)
    process = run_crawl(not_a_database, check=False, timeout=60)
    assert process.returncode == 2 and last_line(process).startswith("error: cannot open archive")
    assert not_a_database.read_text().startswith("these are my notes"), "nothing lost"
    assert "Traceback" not in process.stderr


def test_standard_scrapy_flags(tmp_path):
    portal = Portal(seed=7, n_articles=12)
    archive = tmp_path / "archive.db"
    with FixtureServer(portal) as server:
        process = run_crawl(archive, "-a", f"start_url={server.base_url}/", "-O", str(tmp_path / "items.jsonl"),
                            settings={"CLOSESPIDER_PAGECOUNT": "8", "LOG_LEVEL": "WARNING"})
    assert process.returncode == 0
    items = [json.loads(line) for line in (tmp_path / "items.jsonl").read_text().splitlines()]
    assert items and all("html" not in item or item["html"] is None for item in items)
    db = open_archive(archive)
    run = db.execute("SELECT status, pages FROM crawl_runs").fetchone()
    assert run["status"] == "closespider_pagecount"
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_several_portals_in_one_run(tmp_path):
    first, second = Portal(seed=8, n_articles=6), Portal(seed=9, n_articles=6, site_name="UBND xã Vĩnh Trạch")
    sites_file = tmp_path / "sites.txt"
    archive = tmp_path / "archive.db"
    with FixtureServer(first) as a, FixtureServer(second) as b:
        sites_file.write_text(f"# two communes\n{a.base_url}/\n{b.base_url}/\n")
        run_crawl(archive, "-a", f"sites={sites_file}")
        db = sqlite3.connect(archive)
        names = sorted(r[0] for r in db.execute("SELECT name FROM sites"))
        assert names == ["UBND xã Vĩnh Trạch", "UBND xã Vĩnh Tế"]
        per_site = dict(db.execute("SELECT site, count(*) FROM articles GROUP BY site").fetchall())
        assert len(per_site) == 2
        assert sum(per_site.values()) == len(first.expected_all(a.base_url)) + len(second.expected_all(b.base_url))


def test_tests_cannot_reach_the_default_portal(archive_path):
    """tests/netguard keeps every test process off the internet: the default portal, a real host,
    fails as a DNS error (the same one-line error a user with no network sees) without a request."""
    process = run_crawl(archive_path, check=False, timeout=120, settings={"RETRY_TIMES": "0"})
    assert process.returncode == 2
    line = last_line(process)
    assert line.startswith("error: cannot reach https://vinhte.chaudoc.angiang.gov.vn/") and "DNS" in line
    assert "Traceback" not in process.stderr
