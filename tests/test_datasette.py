"""Browsing the archive in Datasette, in-process: search, facets, canned queries, media routes and
the article page, over an archive written by the project's own archive code (tests/archive_builder).

Datasette runs in this process (`Datasette([...])`, requests through its ASGI app with
`datasette.client`) with the plugin loaded from the installed entry point, as `datasette archive.db`
would load it.
"""

from __future__ import annotations

import io
import re
import shutil
import sqlite3

import pytest
from PIL import Image

from crawler.archive import Archive, fold
from crawler.browse import READER_SETTINGS, serve_arguments
from crawler.browse import main as browse_main
from crawler.datasette.media import MEDIA_CSP
from tests.archive_builder import (
    CHANGED_TITLE,
    IMAGE_FREE_TITLE,
    NEWER_MENTION_TITLE,
    PAGE_TITLE,
    VINH_TE_TITLE,
    build_browse_archive,
    changed_versions,
    find_article_id,
    sample_articles,
    store,
)
from tests.conftest import run_crawl
from tests.datasette_fixtures import InProcessDatasette
from tests.fixtures.portal import Portal
from tests.fixtures.server import FixtureServer


def ranked_ids(datasette, query: str) -> list[int]:
    rows = datasette.json(f"/archive/-/search?_format=json&q={query}")
    return [row["article_id"] for row in rows]


def first_article_link(page_html: str) -> int:
    """The article id the first result of the search page links to."""
    body = page_html.split('class="archive-results"', 1)[1]
    return int(re.search(r'href="/archive/-/article/(\d+)"', body).group(1))


# -- search -------------------------------------------------------------------------------------

@pytest.mark.parametrize("query, expected", [
    ("dang uy vinh te", VINH_TE_TITLE),
    ("Đảng ủy", VINH_TE_TITLE),
    ("DANG UY", VINH_TE_TITLE),
    ("Đảng ủy xã Vĩnh Tế", VINH_TE_TITLE),
    ("vinh te", PAGE_TITLE),            # the short page all about Vĩnh Tế, then the article
    ("Vĩnh Tế hội nghị", VINH_TE_TITLE),
])
def test_search_ranks_the_right_article_first(datasette, browse_archive, query, expected):
    ids = ranked_ids(datasette, query)
    assert ids and ids[0] == find_article_id(browse_archive.path, expected), ids
    newer = find_article_id(browse_archive.path, NEWER_MENTION_TITLE)
    if newer in ids:  # relevance, not date: the newer article only mentions these words
        assert ids.index(browse_archive.vinh_te_id) < ids.index(newer)


def test_relevance_beats_a_newer_article_that_mentions_the_words(datasette, browse_archive):
    newer = find_article_id(browse_archive.path, NEWER_MENTION_TITLE)
    ids = ranked_ids(datasette, "dang uy vinh te")
    assert ids[:2] == [browse_archive.vinh_te_id, newer]
    # The table's own order (newest first) would have put the newer one first.
    table = datasette.json("/archive/articles.json?_shape=array&_search=dang+uy+vinh+te")
    assert [row["id"] for row in table][:2] == [newer, browse_archive.vinh_te_id]


@pytest.mark.parametrize("query_string", [
    "_search=dang+uy+vinh+te",
    # what the table's form sends back: the default sort it shows, echoed
    "_search=dang+uy+vinh+te&_sort=published&_sort_by_desc=on",
    "_search=dang+uy+vinh+te&_sort_desc=published",
    "_search=dang+uy+vinh+te&_filter_column=&_filter_op=exact&_filter_value=&_sort=published&_sort_by_desc=on",
])
def test_table_search_box_lists_the_most_relevant_article_first(datasette, browse_archive, query_string):
    response = datasette.get(f"/archive/articles?{query_string}", follow_redirects=True)
    assert response.status_code == 200
    assert response.url.path == "/archive/-/search"
    assert first_article_link(response.text) == browse_archive.vinh_te_id


