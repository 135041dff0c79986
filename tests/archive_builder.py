"""Archives for the Datasette and browser tests, written by the project's own archive code.

`build_browse_archive(path, beacon_url)` is the one function those tests call to get an archive.
Today it stores hand-written articles through `crawler.archive.Archive.store_article`, the same
call the crawler's archive pipeline makes, with real image bytes (Pillow). When the fixture portal
(tests/fixtures/server.py) is ready, its body can become a real crawl of that portal; the tests
do not change, because they find their articles by title (`find_article_id`) and only rely on
what `BrowseArchive` promises.

`Beacon` is a tiny HTTP server that counts requests: the XSS article points an image at it, and
reading the article must never reach it.
"""

from __future__ import annotations

import hashlib
import html
import io
import random
import sqlite3
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image

from crawler.archive import Archive
from crawler.extract import Article, Attachment, ImageRef
from crawler.items import StoredFile
from crawler.extract.sanitize import sanitize_html

if TYPE_CHECKING:
    from typing import Self

VINH_TE_HOST = "vinhte.chaudoc.angiang.gov.vn"
VINH_TRACH_HOST = "vinhtrach.angiang.gov.vn"
VINH_TE = f"https://{VINH_TE_HOST}"
VINH_TRACH = f"https://{VINH_TRACH_HOST}"

#: Titles the tests look articles up by (docs/conventions.md: text is NFC).
VINH_TE_TITLE = "Đảng ủy xã Vĩnh Tế tổ chức Hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2024"
NEWER_MENTION_TITLE = "Hội Nông dân ra quân làm đường giao thông nông thôn"
VINH_TRACH_TITLE = "Xã Vĩnh Trạch triển khai nghị quyết về chuyển đổi số"
CHANGED_TITLE = "Lịch tiếp công dân tháng 10 năm 2024"
PAGE_TITLE = "Giới thiệu xã Vĩnh Tế"
PAYLOAD = "<script>alert(1)</script>"
XSS_TITLE = f"Thông báo {PAYLOAD} lịch trực"
IMAGE_FREE_TITLE = "Kết quả thu ngân sách 9 tháng"


@dataclass(frozen=True)
class BrowseArchive:
    """What the browsing tests may rely on, however the archive was made."""

    path: Path
    vinh_te_id: int          # the article `dang uy vinh te` must find first
    xss_id: int              # payloads in title, body, alt and caption; an image pointing at the beacon
    large_image_sha: str     # a PNG over 100 KB (datasette-render-images' default limit)
    webp_image_sha: str      # a WebP image
    svg_image_sha: str       # an SVG carrying script that calls the beacon (must stay inert)
    image_count: int         # images the Vĩnh Tế article shows (featured + body)


def find_article_id(path: Path, title: str) -> int:
    with sqlite3.connect(path) as conn:
        row = conn.execute("select id from articles where title = ?", [title]).fetchone()
    if row is None:
        raise LookupError(f"no article titled {title!r} in {path}")
    return row[0]


def image_sha(path: Path, mime: str, *, min_size: int = 0) -> str:
    with sqlite3.connect(path) as conn:
        row = conn.execute(
            "select sha256 from images where mime = ? and size >= ? order by size desc limit 1", [mime, min_size]
        ).fetchone()
    if row is None:
        raise LookupError(f"no {mime} image of at least {min_size} bytes in {path}")
    return row[0]


def build_browse_archive(path: Path, beacon_url: str) -> BrowseArchive:
    """Write the browsing tests' archive at `path` (the one place to swap in a real crawl)."""
    write_sample_archive(path, beacon_url)
    return BrowseArchive(
        path=path,
        vinh_te_id=find_article_id(path, VINH_TE_TITLE),
        xss_id=find_article_id(path, XSS_TITLE),
        large_image_sha=image_sha(path, "image/png", min_size=100 * 1024 + 1),
        webp_image_sha=image_sha(path, "image/webp"),
        svg_image_sha=image_sha(path, "image/svg+xml"),
        image_count=3,
    )


# -- the sample archive -------------------------------------------------------------------------

