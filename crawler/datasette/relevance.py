"""Searches on `articles` are ranked by relevance; browsing stays newest first.

Datasette 0.65's table view can only order by a column (simonw/datasette#268), so `?_search=` on
`articles` comes back in the table's default order, `published` descending — the newest article
that mentions "Vĩnh Tế" once would beat the one about it. The reader's search page
(search_page.py) ranks by relevance. This ASGI wrapper sends a table search there whenever the
reader did not ask for anything the ranked page cannot express:

    /archive/articles?_search=dang+uy+vinh+te            -> /archive/-/search?q=dang+uy+vinh+te
    ...&site=H / &category=C / &published__startswith=Y  -> carried over as portal / category / year
    the default sort echoed by the table's form          -> still ranked (the form always sends it)

Any other filter, facet, page, column choice or sort, and `_order=date`, keep the table view
(with its facets, newest first). JSON/CSV (`articles.json?_search=`) are never redirected; the
ranked results are at `/archive/-/search?q=…&_format=json` (or `csv`).
"""

from __future__ import annotations

import re
from typing import NamedTuple
from urllib.parse import parse_qsl, urlencode

from datasette.utils import tilde_decode

from .config import is_archive

SEARCHED_TABLE = "articles"
SEARCH_PAGE = "-/search"
DEFAULT_SORT_COLUMN = "published"
#: Table arguments the ranked page understands, and the canned-query parameter each becomes.
CARRIED_OVER = {"_search": "q", "site": "portal", "category": "category", "published__startswith": "year"}
SORT_ARGUMENTS = {"_sort", "_sort_desc", "_sort_by_desc"}
# Which columns the table showed, and whether it suggested facets (facets.without_suggestions adds
# `_nosuggest`, and Datasette's own redirects carry it on): nothing to the search page.
COLUMN_ARGUMENTS = {"_col", "_nocol", "_nosuggest"}
_TABLE_PATH = re.compile(r"^/(?P<database>[^/.]+)/(?P<table>[^/.]+)$")


def ranked_search_location(datasette, scope) -> str | None:
    """Where to send this request to get relevance ranking, or None to serve it as it is."""
    request = archive_table_request(datasette, scope, (SEARCHED_TABLE,))
    parameters = ranked_parameters(request.args) if request else None
    if parameters is None:
        return None
    return datasette.urls.database(request.database) + f"/{SEARCH_PAGE}?" + urlencode(parameters)


def ranked_parameters(args: list[tuple[str, str]]) -> dict[str, str] | None:
    """The search page's parameters for these table arguments, or None if they ask for more."""
    args = [(key, value) for key, value in args if key not in COLUMN_ARGUMENTS]
    keys = [key for key, _ in args]
    named = dict(args)
    if not named.get("_search", "").strip() or len(set(keys)) != len(keys):
        return None
    if not is_default_sort(named):
        return None
    parameters = {}
    for key, value in named.items():
        if key in SORT_ARGUMENTS:
            continue
        if key not in CARRIED_OVER:
            return None
        parameters[CARRIED_OVER[key]] = value
    year = parameters.get("year")
    if year is not None and not re.fullmatch(r"\d{4}", year):
        return None
    return parameters


def is_default_sort(args: dict[str, str]) -> bool:
    """No sort, or the table's own (`published` descending) as its form sends it back."""
    sort, sort_desc = args.get("_sort"), args.get("_sort_desc")
    if sort is None and sort_desc is None:
        return "_sort_by_desc" not in args
    if sort_desc == DEFAULT_SORT_COLUMN and sort is None:
        return "_sort_by_desc" not in args
    return sort == DEFAULT_SORT_COLUMN and sort_desc is None and "_sort_by_desc" in args


class TableRequest(NamedTuple):
    database: str
    table: str
    args: list[tuple[str, str]]      # the query string's arguments, in order


def archive_table_request(datasette, scope, tables, pattern=_TABLE_PATH) -> TableRequest | None:
    """A GET of the table page of one of `tables` in an archive (as the ASGI wrappers see it), or None."""
    if scope.get("type") != "http" or scope.get("method") not in ("GET", "HEAD"):
        return None
    match = pattern.match(_route_path(datasette, scope))
    if not match or match["table"] not in tables:
        return None
    database = _database_name(datasette, match["database"])
    if database is None or not is_archive(datasette, database):
        return None
    args = parse_qsl(scope.get("query_string", b"").decode("utf-8", "replace"), keep_blank_values=True)
    return TableRequest(database, match["table"], args)


def _route_path(datasette, scope) -> str:
    raw = scope.get("raw_path")
    path = raw.decode("ascii", "replace").partition("?")[0] if raw else scope.get("path", "")
    base_url = datasette.setting("base_url")
    if base_url != "/" and path.startswith(base_url):
        path = "/" + path[len(base_url):]
    return path


def _database_name(datasette, route: str) -> str | None:
    try:
        return datasette.get_database(route=tilde_decode(route)).name
    except KeyError:
        return None


async def send_redirect(send, location: str) -> None:
    """A 302 to `location`, straight from an ASGI wrapper."""
    await send({"type": "http.response.start", "status": 302,
                "headers": [(b"location", location.encode("latin-1")),
                            (b"content-type", b"text/plain; charset=utf-8")]})
    await send({"type": "http.response.body", "body": b"See " + location.encode("latin-1")})


def redirecting(datasette, locate):
    """An asgi_wrapper that answers a request with a 302 wherever `locate(datasette, scope)` says."""

    def wrap(app):
        async def redirect_or_serve(scope, receive, send):
            location = locate(datasette, scope)
            if location is None:
                return await app(scope, receive, send)
            await send_redirect(send, location)

        return redirect_or_serve

    return wrap


def relevance_first(datasette):
    """The asgi_wrapper: redirect plain searches of `articles` to the ranked search page."""
    return redirecting(datasette, ranked_search_location)
