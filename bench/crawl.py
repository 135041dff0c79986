"""Crawl benchmark: what `scrapy crawl portal` costs next to Scrapy's own fetching, in one run.

    .venv/bin/python -m bench.crawl                      # the full benchmark (make bench), ~25-35 min
    .venv/bin/python -m bench.crawl --max-articles 0     # skip the 8,000-article memory run
    .venv/bin/python -m bench.crawl --profile            # also py-spy a crawl: where its CPU goes

What it does, against synthetic gavias_vinor portals (tests/fixtures/portal.py) served on 127.0.0.1
by bench/server.py (everything pre-rendered, so the server is never the bottleneck), whose
articles show realistic photos (bench/server.py `PhotoMix`: 85 % resized for the web, ~130-400 kB;
15 % phone originals, 7-12 MP, ~1.3-3 MB; --phone-photos, --fixture-photos):

1. Re-crawl (500 articles): a full crawl into a new archive, then the same crawl again against the
   same archive and the unchanged portal; the second run's requests as a share of the first's
   (target ≤ 2 %). With --profile, py-spy records a third crawl of that portal into a new archive.
2. CPU (2,000 articles, 2 images each, some shared), in --rounds rounds: the full crawl into a new
   archive with politeness lifted by -s, then bench/fetch_spider.py — Scrapy with the same
   settings and no pipelines — over the exact URLs the crawl requested (from the server's log);
   with --without-robots, also the same pair with robots.txt checks off on both sides (for
   comparison; off by default: with realistic photos it doubles the rounds' ~3.5 min each).
   Headline: the crawl's CPU per article at most 2.0× the fetch-only run's for the same URLs (both divided by the
   crawl's articles). Reported are the median CPU per article of each side and the median of the
   rounds' own crawl/fetch ratios (each pair runs back to back: the machine is shared and its speed
   drifts by ±20 % within minutes), and the loopback wall-time ratio crawl / fetch-only (Scrapy's
   elapsed_time_seconds) for the record, with no target: on 127.0.0.1 the network costs nothing, on
   a portal it sets the pace. CPU per article by stage comes from the stages' own `cpu/*_ms` stats
   (crawl_runs.stats) of the median round (clean: parse + extract; media: image and document
   validation; archive: the article's write); archive and FTS sizes from SQLite's dbstat table;
   extraction ms/page of crawler.extract vs trafilatura on that portal's article pages.
3. Memory: peak RSS of the crawl process (its own VmHWM, see bench/_run.py) at 500, 2,000 and
   --max-articles articles (separate runs). Verdict "flat in the portal's size": from the
   second-largest size to the largest (2,000 → 8,000: the articles ×4), peak RSS grows by less
   than ×1.25.

CPU is the process's own (user + system, every thread; getrusage in bench/_run.py) from the moment
Scrapy sends engine_started to the process's exit, on both sides. Start-up (interpreter, imports,
settings, building the crawler, opening the spider: pipelines, the archive) is thus excluded, and
shutdown (closing the spider, the archive's last writes) included. Why a mark rather than
subtracting the CPU of a run against a tiny portal (or CLOSESPIDER_ITEMCOUNT=1): the mark measures
each run's own start-up, where the subtraction takes another process's start-up, which on this
shared machine varies from run to run (1.3-1.6 s of CPU for the same command, ±0.15 s), and
that tiny run also does a little crawl and a full shutdown of its own, which would be subtracted
as "start-up". What the mark cannot exclude: imports done lazily after engine_started (a module's
first use, on either side); they are in the profile's "imports" row. The start-up CPU excluded is
reported.

Results: a markdown table on stdout, JSON and logs under --out (artifacts/bench by default);
photos are cached under artifacts/bench-photos/ (the first run renders them: ~1 min).
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

from bench.server import PHOTO_CACHE, BenchServer, PhotoMix  # noqa: E402
from tests.fixtures.model import ImageRef, InlineImage  # noqa: E402
from tests.fixtures.portal import Portal  # noqa: E402

# Politeness lifted for 127.0.0.1, as tests/conftest.py does (docs/conventions.md §1); the fetch-only
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
    "cpu_ratio": 2.0,               # crawl CPU per article ≤ 2.0 × fetch-only CPU per article, start-up excluded
    "clean_archive_ms": 10.0,       # clean + archive CPU ms per article
    "rss_growth": 1.25,             # peak RSS, second-largest → largest size (×4 articles): flat
    "extraction_speedup": 2.0,      # trafilatura median / extract_article median
    "recrawl_share": 0.02,          # second crawl's requests / first crawl's, 500 articles
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
    cpu_s: float               # the process's CPU at exit: user + system, all its threads
    startup_cpu_s: float       # ... when Scrapy's engine_started signal was sent (bench/_run.py)
    peak_rss_mb: float
    returncode: int
    log: Path
    stats: dict = field(default_factory=dict)
    requests: int = 0          # requests the server answered during the run

    @property
    def elapsed_s(self) -> float:
        """Engine open → close (Scrapy's elapsed_time_seconds): no interpreter start-up."""
        return float(self.stats.get("elapsed_time_seconds") or self.wall_s)

    @property
    def work_cpu_s(self) -> float:
        """CPU from engine_started to the process's exit: the run without its start-up."""
        return self.cpu_s - self.startup_cpu_s


def run_scrapy(args: list[str], settings: dict, log: Path, *,
               profile_to: Path | None = None) -> tuple[float, float, float, float, int]:
    """Run scrapy in a subprocess (through bench/_run.py): (wall s, CPU s at exit, CPU s at
    engine_started, peak RSS MB, returncode). CPU and peak RSS (VmHWM; see bench/_run.py why not
    ru_maxrss) are the process's own, written by bench/_run.py at exit; if it wrote nothing, CPU
    comes from wait4 with no start-up mark, and the peak is the highest VmHWM seen while polling."""
    command = [sys.executable, "-m", "bench._run", "scrapy", *args]
    for key, value in settings.items():
        command += ["-s", f"{key}={value}"]
    if profile_to is not None:
        py_spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
        command = [py_spy, "record", "--rate", "200", "--format", "raw", "--output", str(profile_to), "--", *command]
    hwm_file = log.with_suffix(".hwm.json")
    hwm_file.unlink(missing_ok=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "BENCH_HWM_FILE": str(hwm_file)}
    started = time.perf_counter()
    polled = 0
    with log.open("w") as handle:
        process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=handle, stderr=subprocess.STDOUT)
        while True:
            pid, status, usage = os.wait4(process.pid, os.WNOHANG)
            if pid:
                break
            polled = max(polled, _vm_hwm_kb(process.pid))
            time.sleep(0.1)
        process.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - started
    try:
        written = json.loads(hwm_file.read_text())
        peak_kb, cpu, startup_cpu = written["hwm_kb"], written["cpu_s"], written.get("started_cpu_s", 0.0)
    except (OSError, ValueError, KeyError):
        peak_kb, cpu, startup_cpu = polled, usage.ru_utime + usage.ru_stime, 0.0
    return wall, cpu, startup_cpu, peak_kb / 1024.0, process.returncode


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
          robots: bool = True, settings: dict | None = None) -> Run:
    """`scrapy crawl portal` of the server's portal into `archive` (`robots=False`: ROBOTSTXT_OBEY off;
    `settings`: more -s settings)."""
    server.reset_log()
    log = out / f"{label}.log"
    settings = {**FAST_SETTINGS, "ARCHIVE_PATH": str(archive), **(settings or {})}
    if not robots:
        settings["ROBOTSTXT_OBEY"] = "False"
    profile_to = out / f"{label}.pyspy.txt" if profile else None
    wall, cpu, startup_cpu, rss, rc = run_scrapy(["crawl", "portal", "-a", f"start_url={server.base_url}/"], settings,
                                                 log, profile_to=profile_to)
    if rc != 0:
        raise SystemExit(f"{label}: crawl failed (exit {rc}); see {log}")
    with sqlite3.connect(archive) as conn:
        raw = conn.execute("SELECT stats FROM crawl_runs ORDER BY id DESC LIMIT 1").fetchone()[0]
    return Run(label, wall, cpu, startup_cpu, rss, rc, log, json.loads(raw or "{}"), server.count())


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
    wall, cpu, startup_cpu, rss, rc = run_scrapy(
        ["runspider", str(ROOT / "bench" / "fetch_spider.py"), "-a", f"urls={url_file}"], settings, log)
    if rc != 0:
        raise SystemExit(f"{label}: fetch failed (exit {rc}); see {log}")
    stats = json.loads(stats_file.read_text()) if stats_file.exists() else {}
    return Run(label, wall, cpu, startup_cpu, rss, rc, log, stats, server.count())


