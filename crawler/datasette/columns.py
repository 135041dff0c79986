"""Readable tables: an archive's `articles` and `revisions` pages open without their bulky columns
(the whole body as text and HTML, hashes, the folded search words), which made each row ~500 px
tall. Datasette 0.65 has no per-table default columns, so a table page asked for without any
`_col`/`_nocol` choice is redirected to the same page with `_nocol=` for those columns; the
reader can show them again from the table's column menu. JSON and CSV are never redirected.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode

from .config import is_archive
from .relevance import _database_name, _route_path, redirecting

HIDDEN = {
    "articles": ("body_text", "body_html", "content_hash", "search_folded", "fetched_url", "profile", "categories",
                 "node_id", "tags"),
    "revisions": ("body_text", "body_html", "content_hash"),
}
_TABLE_PATH = re.compile(r"^/(?P<database>[^/.]+)/(?P<table>[^/.]+)$")


def readable_location(datasette, scope) -> str | None:
    if scope.get("type") != "http" or scope.get("method") not in ("GET", "HEAD"):
        return None
    match = _TABLE_PATH.match(_route_path(datasette, scope))
    if not match or match["table"] not in HIDDEN:
        return None
    database = _database_name(datasette, match["database"])
    if database is None or not is_archive(datasette, database):
        return None
    args = parse_qsl(scope.get("query_string", b"").decode("utf-8", "replace"), keep_blank_values=True)
    if any(key in ("_col", "_nocol", "_search") for key, _ in args):
        return None   # the reader chose columns (or searches: the search page's business)
    extra = [("_nocol", column) for column in HIDDEN[match["table"]]]
    return datasette.urls.table(database, match["table"]) + "?" + urlencode(args + extra)


def readable_tables(datasette):
    return redirecting(datasette, readable_location)
