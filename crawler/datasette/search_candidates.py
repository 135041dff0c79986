"""Which articles the search page ranks, found with bounded work however large the archive.

SQLite FTS5 ranks with bm25, which costs a pass over each phrase's whole document list plus ~2 µs
for every matching row it scores: a word found in every one of 1,000,000 articles took seconds.
So a search scores at most `window` matches (SearchLimits), the most recently archived (FTS5 walks rowids newest
first and stops there); a query with fewer matches is ranked over all of them, as before. Each
search first counts its matches up to `count_limit` (a walk over rowids only, cheap), which gives
the total shown ("about N" past the limit, estimated from how far back the last one counted
lies) and picks the way to find candidates:

- no filter: bm25 over the newest `window` matches;
- a filter (portal, category, year) and at most `count_limit` matches: the matches walked newest
  first, each looked up in `articles` for the filter, bm25 over the newest `window` that pass;
- a filter and more matches: if the filter keeps a large share of the archive (`first_share`),
  the same walk from the filter's newest article, up to `filtered_window` that pass (it soon
  finds them). If it keeps a small share (one portal among thousands, a rare category), that
  walk would look up nearly every match to find a few: the filter's own newest `filter_newest`
  articles are read instead (by its index), matched and ranked on their folded text, with bm25
  computed over those articles (ranking.bm25).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..archive.search import fold
from .ranking import QueryText, bm25, features, matches


@dataclass(frozen=True)
class SearchLimits:
    """How much one search may read (module docstring); measured at 1,000,000 articles
    (docs/benchmarks.md): ~60 ms of SQLite for a word in every article, bm25's own passes included."""

    window: int = 5_000            # matches scored by bm25, newest first
    filtered_window: int = 1_000   # ... when a broad query is walked through a filter
    count_limit: int = 30_000      # matches counted exactly; past it, "about N"
    filter_newest: int = 500       # a small filter's articles read for a broad query
    first_share: float = 0.05      # a filter keeping less of the archive than this is read first
    candidates: int = 200          # re-ranked on the folded text


LIMITS = SearchLimits()
_WORD = re.compile(r"\w+")
#: Lower-case digits and letters that `unicode61 remove_diacritics 2` folds exactly as fold() does
#: (but đ): ASCII, Latin-1, Latin Extended-A, ơ ư and Latin Extended Additional (all of Vietnamese);
#: tests/test_search_scale.py checks each against SQLite's tokenizer.
_LATIN = re.compile(r"[0-9a-zß-öø-ÿĀ-ſơưḀ-ỿ]+")
_LAST_CHARACTER = "\U0010ffff"   # sorts after anything that follows a year in a date

COUNT_SQL = """
select count(*) as matches, min(rowid) as oldest, (select max(id) from articles) as newest
from (select rowid from articles_fts where articles_fts match :match order by rowid desc limit :limit)
"""
# CROSS JOIN keeps articles_fts the outer loop: looking matches up in articles. The other way
# round (a portal's rows from its index, each asked of FTS5 by rowid) reruns the query per row.
RANKED_SQL = """
select id, bm25, count(*) over () as seen from (
  select f.rowid as id, bm25(articles_fts, 10.0, 1.0, 2.0) as bm25
  from articles_fts f {join}
  where articles_fts match :match {filters}
  order by f.rowid desc limit :window)
order by bm25 limit :candidates
"""
JOIN = "cross join articles a on a.id = f.rowid"
ROWS_SQL = """
select a.id, a.title, a.body_text, a.search_folded, a.published, a.category, a.site,
       coalesce(s.name, a.site) as portal
from articles a left join sites s on s.host = a.site
"""


@dataclass(frozen=True)
class Reach:
    """How far a search reached: the matches found (None: not counted) and, when the ranking
    covered only the newest of them, how many (of the matches, or of the filter's articles)."""

    matches: int | None
    about: bool = False               # `matches` is an estimate (more than count_limit)
    ranked_newest: int | None = None
    filter_newest: bool = False       # ranked_newest counts the filter's articles, not matches


def match_expression(query: str) -> str:
    """FTS5 MATCH for the query's words: each as typed or folded (a quoted string each, so no FTS
    syntax in the query can do anything), all of them required. A Latin word without đ is one
    token either way (the tokenizer removes its marks as fold does): asked once, not twice."""
    terms = []
    for word in _WORD.findall(query):
        lowered = word.lower()
        variants = [fold(word)] if _LATIN.fullmatch(lowered) and "đ" not in lowered else \
            list(dict.fromkeys([lowered, fold(word)]))
        terms.append("(" + " OR ".join(f'"{variant}"' for variant in variants) + ")")
    return " AND ".join(terms)


