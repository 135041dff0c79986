"""Crawl benchmark: how fast and how lean `scrapy crawl portal` is, next to the limit, in one run.

    .venv/bin/python -m bench.crawl                      # the full benchmark (make bench), ~9-11 min
    .venv/bin/python -m bench.crawl --max-articles 0     # skip the 8,000-article memory run
    .venv/bin/python -m bench.crawl --profile            # also py-spy the crawl, top functions of crawler/

What it does, against synthetic gavias_vinor portals (tests/fixtures/portal.py) served on 127.0.0.1
by bench/server.py (everything pre-rendered, so the server is never the bottleneck):

1. Re-crawl (500 articles): a full crawl into a new archive, then the same crawl again against the
   same archive and the unchanged portal; the second run's requests as a share of the first's.
2. Throughput (2,000 articles, 2 images each, some shared), in --rounds rounds (medians reported):
   the full crawl into a new archive with politeness lifted by -s, then bench/fetch_spider.py —
   Scrapy with the same settings and no pipelines — over the exact URLs the crawl requested (from
   the server's log); then the same pair with robots.txt checks off on both sides (for comparison). CPU per article by
   stage comes from the stages' own `cpu/*_ms` stats (crawl_runs.stats); archive and FTS sizes
   from SQLite's dbstat table; extraction ms/page of crawler.extract vs trafilatura on that
   portal's article pages.
3. Memory: peak RSS of the crawl process (its own VmHWM, see bench/_run.py) plus its worker
   processes' (crawler/workers.py) at 500, 2,000 and --max-articles articles (separate runs).

Ratios are measured side by side in the same invocation: the machine is shared and noisy.
Results: a markdown table on stdout, JSON and logs under --out (artifacts/bench by default).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.server import BenchServer  # noqa: E402
from tests.fixtures.model import ImageRef, InlineImage  # noqa: E402
from tests.fixtures.portal import Portal  # noqa: E402

# Politeness lifted for 127.0.0.1, as tests/conftest.py does (CONVENTIONS.md §1); the fetch-only
# limit runs with exactly these settings too.
FAST_SETTINGS = {
    "AUTOTHROTTLE_ENABLED": "False",
    "DOWNLOAD_DELAY": "0",
    "CONCURRENT_REQUESTS": "16",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "16",
    "DOWNLOAD_TIMEOUT": "30",
    "RETRY_TIMES": "2",
    "LOG_LEVEL": "INFO",
    "LOGSTATS_INTERVAL": "600",
    "TELNETCONSOLE_ENABLED": "False",
}

TARGETS = {
    "throughput_ratio": 0.70,       # end-to-end articles/s ≥ 70 % of the no-pipeline fetch
    "clean_archive_ms": 10.0,       # clean + archive CPU ms per article
    "rss_mb_8000": 300.0,           # peak RSS at 8,000 articles
    "extraction_speedup": 2.0,      # trafilatura median / extract_article median
    "recrawl_share": 0.05,          # second crawl's requests / first crawl's, 500 articles
}


# -- the portal ------------------------------------------------------------------------------------
def bench_portal(n_articles: int, n_images: int, *, seed: int = 2024, shared: float = 0.05) -> Portal:
    """A fixture portal; besides the fixture's own traps (one file in two articles, identical bytes
    under two names), `shared` of the articles also show a photo of an older article."""
    portal = Portal(seed=seed, n_articles=n_articles, n_images=n_images)
    if shared <= 0:
        return portal
    rng = random.Random(seed)
    articles = [a for a in portal.articles if a.featured is not None]
    for spec in rng.sample(articles, int(len(articles) * shared)) if len(articles) > 1 else []:
        donor = rng.choice(articles)
        if donor is spec:
            continue
        n_text = len(spec.paragraphs) - (1 if spec.byline else 0)
        spec.inline_images.append(InlineImage(rng.randrange(max(1, n_text - 1)), ImageRef(donor.featured.file, donor.featured.alt)))
    return portal


# -- running scrapy ----------------------------------------------------------------------------------
@dataclass
class Run:
    label: str
    wall_s: float
    cpu_s: float               # the process and its workers
    peak_rss_mb: float
    returncode: int
    log: Path
    stats: dict = field(default_factory=dict)
    requests: int = 0          # requests the server answered during the run
    children_rss_mb: float = 0.0   # worker processes' peaks, added up (crawler/workers.py)
    own_cpu_s: float = 0.0         # the crawl process alone: the event loop and its threads

    @property
    def elapsed_s(self) -> float:
        """Engine open → close (Scrapy's elapsed_time_seconds): no interpreter start-up."""
        return float(self.stats.get("elapsed_time_seconds") or self.wall_s)


def run_scrapy(args: list[str], settings: dict, log: Path, *,
               profile_to: Path | None = None) -> tuple[float, float, float, float, float, int]:
    """Run scrapy in a subprocess: (wall s, CPU s, its own CPU s, peak RSS MB, its children's peak
    RSS MB, returncode). CPU from wait4 (worker processes included), its own CPU without them
    (written at exit by bench/_run.py); peak RSS is the process's own VmHWM,
    written at exit by bench/_run.py (see there why not ru_maxrss), or else the highest VmHWM seen
    while polling /proc. Its children (the worker processes, multiprocessing's resource tracker)
    are polled every 0.1 s: the sum of their VmHWM."""
    command = [sys.executable, "-m", "bench._run", "scrapy", *args]
    for key, value in settings.items():
        command += ["-s", f"{key}={value}"]
    if profile_to is not None:
        py_spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
        command = [py_spy, "record", "--subprocesses", "--rate", "200", "--format", "raw", "--output", str(profile_to),
                   "--", *command]
    hwm_file = log.with_suffix(".hwm.json")
    hwm_file.unlink(missing_ok=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "BENCH_HWM_FILE": str(hwm_file)}
    started = time.perf_counter()
    polled = 0
    children: dict[int, int] = {}
    with log.open("w") as handle:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=handle, stderr=subprocess.STDOUT)
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            polled = max(polled, _vm_hwm_kb(process.pid))
            for child in _children(process.pid):
                children[child] = max(children.get(child, 0), _vm_hwm_kb(child))
            time.sleep(0.1)
        process.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - started
    cpu = usage.ru_utime + usage.ru_stime
    try:
        written = json.loads(hwm_file.read_text())
        peak_kb, own_cpu = written["hwm_kb"], written["cpu_s"]
    except (OSError, ValueError, KeyError):
        peak_kb, own_cpu = polled, cpu
    return wall, cpu, own_cpu, peak_kb / 1024.0, sum(children.values()) / 1024.0, process.returncode


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as children:
            return [int(child) for child in children.read().split()]
    except (OSError, ValueError):
        return []


