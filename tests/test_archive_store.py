"""The archive's write rules, on a real SQLite file (crawler/archive/store.py):

- one transaction per article: an article is stored with its images and URLs, or not at all;
- the outcome matrix: new → unchanged (same content) → changed (a revision keeps the old version)
  → an older Wayback capture stored as history only ('revision') → gone (content kept) → back;
- one row per article however many URLs reach it; files stored once per content.
"""

from __future__ import annotations

import hashlib

import pytest

from crawler.archive import Archive
from crawler.extract import Article, Attachment, ImageRef
from crawler.items import StoredFile

SITE = "xa.example"
URL = "http://xa.example/bai-1"
IMAGE = "http://xa.example/files/anh.jpg"
PDF = "http://xa.example/files/quyet-dinh.pdf"
JPEG = b"\xff\xd8\xff\xe0 not really a jpeg"
PDF_BYTES = b"%PDF-1.4 minimal"


def sha(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def article(body: str = "Nội dung bài một.", *, url: str = URL, node_id: int | None = 7) -> Article:
    return Article(url=url, title="Bài một", body_text=body, body_html=f'<p>{body}</p><img src="{IMAGE}">',
                   node_id=node_id, images=[ImageRef(IMAGE, alt="Ảnh", position=1)],
                   attachments=[Attachment(PDF, "Quyết định")])


@pytest.fixture
def archive(tmp_path):
    archive = Archive.open(tmp_path / "archive.db")
    archive.upsert_site(SITE, "http://xa.example/")
    archive.store_file("image", sha256=sha(JPEG), content=JPEG, mime="image/jpeg", url=IMAGE, width=1, height=1)
    archive.store_file("attachment", sha256=sha(PDF_BYTES), content=PDF_BYTES, mime="application/pdf", url=PDF,
                       filename="quyet-dinh.pdf")
    yield archive
    archive.close()


FILES = {IMAGE: StoredFile(sha(JPEG), "downloaded"), PDF: StoredFile(sha(PDF_BYTES), "downloaded")}


def store(archive, item: Article, *, fetched_url: str = URL, captured: str | None = None, source: str = "live"):
    return archive.store_article(item, site=SITE, source=source, fetched_url=fetched_url, captured=captured,
                                 files=FILES)


def count(archive, table: str) -> int:
    return archive.db.execute(f"SELECT count(*) FROM [{table}]").fetchone()[0]


def row(archive) -> dict:
    return next(iter(archive.db.query("SELECT * FROM articles")))


def test_an_article_is_written_in_one_transaction(archive):
    statements = []
    archive.db.conn.set_trace_callback(statements.append)
    store(archive, article())
    archive.db.conn.set_trace_callback(None)
    assert [s for s in statements if s in ("BEGIN", "COMMIT")] == ["BEGIN", "COMMIT"]


def test_a_failure_half_way_leaves_no_half_article(archive, monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("killed between the article and its images")

    monkeypatch.setattr(Archive, "_link_media", fail)
    with pytest.raises(RuntimeError):
        store(archive, article())
    assert count(archive, "articles") == 0
    assert count(archive, "urls") == 0
    assert count(archive, "article_images") == 0


def test_new_unchanged_changed_revision_gone_and_back(archive):
    assert store(archive, article()) == "new"
    first = row(archive)
    assert first["status"] == "live" and first["body_html"].count("/-/archive-image/") == 1
    assert (count(archive, "article_images"), count(archive, "article_attachments")) == (1, 1)

    assert store(archive, article()) == "unchanged"
    assert count(archive, "revisions") == 0 and row(archive)["content_hash"] == first["content_hash"]

    assert store(archive, article("Nội dung đã sửa.")) == "changed"
    revisions = list(archive.db.query("SELECT * FROM revisions"))
    assert [r["body_text"] for r in revisions] == ["Nội dung bài một."]
    assert row(archive)["body_text"] == "Nội dung đã sửa."

    # The same edit again is no new revision; an older Wayback capture is history only.
    assert store(archive, article("Nội dung đã sửa.")) == "unchanged"
    assert count(archive, "revisions") == 1

    assert archive.mark_gone(URL, SITE, 404) is True
    gone = row(archive)
    assert gone["status"] == "gone" and gone["body_text"] == "Nội dung đã sửa."
    assert count(archive, "article_images") == 1, "gone keeps its images"
    assert archive.mark_gone(URL, SITE, 404) is False, "gone once"
    assert archive.db.execute("SELECT status, kind FROM urls WHERE url = ?", [URL]).fetchone() == (404, "article")

    assert store(archive, article("Nội dung đã sửa.")) == "unchanged"
    assert row(archive)["status"] == "live", "a page that comes back is live again"
    assert count(archive, "articles") == 1


def test_an_older_capture_becomes_a_revision_only(archive):
    assert store(archive, article("Bản mới."), captured="2024-06-01T00:00:00+07:00", source="wayback") == "new"
    assert store(archive, article("Bản cũ."), captured="2023-01-01T00:00:00+07:00", source="wayback") == "revision"
    assert row(archive)["body_text"] == "Bản mới."
    assert [r["body_text"] for r in archive.db.query("SELECT * FROM revisions")] == ["Bản cũ."]


def test_one_row_however_many_urls_reach_it(archive):
    store(archive, article())
    assert store(archive, article(), fetched_url="http://xa.example/node/7") == "unchanged"
    # The CMS's node id names the same article under a new alias.
    assert store(archive, article(url="http://xa.example/bai-mot-moi")) == "unchanged"
    assert count(archive, "articles") == 1
    assert count(archive, "urls") == 3   # bai-1, node/7, bai-mot-moi


def test_files_are_stored_once_per_content(archive):
    archive.store_file("image", sha256=sha(JPEG), content=JPEG, mime="image/jpeg", url="http://xa.example/khac.jpg")
    assert count(archive, "images") == 1
    assert archive.known_image(IMAGE) == sha(JPEG)
    assert archive.known_attachment(PDF) == sha(PDF_BYTES)
    assert archive.known_image("http://xa.example/chua-co.jpg") is None


def test_a_304_touches_the_article(archive):
    store(archive, article())
    assert archive.touch_article(URL) is True
    assert archive.touch_article("http://xa.example/khong-co") is False
    assert archive.db.execute("SELECT status FROM urls WHERE url = ?", [URL]).fetchone() == (304,)


def test_old_archives_lose_gone_as_a_kind(tmp_path):
    path = tmp_path / "old.db"
    archive = Archive.open(path)
    archive.db.execute("INSERT INTO urls (url, site, kind, status) VALUES ('http://xa.example/x', ?, 'gone', 404)",
                       [SITE])
    archive.db.execute("PRAGMA user_version = 1")
    archive.db.conn.commit()
    archive.close()
    archive = Archive.open(path)
    assert archive.db.execute("SELECT kind, status FROM urls").fetchone() == ("other", 404)
    archive.close()


def test_a_date_read_in_the_sites_order_replaces_an_assumed_one(archive):
    """An unchanged article keeps its metadata, except a date an earlier extraction had to assume
    (no site order known then): a later reading in the site's learnt order replaces it."""
    doubtful = article()
    doubtful.published, doubtful.doubts = "2023-01-05", ["date: day/month order assumed"]
    assert store(archive, doubtful) == "new"
    assert row(archive)["doubts"] == '["date: day/month order assumed"]'

    still_doubtful = article()
    still_doubtful.published, still_doubtful.doubts = "2023-05-01", ["date: day/month order assumed"]
    assert store(archive, still_doubtful) == "unchanged"
    assert row(archive)["published"] == "2023-01-05", "one assumption does not replace another"

    settled = article()
    settled.published = "2023-05-01"
    assert store(archive, settled) == "unchanged"
    assert (row(archive)["published"], row(archive)["doubts"]) == ("2023-05-01", None)
    assert count(archive, "revisions") == 0, "no revision: the portal did not edit the article"

    other = article()
    other.published = "2024-12-31"
    assert store(archive, other) == "unchanged"
    assert row(archive)["published"] == "2023-05-01", "a date read without doubt is kept"