def fetch_summary(run: Run, articles: int) -> dict:
    requests = int(run.stats.get("downloader/request_count", 0))
    return {"label": run.label, "requests": requests, "server_requests": run.requests, "elapsed_s": run.elapsed_s,
            "wall_s": run.wall_s, "cpu_s": run.cpu_s, "startup_cpu_s": run.startup_cpu_s, "work_cpu_s": run.work_cpu_s,
            "cpu_ms_per_article": run.work_cpu_s * 1000 / articles if articles else 0.0,
            "peak_rss_mb": run.peak_rss_mb, "requests_per_s": requests / run.elapsed_s if run.elapsed_s else 0,
            "articles_per_s": articles / run.elapsed_s if run.elapsed_s else 0}


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
    photos: bool = True                 # realistic photos (bench/server.py PhotoMix); False: the fixture's
    phone_share: float = 0.15           # of the articles' JPEGs: phone originals (7-12 MP, 1.3-3 MB)
    photo_pool: int = 8                 # distinct pictures per kind of photo (files still differ)
    photo_cache: Path = PHOTO_CACHE
    without_robots: bool = False        # also the pair with robots.txt checks off on both sides, each round


def log(message: str) -> None:
    print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def photo_mix(config: Config) -> PhotoMix | None:
    if not config.photos:
        return None
    return PhotoMix(phone_share=config.phone_share, web_share=1.0 - config.phone_share, pool=config.photo_pool,
                    cache=config.photo_cache)


