"""HTML → article, free of Scrapy so it can be tested and benchmarked alone (docs/conventions.md §3)."""

from .article import detect_profile, extract_article, extract_document, parse_document, site_title
from .body import Attachment, ImageRef
from .dates import parse_date
from .model import Article
from .sitelearn import SiteModel, SiteModelLearner, page_blocks

__all__ = [
    "Article", "Attachment", "ImageRef", "SiteModel", "SiteModelLearner", "detect_profile", "extract_article",
    "extract_document",
    "page_blocks", "parse_date", "parse_document", "site_title",
]
