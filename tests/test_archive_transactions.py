"""One transaction per article (docs/operations.md, crash safety): sqlite-utils commits each
statement it runs outside a transaction, so the archive opens one itself — an article is stored
with its images and URLs, or not at all."""

from __future__ import annotations

import pytest

from crawler.archive import Archive
from crawler.archive.store import StoredMedia

SITE = "xa.example"
IMAGE = "http://xa.example/files/anh.jpg"


def _article() -> dict:
    return {"url": "http://xa.example/bai-1", "kind": "article", "title": "Bài một", "body_text": "Nội dung.",
            "body_html": "<p>Nội dung.</p>", "word_count": 2, "content_hash": "h1",
            "images": [{"url": IMAGE, "position": 0}], "attachments": []}


def _media() -> dict:
    return {IMAGE: StoredMedia(url=IMAGE, sha256="ab" * 32, content=b"jpeg", mime="image/jpeg", size=4)}


@pytest.fixture
def archive(tmp_path):
    archive = Archive.open(tmp_path / "archive.db")
    archive.upsert_site(SITE, "http://xa.example/")
    yield archive
    archive.close()


def test_an_article_is_written_in_one_transaction(archive):
    statements = []
    archive.db.conn.set_trace_callback(statements.append)
    archive.store_article(_article(), site=SITE, source="live", fetched_url="http://xa.example/bai-1",
                          captured=None, media=_media())
    archive.db.conn.set_trace_callback(None)
    assert [s for s in statements if s in ("BEGIN", "COMMIT")] == ["BEGIN", "COMMIT"]


def test_a_failure_half_way_leaves_no_half_article(archive, monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("killed between the article and its images")

    monkeypatch.setattr(Archive, "_store_media", fail)
    with pytest.raises(RuntimeError):
        archive.store_article(_article(), site=SITE, source="live", fetched_url="http://xa.example/bai-1",
                              captured=None, media=_media())
    assert archive.db.execute("SELECT count(*) FROM articles").fetchone()[0] == 0
    assert archive.db.execute("SELECT count(*) FROM urls").fetchone()[0] == 0
