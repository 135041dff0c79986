"""Downloader middlewares: conditional requests, one request per page however it is spelled, and
honest retries."""

from __future__ import annotations

import asyncio
from email.utils import parsedate_to_datetime
from datetime import datetime, timezone

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest

from .extensions import session_of
from .spiders.portal import PortalSpider


class ConditionalRequestMiddleware:
    """Requests for archived articles carry If-None-Match / If-Modified-Since from the last
    answer, so an unchanged page costs the server a 304 instead of the whole page."""

    def __init__(self, state) -> None:
        self.state = state

    @classmethod
    def from_crawler(cls, crawler):
        return cls(session_of(crawler).state)

    def process_request(self, request):
        if request.meta.get("conditional", True) and not request.meta.get("media_kind"):
            for header, value in self.state.validators(request.url).items():
                request.headers.setdefault(header, value)
        return None


class KnownPage(IgnoreRequest):
    """A spelling of a page the crawl has already asked for under another URL."""


class UrlVariantMiddleware:
    """Requests queued before the site's URL-variant rules were learnt (crawler/discovery/variants.py)
    are checked again as they leave: a spelling of a page already asked for is not sent."""

    def __init__(self, crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request):
        spider = self.crawler.spider
        if isinstance(spider, PortalSpider) and not request.meta.get("media_kind") and spider.known_variant(request):
            raise KnownPage(f"{request.url} is a spelling of a page already requested")
        return None


class RetryAfterMiddleware(RetryMiddleware):
    """Scrapy's retries, but a 429/503 waits as long as the server's Retry-After asks (capped),
    and without one backs off exponentially — small servers and archive.org ask for it."""

    MAX_WAIT = 60.0
    BASE_WAIT = 1.0

    async def process_response(self, request, response):
        if response.status in (429, 503) and not request.meta.get("dont_retry", False):
            retries = request.meta.get("retry_times", 0)
            wait = self._retry_after(response) or self.BASE_WAIT * (2**retries)
            await asyncio.sleep(min(wait, self.MAX_WAIT))
        return super().process_response(request, response)

    @staticmethod
    def _retry_after(response) -> float | None:
        value = response.headers.get("Retry-After")
        if not value:
            return None
        value = value.decode("latin-1").strip()
        if value.isdigit():
            return float(value)
        try:
            moment = parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
        return max(0.0, (moment - datetime.now(timezone.utc)).total_seconds())
