"""The reader's search page, `/<database>/-/search?q=…&portal=…&category=…&year=…`: a search box,
filters by portal (its name), category and year, results with highlighted snippets — no SQL.
`&_format=json` / `&_format=csv` export the same results (plain snippets, no highlight marks).

Ranking: SQLite FTS5 finds the candidates (bm25, title above body; `search_folded` carries the
đ-words spelled with d; search_candidates.py: at most the newest 5,000 matches are scored, so a
word in every article of a national archive answers in about a tenth of a second), then they are
re-ranked on the folded text (lower case, no diacritics, đ→d, archive/search.py `fold`;
ranking.py) so a query typed with or without diacritics ranks alike: every query word in the
title, the query as a phrase (title, then body) and the words close together in the body each lift
an article above one that only mentions them. Snippets are cut and marked on the folded words
too, so `dang` marks `Đảng`.

The filters' choices are cheap at any size: the years by a skip over the `published` index, the
categories of the portal chosen (its index) or, for all portals, of the newest articles.
"""

from __future__ import annotations

import asyncio
import csv
import heapq
import io
import json
import re

from datasette.utils.asgi import Response
from markupsafe import Markup

from ..archive.search import fold
from .article import _archive_database, reader_date
from .ranking import QueryText, body_score, features, most_body_score, snippet, title_score
from .search_candidates import LIMITS, Reach, SearchLimits, find_candidates

TEMPLATE = "archive_search.html"
RESULTS = 50
#: The category choices for all portals come from this many of the newest articles.
CATEGORY_SAMPLE = 2_000
#: Up to this many portals are offered as a list; more (a province, the country) get a text box:
#: 3,000 names made the page 220 kB and its rendering a third of a search's time.
PORTAL_CHOICES = 200
_WORD = re.compile(r"\w+")

PORTALS_SQL = "select host, coalesce(name, host) as name from sites order by name"
PORTAL_CATEGORIES_SQL = """
select category, count(*) as n from articles where site = :site and category is not null
group by category order by n desc limit 100
"""
RECENT_CATEGORIES_SQL = """
select category, count(*) as n from (select category from articles order by id desc limit :sample)
where category is not null group by category order by n desc limit 100
"""
# Each step is one seek in the `published` index: the greatest date before the year found last.
YEARS_SQL = """
with recursive years(year) as (
  select substr(max(published), 1, 4) from articles
  union all
  select (select substr(max(published), 1, 4) from articles where published < years.year) from years
  where years.year is not null
)
select year from years where year is not null
"""


def query_words(query: str) -> list[str]:
    return [fold(word) for word in _WORD.findall(query)]


async def search(db, query: str, *, site: str = "", category: str = "", year: str = "",
                 text: QueryText | None = None, limits: SearchLimits = LIMITS) -> tuple[list[dict], Reach]:
    """The RESULTS best articles for the query, and how far the search reached."""
    text = text or QueryText(query_words(query))
    if not text.words:
        return [], Reach(None)
    candidates, reach = await find_candidates(db, query, text, site=site, category=category, year=year,
                                              limits=limits)
    return best(candidates, text), reach


def best(candidates: list[dict], text: QueryText) -> list[dict]:
    """The RESULTS best candidates by score (ties: newer year, then lower id).

    Bodies are read best title score first, and only while one could still rank among the
    RESULTS: a body adds at most most_body_score, so a candidate whose title score plus that is
    below the RESULTSth full score so far cannot (reading 300 bodies was a search's largest cost)."""
    words = text.words
    for candidate in candidates:
        candidate["title_words"] = text.words_of(candidate["title"])
        candidate["score"] = title_score(candidate, words, candidate["title_words"])
    candidates.sort(key=lambda c: -c["score"])
    ceiling, scored, top = most_body_score(words), [], []   # top: the RESULTS best scores, a min-heap
    for candidate in candidates:
        if len(top) == RESULTS and candidate["score"] + ceiling < top[0]:
            break
        found = candidate.pop("features", None) or features(candidate, text, candidate["title_words"])
        candidate["score"] += body_score(words, found)
        scored.append(candidate)
        (heapq.heappush if len(top) < RESULTS else heapq.heappushpop)(top, candidate["score"])
    scored.sort(key=lambda c: (-c["score"], -(int((c["published"] or "0")[:4] or 0)), c["id"]))
    return scored[:RESULTS]


