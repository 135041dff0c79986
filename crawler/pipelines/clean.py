"""Clean: every fetched HTML page → its article (crawler.extract), or the reason it has none.

Cleaning is a pure function of the page, its URL and its site's model of repeated blocks; the
model is the one the last full sweep of the site learnt, frozen for the whole run (crawler/state.py),
so the same page gives the same article whenever in the run it is cleaned. The blocks of each page
no profile knows are counted for the next run's model.

Every page that gives no article is counted with its reason (`clean/not_article/<reason>`); one
that looks like an article (it says so, or it has one body field with text) is `dropped`: a
warning, a line in the run's error log and `clean/dropped`.

The article's images and documents become `MediaRef`s for the media pipeline: the original file's
URL, and where to fetch it (its Wayback replay when the page came from the Wayback Machine).
"""

from __future__ import annotations

from ..extensions import session_of
import logging

from ..extract import Article, detect_profile, extract_document, page_blocks, parse_document, site_title
from ..extract.metadata import looks_like_article
from ..extract.profiles import PageNames
from ..items import MediaRef, PageItem
from ..stats import cpu_timer

logger = logging.getLogger(__name__)


def media_refs(article: Article, replay_prefix: str | None) -> list[MediaRef]:
    """The files an article uses, each once, images first."""
    refs: dict[str, MediaRef] = {}
    for image in article.images:
        fallback = image.page_url if image.page_url and image.page_url != image.url else None
        refs.setdefault(image.url, MediaRef(image.url, "image", image.url, fallback))
    for attachment in article.attachments:
        refs.setdefault(attachment.url, MediaRef(attachment.url, "attachment", attachment.url))
    if replay_prefix:
        # The Wayback Machine has the file's closest capture, not the derivative the page showed.
        for ref in refs.values():
            ref.fetch_url, ref.fallback_url = replay_prefix + ref.url, None
    return list(refs.values())


class CleanPipeline:
    def __init__(self, session, stats) -> None:
        self.session = session
        self.state = session.state
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(session_of(crawler), crawler.stats)

    def process_item(self, item: PageItem) -> PageItem:
        if item.status != 200 or not item.html:
            return item
        with cpu_timer(self.stats, "clean"):
            doc, item.document = parse_document(item.html, parsed=item.document), None
            if doc is None:
                item.skipped = "empty page"
            else:
                names = PageNames(doc)   # read once: detection and the profile's selectors use them
                profile = detect_profile(doc, item.url, names)
                if profile is None:  # the site model serves the generic path only
                    self.state.learn(item.site, page_blocks(doc))
                if item.role == "home":
                    item.site_name = site_title(doc)
                item.article = extract_document(doc, item.url, site_model=self.state.site_model(item.site),
                                                profile=profile, names=names)
                # No article, though no profile said why: does the page as served look like one?
                article_like = item.article is None and profile is None and item.role != "home" \
                    and looks_like_article(parse_document(item.html))
        if item.article is not None:
            item.media = media_refs(item.article, item.replay_prefix)
            self.stats.inc_value(f"clean/{item.article.kind}")
            self.stats.inc_value(f"clean/profile/{item.article.profile}")
            for disagreement in item.article.disagreements:
                self.stats.inc_value(f"clean/disagree/{disagreement}")
            for doubt in item.article.doubts:
                self.stats.inc_value(f"clean/doubt/{doubt}")
            if item.article.date_order:
                self.state.learn_date_order(item.site, item.article.date_order)
            return item
        if item.skipped is None and article_like:
            item.skipped = "dropped"
            self.stats.inc_value("clean/dropped")
            self.session.record_error("dropped", f"{item.url}: the page looks like an article but none was extracted",
                                      site=item.site)
        else:
            item.skipped = item.skipped or ("home page" if item.role == "home" else "listing" if item.teasers
                                            else "no article content")
            logger.debug("not an article (%s): %s", item.skipped, item.url)
        self.stats.inc_value(f"clean/not_article/{item.skipped}")
        return item