def test_table_search_with_filters_the_ranked_page_cannot_express_stays_a_table(datasette):
    for query_string in ("_search=vinh+te&_order=date", "_search=vinh+te&status=live", "_search=vinh&_sort=title"):
        response = datasette.get(f"/archive/articles?{query_string}")
        assert response.status_code == 200, query_string
        assert "facet-results" in response.text


def test_search_filters_by_site_category_and_year(datasette, browse_archive):
    response = datasette.get(
        "/archive/articles?_search=vinh+te&site=vinhte.chaudoc.angiang.gov.vn&published__startswith=2024"
    )
    assert response.status_code == 302
    assert response.headers["location"] == \
        "/archive/-/search?q=vinh+te&portal=vinhte.chaudoc.angiang.gov.vn&year=2024"
    assert browse_archive.vinh_te_id not in ranked_ids(datasette, "vinh+te&year=2023")
    assert browse_archive.vinh_te_id in ranked_ids(datasette, "vinh+te&category=Tin+ho%E1%BA%A1t+%C4%91%E1%BB%99ng")


@pytest.mark.parametrize("query", ["", "%22", "-", "%2A"])
def test_odd_or_empty_searches_answer_without_error(datasette, query):
    assert datasette.get(f"/archive/-/search?q={query}").status_code == 200
    assert datasette.get(f"/archive/search?q={query}").status_code == 200


def test_search_results_highlight_matches_and_escape_text(datasette):
    page = datasette.get("/archive/-/search?q=vinh+te").text
    assert "<mark>Vĩnh</mark> <mark>Tế</mark>" in page
    page = datasette.get("/archive/-/search?q=alert").text
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def fts_state(path) -> dict:
    with sqlite3.connect(path) as conn:
        conn.execute("create virtual table temp.fts_terms using fts5vocab(main, articles_fts, 'row')")
        state = {
            "articles": conn.execute("select count(*) from articles").fetchone()[0],
            "indexed_docs": conn.execute("select count(*) from articles_fts_docsize").fetchone()[0],
            "term_docs": conn.execute("select sum(doc) from temp.fts_terms").fetchone()[0],
        }
        conn.execute("insert into articles_fts(articles_fts) values ('integrity-check')")
    return state


def test_fts_index_does_not_grow_when_articles_are_stored_again(tmp_path, beacon):
    path = build_browse_archive(tmp_path / "archive.db", beacon.url).path
    before = fts_state(path)
    assert before["indexed_docs"] == before["articles"]
    archive = Archive.open(path)
    try:
        for _ in range(4):
            for site, article, media in [*sample_articles(beacon.url), *changed_versions()]:
                store(archive, site, article, media)
    finally:
        archive.close()
    assert fts_state(path) == before


def test_an_edited_article_is_found_by_its_new_words_only(datasette):
    changed = datasette.json("/archive/search.json?_shape=array&q=thu+Sau")
    assert [row["title"] for row in changed] == [CHANGED_TITLE]
    only_old = datasette.json("/archive/search.json?_shape=array&q=%22thu+Nam+hang+tuan%22")
    assert only_old == []


# -- table configuration --------------------------------------------------------------------------

def test_articles_table_is_newest_first_with_facets_and_site_labels(datasette):
    data = datasette.json("/archive/articles.json?_shape=objects&_labels=on")
    published = [row["published"] for row in data["rows"] if row["published"]]
    assert published == sorted(published, reverse=True)
    facets = data["facet_results"]
    assert {"site", "category", "published", "status"} <= set(facets)
    years = facets["published"]
    assert years["type"] == "year"
    assert [(value["value"], value["count"]) for value in years["results"]] == [("2024", 4), ("2023", 2)]
    assert {value["label"] for value in facets["site"]["results"]} == {
        "Cổng thông tin điện tử xã Vĩnh Tế", "Cổng thông tin điện tử xã Vĩnh Trạch"}
    assert data["rows"][0]["site"]["label"] == "Cổng thông tin điện tử xã Vĩnh Tế"


