"""Clean: every fetched HTML page → `item['article']` via crawler.extract (None for listings).

Keeps one site-level boilerplate model per portal, fed with the pages of layouts no profile knows,
so text repeated across a site is dropped even where no selector describes it.
"""

from __future__ import annotations

from ..extract import SiteBoilerplate, parse_document
from ..extract.article import extract_document, profile_for, site_title
from ..stats import cpu_timer


class CleanPipeline:
    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.models: dict[str, SiteBoilerplate] = {}

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item):
        if item.get("status") != 200 or not item.get("html"):
            return item
        with cpu_timer(self.stats, "clean"):
            doc = parse_document(item["html"])
            if doc is None:
                item["article"] = None
                self.stats.inc_value("clean/empty_pages")
                return item
            model = None
            if profile_for(doc, item["url"]) is None:
                model = self.models.setdefault(item["site"], SiteBoilerplate())
                model.learn(doc)
            if item.get("role") == "home":
                item["site_name"] = site_title(doc)
            article = extract_document(doc, item["url"], boilerplate=model)
        item["article"] = article.as_dict() if article else None
        self.stats.inc_value(f"clean/{article.kind if article else 'not_article'}")
        if article:
            self.stats.inc_value(f"clean/profile/{article.profile}")
        return item
