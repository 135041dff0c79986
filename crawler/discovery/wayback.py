"""Recovering a vanished portal from Wayback Machine captures (`-a source=wayback`).

Discovery goes through the CDX API (`/cdx/search/cdx?url=<host>/*&output=json`, status-200
captures only, one per run of identical content (`collapse=digest`), followed through
`showResumeKey`/`resumeKey` pages to the end). Per original URL the latest content in the
`-a from=/until=` range is replayed (from its first capture with those bytes) — or every capture with distinct content
with `-a all_captures=1`, older ones becoming revisions. Replays use `id_` URLs
(`/web/<timestamp>id_/<original>`): the raw bytes as the portal served them, never the decorated
replay with its toolbar and rewritten links. Items carry the ORIGINAL URL and the capture time, so
the same pipelines archive them as if crawled live, with `source='wayback'`. Each item carries its
replay prefix (`/web/<timestamp>id_/`): the media pipeline asks for the article's images and
documents at the page's own capture time, and the Wayback Machine answers with the closest capture
of each file (a redirect), or 404 when it has none, which is counted as missing.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import quote, urlencode, urlsplit

import scrapy

from ..extract.dates import to_local_iso
from .urls import canonical_url, host_of

_TIMESTAMP = re.compile(r"^\d{4,14}$")
_EARLIEST = "00000101000000"   # a timestamp's missing digits: the first month, day, hour…
_REPLAY = re.compile(r"^(\d{4,14})(?:[a-z]{2}_)?/(https?:/.+)$")
CDX_FIELDS = ("original", "timestamp", "statuscode", "mimetype", "digest")
CDX_PAGE_SIZE = 5000


def validate_period(start: str | None, until: str | None) -> tuple[str | None, str | None]:
    """`-a from=` / `-a until=`: real dates (YYYYMMDD, or a longer Wayback timestamp), from ≤ until."""
    moments = {}
    for name, value in (("from", start), ("until", until)):
        if value is None:
            continue
        digits = str(value).strip()
        if not _TIMESTAMP.match(digits):
            raise ValueError(f"-a {name}={value}: expected a date as YYYYMMDD (or a longer Wayback timestamp)")
        try:
            moments[name] = datetime.strptime(digits + _EARLIEST[len(digits):], "%Y%m%d%H%M%S")
        except ValueError:
            raise ValueError(f"-a {name}={value}: not a real date (YYYYMMDD)") from None
    if len(moments) == 2 and moments["from"] > moments["until"]:
        raise ValueError(f"-a from={start} is after -a until={until}")
    return (start.strip() if start else None, until.strip() if until else None)


def capture_time(timestamp: str) -> str:
    """A 14-digit Wayback timestamp (UTC) as ISO 8601 in +07:00."""
    moment = datetime.strptime(timestamp[:14].ljust(14, "0"), "%Y%m%d%H%M%S").replace(tzinfo=timezone.utc)
    return to_local_iso(moment)


def wayback_timestamp(captured: str) -> str:
    """The inverse of capture_time: ISO 8601 back to a 14-digit Wayback timestamp (UTC)."""
    return datetime.fromisoformat(captured).astimezone(timezone.utc).strftime("%Y%m%d%H%M%S")


def replay_url(base: str, timestamp: str, original: str) -> str:
    """The raw-bytes replay of a capture: `/web/<ts>id_/<original>`."""
    return f"{base.rstrip('/')}/web/{timestamp}id_/{original}"


def replayed(url: str, base: str) -> tuple[str, str] | None:
    """(original URL, 14-digit timestamp) of a replay URL under `base`; None for any other URL
    (the CDX index, a page of the portal itself)."""
    prefix = f"{base.rstrip('/')}/web/"
    if not url.startswith(prefix):
        return None
    match = _REPLAY.match(url[len(prefix):])
    if match is None:
        return None
    return match.group(2), match.group(1)[:14].ljust(14, "0")


@dataclass
class CaptureIndex:
    """What the CDX API said about one site: chosen captures per original URL."""

    pages: dict[str, list[str]] = field(default_factory=dict)   # html URL -> timestamps to replay
    media: int = 0                                               # image/file captures listed
    rows: int = 0


def cdx_request(spider, site: str, info: dict, resume_key: str | None = None) -> scrapy.Request:
    base = spider.crawler.settings.get("WAYBACK_BASE_URL", "https://web.archive.org").rstrip("/")
    netloc = urlsplit(info["start_url"]).netloc
    params = {
        "url": f"{netloc}/*",
        "output": "json",
        "fl": ",".join(CDX_FIELDS),
        "filter": "statuscode:200",
        # Rows come sorted by URL, then time: collapsing equal adjacent digests keeps one capture
        # per run of identical content (a home page captured daily for years is a few rows, not
        # thousands), and every distinct version still appears for all_captures.
        "collapse": "digest",
        "showResumeKey": "true",
        "limit": str(CDX_PAGE_SIZE),
    }
    start, until = spider.period
    # A later recovery of the same portal asks only for what was captured since the last one.
    start = start or info.get("since")
    if start:
        params["from"] = start
    if until:
        params["to"] = until
    if resume_key:
        params["resumeKey"] = resume_key
    return scrapy.Request(
        f"{base}/cdx/search/cdx?{urlencode(params)}",
        callback=spider.parse_cdx,
        cb_kwargs={"site": site},
        errback=spider.start_failed if resume_key is None else spider.page_failed,
        meta={"site": site, "role": "cdx", "dont_obey_robotstxt": True},
        dont_filter=True,
        priority=100,
    )


def discovery_requests(spider, site: str, info: dict, replayed: dict[str, str] | None = None):
    """The CDX requests of a site. `replayed` (URL → capture time already archived) makes this a
    later recovery: only newer captures are asked for, and none already archived is replayed."""
    info["captures"] = CaptureIndex()
    info["replayed"] = replayed or {}
    if replayed:
        info["since"] = wayback_timestamp(max(replayed.values()))
    yield cdx_request(spider, site, info)


def parse_cdx(response, spider, site: str):
    info = spider.sites[site]
    index: CaptureIndex = info["captures"]
    try:
        rows = json.loads(response.text or "[]")
    except ValueError:
        spider.logger.error("the Wayback CDX API answered something that is not JSON: %s", response.url)
        spider.crawler.stats.inc_value("wayback/cdx_errors")
        return
    header, resume_key = None, None
    for position, row in enumerate(rows):
        if position == 0 and row and row[0] == "original":
            header = row
            continue
        if not row:  # an empty row separates the resume key
            if position + 1 < len(rows) and rows[position + 1]:
                resume_key = rows[position + 1][0]
            break
        _add_capture(index, dict(zip(header or CDX_FIELDS, row)), site, spider.all_captures)
    spider.crawler.stats.set_value("wayback/cdx_rows", index.rows)
    if resume_key and len(rows) > 2:
        yield cdx_request(spider, site, info, resume_key)
        return
    yield from _replay_requests(spider, site, info)


def _add_capture(index: CaptureIndex, row: dict, site: str, all_captures: bool) -> None:
    original, timestamp = row.get("original"), row.get("timestamp")
    if not original or not timestamp:
        return
    if "://" not in original:
        original = "http://" + original
    url = canonical_url(original)
    if host_of(url) != site:
        return
    index.rows += 1
    mime = (row.get("mimetype") or "").lower()
    if mime.startswith("text/html") or mime in ("application/xhtml+xml", "warc/revisit", "unk", ""):
        captures = index.pages.setdefault(url, [])
        if all_captures:
            digest = row.get("digest")
            if not any(existing[1] == digest for existing in captures):
                captures.append((timestamp, digest))
        elif not captures or timestamp > captures[0][0]:
            captures[:] = [(timestamp, row.get("digest"))]
    else:
        index.media += 1


def _replay_requests(spider, site: str, info: dict):
    index: CaptureIndex = info["captures"]
    base = spider.crawler.settings.get("WAYBACK_BASE_URL", "https://web.archive.org").rstrip("/")
    spider.crawler.stats.set_value("wayback/pages", len(index.pages))
    spider.crawler.stats.set_value("wayback/media", index.media)
    for url, captures in index.pages.items():
        # Oldest first, so that with all_captures the newest ends up as the article row.
        for timestamp, _digest in sorted(captures):
            if info["replayed"].get(url, "") >= capture_time(timestamp):
                spider.crawler.stats.inc_value("wayback/already_archived")
                continue
            yield _replay_request(spider, site, url, replay_url(base, timestamp, quote(url, safe=":/?&=%#;,+@!$'()*[]~")),
                                  capture_time(timestamp), replay_url(base, timestamp, ""))


def archived_replay_requests(spider, site: str, pages: list[tuple[str, str, str]]):
    """The replays a recovery made, asked again (a re-extraction of the archive's captures):
    `pages` are (original URL, replay URL, capture time), oldest first as a recovery asks."""
    for url, fetched_url, captured in sorted(pages, key=lambda page: page[2]):
        replay = replayed(fetched_url, fetched_url[: fetched_url.find("/web/")])
        if replay is not None:
            prefix = fetched_url[: len(fetched_url) - len(replay[0])]
            yield _replay_request(spider, site, url, fetched_url, captured, prefix)


def _replay_request(spider, site: str, url: str, fetched_url: str, captured: str, prefix: str) -> scrapy.Request:
    return scrapy.Request(
        fetched_url,
        callback=spider.parse_page,
        errback=spider.page_failed,
        meta={"site": site, "role": "capture", "original_url": url, "captured": captured,
              "replay_prefix": prefix, "dont_obey_robotstxt": True},
        dont_filter=True,
    )