def write_sample_archive(path: Path, beacon_url: str) -> None:
    archive = Archive.open(path)
    try:
        run = archive.start_run(f"{VINH_TE}/", "live", "full")
        archive.upsert_site(VINH_TE_HOST, f"{VINH_TE}/", "Cổng thông tin điện tử xã Vĩnh Tế")
        archive.upsert_site(VINH_TRACH_HOST, f"{VINH_TRACH}/", "Cổng thông tin điện tử xã Vĩnh Trạch")
        for site, article, media in sample_articles(beacon_url):
            store(archive, site, article, media)
        for site, article, media in changed_versions():
            store(archive, site, article, media)
        archive.finish_run(run, "finished", {"pages": 9, "new": 7, "changed": 1, "unchanged": 0, "gone": 0,
                                             "images": 5, "errors": 0}, {"downloader/request_count": 12}, [])
    finally:
        archive.close()


@dataclass
class StoredMedia:
    """A validated file, as the media pipeline hands it to the archive."""

    url: str
    sha256: str
    content: bytes
    mime: str
    size: int
    width: int | None = None
    height: int | None = None
    filename: str | None = None


def store(archive: Archive, site: str, article: Article, media: list[StoredMedia]) -> str:
    """The media pipeline's and the archive pipeline's writes for one article."""
    for stored in media:
        kind = "image" if stored.mime.startswith("image/") else "attachment"
        archive.store_file(kind, sha256=stored.sha256, content=stored.content, mime=stored.mime, url=stored.url,
                           width=stored.width, height=stored.height, filename=stored.filename)
    return archive.store_article(
        article, site=site, source="live", fetched_url=article.url, captured=None,
        files={stored.url: StoredFile(stored.sha256, "downloaded") for stored in media},
    )


def sample_articles(beacon_url: str):
    """(site host, Article, media) for every article of the sample archive."""
    featured = stored_image(f"{VINH_TE}/sites/default/files/hoi-nghi.jpg", photo((800, 533), seed=1), "JPEG")
    large_png = stored_image(f"{VINH_TE}/sites/default/files/toan-canh.png", noise((360, 260), seed=2), "PNG")
    webp = stored_image(f"{VINH_TE}/sites/default/files/dai-bieu.webp", photo((480, 320), seed=3), "WEBP")
    report = StoredMedia(url=f"{VINH_TE}/sites/default/files/bao-cao-so-ket.pdf", sha256=sha(MINIMAL_PDF),
                         content=MINIMAL_PDF, mime="application/pdf", size=len(MINIMAL_PDF),
                         filename="bao-cao-so-ket.pdf")
    xss_image = stored_image(f"{VINH_TE}/sites/default/files/lich-truc.png", photo((300, 200), seed=4), "PNG")
    svg = stored_svg(f"{VINH_TE}/sites/default/files/bieu-do.svg", hostile_svg(beacon_url))
    return [
        (VINH_TE_HOST, article(
            f"{VINH_TE}/tin-tuc/dang-uy-xa-vinh-te-so-ket-6-thang", VINH_TE_TITLE, [
                ("Sáng ngày 05/7/2024, Đảng ủy xã Vĩnh Tế tổ chức Hội nghị sơ kết công tác xây dựng Đảng "
                 "6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2024."),
                ("Đồng chí Bí thư Đảng ủy xã Vĩnh Tế chủ trì hội nghị; dự có các đồng chí trong Ban "
                 "Thường vụ Đảng ủy, lãnh đạo Ủy ban nhân dân xã và các chi bộ trực thuộc."),
                "Hội nghị đánh giá Đảng bộ xã Vĩnh Tế đã lãnh đạo hoàn thành tốt các chỉ tiêu đề ra.",
            ],
            published="2024-07-05T08:30:00+07:00", category="Tin hoạt động", author="Thanh Tâm",
            images=[ImageRef(featured.url, alt="Quang cảnh hội nghị", caption="Quang cảnh hội nghị sơ kết", position=0),
                    ImageRef(large_png.url, alt="Toàn cảnh hội trường", caption="Toàn cảnh hội trường", position=1),
                    ImageRef(webp.url, alt="Đại biểu dự hội nghị", caption="Đại biểu phát biểu", position=2)],
            attachments=[Attachment(report.url, "Báo cáo sơ kết 6 tháng đầu năm 2024")],
            node_id=101,
        ), [featured, large_png, webp, report]),
        (VINH_TE_HOST, article(
            f"{VINH_TE}/tin-tuc/hoi-nong-dan-ra-quan-lam-duong", NEWER_MENTION_TITLE, [
                "Hội Nông dân xã phối hợp các ấp ra quân làm đường giao thông nông thôn.",
                "Thực hiện chủ trương của Đảng ủy, nhân dân xã Vĩnh Tế đã đóng góp ngày công và vật liệu.",
            ],
            published="2024-09-10T07:00:00+07:00", category="Tin hoạt động", author="Minh Khoa", node_id=102,
        ), []),
        (VINH_TRACH_HOST, article(
            f"{VINH_TRACH}/tin-tuc/chuyen-doi-so", VINH_TRACH_TITLE, [
                "Đảng ủy xã Vĩnh Trạch triển khai nghị quyết chuyên đề về chuyển đổi số năm 2023.",
                "Các chi bộ ấp xây dựng kế hoạch thực hiện đến cuối năm.",
            ],
            published="2023-11-20", category="Tin tổng hợp", author="Văn phòng Đảng ủy", node_id=7,
        ), []),
        (VINH_TE_HOST, article(
            f"{VINH_TE}/gioi-thieu", PAGE_TITLE, ["Xã Vĩnh Tế thuộc thành phố Châu Đốc, tỉnh An Giang."],
            published=None, category=None, author=None, kind="page", node_id=2,
        ), []),
        (VINH_TE_HOST, article(
            f"{VINH_TE}/tin-tuc/ket-qua-thu-ngan-sach", IMAGE_FREE_TITLE,
            ["Tổng thu ngân sách trên địa bàn xã 9 tháng đạt 82% dự toán."],
            published="2023-10-02T15:00:00+07:00", category="Tin tổng hợp", author=None, node_id=103,
        ), []),
        (VINH_TE_HOST, xss_article(beacon_url, xss_image, svg), [xss_image, svg]),
    ]


