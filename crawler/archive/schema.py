"""The archive's schema (docs/conventions.md §2), created and migrated in code with sqlite-utils.

`ensure_schema(db)` is idempotent: it creates what is missing and adds columns that a newer
version of the project introduced, so an archive written by an older crawler opens in a newer one.
Nothing here ever drops a table or a column.
"""

from __future__ import annotations

import sqlite_utils

SCHEMA_VERSION = 3

TABLES: dict[str, dict] = {
    "sites": {
        "columns": {
            "host": str, "start_url": str, "name": str, "source": str,
            "first_crawled": str, "last_crawled": str, "runs": int, "province": str, "status": str,
        },
        "pk": "host",
    },
    "articles": {
        "columns": {
            "id": int, "url": str, "site": str, "kind": str, "node_id": int, "title": str,
            "published": str, "updated": str, "author": str, "category": str, "categories": str, "summary": str,
            "tags": str, "body_text": str, "body_html": str, "word_count": int, "content_hash": str,
            "status": str, "source": str, "captured": str, "fetched_url": str, "profile": str,
            "first_seen": str, "last_seen": str, "last_changed": str, "search_folded": str, "doubts": str,
        },
        "pk": "id",
        "foreign_keys": [("site", "sites", "host")],
        "column_order": ["id", "url", "site", "kind", "title", "published", "category", "author"],
    },
    "images": {
        "columns": {
            "sha256": str, "content": bytes, "mime": str, "width": int, "height": int,
            "size": int, "first_url": str, "first_seen": str,
        },
        "pk": "sha256",
    },
    "article_images": {
        "columns": {
            "article_id": int, "image_sha256": str, "position": int, "url": str, "alt": str, "caption": str,
        },
        "pk": ("article_id", "position"),
        "foreign_keys": [("article_id", "articles", "id"), ("image_sha256", "images", "sha256")],
    },
    "attachments": {
        "columns": {
            "sha256": str, "content": bytes, "mime": str, "size": int, "filename": str,
            "first_url": str, "first_seen": str,
        },
        "pk": "sha256",
    },
    "article_attachments": {
        "columns": {"article_id": int, "attachment_sha256": str, "position": int, "url": str, "title": str},
        "pk": ("article_id", "position"),
        "foreign_keys": [("article_id", "articles", "id"), ("attachment_sha256", "attachments", "sha256")],
    },
    "revisions": {
        "columns": {
            "id": int, "article_id": int, "captured": str, "title": str, "body_text": str,
            "body_html": str, "content_hash": str, "source": str, "stored": str, "reason": str,
        },
        "pk": "id",
        "foreign_keys": [("article_id", "articles", "id")],
    },
    # Crawl state per fetched URL: which article it reaches, validators for conditional requests,
    # the Wayback capture time of the copy last replayed, the sha256 of the page as last served (a page served unchanged is no edit, whatever its
    # cleaning gives), and for a listing page the teasers it showed (`listed`: JSON [url, fingerprint] pairs) —
    # what incremental re-crawls compare against.
    "urls": {
        "columns": {
            "url": str, "site": str, "article_id": int, "kind": str, "status": int, "etag": str,
            "last_modified": str, "listed": str, "first_fetched": str, "last_fetched": str, "page_sha256": str,
            "captured": str,
        },
        "pk": "url",
    },
    # Per site, the blocks of text it repeats on most pages and the order of day and month in its
    # dates (crawler/extract/sitelearn.py), learnt by the last full sweep that finished and used,
    # frozen, by the runs after it.
    "site_models": {
        "columns": {"site": str, "model": str, "learnt": str},
        "pk": "site",
    },
    # Every response the crawl received, as served (crawler/archive/captures.py, docs/archive.md):
    # `url` is the page's own URL, `fetched_url` the one asked for (a Wayback replay URL for a
    # recovery), `captured` when the content was captured (the Wayback timestamp, else the fetch).
    # A 304, or a 200 with the payload of the URL's previous capture, is a `revisit` of `refers_to`.
    # `url_key`: `fetched_url` canonicalized (w3lib), for a replay asked in another spelling.
    "captures": {
        "columns": {
            "id": int, "url": str, "fetched_url": str, "site": str, "method": str, "status": int,
            "headers": str, "request_headers": str, "fetched": str, "captured": str, "record": str,
            "payload_sha256": str, "size": int, "refers_to": int, "run_id": int, "url_key": str,
        },
        "pk": "id",
    },
    # Capture bodies, once per content: compressed when that pays. An image or a document kept in
    # `images`/`attachments` is not kept here too (its capture refers to it by sha256).
    "capture_payloads": {
        "columns": {"sha256": str, "data": bytes, "encoding": str, "size": int},
        "pk": "sha256",
    },
    # `monitors`: the close-time monitors' outcome (crawler/monitors.py) as JSON — which failed and
    # why, which passed, which were skipped; NULL for a run no monitor judged.
    "crawl_runs": {
        "columns": {
            "id": int, "started": str, "finished": str, "start_url": str, "source": str, "mode": str,
            "status": str, "pid": int, "pages": int, "responses": int, "new": int, "changed": int, "unchanged": int,
            "gone": int, "reextracted": int, "images": int, "attachments": int, "errors": int, "missing_images": int,
            "stats": str, "error_log": str, "monitors": str,
        },
        "pk": "id",
    },
    # Per run, how each portal fared: `status` done / unreachable / failed, with `reason`.
    "run_sites": {
        "columns": {
            "run_id": int, "site": str, "status": str, "reason": str, "pages": int, "new": int,
            "changed": int, "unchanged": int, "reextracted": int, "gone": int, "errors": int,
        },
        "pk": ("run_id", "site"),
        "foreign_keys": [("run_id", "crawl_runs", "id")],
    },
    # A province crawl's portals while it runs and when it ended (crawler/province/run.py): queued,
    # crawling, waiting (its process stopped with work left), done or failed, and what was done.
    "portal_progress": {
        "columns": {
            "frontier": str, "site": str, "name": str, "state": str, "worker": str, "reason": str, "mode": str,
            "monitor": str, "queued": int, "in_flight": int, "pages": int, "new": int, "changed": int, "unchanged": int,
            "gone": int, "errors": int, "updated": str,
        },
        "pk": ("frontier", "site"),
    },
}

