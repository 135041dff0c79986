"""The reader's article page and its history (issue 19): the declared summary is not shown twice
when the body opens with it; each earlier version is a page of its own, linked from the article,
with a word-level diff (Vietnamese words, NFC) against the next version; no script anywhere."""

from __future__ import annotations

import re

import pytest

from crawler.archive import Archive
from crawler.datasette.article import repeats_body
from crawler.datasette.revisions import word_diff, words
from tests.archive_builder import CHANGED_TITLE, article, find_article_id
from tests.datasette_fixtures import InProcessDatasette


def page(datasette, path: str) -> str:
    response = datasette.get(path)
    assert response.status_code == 200, f"{path}: {response.status_code}"
    assert "script-src 'none'" in response.headers["content-security-policy"]
    assert "<script" not in response.text
    return response.text


def test_an_edited_article_links_its_earlier_version_as_a_readable_page(datasette, browse_archive):
    article_id = find_article_id(browse_archive.path, CHANGED_TITLE)
    current = page(datasette, f"/archive/-/article/{article_id}")
    links = re.findall(rf'href="(/archive/-/article/{article_id}/revision/\d+)"', current)
    assert len(links) == 1, "one earlier version, linked from the article page"
    old = page(datasette, links[0])
    assert CHANGED_TITLE in old and "Phiên bản cũ" in old
    assert "tiếp công dân vào thứ Năm hằng tuần" in old, "the earlier text itself"
    assert re.search(r"thứ Năm <ins>và thứ Sáu </ins>hằng tuần|thứ Năm<ins> và thứ Sáu</ins> hằng tuần", old), \
        "the words the edit added, as words"
    assert "<del>" not in old.split('class="archive-diff-body"')[1].split("</div>")[0]
    assert f'href="/archive/-/article/{article_id}"' in old


def test_a_version_of_another_article_is_404(datasette, browse_archive):
    article_id = find_article_id(browse_archive.path, CHANGED_TITLE)
    current = page(datasette, f"/archive/-/article/{article_id}")
    revision = re.search(r"/revision/(\d+)", current).group(1)
    assert datasette.get(f"/archive/-/article/{article_id + 1}/revision/{revision}").status_code == 404


def test_word_diff_is_by_vietnamese_words_and_escapes():
    assert words("Đảng ủy xã, Vĩnh Tế.") == ["Đảng", "ủy", "xã", ",", "Vĩnh", "Tế", "."]
    # The same words in decomposed form (NFD) are not a change.
    assert "<del>" not in word_diff("Hội nghị Đảng ủy", "Hội nghị \u0110a\u0309ng u\u0309y")
    diff = str(word_diff("Họp <b>lúc</b> 8 giờ.", "Họp <b>lúc</b> 9 giờ.\n\nĐoạn mới."))
    assert "&lt;b&gt;" in diff and "<b>" not in diff
    assert "Họp &lt;b&gt;lúc&lt;/b&gt; <del>8</del><ins>9</ins> giờ." in diff and "<ins>Đoạn mới.</ins>" in diff


@pytest.mark.parametrize("summary, body, repeated", [
    ("Sáng 05/7, Đảng ủy xã tổ chức hội nghị.", "Sáng 05/7, Đảng ủy xã tổ chức hội nghị.\n\nHội nghị đánh giá…", True),
    ("Sáng 05/7, Đảng ủy xã tổ chức hội nghị", "Sáng 05/7,  Đảng ủy xã tổ chức hội nghị sơ kết.", True),
    ("Hội nghị sơ kết 6 tháng đầu năm.", "Sáng 05/7, Đảng ủy xã tổ chức hội nghị.", False),
    (None, "Nội dung.", False),
])
def test_a_summary_the_body_opens_with_is_not_repeated(summary, body, repeated):
    assert repeats_body(summary, body) is repeated


def test_the_article_page_shows_a_repeated_lead_once(tmp_path):
    path = tmp_path / "archive.db"
    archive = Archive.open(path)
    archive.upsert_site("xa.example.vn", "http://xa.example.vn/", "UBND xã Ví Dụ")
    lead = "Sáng ngày 05/7/2024, Đảng ủy xã Vĩnh Tế tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm."
    for n, summary in enumerate((lead, "Một tóm tắt khác hẳn phần mở đầu.")):
        item = article(f"http://xa.example.vn/bai-{n}", f"Bài {n}", [lead, "Hội nghị đánh giá kết quả."],
                       published="2024-07-05", category=None, author=None)
        item.summary = summary
        archive.store_article(item, site="xa.example.vn", source="live", fetched_url=item.url, captured=None, files={})
    archive.close()
    reader = InProcessDatasette([path])
    try:
        repeated, distinct = (page(reader, f"/archive/-/article/{n}") for n in (1, 2))
    finally:
        reader.close()
    assert repeated.count("Sáng ngày 05/7/2024") == 1
    assert 'class="archive-summary"' not in repeated
    assert 'class="archive-summary">Một tóm tắt khác hẳn phần mở đầu.' in distinct


def test_tables_open_with_readable_columns(datasette):
    response = datasette.get("/archive/articles?site=vinhte.chaudoc.angiang.gov.vn")
    assert response.status_code == 302
    location = response.headers["location"]
    assert location.startswith("/archive/articles?site=vinhte.chaudoc.angiang.gov.vn&_nocol=body_text")
    page = datasette.get(location).text
    for bulky in ("col-body_html", "col-content_hash", "col-search_folded", "col-body_text"):
        assert bulky not in page
    assert "col-title" in page and "col-published" in page
    chosen = datasette.get("/archive/articles?_col=title&_col=body_text")
    assert chosen.status_code == 200 and "col-body_text" in chosen.text, "a reader's own choice stands"
    assert datasette.get("/archive/articles.json?_shape=array").status_code == 200, "JSON keeps every column"


def test_front_page_links_and_readable_crawl_runs(datasette):
    front = datasette.get("/").text
    for target in ("/archive/articles", "/archive/-/search", "/archive/-/portals"):
        assert f'href="{target}"' in front
    runs = datasette.get("/archive/crawl_runs").text
    assert '<details class="archive-stats"><summary>12 requests' in runs


def test_the_portals_overview(datasette):
    response = datasette.get("/archive/-/portals")
    assert response.status_code == 200 and "script-src 'none'" in response.headers["content-security-policy"]
    page = response.text
    assert "Cổng thông tin điện tử xã Vĩnh Tế" in page and "Cổng thông tin điện tử xã Vĩnh Trạch" in page
    assert page.count('<svg class="archive-chart"') >= 2, "a chart of articles per month for each portal"
    assert re.search(r"<title>2024-\d\d: \d+ bài</title>", page)
    assert "<script" not in page
