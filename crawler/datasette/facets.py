"""A facet by year, for ISO dates (`published`): readers browse a portal's news year by year.

Datasette's own date facet groups by day. `year` groups `2024-03-22T09:30:00+07:00` and
`2024-03-22` alike under `2024`, newest year first, and selecting a year filters with the stock
`published__startswith=2024`, so the choice shows up (and can be removed) like any other filter.
Configured in metadata as `{"year": "published"}`, or per request with `?_facet_year=published`.
"""

from __future__ import annotations

from datasette.database import QueryInterrupted
from datasette.facets import Facet
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args


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
        year = f"substr({escape_sqlite(column)}, 1, 4)"
        sql = f"""
            select {year} as value, count(*) as count from ({self.sql})
            where {escape_sqlite(column)} glob '[0-9][0-9][0-9][0-9]*'
            group by value order by value desc limit {self.get_facet_size() + 1}
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
