"""Province benchmark: many portals, polite, over one frontier in Redis, 1 against 2 processes.

    .venv/bin/python -m bench.province                 # 100 portals, 150 ms a response, ~6 min
    .venv/bin/python -m bench.province --portals 20 --memory 5,10,20
    .venv/bin/python -m bench.province --portals 100 --memory 10,50 --held 10   # memory only, 10 at once

What it does: --portals fixture portals (tests/fixtures/portal.py, pre-rendered by bench/server.py
so that the servers cost little CPU), each on an address of its own (127.0.1.x: a host of its own
for Scrapy's per-host slots), answering every request --latency seconds late, as a distant portal
does. A real redis-server on 127.0.0.1 (tests/redis_server.py). Then `python -m crawler.province
run` under the project's default politeness (DOWNLOAD_DELAY 0.5 s between two requests to one
portal, AutoThrottle, 2 requests at once a portal):

1. over every portal with 1 process, then with 2 (fresh archive and frontier each): wall time,
   against the politeness bound — the slowest portal's requests × the delay between two of its
   requests (Scrapy's DOWNLOAD_DELAY is per portal, whatever its concurrency), and also the
   issue's formula, requests × delay ÷ per-host concurrency, which assumes the delay is per
   connection; the speed-up of 2 processes; CPU per article of the crawl processes;
2. peak RSS of each crawl process (its own VmHWM, read from /proc while it runs) with 1 process
   over --memory portal counts: flat in the number of portals is the target. With --held N, only
   these runs, each process crawling N portals at once (FRONTIER_MAX_PORTALS): what a process
   keeps of the portals it finished then shows as growth with the count;
3. what the portals saw: at most 2 requests at once each (the servers count it).

Prints a markdown table; JSON under --out (artifacts/bench by default).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.server import BenchServer
from tests.fixtures.portal import Portal
from tests.redis_server import RedisServer

ROOT = Path(__file__).resolve().parent.parent
DELAY = 0.5          # the project's DOWNLOAD_DELAY (crawler/settings.py), AutoThrottle's floor
PER_HOST = 2         # CONCURRENT_REQUESTS_PER_DOMAIN


def start_portals(count: int, articles: int, latency: float) -> list[BenchServer]:
    servers = []
    for index in range(count):
        portal = Portal(seed=1000 + index, n_articles=articles, site_name=f"UBND xã Thử Nghiệm {index + 1}")
        host = f"127.0.1.{index + 1}"
        servers.append(BenchServer(portal, host=host, latency=latency, workers=1).start())
    return servers


def write_registry(path: Path, servers: list[BenchServer]) -> Path:
    lines = ["host,name,province,status,source"]
    lines += [f"{server.base_url}/,Xã Thử Nghiệm {index + 1},Bench,live,live" for index, server in enumerate(servers)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _proc_numbers(pid: int) -> tuple[int, float] | None:
    """(peak RSS in kB, CPU seconds) of a live process, from /proc."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    hwm = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:"))
    ticks = os.sysconf("SC_CLK_TCK")
    return hwm, (int(fields[11]) + int(fields[12])) / ticks


