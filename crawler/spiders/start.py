"""What the spider is started with: the portals (`-a start_url=`, `-a sites=`) and flags, validated
into one clear line for the user when they are wrong; the failures that mean a portal cannot be
reached at all."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
)

from ..discovery.urls import canonical_url

UNREACHABLE = (CannotResolveHostError, DownloadConnectionRefusedError, DownloadTimeoutError, DownloadFailedError)
UNREACHABLE_REASONS = {
    "CannotResolveHostError": "DNS lookup failed",
    "DownloadConnectionRefusedError": "connection refused",
    "DownloadTimeoutError": "timed out",
    "DownloadFailedError": "connection failed: TLS or protocol error",
}


class StartError(ValueError):
    """A bad `-a` value. The message is the one line the user sees."""


def truthy(value) -> bool:
    return str(value).strip().lower() in ("1", "true", "yes", "on")


def parse_start_urls(start_url: str | None, sites: str | None, default: str) -> list[str]:
    """The portals to crawl, validated: `-a start_url=A,B` or `-a sites=FILE` (one URL a line)."""
    raw: list[str] = []
    if sites:
        path = Path(sites)
        if not path.is_file():
            raise StartError(f"-a sites={sites}: no such file")
        raw += [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        raw = [line for line in raw if line and not line.startswith("#")]
    if start_url:
        raw += [part.strip() for part in start_url.split(",") if part.strip()]
    if not raw:
        raw = [default]
    urls = []
    for value in raw:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname or " " in value:
            raise StartError(f"invalid start URL {value!r}: expected an http(s) URL such as https://vinhtrach.angiang.gov.vn/")
        urls.append(canonical_url(value if parts.path else value + "/"))
    return list(dict.fromkeys(urls))
