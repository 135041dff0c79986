"""The README's offline demo: serve the sample portal, crawl it, print the Datasette command."""

import subprocess
import sys

from tests.conftest import ROOT, open_archive


def test_offline_demo_builds_an_archive(tmp_path):
    archive = tmp_path / "demo.db"
    process = subprocess.run([sys.executable, "scripts/demo.py", "--archive", str(archive), "--articles", "12"],
                             cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert process.returncode == 0, process.stderr[-3000:]
    assert f"crawler.browse {archive}" in process.stdout
    db = open_archive(archive)
    assert db.execute("SELECT count(*) FROM articles WHERE kind = 'article'").fetchone()[0] >= 12
    assert db.execute("SELECT count(*) FROM images").fetchone()[0] > 0
    assert db.execute("SELECT status FROM crawl_runs").fetchone()[0] == "finished"
