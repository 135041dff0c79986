"""The reader's side at national size (issue 20): search, facets and article pages in Datasette over
a generated archive of 1,000,000 articles.

    .venv/bin/python -m bench.search_scale                        # 1,000,000 articles over 3,000 portals
    .venv/bin/python -m bench.search_scale --articles 20000 --portals 100 --rounds 2
    .venv/bin/python -m bench.search_scale --keep /data/search-1m.db   # the archive kept there instead

The archive (bench/search_archive.py, text from bench/search_corpus.py) is generated once and
cached under bench/.cache/ (or --keep); later runs reuse it and report the generation time it
took. Before measuring, the archive is opened with `Archive.open`, as a crawl would open it, so
indexes a newer schema adds are built.

What is measured: requests to the real Datasette app in-process (`datasette.app.Datasette` with
the project's plugin, its metadata and `python -m crawler.browse`'s settings, answered through
`ds.client.get`, redirects followed as a browser does), each request's wall time from asking to
having the whole response. Kinds (KINDS below): the ranked search page for common words, rare
words and two-word queries, each typed with and without diacritics, the issue's own `Đảng` /
`dang` and `nông thôn mới` / `nong thon moi`, with the portal filter and with a year or a
category; the articles table with its portal facet (and the default facets of the metadata), its
first listing page, one portal's listing, and article pages. Words are chosen from the corpus by their document frequency in the
generated index (SQLite's fts5vocab): common = in ≥ 10 % of articles, rare = in ≤ 0.1 %.
A warm-up pass (one request per query, not counted) precedes --rounds measured rounds, each of
every request of every kind in a shuffled order, so the machine's noise falls on all kinds alike.
The archive file is in the OS page cache when it fits (warm, as a server that has been running).

Reported: p50 / p95 / max per kind, the share of searches with results, facets that timed out, the
archive's size and its FTS index's per article (dbstat), generation time; a markdown table on
stdout and JSON under --out.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import platform
import random
import re
import sqlite3
import sys
import time
import unicodedata
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlencode

from crawler.archive import Archive
from crawler.archive.search import fold

from .search_archive import ROOT, Spec, archive_sizes, ensure_archive, sidecar
from .search_corpus import YEARS, Corpus

TARGET_P95_MS = 200.0
SIZES_FORMAT = 2   # bumped when archive_sizes reports more: a cached record is measured again
FACET_INDEXES = ("idx_articles_status", "idx_articles_category", "idx_articles_site_published")
QUERIES_PER_KIND = 12
COMMON_SHARE, RARE_SHARE = 0.10, 0.001
#: (kind, what it is); search kinds are measured on /<db>/-/search, the rest on the table and article pages.
KINDS = (
    ("search: common word", "one word in ≥ 10 % of articles, with diacritics"),
    ("search: common word, no diacritics", "the same words folded (đ→d)"),
    ("search: rare word", "one word in ≤ 0.1 % of articles, with diacritics"),
    ("search: rare word, no diacritics", "the same words folded"),
    ("search: two words", "two adjacent words of the bank, with diacritics"),
    ("search: two words, no diacritics", "the same, folded"),
    ("search: Đảng / nông thôn mới", "the issue's queries, as typed"),
    ("search: dang / nong thon moi", "the issue's queries without diacritics"),
    ("search: with portal filter", "common words and two-word queries, one portal (by host or name)"),
    ("search: with year or category filter", "common words and two-word queries, one year or one category"),
    ("table: portal facet", "/<db>/articles?_facet=site with the metadata's default facets"),
    ("table: first listing page", "/<db>/articles, newest first, default facets"),
    ("table: one portal's listing", "/<db>/articles?site=HOST (a portal facet value chosen)"),
    ("article page", "/<db>/-/article/<id>"),
)
DB = "archive"   # the archive is attached under this name (its file is linked as archive.db)
_RESULT = 'class="archive-result-title"'
_TIMED_OUT = re.compile(r'<p class="facets-timed-out">These facets timed out: ([^<]*)</p>')


def fts_term(word: str) -> str:
    """The token `unicode61 remove_diacritics 2` makes of a word: lower case, marks removed, đ kept."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def document_frequencies(path: Path, words: list[str]) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE VIRTUAL TABLE temp.bench_vocab USING fts5vocab(main, articles_fts, 'row')")
        return {word: (conn.execute("SELECT doc FROM bench_vocab WHERE term = ?", [fts_term(word)]).fetchone()
                       or (0,))[0] for word in words}