def serve(n_articles: int, images_per_article: float, config: Config) -> BenchServer:
    started = time.perf_counter()
    portal = bench_portal(n_articles, max(1, round(n_articles * images_per_article)), seed=config.seed)
    server = BenchServer(portal, workers=config.workers, photos=photo_mix(config)).start()
    kinds = server.photo_kinds
    photos = f" ({kinds.get('web', 0)} web photos, {kinds.get('phone', 0)} phone photos)" if kinds else ""
    log(f"portal of {n_articles} articles, {len(portal.files)} image files{photos} served at {server.base_url} "
        f"(built and pre-rendered in {time.perf_counter() - started:.0f} s)")
    return server


def photo_summary(server: BenchServer) -> dict:
    """The article photos the portal serves, by kind: count and size quantiles (bytes)."""
    result = {"fixture_files": server.photo_kinds.get("fixture", 0), "contents": server.photo_contents()}
    for kind, sizes in server.photo_sizes().items():
        ordered = sorted(sizes)
        result[kind] = {"files": len(ordered), "bytes": sum(ordered),
                        "min": ordered[0] if ordered else 0, "median": statistics.median(ordered) if ordered else 0,
                        "max": ordered[-1] if ordered else 0}
    return result


STAGES = ("clean", "media", "archive")


def crawl_summary(run: Run, archive: Path) -> dict:
    stats = run.stats
    with sqlite3.connect(archive) as conn:
        articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    images = int(stats.get("media/images_downloaded", 0))
    requests = int(stats.get("downloader/request_count", 0))
    return {
        "label": run.label, "articles": articles, "images_downloaded": images,
        "images_known": int(stats.get("media/images_known", 0)),
        "attachments_downloaded": int(stats.get("media/attachments_downloaded", 0)),
        "requests": requests, "server_requests": run.requests,
        "elapsed_s": run.elapsed_s, "wall_s": run.wall_s, "cpu_s": run.cpu_s, "startup_cpu_s": run.startup_cpu_s,
        "work_cpu_s": run.work_cpu_s, "cpu_ms_per_article": run.work_cpu_s * 1000 / articles if articles else 0.0,
        "peak_rss_mb": run.peak_rss_mb,
        "articles_per_s": articles / run.elapsed_s if run.elapsed_s else 0,
        "requests_per_s": requests / run.elapsed_s if run.elapsed_s else 0,
        "cpu_ms": {stage: float(stats.get(f"cpu/{stage}_ms", 0.0)) for stage in STAGES},
        "pages_cleaned": int(stats.get("archive/pages", 0)),
        "received_bytes": int(stats.get("downloader/response_bytes", 0)),
        "errors": {k: v for k, v in stats.items() if k.startswith(("errors/", "media/images_failed", "archive/missing"))},
        "mode": sorted({v for k, v in stats.items() if k.startswith("mode/")}),
    }