def province_run(registry: Path, redis_url: str, processes: int, work: Path, name: str,
                  held: int | None = None) -> dict:
    """`crawler.province run` over the registry; `held`: FRONTIER_MAX_PORTALS, the portals a
    process crawls at once (the project's default when None)."""
    archive = work / f"{name}.db"
    command = [sys.executable, "-m", "crawler.province", "run", "--sites", str(registry), "--archive", str(archive),
               "--redis", redis_url, "--name", name, "--processes", str(processes), "--interval", "2", "--keep-parts",
               "-s", "SPIDERMON_ENABLED=False", "-s", "LOGSTATS_INTERVAL=30"]
    if held:
        command += ["-s", f"FRONTIER_MAX_PORTALS={held}"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    coordinator = subprocess.Popen(command, cwd=ROOT, env=env, stdout=(work / f"{name}.log").open("wb"),
                                   stderr=subprocess.STDOUT)
    seen: dict[int, tuple[int, float]] = {}
    while coordinator.poll() is None:
        found = subprocess.run(["pgrep", "-f", f"FRONTIER_NAME={name} "], capture_output=True, text=True)
        for pid in (int(value) for value in found.stdout.split()):
            numbers = _proc_numbers(pid)
            if numbers:
                seen[pid] = numbers
        time.sleep(0.5)
    wall = time.perf_counter() - started
    if coordinator.returncode != 0:
        raise SystemExit(f"province run failed ({coordinator.returncode}); see {work / f'{name}.log'}")
    import sqlite3

    with sqlite3.connect(archive) as conn:
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    return {"processes": processes, "wall_s": round(wall, 1), "articles": articles,
            "peak_rss_mb": [round(hwm / 1024) for hwm, _ in seen.values()],
            "cpu_s": round(sum(cpu for _, cpu in seen.values()), 1),
            "cpu_ms_per_article": round(1000 * sum(cpu for _, cpu in seen.values()) / max(1, articles), 1)}


def merge_cost(work: Path, name: str) -> dict:
    """The parts of a run merged again into a new archive: what one writer costs an article."""
    from crawler.archive.merge import merge_archive

    parts = sorted((work / f"{name}.db.parts" / name).glob("*.db"))
    target = work / f"{name}-merged-again.db"
    started = time.process_time()
    merge_archive(target, parts)
    cpu = time.process_time() - started
    import sqlite3

    with sqlite3.connect(target) as conn:
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    return {"merge_cpu_s": round(cpu, 2), "merge_ms_per_article": round(1000 * cpu / max(1, articles), 2)}


def politeness_bound(servers: list[BenchServer]) -> dict:
    requests = [len(server.requests) for server in servers]
    slowest = max(requests)
    # A portal's pace: the mean time between two of its requests, first to last (the delay is 0.5 s).
    paces = sorted((server.arrivals[-1] - server.arrivals[0]) / (len(server.arrivals) - 1)
                   for server in servers if len(server.arrivals) > 1)
    # Where a portal's time over the delay goes: gaps longer than the jitter allows (1.5 × the
    # delay) are waits for work (its queue was empty) or for a busy loop; the rest is lateness
    # within the jitter.
    gaps = [later - earlier for server in servers for earlier, later in zip(server.arrivals, server.arrivals[1:])]
    long_gaps = [gap for gap in gaps if gap > 1.5 * DELAY]
    return {"requests": sum(requests), "slowest_portal_requests": slowest,
            "gaps_beyond_jitter_share": round(len(long_gaps) / max(1, len(gaps)), 3),
            "over_delay_in_long_gaps_s": round(sum(gap - DELAY for gap in long_gaps), 1),
            "over_delay_in_other_gaps_s": round(sum(gap - DELAY for gap in gaps if gap <= 1.5 * DELAY), 1),
            "bound_s": round(slowest * DELAY, 1), "bound_issue_formula_s": round(slowest * DELAY / PER_HOST, 1),
            "max_at_once": max(server.max_active for server in servers),
            "pace_median_s": round(paces[len(paces) // 2], 3), "pace_slowest_s": round(paces[-1], 3)}


def memory_run(servers: list[BenchServer], count: int, redis_url: str, work: Path, held: int | None = None) -> dict:
    """One process over the first `count` portals: its peak RSS, wall time and articles."""
    subset = write_registry(work / f"province-{count}.csv", servers[:count])
    run = province_run(subset, redis_url, 1, work, f"memory-{count}", held=held)
    print(json.dumps(run), file=sys.stderr)
    return {"portals": count, "peak_rss_mb": max(run["peak_rss_mb"]), "wall_s": run["wall_s"], "articles": run["articles"]}


def _memory_only(args, servers: list[BenchServer], redis_server, work: Path, results: dict) -> int:
    """Peak RSS of one process holding `args.held` portals at once, over each portal count: what
    stays in memory of the portals it finished shows as growth with the count."""
    for count in sorted({int(value) for value in args.memory.split(",") if value} | {args.portals}):
        results["memory"].append(memory_run(servers, count, redis_server.url, work, args.held))
    (args.out / "province-memory.json").write_text(json.dumps(results, indent=2))
    print(f"Peak RSS of 1 process holding {args.held} portals at once:")
    for row in results["memory"]:
        print(f"  {row['portals']:4d} portals: {row['peak_rss_mb']} MB ({row['articles']} articles, {row['wall_s']} s)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--portals", type=int, default=100)
    parser.add_argument("--articles", type=int, default=10, help="articles a portal")
    parser.add_argument("--latency", type=float, default=0.15)
    parser.add_argument("--memory", default="10,50", help="portal counts for the memory runs (1 process), "
                                                          "besides --portals")
    parser.add_argument("--held", type=int, default=None,
                        help="memory runs: portals a process crawls at once (FRONTIER_MAX_PORTALS); with it, "
                             "the memory runs also include --portals and the 1 against 2 runs are skipped")
    parser.add_argument("--out", type=Path, default=ROOT / "artifacts" / "bench")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="bench-province-"))
    redis_server = RedisServer(work / "redis").start()
    print(f"rendering {args.portals} portals…", file=sys.stderr)
    servers = start_portals(args.portals, args.articles, args.latency)
    results: dict = {"portals": args.portals, "articles_per_portal": args.articles, "latency_s": args.latency,
                     "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "runs": [], "memory": [],
                     "held": args.held}
    try:
        registry = write_registry(work / "province.csv", servers)
        if args.held:
            return _memory_only(args, servers, redis_server, work, results)
        for processes in (1, 2):
            for server in servers:
                server.reset_log()
                server.max_active = 0
            run = province_run(registry, redis_server.url, processes, work, f"province-{processes}")
            run.update(politeness_bound(servers))
            run["wall_over_bound"] = round(run["wall_s"] / run["bound_s"], 2)
            results["runs"].append(run)
            print(json.dumps(run), file=sys.stderr)
        one, two = results["runs"]
        results.update(merge_cost(work, "province-2"))
        results["speedup"] = round(one["wall_s"] / two["wall_s"], 2)
        results["memory"].append({"portals": args.portals, "peak_rss_mb": max(one["peak_rss_mb"])})
        for count in sorted({int(value) for value in args.memory.split(",") if value} - {args.portals}):
            results["memory"].append(memory_run(servers, count, redis_server.url, work))
        results["memory"].sort(key=lambda row: row["portals"])
    finally:
        for server in servers:
            server.stop()
        redis_server.stop()
    (args.out / "province.json").write_text(json.dumps(results, indent=2))
    print(report(results))
    return 0


def report(results: dict) -> str:
    one, two = results["runs"]
    lines = [f"Province benchmark, {results['date']}: {results['portals']} portals × {results['articles_per_portal']} "
             f"articles, {results['latency_s'] * 1000:.0f} ms a response, default politeness", "",
             "| | 1 process | 2 processes |", "|---|---|---|"]
    for label, key in (("wall (s)", "wall_s"), ("politeness bound (s): slowest portal's requests × 0.5 s", "bound_s"),
                       ("wall ÷ bound", "wall_over_bound"), ("bound by the issue's formula (÷ 2 per host)",
                                                            "bound_issue_formula_s"),
                       ("a portal's pace, median (s between two requests)", "pace_median_s"),
                       ("the slowest portal's pace (s)", "pace_slowest_s"),
                       ("gaps between two requests to a portal longer than 1.5 × the delay", "gaps_beyond_jitter_share"),
                       ("time over the delay in those gaps, all portals (s)", "over_delay_in_long_gaps_s"),
                       ("time over the delay in the other gaps, all portals (s)", "over_delay_in_other_gaps_s"),
                       ("requests", "requests"), ("articles", "articles"), ("CPU ms / article", "cpu_ms_per_article"),
                       ("peak RSS per process (MB)", "peak_rss_mb"), ("most requests at once at a portal", "max_at_once")):
        lines.append(f"| {label} | {one[key]} | {two[key]} |")
    lines += ["", f"2 processes: ×{results['speedup']} the speed of 1. Merging their parts into one archive: "
              f"{results['merge_ms_per_article']} ms of CPU an article.", "",
              "| portals (1 process) | peak RSS (MB) |", "|---|---|"]
    lines += [f"| {row['portals']} | {row['peak_rss_mb']} |" for row in results["memory"]]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