def changed_versions():
    """An article stored, then edited on the portal and stored again: one row plus a revision."""
    url = f"{VINH_TE}/thong-bao/lich-tiep-cong-dan-thang-10"
    first = article(url, CHANGED_TITLE, ["Chủ tịch UBND xã tiếp công dân vào thứ Năm hằng tuần."],
                    published="2024-10-01T09:00:00+07:00", category="Thông báo", author=None, node_id=104)
    edited = article(url, CHANGED_TITLE, ["Chủ tịch UBND xã tiếp công dân vào thứ Năm và thứ Sáu hằng tuần."],
                     published="2024-10-01T09:00:00+07:00", category="Thông báo", author=None, node_id=104)
    return [(VINH_TE_HOST, first, []), (VINH_TE_HOST, edited, [])]


def xss_article(beacon_url: str, image: StoredMedia, svg: StoredMedia) -> Article:
    """Payloads everywhere a reader's page shows archive text. The body is stored as a tampered
    archive would hold it — NOT sanitized — so the page's own sanitization is what is tested."""
    hostile_body = (
        f"<p>Nội dung có mã độc {html.escape(PAYLOAD)} hiển thị như chữ.</p>"
        f"<p>{PAYLOAD}<script src=\"{beacon_url}\"></script></p>"
        "<p><img src=x onerror=alert(1)>ảnh hỏng</p>"
        "<p><a href=\"javascript:alert(1)\">bấm vào đây</a></p>"
        f"<p><img src=\"{beacon_url}\" alt=\"beacon\"></p>"
        f"<p><img src=\"{image.url}\" alt=\"{html.escape(PAYLOAD)}\" onerror=\"alert(1)\"></p>"
        f"<p><img src=\"{svg.url}\" alt=\"biểu đồ\"></p>"
        "<iframe src=\"javascript:alert(1)\"></iframe><svg><script>alert(1)</script></svg>"
        "<p onclick=\"alert(1)\" style=\"background:url(javascript:alert(1))\">đoạn cuối</p>"
    )
    return Article(
        url=f"{VINH_TE}/thong-bao/lich-truc", title=XSS_TITLE,
        body_text=f"Nội dung có mã độc {PAYLOAD} hiển thị như chữ.\n\nbấm vào đây\n\nđoạn cuối",
        body_html=hostile_body, published="2024-08-01T10:00:00+07:00", category="Thông báo",
        author=f"Tác giả {PAYLOAD}", summary=f"Tóm tắt {PAYLOAD}", node_id=105,
        images=[ImageRef(image.url, alt=PAYLOAD, caption=f"Chú thích {PAYLOAD}", position=1),
                ImageRef(svg.url, alt="biểu đồ", position=2)],
    )


