"""HTML → article, free of Scrapy so it can be tested and benchmarked alone (CONVENTIONS.md §3)."""

from .article import Article, extract_article, parse_document
from .body import Attachment, ImageRef
from .dates import parse_date
from .sitelearn import SiteBoilerplate

__all__ = ["Article", "Attachment", "ImageRef", "SiteBoilerplate", "extract_article", "parse_date", "parse_document"]
