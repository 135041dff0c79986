"""A deliberate change of the extractor, for the re-extraction tests: wired in place of the clean
pipeline with `-s ITEM_PIPELINES=…`, it gives every article another title and a closing note, and
takes a category's first listing page, which the real extractor passes over, as a page of its own.
Pure like the real one: the same page gives the same result."""

from __future__ import annotations

import dataclasses
import json
import re

from crawler.extract import Article
from crawler.pipelines.clean import CleanPipeline

NOTE = "Ghi chú của bản trích lại."
CATEGORY_PAGE = re.compile(r"/taxonomy/term/\d+$")
PIPELINES = json.dumps({
    "tests.revised_extractor.RevisedCleanPipeline": 100,
    "crawler.pipelines.media.MediaPipeline": 200,
    "crawler.pipelines.archive.ArchivePipeline": 300,
})


class RevisedCleanPipeline(CleanPipeline):
    def process_item(self, item):
        item = super().process_item(item)
        if item.article is not None:
            item.article = dataclasses.replace(item.article, title=f"{item.article.title} (trích lại)",
                                               body_text=f"{item.article.body_text}\n\n{NOTE}")
        elif item.status == 200 and item.html and CATEGORY_PAGE.search(item.url):
            heading = re.search(r"<title>(.*?)</title>", item.html, re.S)
            title = " ".join((heading.group(1) if heading else item.url).split())
            item.article = Article(url=item.url, title=title, body_text=f"{title}\n\n{NOTE}",
                                   body_html=f"<p>{NOTE}</p>", kind="page", profile="revised")
            item.skipped = None
        return item