def test_year_facet_selects_a_year(datasette):
    data = datasette.json("/archive/articles.json?_shape=objects&published__startswith=2023")
    assert {row["title"] for row in data["rows"]} >= {IMAGE_FREE_TITLE}
    assert all(row["published"].startswith("2023") for row in data["rows"])
    selected = [value for value in data["facet_results"]["published"]["results"] if value["selected"]]
    assert [value["value"] for value in selected] == ["2023"]


def test_metadata_describes_the_archive(datasette):
    metadata = datasette.json("/-/metadata.json")
    assert metadata["title"].startswith("Lưu trữ cổng thông tin xã")
    assert "license" in metadata and metadata["description_html"]
    archive = metadata["databases"]["archive"]
    assert "2 cổng thông tin" in archive["source"]
    articles = archive["tables"]["articles"]
    assert articles["sort_desc"] == "published"
    assert articles["fts_table"] == "articles_fts"
    assert "published" in articles["columns"]
    assert archive["tables"]["sites"]["label_column"] == "name"
    assert set(archive["queries"]) == {
        "search", "latest_articles", "articles_per_month", "article_with_images", "last_crawl_runs",
        "recently_changed"}


def test_any_archive_file_name_gets_the_configuration(browse_archive, tmp_path):
    other = tmp_path / "xa-vinh-te.db"
    shutil.copy(browse_archive.path, other)
    instance = InProcessDatasette([other])
    try:
        database = instance.json("/-/metadata.json")["databases"]["xa-vinh-te"]
        assert database["tables"]["articles"]["sort_desc"] == "published"
        ids = [row["article_id"] for row in instance.json("/xa-vinh-te/search.json?_shape=array&q=dang+uy+vinh+te")]
        assert ids[0] == browse_archive.vinh_te_id
        page = instance.get(f"/xa-vinh-te/-/article/{browse_archive.vinh_te_id}")
        assert page.status_code == 200 and VINH_TE_TITLE in page.text
    finally:
        instance.close()


# -- canned queries ------------------------------------------------------------------------------

def test_latest_articles(datasette):
    rows = datasette.json("/archive/latest_articles.json?_shape=array")
    published = [row["published"] for row in rows]
    assert published == sorted(published, reverse=True)
    assert rows[0]["title"] == CHANGED_TITLE


def test_articles_per_month(datasette):
    rows = datasette.json("/archive/articles_per_month.json?_shape=array")
    counts = {(row["month"], row["site"]): row["articles"] for row in rows}
    assert counts[("2024-07", "vinhte.chaudoc.angiang.gov.vn")] == 1
    assert counts[("2023-11", "vinhtrach.angiang.gov.vn")] == 1
    assert [row["month"] for row in rows] == sorted((row["month"] for row in rows), reverse=True)


def test_article_with_images(datasette, browse_archive):
    rows = datasette.json(f"/archive/article_with_images.json?_shape=array&id={browse_archive.vinh_te_id}")
    assert [row["position"] for row in rows] == [0, 1, 2]
    assert {row["mime"] for row in rows} == {"image/jpeg", "image/png", "image/webp"}
    assert all(row["title"] == VINH_TE_TITLE for row in rows)


def test_last_crawl_runs(datasette):
    rows = datasette.json("/archive/last_crawl_runs.json?_shape=array")
    assert len(rows) == 1 and rows[0]["status"] == "finished" and rows[0]["pages"] == 9


def test_recently_changed(datasette):
    rows = datasette.json("/archive/recently_changed.json?_shape=array")
    assert [(row["title"], row["earlier_versions"]) for row in rows] == [(CHANGED_TITLE, 1)]


def test_canned_query_pages_render(datasette):
    for name in ("search?q=vinh", "latest_articles", "articles_per_month", "article_with_images?id=1",
                 "last_crawl_runs", "recently_changed"):
        assert datasette.get(f"/archive/{name}").status_code == 200, name


# -- media routes --------------------------------------------------------------------------------

