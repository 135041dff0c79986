"""A province crawl for real: Debian's redis-server, two `scrapy crawl portal` processes over one
frontier (crawler/frontier/), ten fixture portals each on an address of its own (127.0.0.x, so each
is its own host for Scrapy's per-host limits), the coordinator of crawler/province/run.py, and the
real SQLite archive it merges. Faults: kill -9 of one process mid-crawl; Redis restarted mid-crawl."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis

from crawler.archive.store import now_iso
from tests.conftest import ROOT
from tests.fixtures.portal import Portal
from tests.fixtures.server import FixtureServer
from tests.redis_server import RedisServer, redis_server  # noqa: F401  (fixture)

COMMUNES = ["Vĩnh Tế", "Vĩnh Châu", "Núi Sam", "Vĩnh Mỹ", "Vĩnh Ngươn", "Mỹ Đức", "Khánh Hòa", "Phú Hội",
            "Tân Lập", "Đa Phước"]
PER_HOST = 2
FAST = {"AUTOTHROTTLE_ENABLED": "False", "DOWNLOAD_DELAY": "0", "CONCURRENT_REQUESTS_PER_DOMAIN": str(PER_HOST),
        "FRONTIER_LEASE_SECONDS": "3", "DOWNLOAD_TIMEOUT": "10", "RETRY_TIMES": "2",
        "LOGSTATS_INTERVAL": "5"}


@pytest.fixture
def portals():
    servers = []
    for index, commune in enumerate(COMMUNES):
        portal = Portal(seed=100 + index, n_articles=6, site_name=f"UBND xã {commune}")
        servers.append(FixtureServer(portal, host=f"127.0.0.{20 + index}", latency=0.03).start())
    yield servers
    for server in servers:
        server.stop()


def write_registry(path: Path, servers) -> Path:
    lines = ["host,name,province,status,source"]
    lines += [f"{server.base_url}/,Xã {commune},An Giang,live,live" for server, commune in zip(servers, COMMUNES)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def province_command(registry: Path, archive: Path, redis_url: str, name: str, *extra: str,
                     settings: dict | None = None) -> list[str]:
    command = [sys.executable, "-m", "crawler.province", "run", "--sites", str(registry), "--archive", str(archive),
               "--redis", redis_url, "--name", name, "--processes", "2", "--interval", "0.5", *extra]
    for key, value in {**FAST, **(settings or {})}.items():
        command += ["-s", f"{key}={value}"]
    return command


def start_province(command: list[str], log: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": os.environ["PYTHONPATH"]}
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT)


def worker_pids(name: str) -> list[int]:
    found = subprocess.run(["pgrep", "-f", f"FRONTIER_NAME={name} "], capture_output=True, text=True)
    return [int(pid) for pid in found.stdout.split()]


def wait_for_pages(archive_parts: Path, at_least: int, timeout: float = 60) -> None:
    """Until the part archives hold `at_least` articles between them (read as the crawl writes)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        total = 0
        for part in archive_parts.glob("*/*.db"):
            try:
                with sqlite3.connect(f"file:{part}?mode=ro", uri=True, timeout=1) as conn:
                    total += conn.execute("SELECT count(*) FROM articles").fetchone()[0]
            except sqlite3.Error:
                pass
        if total >= at_least:
            return
        time.sleep(0.1)
    raise AssertionError(f"fewer than {at_least} articles archived after {timeout} s")


def assert_every_article_once(archive: Path, servers) -> None:
    conn = sqlite3.connect(archive)
    rows = conn.execute("SELECT url, site FROM articles").fetchall()
    urls = [url for url, _ in rows]
    assert len(urls) == len(set(urls)), "an article archived twice"
    expected = {truth["url"] for server in servers for truth in server.expected()}
    assert expected <= set(urls), f"missing: {sorted(expected - set(urls))[:5]}"
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.execute("INSERT INTO articles_fts(articles_fts) VALUES('integrity-check')")
    conn.close()


def assert_polite(servers) -> None:
    for server in servers:
        assert server.max_active <= PER_HOST, f"{server.base_url} answered {server.max_active} requests at once"


def finish(process: subprocess.Popen, log: Path, timeout: float = 240) -> int:
    try:
        return process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGINT)
        process.wait(timeout=30)
        raise AssertionError(f"the province crawl did not end:\n{log.read_text()[-4000:]}")


