"""`python -m crawler.archive.merge INTO PART [PART ...]` (`commune-archive merge`): fold part
archives, each written by a crawl process of its own, into one archive (SQLite has one writer).

Every part is checked first (not an archive: ArchiveError, nothing written). `into` is opened with
`Archive.open` (created if new) under the archive's lock, and each part is locked too, so a crawl and
a merge never write `into` together and no part is merged while a crawl still writes it. Each part
is ATTACHed read only and merged in ONE transaction: a crash leaves `into` as it was before that
part, and merging a part again changes nothing. Columns are those both files have.

- `images`, `attachments`, `capture_payloads` (sha256): kept once; a body that is an archived file
  is not kept in `capture_payloads` too (store.py's rule).
- `sites` (host): `first_crawled` the earliest, `last_crawled` the latest, `runs` + the part's runs
  not merged before that started at the site, `name` (any other column) filled where `into` has none.
- `site_models` (site): the later `learnt` wins.
- Surrogate ids are mapped to new ones after `into`'s last: `crawl_runs` (one already there — same
  `started`, `pid`, `start_url` — is mapped to; `run_sites` follow), `captures` (`refers_to`,
  `run_id` mapped; one already there — same `url`, `fetched_url`, `fetched`, `record`,
  `payload_sha256` — is mapped to), `articles` (by `url`).
- An article URL in both, same `content_hash`: one row, `first_seen`/`last_seen` widened, `status`,
  `source`, `captured`, `fetched_url` of the newer fetch, metadata filled where missing. Another
  `content_hash`: the version captured later (`captured`, else `last_seen`; a tie keeps `into`'s)
  is current, the other a revision ('edit' when the part's is newer, 'older capture' when older;
  once per article and content_hash, as store.py), and the image and document links are the
  current version's. The part's own revisions are added once per article, content_hash and captured.
- `urls` (url): `first_fetched` the earliest, `captured` the latest; the newer `last_fetched` gives
  validators, status, kind, `listed`, `page_sha256` and the article.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections import Counter
from dataclasses import dataclass, field, fields
from pathlib import Path
from urllib.request import pathname2url

from ..discovery.urls import host_of
from .errors import ArchiveError
from .lock import ArchiveLock
from .store import Archive, now_iso

EXIT_FAILED = 2
# What makes a row with a surrogate id the same row in two archives.
RUN_KEY = ("started", "pid", "start_url")
CAPTURE_KEY = ("url", "fetched_url", "fetched", "record", "payload_sha256")
# Of an article seen unchanged: what the newer fetch says, and what an earlier extractor may have missed.
FETCH_COLUMNS = ("status", "source", "captured", "fetched_url")
METADATA_COLUMNS = ("published", "updated", "author", "category", "categories", "summary", "node_id", "tags")


@dataclass
class TableCounts:
    inserted: int = 0
    updated: int = 0
    skipped: int = 0      # already there, nothing to change
    revisions: int = 0    # versions of articles the merge turned into revisions


@dataclass
class PartReport:
    path: Path
    tables: dict[str, TableCounts] = field(default_factory=dict)

    def counts(self, table: str) -> TableCounts:
        return self.tables.setdefault(table, TableCounts())

    def summary(self) -> str:
        words = {"inserted": "new", "updated": "updated", "skipped": "unchanged", "revisions": "revisions"}
        described = [f"{table} " + ", ".join(f"{n} {words[name]}" for name, n in vars(counts).items() if n)
                     for table, counts in self.tables.items() if any(vars(counts).values())]
        return f"{self.path}: {'; '.join(described) or 'nothing to merge'}"


@dataclass
class MergeReport:
    into: Path
    parts: list[PartReport] = field(default_factory=list)

    def total(self, table: str) -> TableCounts:
        counted = [part.tables[table] for part in self.parts if table in part.tables]
        return TableCounts(**{f.name: sum(getattr(c, f.name) for c in counted) for f in fields(TableCounts)})


def merge_archive(into: Path, parts: list[Path]) -> MergeReport:
    """Merge the parts into `into`, in order, one transaction a part."""
    into, parts = Path(into), [Path(part) for part in parts]
    for part in parts:
        _check_part(part, into)
    locks = [ArchiveLock(path) for path in dict.fromkeys(path.resolve() for path in [into, *parts])]
    try:
        for lock in locks:
            lock.acquire()
        archive = Archive.open(into)
        try:
            return MergeReport(into, [_merge_part(archive.db.conn, part) for part in parts])
        finally:
            archive.close()
    finally:
        for lock in locks:
            lock.release()


def _read_only(path: Path) -> str:
    return f"file:{pathname2url(str(path.resolve()))}?mode=ro"


def _check_part(part: Path, into: Path) -> None:
    if not part.is_file():
        raise ArchiveError(f"no such part archive: {part}")
    if into.exists() and part.samefile(into):
        raise ArchiveError(f"{part} is the archive merged into, not a part")
    try:
        conn = sqlite3.connect(_read_only(part), uri=True)
        try:
            found = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'articles'").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        raise ArchiveError(f"{part} is not an archive: {error}") from None
    if not found:
        raise ArchiveError(f"{part} is not an archive: it has no articles table")


def _merge_part(conn: sqlite3.Connection, part: Path) -> PartReport:
    report = PartReport(part)
    try:
        conn.execute("ATTACH DATABASE ? AS part", [_read_only(part)])
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                _merge_crawl_records(conn, report)   # first: articles name their sites
                _merge_articles(conn, report)
                for (name,) in conn.execute("SELECT name FROM temp.sqlite_master WHERE type = 'table'").fetchall():
                    conn.execute(f"DROP TABLE temp.[{name}]")
            except BaseException:
                conn.rollback()
                raise
            conn.commit()
        finally:
            conn.execute("DETACH DATABASE part")
    except sqlite3.Error as error:
        raise ArchiveError(f"cannot merge {part}: {' '.join(str(error).split())}") from None
    return report


def _merge_crawl_records(conn, report: PartReport) -> None:
    """Files, sites, runs, site models, captures."""
    for table in ("images", "attachments", "capture_payloads"):
        _copy_counted(conn, report, table, verb="INSERT OR IGNORE", where="" if table != "capture_payloads" else
                      "WHERE NOT EXISTS (SELECT 1 FROM main.images i WHERE i.sha256 = p.sha256) "
                      "AND NOT EXISTS (SELECT 1 FROM main.attachments a WHERE a.sha256 = p.sha256)")
    # Bodies `into` kept of files the part archived: the file holds them now.
    conn.execute("DELETE FROM main.capture_payloads WHERE sha256 IN "
                 "(SELECT sha256 FROM part.images UNION ALL SELECT sha256 FROM part.attachments)")
    _map_ids(conn, "crawl_runs", RUN_KEY)
    _merge_sites(conn, report)
    _copy_counted(conn, report, "crawl_runs", {"id": "m.into_id"},
                  "JOIN temp.crawl_runs_map m ON m.part_id = p.id AND m.fresh")
    _copy_counted(conn, report, "run_sites", {"run_id": "m.into_id"},
                  "JOIN temp.crawl_runs_map m ON m.part_id = p.run_id", verb="INSERT OR IGNORE")
    _merge_rows(conn, "site_models", "site", report, lambda ours, theirs: theirs if
                (theirs.get("learnt") or "") > (ours.get("learnt") or "") else {})
    _map_ids(conn, "captures", CAPTURE_KEY)
    _copy_counted(conn, report, "captures", {"id": "m.into_id", "refers_to": "o.into_id", "run_id": "r.into_id"},
                  "JOIN temp.captures_map m ON m.part_id = p.id AND m.fresh LEFT JOIN temp.captures_map o "
                  "ON o.part_id = p.refers_to LEFT JOIN temp.crawl_runs_map r ON r.part_id = p.run_id")


def _merge_articles(conn, report: PartReport) -> None:
    """Articles, their revisions and links, and the crawl state of URLs (which names articles)."""
    _map_ids(conn, "articles", ("url",))
    report.counts("articles").inserted = _copy(conn, "articles", {"id": "m.into_id"},
                                               "JOIN temp.articles_map m ON m.part_id = p.id AND m.fresh")
    # Articles whose links are to be the part's: the new ones, and those the part has a newer version of.
    conn.execute("CREATE TEMP TABLE adopted AS SELECT part_id, into_id FROM temp.articles_map WHERE fresh")
    _copy_counted(conn, report, "revisions", {"id": "NULL", "article_id": "m.into_id"},
                  "JOIN temp.articles_map m ON m.part_id = p.article_id", "WHERE NOT EXISTS (SELECT 1 FROM "
                  "main.revisions r WHERE r.article_id = m.into_id AND r.content_hash IS p.content_hash "
                  "AND r.captured IS p.captured)")
    _reconcile_articles(conn, report)
    for table in ("article_images", "article_attachments"):
        conn.execute(f"DELETE FROM main.[{table}] WHERE article_id IN (SELECT into_id FROM temp.adopted)")
        _copy_counted(conn, report, table, {"article_id": "a.into_id"},
                      "JOIN temp.adopted a ON a.part_id = p.article_id")
    _merge_rows(conn, "urls", "url", report, _url_changes,
                f"SELECT {_names(_columns(conn, 'urls', without=('article_id',)), 'p.')}, m.into_id AS article_id "
                "FROM part.urls p LEFT JOIN temp.articles_map m ON m.part_id = p.article_id")
    _apply_url_evidence(conn)


def _apply_url_evidence(conn) -> None:
    """A process of a province crawl reads earlier runs from the province archive: a re-check of an
    article it never held answered 304 (still there) or 404/410 (gone), recorded in its part as the
    URL's status only. That is applied here to the article the URL reaches."""
    evidence = ("FROM part.urls p JOIN main.urls u ON u.url = p.url WHERE p.article_id IS NULL "
                "AND u.article_id = main.articles.id AND p.status IN ({})")
    conn.execute("UPDATE main.articles SET status = 'gone', last_seen = MAX(COALESCE(last_seen, ''), "
                 f"(SELECT MAX(p.last_fetched) {evidence.format('404, 410')})) "
                 f"WHERE status != 'gone' AND EXISTS (SELECT 1 {evidence.format('404, 410')})")
    conn.execute("UPDATE main.articles SET last_seen = MAX(COALESCE(last_seen, ''), "
                 f"(SELECT MAX(p.last_fetched) {evidence.format('304')})) "
                 f"WHERE EXISTS (SELECT 1 {evidence.format('304')})")