def _median_by(items: list, key):
    """The item of median `key` (the lower middle one of an even count)."""
    return sorted(items, key=key)[(len(items) - 1) // 2]


def run_benchmark(config: Config) -> dict:
    out = config.out
    out.mkdir(parents=True, exist_ok=True)
    results: dict = {"machine": machine(), "config": {k: str(v) for k, v in vars(config).items()}}
    t0 = time.perf_counter()

    # 1. Re-crawl of an unchanged portal, and peak RSS at the smallest size.
    with serve(config.recrawl_articles, config.images_per_article, config) as server:
        archive = fresh(out / f"recrawl-{config.recrawl_articles}.db")
        first = crawl(f"recrawl-{config.recrawl_articles}-first", server, archive, out)
        log(f"first crawl: {first.requests} requests in {first.elapsed_s:.1f} s, peak RSS {first.peak_rss_mb:.0f} MB")
        second = crawl(f"recrawl-{config.recrawl_articles}-second", server, archive, out)
        log(f"second crawl: {second.requests} requests in {second.elapsed_s:.1f} s")
        results["recrawl"] = {
            "articles": config.recrawl_articles, "first": crawl_summary(first, archive),
            "second": crawl_summary(second, archive),
            "share": second.requests / first.requests if first.requests else 0,
            "second_paths": server.paths()[:200],
        }
        results["rss"] = {config.recrawl_articles: results["recrawl"]["first"]}
        fresh(archive)
        if config.profile:
            log("profile: py-spy on a crawl of the same portal")
            profile_archive = fresh(out / "profile.db")
            crawl("profile", server, profile_archive, out, profile=True)
            results["profile"] = summarize_profile(out / "profile.pyspy.txt")
            fresh(profile_archive)

    # 2. CPU next to the limit; CPU per stage; archive size; extraction.
    # Rounds of: crawl, then the limit over its URLs (with --without-robots, then the same pair with
    # robots.txt checks off on both sides). The machine's speed drifts by ±20 % within minutes: each measure is the median
    # of its rounds, and the ratios are the medians of each round's own ratio (pairs run back to back).
    with serve(config.articles, config.images_per_article, config) as server:
        results["photos"] = photo_summary(server)
        rounds = []
        for number in range(1, config.rounds + 1):
            archive = fresh(out / f"archive-{number}.db")
            full = crawl(f"crawl-{config.articles}-{number}", server, archive, out)
            urls = [server.base_url + path for path in server.paths()]
            summary = crawl_summary(full, archive)
            sizes = archive_sizes(archive)
            if number < config.rounds:   # ~2 GB each with realistic photos; the last one stays for a look
                fresh(archive)
            log(f"round {number}: full crawl: {len(urls)} requests in {full.elapsed_s:.1f} s, "
                f"{summary['cpu_ms_per_article']:.1f} ms CPU per article; misses {server.misses}")
            limit = fetch_only(f"fetch-{config.articles}-{number}", server, urls, out)
            limit_summary = fetch_summary(limit, summary["articles"])
            record = {
                "crawl": summary, "fetch": limit_summary, "archive": sizes,
                "cpu_ratio": summary["work_cpu_s"] / limit.work_cpu_s if limit.work_cpu_s else 0.0,
                "wall_ratio": full.elapsed_s / limit.elapsed_s if limit.elapsed_s else 0.0,
            }
            log(f"round {number}: fetch-only: {limit.requests} requests in {limit.elapsed_s:.1f} s, "
                f"{limit_summary['cpu_ms_per_article']:.1f} ms CPU per article: CPU ×{record['cpu_ratio']:.2f}")
            if config.without_robots:
                bare_archive = fresh(out / "archive-without-robots.db")
                bare_crawl = crawl(f"crawl-without-robots-{config.articles}-{number}", server, bare_archive, out,
                                   robots=False)
                bare_summary = crawl_summary(bare_crawl, bare_archive)
                fresh(bare_archive)
                bare_urls = [server.base_url + path for path in server.paths()]
                bare = fetch_only(f"fetch-without-robots-{config.articles}-{number}", server, bare_urls, out,
                                  robots=False)
                record["without_robots"] = {
                    "crawl": bare_summary, "fetch": fetch_summary(bare, bare_summary["articles"]),
                    "cpu_ratio": bare_crawl.work_cpu_s / bare.work_cpu_s if bare.work_cpu_s else 0.0,
                    "wall_ratio": bare_crawl.elapsed_s / bare.elapsed_s if bare.elapsed_s else 0.0,
                }
                log(f"round {number}: without robots.txt checks: crawl {bare_crawl.elapsed_s:.1f} s, fetch-only "
                    f"{bare.elapsed_s:.1f} s, CPU ×{record['without_robots']['cpu_ratio']:.2f}")
            rounds.append(record)

        def med(values) -> float:
            return statistics.median(values) if values else 0.0

        middle = _median_by(rounds, lambda r: r["crawl"]["cpu_ms_per_article"])  # its stage stats and archive
        bare_rounds = [r["without_robots"] for r in rounds if "without_robots" in r]
        results["throughput"] = {
            "crawl": middle["crawl"],
            "fetch": _median_by([r["fetch"] for r in rounds], lambda f: f["cpu_ms_per_article"]),
            "crawl_cpu_ms_per_article": med([r["crawl"]["cpu_ms_per_article"] for r in rounds]),
            "fetch_cpu_ms_per_article": med([r["fetch"]["cpu_ms_per_article"] for r in rounds]),
            "cpu_ratio": med([r["cpu_ratio"] for r in rounds]),
            "crawl_elapsed_s": med([r["crawl"]["elapsed_s"] for r in rounds]),
            "fetch_elapsed_s": med([r["fetch"]["elapsed_s"] for r in rounds]),
            "wall_ratio": med([r["wall_ratio"] for r in rounds]),
            "startup_cpu_s": {"crawl": med([r["crawl"]["startup_cpu_s"] for r in rounds]),
                              "fetch": med([r["fetch"]["startup_cpu_s"] for r in rounds])},
            "without_robots": {
                "crawl_cpu_ms_per_article": med([r["crawl"]["cpu_ms_per_article"] for r in bare_rounds]),
                "fetch_cpu_ms_per_article": med([r["fetch"]["cpu_ms_per_article"] for r in bare_rounds]),
                "cpu_ratio": med([r["cpu_ratio"] for r in bare_rounds]),
                "wall_ratio": med([r["wall_ratio"] for r in bare_rounds]),
                "crawl_requests": _median_by([r["crawl"] for r in bare_rounds], lambda c: c["elapsed_s"])["server_requests"],
                "fetch_requests": _median_by([r["fetch"] for r in bare_rounds], lambda f: f["elapsed_s"])["server_requests"],
            } if bare_rounds else None,
            "rounds": [{"crawl_ms": r["crawl"]["cpu_ms_per_article"], "fetch_ms": r["fetch"]["cpu_ms_per_article"],
                        "cpu_ratio": r["cpu_ratio"], "crawl_s": r["crawl"]["elapsed_s"], "fetch_s": r["fetch"]["elapsed_s"],
                        "wall_ratio": r["wall_ratio"],
                        **({"crawl_without_robots_ms": r["without_robots"]["crawl"]["cpu_ms_per_article"],
                            "fetch_without_robots_ms": r["without_robots"]["fetch"]["cpu_ms_per_article"],
                            "cpu_ratio_without_robots": r["without_robots"]["cpu_ratio"]} if "without_robots" in r else {})}
                       for r in rounds],
            "server_misses": server.misses, "server_missed": server.missed[:20],
        }
        results["rss"][config.articles] = middle["crawl"]
        results["archive"] = middle["archive"]
        log("extraction: crawler.extract vs trafilatura")
        results["extraction"] = extraction_timings(server, server.portal, config.extraction_pages)

    # 3. Peak RSS at the largest size.
    if config.max_articles:
        with serve(config.max_articles, config.large_images_per_article, config) as server:
            archive = fresh(out / f"rss-{config.max_articles}.db")
            big = crawl(f"crawl-{config.max_articles}", server, archive, out)
            log(f"{config.max_articles}-article crawl: {big.requests} requests in {big.elapsed_s:.1f} s, "
                f"peak RSS {big.peak_rss_mb:.0f} MB")
            results["rss"][config.max_articles] = crawl_summary(big, archive)
            results["large_images_per_article"] = config.large_images_per_article
            fresh(archive)
    results["total_s"] = time.perf_counter() - t0
    (out / "results.json").write_text(json.dumps(results, indent=2, default=str, ensure_ascii=False))
    return results


# (label, function as py-spy names it, file): the first category (in this order) that matches a
# frame of the sample's stack wins, so the inner stages come before the ones that call them.
PROFILE_CATEGORIES = [
    ("archive write (ArchivePipeline.process_item)", "ArchivePipeline.process_item", "crawler/pipelines/archive.py"),
    ("clean: parse + extract (CleanPipeline.process_item)", "CleanPipeline.process_item", "crawler/pipelines/clean.py"),
    ("images: validation (check_image)", "check_image", "crawler/pipelines/"),
    ("images: written to the archive (ArchiveFilesStore.persist_file)", "ArchiveFilesStore.persist_file",
     "crawler/pipelines/media.py"),
    ("images: the rest of MediaPipeline.file_downloaded", "MediaPipeline.file_downloaded", "crawler/pipelines/media.py"),
    ("discovery: reading links (read_links)", "read_links", "crawler/discovery/links.py"),
    ("discovery: the rest of PortalSpider (what to request)", "PortalSpider.", "crawler/spiders/portal.py"),
    ("imports (start-up, mostly)", "_find_and_load", "<frozen importlib._bootstrap>"),
]
PROFILE_REST = "Scrapy + Twisted: download, scheduling, middlewares, item and media machinery"


def _profile_stage(frames: list[str]) -> str:
    for label, function, file in PROFILE_CATEGORIES:
        prefix = function if function.endswith(".") else function + " ("
        for frame in frames:
            if frame.startswith(prefix) and file in frame:
                return label
    return PROFILE_REST


def summarize_profile(path: Path, top: int = 25) -> dict:
    """py-spy raw output → share of samples by stage, and the crawler/ functions (inclusive)."""
    inclusive: dict[str, int] = {}
    stages: dict[str, int] = {}
    total = 0
    if not path.exists():
        return {"samples": 0, "stages": [], "functions": []}
    for line in path.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        if not count.isdigit():
            continue
        n = int(count)
        total += n
        frames = stack.split(";")
        stage = _profile_stage(frames)
        stages[stage] = stages.get(stage, 0) + n
        for frame in set(frames):
            if "crawler/" in frame and "commands/crawl.py" not in frame:
                name = frame.rsplit(":", 1)[0] + ")" if ":" in frame else frame   # one row per function
                inclusive[name] = inclusive.get(name, 0) + n
    total = total or 1
    return {
        "samples": total,
        "stages": sorted(((label, n / total) for label, n in stages.items()), key=lambda kv: -kv[1]),
        "functions": [(frame, n / total) for frame, n in sorted(inclusive.items(), key=lambda kv: -kv[1])[:top]],
    }


# -- the table ---------------------------------------------------------------------------------------
def verdict(ok: bool) -> str:
    return "met" if ok else "NOT met"


def _kb(n: float) -> str:
    return f"{n / 2**20:.1f} MB" if n >= 2**20 else f"{n / 1024:.0f} kB"


def format_table(results: dict) -> str:
    t = results["throughput"]
    crawl_, bare = t["crawl"], t["without_robots"]
    n = crawl_["articles"] or 1
    cpu = crawl_["cpu_ms"]
    images = crawl_["images_downloaded"] or 1
    clean_ms, media_ms, archive_ms = cpu["clean"] / n, cpu["media"] / n, cpu["archive"] / n
    clean_archive_ms = clean_ms + archive_ms
    outside_ms = crawl_["cpu_ms_per_article"] - clean_ms - media_ms - archive_ms
    ex = results["extraction"]
    speedup = ex["trafilatura"]["median"] / ex["ours"]["median"] if ex["ours"]["median"] else 0
    rss = results["rss"]
    sizes = sorted(int(k) for k in rss)
    ar = results["archive"]
    rc = results["recrawl"]
    ph = results.get("photos") or {}
    rows = [
        ("**CPU per article** (full crawl of %d articles, %d images; %d requests, %s received; medians of %d rounds)"
         % (n, crawl_["images_downloaded"], crawl_["requests"], _kb(crawl_["received_bytes"]), len(t["rounds"])), "", ""),
    ]
    if ph.get("web") or ph.get("phone"):
        web, phone = ph.get("web", {}), ph.get("phone", {})
        rows.append(("photos served (article images)", f"{web.get('files', 0):,} web-sized, {_kb(web.get('min', 0))}–"
                     f"{_kb(web.get('max', 0))} (median {_kb(web.get('median', 0))}); {phone.get('files', 0):,} phone "
                     f"originals (7–12 MP), {_kb(phone.get('min', 0))}–{_kb(phone.get('max', 0))} (median "
                     f"{_kb(phone.get('median', 0))}); {ph.get('fixture_files', 0)} PNGs", ""))
    rows += [
        ("crawl into archive.db: CPU of the process, start-up excluded", f"{t['crawl_cpu_ms_per_article']:.1f} ms", ""),
        ("Scrapy fetch-only, same URLs, same settings, no pipelines (bench/fetch_spider.py)",
         f"{t['fetch_cpu_ms_per_article']:.1f} ms", ""),
        ("crawl CPU / fetch-only CPU (median of the rounds' ratios)", f"{t['cpu_ratio']:.2f}×",
         f"≤ 2.0×: {verdict(t['cpu_ratio'] <= TARGETS['cpu_ratio'])}"),
        ("start-up CPU excluded (interpreter to engine_started): crawl / fetch-only",
         f"{t['startup_cpu_s']['crawl']:.2f} s / {t['startup_cpu_s']['fetch']:.2f} s", "per run"),
    ]
    if bare:
        rows.append(("without robots.txt checks, on both sides: crawl / fetch-only CPU",
                     f"{bare['crawl_cpu_ms_per_article']:.1f} / {bare['fetch_cpu_ms_per_article']:.1f} ms = "
                     f"{bare['cpu_ratio']:.2f}×", "for comparison"))
    rows += [
        ("loopback wall time: crawl / fetch-only (engine open → close; median of the rounds' ratios)",
         f"{t['crawl_elapsed_s']:.1f} s / {t['fetch_elapsed_s']:.1f} s = {t['wall_ratio']:.2f}×", "for the record"),
        ("rounds, each: crawl / fetch-only ms CPU per article (ratio)" + (", then both without robots.txt checks" if bare else ""),
         " · ".join(f"{r['crawl_ms']:.1f} / {r['fetch_ms']:.1f} (×{r['cpu_ratio']:.2f})"
                    + (f", {r['crawl_without_robots_ms']:.1f} / {r['fetch_without_robots_ms']:.1f}" if bare else "")
                    for r in t["rounds"]), "medians above"),
        ("**CPU per article by stage** (the stages' cpu/*_ms stats, median round; listing pages included)", "", ""),
        ("clean (parse + extract the article)", f"{clean_ms:.2f} ms", ""),
        ("archive write", f"{archive_ms:.2f} ms", ""),
        ("clean + archive write", f"{clean_archive_ms:.2f} ms",
         f"≤ 10 ms: {verdict(clean_archive_ms <= TARGETS['clean_archive_ms'])}"),
        ("media (validate images and documents: structure, sha256)",
         f"{media_ms:.2f} ms per article, {cpu['media'] / images:.2f} ms per image", "for the record"),
        ("outside these stages (Scrapy, discovery, image writes to the archive, …)", f"{outside_ms:.2f} ms", ""),
        ("**Extraction** (%d article pages, CPU ms/page)" % ex["pages"], "median / p95", ""),
        ("crawler.extract.extract_article", f"{ex['ours']['median']:.2f} / {ex['ours']['p95']:.2f}", ""),
        ("trafilatura.extract", f"{ex['trafilatura']['median']:.2f} / {ex['trafilatura']['p95']:.2f}", ""),
        ("speed-up (median)", f"{speedup:.1f}×", f"≥ 2×: {verdict(speedup >= TARGETS['extraction_speedup'])}"),
        ("**Peak RSS** of the crawl process (separate runs)", "", ""),
    ]
    for size in sizes:
        r = rss[size] if size in rss else rss[str(size)]
        rows.append((f"{size:,} articles ({r['images_downloaded']:,} images, {r['requests']:,} requests, "
                     f"{r['elapsed_s']:.0f} s)", f"{r['peak_rss_mb']:.0f} MB", ""))
    if len(sizes) >= 2:
        small, big = _rss(rss, sizes[-2]), _rss(rss, sizes[-1])
        growth = big / small if small else 0
        linear = sizes[-1] / sizes[-2]
        rows.append((f"growth {sizes[-2]:,} → {sizes[-1]:,} articles (×{linear:.3g} articles)", f"×{growth:.2f}",
                     f"flat in the portal's size (< ×{TARGETS['rss_growth']:.2f}): "
                     f"{verdict(growth < TARGETS['rss_growth'])}"))
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
         f"≤ 2 %: {verdict(rc['share'] <= TARGETS['recrawl_share'])}"),
    ]
    lines = ["| measure | result | target |", "|---|---|---|"]
    lines += [f"| {a} | {b} | {c} |" for a, b, c in rows]
    m = results["machine"]
    lines.append("")
    lines.append(f"Machine: {m['nproc']} × {m['cpu']}, {m['ram_gb']} GB RAM; Python {m['python']}, Scrapy {m['scrapy']}; "
                 f"{m['date']}; benchmark took {results.get('total_s', 0) / 60:.1f} min.")
    return "\n".join(lines)