def crawl_under_way(tmp_path, redis_server, portals, name: str):
    """A province crawl of the portals, once its processes have archived a few articles."""
    registry = write_registry(tmp_path / "an-giang.csv", portals)
    archive, log = tmp_path / "archive.db", tmp_path / "province.log"
    process = start_province(province_command(registry, archive, redis_server.url, name), log)
    wait_for_pages(tmp_path / "archive.db.parts", at_least=15)
    return archive, log, process


def test_two_processes_survive_kill_9_and_archive_every_article_once(tmp_path, redis_server, portals):
    archive, log, process = crawl_under_way(tmp_path, redis_server, portals, "an-giang-test")
    victims = worker_pids("an-giang-test")
    assert len(victims) == 2, f"expected two crawl processes, found {victims}"
    os.kill(victims[0], signal.SIGKILL)
    assert finish(process, log) == 0, log.read_text()[-4000:]

    text = log.read_text()
    assert "killed by signal 9; starting another process" in text
    assert_every_article_once(archive, portals)
    assert_polite(portals)
    conn = sqlite3.connect(archive)
    states = dict(conn.execute("SELECT site, state FROM portal_progress WHERE frontier = 'an-giang-test'"))
    assert len(states) == len(portals) and set(states.values()) == {"done"}
    pages = dict(conn.execute("SELECT site, pages FROM portal_progress"))
    assert all(count >= 10 for count in pages.values()), pages
    provinces = {row[0] for row in conn.execute("SELECT province FROM sites")}
    assert provinces == {"An Giang"}
    # The frontier is gone from Redis once merged, and so are the parts.
    assert list(redis.Redis.from_url(redis_server.url).scan_iter("commune-archive:an-giang-test:*")) == []
    parts = tmp_path / "archive.db.parts" / "an-giang-test"
    assert list(parts.glob("*.db")) == [] and len(list(parts.glob("*.log"))) == 3   # two, and the restart


def test_a_redis_restart_mid_crawl_is_ridden_out(tmp_path, redis_server, portals):
    archive, log, process = crawl_under_way(tmp_path, redis_server, portals, "restart-test")
    redis_server.restart(down_for=1.0)
    assert finish(process, log) == 0, log.read_text()[-4000:]
    assert_every_article_once(archive, portals)
    assert_polite(portals)


def test_a_second_run_of_the_province_is_incremental(tmp_path, redis_server, portals):
    """The processes read earlier runs from the province archive: the second night asks the
    portals for far fewer pages, and a new article on one portal is archived."""
    registry = write_registry(tmp_path / "an-giang.csv", portals)
    archive = tmp_path / "archive.db"
    first = start_province(province_command(registry, archive, redis_server.url, "night-1"), tmp_path / "1.log")
    assert finish(first, tmp_path / "1.log") == 0
    first_requests = sum(len(server.requests) for server in portals)
    for server in portals:
        server.reset_log()
    added = portals[3].portal.add_article(title="Xã Vĩnh Mỹ ra quân làm đường giao thông nông thôn")
    deleted = portals[5].portal.delete_article(portals[5].portal.articles[-1].node_id)
    deleted_url = portals[5].base_url + deleted.path
    # Every archived article re-checked (a conditional request each): the deleted one answers 404.
    night_two = now_iso()
    second = start_province(province_command(registry, archive, redis_server.url, "night-2",
                                             settings={"REVALIDATE_SHARE": "1.0"}), tmp_path / "2.log")
    assert finish(second, tmp_path / "2.log") == 0, (tmp_path / "2.log").read_text()[-3000:]
    second_requests = sum(len(server.requests) for server in portals)
    # Half of the first night's requests (no listing walked, no image fetched again), although every
    # archived article is asked again here.
    assert second_requests < first_requests * 0.6, (first_requests, second_requests)
    conn = sqlite3.connect(archive)
    titles = {row[0] for row in conn.execute("SELECT title FROM articles")}
    assert added.title in titles
    assert conn.execute("SELECT count(*) FROM articles WHERE status = 'live'").fetchone()[0] == \
        sum(len(server.expected()) for server in portals)
    # Re-checked by processes that held no copy of them: the 304s and the 404 reach the province archive.
    assert conn.execute("SELECT status FROM articles WHERE url = ?", [deleted_url]).fetchone() == ("gone",)
    assert conn.execute("SELECT count(*) FROM articles WHERE status = 'live' AND last_seen < ?",
                        [night_two]).fetchone()[0] == 0, "every live article was seen again on the second night"
    assert_polite(portals)