# -- helpers ---------------------------------------------------------------------------------------
def _columns(conn, table: str, *, without: tuple[str, ...] = ()) -> list[str]:
    """The table's columns that `into` and the part both have (none: the part lacks the table)."""
    theirs = {row[1] for row in conn.execute(f"PRAGMA part.table_info([{table}])")}
    return [row[1] for row in conn.execute(f"PRAGMA main.table_info([{table}])")
            if row[1] in theirs and row[1] not in without]


def _names(columns, alias: str = "") -> str:
    return ", ".join(f"{alias}[{column}]" for column in columns)


def _rows(conn, sql: str, params=()) -> list[dict]:
    cursor = conn.execute(sql, params)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def _copy(conn, table: str, mapped: dict[str, str] | None = None, joins: str = "", where: str = "",
          verb: str = "INSERT") -> int:
    """Insert the part's rows of `table` (`p`) in its order: the `mapped` columns given by their SQL
    expression (ids in `into`, through `joins`), the others as they are. Returns how many."""
    mapped = mapped or {}
    columns = _columns(conn, table, without=tuple(mapped))
    if not columns:
        return 0
    values = ", ".join([*mapped.values(), _names(columns, "p.")])
    return conn.execute(f"{verb} INTO main.[{table}] ({_names([*mapped, *columns])}) SELECT {values} "
                        f"FROM part.[{table}] p {joins} {where} ORDER BY p.rowid").rowcount


