"""The reader's side at national size (issue 20): search with bounded work, and the table pages'
indexes, year facet and missing facet suggestions. Speed is bench/search_scale.py's business; these
tests hold the behaviour: the same results as before where a search sees every match, the right
articles where it sees only the newest, and the ranking alike on every way of finding candidates.
Searches run with small SearchLimits on a small archive, so each way is taken."""

from __future__ import annotations

import random
import re
import sqlite3
import unicodedata

import pytest

from crawler.archive import Archive
from crawler.archive.search import fold
from crawler.datasette import ranking, search_page
from crawler.datasette.ranking import QueryText, features, snippet
from crawler.datasette.search_candidates import _LATIN, Reach, SearchLimits, match_expression
from tests.archive_builder import article
from tests.datasette_fixtures import InProcessDatasette
from tests.test_search_page import ARTICLES, SITES

VINH_TE, VINH_TRACH = SITES
FILLER = ["Sáng nay, Ủy ban nhân dân xã tổ chức hội nghị triển khai nhiệm vụ năm {n}.",
          "Các đại biểu thảo luận về phát triển kinh tế - xã hội và xây dựng nông thôn mới tại ấp {n}."]


@pytest.fixture(scope="module")
def reader(tmp_path_factory):
    """test_search_page's six articles, then 40 fillers of both portals, interleaved as a crawl
    of both writes them: every filler matches `xa`, `hoi nghi` and `nong thon moi`."""
    path = tmp_path_factory.mktemp("scale") / "archive.db"
    archive = Archive.open(path)
    for host, name in SITES.items():
        archive.upsert_site(host, f"http://{host}/", name)
    rows = [(site, title, paragraphs, published, category) for site, title, paragraphs, published, category in ARTICLES]
    rows += [((VINH_TE, VINH_TRACH)[n % 2], f"Tin hoạt động số {n}", [line.format(n=n) for line in FILLER],
              f"20{10 + n % 15:02d}-05-0{1 + n % 9}", "Tin hoạt động") for n in range(40)]
    for n, (site, title, paragraphs, published, category) in enumerate(rows):
        item = article(f"http://{site}/bai-{n}", title, paragraphs, published=published, category=category, author=None)
        archive.store_article(item, site=site, source="live", fetched_url=item.url, captured=None, files={})
    archive.close()
    instance = InProcessDatasette([path])
    instance.path = path
    yield instance
    instance.close()


def run_search(reader, query: str, limits: SearchLimits = SearchLimits(), **filters) -> tuple[list[dict], Reach]:
    database = reader.ds.get_database("archive")
    return reader.loop.run_until_complete(search_page.search(database, query, limits=limits, **filters))


def ids_matching(reader, query: str, **where) -> list[int]:
    conditions = "".join(f" and a.{column} = :{column}" for column in where)
    with sqlite3.connect(reader.path) as conn:
        return [row[0] for row in conn.execute(
            "select f.rowid from articles_fts f join articles a on a.id = f.rowid where articles_fts match :m"
            f"{conditions} order by f.rowid desc", {"m": match_expression(query), **where})]


def test_latin_letters_fold_in_sqlite_as_fold_folds_them():
    """match_expression asks a Latin word once: the tokenizer must make of it what fold() makes."""
    conn = sqlite3.connect(":memory:")
    conn.execute("create virtual table t using fts5(x, tokenize = 'unicode61 remove_diacritics 2')")
    letters = [chr(c) for c in range(0x30, 0x2000)   # lower case: match_expression lowers a word first
               if re.fullmatch(r"\w", chr(c)) and _LATIN.fullmatch(chr(c)) and chr(c) == chr(c).lower()
               and chr(c) != "đ"]   # đ is asked both ways
    assert len(letters) > 250 and {"ệ", "ư", "ơ", "ỹ", "â", "ß"} <= set(letters)
    for rowid, letter in enumerate(letters):
        conn.execute("insert into t (rowid, x) values (?, ?)", [rowid, f"q{letter}q"])
    for rowid, letter in enumerate(letters):
        found = [row[0] for row in conn.execute("select rowid from t where t match ?", [f'"q{fold(letter)}q"'])]
        assert rowid in found, (letter, fold(letter))


def test_each_word_is_asked_once_unless_its_spellings_are_different_tokens():
    assert match_expression("nông thôn mới") == '("nong") AND ("thon") AND ("moi")'
    assert match_expression("Đảng ủy") == '("đảng" OR "dang") AND ("uy")'
    assert match_expression("Ωμέγα") == '("ωμέγα" OR "ωμεγα")', "other scripts keep both spellings"


def test_a_search_that_sees_every_match_ranks_as_before(reader):
    results, reach = run_search(reader, "dang")
    assert results[0]["title"] == "Đảng ủy xã họp phiên thường kỳ tháng 7"
    assert reach == Reach(len(ids_matching(reader, "dang")))
    assert search_page.reach_note(reach) == f"{reach.matches} bài khớp · {reach.matches} matching articles"


