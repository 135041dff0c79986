"""The deploy files work as written (issue 19), each for real on this Debian: the systemd unit and
timer pass `systemd-analyze verify` and the unit's script runs to exit 0 as an unprivileged user
with the project folder root-owned; the cron line runs under /bin/sh as such a user, makes its log
folder and logs; a real scrapyd, the project deployed with scrapyd-client, schedules and completes
a crawl. As root the runs drop to `nobody`; otherwise they run as the (unprivileged) test user."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import FAST_SETTINGS, ROOT, open_archive
from tests.fixtures.portal import Portal
from tests.fixtures.server import FixtureServer
from tests.test_cli import free_port

pytestmark = pytest.mark.slow
DEPLOY = ROOT / "deploy"
BIN = ROOT / ".venv" / "bin"
AS_ROOT = os.geteuid() == 0


@pytest.fixture
def user_dir():
    """A folder the unprivileged user owns (pytest's tmp_path is private to root)."""
    path = Path(tempfile.mkdtemp(prefix="commune-archive-user-"))
    path.chmod(0o755)
    if AS_ROOT:
        shutil.chown(path, "nobody", "nogroup")
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.fixture(scope="module")
def user_venv():
    """The project's .venv, which the unprivileged user must be able to run, as on a server."""
    probe = as_user(["/bin/sh", "-c", f"'{BIN / 'python'}' -c pass"])
    assert probe.returncode == 0, (
        f"{BIN / 'python'} cannot be run by an unprivileged user ({probe.stderr.strip()}): make .venv with a "
        "Python every user can reach (scripts/test.sh takes Debian's /usr/bin/python3 when there is one)")
    return ROOT / ".venv"


def as_user(command: list[str], **kwargs) -> subprocess.CompletedProcess:
    if AS_ROOT:
        command = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=300, **kwargs)


def rendered(name: str, folder: Path) -> Path:
    """The unit as installed for this clone (the only edit its header asks for: the project path)."""
    target = folder / name
    target.write_text((DEPLOY / name).read_text().replace("/opt/commune-archive", str(ROOT)))
    return target


def test_the_systemd_unit_and_timer_pass_systemd_analyze_verify(tmp_path):
    service, timer = rendered("commune-archive.service", tmp_path), rendered("commune-archive.timer", tmp_path)
    for unit in (service, timer):
        done = subprocess.run(["systemd-analyze", "verify", str(unit)], capture_output=True, text=True, timeout=120)
        assert done.returncode == 0 and not done.stderr.strip() and not done.stdout.strip(), done.stderr
    text = service.read_text()
    for line in ("DynamicUser=yes", "StateDirectory=commune-archive", "StandardOutput=journal",
                 "ARCHIVE_PATH=%S/commune-archive/archive.db"):
        assert line in text
    assert "SuccessExitStatus" not in text and "User=archive" not in text


@pytest.mark.parametrize("unprivileged", [True, False], ids=["as-nobody", "as-the-test-user"])
def test_the_units_script_runs_to_exit_0_writing_nothing_in_the_project(user_dir, user_venv, unprivileged):
    state = user_dir / "state"
    state.mkdir()
    if AS_ROOT and unprivileged:
        shutil.chown(state, "nobody", "nogroup")
    before = set(os.listdir(ROOT))
    run = as_user if unprivileged else (lambda command, **kw: subprocess.run(
        command, capture_output=True, text=True, timeout=300, **kw))
    with FixtureServer(Portal(seed=21, n_articles=4)) as server:
        env = {**os.environ, "START_URL": f"{server.base_url}/", "ARCHIVE_PATH": str(state / "archive.db")}
        done = run([str(ROOT / "scripts" / "scheduled-crawl.sh")], cwd=state, env=env)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "pages archived" in done.stdout + done.stderr and "exit 0" in done.stdout
    assert set(os.listdir(ROOT)) == before, "the project folder is left as it was (no logs/ in it)"
    assert open_archive(state / "archive.db").execute("SELECT count(*) FROM articles").fetchone()[0] >= 4


