"""The reader's search page, `/<database>/-/search?q=…&portal=…&category=…&year=…`: a search box,
filters by portal (its name), category and year, results with highlighted snippets — no SQL.
`&_format=json` / `&_format=csv` export the same results (plain snippets, no highlight marks).

Ranking: SQLite FTS5 finds the candidates (bm25, title above body; `search_folded` carries the
đ-words spelled with d), then they are re-ranked on the folded text (lower case, no diacritics,
đ→d, archive/search.py `fold`) so a query typed with or without diacritics ranks alike: every query
word in the title, the query as a phrase (title, then body) and the words close together in the
body each lift an article above one that only mentions them. Snippets are cut and marked on the
folded words too, so `dang` marks `Đảng`.
"""

from __future__ import annotations

import csv
import io
import json
import re

from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from ..archive.search import fold
from .article import _archive_database, reader_date

TEMPLATE = "archive_search.html"
CANDIDATES = 300
RESULTS = 50
SNIPPET_WORDS = 36
_WORD = re.compile(r"\w+")
_TOKEN = re.compile(r"\w+|[^\w]+")

CANDIDATES_SQL = """
select a.id, a.title, a.body_text, a.published, a.category, a.site, coalesce(s.name, a.site) as portal,
       bm25(articles_fts, 10.0, 1.0, 2.0) as bm25
from articles_fts join articles a on a.id = articles_fts.rowid left join sites s on s.host = a.site
where articles_fts match :match
  and (:site = '' or a.site = :site) and (:category = '' or a.category = :category)
  and (:year = '' or substr(a.published, 1, 4) = :year)
order by bm25 limit {limit}
""".format(limit=CANDIDATES)
PORTALS_SQL = "select host, coalesce(name, host) as name from sites order by name"
CATEGORIES_SQL = "select category, count(*) as n from articles where category is not null group by category " \
                 "order by n desc limit 100"
YEARS_SQL = "select distinct substr(published, 1, 4) as year from articles where published is not null order by year desc"


def match_expression(query: str) -> str:
    """FTS5 MATCH for the query's words: each as typed or folded (a quoted string each, so no FTS
    syntax in the query can do anything), all of them required."""
    terms = []
    for word in _WORD.findall(query):
        variants = dict.fromkeys([word.lower(), fold(word)])
        terms.append("(" + " OR ".join(f'"{variant}"' for variant in variants) + ")")
    return " AND ".join(terms)


def score(candidate: dict, words: list[str]) -> float:
    title, body = fold(candidate["title"] or ""), fold(candidate["body_text"] or "")
    title_words, body_words = _WORD.findall(title), _WORD.findall(body)
    phrase = " ".join(words)
    value = -float(candidate["bm25"])
    value += 6.0 * sum(word in title_words for word in words) / len(words)
    if len(words) > 1 and _has_phrase(title_words, words):
        value += 6.0
    elif len(words) > 1 and phrase in " ".join(body_words):
        value += 3.0
    window = _smallest_window(body_words, words)
    if window:
        value += 2.0 * len(words) / window
    return value


def _has_phrase(tokens: list[str], words: list[str]) -> bool:
    n = len(words)
    return any(tokens[i:i + n] == words for i in range(len(tokens) - n + 1))


def _smallest_window(tokens: list[str], words: list[str]) -> int | None:
    """The fewest consecutive tokens holding every query word (None if some word is absent)."""
    wanted, counts, best, left, have = set(words), {}, None, 0, 0
    for right, token in enumerate(tokens):
        if token in wanted:
            counts[token] = counts.get(token, 0) + 1
            have += counts[token] == 1
        while have == len(wanted):
            best = right - left + 1 if best is None else min(best, right - left + 1)
            if tokens[left] in wanted:
                counts[tokens[left]] -= 1
                have -= counts[tokens[left]] == 0
            left += 1
    return best


def snippet(text: str, words: list[str], *, marked: bool) -> str:
    """The stretch of `text` with the most query words, as escaped HTML with <mark> (or plain)."""
    tokens = _TOKEN.findall(text or "")
    folded: dict[str, str] = {}   # each distinct token folded once: syllables repeat a lot
    wanted = set(words)
    hits = [i for i, token in enumerate(tokens) if folded.setdefault(token, fold(token)) in wanted]
    width = SNIPPET_WORDS * 2          # tokens: words and the spaces between them
    start = 0
    if hits:
        densest = max(hits, key=lambda i: (sum(1 for h in hits if i <= h < i + width), -i))
        start = max(0, densest - 8)
    parts = []
    for token in tokens[start:start + width]:
        piece = str(escape(token))
        parts.append(f"<mark>{piece}</mark>" if marked and folded.get(token) in wanted else piece)
    prefix = "… " if start > 0 else ""
    suffix = " …" if start + width < len(tokens) else ""
    return prefix + "".join(parts).strip() + suffix


async def search(db, query: str, *, site: str = "", category: str = "", year: str = "") -> list[dict]:
    words = [fold(word) for word in _WORD.findall(query)]
    if not words:
        return []
    rows = await db.execute(CANDIDATES_SQL, {"match": match_expression(query), "site": site, "category": category,
                                             "year": year})
    candidates = [dict(row) for row in rows.rows]
    for candidate in candidates:
        candidate["score"] = score(candidate, words)
    candidates.sort(key=lambda c: (-c["score"], -(int((c["published"] or "0")[:4] or 0)), c["id"]))
    return candidates[:RESULTS]


async def portal_host(db, portal: str) -> str:
    """A portal given by host or by its name (`UBND xã Vĩnh Tế`), as its host ('' for all)."""
    if not portal:
        return ""
    wanted = fold(portal.strip())
    for host, name in (await db.execute(PORTALS_SQL)).rows:
        if wanted in (fold(host), fold(name)):
            return host
    return portal.strip()


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
    results = await search(db, query, site=site, category=category, year=year)
    words = [fold(word) for word in _WORD.findall(query)]
    article_base = f"{datasette.urls.database(database)}/-/article/"
    export = args.get("_format")
    if export in ("json", "csv"):
        rows = [{"article_id": r["id"], "title": r["title"], "published": r["published"], "portal": r["portal"],
                 "site": r["site"], "category": r["category"], "url": article_base + str(r["id"]),
                 "snippet": snippet(r["body_text"], words, marked=False)} for r in results]
        return _export(rows, export)
    context = {
        "database": database, "query": query, "site": site, "category": category, "year": year,
        "portals": [dict(row) for row in (await db.execute(PORTALS_SQL)).rows],
        "categories": [row[0] for row in (await db.execute(CATEGORIES_SQL)).rows],
        "years": [row[0] for row in (await db.execute(YEARS_SQL)).rows],
        "results": [{"url": article_base + str(r["id"]), "title": r["title"], "portal": r["portal"],
                     "category": r["category"], "published": reader_date(r["published"]),
                     "snippet": Markup(snippet(r["body_text"], words, marked=True))} for r in results],
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