def test_a_bad_registry_is_one_line_and_nothing_starts(tmp_path, redis_server):
    registry = tmp_path / "bad.csv"
    registry.write_text("host,name,status\nvinhte.chaudoc.angiang.gov.vn,Xã Vĩnh Tế,closed\n", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "crawler.province", "run", "--sites", str(registry),
                             "--archive", str(tmp_path / "archive.db"), "--redis", redis_server.url],
                            cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"error: {registry}:2: status 'closed': expected live or retired"]
    assert not (tmp_path / "archive.db").exists()


def test_no_redis_is_one_line(tmp_path, portals):
    registry = write_registry(tmp_path / "an-giang.csv", portals[:1])
    port = RedisServer(tmp_path).port      # a free port nobody listens on
    result = subprocess.run([sys.executable, "-m", "crawler.province", "status", "--sites", str(registry),
                             "--name", "x", "--redis", f"redis://127.0.0.1:{port}/0"],
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: cannot reach Redis at redis://127.0.0.1:{port}/0")


def test_a_second_machine_adds_a_process_and_its_parts_are_merged_after(tmp_path, redis_server, portals):
    """Machine A runs the coordinator with one process; machine B (here another folder, the same
    Redis) adds a `worker` to the same frontier. Each writes its own parts; B's are merged into A's
    archive afterwards: every article once, and the portals never saw two processes at once."""
    registry = write_registry(tmp_path / "an-giang.csv", portals)
    machine_a, machine_b = tmp_path / "a", tmp_path / "b"
    machine_a.mkdir()
    machine_b.mkdir()
    name = "two-machines"
    worker = [sys.executable, "-m", "crawler.province", "worker", "--sites", str(registry), "--name", name,
              "--archive", str(machine_b / "archive.db"), "--redis", redis_server.url]
    for key, value in FAST.items():
        worker += ["-s", f"{key}={value}"]
    other = start_province(worker, tmp_path / "b.log")
    wait_for_pages(machine_b / "archive.db.parts", at_least=3)      # B is under way when A joins
    run = province_command(registry, machine_a / "archive.db", redis_server.url, name)
    run[run.index("--processes") + 1] = "1"
    coordinator = start_province(run, tmp_path / "a.log")
    assert finish(coordinator, tmp_path / "a.log") == 0, (tmp_path / "a.log").read_text()[-3000:]
    assert finish(other, tmp_path / "b.log") == 0, (tmp_path / "b.log").read_text()[-3000:]
    b_parts = sorted((machine_b / "archive.db.parts" / name).glob("*.db"))
    assert len(b_parts) == 1
    with sqlite3.connect(b_parts[0]) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] > 0, "machine B did some of the work"
    merged = subprocess.run([sys.executable, "-m", "crawler.archive.merge", str(machine_a / "archive.db"),
                             *map(str, b_parts)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert merged.returncode == 0, merged.stderr
    assert_every_article_once(machine_a / "archive.db", portals)
    assert_polite(portals)


def test_a_portal_that_answers_nothing_fails_the_province_monitors(tmp_path, redis_server, portals):
    """Judged for the whole province at the end: exit status 3, one warning line, and the portal's
    `portal_progress.monitor` says why; the other portals are archived as usual."""
    gone = portals[-1]
    gone.stop()
    registry = write_registry(tmp_path / "an-giang.csv", portals)
    archive = tmp_path / "archive.db"
    log = tmp_path / "province.log"
    process = start_province(province_command(registry, archive, redis_server.url, "one-gone"), log)
    assert finish(process, log) == 3, log.read_text()[-3000:]
    site = gone.base_url.split("//", 1)[1]
    warnings = [line for line in log.read_text().splitlines() if "monitor " in line and " failed: " in line]
    assert len(warnings) == 1 and f"monitor empty portal failed: {site}: unreachable" in warnings[0]
    conn = sqlite3.connect(archive)
    monitor = dict(conn.execute("SELECT site, monitor FROM portal_progress"))
    assert monitor[site].startswith(f"{site}: unreachable")
    assert [value for key, value in monitor.items() if key != site] == [None] * (len(portals) - 1)
    assert_every_article_once(archive, portals[:-1])
