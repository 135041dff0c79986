"""A province crawl on one machine: N crawl processes over one frontier in Redis, watched, merged.

    python -m crawler.province run --sites an-giang.csv --processes 2 [--redis redis://127.0.0.1:6379/0]

1. The registry is read and checked (one line for a bad row) and the province archive made ready:
   every process reads earlier runs from it (STATE_ARCHIVE_PATH) and writes its own part archive,
   `<archive>.parts/<frontier>/<worker>.db` (its log beside it), so that SQLite keeps one writer a
   file.
2. N `scrapy crawl portal` processes start over the frontier (crawler/frontier/). One that dies
   (kill -9, out of memory) is started again, up to --restarts times; its portals' leases lapse
   and their unfinished requests go back in the queue for whoever takes them.
3. Every few seconds each portal's progress is logged in one line and written to the archive's
   `portal_progress` table, which Datasette shows while the crawl runs.
4. A process that ends well has its part merged into the archive then (crawler/archive/merge.py),
   while the others still crawl; when every process has ended, the rest are merged, the frontier
   is removed from Redis, and the exit status is the worst of the processes' (0 all well, 3 a
   monitor failed, 2 bad input, 1 a crash not recovered).
On several machines the same frontier is shared by `python -m crawler.province worker` on each
(docs/operations.md).
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..archive import Archive
from ..archive.store import now_iso
from ..discovery.urls import host_of
from ..frontier.connection import Keys, clear_frontier, redis_client
from ..frontier.progress import read_progress
from ..spiders.registry import Portal
from . import monitors

logger = logging.getLogger("crawler.province")

SCHEDULER = "crawler.frontier.scheduler.FrontierScheduler"
EXIT_CRASHED = 1
EXIT_MONITOR_FAILED = 3


@dataclass
class Province:
    """What one province crawl is: its registry, frontier, archive, and the Redis it shares."""
    registry: Path
    portals: list[Portal]
    archive: Path
    redis_url: str
    name: str
    settings: dict[str, str] = field(default_factory=dict)

    @property
    def parts(self) -> Path:
        return self.archive.parent / f"{self.archive.name}.parts" / self.name

    @property
    def sites(self) -> list[str]:
        return [host_of(portal.start_url) for portal in self.portals]

    def worker_command(self, worker: str) -> list[str]:
        """`scrapy crawl portal` as one process of this frontier."""
        per_host = int(self.settings.get("CONCURRENT_REQUESTS_PER_DOMAIN", 2))
        portals = int(self.settings.get("FRONTIER_MAX_PORTALS", 64))
        settings = {
            "SCHEDULER": SCHEDULER, "FRONTIER_REDIS_URL": self.redis_url, "FRONTIER_NAME": self.name,
            "FRONTIER_WORKER": worker, "ARCHIVE_PATH": str(self.parts / f"{worker}.db"),
            "STATE_ARCHIVE_PATH": str(self.archive),
            # Politeness is per portal (CONCURRENT_REQUESTS_PER_DOMAIN; the frontier pops a portal's
            # pages only while its slot has room). The total lets each portal a process holds have
            # its pages and as many of their images (which reach the downloader without the
            # frontier) in flight: at one for each, a few portals' queued photos held the engine
            # back while the others stood idle; without a bound, memory grows with the portals
            # (bench/province.py).
            "CONCURRENT_REQUESTS": str(portals * per_host * 2),
            # A process sees a part of each portal it held: the province is judged whole, at the
            # end (crawler/province/monitors.py).
            "SPIDERMON_ENABLED": "False",
            **self.settings,
        }
        command = [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", f"sites={self.registry}"]
        for key, value in settings.items():
            command += ["-s", f"{key}={value}"]
        return command


def default_name(registry: Path) -> str:
    return f"{registry.stem}-{datetime.now().strftime('%Y%m%d')}"


def prepare(province: Province) -> None:
    """The archive exists with its schema (processes open it read-only) and the parts folder too."""
    Archive.open(province.archive).close()
    province.parts.mkdir(parents=True, exist_ok=True)


def start_worker(province: Province, worker: str, log_dir: Path) -> subprocess.Popen:
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "crawler.settings"}
    log = open(log_dir / f"{worker}.log", "ab")
    try:
        return subprocess.Popen(province.worker_command(worker), env=env, stdout=log, stderr=subprocess.STDOUT)
    finally:
        log.close()


def write_progress(archive: Archive, province: Province, rows: list[dict], failures=()) -> None:
    names = {host_of(portal.start_url): portal.name for portal in province.portals}
    found = {failure.site: failure.message for failure in failures if failure.site}
    now = now_iso()
    with archive.db.atomic():
        archive.db["portal_progress"].upsert_all(
            [{"frontier": province.name, "name": names.get(row["site"]), "updated": now,
              "monitor": found.get(row["site"]), **row} for row in rows],
            pk=("frontier", "site"))


def summary_line(rows: list[dict]) -> str:
    states: dict[str, int] = {}
    for row in rows:
        states[row["state"]] = states.get(row["state"], 0) + 1
    pages = sum(row["pages"] for row in rows)
    shown = ", ".join(f"{count} {state}" for state, count in sorted(states.items()))
    return f"{len(rows)} portals: {shown}; {pages} pages archived"


def run(province: Province, *, processes: int = 2, restarts: int = 3, interval: float = 5.0,
        merge=None, keep_parts: bool = False) -> int:
    """Crawl the province; returns the exit status."""
    server = redis_client(province.redis_url)
    server.ping()
    prepare(province)
    log_dir = province.parts
    workers: dict[str, subprocess.Popen] = {}
    statuses: list[int] = []
    restarts_left = restarts
    serial = 0
    merged: set[Path] = set()

    def launch() -> None:
        nonlocal serial
        serial += 1
        worker = f"{os.uname().nodename}-{os.getpid()}-{serial}"
        workers[worker] = start_worker(province, worker, log_dir)
        logger.info("started %s (pid %d)", worker, workers[worker].pid)

    def stop(signum, _frame) -> None:
        # Stopped (systemd, Ctrl-C): each process closes its part cleanly; the frontier is kept.
        logger.warning("stopping: %d processes asked to finish", len(workers))
        for process in workers.values():
            process.send_signal(signal.SIGINT)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    for _ in range(processes):
        launch()
    archive = Archive.open(province.archive)
    try:
        last_line = ""
        while workers:
            _wait_for_one(workers.values(), interval)
            for worker, process in list(workers.items()):
                code = process.poll()
                if code is None:
                    continue
                del workers[worker]
                if code < 0 or code == EXIT_CRASHED:
                    how = f"killed by signal {-code}" if code < 0 else "crashed"
                    if restarts_left > 0 and _unfinished(server, province):
                        restarts_left -= 1
                        logger.warning("%s %s; starting another process (%d restarts left)", worker, how, restarts_left)
                        launch()
                        continue
                    logger.error("%s %s (log: %s)", worker, how, log_dir / f"{worker}.log")
                    code = EXIT_CRASHED
                elif merge is not None:
                    # Its part is final: merged now, while the others crawl, not at the end.
                    part = province.parts / f"{worker}.db"
                    if part.exists():
                        merge(province.archive, [part])
                        merged.add(part)
                statuses.append(code)
            rows = read_progress(server, Keys(province.name), province.sites)
            write_progress(archive, province, rows)
            line = summary_line(rows)
            if line != last_line:
                logger.info("%s: %s", province.name, line)
                last_line = line
    finally:
        archive.close()
    finished = not _unfinished(server, province)
    parts = sorted(province.parts.glob("*.db"))
    totals = monitors.run_totals(parts)
    if merge is not None and set(parts) - merged:
        merge(province.archive, [part for part in parts if part not in merged])
    rows = read_progress(server, Keys(province.name), province.sites)
    archive = Archive.open(province.archive)
    try:
        failures = []
        if finished and monitors.province_settings(province.settings).getbool("SPIDERMON_ENABLED", True):
            failures = monitors.judge(rows, monitors.previous_rows(archive.db, province.name), totals,
                                      monitors.province_settings(province.settings))
            monitors.report(failures)
        write_progress(archive, province, rows, failures)
    finally:
        archive.close()
    if failures:
        statuses.append(EXIT_MONITOR_FAILED)
    if finished:
        clear_frontier(server, province.name)
        if not keep_parts:
            # Everything they held is in the archive now; the processes' logs stay.
            for part in province.parts.glob("*.db*"):
                part.unlink()
    else:
        logger.error("%s: the frontier still holds work; run the same command again to finish it", province.name)
        statuses.append(EXIT_CRASHED)
    return max(statuses, default=0)


def _wait_for_one(processes, interval: float) -> None:
    """Sleep `interval` seconds, or less if a process ends: its part is merged, or the crawl ends, now."""
    deadline = time.monotonic() + interval
    while time.monotonic() < deadline and all(process.poll() is None for process in processes):
        time.sleep(min(0.2, interval))


def _unfinished(server, province: Province) -> bool:
    keys = Keys(province.name)
    for host in server.smembers(keys.hosts):
        host = host.decode()
        if server.zcard(keys.queue(host)) or server.hlen(keys.inflight(host)):
            return True
    return False

