"""The search benchmark's archive: N generated articles over P portals (bench/search_corpus.py),
written with the project's own schema and built once, then cached on disk.

How it is written: `Archive.open` makes the archive exactly as a crawl would (schema.py's tables,
indexes, FTS5 table and triggers). For the bulk load, the secondary indexes and the FTS table
(with its triggers) are dropped, the rows inserted in large transactions, and `ensure_schema`
run again, which recreates the indexes and the FTS index (sqlite-utils' `enable_fts`: one
`INSERT … SELECT` over the table) and its triggers — the project's code builds everything, once.
`search_folded` is `crawler.archive.search.folded_d_words(title, body_text)`, as the store fills it.
No captures are generated: the reader's pages never read them.

Article ids follow a crawl's order, not portal after portal: the portals are first crawled 16 at
a time (their articles interleaved, as one Scrapy process crawling many hosts writes them), then
the newest 5 % of every portal's articles come last, interleaved across all portals, as nightly
re-crawls add them. So a portal's articles are spread over much of the id range, as they would be
in a national archive, and the newest ids are this year's news from everywhere.

The archive is written under a temporary name and renamed when complete, with a JSON sidecar
(generation time, sizes) beside it; a later run with the same N, P and seed reuses both.
"""

from __future__ import annotations

import hashlib
import html
import io
import json
import random
import sqlite3
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from crawler.archive import Archive
from crawler.archive.schema import ensure_schema
from crawler.archive.search import fold, folded_d_words

from .search_corpus import Corpus

#: Bumped whenever the generated content changes, so an older cache is not reused.
GENERATOR_VERSION = 2
ROOT = Path(__file__).resolve().parent.parent
CACHE_DIR = ROOT / "bench" / ".cache"
BATCH = 5000
IMAGE_POOL = 60
CRAWL_BATCH = 16          # portals crawled at once in the first sweep
RECENT_SHARE = 0.05       # of each portal's articles, added by the nightly re-crawls
CRAWL_TIME = "2025-06-01T02:00:00+07:00"
ARTICLE_COLUMNS = ("id", "url", "site", "kind", "node_id", "title", "published", "updated", "author", "category",
                   "summary", "body_text", "body_html", "word_count", "content_hash", "status", "source", "captured",
                   "fetched_url", "profile", "first_seen", "last_seen", "last_changed", "search_folded")
FTS_TRIGGERS = ("articles_ai", "articles_ad", "articles_au")


@dataclass(frozen=True)
class Spec:
    articles: int
    portals: int
    seed: int = 20


def cache_path(spec: Spec) -> Path:
    return CACHE_DIR / f"search-{spec.articles}-{spec.portals}-s{spec.seed}-v{GENERATOR_VERSION}.db"


def sidecar(path: Path) -> Path:
    return path.with_name(path.name + ".json")


def ensure_archive(spec: Spec, path: Path | None = None, log=print) -> tuple[Path, dict]:
    """The cached archive for `spec` (built if missing) and its generation record."""
    path = path or cache_path(spec)
    record_file = sidecar(path)
    if path.exists() and record_file.exists():
        record = json.loads(record_file.read_text())
        if record.get("spec") == asdict(spec) and record.get("generator") == GENERATOR_VERSION:
            log(f"reusing {path} (generated in {record['generation_s']['total']:.0f} s)")
            return path, record
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    for leftover in (partial, *(partial.with_name(partial.name + s) for s in ("-wal", "-shm"))):
        leftover.unlink(missing_ok=True)
    record = {"spec": asdict(spec), "generator": GENERATOR_VERSION, "generation_s": build_archive(spec, partial, log)}
    partial.rename(path)
    record_file.write_text(json.dumps(record, indent=2))
    return path, record


