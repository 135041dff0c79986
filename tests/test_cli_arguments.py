"""The CLI as a new user meets it (issue 19): misspelt or invalid `-a` values refused in one line,
hints that name the command as it was run, the lock file gone after a clean exit, the closing line
agreeing with crawl_runs, each portal's fate in run_sites, and `commune-archive` from any folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FAST_SETTINGS, ROOT, open_archive, run_crawl
from tests.fixtures.portal import Portal
from tests.fixtures.server import FixtureServer
from tests.test_cli import free_port, last_line

COMMUNE_ARCHIVE = Path(sys.executable).parent / "commune-archive"


@pytest.mark.parametrize(
    "args, message",
    [
        (["-a", "strat_url=http://127.0.0.1:9/"], "-a strat_url: unknown argument"),
        (["-a", "full=maybe"], "-a full=maybe: expected 1 or 0"),
        (["-a", "source=wayback", "-a", "all_captures=sure"], "-a all_captures=sure: expected 1 or 0"),
        (["-a", "source=wayback", "-a", "from=20241345"], "-a from=20241345: not a real date"),
        (["-a", "source=wayback", "-a", "from=20240301", "-a", "until=20240101"],
         "-a from=20240301 is after -a until=20240101"),
    ],
)
def test_invalid_arguments_are_refused_in_one_line(archive_path, args, message):
    process = run_crawl(archive_path, *args, check=False)
    assert process.returncode == 2
    assert last_line(process) .startswith("error: ") and message in last_line(process), last_line(process)
    assert "Traceback" not in process.stderr
    assert not Path(f"{archive_path}.lock").exists(), "a refused run leaves no lock file behind"


def test_a_misspelt_argument_names_the_right_one(archive_path):
    process = run_crawl(archive_path, "-a", "strat_url=http://127.0.0.1:9/", check=False)
    assert "did you mean -a start_url=" in last_line(process)


def test_scheduler_arguments_are_accepted(archive_path):
    with FixtureServer(Portal(seed=2, n_articles=3)) as server:
        process = run_crawl(archive_path, "-a", f"start_url={server.base_url}/", "-a", "_job=abc123", "-a", "full=yes")
    assert process.returncode == 0


def test_hints_name_the_command_as_it_was_run(tmp_path):
    archive = tmp_path / "archive.db"
    command = [str(Path(sys.executable).parent / "scrapy"), "crawl", "portal", "-a",
               f"start_url=http://127.0.0.1:{free_port()}/", "-s", f"ARCHIVE_PATH={archive}"]
    process = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert process.returncode == 2
    assert f"try: {command[0]} crawl portal -a source=wayback -a start_url=" in last_line(process)


def test_a_clean_run_agrees_with_crawl_runs_and_leaves_no_lock(archive_path):
    with FixtureServer(Portal(seed=2, n_articles=5)) as server:
        process = run_crawl(archive_path, "-a", f"start_url={server.base_url}/")
        responses = len(server.requests)
    run = open_archive(archive_path).execute("SELECT * FROM crawl_runs").fetchone()
    closing = next(line for line in process.stderr.splitlines() if "pages archived" in line)
    assert f"{run['pages']} pages archived ({run['responses']} responses)" in closing
    assert run["responses"] == responses and run["pages"] < responses
    assert f"new {run['new']} /" in closing
    assert not Path(f"{archive_path}.lock").exists()


def test_each_portal_has_its_status_and_reason(archive_path):
    down = f"http://127.0.0.1:{free_port()}/"
    with FixtureServer(Portal(seed=2, n_articles=4)) as server:
        process = run_crawl(archive_path, "-a", f"start_url={server.base_url}/,{down}", check=False)
    # The run went to its end, but a portal could not be reached: the empty-portal monitor fails it.
    assert process.returncode == 3, process.stderr[-3000:]
    db = open_archive(archive_path)
    run = db.execute("SELECT * FROM crawl_runs").fetchone()
    rows = {row["site"]: row for row in db.execute("SELECT * FROM run_sites WHERE run_id = ?", [run["id"]])}
    live, dead = rows[server.base_url.split("//")[1]], rows[down.split("//")[1].rstrip("/")]
    assert live["status"] == "done" and live["new"] == run["new"] > 0 and live["pages"] == run["pages"]
    assert dead["status"] == "unreachable" and "connection refused" in dead["reason"] and dead["pages"] == 0
    assert down in (run["error_log"] or ""), "the error log says which portal failed and why"
    assert "unreachable (cannot reach" in process.stderr
    assert f"monitor empty portal failed: {down.split('//')[1].rstrip('/')}: unreachable: cannot reach {down}" \
        in process.stderr


def test_commune_archive_crawls_and_browses_from_any_folder(tmp_path):
    elsewhere = tmp_path / "somewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": os.environ["PYTHONPATH"]}
    settings = [arg for key, value in FAST_SETTINGS.items() for arg in ("-s", f"{key}={value}")]
    with FixtureServer(Portal(seed=2, n_articles=3)) as server:
        process = subprocess.run([str(COMMUNE_ARCHIVE), "crawl", "-a", f"start_url={server.base_url}/", *settings],
                                 cwd=elsewhere, env=env, capture_output=True, text=True, timeout=300)
    assert process.returncode == 0, process.stderr[-3000:]
    db = open_archive(elsewhere / "archive.db")
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] >= 3
    unreachable = subprocess.run([str(COMMUNE_ARCHIVE), "crawl", "-a", f"start_url=http://127.0.0.1:{free_port()}/",
                                  "-s", "ARCHIVE_PATH=other.db"], cwd=elsewhere, env=env, capture_output=True,
                                 text=True, timeout=120)
    assert unreachable.returncode == 2 and "try: commune-archive crawl -a source=wayback" in last_line(unreachable)
    missing = subprocess.run([str(COMMUNE_ARCHIVE), "browse", "nothing-here.db"], cwd=elsewhere, env=env,
                             capture_output=True, text=True, timeout=60)
    assert missing.returncode == 2 and "no archive at nothing-here.db" in missing.stderr
    unknown = subprocess.run([str(COMMUNE_ARCHIVE), "fly"], cwd=elsewhere, capture_output=True, text=True)
    assert unknown.returncode == 2 and "unknown command 'fly'" in unknown.stderr


def test_the_info_log_is_the_progress_and_the_summary(archive_path):
    with FixtureServer(Portal(seed=2, n_articles=5)) as server:
        quiet = run_crawl(archive_path, "-a", f"start_url={server.base_url}/")
        loud = run_crawl(archive_path.with_name("debug.db"), "-a", f"start_url={server.base_url}/",
                         settings={"LOG_LEVEL": "DEBUG"})
    lines = quiet.stderr.splitlines()
    assert len(lines) <= 15, "\n".join(lines)
    assert any("Crawled 0 pages" in line for line in lines), "the progress line"
    assert any("pages archived" in line for line in lines), "the closing summary"
    assert not any(line.startswith(("Overridden settings", "Enabled ")) or "Enabled extensions" in line for line in lines)
    assert "Enabled extensions" in loud.stderr and "Overridden settings" in loud.stderr, "DEBUG shows everything"


def test_an_unreachable_wayback_machine_is_named_as_such(archive_path):
    service = f"http://127.0.0.1:{free_port()}"
    process = run_crawl(archive_path, "-a", "source=wayback", "-a", "start_url=http://gone.example.vn/",
                        settings={"WAYBACK_BASE_URL": service}, check=False)
    assert process.returncode == 2
    line = last_line(process)
    assert f"cannot reach the Wayback Machine at {service} to recover gone.example.vn" in line, line
    assert "source=wayback -a start_url=" not in process.stderr, "no advice to recover the CDX index"