def stored_bytes(path, table: str, sha256: str) -> bytes:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"select content from {table} where sha256 = ?", [sha256]).fetchone()[0]


@pytest.mark.parametrize("kind, mime", [("large_image_sha", "image/png"), ("webp_image_sha", "image/webp"),
                                        ("svg_image_sha", "image/svg+xml")])
def test_image_route_serves_the_stored_bytes_inertly(datasette, browse_archive, kind, mime):
    sha256 = getattr(browse_archive, kind)
    response = datasette.get(f"/-/archive-image/{sha256}")
    assert response.status_code == 200
    assert response.content == stored_bytes(browse_archive.path, "images", sha256)
    assert response.headers["content-type"] == mime
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["content-security-policy"] == \
        "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox" == MEDIA_CSP
    assert datasette.get(f"/-/archive-image/{sha256}", headers={"If-None-Match": f'"{sha256}"'}).status_code == 304


def test_large_image_is_over_render_images_limit(browse_archive):
    assert len(stored_bytes(browse_archive.path, "images", browse_archive.large_image_sha)) > 100 * 1024


@pytest.mark.parametrize("path", [
    "/-/archive-image/" + "0" * 64,
    "/-/archive-file/" + "0" * 64,
    "/-/archive-thumb/" + "0" * 64,
    "/-/archive-image/not-a-hash",
    "/-/archive-image/" + "0" * 63,
])
def test_unknown_media_is_404(datasette, path):
    assert datasette.get(path).status_code == 404


def test_thumbnails_are_small_images(datasette, browse_archive):
    for sha256 in (browse_archive.large_image_sha, browse_archive.webp_image_sha):
        response = datasette.get(f"/-/archive-thumb/{sha256}")
        assert response.status_code == 200 and response.headers["x-content-type-options"] == "nosniff"
        with Image.open(io.BytesIO(response.content)) as thumbnail:
            assert max(thumbnail.size) <= 240
    svg = datasette.get(f"/-/archive-thumb/{browse_archive.svg_image_sha}")
    assert svg.headers["content-security-policy"] == MEDIA_CSP


def test_file_route_downloads_the_document(datasette, browse_archive):
    page = datasette.get(f"/archive/-/article/{browse_archive.vinh_te_id}").text
    sha256 = re.search(r'href="/-/archive-file/([0-9a-f]{64})"', page).group(1)
    response = datasette.get(f"/-/archive-file/{sha256}")
    assert response.status_code == 200
    assert response.content == stored_bytes(browse_archive.path, "attachments", sha256)
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["content-disposition"].startswith('attachment; filename="bao-cao-so-ket.pdf"')
    assert response.headers["content-security-policy"] == MEDIA_CSP
    assert response.headers["x-content-type-options"] == "nosniff"


def test_tables_show_images_as_thumbnails_from_the_archive(datasette, browse_archive):
    images = datasette.get("/archive/images").text
    for sha256 in (browse_archive.large_image_sha, browse_archive.webp_image_sha):
        assert f'src="/-/archive-thumb/{sha256}"' in images
    assert "data:image" not in images
    articles = datasette.get("/archive/articles", follow_redirects=True).text
    assert f'href="/archive/-/article/{browse_archive.vinh_te_id}"' in articles
    assert 'class="archive-thumb"' in articles


# -- the article page ------------------------------------------------------------------------------

def test_article_page_shows_the_article(datasette, browse_archive):
    response = datasette.get(f"/archive/-/article/{browse_archive.vinh_te_id}")
    assert response.status_code == 200
    page = response.text
    assert f'<h1 class="archive-title">{VINH_TE_TITLE}</h1>' in page
    assert '<time datetime="2024-07-05T08:30:00+07:00">05/07/2024 08:30</time>' in page
    assert "Tin hoạt động" in page and "Thanh Tâm" in page
    assert 'href="https://vinhte.chaudoc.angiang.gov.vn/tin-tuc/dang-uy-xa-vinh-te-so-ket-6-thang"' in page
    assert len(set(re.findall(r'<img src="/-/archive-image/([0-9a-f]{64})"', page))) == browse_archive.image_count
    assert "Quang cảnh hội nghị sơ kết" in page and "Toàn cảnh hội trường" in page
    assert "Hội nghị đánh giá Đảng bộ xã Vĩnh Tế" in page