def build_archive(spec: Spec, path: Path, log=print) -> dict:
    """Write the archive at `path`; returns the seconds each phase took."""
    started = time.perf_counter()
    corpus = Corpus(spec.seed)
    portals = corpus.portals(spec.portals)
    counts = corpus.articles_per_portal(spec.articles, spec.portals)
    archive = Archive.open(path)
    db = archive.db
    conn = db.conn
    # A half-written cache is thrown away, never recovered: no journal, no syncs while loading.
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    _drop_search_and_indexes(conn)
    images = _image_pool(conn)
    rng = random.Random(spec.seed)
    loaded = time.perf_counter()
    conn.executemany("INSERT INTO sites (host, start_url, name, source, first_crawled, last_crawled, runs) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)",
                     [(p.host, f"https://{p.host}/", p.name, p.source, CRAWL_TIME, CRAWL_TIME, 1) for p in portals])
    article_id, rows, links, urls = 0, [], [], []
    numbers = [0] * len(portals)
    for index, recent in crawl_order(counts, rng):
        portal = portals[index]
        article_id += 1
        numbers[index] += 1
        row, article_images = _article_row(corpus, portal, numbers[index], article_id, rng, images, recent)
        rows.append(row)
        links.extend(article_images)
        urls.append((row[1], portal.host, article_id, row[3], 200, CRAWL_TIME, CRAWL_TIME, row[14]))
        if len(rows) >= BATCH:
            _flush(conn, rows, links, urls)
            if article_id % (BATCH * 20) == 0:
                log(f"{article_id:,} articles written ({article_id / (time.perf_counter() - loaded):,.0f}/s)")
    _flush(conn, rows, links, urls)
    conn.commit()
    written = time.perf_counter()
    log(f"{article_id:,} articles in {written - loaded:.0f} s; indexes and the FTS index next")
    with conn:
        ensure_schema(db)   # the indexes, the FTS table (populated) and its triggers, as schema.py makes them
    indexed = time.perf_counter()
    conn.execute("PRAGMA journal_mode = WAL")   # as Archive.open leaves an archive
    archive.close()
    return {"setup": loaded - started, "articles": written - loaded, "indexes_and_fts": indexed - written,
            "total": time.perf_counter() - started}


def crawl_order(counts: list[int], rng: random.Random):
    """(portal index, recent) for every article, in the order a crawl would archive them."""
    recent = [round(count * RECENT_SHARE) for count in counts]
    for start in range(0, len(counts), CRAWL_BATCH):
        batch = [index for index in range(start, min(start + CRAWL_BATCH, len(counts)))
                 for _ in range(counts[index] - recent[index])]
        rng.shuffle(batch)
        yield from ((index, False) for index in batch)
    nightly = [index for index, count in enumerate(recent) for _ in range(count)]
    rng.shuffle(nightly)
    yield from ((index, True) for index in nightly)


def _drop_search_and_indexes(conn: sqlite3.Connection) -> None:
    for trigger in FTS_TRIGGERS:
        conn.execute(f"DROP TRIGGER IF EXISTS [{trigger}]")
    conn.execute("DROP TABLE IF EXISTS articles_fts")
    indexes = conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                           "AND tbl_name IN ('articles', 'article_images', 'urls')").fetchall()
    for (name,) in indexes:
        conn.execute(f"DROP INDEX [{name}]")
    conn.commit()


def _image_pool(conn: sqlite3.Connection) -> list[tuple[str, int, int]]:
    """Small PNGs the articles share: (sha256, width, height). The reader's pages link them only."""
    from PIL import Image

    pool = []
    for n in range(IMAGE_POOL):
        width, height = 160 + n, 120
        buffer = io.BytesIO()
        Image.new("RGB", (width, height), (n * 4 % 256, 90, 200 - n)).save(buffer, "PNG")
        content = buffer.getvalue()
        sha = hashlib.sha256(content).hexdigest()
        conn.execute("INSERT INTO images (sha256, content, mime, width, height, size, first_url, first_seen) "
                     "VALUES (?, ?, 'image/png', ?, ?, ?, ?, ?)",
                     [sha, content, width, height, len(content), f"https://example.gov.vn/anh/{n}.png", CRAWL_TIME])
        pool.append((sha, width, height))
    return pool