async def filter_choices(db, site: str) -> dict:
    """The form's portals (a list when there are few, else the chosen one's name), categories, years."""
    categories = await db.execute(PORTAL_CATEGORIES_SQL if site else RECENT_CATEGORIES_SQL,
                                  {"site": site, "sample": CATEGORY_SAMPLE})
    portals, name = None, ""
    if (await db.execute("select count(*) from sites")).first()[0] <= PORTAL_CHOICES:
        portals = [dict(row) for row in (await db.execute(PORTALS_SQL)).rows]
    if site:
        row = (await db.execute("select coalesce(name, host) from sites where host = ?", [site])).first()
        name = row[0] if row else site
    return {"portals": portals, "portal_name": name, "categories": [row[0] for row in categories.rows],
            "years": [row[0] for row in (await db.execute(YEARS_SQL)).rows]}


def reach_note(reach: Reach) -> str | None:
    """What the results were chosen from, in both languages (None when nothing was searched)."""
    def number(n: int, separator: str) -> str:
        return f"{n:,}".replace(",", separator)

    if reach.matches is None and not reach.ranked_newest:
        return None
    parts = []
    if reach.matches is not None:
        about_vi, about_en = ("khoảng ", "about ") if reach.about else ("", "")
        parts.append(f"{about_vi}{number(reach.matches, '.')} bài khớp · "
                     f"{about_en}{number(reach.matches, ',')} matching articles")
    if reach.ranked_newest:
        n_vi, n_en = number(reach.ranked_newest, "."), number(reach.ranked_newest, ",")
        parts.append(f"xếp hạng trong {n_vi} bài mới nhất của bộ lọc · ranked among the {n_en} newest articles "
                     f"the filters keep" if reach.filter_newest else
                     f"xếp hạng trong {n_vi} bài khớp được lưu gần nhất · ranked among the {n_en} most recently "
                     f"archived matches")
    return "; ".join(parts)


async def portal_host(db, portal: str) -> str:
    """A portal given by host or by its name (`UBND xã Vĩnh Tế`), as its host ('' for all)."""
    if not portal:
        return ""
    portal = portal.strip()
    exact = (await db.execute("select host from sites where host = :p or name = :p limit 1", {"p": portal})).first()
    if exact:
        return exact[0]
    wanted = fold(portal)
    for host, name in (await db.execute(PORTALS_SQL)).rows:
        if wanted in (host.lower(), fold(name)):
            return host
    return portal


async def search_page(request, datasette):
    database = _archive_database(datasette, request.url_vars["database"])
    await datasette.ensure_permissions(
        request.actor, [("view-table", (database, "articles")), ("view-database", database), "view-instance"])
    db = datasette.get_database(database)
    args = request.args
    query = (args.get("q") or "").strip()
    category, year = (args.get("category") or "").strip(), (args.get("year") or "").strip()
    if year and not re.fullmatch(r"\d{4}", year):
        year = ""
    site = await portal_host(db, args.get("portal") or args.get("site") or "")
    article_base = f"{datasette.urls.database(database)}/-/article/"
    text = QueryText(query_words(query))
    export = args.get("_format")
    if export in ("json", "csv"):
        results, _ = await search(db, query, site=site, category=category, year=year, text=text)
        return _export([{"article_id": r["id"], "title": r["title"], "published": r["published"],
                         "portal": r["portal"], "site": r["site"], "category": r["category"],
                         "url": article_base + str(r["id"]), "snippet": snippet(r["body_text"], text, marked=False)}
                        for r in results], export)
    # The form's choices do not depend on the search: read alongside it, on Datasette's other threads.
    (results, reach), choices = await asyncio.gather(
        search(db, query, site=site, category=category, year=year, text=text), filter_choices(db, site))
    context = {
        "database": database, "query": query, "site": site, "category": category, "year": year, **choices,
        "results": [{"url": article_base + str(r["id"]), "title": r["title"], "portal": r["portal"],
                     "category": r["category"], "published": reader_date(r["published"]),
                     "snippet": Markup(snippet(r["body_text"], text, marked=True))} for r in results],
        "reach_note": reach_note(reach),
        "search_url": f"{datasette.urls.database(database)}/-/search",
        "export_query": request.query_string,
        "css_urls": [datasette.urls.static("app.css"), datasette.urls.path("/-/archive-static/archive.css")],
    }
    html = await datasette.render_template(TEMPLATE, context, request=request, view_name="archive_search")
    return Response.html(html)


def _export(rows: list[dict], kind: str) -> Response:
    if kind == "json":
        return Response(json.dumps(rows, ensure_ascii=False), content_type="application/json; charset=utf-8")
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=["article_id", "title", "published", "portal", "site", "category", "url",
                                             "snippet"])
    writer.writeheader()
    writer.writerows(rows)
    return Response(out.getvalue(), content_type="text/csv; charset=utf-8")