def search(queries) -> list[str]:
    return [f"/{DB}/-/search?" + urlencode({"q": query}) for query in queries]


def spread(items: list, count: int) -> list:
    """`count` items evenly spaced over the list (which is sorted by frequency): all frequencies."""
    if len(items) <= count:
        return list(items)
    step = len(items) / count
    return [items[int(i * step)] for i in range(count)]


def choose_queries(path: Path, spec: Spec, per_kind: int = QUERIES_PER_KIND) -> dict[str, list[str]]:
    """Paths per kind, from the corpus's words and the generated index's document frequencies."""
    corpus, rng = Corpus(spec.seed), random.Random(spec.seed)
    marked = [w for w in corpus.bank_words if fold(w) != w]
    tail = [w for w in corpus.tail if fold(w) != w]
    frequency = document_frequencies(path, marked + tail[:1500])
    by_frequency = sorted(marked, key=frequency.get)
    common = [w for w in by_frequency if frequency[w] >= COMMON_SHARE * spec.articles] or by_frequency[-per_kind:]
    found = sorted((w for w in tail[:1500] if frequency[w]), key=frequency.get)
    # A small archive may hold no word that rare: then its rarest.
    rare = [w for w in found if frequency[w] <= RARE_SHARE * spec.articles] or found[:per_kind]
    pairs = sorted({(a, b) for s in corpus.sentences_by_category.values() for line in s
                    for a, b in zip(line.split(), line.split()[1:])
                    if a.isalpha() and b.isalpha() and "{" not in a + b and fold(a + b) != a + b})
    two_words = [f"{a} {b}".lower() for a, b in rng.sample(pairs, min(per_kind, len(pairs)))]
    common, rare = spread(common, per_kind), spread(rare, per_kind)
    with sqlite3.connect(path) as conn:
        sites = conn.execute("SELECT host, name FROM sites ORDER BY host").fetchall()
        portals = rng.sample(sites, min(per_kind, len(sites)))
        top = conn.execute("SELECT max(id) FROM articles").fetchone()[0]
        categories = [row[0] for row in conn.execute("SELECT DISTINCT category FROM articles ORDER BY category")]
    filtered = [f"/{DB}/-/search?" + urlencode({"q": q, "portal": host if n % 2 else name})
                for n, (q, (host, name)) in enumerate(zip((common + two_words)[::2] * 2, portals))]
    return {
        "search: common word": search(common),
        "search: common word, no diacritics": search(fold(w) for w in common),
        "search: rare word": search(rare),
        "search: rare word, no diacritics": search(fold(w) for w in rare),
        "search: two words": search(two_words),
        "search: two words, no diacritics": search(fold(q) for q in two_words),
        "search: Đảng / nông thôn mới": search(["Đảng", "nông thôn mới"]),
        "search: dang / nong thon moi": search(["dang", "nong thon moi"]),
        "search: with portal filter": filtered,
        "search: with year or category filter": [
            f"/{DB}/-/search?" + urlencode({"q": q, **({"year": str(rng.choice(YEARS))} if n % 2 else
                                                       {"category": rng.choice(categories)})})
            for n, q in enumerate((common + two_words)[1::2] * 2)][:per_kind],
        "table: portal facet": [f"/{DB}/articles?_facet=site"],
        "table: first listing page": [f"/{DB}/articles"],
        "table: one portal's listing": [f"/{DB}/articles?" + urlencode({"site": host}) for host, _ in portals],
        "article page": [f"/{DB}/-/article/{rng.randint(1, top)}" for _ in range(per_kind)],
    }