def filter_conditions(site: str, category: str, year: str) -> tuple[str, dict]:
    """`and …` conditions on `a` for the filters given, written so that an index can serve each."""
    conditions, params = [], {}
    if site:
        conditions.append("a.site = :site")
        params["site"] = site
    if category:
        conditions.append("a.category = :category")
        params["category"] = category
    if year:
        # The range lets the `published` index find the year; substr keeps the exact meaning.
        conditions.append("a.published >= :year and a.published < :year_end and substr(a.published, 1, 4) = :year")
        params.update(year=year, year_end=year + _LAST_CHARACTER)
    return "".join(f" and {condition}" for condition in conditions), params


async def find_candidates(db, query: str, text: QueryText, *, site: str = "", category: str = "", year: str = "",
                          limits: SearchLimits = LIMITS) -> tuple[list[dict], Reach]:
    """The candidates to re-rank (each with its text and `bm25`) and how far the search reached."""
    match = match_expression(query)
    count = (await db.execute(COUNT_SQL, {"match": match, "limit": limits.count_limit})).first()
    found, about = count["matches"], count["matches"] >= limits.count_limit
    if not found:
        return [], Reach(0)
    if about:
        # Matches spread over the rowids about evenly: the last one counted lies as far back as
        # their share of the archive.
        found = round(limits.count_limit * count["newest"] / max(1, count["newest"] - count["oldest"] + 1))
    filters, params = filter_conditions(site, category, year)
    window = limits.window
    if filters and about:
        share_rows = max(1, int(limits.first_share * count["newest"]))
        kept = (await db.execute(f"select count(*) from (select 1 from articles a where 1 {filters} limit :n)",
                                 {**params, "n": share_rows})).first()[0]
        if kept < share_rows:
            rows = await _filter_first(db, text, filters, params, limits.filter_newest)
            read_all = kept <= limits.filter_newest
            return rows, Reach(len(rows), ranked_newest=None if read_all else limits.filter_newest, filter_newest=True)
        window = limits.filtered_window
        # The walk starts at the filter's newest article, not the archive's: a year's articles
        # lie behind every newer year's (ids follow the crawls), which it would look up first.
        newest = (await db.execute(f"select max(a.id) from articles a where 1 {filters}", params)).first()[0]
        filters += " and f.rowid <= :newest_kept"
        params["newest_kept"] = newest
    sql = RANKED_SQL.format(join=JOIN if filters else "", filters=filters)
    ranked = (await db.execute(sql, {"match": match, **params, "window": window,
                                     "candidates": limits.candidates})).rows
    seen = ranked[0]["seen"] if ranked else 0
    cut = seen >= window
    if filters:   # what the filter let through: all of it, unless the window was full
        reach = Reach(None if cut else seen, ranked_newest=window if cut else None)
    else:
        reach = Reach(found, about, ranked_newest=window if cut else None)
    if not ranked:
        return [], reach
    scores = {row["id"]: row["bm25"] for row in ranked}
    placeholders = ", ".join("?" * len(scores))
    rows = (await db.execute(ROWS_SQL + f"where a.id in ({placeholders})", list(scores))).rows
    return [dict(row, bm25=scores[row["id"]]) for row in rows], reach


async def _filter_first(db, text: QueryText, filters: str, params: dict, newest: int) -> list[dict]:
    """The filter's newest articles that match the query, each with its bm25 over those articles
    and its ranking features (ranking.Features, under "features")."""
    # The ids first, from the filter's index alone; then only those rows are read (ordering the
    # rows themselves read every article of a year, bodies included, to keep 500).
    newest_ids = f"select a.id from articles a where 1 {filters} order by a.id desc limit :newest"
    sql = ROWS_SQL + f"where a.id in ({newest_ids})"
    rows = [dict(row) for row in (await db.execute(sql, {**params, "newest": newest})).rows]
    read = [features(row, text) for row in rows]
    # bm25 over everything read, not only the matches: every match holds every word, so over the
    # matches alone each word would be in all documents and weigh nothing.
    for row, seen, value in zip(rows, read, bm25(read, text.words)):
        row["bm25"], row["features"] = value, seen
    return [row for row, seen in zip(rows, read) if matches(seen, text.words)]
