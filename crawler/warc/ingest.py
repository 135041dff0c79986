"""A WARC made by any tool (wget --warc-file, Browsertrix, Heritrix, our own export) into the
archive: its responses become captures, then a replay of them (crawler/replay.py) archives the
portal as if it had been crawled.

Bodies are kept decoded (chunking and Content-Encoding removed, those headers kept under
`X-Archive-Orig-…`): what a WARC writer stored as the transfer is not what a page is. A revisit
takes the body of the record it refers to. Importing the same WARC twice adds nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timezone
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator

from ..archive import Archive, now_iso
from ..archive.captures import Exchange
from ..discovery.urls import host_of
from ..extract.dates import to_local_iso

_DECODED = {"transfer-encoding", "content-encoding"}


@dataclass
class IngestSummary:
    responses: int = 0
    revisits: int = 0
    skipped: int = 0                      # already in the archive, or with nothing to keep
    records: int = 0                      # WARC records read, of any type
    hosts: dict[str, str] = field(default_factory=dict)   # host -> a start URL for its replay


def capture_time(warc_date: str) -> str:
    moment = datetime.fromisoformat(warc_date.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return to_local_iso(moment)


def _headers(http_headers) -> list[tuple[str, str]]:
    pairs = []
    for name, value in http_headers.headers:
        pairs.append((f"X-Archive-Orig-{name}", value) if name.lower() in _DECODED else (name, value))
    return pairs


def ingest(archive: Archive, stream, summary: IngestSummary | None = None) -> IngestSummary:
    summary = summary or IngestSummary()
    requests: dict[str, tuple[str, list[tuple[str, str]]]] = {}   # WARC record id -> (method, headers)
    bodies: dict[str, bytes] = {}                                 # WARC-Payload-Digest -> body
    by_record: dict[str, bytes] = {}                              # WARC-Record-ID -> body
    for record in ArchiveIterator(stream):
        if record.format != "warc":
            continue   # warcio reads any text line as an ARC header: not evidence of a web archive
        summary.records += 1
        headers = record.rec_headers
        if record.rec_type == "request" and record.http_headers is not None:
            method = record.http_headers.protocol   # a request line's first word
            concurrent = headers.get_header("WARC-Concurrent-To")
            pair = (method, list(record.http_headers.headers))
            requests[headers.get_header("WARC-Record-ID")] = pair
            if concurrent:
                requests[concurrent] = pair
            continue
        if record.rec_type not in ("response", "revisit") or record.http_headers is None:
            continue
        url = headers.get_header("WARC-Target-URI")
        if not url or urlsplit(url).scheme not in ("http", "https"):
            summary.skipped += 1
            continue
        body = record.content_stream().read()
        digest = headers.get_header("WARC-Payload-Digest")
        if record.rec_type == "revisit":
            body = by_record.get(headers.get_header("WARC-Refers-To") or "") or bodies.get(digest or "")
            if body is None:
                summary.skipped += 1   # refers to a record this file does not hold
                continue
        record_id = headers.get_header("WARC-Record-ID")
        by_record[record_id] = body
        if digest:
            bodies.setdefault(digest, body)
        method, request_headers = requests.get(record_id) or requests.get(
            headers.get_header("WARC-Concurrent-To") or "", ("GET", []))
        captured = capture_time(headers.get_header("WARC-Date"))
        _note_host(summary, url, record.http_headers)
        if _already_kept(archive, url, captured):
            summary.skipped += 1
            continue
        status = int(record.http_headers.get_statuscode() or 0)
        archive.captures.record(Exchange(
            url=url, fetched_url=url, site=host_of(url), status=status, headers=_headers(record.http_headers),
            body=body, fetched=now_iso(), captured=captured, method=method,
            request_headers=tuple(request_headers)))
        if record.rec_type == "revisit":
            summary.revisits += 1
        else:
            summary.responses += 1
    return summary


def _already_kept(archive: Archive, url: str, captured: str) -> bool:
    return archive.db.execute("SELECT 1 FROM captures WHERE fetched_url = ? AND captured = ? LIMIT 1",
                              [url, captured]).fetchone() is not None


def _note_host(summary: IngestSummary, url: str, http_headers) -> None:
    """The replay of a host starts at its home page, else at the shortest page URL it holds."""
    if "html" not in (http_headers.get_header("Content-Type") or "").lower():
        return
    host = host_of(url)
    parts = urlsplit(url)
    home = f"{parts.scheme}://{parts.netloc}/"
    current = summary.hosts.get(host)
    if url == home or current is None or (current != home and len(url) < len(current)):
        summary.hosts[host] = url
