"""Writes to the archive. One transaction per article: a crash never leaves half an article.

Rules (docs/conventions.md §2): one article = one row however many URLs reach it; re-crawling never
duplicates and never deletes; an edited article keeps its previous version in `revisions`
(`content_hash` decides); a page that answers 404/410 is marked `gone` and keeps everything.
"""

from __future__ import annotations

import html
import json
import os
import sqlite3
from datetime import datetime
from pathlib import Path

import sqlite_utils

from ..extract import Article
from ..extract.dates import VIETNAM
from ..items import StoredFile
from .captures import Captures
from .errors import ArchiveError
from .schema import ensure_schema
from .search import folded_d_words


def now_iso() -> str:
    return datetime.now(VIETNAM).replace(microsecond=0).isoformat()


def image_src(sha256: str) -> str:
    """Where body_html points for an archived image (served by the Datasette plugin)."""
    return f"/-/archive-image/{sha256}"


def attachment_href(sha256: str) -> str:
    return f"/-/archive-file/{sha256}"


class Archive:
    def __init__(self, db: sqlite_utils.Database, path: str) -> None:
        self.db = db
        self.path = path
        self.captures = Captures(db)

    # -- opening -------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike, *, read_only: bool = False) -> "Archive":
        path = Path(path)
        if not read_only and path.parent and not path.parent.exists():
            raise ArchiveError(f"cannot write archive {path}: folder {path.parent} does not exist")
        try:
            if read_only:
                conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
            else:
                conn = sqlite3.connect(str(path), timeout=30)
            db = sqlite_utils.Database(conn)
            db.execute("PRAGMA busy_timeout = 30000")
            if not read_only:
                # Before the first table of a new archive: 16 kB pages write a photo's bytes with a
                # sixteenth of the page bookkeeping of the default 4 kB (~40 % less CPU per image).
                db.execute("PRAGMA page_size = 16384")
                db.execute("PRAGMA journal_mode = WAL")
                db.execute("PRAGMA synchronous = NORMAL")
                db.execute("PRAGMA foreign_keys = ON")
                with conn:
                    ensure_schema(db)
        except sqlite3.DatabaseError as error:
            raise ArchiveError(f"cannot open archive {path}: {error}") from None
        return cls(db, str(path))

    def close(self) -> None:
        self.db.conn.close()

    # -- lookups -------------------------------------------------------------------------------
    # Each look-up is one statement (UNION ALL in order of preference, first row wins): they run for
    # every article and every image of a crawl.
    def article_id_for(self, *, url: str, site: str, node_id: int | None, fetched_url: str | None = None) -> int | None:
        """The article this page is: by its URL, else by the CMS's node id, else by the URL it was fetched at."""
        row = self.db.execute(
            "SELECT id FROM (SELECT id, 1 AS preference FROM articles WHERE url = :url "
            "UNION ALL SELECT id, 2 FROM articles WHERE site = :site AND node_id = :node_id "
            "UNION ALL SELECT article_id, 3 FROM urls WHERE url = :fetched_url AND article_id IS NOT NULL) "
            "ORDER BY preference LIMIT 1",
            {"url": url, "site": site, "node_id": node_id, "fetched_url": fetched_url},
        ).fetchone()
        return row[0] if row else None

    def known_image(self, url: str) -> str | None:
        """sha256 of an image already archived under this URL (never fetched again)."""
        return self._known_file(url, "article_images", "image_sha256", "images")

    def known_attachment(self, url: str) -> str | None:
        return self._known_file(url, "article_attachments", "attachment_sha256", "attachments")

    def _known_file(self, url: str, references: str, sha_column: str, files: str) -> str | None:
        row = self.db.execute(
            f"SELECT sha FROM (SELECT {sha_column} AS sha, 1 AS preference FROM {references} "
            f"WHERE url = :url AND {sha_column} IS NOT NULL "
            f"UNION ALL SELECT sha256, 2 FROM {files} WHERE first_url = :url) ORDER BY preference LIMIT 1",
            {"url": url},
        ).fetchone()
        return row[0] if row else None

    def _article_of_url(self, url: str) -> int | None:
        row = self.db.execute(
            "SELECT article_id FROM urls WHERE url = :url AND article_id IS NOT NULL "
            "UNION ALL SELECT id FROM articles WHERE url = :url LIMIT 1", {"url": url}
        ).fetchone()
        return row[0] if row else None

    # -- writes --------------------------------------------------------------------------------
    # Rows are written with plain SQL: sqlite-utils' Table.insert/update inspect the table's schema
    # on every call (~20 extra statements an article); the schema is ours (schema.py) and fixed.
    def _insert(self, table: str, row: dict) -> int:
        columns = ", ".join(f"[{column}]" for column in row)
        placeholders = ", ".join("?" * len(row))
        return self.db.execute(f"INSERT INTO [{table}] ({columns}) VALUES ({placeholders})", list(row.values())).lastrowid

    def _update(self, table: str, key_column: str, key, changes: dict) -> None:
        assignments = ", ".join(f"[{column}] = ?" for column in changes)
        self.db.execute(f"UPDATE [{table}] SET {assignments} WHERE [{key_column}] = ?", [*changes.values(), key])

    def upsert_site(self, host: str, start_url: str, name: str | None = None, source: str = "live", *,
                    province: str | None = None, status: str | None = None) -> None:
        """A portal this run crawls; `province` and `status` (live/retired) come from the registry."""
        now = now_iso()
        registry = {key: value for key, value in (("province", province), ("status", status)) if value}
        with self.db.atomic():
            existing = self.db.execute("SELECT name, runs FROM sites WHERE host = ?", [host]).fetchone()
            if existing is None:
                self._insert("sites", {"host": host, "start_url": start_url, "name": name, "source": source,
                                       "first_crawled": now, "last_crawled": now, "runs": 1, **registry})
            else:
                self._update("sites", "host", host, {"last_crawled": now, "name": name or existing[0],
                                                     "runs": (existing[1] or 0) + 1, **registry})

    def set_site_name(self, host: str, name: str) -> None:
        with self.db.atomic():
            self.db.execute("UPDATE sites SET name = ? WHERE host = ?", [name, host])

    def record_url(self, url: str, site: str, *, kind: str | None, status: int, article_id: int | None = None,
                   etag: str | None = None, last_modified: str | None = None, listed: str | None = None,
                   captured: str | None = None) -> None:
        """What a fetched URL is and how it answered; `kind=None` keeps what it was known as."""
        with self.db.atomic():
            self._record_url(url, site, kind=kind, status=status, article_id=article_id, etag=etag,
                             last_modified=last_modified, listed=listed, captured=captured)

    def _record_url(self, url, site, *, kind, status, article_id=None, etag=None, last_modified=None, listed=None,
                    page_sha256=None, captured=None):
        now = now_iso()
        row = {"url": url, "site": site, "kind": kind or "other", "status": status, "last_fetched": now}
        if captured is not None:
            row["captured"] = captured
        if page_sha256 is not None:
            row["page_sha256"] = page_sha256
        if article_id is not None:
            row["article_id"] = article_id
        if etag is not None or status == 200:
            row["etag"] = etag
        if last_modified is not None or status == 200:
            row["last_modified"] = last_modified
        if listed is not None:
            row["listed"] = listed
        # Insert, or update the columns given (first_fetched is kept): one statement.
        columns = ", ".join(f"[{column}]" for column in row)
        kept = {"url"} if kind else {"url", "kind"}
        # The newest capture replayed, whatever order the replays of a URL were archived in.
        updates = ", ".join("[captured] = MAX(COALESCE(urls.[captured], ''), excluded.[captured])" if column == "captured"
                            else f"[{column}] = excluded.[{column}]" for column in row if column not in kept)
        self.db.execute(
            f"INSERT INTO urls ({columns}, first_fetched) VALUES ({', '.join('?' * len(row))}, ?) "
            f"ON CONFLICT(url) DO UPDATE SET {updates}",
            [*row.values(), now],
        )

    def store_article(self, article: Article, *, site: str, source: str, fetched_url: str, captured: str | None,
                      files: dict[str, StoredFile], etag: str | None = None, last_modified: str | None = None,
                      page_sha256: str | None = None, listed: str | None = None,
                      keep_extraction: bool = False) -> str:
        """Insert or update one article and its media references, atomically. Returns 'new',
        'changed', 'unchanged', 'revision' (an older capture stored as history only) or
        'reextracted' (the page is byte for byte the one archived, but cleaning it gives another
        article: the extractor or the site's model changed, not the portal — no revision of the
        portal's; with `keep_extraction` (`python -m crawler.reextract`) the earlier extraction is
        kept as a revision marked 'reextraction'). The files themselves are already in the archive
        (store_file)."""
        now = now_iso()
        row = {
            "url": article.url, "site": site, "kind": article.kind, "node_id": article.node_id,
            "title": article.title, "published": article.published, "updated": article.updated,
            "author": article.author, "category": article.category, "summary": article.summary,
            "tags": json.dumps(article.tags, ensure_ascii=False) if article.tags else None,
            "categories": json.dumps(article.categories, ensure_ascii=False) if article.categories else None,
            "body_text": article.body_text, "body_html": _rewrite_media_links(article.body_html, files),
            "word_count": article.word_count, "content_hash": article.content_hash, "status": "live",
            "source": source, "captured": captured, "fetched_url": fetched_url, "profile": article.profile,
            "search_folded": folded_d_words(article.title, article.body_text),
            "doubts": json.dumps(article.doubts, ensure_ascii=False) if article.doubts else None,
        }
        with self.db.atomic():
            article_id = self.article_id_for(url=article.url, site=site, node_id=article.node_id, fetched_url=fetched_url)
            if article_id is None:
                row.update(first_seen=now, last_seen=now, last_changed=now)
                article_id = self._insert("articles", row)
                outcome = "new"
            else:
                same_page = page_sha256 is not None and page_sha256 == self._page_sha256(fetched_url)
                outcome = self._update_article(article_id, row, now, same_page=same_page,
                                               keep_extraction=keep_extraction)
            if outcome != "revision":
                self._link_media(article_id, article, files)
            self._record_url(fetched_url, site, kind=article.kind, status=200, article_id=article_id,
                             etag=etag, last_modified=last_modified, page_sha256=page_sha256, listed=listed,
                             captured=captured)
            if article.url != fetched_url:
                self._record_url(article.url, site, kind=article.kind, status=200, article_id=article_id)
        return outcome

    def _page_sha256(self, url: str) -> str | None:
        row = self.db.execute("SELECT page_sha256 FROM urls WHERE url = ?", [url]).fetchone()
        return row[0] if row else None

    def _update_article(self, article_id: int, row: dict, now: str, *, same_page: bool = False,
                        keep_extraction: bool = False) -> str:
        cursor = self.db.execute("SELECT * FROM articles WHERE id = ?", [article_id])
        old = dict(zip((column[0] for column in cursor.description), cursor.fetchone()))
        if old["content_hash"] == row["content_hash"]:
            changes = {"last_seen": now, "status": "live"}
            # Fill metadata an earlier extractor version did not find; never blank what is there.
            for key in ("published", "updated", "author", "category", "categories", "summary", "node_id", "tags"):
                if row.get(key) and not old.get(key):
                    changes[key] = row[key]
            if old.get("doubts") and not row["doubts"]:
                # What an earlier extraction assumed (a date's day/month order), this one read (the
                # site's order learnt since): the reading replaces the assumption.
                changes.update(doubts=None, published=row["published"] or old["published"],
                               updated=row["updated"] or old["updated"])
            if old["source"] == "wayback" and row["source"] == "live":
                changes.update(source="live", captured=None, url=row["url"])
            self._update("articles", "id", article_id, changes)
            return "unchanged"
        older_capture = row["captured"] and old.get("captured") and row["captured"] < old["captured"]
        if older_capture:
            self._add_revision(article_id, row, captured=row["captured"], now=now, reason="older capture")
            self._update("articles", "id", article_id, {"last_seen": now})
            return "revision"
        if same_page:
            # The portal served the same bytes: the extractor (or the site's model) changed, not the
            # article. A re-extraction asked for keeps the earlier one, marked as such.
            if keep_extraction:
                self._add_revision(article_id, old, captured=old.get("captured") or old.get("last_changed"),
                                   now=now, reason="reextraction")
            row.update(last_seen=now)
            self._update("articles", "id", article_id, row)
            return "reextracted"
        self._add_revision(article_id, old, captured=old.get("captured") or old.get("last_changed"), now=now,
                           reason="edit")
        row.update(last_seen=now, last_changed=now)
        self._update("articles", "id", article_id, row)
        return "changed"

    def _add_revision(self, article_id: int, version: dict, *, captured: str | None, now: str, reason: str) -> None:
        exists = self.db.execute(
            "SELECT 1 FROM revisions WHERE article_id = ? AND content_hash = ?", [article_id, version["content_hash"]]
        ).fetchone()
        if exists:
            return
        self._insert(
            "revisions",
            {"article_id": article_id, "captured": captured, "title": version["title"],
             "body_text": version["body_text"], "body_html": version["body_html"],
             "content_hash": version["content_hash"], "source": version.get("source"), "stored": now,
             "reason": reason}
        )

    def store_file(self, kind: str, *, sha256: str, content: bytes, mime: str, url: str, width: int | None = None,
                   height: int | None = None, filename: str | None = None) -> None:
        """Keep a validated image or document (once per content, whatever URL it came from)."""
        with self.db.atomic():
            if kind == "image":
                self.db.execute(
                    "INSERT OR IGNORE INTO images (sha256, content, mime, width, height, size, first_url, first_seen) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [sha256, content, mime, width, height, len(content), url, now_iso()])
            else:
                self.db.execute(
                    "INSERT OR IGNORE INTO attachments (sha256, content, mime, size, filename, first_url, first_seen) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)", [sha256, content, mime, len(content), filename, url, now_iso()])
            # The capture of this file refers to these bytes now; they are not kept twice.
            self.db.execute("DELETE FROM capture_payloads WHERE sha256 = ?", [sha256])

    def _link_media(self, article_id: int, article: Article, files: dict[str, StoredFile]) -> None:
        """The article's images and documents, in order. One not archived (refused, failed, never
        captured) keeps its reference, alt and caption; a later run fills the file in."""
        self.db.execute("DELETE FROM article_images WHERE article_id = ?", [article_id])
        for image in article.images:
            stored = files.get(image.url)
            self.db.execute(
                "INSERT OR REPLACE INTO article_images (article_id, image_sha256, position, url, alt, caption) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                [article_id, stored.sha256 if stored else None, image.position, image.url, image.alt, image.caption],
            )
        self.db.execute("DELETE FROM article_attachments WHERE article_id = ?", [article_id])
        for position, attachment in enumerate(article.attachments):
            stored = files.get(attachment.url)
            self.db.execute(
                "INSERT OR REPLACE INTO article_attachments (article_id, attachment_sha256, position, url, title) "
                "VALUES (?, ?, ?, ?, ?)",
                [article_id, stored.sha256 if stored else None, position, attachment.url, attachment.title],
            )

    def mark_gone(self, fetched_url: str, site: str, status: int) -> bool:
        """A URL answered 404/410: the article it reached is `gone`, its content kept."""
        with self.db.atomic():
            article_id = self._article_of_url(fetched_url)
            self._record_url(fetched_url, site, kind=None, status=status, article_id=article_id)
            if article_id is None:
                return False
            cursor = self.db.execute(
                "UPDATE articles SET status = 'gone', last_seen = ? WHERE id = ? AND status != 'gone'",
                [now_iso(), article_id],
            )
            return cursor.rowcount > 0

    def touch_article(self, fetched_url: str) -> bool:
        """A conditional request answered 304: the article is still there, unchanged."""
        with self.db.atomic():
            article_id = self._article_of_url(fetched_url)
            if article_id is None:
                return False
            self.db.execute("UPDATE articles SET last_seen = ?, status = 'live' WHERE id = ?", [now_iso(), article_id])
            self.db.execute("UPDATE urls SET last_fetched = ?, status = 304 WHERE url = ?", [now_iso(), fetched_url])
            return True

    def save_site_model(self, site: str, model: dict) -> None:
        """The site's model of repeated blocks, for the next run (crawler/extract/sitelearn.py)."""
        with self.db.atomic():
            self.db.execute(
                "INSERT INTO site_models (site, model, learnt) VALUES (?, ?, ?) "
                "ON CONFLICT(site) DO UPDATE SET model = excluded.model, learnt = excluded.learnt",
                [site, json.dumps(model, sort_keys=True), now_iso()],
            )

    # -- crawl runs ----------------------------------------------------------------------------
    def start_run(self, start_url: str, source: str, mode: str) -> int:
        with self.db.atomic():
            # A run still marked 'running' belongs to a crawl that died (the lock proves it is not alive).
            self.db.execute("UPDATE crawl_runs SET status = 'crashed' WHERE status = 'running'")
            return self._insert(
                "crawl_runs",
                {"started": now_iso(), "start_url": start_url, "source": source, "mode": mode,
                 "status": "running", "pid": os.getpid()},
            )

    def finish_run(self, run_id: int, status: str, counts: dict, stats: dict, error_log: list[str],
                   monitors: dict | None = None) -> None:
        with self.db.atomic():
            self._update(
                "crawl_runs", "id", run_id,
                {"finished": now_iso(), "status": status, **counts,
                 "stats": json.dumps(stats, default=str, ensure_ascii=False, sort_keys=True),
                 "error_log": "\n".join(error_log[-200:]) or None,
                 "monitors": json.dumps(monitors, ensure_ascii=False) if monitors is not None else None},
            )

    def record_run_sites(self, run_id: int, rows: list[dict]) -> None:
        """How each portal of a run fared (run_sites)."""
        with self.db.atomic():
            for row in rows:
                columns = ", ".join(["run_id", *row])
                self.db.execute(f"INSERT OR REPLACE INTO run_sites ({columns}) VALUES ({', '.join('?' * (len(row) + 1))})",
                                [run_id, *row.values()])


def _rewrite_media_links(body_html: str, files: dict[str, StoredFile]) -> str:
    """Point body images and document links at their archived copies."""
    for url, stored in files.items():
        escaped = html.escape(url)
        body_html = body_html.replace(f'src="{escaped}"', f'src="{image_src(stored.sha256)}"')
        body_html = body_html.replace(f'href="{escaped}"', f'href="{attachment_href(stored.sha256)}"')
    return body_html