async def measure(path: Path, queries: dict[str, list[str]], rounds: int, log=print) -> dict:
    from datasette.app import Datasette
    from datasette.app import DEFAULT_SETTINGS

    from crawler.browse import READER_SETTINGS

    settings = {name: type(DEFAULT_SETTINGS[name])(value) for name, value in READER_SETTINGS.items()}
    ds = Datasette([str(path)], settings=settings)
    await ds.invoke_startup()
    samples: dict[str, list[float]] = {kind: [] for kind in queries}
    by_query: dict[str, list[float]] = {query: [] for paths in queries.values() for query in paths}
    found: dict[str, list[int]] = {kind: [] for kind in queries}
    timed_out: dict[str, set[str]] = {kind: set() for kind in queries}
    requests = [(kind, query) for kind, paths in queries.items() for query in paths]
    rng = random.Random(1)

    errors: dict[str, int] = {kind: 0 for kind in queries}

    async def ask(kind: str, query: str) -> tuple[float, str]:
        started = time.perf_counter()
        response = await ds.client.get(query, follow_redirects=True)
        elapsed = (time.perf_counter() - started) * 1000
        if response.status_code != 200:
            # Counted, not fatal: an older version answered 500 when SQLite ran past Datasette's
            # sql_time_limit_ms, and that is a result too.
            errors[kind] += 1
            log(f"{query}: HTTP {response.status_code} after {elapsed:.0f} ms")
        return elapsed, response.text

    for kind, query in requests:   # warm-up: templates compiled, pages read once
        await ask(kind, query)
    errors.update(dict.fromkeys(errors, 0))   # the warm-up's errors are not the measured ones
    log(f"warm-up done: {len(requests)} requests; {rounds} measured rounds next")
    for number in range(rounds):
        rng.shuffle(requests)
        for kind, query in requests:
            elapsed, page = await ask(kind, query)
            samples[kind].append(elapsed)
            by_query[query].append(elapsed)
            if kind.startswith("search"):
                found[kind].append(page.count(_RESULT))
            for names in _TIMED_OUT.findall(page):
                timed_out[kind].update(name.strip() for name in names.split(","))
        log(f"round {number + 1}/{rounds} done")
    return {kind: {"samples_ms": samples[kind], "p50_ms": percentile(samples[kind], 50),
                   "p95_ms": percentile(samples[kind], 95), "max_ms": max(samples[kind]),
                   "queries": len(queries[kind]), "with_results": sum(1 for n in found[kind] if n),
                   "median_results": percentile(found[kind], 50) if found[kind] else None,
                   "facets_timed_out": sorted(timed_out[kind]), "errors": errors[kind],
                   "median_ms_by_query": {query: percentile(by_query[query], 50) for query in queries[kind]}}
            for kind in queries}


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile: the smallest value with at least `share` % of the values at or below it."""
    ordered = sorted(values)
    rank = max(1, -(-len(ordered) * share // 100))
    return ordered[int(rank) - 1]


def sizes_for(path: Path) -> dict:
    """Sizes by dbstat, cached in the archive's sidecar for as long as its schema is the same."""
    record_file = sidecar(path)
    record = json.loads(record_file.read_text()) if record_file.exists() else {}
    with sqlite3.connect(path) as conn:
        schema = "\n".join(sql or "" for (sql,) in conn.execute("SELECT sql FROM sqlite_master ORDER BY name"))
    signature = hashlib.sha256(f"{SIZES_FORMAT}\n{schema}".encode()).hexdigest()
    if record.get("sizes", {}).get("schema") != signature:
        record["sizes"] = {"schema": signature, **archive_sizes(path)}
        record_file.write_text(json.dumps(record, indent=2))
    return record["sizes"]