def test_article_page_forbids_script(datasette, browse_archive):
    headers = datasette.get(f"/archive/-/article/{browse_archive.vinh_te_id}").headers
    csp = headers["content-security-policy"]
    assert "script-src 'none'" in csp and "default-src 'none'" in csp and "img-src 'self'" in csp
    assert headers["x-content-type-options"] == "nosniff"


def test_article_page_neutralises_a_tampered_archive(datasette, browse_archive, beacon):
    page = datasette.get(f"/archive/-/article/{browse_archive.xss_id}").text
    assert "<script" not in page.lower()
    assert "<iframe" not in page.lower() and "<svg" not in page.lower()
    assert not re.search(r"\son\w+\s*=", page, re.IGNORECASE), "event handler attribute"
    assert "javascript:" not in page.lower()
    assert not re.search(r'src="[^"]*payload-beacon', page)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert beacon.count == 0


def test_unknown_article_is_404(datasette):
    assert datasette.get("/archive/-/article/999999").status_code == 404
    assert datasette.get("/nosuchdb/-/article/1").status_code == 404


def test_article_page_honours_base_url(browse_archive):
    instance = InProcessDatasette([browse_archive.path], settings={"base_url": "/luu-tru/"})
    try:
        page = instance.get(f"/archive/-/article/{browse_archive.vinh_te_id}").text
        assert 'src="/luu-tru/-/archive-image/' in page
        assert 'src="/-/archive-image/' not in page
    finally:
        instance.close()


# -- the launcher ------------------------------------------------------------------------------------

def test_launcher_serves_archive_db_with_reader_settings():
    arguments = serve_arguments(["-p", "8123"])
    assert arguments[0] == "serve" and "archive.db" in arguments and arguments[-2:] == ["-p", "8123"]
    for name, value in READER_SETTINGS.items():
        assert ["--setting", name, value] == arguments[arguments.index(name) - 1: arguments.index(name) + 2]


def test_launcher_reports_a_missing_archive_in_one_line(tmp_path, capsys):
    assert browse_main([str(tmp_path / "missing.db")]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "missing.db" in error


# -- a real crawl ------------------------------------------------------------------------------------

@pytest.mark.slow
def test_a_crawled_portal_reads_like_the_portal(tmp_path):
    """The real crawler's archive of the fixture portal: every article page shows all its images from
    the archive, and an article's title typed without accents finds it first."""
    archive = tmp_path / "archive.db"
    with FixtureServer(Portal(seed=0, n_articles=12)) as server:
        run_crawl(archive, "-a", f"start_url={server.base_url}/")
    instance = InProcessDatasette([archive])
    try:
        with sqlite3.connect(archive) as conn:
            articles = conn.execute("select id, title from articles where kind = 'article'").fetchall()
            site_name = conn.execute("select name from sites").fetchone()[0]
        assert len(articles) >= 12
        for article_id, title in articles:
            page = instance.get(f"/archive/-/article/{article_id}")
            assert page.status_code == 200 and "Ảnh chưa được lưu trữ" not in page.text, title
            for src in re.findall(r'<img src="([^"]+)"', page.text):
                image = instance.get(src)
                assert image.status_code == 200 and image.headers["content-type"].startswith("image/"), src
            found = instance.json(f"/archive/search.json?_shape=array&q={fold(title)}")
            assert found[0]["title"] == title
        facets = instance.json("/archive/articles.json?_shape=objects")["facet_results"]
        assert [value["label"] for value in facets["site"]["results"]] == [site_name]
        assert facets["published"]["results"]
    finally:
        instance.close()
