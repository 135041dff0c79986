"""Readable tables: an archive's `articles` and `revisions` pages open without their bulky columns
(the whole body as text and HTML, hashes, the folded search words), which made each row ~500 px
tall. Datasette 0.65 has no per-table default columns, so a table page asked for without any
`_col`/`_nocol` choice is redirected to the same page with `_nocol=` for those columns; the
reader can show them again from the table's column menu. JSON and CSV are never redirected.
"""

from __future__ import annotations

from urllib.parse import urlencode

from .relevance import archive_table_request, redirecting

HIDDEN = {
    "articles": ("body_text", "body_html", "content_hash", "search_folded", "fetched_url", "profile", "categories",
                 "node_id", "tags"),
    "revisions": ("body_text", "body_html", "content_hash"),
}


def readable_location(datasette, scope) -> str | None:
    request = archive_table_request(datasette, scope, HIDDEN)
    if request is None or any(key in ("_col", "_nocol", "_search") for key, _ in request.args):
        return None   # the reader chose columns (or searches: the search page's business)
    extra = [("_nocol", column) for column in HIDDEN[request.table]]
    return datasette.urls.table(request.database, request.table) + "?" + urlencode(request.args + extra)


def readable_tables(datasette):
    return redirecting(datasette, readable_location)