def test_a_broad_search_ranks_the_newest_matches_and_says_so(reader):
    newest = ids_matching(reader, "hoi nghi")[:3]
    results, reach = run_search(reader, "hoi nghi", SearchLimits(window=3, count_limit=8))
    assert {row["id"] for row in results} <= set(newest) and len(results) == 3
    assert reach.about and reach.ranked_newest == 3
    assert abs(reach.matches - len(ids_matching(reader, "hoi nghi"))) <= 8, "about N: estimated from the rowids"
    assert search_page.reach_note(reach).startswith(f"khoảng {reach.matches} bài khớp · about {reach.matches}")
    assert "3 most recently archived matches" in search_page.reach_note(reach)


def test_a_broad_search_in_a_small_portal_reads_the_portal_newest_first(reader):
    limits = SearchLimits(count_limit=5, filter_newest=6, first_share=0.9)   # any portal is "small"
    results, reach = run_search(reader, "hoi nghi", limits, site=VINH_TRACH)
    with sqlite3.connect(reader.path) as conn:
        newest = [row[0] for row in conn.execute("select id from articles where site = ? order by id desc limit 6",
                                                 [VINH_TRACH])]
    assert results and {row["id"] for row in results} <= set(newest)
    assert {row["id"] for row in results} == set(newest) & set(ids_matching(reader, "hoi nghi"))
    assert reach.filter_newest and reach.ranked_newest == 6
    assert "6 newest articles the filters keep" in search_page.reach_note(reach)


def test_a_broad_search_through_a_large_filter_walks_its_newest_matches(reader):
    limits = SearchLimits(count_limit=5, filtered_window=4, first_share=0.0)
    results, reach = run_search(reader, "nong thon moi", limits, category="Tin hoạt động")
    newest = ids_matching(reader, "nong thon moi", category="Tin hoạt động")[:4]
    assert sorted(row["id"] for row in results) == sorted(newest)
    assert reach == Reach(None, ranked_newest=4)


@pytest.mark.parametrize("query, site, expected_first", [
    ("dang", VINH_TE, "Đảng ủy xã họp phiên thường kỳ tháng 7"),
    ("Đảng", VINH_TE, "Đảng ủy xã họp phiên thường kỳ tháng 7"),
    ("lanh dao", VINH_TE, "Lãnh đạo xã thăm hỏi gia đình chính sách"),
    ("hội nghị sơ kết", VINH_TE, "Hội nghị sơ kết công tác 6 tháng đầu năm"),
    ("phong chong thien tai", VINH_TRACH, "Tập huấn phòng chống thiên tai"),
    ("so ket", VINH_TRACH, "Sơ kết phong trào thi đua, hội nghị tổng kết được dời lại"),
])
def test_the_ranking_is_alike_on_every_way_of_finding_candidates(reader, query, site, expected_first):
    walked, _ = run_search(reader, query, site=site)
    read_first, reach = run_search(reader, query, SearchLimits(count_limit=1, first_share=1.0), site=site)
    assert reach.filter_newest, "the portal's articles were read, not the matches walked"
    assert walked[0]["title"] == read_first[0]["title"] == expected_first
    assert {row["id"] for row in walked} == {row["id"] for row in read_first}


def test_bodies_are_read_only_while_they_can_change_the_first_results(reader, monkeypatch):
    """best() skips bodies that cannot lift a candidate into the results: same results as scoring all."""
    with sqlite3.connect(reader.path) as conn:
        conn.row_factory = sqlite3.Row
        rows = [dict(row) for row in
                conn.execute("select id, title, body_text, search_folded, published from articles")]
    rng = random.Random(5)
    monkeypatch.setattr(search_page, "RESULTS", 5)
    for query in ("xa", "hoi nghi", "nong thon moi", "dang uy", "so ket", "phong chong thien tai", "xa xa"):
        text = QueryText(search_page.query_words(query))
        candidates = [dict(row, bm25=-rng.random() * 3) for row in rows]
        expected = sorted(candidates, key=lambda c: (
            -(ranking.title_score(c, text.words, text.words_of(c["title"]))
              + ranking.body_score(text.words, features(c, text))),
            -int(c["published"][:4]), c["id"]))[:5]
        assert [c["id"] for c in search_page.best([dict(c) for c in candidates], text)] == \
            [c["id"] for c in expected], query