def format_profile(profile: dict) -> str:
    lines = ["", "Where the crawl's CPU goes (py-spy, %d samples, share of samples; start-up included):"
             % profile.get("samples", 0), "", "| stage | share |", "|---|---|"]
    lines += [f"| {label} | {share:.0%} |" for label, share in profile["stages"]]
    lines += ["", "crawler/ functions (inclusive):"]
    lines += [f"  {share:6.1%}  {frame}" for frame, share in profile["functions"]]
    return "\n".join(lines)


def _rss(rss: dict, size: int) -> float:
    run = rss[size] if size in rss else rss[str(size)]
    return run["peak_rss_mb"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.crawl", description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000, help="CPU and stage run size (default 2000)")
    parser.add_argument("--images-per-article", type=float, default=2.0)
    parser.add_argument("--recrawl-articles", type=int, default=500, help="re-crawl and smallest RSS run (default 500)")
    parser.add_argument("--max-articles", type=int, default=8000, help="largest RSS run; 0 skips it (default 8000)")
    parser.add_argument("--large-images-per-article", type=float, default=None,
                        help="images per article in the largest run (default: --images-per-article)")
    parser.add_argument("--extraction-pages", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=5,
                        help="rounds of crawl + fetch-only (+ --without-robots); medians reported (default 5)")
    parser.add_argument("--out", type=Path, default=ROOT / "artifacts" / "bench")
    parser.add_argument("--profile", action="store_true", help="py-spy a crawl of the re-crawl portal; top crawler/ functions")
    parser.add_argument("--workers", type=int, default=2, help="processes that pre-render images")
    parser.add_argument("--phone-photos", type=float, default=0.15,
                        help="share of the articles' JPEGs served as phone originals, 7-12 MP (default 0.15)")
    parser.add_argument("--fixture-photos", action="store_true",
                        help="serve the fixture's own small pictures instead of realistic photos")
    parser.add_argument("--without-robots", action="store_true",
                        help="each round, also the crawl and fetch-only pair with robots.txt checks off on both sides")
    options = parser.parse_args(argv)
    config = Config(
        articles=options.articles, images_per_article=options.images_per_article,
        recrawl_articles=options.recrawl_articles, max_articles=options.max_articles,
        large_images_per_article=options.large_images_per_article or options.images_per_article,
        extraction_pages=options.extraction_pages, out=options.out, profile=options.profile, workers=options.workers,
        rounds=options.rounds, photos=not options.fixture_photos, phone_share=options.phone_photos,
        without_robots=options.without_robots,
    )
    results = run_benchmark(config)
    print(format_table(results))
    if results.get("profile"):
        print(format_profile(results["profile"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
