"""The README's offline demo: serve the sample portal, crawl it into its own archive (never the
crawl's archive.db), print the Datasette command; run twice, it is still one portal."""

import socket
import subprocess
import sys

from tests.conftest import ROOT, open_archive


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def demo(archive, port: int) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "scripts/demo.py", "--archive", str(archive), "--articles", "12",
                           "--port", str(port)], cwd=ROOT, capture_output=True, text=True, timeout=300)


def test_offline_demo_builds_one_archive_however_often_it_runs(tmp_path):
    archive = tmp_path / "demo.db"
    port = free_port()
    process = demo(archive, port)
    assert process.returncode == 0, process.stderr[-3000:]
    assert f"crawler.browse {archive}" in process.stdout
    db = open_archive(archive)
    articles = db.execute("SELECT count(*) FROM articles").fetchone()[0]
    assert db.execute("SELECT count(*) FROM articles WHERE kind = 'article'").fetchone()[0] >= 12
    assert db.execute("SELECT count(*) FROM images").fetchone()[0] > 0
    assert db.execute("SELECT status FROM crawl_runs").fetchone()[0] == "finished"

    again = demo(archive, port)
    assert again.returncode == 0, again.stderr[-3000:]
    db = open_archive(archive)
    assert db.execute("SELECT count(*) FROM sites").fetchone()[0] == 1, "the same portal, not a second one"
    assert db.execute("SELECT count(*) FROM articles").fetchone()[0] == articles
    last = db.execute("SELECT new, status FROM crawl_runs ORDER BY id DESC").fetchone()
    assert (last["new"], last["status"]) == (0, "finished")
    assert not (ROOT / "demo.db").exists() or (ROOT / "demo.db").stat().st_mtime < archive.stat().st_mtime, \
        "the demo writes the archive it is given"


def test_the_demo_default_archive_is_not_the_crawls():
    source = (ROOT / "scripts" / "demo.py").read_text()
    assert 'default="demo.db"' in source
    readme = (ROOT / "README.md").read_text()
    assert "scripts/demo.py && .venv/bin/python -m crawler.browse demo.db" in readme


def test_a_port_in_use_is_one_clear_line(tmp_path):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        process = demo(tmp_path / "demo.db", busy.getsockname()[1])
    assert process.returncode == 2
    assert process.stderr.strip().count("\n") == 0 and "--port N" in process.stderr
    assert not (tmp_path / "demo.db").exists()
