"""A facet by year, for ISO dates (`published`): readers browse a portal's news year by year.

Datasette's own date facet groups by day. `year` groups `2024-03-22T09:30:00+07:00` and
`2024-03-22` alike under `2024`, newest year first, and selecting a year filters with the stock
`published__startswith=2024`, so the choice shows up (and can be removed) like any other filter.
Configured in metadata as `{"year": "published"}`, or per request with `?_facet_year=published`.
"""

from __future__ import annotations

import re

from datasette.database import QueryInterrupted
from datasette.facets import Facet
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args

from .relevance import archive_table_request


#: U+10FFFF sorts after anything that follows a year in a date: `[year, year + it)` is "starts with year".
LAST_CODE_POINT = 0x10FFFF


class YearFacet(Facet):
    type = "year"

    async def facet_results(self):
        results, timed_out = [], []
        for source_and_config in self.get_configs():
            config = source_and_config["config"]
            column = config.get("column") or config["simple"]
            try:
                rows = await self._year_counts(column)
            except QueryInterrupted:
                timed_out.append(column)
                continue
            results.append(self._facet(column, rows, hideable=source_and_config["source"] != "metadata"))
        return results, timed_out

    async def _year_counts(self, column: str):
        """(value, count) per year, newest first. The years come from a skip over the column's
        index (one seek per year, over the whole table), each counted over the page's rows by a
        range of the column (an index range again): grouping the rows by substr(…) sorted every
        row of the table first, 0.6 s at a million articles."""
        name = escape_sqlite(column)
        dated = f"{name} glob '[0-9][0-9][0-9][0-9]*'"
        sql = f"""
            with recursive years(year) as (
              select (select substr(max({name}), 1, 4) from {escape_sqlite(self.table)} where {dated})
              union all
              select (select substr(max({name}), 1, 4) from {escape_sqlite(self.table)}
                      where {name} < years.year and {dated})
              from years where years.year is not null
            )
            select value, count from (
              select year as value,
                     (select count(*) from ({self.sql})
                      where {name} >= years.year and {name} < years.year || char({LAST_CODE_POINT})) as count
              from years where year is not null)
            where count > 0 order by value desc limit {self.get_facet_size() + 1}
        """
        return (await self.ds.execute(
            self.database, sql, self.params, truncate=False,
            custom_time_limit=self.ds.setting("facet_time_limit_ms"),
        )).rows

    def _facet(self, column: str, rows, *, hideable: bool) -> dict:
        size = self.get_facet_size()
        selected_year = dict(self.get_querystring_pairs()).get(f"{column}__startswith")
        values = []
        for row in rows[:size]:
            filter_arg = {f"{column}__startswith": row["value"]}
            selected = selected_year == row["value"]
            toggle = path_with_removed_args(self.request, filter_arg) if selected else \
                path_with_added_args(self.request, filter_arg)
            values.append({
                "value": row["value"], "label": row["value"], "count": row["count"],
                "toggle_url": self.ds.absolute_url(self.request, self.ds.urls.path(toggle)),
                "selected": selected,
            })
        return {
            "name": column,
            "type": self.type,
            "results": values,
            "hideable": hideable,
            "toggle_url": self.ds.urls.path(path_with_removed_args(self.request, {"_facet_year": column})),
            "truncated": len(rows) > size,
        }


# Tables that grow with the archive. Datasette suggests facets by running, for every column of a
# table page, a few queries over the whole table (each cut off after facet_suggest_time_limit_ms):
# at a million articles some twenty of them ran to their limit on every page, for suggestions
# (date(body_text), json arrays in title…) that never help a reader. Their pages ask for none.
NO_SUGGESTIONS = frozenset({"articles", "revisions", "captures", "capture_payloads", "images", "attachments",
                            "article_images", "article_attachments", "urls"})
_TABLE_PAGE = re.compile(r"^/(?P<database>[^/.]+)/(?P<table>[^/.]+)(?:\.(?:json|csv))?$")


def without_suggestions(datasette):
    """An asgi_wrapper: table pages of NO_SUGGESTIONS tables in an archive get `_nosuggest=1`."""

    def wrap(app):
        async def quiet(scope, receive, send):
            return await app(_quiet_scope(datasette, scope), receive, send)

        return quiet

    return wrap


def _quiet_scope(datasette, scope):
    request = archive_table_request(datasette, scope, NO_SUGGESTIONS, _TABLE_PAGE)
    if request is None or any(key == "_nosuggest" for key, _ in request.args):
        return scope
    query = scope.get("query_string", b"")
    return dict(scope, query_string=query + (b"&" if query else b"") + b"_nosuggest=1")