def _vm_hwm_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def crawl(label: str, server: BenchServer, archive: Path, out: Path, *, profile: bool = False,
          robots: bool = True) -> Run:
    """`scrapy crawl portal` of the server's portal into `archive` (`robots=False`: ROBOTSTXT_OBEY off)."""
    server.reset_log()
    log = out / f"{label}.log"
    settings = {**FAST_SETTINGS, "ARCHIVE_PATH": str(archive)}
    if not robots:
        settings["ROBOTSTXT_OBEY"] = "False"
    profile_to = out / f"{label}.pyspy.txt" if profile else None
    wall, cpu, own_cpu, rss, children_rss, rc = run_scrapy(["crawl", "portal", "-a", f"start_url={server.base_url}/"], settings,
                                                  log, profile_to=profile_to)
    if rc != 0:
        raise SystemExit(f"{label}: crawl failed (exit {rc}); see {log}")
    with sqlite3.connect(archive) as conn:
        raw = conn.execute("SELECT stats FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone()[0]
    return Run(label, wall, cpu, rss, rc, log, json.loads(raw or "{}"), server.count(), children_rss, own_cpu)


def fetch_only(label: str, server: BenchServer, urls: list[str], out: Path, *, robots: bool = True) -> Run:
    """bench/fetch_spider.py over `urls`, with the crawl's settings (`robots=False`: without
    robots.txt checks, which Scrapy's robots.txt middleware makes on every request)."""
    server.reset_log()
    url_file = out / f"{label}.urls.txt"
    url_file.write_text("\n".join(urls) + "\n", encoding="utf-8")
    stats_file = out / f"{label}.stats.json"
    log = out / f"{label}.log"
    settings = {**FAST_SETTINGS, "STATS_CLASS": "bench.fetch_spider.JsonStats", "BENCH_STATS_FILE": str(stats_file)}
    if not robots:
        settings["ROBOTSTXT_OBEY"] = "False"
    wall, cpu, own_cpu, rss, _, rc = run_scrapy(["runspider", str(ROOT / "bench" / "fetch_spider.py"), "-a", f"urls={url_file}"],
                                    settings, log)
    if rc != 0:
        raise SystemExit(f"{label}: fetch failed (exit {rc}); see {log}")
    stats = json.loads(stats_file.read_text()) if stats_file.exists() else {}
    return Run(label, wall, cpu, rss, rc, log, stats, server.count(), own_cpu_s=own_cpu)


def fetch_summary(run: Run, articles: int) -> dict:
    requests = int(run.stats.get("downloader/request_count", 0))
    return {"requests": requests, "server_requests": run.requests, "elapsed_s": run.elapsed_s, "wall_s": run.wall_s,
            "cpu_s": run.cpu_s, "peak_rss_mb": run.peak_rss_mb, "requests_per_s": requests / run.elapsed_s,
            "articles_per_s": articles / run.elapsed_s}


def fresh(path: Path) -> Path:
    for suffix in ("", "-wal", "-shm", ".lock"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return path


# -- measurements ------------------------------------------------------------------------------------
def archive_sizes(archive: Path) -> dict:
    """Bytes on disk by table (dbstat, indexes counted with their table), per article and per image."""
    with sqlite3.connect(archive) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        names = dict(conn.execute("SELECT name, tbl_name FROM sqlite_master WHERE type IN ('table','index')").fetchall())
        by_table: dict[str, int] = {}
        for name, size in conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"):
            table = names.get(name, name)
            by_table[table] = by_table.get(table, 0) + size
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        images = conn.execute("SELECT count(*) FROM images").fetchone()[0]
        image_bytes = conn.execute("SELECT coalesce(sum(length(content)), 0) FROM images").fetchone()[0]
        references = conn.execute("SELECT count(*) FROM article_images").fetchone()[0]
    fts = sum(size for table, size in by_table.items() if table.startswith("articles_fts"))
    image_tables = by_table.get("images", 0)
    article_tables = sum(by_table.get(t, 0) for t in ("articles", "article_images", "article_attachments", "urls", "revisions"))
    total = archive.stat().st_size
    return {
        "file_bytes": total, "articles": articles, "images": images, "image_references": references,
        "image_content_bytes": image_bytes, "fts_bytes": fts, "by_table": by_table,
        "bytes_per_article": article_tables / articles if articles else 0,
        "bytes_per_article_with_fts": (article_tables + fts) / articles if articles else 0,
        "bytes_per_image": image_tables / images if images else 0,
        "total_bytes_per_article": total / articles if articles else 0,
    }


def extraction_timings(server: BenchServer, portal: Portal, n_pages: int, seed: int = 7) -> dict:
    """CPU ms/page of crawler.extract.extract_article and trafilatura.extract (default options) on
    the same article pages, interleaved page by page so that both see the same machine."""
    import trafilatura

    from crawler.extract import extract_article

    rng = random.Random(seed)
    specs = [s for s in portal.articles]
    specs = rng.sample(specs, min(n_pages, len(specs)))
    pages = []
    for spec in specs:
        entry = server._entry(spec.path)
        body = entry.full[len(entry.head):]
        pages.append((server.base_url + spec.path, body.decode("utf-8")))
    for url, html in pages[:3]:  # warm-up: imports, selector compilation
        extract_article(html, url)
        trafilatura.extract(html, url=url)
    ours, theirs, empty = [], [], 0
    clock = time.thread_time  # CPU time of this thread: other processes on the machine do not count
    for url, html in pages:
        started = clock()
        article = extract_article(html, url)
        middle = clock()
        trafilatura.extract(html, url=url)
        ended = clock()
        ours.append((middle - started) * 1000)
        theirs.append((ended - middle) * 1000)
        empty += article is None
    return {"pages": len(pages), "ours": _summary(ours), "trafilatura": _summary(theirs), "not_articles": empty}


def _summary(values: list[float]) -> dict:
    if not values:
        return {"median": 0.0, "p95": 0.0, "mean": 0.0}
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    return {"median": statistics.median(ordered), "p95": p95, "mean": statistics.fmean(ordered)}


def machine() -> dict:
    model = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = 0
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram = int(line.split()[1]) * 1024
    except OSError:
        pass
    import scrapy

    return {
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), "nproc": os.cpu_count(),
        "cpu": model, "ram_gb": round(ram / 2**30, 1), "python": platform.python_version(),
        "scrapy": scrapy.__version__, "load_before": os.getloadavg()[0],
    }


# -- the benchmark ---------------------------------------------------------------------------------
@dataclass
class Config:
    articles: int = 2000
    images_per_article: float = 2.0
    recrawl_articles: int = 500
    max_articles: int = 8000
    large_images_per_article: float = 2.0
    extraction_pages: int = 300
    out: Path = ROOT / "artifacts" / "bench"
    rounds: int = 5
    profile: bool = False
    seed: int = 2024
    workers: int = 2


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def serve(n_articles: int, images_per_article: float, config: Config) -> BenchServer:
    started = time.perf_counter()
    portal = bench_portal(n_articles, max(1, round(n_articles * images_per_article)), seed=config.seed)
    server = BenchServer(portal, workers=config.workers).start()
    log(f"portal of {n_articles} articles, {len(portal.files)} image files served at {server.base_url} "
        f"(built and pre-rendered in {time.perf_counter() - started:.0f} s)")
    return server


def crawl_summary(run: Run, archive: Path) -> dict:
    stats = run.stats
    with sqlite3.connect(archive) as conn:
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    images = int(stats.get("media/images_downloaded", 0))
    return {
        "label": run.label, "articles": articles, "images_downloaded": images,
        "images_known": int(stats.get("media/images_known", 0)),
        "requests": int(stats.get("downloader/request_count", 0)), "server_requests": run.requests,
        "elapsed_s": run.elapsed_s, "wall_s": run.wall_s, "cpu_s": run.cpu_s, "own_cpu_s": run.own_cpu_s, "peak_rss_mb": run.peak_rss_mb,
        "workers_peak_rss_mb": run.children_rss_mb, "total_peak_rss_mb": run.peak_rss_mb + run.children_rss_mb,
        "articles_per_s": articles / run.elapsed_s if run.elapsed_s else 0,
        "requests_per_s": int(stats.get("downloader/request_count", 0)) / run.elapsed_s if run.elapsed_s else 0,
        "cpu_ms": {stage: float(stats.get(f"cpu/{stage}_ms", 0.0))
                   for stage in ("parse", "links", "clean", "media", "archive")},
        "pages_cleaned": int(stats.get("archive/pages", 0)),
        "errors": {k: v for k, v in stats.items() if k.startswith(("errors/", "media/images_failed", "archive/missing"))},
        "mode": sorted({v for k, v in stats.items() if k.startswith("mode/")}),
    }


def run_benchmark(config: Config) -> dict:
    out = config.out
    out.mkdir(parents=True, exist_ok=True)
    results: dict = {"machine": machine(), "config": {k: str(v) for k, v in vars(config).items()}}
    t0 = time.perf_counter()

    # 1. Re-crawl of an unchanged portal, and peak RSS at the smallest size.
    with serve(config.recrawl_articles, config.images_per_article, config) as server:
        archive = fresh(out / f"recrawl-{config.recrawl_articles}.db")
        first = crawl(f"recrawl-{config.recrawl_articles}-first", server, archive, out)
        log(f"first crawl: {first.requests} requests in {first.elapsed_s:.1f} s, peak RSS {first.peak_rss_mb:.0f} MB + workers {first.children_rss_mb:.0f} MB")
        second = crawl(f"recrawl-{config.recrawl_articles}-second", server, archive, out)
        log(f"second crawl: {second.requests} requests in {second.elapsed_s:.1f} s")
        results["recrawl"] = {
            "articles": config.recrawl_articles, "first": crawl_summary(first, archive),
            "second": crawl_summary(second, archive),
            "share": second.requests / first.requests if first.requests else 0,
            "second_paths": server.paths()[:200],
        }
        results["rss"] = {config.recrawl_articles: results["recrawl"]["first"]}
        if config.profile:
            profile_archive = fresh(out / "profile.db")
            crawl("profile", server, profile_archive, out, profile=True)
            results["profile"] = summarize_profile(out / "profile.pyspy.txt")

    # 2. Throughput next to the limit; CPU per stage; archive size; extraction.
    # Rounds of: crawl, then the limit over its URLs; the same pair with robots.txt checks off on
    # both sides. The machine's speed drifts by ±20 % within minutes: each measure is the median
    # of its rounds.
    with serve(config.articles, config.images_per_article, config) as server:
        rounds = []
        for number in range(1, config.rounds + 1):
            archive = fresh(out / f"archive-{number}.db")
            full = crawl(f"crawl-{config.articles}-{number}", server, archive, out)
            urls = [server.base_url + path for path in server.paths()]
            log(f"round {number}: full crawl: {len(urls)} requests in {full.elapsed_s:.1f} s; misses {server.misses}")
            limit = fetch_only(f"fetch-{config.articles}-{number}", server, urls, out)
            bare_crawl = crawl(f"crawl-without-robots-{config.articles}-{number}", server,
                               fresh(out / "archive-without-robots.db"), out, robots=False)
            bare_urls = [server.base_url + path for path in server.paths()]
            bare = fetch_only(f"fetch-without-robots-{config.articles}-{number}", server, bare_urls, out, robots=False)
            log(f"round {number}: fetch-only: {limit.requests} requests in {limit.elapsed_s:.1f} s; without robots.txt "
                f"checks: crawl {bare_crawl.elapsed_s:.1f} s, fetch-only {bare.elapsed_s:.1f} s")
            rounds.append((full, archive, limit, bare_crawl, bare))
        full, archive = sorted(((r[0], r[1]) for r in rounds), key=lambda r: r[0].elapsed_s)[len(rounds) // 2]
        for other in (r[1] for r in rounds):  # ~120 MB each: the median round's archive is the one measured
            if other != archive:
                fresh(other)
        fresh(out / "archive-without-robots.db")

        def median(index: int) -> Run:
            return sorted((r[index] for r in rounds), key=lambda run: run.elapsed_s)[len(rounds) // 2]

        limit, bare_crawl, bare = median(2), median(3), median(4)
        summary = crawl_summary(full, archive)
        results["throughput"] = {
            "crawl": summary,
            "fetch": fetch_summary(limit, summary["articles"]),
            "ratio": limit.elapsed_s / full.elapsed_s if full.elapsed_s else 0,
            "without_robots": {"crawl_s": bare_crawl.elapsed_s, "crawl_requests": bare_crawl.requests,
                               "fetch": fetch_summary(bare, summary["articles"]),
                               "ratio": bare.elapsed_s / bare_crawl.elapsed_s if bare_crawl.elapsed_s else 0},
            "rounds": [{"crawl_s": r[0].elapsed_s, "fetch_s": r[2].elapsed_s, "crawl_without_robots_s": r[3].elapsed_s,
                        "fetch_without_robots_s": r[4].elapsed_s} for r in rounds],
            "server_misses": server.misses, "server_missed": server.missed[:20],
        }
        results["rss"][config.articles] = summary
        results["archive"] = archive_sizes(archive)
        log("extraction: crawler.extract vs trafilatura")
        results["extraction"] = extraction_timings(server, server.portal, config.extraction_pages)

    # 3. Peak RSS at the largest size.
    if config.max_articles:
        with serve(config.max_articles, config.large_images_per_article, config) as server:
            archive = fresh(out / f"rss-{config.max_articles}.db")
            big = crawl(f"crawl-{config.max_articles}", server, archive, out)
            log(f"{config.max_articles}-article crawl: {big.requests} requests in {big.elapsed_s:.1f} s, "
                f"peak RSS {big.peak_rss_mb:.0f} MB + workers {big.children_rss_mb:.0f} MB")
            results["rss"][config.max_articles] = crawl_summary(big, archive)
            results["large_images_per_article"] = config.large_images_per_article
    results["total_s"] = time.perf_counter() - t0
    (out / "results.json").write_text(json.dumps(results, indent=2, default=str, ensure_ascii=False))
    return results


PROFILE_CATEGORIES = [  # (label, frame substring), first match from the top of the stack wins
    ("archive write (ArchivePipeline)", "ArchivePipeline.process_item"),
    ("clean (CleanPipeline; clean_page in a worker)", "clean_page"),
    ("clean (CleanPipeline; clean_page in a worker)", "CleanPipeline.process_item"),
    ("image validation (check_image in a worker)", "check_image"),
    ("image validation (check_image in a worker)", "MediaPipeline.media_downloaded"),
    ("media requests: archive look-ups (get_media_requests)", "MediaPipeline.get_media_requests"),
    ("discovery: parsing pages, reading links (read_links_of in a worker)", "read_links_of"),
    ("discovery: links, teasers, pagers (PortalSpider)", "PortalSpider."),
    ("start-up: imports, settings", "_find_and_load"),
    ("workers: sending work and results across (both sides)", "crawler/workers.py"),
]


def summarize_profile(path: Path, top: int = 25) -> dict:
    """py-spy raw output → share of samples by stage, and the crawler/ functions (inclusive)."""
    inclusive: dict[str, int] = {}
    stages: dict[str, int] = {}
    total = 0
    if not path.exists():
        return {"stages": [], "functions": []}
    for line in path.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        n = int(count)
        total += n
        frames = stack.split(";")
        stage = next((label for label, needle in PROFILE_CATEGORIES if any(needle in f for f in frames)),
                     "Scrapy + Twisted: download, scheduling, middlewares, item machinery")
        stages[stage] = stages.get(stage, 0) + n
        for frame in set(frames):
            if "crawler/" in frame and "commands/crawl.py" not in frame:
                inclusive[frame] = inclusive.get(frame, 0) + n
    total = total or 1
    return {
        "samples": total,
        "stages": sorted(((label, n / total) for label, n in stages.items()), key=lambda kv: -kv[1]),
        "functions": [(frame, n / total) for frame, n in sorted(inclusive.items(), key=lambda kv: -kv[1])[:top]],
    }


# -- the table ---------------------------------------------------------------------------------------
def verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


def format_table(results: dict) -> str:
    t = results["throughput"]
    crawl_, fetch, bare = t["crawl"], t["fetch"], t["without_robots"]
    n = crawl_["articles"] or 1
    cpu = crawl_["cpu_ms"]
    images = crawl_["images_downloaded"] or 1
    clean_ms, media_ms, archive_ms = cpu["clean"] / n, cpu["media"] / n, cpu["archive"] / n
    parse_ms, links_ms = cpu.get("parse", 0.0) / n, cpu.get("links", 0.0) / n
    clean_archive_ms = parse_ms + clean_ms + archive_ms
    ex = results["extraction"]
    speedup = ex["trafilatura"]["median"] / ex["ours"]["median"] if ex["ours"]["median"] else 0
    rss = results["rss"]
    sizes = sorted(int(k) for k in rss)
    ar = results["archive"]
    rc = results["recrawl"]
    rows = [
        ("**Throughput** (full crawl of %d articles, %d images; %d requests)" % (n, crawl_["images_downloaded"], crawl_["requests"]), "", ""),
        ("end to end into archive.db", f"{crawl_['articles_per_s']:.1f} articles/s, {crawl_['requests_per_s']:.0f} requests/s "
         f"({crawl_['elapsed_s']:.1f} s)", ""),
        ("limit: Scrapy fetching the same URLs, same settings, no pipelines", f"{fetch['articles_per_s']:.1f} articles/s, "
         f"{fetch['requests_per_s']:.0f} requests/s ({fetch['elapsed_s']:.1f} s)", ""),
        ("end to end / limit", f"{t['ratio']:.0%}", f"≥ 70 %: {verdict(t['ratio'] >= TARGETS['throughput_ratio'])}"),
        ("without robots.txt checks, on both sides: crawl / limit", f"{bare['crawl_s']:.1f} s / "
         f"{bare['fetch']['elapsed_s']:.1f} s = {bare['ratio']:.0%}", "for comparison"),
        ("rounds (s), each: crawl / limit, then both without robots.txt checks",
         " · ".join(f"{r['crawl_s']:.1f} / {r['fetch_s']:.1f}, {r['crawl_without_robots_s']:.1f} / "
                    f"{r['fetch_without_robots_s']:.1f}" for r in t["rounds"]), "medians above"),
        ("crawl CPU, all of it / fetch-only CPU", f"{crawl_['cpu_s'] * 1000 / n:.1f} / {fetch['cpu_s'] * 1000 / n:.1f} ms per article", ""),
        ("of which the crawl process / its worker", f"{crawl_['own_cpu_s'] * 1000 / n:.1f} / "
         f"{(crawl_['cpu_s'] - crawl_['own_cpu_s']) * 1000 / n:.1f} ms per article", "start-up included"),
        ("**CPU per article** (the stages' cpu/*_ms stats; listing pages included)", "", ""),
        ("parse (once a page: for its links, then its article)", f"{parse_ms:.2f} ms", ""),
        ("clean (extract the article)", f"{clean_ms:.2f} ms", ""),
        ("archive write", f"{archive_ms:.2f} ms", ""),
        ("parse + clean + archive write", f"{clean_archive_ms:.2f} ms",
         f"≤ 10 ms: {verdict(clean_archive_ms <= TARGETS['clean_archive_ms'])}"),
        ("read links (discovery)", f"{links_ms:.2f} ms", "not a target"),
        ("images (validate: decode or check to the end, sha256)",
         f"{media_ms:.2f} ms per article, {cpu['media'] / images:.2f} ms per image", "excluded"),
        ("**Extraction** (%d article pages, CPU ms/page)" % ex["pages"], "median / p95", ""),
        ("crawler.extract.extract_article", f"{ex['ours']['median']:.2f} / {ex['ours']['p95']:.2f}", ""),
        ("trafilatura.extract", f"{ex['trafilatura']['median']:.2f} / {ex['trafilatura']['p95']:.2f}", ""),
        ("speed-up (median)", f"{speedup:.1f}×", f"≥ 2×: {verdict(speedup >= TARGETS['extraction_speedup'])}"),
        ("**Peak RSS**: crawl process + its worker processes (separate runs)", "", ""),
    ]
    for size in sizes:
        r = rss[size] if size in rss else rss[str(size)]
        rows.append((f"{size:,} articles ({r['images_downloaded']:,} images, {r['requests']:,} requests, "
                     f"{r['elapsed_s']:.0f} s)", f"{_rss(rss, size):.0f} MB ({r['peak_rss_mb']:.0f} + "
                     f"{r.get('workers_peak_rss_mb', 0):.0f})", ""))
    if len(sizes) >= 2:
        small, big = _rss(rss, sizes[-2]), _rss(rss, sizes[-1])
        growth = big / small if small else 0
        linear = sizes[-1] / sizes[-2]
        ok_limit = big < TARGETS["rss_mb_8000"] if sizes[-1] >= 8000 else None
        rows.append((f"growth {sizes[-2]:,} → {sizes[-1]:,} articles (×{linear:.0f} articles)", f"×{growth:.2f}",
                     f"sub-linear: {verdict(growth < linear)}" + (f"; < 300 MB: {verdict(ok_limit)}" if ok_limit is not None else "")))
    rows += [
        ("**Archive** (%d articles, %d images, %d image references)" % (ar["articles"], ar["images"], ar["image_references"]), "", ""),
        ("file size", f"{ar['file_bytes'] / 2**20:.1f} MB", ""),
        ("per article (articles, urls, article_images rows + indexes)", f"{ar['bytes_per_article'] / 1024:.1f} kB", ""),
        ("per article with its FTS share", f"{ar['bytes_per_article_with_fts'] / 1024:.1f} kB", ""),
        ("per image (images table: bytes + row)", f"{ar['bytes_per_image'] / 1024:.1f} kB "
         f"(content {ar['image_content_bytes'] / max(ar['images'], 1) / 1024:.1f} kB)", ""),
        ("FTS index (articles_fts*)", f"{ar['fts_bytes'] / 2**20:.2f} MB", ""),
        ("**Re-crawl** of the unchanged %d-article portal" % rc["articles"], "", ""),
        ("requests: second / first crawl", f"{rc['second']['server_requests']} / {rc['first']['server_requests']} = {rc['share']:.1%}",
         f"≤ 5 %: {verdict(rc['share'] <= TARGETS['recrawl_share'])}"),
    ]
    lines = ["| measure | result | target |", "|---|---|---|"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    m = results["machine"]
    lines.append("")
    lines.append(f"Machine: {m['nproc']} × {m['cpu']}, {m['ram_gb']} GB RAM; Python {m['python']}, Scrapy {m['scrapy']}; "
                 f"{m['date']}; benchmark took {results.get('total_s', 0) / 60:.1f} min.")
    return "\n".join(lines)


def format_profile(profile: dict) -> str:
    lines = ["", "Where the crawl's CPU goes (py-spy, %d samples, share of samples):" % profile.get("samples", 0), "",
             "| stage | share |", "|---|---|"]
    lines += [f"| {label} | {share:.0%} |" for label, share in profile["stages"]]
    lines += ["", "crawler/ functions (inclusive):"]
    lines += [f"  {share:6.1%}  {frame}" for frame, share in profile["functions"]]
    return "\n".join(lines)


def _rss(rss: dict, size: int) -> float:
    """Peak RSS of a run: the crawl process's own and its workers' peaks, added up."""
    run = rss[size] if size in rss else rss[str(size)]
    return run["peak_rss_mb"] + run.get("workers_peak_rss_mb", 0.0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.crawl", description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000, help="throughput run size (default 2000)")
    parser.add_argument("--images-per-article", type=float, default=2.0)
    parser.add_argument("--recrawl-articles", type=int, default=500, help="re-crawl and smallest RSS run (default 500)")
    parser.add_argument("--max-articles", type=int, default=8000, help="largest RSS run; 0 skips it (default 8000)")
    parser.add_argument("--large-images-per-article", type=float, default=None,
                        help="images per article in the largest run (default: --images-per-article)")
    parser.add_argument("--extraction-pages", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=5,
                        help="throughput rounds (crawl, limit, limit without robots.txt checks); medians reported (default 5)")
    parser.add_argument("--out", type=Path, default=ROOT / "artifacts" / "bench")
    parser.add_argument("--profile", action="store_true", help="py-spy a crawl of the re-crawl portal; top crawler/ functions")
    parser.add_argument("--workers", type=int, default=2, help="processes that pre-render images")
    options = parser.parse_args(argv)
    config = Config(
        articles=options.articles, images_per_article=options.images_per_article,
        recrawl_articles=options.recrawl_articles, max_articles=options.max_articles,
        large_images_per_article=options.large_images_per_article or options.images_per_article,
        extraction_pages=options.extraction_pages, out=options.out, profile=options.profile, workers=options.workers,
        rounds=options.rounds,
    )
    results = run_benchmark(config)
    print(format_table(results))
    if results.get("profile"):
        print(format_profile(results["profile"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
