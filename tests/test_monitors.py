"""The close-time monitors (crawler/monitors.py, issue #20 item 4), through real crawls of fixture
portals on 127.0.0.1: exit status 0 when every monitor passes, 3 when one fails, each failure a
WARNING line naming what failed and an entry of crawl_runs.monitors."""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest

from crawler.archive import Archive
from crawler.state import CrawlState
from tests.conftest import open_archive, run_crawl
from tests.fixtures.portal import Portal, Response
from tests.fixtures.server import FixtureServer
from tests.test_cli import free_port

pytestmark = pytest.mark.slow

EXIT_MONITOR_FAILED = 3
MONITORS = ["empty portal", "error rate", "drop against last run"]


class HomeOnlyPortal(Portal):
    """A portal whose home page (and robots.txt) answers and nothing else: every article it links
    to is a 404, as after a CMS migration that broke every URL."""

    def respond(self, path_with_query: str, base_url: str) -> Response:
        if urlsplit(path_with_query).path in ("/", "/robots.txt"):
            return super().respond(path_with_query, base_url)
        return Response(404, "text/html; charset=utf-8", b"<html><body><h1>Not found</h1></body></html>")


class FailingPortal(Portal):
    """A portal whose first `failing` articles answer 500, every time they are asked."""

    def __init__(self, *args, failing: int, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.failing_paths = {spec.path for spec in self.articles[:failing]}

    def respond(self, path_with_query: str, base_url: str) -> Response:
        if urlsplit(path_with_query).path.rstrip("/") in self.failing_paths:
            return Response(500, "text/html; charset=utf-8", b"<html><body>Internal Server Error</body></html>")
        return super().respond(path_with_query, base_url)


def host(server_or_url) -> str:
    url = server_or_url if isinstance(server_or_url, str) else server_or_url.base_url
    return urlsplit(url).netloc


def last_run(archive) -> dict:
    row = open_archive(archive).execute("SELECT * FROM crawl_runs ORDER BY id DESC").fetchone()
    return {**dict(row), "monitors": json.loads(row["monitors"]) if row["monitors"] else None}


def monitor_warnings(process) -> list[str]:
    return [line.split("WARNING: ", 1)[1] for line in process.stderr.splitlines()
            if "[crawler.monitors] WARNING: " in line]


def test_a_healthy_crawl_passes_every_monitor_and_exits_0(archive_path):
    with FixtureServer(Portal(seed=3, n_articles=6)) as server:
        process = run_crawl(archive_path, "-a", f"start_url={server.base_url}/", check=False)
    assert process.returncode == 0, process.stderr[-3000:]
    run = last_run(archive_path)
    assert run["monitors"] == {"failed": [], "passed": MONITORS, "skipped": []}
    assert json.loads(run["stats"])["monitors/failures"] == 0
    assert monitor_warnings(process) == []
    # Spidermon's own report (banner, a line per monitor) and its deprecation warning stay out of the log.
    assert "[Spidermon]" not in process.stderr and "Spider.log() is deprecated" not in process.stderr


def test_a_portal_without_articles_and_an_unreachable_one_fail_each_by_name(archive_path):
    down = f"http://127.0.0.1:{free_port()}/"
    with FixtureServer(Portal(seed=3, n_articles=4)) as healthy, FixtureServer(HomeOnlyPortal(seed=4)) as empty:
        process = run_crawl(archive_path, "-a", f"start_url={healthy.base_url}/,{empty.base_url}/,{down}",
                            check=False)
    assert process.returncode == EXIT_MONITOR_FAILED, process.stderr[-3000:]
    failed = {failure["site"]: failure for failure in last_run(archive_path)["monitors"]["failed"]}
    assert set(failed) == {host(empty), host(down)}, "the healthy portal passes"
    assert {failure["monitor"] for failure in failed.values()} == {"empty portal"}
    assert failed[host(empty)]["message"].startswith(f"{host(empty)}: no article this run (")
    assert failed[host(down)]["message"].startswith(f"{host(down)}: unreachable: ")
    assert "connection refused" in failed[host(down)]["message"]
    assert sorted(monitor_warnings(process)) == sorted(
        f"monitor empty portal failed: {failure['message']}" for failure in failed.values())
    sites = {row["site"]: row for row in open_archive(archive_path).execute("SELECT * FROM run_sites")}
    assert sites[host(empty)]["pages"] > 0 and sites[host(empty)]["new"] == 0, "it answered, with no article"


def test_a_full_sweep_that_lost_most_articles_fails_against_the_last_full_sweep(archive_path):
    portal = Portal(seed=5, n_articles=12)
    with FixtureServer(portal) as server:
        start = f"start_url={server.base_url}/"
        assert run_crawl(archive_path, "-a", start, check=False).returncode == 0
        first = last_run(archive_path)
        # An incremental run gives far fewer articles than the full sweep before it (its news and a
        # few re-checks): it is not held against a full sweep.
        incremental = run_crawl(archive_path, "-a", start, check=False)
        assert incremental.returncode == 0, incremental.stderr[-3000:]
        second = last_run(archive_path)
        assert second["mode"] == "incremental"
        assert 0 < second["new"] + second["changed"] + second["unchanged"] < (first["new"] / 2)
        assert second["monitors"]["failed"] == []
        for spec in portal.articles[:10]:
            portal.delete_article(spec.node_id)
        process = run_crawl(archive_path, "-a", start, "-a", "full=1", check=False)
    assert process.returncode == EXIT_MONITOR_FAILED, process.stderr[-3000:]
    third = last_run(archive_path)
    assert third["mode"] == "full" and third["gone"] == 10
    [failure] = third["monitors"]["failed"]
    seen = third["unchanged"] + third["new"] + third["changed"]
    assert failure == {
        "monitor": "drop against last run", "site": host(server),
        "message": f"{host(server)}: {seen} articles, {seen / first['new']:.0%} of the {first['new']} of run "
                   f"{first['id']}, its last full run (MONITOR_MIN_RATIO_TO_LAST_RUN is 50%)",
    }
    assert monitor_warnings(process) == [f"monitor drop against last run failed: {failure['message']}"]
    assert "empty portal" in third["monitors"]["passed"]


def test_the_error_rate_threshold_and_turning_a_monitor_off(tmp_path):
    with FixtureServer(FailingPortal(seed=6, n_articles=10, failing=2)) as server:
        strict = run_crawl(tmp_path / "strict.db", "-a", f"start_url={server.base_url}/", check=False,
                           settings={"MONITOR_MAX_ERROR_RATE": "0.01"})
        off = run_crawl(tmp_path / "off.db", "-a", f"start_url={server.base_url}/", check=False,
                        settings={"MONITOR_MAX_ERROR_RATE": "0.01", "MONITOR_ERROR_RATE_ENABLED": "False"})
    assert strict.returncode == EXIT_MONITOR_FAILED, strict.stderr[-3000:]
    run = last_run(tmp_path / "strict.db")
    assert run["errors"] >= 2 and run["errors"] / run["responses"] > 0.01
    [failure] = run["monitors"]["failed"]
    assert failure["monitor"] == "error rate" and failure["site"] is None
    assert failure["message"].startswith(f"{run['errors']} errors for {run['responses']} responses (")
    assert "MONITOR_MAX_ERROR_RATE is 1.0%" in failure["message"]
    assert monitor_warnings(strict) == [f"monitor error rate failed: {failure['message']}"]

    assert off.returncode == 0, off.stderr[-3000:]
    monitors = last_run(tmp_path / "off.db")["monitors"]
    assert monitors["failed"] == [] and "error rate" not in monitors["passed"]
    assert monitors["skipped"] == [{"monitor": "error rate", "reason": "turned off (MONITOR_ERROR_RATE_ENABLED)"}]


def test_no_monitor_runs_with_spidermon_off(archive_path):
    with FixtureServer(HomeOnlyPortal(seed=4)) as empty:
        process = run_crawl(archive_path, "-a", f"start_url={empty.base_url}/", check=False,
                            settings={"SPIDERMON_ENABLED": "False"})
    assert process.returncode == 0, process.stderr[-3000:]
    assert last_run(archive_path)["monitors"] is None and monitor_warnings(process) == []


def test_the_last_run_compared_is_the_portals_last_finished_run_of_the_same_mode_and_source(archive_path):
    archive = Archive.open(archive_path)

    def run(mode: str, status: str, source: str = "live", **portals: tuple[str, int]) -> int:
        run_id = archive.start_run("…", source, mode)
        modes = {f"mode/{site}": site_mode for site, (site_mode, _) in portals.items()}
        archive.finish_run(run_id, status, {}, modes, [])
        archive.db["crawl_runs"].update(run_id, {"mode": mode})
        archive.record_run_sites(run_id, [
            {"site": site, "status": "done", "reason": None, "pages": seen, "new": seen, "changed": 0, "unchanged": 0,
             "reextracted": 0, "gone": 0, "errors": 0} for site, (_, seen) in portals.items()])
        return run_id

    full = run("full", "finished", a=("full", 40), b=("full", 30))
    mixed = run("full,incremental", "finished", a=("incremental", 3), b=("full", 28))
    run("full", "shutdown", a=("full", 5), b=("full", 5))                  # ended early: not a reference
    run("full", "finished", source="wayback", a=("full", 7))                # another source
    state = CrawlState(archive)
    assert state.last_finished_run("a", "live", "full") == (full, 40), "a's run in the mixed one was incremental"
    assert state.last_finished_run("b", "live", "full") == (mixed, 28)
    assert state.last_finished_run("a", "live", "incremental") == (mixed, 3)
    assert state.last_finished_run("a", "wayback", "full")[1] == 7
    assert state.last_finished_run("c", "live", "full") is None
    archive.close()
