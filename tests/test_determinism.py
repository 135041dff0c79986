"""Cleaning is a pure function of (page, URL, site model): the same portal crawled in two orders
(breadth-first with one request at a time, depth-first with eight) gives the same archive, and
an unchanged re-crawl of a portal whose pages carry no validators (no ETag, no Last-Modified)
adds no revision — after the first full sweep has taught the archive the site's repeated blocks.

The portal is a layout no profile knows (the generic extractor's path, where the site model
is used): every page repeats a menu, a long "about the commune" box and a footer; every article
ends with the same writer's name, which is text of each article, not navigation."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.conftest import open_archive, run_crawl

WRITER = "Kim Ngân"
ABOUT = ("Xã Vĩnh Phước nằm ở phía tây của huyện, có diện tích tự nhiên hơn hai nghìn héc-ta, dân số khoảng "
         "mười hai nghìn người, đời sống nhân dân ngày càng được nâng lên.")
TOPICS = ["Hội nghị sơ kết công tác sáu tháng đầu năm", "Ra quân làm đường giao thông nông thôn",
          "Tiêm vắc xin phòng bệnh cho đàn gia súc", "Trao quà cho hộ nghèo nhân dịp Tết",
          "Tập huấn chuyển đổi số cho cán bộ ấp", "Ngày hội đại đoàn kết toàn dân tộc",
          "Phòng chống đuối nước cho trẻ em mùa lũ", "Khai giảng lớp xóa mù chữ"]


def page(title: str, main: str) -> str:
    menu = "".join(f'<a href="/bai-{n}.html">Bài {n}</a> ' for n in range(len(TOPICS)))
    return (f"<html><head><title>{title} - Xã Vĩnh Phước</title></head><body>"
            f'<div id="top"><a href="/">Trang chủ</a> <a href="/lien-he.html">Liên hệ</a></div>'
            f'<table><tr><td class="trai"><b>Giới thiệu</b><div>{ABOUT}</div><div>{ABOUT}</div></td>'
            f'<td class="giua">{main}</td></tr></table>'
            f'<div id="chan">Bản quyền thuộc UBND xã Vĩnh Phước. Địa chỉ: ấp Phước Lợi. {menu}</div></body></html>')


def article(n: int) -> str:
    paragraphs = "".join(
        f"<p>{TOPICS[n]}: đoạn {k}, ngày {10 + k}/0{1 + n % 8}/2024 cán bộ và nhân dân xã tham gia đông đủ, "
        f"thực hiện nghiêm túc các nội dung đề ra, đạt nhiều kết quả tích cực.</p>" for k in range(4))
    return page(TOPICS[n], f"<h1>{TOPICS[n]}</h1><div>Ngày {10 + n}/06/2024</div>{paragraphs}<p>{WRITER}</p>")


def site() -> dict[str, bytes]:
    pages = {f"/bai-{n}.html": article(n) for n in range(len(TOPICS))}
    links = "".join(f'<h3><a href="/bai-{n}.html">{t}</a></h3>' for n, t in enumerate(TOPICS))
    pages["/"] = page("Trang chủ", f"<h2>Tin tức</h2>{links}")
    pages["/lien-he.html"] = page("Liên hệ", "<p>Điện thoại: 0296 3 123 456.</p>")
    return {path: html.encode() for path, html in pages.items()}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802
        body = self.server.pages.get(self.path.split("?")[0])
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")   # no ETag, no Last-Modified
        body = body or b"<html><body>404</body></html>"
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def portal():
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.pages = site()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


BREADTH_FIRST = {"CONCURRENT_REQUESTS": "1", "CONCURRENT_REQUESTS_PER_DOMAIN": "1", "DEPTH_PRIORITY": "1",
                 "SCHEDULER_MEMORY_QUEUE": "scrapy.squeues.FifoMemoryQueue"}
DEPTH_FIRST = {"CONCURRENT_REQUESTS": "8", "CONCURRENT_REQUESTS_PER_DOMAIN": "8", "DEPTH_PRIORITY": "-1"}


def articles(path) -> dict[str, tuple]:
    db = open_archive(path)
    return {row["url"]: (row["title"], row["body_text"], row["published"], row["content_hash"])
            for row in db.execute("SELECT * FROM articles")}


def test_two_orders_give_one_archive_and_a_recrawl_adds_no_revision(tmp_path, portal):
    first, second = tmp_path / "breadth.db", tmp_path / "depth.db"
    run_crawl(first, "-a", f"start_url={portal}/", settings=BREADTH_FIRST)
    run_crawl(second, "-a", f"start_url={portal}/", settings=DEPTH_FIRST)
    archived = articles(first)
    assert len(archived) == len(TOPICS) + 1   # the articles and the contact page
    assert archived == articles(second)
    for n, topic in enumerate(TOPICS):
        title, body, _published, _hash = next(v for url, v in archived.items() if url.endswith(f"/bai-{n}.html"))
        assert title == topic
        assert body.endswith(WRITER), "a line every article ends with is text of each article"
        assert ABOUT not in body and "Bản quyền" not in body

    db = open_archive(first)
    model = json.loads(db.execute("SELECT model FROM site_models").fetchone()["model"])
    assert model["pages"] == len(TOPICS) + 2 and model["repeated"], "the full sweep learnt the repeated blocks"

    # An unchanged re-crawl, the model now in use: a page whose cleaning the model changes is
    # re-extracted in place (the portal did not change it), never a revision.
    run_crawl(first, "-a", f"start_url={portal}/", "-a", "full=1", settings=DEPTH_FIRST)
    db = open_archive(first)
    run = db.execute("SELECT * FROM crawl_runs ORDER BY id DESC").fetchone()
    assert (run["new"], run["changed"], run["unchanged"] + run["reextracted"]) == (0, 0, len(TOPICS) + 1)
    assert db.execute("SELECT count(*) FROM revisions").fetchone()[0] == 0
    learnt = articles(first)
    # From then on the same model, whatever the order: the same archive, every article unchanged.
    run_crawl(first, "-a", f"start_url={portal}/", "-a", "full=1", settings=BREADTH_FIRST)
    assert articles(first) == learnt
    db = open_archive(first)
    run = db.execute("SELECT * FROM crawl_runs ORDER BY id DESC").fetchone()
    assert (run["new"], run["changed"], run["unchanged"]) == (0, 0, len(TOPICS) + 1)
    assert db.execute("SELECT count(*) FROM revisions").fetchone()[0] == 0