def _copy_counted(conn, report: PartReport, table: str, *args, **kwargs) -> None:
    """_copy, the part's other rows counted as already there."""
    if _columns(conn, table):
        counts = report.counts(table)
        counts.inserted = _copy(conn, table, *args, **kwargs)
        counts.skipped = conn.execute(f"SELECT count(*) FROM part.[{table}]").fetchone()[0] - counts.inserted


def _insert(conn, table: str, row: dict) -> None:
    conn.execute(f"INSERT INTO main.[{table}] ({_names(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values()))


def _apply(conn, table: str, key: str, ours: dict, changes: dict, counts: TableCounts) -> None:
    """Write the changes that change something; count the row updated or unchanged."""
    changes = {column: value for column, value in changes.items() if ours.get(column) != value}
    if not changes:
        counts.skipped += 1
        return
    assignments = ", ".join(f"[{column}] = ?" for column in changes)
    conn.execute(f"UPDATE main.[{table}] SET {assignments} WHERE [{key}] = ?", [*changes.values(), ours[key]])
    counts.updated += 1


def _merge_rows(conn, table: str, key: str, report: PartReport, changes, select: str | None = None) -> None:
    """Rows with a natural key: inserted when `into` lacks them, else `changes(ours, theirs)` applied."""
    if not _columns(conn, table):
        return
    counts = report.counts(table)
    for theirs in _rows(conn, select or f"SELECT {_names(_columns(conn, table))} FROM part.[{table}]"):
        ours = _rows(conn, f"SELECT * FROM main.[{table}] WHERE [{key}] = ?", [theirs[key]])
        if ours:
            _apply(conn, table, key, ours[0], changes(ours[0], theirs), counts)
        else:
            _insert(conn, table, theirs)
            counts.inserted += 1


def _widest(ours: dict, theirs: dict, earliest: str, latest: str) -> dict:
    """The earliest of one column and the latest of another, of two rows (unknown values ignored)."""
    bounds = {earliest: min, latest: max}
    return {column: pick(known) for column, pick in bounds.items()
            if (known := [row[column] for row in (ours, theirs) if row.get(column)])}


def _map_ids(conn, table: str, key: tuple[str, ...]) -> None:
    """temp.<table>_map: each part row's id in `into` — the row already there, or (`fresh`) a new id
    after `into`'s last, in the part's order (a capture's `refers_to` points back at an earlier one)."""
    conn.execute(f"CREATE TEMP TABLE [{table}_map] (part_id INTEGER PRIMARY KEY, into_id INTEGER, fresh INTEGER)")
    if not _columns(conn, table):
        return
    match = " AND ".join(f"m.[{column}] IS p.[{column}]" for column in key)
    conn.execute(f"INSERT INTO temp.[{table}_map] (part_id, into_id) SELECT p.id, "
                 f"(SELECT m.id FROM main.[{table}] m WHERE {match} ORDER BY m.id LIMIT 1) FROM part.[{table}] p")
    conn.execute(f"CREATE TEMP TABLE [{table}_fresh] (n INTEGER PRIMARY KEY, part_id INTEGER UNIQUE)")
    conn.execute(f"INSERT INTO temp.[{table}_fresh] (part_id) "
                 f"SELECT part_id FROM temp.[{table}_map] WHERE into_id IS NULL ORDER BY part_id")
    conn.execute(f"UPDATE temp.[{table}_map] SET fresh = 1, into_id = ? + (SELECT f.n FROM temp.[{table}_fresh] f "
                 f"WHERE f.part_id = [{table}_map].part_id) WHERE into_id IS NULL",
                 conn.execute(f"SELECT coalesce(max(id), 0) FROM main.[{table}]").fetchone())


# -- tables ----------------------------------------------------------------------------------------
def _merge_sites(conn, report: PartReport) -> None:
    # A crawl counts a run for each site of its start URLs (`crawl_runs.start_url`, comma-separated).
    new_runs = Counter(host_of(url) for (start_urls,) in conn.execute(
        "SELECT p.start_url FROM part.crawl_runs p JOIN temp.crawl_runs_map m ON m.part_id = p.id WHERE m.fresh"
    ).fetchall() for url in set((start_urls or "").split(",")) if url)

    def changes(ours: dict, theirs: dict) -> dict:
        filled = {key: value for key, value in theirs.items()
                  if value not in (None, "") and ours.get(key) in (None, "")}
        runs = {"runs": (ours.get("runs") or 0) + new_runs[ours["host"]]} if new_runs[ours["host"]] else {}
        return {**filled, **_widest(ours, theirs, "first_crawled", "last_crawled"), **runs}

    _merge_rows(conn, "sites", "host", report, changes)


def _version_time(article: dict) -> str:
    """When this version of an article was current: its Wayback capture, else its last live fetch."""
    return article.get("captured") or article.get("last_seen") or ""


def _add_revision(conn, article_id: int, version: dict, reason: str) -> int:
    """Keep a version of an article as a revision, as store.py does: once per content_hash."""
    if conn.execute("SELECT 1 FROM main.revisions WHERE article_id = ? AND content_hash = ?",
                    [article_id, version["content_hash"]]).fetchone():
        return 0
    _insert(conn, "revisions", {
        "article_id": article_id, "captured": version.get("captured") or version.get("last_changed"),
        "title": version["title"], "body_text": version["body_text"], "body_html": version["body_html"],
        "content_hash": version["content_hash"], "source": version.get("source"), "stored": now_iso(),
        "reason": reason})
    return 1


def _reconcile_articles(conn, report: PartReport) -> None:
    """Articles at a URL `into` has already: one current row, the other version a revision."""
    columns, counts = _columns(conn, "articles", without=("id",)), report.counts("articles")
    known = conn.execute("SELECT part_id, into_id FROM temp.articles_map WHERE fresh IS NULL").fetchall()
    for part_id, into_id in known:
        theirs = _rows(conn, f"SELECT {_names(columns)} FROM part.articles WHERE id = ?", [part_id])[0]
        ours = _rows(conn, "SELECT * FROM main.articles WHERE id = ?", [into_id])[0]
        changes = _widest(ours, theirs, "first_seen", "last_seen")
        theirs_newer = _version_time(theirs) > _version_time(ours)
        if theirs["content_hash"] == ours["content_hash"]:
            changes.update({key: theirs[key] for key in METADATA_COLUMNS if theirs.get(key) and not ours.get(key)})
            if theirs_newer:
                changes.update({key: theirs[key] for key in FETCH_COLUMNS if key in theirs})
        elif theirs_newer:
            counts.revisions += _add_revision(conn, into_id, ours, "edit")
            changes.update({key: value for key, value in theirs.items()
                            if key not in ("url", "first_seen", "last_seen")})
            conn.execute("INSERT INTO temp.adopted VALUES (?, ?)", [part_id, into_id])
        else:
            counts.revisions += _add_revision(conn, into_id, theirs, "older capture")
        _apply(conn, "articles", "id", ours, changes, counts)


def _url_changes(ours: dict, theirs: dict) -> dict:
    changes = _widest(ours, theirs, "first_fetched", "captured")
    if (theirs.get("last_fetched") or "") > (ours.get("last_fetched") or ""):
        changes.update({key: value for key, value in theirs.items()
                        if key not in ("url", "first_fetched", "captured", "article_id")})
    if theirs["article_id"] is not None and (ours.get("article_id") is None or "last_fetched" in changes):
        changes["article_id"] = theirs["article_id"]
    return changes


def main(argv: list[str] | None = None, prog: str = "python -m crawler.archive.merge") -> int:
    parser = argparse.ArgumentParser(prog=prog, description="Fold part archives (one per crawl process) into one.")
    parser.add_argument("into", type=Path, metavar="INTO", help="the archive to merge into (created if new)")
    parser.add_argument("parts", type=Path, nargs="+", metavar="PART", help="a part archive, merged in order")
    args = parser.parse_args(argv)
    try:
        report = merge_archive(args.into, args.parts)
    except ArchiveError as error:
        print(f"error: {' '.join(str(error).split())}", file=sys.stderr)
        return EXIT_FAILED
    for part in report.parts:
        print(part.summary())
    return 0


if __name__ == "__main__":
    sys.exit(main())