def _article_row(corpus: Corpus, portal, number: int, article_id: int, rng: random.Random,
                 images: list, recent: bool) -> tuple[tuple, list[tuple]]:
    made = corpus.article(portal, number, rng, recent=recent)
    title, paragraphs = made["title"], made["paragraphs"]
    body_text = "\n\n".join(paragraphs)
    chosen = rng.sample(images, rng.choices((0, 1, 2, 3), weights=(30, 40, 20, 10))[0])
    parts = []
    for index, paragraph in enumerate(paragraphs):
        parts.append(f"<p>{html.escape(paragraph, quote=False)}</p>")
        if index < len(chosen) - 1:   # the first image is the featured one, the others inline
            sha, width, height = chosen[index + 1]
            parts.append(f'<figure><img src="/-/archive-image/{sha}" alt="" width="{width}" height="{height}">'
                         f"</figure>")
    slug = "-".join(fold(title).split()[:10])
    url = f"https://{portal.host}/tin-tuc/{''.join(c for c in slug if c.isalnum() or c == '-')}-{number}.html"
    gone = rng.random() < 0.03
    captured = made["published"][:10].replace("-", "") + "000000" if portal.source == "wayback" else None
    row = (
        article_id, url, portal.host, made["kind"], number, title, made["published"], made["published"],
        made["author"], made["category"], paragraphs[0][:200] if rng.random() < 0.5 else None, body_text,
        "\n".join(parts), len(body_text.split()), hashlib.sha1(body_text.encode()).hexdigest(),
        "gone" if gone else "live", portal.source, captured, url, "gavias_vinor", CRAWL_TIME, CRAWL_TIME, CRAWL_TIME,
        folded_d_words(title, body_text),
    )
    article_images = [(article_id, sha, position, f"https://{portal.host}/anh/{sha[:12]}.png", "", None)
                      for position, (sha, _, _) in enumerate(chosen)]
    return row, article_images


def _flush(conn: sqlite3.Connection, rows: list, links: list, urls: list) -> None:
    with conn:
        conn.executemany(f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) "
                         f"VALUES ({', '.join('?' * len(ARTICLE_COLUMNS))})", rows)
        conn.executemany("INSERT INTO article_images (article_id, image_sha256, position, url, alt, caption) "
                         "VALUES (?, ?, ?, ?, ?, ?)", links)
        conn.executemany("INSERT INTO urls (url, site, article_id, kind, status, first_fetched, last_fetched, "
                         "page_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", urls)
    rows.clear()
    links.clear()
    urls.clear()


def archive_sizes(path: Path) -> dict:
    """Bytes by table (dbstat; indexes with their table), the articles' share and the FTS index's."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        owner = dict(conn.execute("SELECT name, tbl_name FROM sqlite_master WHERE type IN ('table', 'index')"))
        by_name = dict(conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"))
        by_table: dict[str, int] = {}
        for name, size in by_name.items():
            by_table[owner.get(name, name)] = by_table.get(owner.get(name, name), 0) + size
        articles = conn.execute("SELECT max(id) FROM articles").fetchone()[0] or 0
        text_bytes = conn.execute("SELECT sum(length(CAST(body_text AS BLOB))) FROM articles").fetchone()[0] or 0
    fts = sum(size for table, size in by_table.items() if table.startswith("articles_fts"))
    article_tables = sum(by_table.get(t, 0) for t in ("articles", "article_images", "urls"))
    indexes = {name: size for name, size in by_name.items() if name.startswith("idx_")}
    return {"file_bytes": path.stat().st_size, "articles": articles, "by_table": by_table, "index_bytes": indexes,
            "fts_bytes": fts,
            "article_bytes": article_tables, "body_text_bytes": text_bytes,
            "file_bytes_per_article": path.stat().st_size / articles if articles else 0,
            "article_bytes_per_article": article_tables / articles if articles else 0,
            "fts_bytes_per_article": fts / articles if articles else 0,
            "body_text_bytes_per_article": text_bytes / articles if articles else 0}