def test_the_cron_line_runs_under_sh_and_logs(user_dir, user_venv):
    line = next(line for line in (DEPLOY / "crontab.example").read_text().splitlines()
                if line.strip() and not line.startswith("#"))
    fields = line.split(None, 5)
    assert len(fields) == 6 and fields[:5] == ["30", "2", "*", "*", "*"]
    with FixtureServer(Portal(seed=22, n_articles=4)) as server:
        command = fields[5].replace("/opt/commune-archive", str(ROOT)).replace(
            "https://vinhte.chaudoc.angiang.gov.vn/", f"{server.base_url}/")
        env = {"HOME": str(user_dir), "PATH": "/usr/bin:/bin", "SHELL": "/bin/sh",
               "PYTHONPATH": os.environ["PYTHONPATH"]}   # cron's bare environment, and the tests' net guard
        done = as_user(["/bin/sh", "-c", command], cwd=user_dir, env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    log = (user_dir / ".local" / "state" / "commune-archive" / "crawl.log").read_text()
    assert "pages archived" in log and log.rstrip().endswith("exit 0")
    assert open_archive(user_dir / "commune-archive.db").execute("SELECT count(*) FROM articles").fetchone()[0] >= 4


def _get(url: str) -> dict:
    with urllib.request.urlopen(url, timeout=10) as response:
        return json.loads(response.read())


def test_scrapyd_deploys_schedules_and_completes_a_crawl(tmp_path):
    port = free_port()
    (tmp_path / "scrapyd.conf").write_text(
        f"[scrapyd]\nbind_address = 127.0.0.1\nhttp_port = {port}\neggs_dir = {tmp_path / 'eggs'}\n"
        f"logs_dir = {tmp_path / 'logs'}\ndbs_dir = {tmp_path / 'dbs'}\nitems_dir =\nmax_proc = 1\n")
    home = tmp_path / "home"
    home.mkdir()
    # The deploy target, where scrapyd-deploy looks for one besides the project's scrapy.cfg.
    (home / ".scrapy.cfg").write_text(f"[deploy:test]\nurl = http://127.0.0.1:{port}/\nproject = commune_archive\n")
    server_log = open(tmp_path / "scrapyd.log", "w")
    scrapyd = subprocess.Popen([str(BIN / "scrapyd")], cwd=tmp_path, stdout=server_log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                assert _get(f"{base}/daemonstatus.json")["status"] == "ok"
                break
            except OSError:
                assert time.monotonic() < deadline and scrapyd.poll() is None, (tmp_path / "scrapyd.log").read_text()
                time.sleep(0.3)
        deployed = subprocess.run([str(BIN / "scrapyd-deploy"), "test"], cwd=ROOT, env={**os.environ, "HOME": str(home)},
                                  capture_output=True, text=True, timeout=300)
        assert deployed.returncode == 0 and '"status": "ok"' in deployed.stdout, deployed.stdout + deployed.stderr
        assert '"spiders": 1' in deployed.stdout
        archive = tmp_path / "archive.db"
        with FixtureServer(Portal(seed=23, n_articles=4)) as portal:
            form = [("project", "commune_archive"), ("spider", "portal"), ("start_url", f"{portal.base_url}/"),
                    ("setting", f"ARCHIVE_PATH={archive}"), *[("setting", f"{k}={v}") for k, v in FAST_SETTINGS.items()]]
            request = urllib.request.Request(f"{base}/schedule.json", data=urllib.parse.urlencode(form).encode())
            with urllib.request.urlopen(request, timeout=10) as response:
                job = json.loads(response.read())["jobid"]
            deadline = time.monotonic() + 240
            while not any(j["id"] == job for j in _get(f"{base}/listjobs.json?project=commune_archive")["finished"]):
                assert time.monotonic() < deadline, "the scheduled crawl did not finish in time"
                time.sleep(0.5)
        db = open_archive(archive)
        assert db.execute("SELECT count(*) FROM articles").fetchone()[0] >= 4
        assert db.execute("SELECT status FROM crawl_runs").fetchone()[0] == "finished"
    finally:
        scrapyd.terminate()
        scrapyd.wait(timeout=30)
        server_log.close()
