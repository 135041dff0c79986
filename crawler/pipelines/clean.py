"""Clean: every fetched HTML page → `item['article']` via crawler.extract (None for listings).

Keeps one site-level boilerplate model per portal, fed with the pages of layouts no profile knows,
so text repeated across a site is dropped even where no selector describes it.

The work runs in a worker process (crawler.workers, `WORKER_PROCESSES`) when there is one. All
pages of a site go to the same worker, in the order they arrive, and the site's model lives
there: the result is the one the crawl process would have computed. If the worker dies, the
crawl process takes over with a model of its own, learnt from the pages it cleans from then on.
"""

from __future__ import annotations

import time

from ..extract import SiteBoilerplate
from ..extract.article import extract_document, profile_for, site_title
from ..parsedpages import take_parsed
from ..workers import CLEANING, in_worker, worker_pool


def clean_page(html: str, url: str, is_home: bool, model_for) -> dict:
    """What the pipeline needs from one page: the article (a dict, or None), the portal's name
    read from its home page, whether the page was empty, whether its tree came from link reading
    (crawler.parsedpages) and the CPU it took (ms).
    `model_for()` returns the page's site model; it is only called for pages no profile knows."""
    started = time.thread_time()
    result = {"article": None, "site_name": None, "empty": False}
    doc, result["parsed_before"] = take_parsed(url, html)  # parsed already when its links were read
    if doc is None:
        result["empty"] = True
    else:
        model = None
        if profile_for(doc, url) is None:
            model = model_for()
            model.learn(doc)
        if is_home:
            result["site_name"] = site_title(doc)
        article = extract_document(doc, url, boilerplate=model)
        result["article"] = article.as_dict() if article else None
    result["cpu_ms"] = (time.thread_time() - started) * 1000.0
    return result


# The site models of the worker process this module is loaded in (see clean_in_worker).
_worker_models: dict[str, SiteBoilerplate] = {}


def clean_in_worker(html: str, url: str, site: str, is_home: bool) -> dict:
    """clean_page in a worker process, with the models of the sites routed to this worker."""
    return clean_page(html, url, is_home, lambda: _worker_models.setdefault(site, SiteBoilerplate()))


class CleanPipeline:
    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.stats = crawler.stats
        self.models: dict[str, SiteBoilerplate] = {}
        worker_pool(crawler)  # started with the pipelines, while Scrapy starts

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_item(self, item):
        if item.get("status") != 200 or not item.get("html"):
            return item
        result = await self._clean(item["html"], item["url"], item["site"], item.get("role") == "home")
        self.stats.inc_value("cpu/clean_ms", result["cpu_ms"])
        if not result["parsed_before"]:
            self.stats.inc_value("clean/parsed_again")  # links not read first, or read elsewhere
        if result["empty"]:
            item["article"] = None
            self.stats.inc_value("clean/empty_pages")
            return item
        if item.get("role") == "home":
            item["site_name"] = result["site_name"]
        article = item["article"] = result["article"]
        self.stats.inc_value(f"clean/{article['kind'] if article else 'not_article'}")
        if article:
            self.stats.inc_value(f"clean/profile/{article['profile']}")
        return item

    async def _clean(self, html: str, url: str, site: str, is_home: bool) -> dict:
        # Without a worker the site models are the crawl process's own (a dead worker's died with it).
        def here():
            return clean_page(html, url, is_home, lambda: self.models.setdefault(site, SiteBoilerplate()))

        return await in_worker(self.crawler, clean_in_worker, html, url, site, is_home, key=site, priority=CLEANING,
                               here=here)
