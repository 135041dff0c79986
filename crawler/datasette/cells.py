"""How archive values look in Datasette's tables, row pages and canned queries.

- an article's `title` links to its reading page, with its featured image as a thumbnail;
- image hashes (`image_sha256`, a query's `image`) and `images.content` show as thumbnails that
  open the archived original — served by our routes, never as data: URIs, so size and format
  (WebP, large photos) do not matter;
- document hashes and `attachments.content` become download links.
(Search results, highlighted, are the search page's: search_page.py.)

Everything taken from the archive is escaped (markupsafe); only our own tags are markup.
"""

from __future__ import annotations

import json

import markupsafe

from .config import is_archive
from .media import SHA256

IMAGE_COLUMNS = frozenset({"image", "image_sha256"})
FILE_COLUMNS = frozenset({"attachment", "attachment_sha256"})


def row_value(row, key: str):
    """A row's value by column name, or None (rows are sqlite3.Row: no .get())."""
    try:
        return row[key]
    except (IndexError, KeyError):
        return None


def article_id_of(row, table: str | None) -> int | None:
    """The article a row is about: `article_id` (queries, revisions) or `id` in `articles`."""
    value = row_value(row, "article_id")
    if value is None and table == "articles":
        value = row_value(row, "id")
    return value if isinstance(value, int) else None


async def render_archive_cell(row, value, column: str, table: str | None, database: str, datasette):
    """Markup for a cell of an archive database, or None to let Datasette render it."""
    if not is_archive(datasette, database):
        return None
    if column == "title" and isinstance(value, str):
        article_id = article_id_of(row, table)
        if article_id is not None:
            return await article_title_link(datasette, database, article_id, value)
    key = foreign_key_value(value)
    if column in IMAGE_COLUMNS and _is_sha256(key):
        return thumbnail(datasette, key)
    if column in FILE_COLUMNS and _is_sha256(key):
        return file_link(datasette, key, key[:12] + "…")
    if column == "content" and isinstance(value, bytes) and _is_sha256(row_value(row, "sha256")):
        if table == "images":
            return thumbnail(datasette, row_value(row, "sha256"))
        if table == "attachments":
            name = row_value(row, "filename") or "tệp"
            return file_link(datasette, row_value(row, "sha256"), f"{name} ({len(value):,} bytes)")
    if table == "crawl_runs" and column == "stats" and isinstance(value, str) and value.startswith("{"):
        return run_stats(value)
    return None


# crawl_runs.stats is Scrapy's whole stats dict: the few numbers a reader wants, the rest folded.
RUN_STATS = (("downloader/request_count", "requests"), ("downloader/response_count", "responses"),
             ("item_scraped_count", "pages"), ("captures/response", "captures"),
             ("elapsed_time_seconds", "seconds"), ("log_count/ERROR", "error lines"))


def run_stats(raw: str) -> markupsafe.Markup:
    try:
        stats = json.loads(raw)
    except ValueError:
        return markupsafe.Markup("{}").format(raw[:200])
    shown = [f"{stats[key]:,.0f} {label}" if isinstance(stats.get(key), (int, float)) else None
             for key, label in RUN_STATS]
    summary = " · ".join(part for part in shown if part) or "stats"
    return markupsafe.Markup('<details class="archive-stats"><summary>{}</summary><pre>{}</pre></details>').format(
        summary, json.dumps(stats, ensure_ascii=False, indent=1, sort_keys=True))


def foreign_key_value(value):
    """Table views hand expanded foreign keys over as {"value": ..., "label": ...}."""
    return value.get("value") if isinstance(value, dict) else value


def _is_sha256(value) -> bool:
    return isinstance(value, str) and bool(SHA256.match(value))


def article_url(datasette, database: str, article_id: int) -> str:
    return datasette.urls.database(database) + f"/-/article/{article_id}"


async def featured_image(datasette, database: str, article_id: int) -> str | None:
    """The sha256 of the article's first image (position 0 is the featured one)."""
    row = (await datasette.get_database(database).execute(
        "select image_sha256 from article_images where article_id = ? order by position limit 1", [article_id]
    )).first()
    return row[0] if row else None


async def article_title_link(datasette, database: str, article_id: int, title: str) -> markupsafe.Markup:
    image = await featured_image(datasette, database, article_id)
    picture = markupsafe.Markup(
        '<img class="archive-thumb" loading="lazy" alt="" src="{}">'
    ).format(datasette.urls.path(f"/-/archive-thumb/{image}")) if image else ""
    return markupsafe.Markup('<a class="archive-title" href="{}">{}{}</a>').format(
        article_url(datasette, database, article_id), picture, title
    )


def thumbnail(datasette, sha256: str) -> markupsafe.Markup:
    return markupsafe.Markup(
        '<a href="{}"><img class="archive-thumb" loading="lazy" alt="{}" src="{}"></a>'
    ).format(
        datasette.urls.path(f"/-/archive-image/{sha256}"), sha256[:12],
        datasette.urls.path(f"/-/archive-thumb/{sha256}"),
    )


def file_link(datasette, sha256: str, label: str) -> markupsafe.Markup:
    return markupsafe.Markup('<a href="{}">{}</a>').format(datasette.urls.path(f"/-/archive-file/{sha256}"), label)