def article(url: str, title: str, paragraphs: list[str], *, published: str | None, category: str | None,
            author: str | None, images: list[ImageRef] = (), attachments: list[Attachment] = (),
            kind: str = "article", node_id: int | None = None) -> Article:
    """An Article as extract_article returns it: body images after the first paragraph, safe HTML."""
    body_images = [image for image in images if image.position > 0]
    parts = [f"<p>{html.escape(paragraphs[0])}</p>"]
    parts += [f'<figure><img src="{html.escape(image.url)}" alt="{html.escape(image.alt)}">'
              f"<figcaption>{html.escape(image.caption)}</figcaption></figure>" for image in body_images]
    parts += [f"<p>{html.escape(paragraph)}</p>" for paragraph in paragraphs[1:]]
    parts += [f'<p><a href="{html.escape(a.url)}">{html.escape(a.title)}</a></p>' for a in attachments]
    return Article(
        url=url, title=title, body_text="\n\n".join(paragraphs), body_html=sanitize_html("".join(parts)),
        kind=kind, node_id=node_id, published=published, author=author, category=category,
        images=list(images), attachments=list(attachments), profile="test",
    )


# -- media ------------------------------------------------------------------------------------------

def sha(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def stored_image(url: str, image: Image.Image, fmt: str) -> StoredMedia:
    output = io.BytesIO()
    image.save(output, fmt, **({"quality": 85} if fmt in ("JPEG", "WEBP") else {}))
    content = output.getvalue()
    mime = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}[fmt]
    return StoredMedia(url=url, sha256=sha(content), content=content, mime=mime, size=len(content),
                       width=image.width, height=image.height)


def stored_svg(url: str, content: bytes) -> StoredMedia:
    return StoredMedia(url=url, sha256=sha(content), content=content, mime="image/svg+xml", size=len(content),
                       width=120, height=80)


def hostile_svg(beacon_url: str) -> bytes:
    """An SVG that alerts and calls the beacon if its script ever runs or its image loads."""
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'width="120" height="80" onload="alert(1)">'
        f'<script>alert(1); fetch("{beacon_url}?svg-script");</script>'
        f'<image href="{beacon_url}?svg-image" width="10" height="10"/>'
        '<rect x="10" y="10" width="100" height="60" fill="#2a7"/></svg>'
    ).encode()


def photo(size: tuple[int, int], seed: int) -> Image.Image:
    """A smooth picture (compresses like a photo), different for each seed."""
    red = Image.linear_gradient("L").rotate(seed * 37).resize(size)
    green = Image.radial_gradient("L").resize(size)
    blue = Image.linear_gradient("L").transpose(Image.Transpose.ROTATE_90).resize(size).point(lambda v: (v + seed * 50) % 256)
    return Image.merge("RGB", (red, green, blue))


def noise(size: tuple[int, int], seed: int) -> Image.Image:
    """Random pixels: a PNG that stays large (well over 100 KB)."""
    rng = random.Random(seed)
    return Image.frombytes("RGB", size, rng.randbytes(size[0] * size[1] * 3))


MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


# -- the beacon -------------------------------------------------------------------------------------

class Beacon:
    """An HTTP server on 127.0.0.1 that counts every request it gets (it must get none)."""

    PATH = "/payload-beacon"

    def __init__(self) -> None:
        self.requests: list[str] = []
        beacon = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                beacon.requests.append(self.path)
                self.send_response(204)
                self.end_headers()

            do_POST = do_HEAD = do_GET

            def log_message(self, *args):
                pass

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}{self.PATH}"

    @property
    def count(self) -> int:
        return len(self.requests)

    def __enter__(self) -> Self:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
