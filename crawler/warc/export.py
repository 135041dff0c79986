"""The archive's captures as a WARC/1.1 file (warcio), and as a WACZ (the `wacz` package).

Per capture: a `request` record, then a `response` record with the body as served (or a `revisit`
record for a 304 or an unchanged answer, `WARC-Refers-To` naming the response that holds the
body), then, for a Wayback recovery, a `metadata` record keeping the replay URL it came from. The
target URI is the page's own URL and the date its capture time. Payload digests are sha256.
"""

from __future__ import annotations

import base64
import contextlib
import io
import json
import tempfile
from dataclasses import dataclass
from datetime import datetime, timezone
from http import HTTPStatus
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from ..archive import Archive
from ..archive.captures import Capture

SOFTWARE = "commune-archive (crawler.warc)"
_PROFILES = {  # why a revisit carries no body of its own
    304: "http://netpreserve.org/warc/1.1/revisit/server-not-modified",
    200: "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest",
}
# The body is stored without the chunking it came in; a replay must not look for chunks.
_HOP_HEADERS = {"transfer-encoding"}


@dataclass
class ExportSummary:
    responses: int = 0
    revisits: int = 0
    pages: int = 0


def warc_date(iso: str) -> str:
    return datetime.fromisoformat(iso).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def payload_digest(sha256_hex: str) -> str:
    return "sha256:" + base64.b32encode(bytes.fromhex(sha256_hex)).decode("ascii")


def _http_headers(capture: Capture, body_length: int | None) -> StatusAndHeaders:
    try:
        reason = HTTPStatus(capture.status).phrase
    except ValueError:
        reason = ""
    headers = [(name, value) for name, value in capture.headers if name.lower() not in _HOP_HEADERS]
    if body_length is not None and any(name.lower() == "transfer-encoding" for name, _ in capture.headers):
        headers = [(n, v) for n, v in headers if n.lower() != "content-length"] + [("Content-Length", str(body_length))]
    return StatusAndHeaders(f"{capture.status} {reason}".strip(), headers, protocol="HTTP/1.1")


def _request_record(writer: WARCWriter, capture: Capture, date: str, concurrent_to: str):
    parts = urlsplit(capture.fetched_url)
    path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    headers = list(capture.request_headers)
    if not any(name.lower() == "host" for name, _ in headers):
        headers.insert(0, ("Host", parts.netloc))
    http = StatusAndHeaders(f"{capture.method} {path} HTTP/1.1", headers, is_http_request=True)
    return writer.create_warc_record(capture.url, "request", http_headers=http, warc_headers_dict={
        "WARC-Date": date, "WARC-Concurrent-To": concurrent_to})


def write_warc(archive: Archive, out, *, site: str | None = None, filename: str = "") -> ExportSummary:
    writer = WARCWriter(out, gzip=filename.endswith(".gz"), warc_version="WARC/1.1")
    writer.write_record(writer.create_warcinfo_record(filename, {
        "software": SOFTWARE, "format": "WARC File Format 1.1", "isPartOf": Path(archive.path).name,
    }))
    written: dict[int, tuple[str, str, str]] = {}   # capture id -> (record id, target URI, WARC date)
    summary = ExportSummary()
    for capture in archive.captures.iter(site):
        date = warc_date(capture.captured)
        original = written.get(capture.refers_to) if capture.refers_to else None
        if capture.record == "revisit" and original is not None:
            record = writer.create_revisit_record(
                capture.url, payload_digest(capture.payload_sha256), original[1], original[2],
                http_headers=_http_headers(capture, None),
                warc_headers_dict={"WARC-Date": date, "WARC-Refers-To": original[0]})
            record.rec_headers.replace_header("WARC-Profile", _PROFILES.get(capture.status, _PROFILES[200]))
            summary.revisits += 1
        else:
            body = archive.captures.payload(capture.payload_sha256)
            if body is None:
                continue
            record = writer.create_warc_record(
                capture.url, "response", payload=BytesIO(body), length=len(body),
                http_headers=_http_headers(capture, len(body)),
                warc_headers_dict={"WARC-Date": date, "WARC-Payload-Digest": payload_digest(capture.payload_sha256)})
            summary.responses += 1
        record_id = record.rec_headers.get_header("WARC-Record-ID")
        written[capture.id] = (record_id, capture.url, date)
        writer.write_record(_request_record(writer, capture, date, record_id))
        writer.write_record(record)
        if capture.fetched_url != capture.url:
            note = f"via: {capture.fetched_url}\r\nfetchTimeStamp: {warc_date(capture.fetched)}\r\n".encode()
            writer.write_record(writer.create_warc_record(
                capture.url, "metadata", payload=BytesIO(note), length=len(note),
                warc_content_type="application/warc-fields",
                warc_headers_dict={"WARC-Date": date, "WARC-Concurrent-To": record_id}))
    return summary


def pages_list(archive: Archive, site: str | None = None) -> list[dict]:
    """The WACZ pages list: every article, at its capture time, with its title."""
    where, params = ("AND a.site = ?", [site]) if site else ("", [])
    rows = archive.db.execute(
        "SELECT a.url, a.title, (SELECT max(c.captured) FROM captures c WHERE c.url IN (a.url, a.fetched_url) "
        "AND c.status = 200) "
        f"FROM articles a WHERE 1 {where} ORDER BY a.id", params)
    return [{"url": url, "title": title, "ts": warc_date(captured)} for url, title, captured in rows if captured]


def export(archive_path: Path, out_path: Path, *, wacz_path: Path | None = None, site: str | None = None) -> ExportSummary:
    archive = Archive.open(archive_path, read_only=True)
    try:
        with open(out_path, "wb") as out:
            summary = write_warc(archive, out, site=site, filename=out_path.name)
        pages = pages_list(archive, site)
    finally:
        archive.close()
    summary.pages = len(pages)
    if wacz_path is not None:
        write_wacz(out_path, wacz_path, pages)
    return summary


def write_wacz(warc_path: Path, wacz_path: Path, pages: list[dict]) -> None:
    """Package the WARC as a WACZ (its CDXJ index, the pages list, datapackage.json)."""
    from wacz.main import main as wacz_main

    with tempfile.TemporaryDirectory() as scratch:
        pages_file = Path(scratch) / "pages.jsonl"
        lines = [{"format": "json-pages-1.0", "id": "pages", "title": "Articles"}, *pages]
        pages_file.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), encoding="utf-8")
        chatter = io.StringIO()
        with contextlib.redirect_stdout(chatter):
            status = wacz_main(["create", "-o", str(wacz_path), "-p", str(pages_file), "--hash-type", "sha256",
                                str(warc_path)])
        if status:
            last = (chatter.getvalue().strip().splitlines() or ["no output"])[-1]
            raise RuntimeError(f"wacz create failed: {last}")
