"""The one item that flows spider → clean → media → archive.

The spider fills the page fields; the clean pipeline adds `article` (the dict of
crawler.extract.Article, or None for a listing); the media pipeline adds the downloaded files;
the archive pipeline writes it all.
"""

import scrapy


def _media_summary(media: dict | None) -> dict | None:
    """Feed exports (-O items.jsonl) get the hashes and types, not the bytes."""
    if not media:
        return None
    return {url: {"sha256": m.sha256, "mime": m.mime, "size": m.size} for url, m in media.items()}


def _omit(_value) -> None:
    return None


class PageItem(scrapy.Item):
    # -- set by the spider ---------------------------------------------------------------------
    url = scrapy.Field()            # the original URL of the page (never a /web/ Wayback URL)
    site = scrapy.Field()           # sites.host
    status = scrapy.Field()         # HTTP status: 200, or 404/410 for a page that is gone
    html = scrapy.Field(serializer=_omit)  # decoded page text (absent for gone pages); not exported
    role = scrapy.Field()           # 'home', 'listing', 'page' (what discovery expected)
    source = scrapy.Field()         # 'live' | 'wayback'
    captured = scrapy.Field()       # Wayback capture time, ISO 8601
    etag = scrapy.Field()
    last_modified = scrapy.Field()
    # -- set by the clean pipeline -------------------------------------------------------------
    article = scrapy.Field()        # dict (crawler.extract.Article.as_dict()) or None
    site_name = scrapy.Field()      # the portal's own title, read from its home page
    # -- set by the media pipeline -------------------------------------------------------------
    media = scrapy.Field(serializer=_media_summary)  # {url: StoredMedia} for images and attachments
    media_failures = scrapy.Field() # [(url, reason)]