def run(spec: Spec, keep: Path | None, rounds: int, out: Path, log=print,
        per_kind: int = QUERIES_PER_KIND) -> dict:
    path, record = ensure_archive(spec, keep, log=log)
    started = time.perf_counter()
    Archive.open(path).close()   # as a crawl opens it: indexes a newer schema adds are made now
    schema_s = time.perf_counter() - started
    sizes = sizes_for(path)
    linked = out / f"{DB}.db"   # Datasette names a database after its file: the reader's `archive`
    out.mkdir(parents=True, exist_ok=True)
    linked.unlink(missing_ok=True)
    linked.symlink_to(path.resolve())
    queries = choose_queries(path, spec, per_kind)
    results = asyncio.run(measure(linked, queries, rounds, log=log))
    return {"spec": record["spec"],
            "archive": str(path), "generation_s": record["generation_s"], "schema_update_s": schema_s,
            "sizes": sizes, "rounds": rounds, "kinds": results, "queries": queries,
            "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), "machine": machine()}


def machine() -> str:
    import os

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    return f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, " \
           f"SQLite {sqlite3.sqlite_version}, load {load:.1f}"


def size(count: float) -> str:
    return f"{count / 1e9:.2f} GB" if count >= 1e9 else f"{count / 1e6:.1f} MB"


def format_table(result: dict) -> str:
    spec, sizes, generation = result["spec"], result["sizes"], result["generation_s"]
    lines = [f"Search at scale: {spec['articles']:,} articles, {spec['portals']:,} portals "
             f"({result['date']}; {result['machine']}; {result['rounds']} rounds)", "",
             "| kind | queries | p50 ms | p95 ms | max ms | with results | notes |",
             "|---|---:|---:|---:|---:|---:|---|"]
    for kind, _ in KINDS:
        row = result["kinds"][kind]
        notes, with_results = [], ""
        if kind.startswith("search"):
            target = "met" if row["p95_ms"] <= TARGET_P95_MS else "NOT met"
            notes.append(f"p95 ≤ {TARGET_P95_MS:.0f} ms: {target}; median {row['median_results']} results")
            with_results = f"{row['with_results']}/{len(row['samples_ms'])}"
        if row.get("errors"):
            notes.append(f"{row['errors']} answered with an error")
        if row["facets_timed_out"]:
            notes.append("facets timed out: " + ", ".join(row["facets_timed_out"]))
        lines.append(f"| {kind} | {row['queries']} | {row['p50_ms']:.0f} | {row['p95_ms']:.0f} | {row['max_ms']:.0f} "
                     f"| {with_results} | {'; '.join(notes)} |")
    per_article = sizes["articles"] or 1
    body = sizes["body_text_bytes_per_article"]
    added = sum(sizes["index_bytes"].get(name, 0) for name in FACET_INDEXES)
    lines += ["", "| archive | value |", "|---|---|",
              f"| archive file | {size(sizes['file_bytes'])}, {sizes['file_bytes_per_article'] / 1024:.1f} kB "
              f"per article |",
              f"| articles: rows + indexes (with their images' and URLs' rows), per article | "
              f"{sizes['article_bytes_per_article'] / 1024:.1f} kB (body text {body / 1024:.1f} kB) |",
              f"| of which the facet and listing indexes (status, category, site + published) | "
              f"{size(added)}, {added / per_article:.0f} bytes per article |",
              f"| FTS index per article | {sizes['fts_bytes_per_article'] / 1024:.2f} kB "
              f"({size(sizes['fts_bytes'])}, {sizes['fts_bytes_per_article'] / max(1, body):.0%} of the body text) |",
              f"| generation (rows; indexes + FTS; total) | {generation['articles']:.0f} s; "
              f"{generation['indexes_and_fts']:.0f} s; {generation['total']:.0f} s |"]
    return "\n".join(lines)


def log(message: str) -> None:
    print(f"[search {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.search_scale", description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--portals", type=int, default=3_000)
    parser.add_argument("--seed", type=int, default=20)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--queries", type=int, default=QUERIES_PER_KIND, help="queries per kind")
    parser.add_argument("--keep", type=Path, help="the generated archive's path (default: bench/.cache/)")
    parser.add_argument("--out", type=Path, default=ROOT / "artifacts" / "bench-search")
    args = parser.parse_args(argv)
    result = run(Spec(args.articles, args.portals, args.seed), args.keep, args.rounds, args.out, log=log,
                 per_kind=args.queries)
    (args.out / "results.json").write_text(json.dumps(result, indent=2, ensure_ascii=False))
    print(format_table(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
