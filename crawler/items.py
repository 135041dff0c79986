"""The items that flow one way: spider → clean → media → archive.

- The spider yields a `PageItem` for every page it fetched (an article, a listing, a page that
  went away, a 304 for a page it re-checked).
- The clean pipeline sets `article` (crawler.extract.Article, or None for a page that is no
  article, with `skipped` saying why) and `media`: the `MediaRef`s of its images and documents.
- The media pipeline sets `files`: the `StoredFile` of each media URL it has in the archive,
  and `media_failures` for those it could not get.
- The archive pipeline writes the page and its article in one transaction.

Feed exports (`-O items.jsonl`) carry everything but the page's HTML.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .extract import Article


def _omit(_value) -> None:
    return None


@dataclass
class MediaRef:
    """An image or document an article uses, as the media pipeline is to fetch it."""

    url: str                        # the original file's URL (what the archive records)
    kind: str                       # 'image' | 'attachment'
    fetch_url: str                  # where to fetch it: the URL itself, or its Wayback replay
    fallback_url: str | None = None  # the derivative the page showed, if the original is missing


@dataclass
class StoredFile:
    """A media file as the archive holds it (content-addressed by sha256)."""

    sha256: str
    status: str                     # 'downloaded' | 'uptodate' (archived by an earlier run)


@dataclass
class PageItem:
    # -- the spider ---------------------------------------------------------------------------
    url: str                        # the page's original URL (never a /web/ Wayback URL)
    site: str                       # sites.host
    status: int                     # 200; 304 for a re-check that found it unchanged; 404/410 gone
    role: str = "page"              # what discovery expected: 'home', 'listing', 'article', 'page'…
    source: str = "live"            # 'live' | 'wayback'
    html: str | None = field(default=None, metadata={"serializer": _omit})
    captured: str | None = None     # Wayback capture time, ISO 8601
    replay_prefix: str | None = None  # Wayback: the page's replay URL less the original URL
    etag: str | None = None
    last_modified: str | None = None
    teasers: list[tuple[str, str]] | None = None  # a listing's (article URL, teaser fingerprint)
    page_sha256: str | None = None  # of the page's bytes as served
    replaced_bytes: int = 0         # bad byte sequences the page was decoded with (discovery/decoding.py)
    requisites: list[str] = field(default_factory=list)  # images and stylesheets the page loads
    # The page as the spider's selector parsed it (an lxml tree of `html`), so it is parsed once;
    # the clean pipeline takes it (and modifies it).
    document: object | None = field(default=None, repr=False, compare=False, metadata={"serializer": _omit})
    # -- the clean pipeline -------------------------------------------------------------------
    article: Article | None = None
    site_name: str | None = None    # the portal's own title, read from its home page
    skipped: str | None = None      # why a fetched page is not an article
    media: list[MediaRef] = field(default_factory=list)
    # -- the media pipeline -------------------------------------------------------------------
    files: dict[str, StoredFile] = field(default_factory=dict)
    media_failures: list[tuple[str, str]] = field(default_factory=list)