def test_snippets_are_cut_around_the_query_words_and_marked_folded():
    text = " ".join(f"từ{n}" for n in range(60)) + " Đảng ủy <b>xã</b> họp. " + " ".join(f"cuối{n}" for n in range(60))
    words = QueryText(["dang", "uy"])
    marked = snippet(text, words, marked=True)
    assert marked.startswith("… từ56 từ57 từ58 từ59 <mark>Đảng</mark> <mark>ủy</mark> &lt;b&gt;xã&lt;/b&gt; họp.")
    plain = snippet(text, words, marked=False)
    assert plain.startswith("… từ56 từ57 từ58 từ59 Đảng ủy &lt;b&gt;xã") and plain.endswith(" cuối25 …")
    assert len(re.findall(r"\w+", plain.replace("&lt;", "<").replace("&gt;", ">"))) == ranking.SNIPPET_WORDS
    assert snippet("Ngày 22/3/2024, Đảng ủy", QueryText(["dang"]), marked=True) == \
        "Ngày 22/3/2024, <mark>Đảng</mark> ủy"
    decomposed = unicodedata.normalize("NFD", "Đảng ủy")
    assert QueryText(["dang"]).words_of(decomposed) == ["dang", "uy"], "decomposed marks do not split words"


def test_the_years_offered_are_every_year_of_the_archive(tmp_path):
    archive = Archive.open(tmp_path / "years.db")
    archive.upsert_site("s", "http://s/")
    values = ["2024-03-22T09:30:00+07:00", "2024-01-01", "2019", "2019-12-31", "abc", "", None, "199", "2031-x"]
    for n, value in enumerate(values):
        archive.db.execute("insert into articles (id, url, site, title, published) values (?, ?, 's', 't', ?)",
                           [n + 1, f"u{n}", value])
    archive.db.conn.commit()
    distinct = [row[0] for row in archive.db.execute(
        "select distinct substr(published, 1, 4) as y from articles where published is not null order by y desc")]
    assert [row[0] for row in archive.db.execute(search_page.YEARS_SQL)] == distinct
    plan = " ".join(str(row) for row in archive.db.execute("explain query plan " + search_page.YEARS_SQL))
    assert "idx_articles_published" in plan and "SCAN articles" not in plan
    archive.close()


def test_the_year_facet_counts_as_grouping_by_year_did(reader):
    with sqlite3.connect(reader.path) as conn:
        def grouped(where: str = "", params=()):
            return [list(row) for row in conn.execute(
                "select substr(published, 1, 4) as y, count(*) from articles "
                f"where published glob '[0-9][0-9][0-9][0-9]*'"
                f"{where} group by y order by y desc limit 31", params)]

        for query, where, params in (("", "", ()), (f"&site={VINH_TE}", " and site = ?", (VINH_TE,)),
                                     ("&category=Th%C3%B4ng+b%C3%A1o", " and category = ?", ("Thông báo",))):
            facet = reader.json(f"/archive/articles.json?_size=0{query}")["facet_results"]["published"]
            assert [[value["value"], value["count"]] for value in facet["results"]] == grouped(where, params)[:30]


def test_growing_tables_suggest_no_facets_and_small_ones_still_do(reader):
    page = reader.json("/archive/articles.json?_size=0")
    assert page["suggested_facets"] == [] and set(page["facet_results"]) == {"site", "category", "status", "published"}
    assert reader.json("/archive/sites.json")["suggested_facets"], "small tables keep Datasette's suggestions"
    assert reader.json("/archive/articles.json?_size=0&_nosuggest=")["suggested_facets"], "asked for, they come back"
    response = reader.get("/archive/articles?_search=dang&_filter_column=&_filter_op=exact&_filter_value=",
                          follow_redirects=True)
    assert response.url.path == "/archive/-/search", "the added argument does not keep a search in the table"


def test_the_table_pages_queries_are_served_by_indexes(reader):
    with sqlite3.connect(reader.path) as conn:
        def plan(sql: str) -> str:
            return " ".join(row[3] for row in conn.execute("explain query plan " + sql))

        assert "COVERING INDEX idx_articles_status" in plan("select status, count(*) from articles group by status")
        assert "COVERING INDEX idx_articles_category" in plan(
            "select category, count(*) from articles group by category")
        listing = plan("select id from articles where site = 'x' order by published desc limit 51")
        assert "idx_articles_site_published" in listing and "TEMP B-TREE" not in listing


def test_many_portals_are_asked_for_by_name_not_listed(tmp_path):
    archive = Archive.open(tmp_path / "archive.db")
    for n in range(search_page.PORTAL_CHOICES + 1):
        archive.upsert_site(f"xa{n}.example.vn", f"http://xa{n}.example.vn/", f"UBND xã Tân Lập {n}")
    item = article("http://xa7.example.vn/bai", "Đảng ủy xã họp", ["Đảng ủy xã họp phiên thường kỳ."],
                   published="2024-07-02", category="Tin", author=None)
    archive.store_article(item, site="xa7.example.vn", source="live", fetched_url=item.url, captured=None, files={})
    archive.close()
    instance = InProcessDatasette([tmp_path / "archive.db"])
    try:
        page = instance.get("/archive/-/search?q=dang&portal=ubnd+xa+tan+lap+7").text
        assert "<select name=\"portal\">" not in page and "UBND xã Tân Lập 100</option>" not in page
        assert 'name="portal" value="UBND xã Tân Lập 7"' in page, "the portal found, by its folded name"
        assert page.count('class="archive-result-title"') == 1
    finally:
        instance.close()
