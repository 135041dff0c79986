"""Shared test helpers: run the real `scrapy crawl` against fixture servers on 127.0.0.1 and open
the real archive it writes."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRAPY = [sys.executable, "-m", "scrapy"]

# Every process the tests start loads tests/netguard/sitecustomize.py (only loopback can be
# resolved or connected to), and so does this one: no test can reach a real portal.
NETGUARD = Path(__file__).resolve().parent / "netguard"
os.environ["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(NETGUARD)])
sys.path.insert(0, str(NETGUARD))
import sitecustomize  # noqa: E402,F401  (this folder's guard; a no-op if Python already loaded it)

# The reader's fixtures (Datasette over the sample archive), for every test module that asks for them.
pytest_plugins = ["tests.datasette_fixtures"]

# Politeness is lifted for fixture servers on 127.0.0.1 (docs/conventions.md §1).
FAST_SETTINGS = {
    "AUTOTHROTTLE_ENABLED": "False",
    "DOWNLOAD_DELAY": "0",
    "CONCURRENT_REQUESTS": "16",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "16",
    "DOWNLOAD_TIMEOUT": "10",
    "RETRY_TIMES": "2",
    "LOG_LEVEL": "INFO",
    "TELNETCONSOLE_ENABLED": "False",
}


def run_crawl(archive: Path, *args: str, settings: dict | None = None, timeout: float = 300,
              check: bool = True) -> subprocess.CompletedProcess:
    """`scrapy crawl portal ARGS` in a subprocess, writing `archive`. Returns the finished process."""
    merged = {**FAST_SETTINGS, "ARCHIVE_PATH": str(archive), **(settings or {})}
    command = [*SCRAPY, "crawl", "portal", *args]
    for key, value in merged.items():
        command += ["-s", f"{key}={value}"]
    process = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    if check and process.returncode != 0:
        raise AssertionError(f"crawl failed ({process.returncode}):\n{process.stderr[-5000:]}")
    return process


def open_archive(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    return conn


@pytest.fixture
def archive_path(tmp_path) -> Path:
    return tmp_path / "archive.db"