INDEXES = [
    ("articles", ["url"], True),
    ("articles", ["site", "node_id"], False),
    ("articles", ["published"], False),
    ("articles", ["site", "category"], False),
    # The reader's table pages at national size (docs/benchmarks.md, search at scale): the facets
    # Datasette counts over the whole table (status, category) from an index instead of every row,
    # and a portal's articles newest first (`?site=…`, and its year facet) without a sort.
    ("articles", ["status"], False),
    ("articles", ["category"], False),
    ("articles", ["site", "published"], False),
    ("article_images", ["url"], False),
    ("article_images", ["image_sha256"], False),
    ("article_attachments", ["url"], False),
    # Archive.known_image / known_attachment look files up by first URL for every image of every
    # article; without these each lookup scanned the whole blob table (quadratic in the archive).
    ("images", ["first_url"], False),
    ("attachments", ["first_url"], False),
    ("revisions", ["article_id"], False),
    ("urls", ["article_id"], False),
    ("urls", ["site", "kind"], False),
    ("captures", ["fetched_url"], False),
    ("captures", ["url_key"], False),
    ("captures", ["url"], False),
    ("captures", ["site"], False),
]

# Full-text search: title and body, diacritics removed by the tokenizer; `search_folded` carries the
# đ→d spellings that no Unicode decomposition gives (see archive/search.py).
FTS_COLUMNS = ["title", "body_text", "search_folded"]
FTS_TOKENIZE = "unicode61 remove_diacritics 2"


def ensure_schema(db: sqlite_utils.Database) -> None:
    for name, spec in TABLES.items():
        table = db[name]
        if not table.exists():
            table.create(
                spec["columns"],
                pk=spec["pk"],
                foreign_keys=spec.get("foreign_keys"),
                column_order=spec.get("column_order"),
            )
        else:
            existing = set(table.columns_dict)
            for column, kind in spec["columns"].items():
                if column not in existing:
                    table.add_column(column, kind)
    for table, columns, unique in INDEXES:
        db[table].create_index(columns, unique=unique, if_not_exists=True)
    if not db["articles_fts"].exists():
        db["articles"].enable_fts(FTS_COLUMNS, fts_version="FTS5", tokenize=FTS_TOKENIZE, create_triggers=True)
    # Browsing images without loading every blob of a page of rows.
    db.create_view(
        "image_list",
        "SELECT sha256, mime, width, height, size, first_url, first_seen FROM images",
        replace=True,
    )
    _migrate(db)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def _migrate(db: sqlite_utils.Database) -> None:
    """Archives written by older versions: `urls.kind` once also said 'gone'/'missing', which
    `urls.status` (404/410) says; it is what the URL is again."""
    if db.execute("PRAGMA user_version").fetchone()[0] < 2:
        db.execute(
            "UPDATE urls SET kind = COALESCE((SELECT kind FROM articles WHERE articles.id = urls.article_id), 'other') "
            "WHERE kind IN ('gone', 'missing')"
        )
