"""The reader's search page (issue 19): a search page, not an SQL form; filters by portal name,
category and year; ranking that favours the title and the query's words in order, with and without
diacritics (`đ` included); highlighted snippets for accent-free queries too; exports without marks.
Relevance is checked with queries and their expected top results over an archive of its own."""

from __future__ import annotations

import csv
import io

import pytest

from crawler.archive import Archive
from tests.archive_builder import article
from tests.datasette_fixtures import InProcessDatasette

SITES = {"vinhte.example.vn": "UBND xã Vĩnh Tế", "vinhtrach.example.vn": "UBND xã Vĩnh Trạch"}
ARTICLES = [  # (site, title, paragraphs, published, category)
    ("vinhte.example.vn", "Lãnh đạo xã thăm hỏi gia đình chính sách",
     ["Lãnh đạo xã cùng lãnh đạo các ban ngành đến thăm hỏi, tặng quà.", "Thay mặt Đảng ủy, đồng chí Bí thư gửi lời thăm."],
     "2024-07-20", "Tin hoạt động"),
    ("vinhte.example.vn", "Đảng ủy xã họp phiên thường kỳ tháng 7",
     ["Đảng ủy xã Vĩnh Tế họp phiên thường kỳ.", "Hội nghị đánh giá công tác xây dựng Đảng trong tháng."],
     "2024-07-02", "Tin Đảng ủy"),
    ("vinhte.example.vn", "Hội nghị sơ kết công tác 6 tháng đầu năm",
     ["Sáng nay, Ủy ban nhân dân xã tổ chức hội nghị sơ kết.", "Các đại biểu thảo luận."], "2024-07-05", "Tin hoạt động"),
    ("vinhtrach.example.vn", "Sơ kết phong trào thi đua, hội nghị tổng kết được dời lại",
     ["Ban thi đua họp sơ kết phong trào.", "Hội nghị tổng kết năm sẽ tổ chức vào tháng sau."], "2023-07-06", "Thi đua"),
    ("vinhtrach.example.vn", "Tập huấn phòng chống thiên tai",
     ["Lớp tập huấn về phòng chống thiên tai và tìm kiếm cứu nạn cho lực lượng xung kích.",
      "Nội dung gồm kỹ năng sơ cứu, phòng chống đuối nước trong mùa lũ; thiên tai năm nay được dự báo phức tạp."],
     "2023-10-01", "Tin hoạt động"),
    ("vinhtrach.example.vn", "Thông báo lịch tiếp dân",
     ["Phòng chống tham nhũng là nhiệm vụ thường xuyên.", "Về thiên tai: xem thông báo riêng của xã."], "2024-01-10",
     "Thông báo"),
]


@pytest.fixture(scope="module")
def reader(tmp_path_factory):
    path = tmp_path_factory.mktemp("search") / "archive.db"
    archive = Archive.open(path)
    for host, name in SITES.items():
        archive.upsert_site(host, f"http://{host}/", name)
    for n, (site, title, paragraphs, published, category) in enumerate(ARTICLES):
        item = article(f"http://{site}/bai-{n}", title, paragraphs, published=published, category=category, author=None)
        archive.store_article(item, site=site, source="live", fetched_url=item.url, captured=None, files={})
    archive.close()
    instance = InProcessDatasette([path])
    yield instance
    instance.close()


def titles(reader, query_string: str) -> list[str]:
    return [row["title"] for row in reader.json(f"/archive/-/search?_format=json&{query_string}")]


@pytest.mark.parametrize("query, expected_first", [
    ("dang", "Đảng ủy xã họp phiên thường kỳ tháng 7"),        # not "Lãnh đạo…" (đạo folds to dao)
    ("Đảng", "Đảng ủy xã họp phiên thường kỳ tháng 7"),
    ("DANG UY", "Đảng ủy xã họp phiên thường kỳ tháng 7"),
    ("lanh dao", "Lãnh đạo xã thăm hỏi gia đình chính sách"),
    ("hội nghị sơ kết", "Hội nghị sơ kết công tác 6 tháng đầu năm"),  # the words in order, in the title
    ("hoi nghi so ket", "Hội nghị sơ kết công tác 6 tháng đầu năm"),
    ("phong chong thien tai", "Tập huấn phòng chống thiên tai"),
])
def test_queries_and_their_expected_top_result(reader, query, expected_first):
    found = titles(reader, f"q={query}")
    assert found and found[0] == expected_first, found


def test_words_close_together_beat_words_far_apart(reader):
    found = titles(reader, "q=phòng chống thiên tai")
    assert found.index("Tập huấn phòng chống thiên tai") < found.index("Thông báo lịch tiếp dân")


def test_it_is_a_search_page_not_an_sql_form(reader):
    response = reader.get("/archive/-/search?q=dang+uy")
    assert response.status_code == 200
    page = response.text
    for sql_word in ("Custom SQL query", "Run SQL", "Edit SQL", "bm25(", "from articles", "articles_fts"):
        assert sql_word not in page
    assert "<title>Tìm kiếm: dang uy · archive</title>" in page
    assert 'name="q" value="dang uy"' in page
    for name in SITES.values():
        assert f">{name}</option>" in page, "portals are offered by their names"
    assert "<mark>Đảng</mark> <mark>ủy</mark>" in page, "an accent-free query marks the words it found"


def test_filters_by_portal_name_category_and_year(reader):
    everywhere = titles(reader, "q=so+ket")
    assert len(everywhere) == 2
    assert titles(reader, "q=so+ket&portal=UBND+x%C3%A3+V%C4%A9nh+Tr%E1%BA%A1ch") == \
        ["Sơ kết phong trào thi đua, hội nghị tổng kết được dời lại"]
    assert titles(reader, "q=so+ket&portal=ubnd+xa+vinh+te") == ["Hội nghị sơ kết công tác 6 tháng đầu năm"]
    assert titles(reader, "q=so+ket&portal=vinhte.example.vn") == ["Hội nghị sơ kết công tác 6 tháng đầu năm"]
    assert titles(reader, "q=so+ket&year=2023") == ["Sơ kết phong trào thi đua, hội nghị tổng kết được dời lại"]
    assert titles(reader, "q=thien+tai&category=Th%C3%B4ng+b%C3%A1o") == ["Thông báo lịch tiếp dân"]


def test_exports_carry_no_highlight_marks(reader):
    rows = reader.json("/archive/-/search?_format=json&q=dang")
    text = repr(rows)
    assert "\ue000" not in text and "\ue001" not in text and "<mark>" not in text
    assert rows[0]["snippet"].startswith("Đảng ủy xã Vĩnh Tế họp")
    exported = reader.get("/archive/-/search?_format=csv&q=dang")
    assert exported.headers["content-type"].startswith("text/csv")
    table = list(csv.DictReader(io.StringIO(exported.text)))
    assert [row["title"] for row in table] == [row["title"] for row in rows]
    assert "<mark>" not in exported.text and "\ue000" not in exported.text
    canned = reader.get("/archive/search.csv?q=dang").text
    assert "\ue000" not in canned and "\ue001" not in canned, "the SQL version's exports are clean too"


@pytest.mark.parametrize("query", ["", '"', "-", "*", "NEAR(", "a OR", "^đ"])
def test_odd_queries_answer(reader, query):
    assert reader.get("/archive/-/search", params={"q": query}).status_code == 200
