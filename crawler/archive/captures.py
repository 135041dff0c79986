"""Captures: every response the crawl received, kept as it was served — URL, method, status,
headers, fetch time and the body byte for byte (with its Content-Encoding, if any).

They are what WARC export (crawler/warc), re-extraction (crawler/reextract.py) and WARC import
replay. A body is kept once per content (sha256): compressed in `capture_payloads` when that pays,
or not at all when the same bytes are an archived image or document. A 304, or a 200 whose body is
the URL's previous capture's, is a revisit: a row that refers to the capture holding the body.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from dataclasses import dataclass

import sqlite_utils
from w3lib.url import canonicalize_url

# Bodies that are compressed already: zlib would spend CPU to win nothing.
_PACKED_TYPES = ("image/", "video/", "audio/", "font/", "application/pdf", "application/zip",
                 "application/gzip", "application/x-7z", "application/x-rar", "application/vnd.openxmlformats")


@dataclass(frozen=True)
class Exchange:
    """One response as the crawl received it, with the request that asked for it."""

    url: str                      # the page's own URL (the original one for a Wayback replay)
    fetched_url: str              # the URL asked for
    site: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    fetched: str                  # when it was received (ISO 8601)
    captured: str                 # when the content was captured: the Wayback timestamp, else `fetched`
    method: str = "GET"
    request_headers: tuple[tuple[str, str], ...] = ()
    run_id: int | None = None


@dataclass(frozen=True)
class Capture:
    id: int
    url: str
    fetched_url: str
    site: str
    method: str
    status: int
    headers: list[tuple[str, str]]
    request_headers: list[tuple[str, str]]
    fetched: str
    captured: str
    record: str                   # 'response' or 'revisit'
    payload_sha256: str
    size: int
    refers_to: int | None

    def header(self, name: str) -> str | None:
        name = name.lower()
        return next((value for key, value in self.headers if key.lower() == name), None)


def url_key(url: str) -> str:
    """One spelling per URL: WARC writers and crawlers escape paths and order queries differently."""
    return canonicalize_url(url, keep_fragments=False)


_COLUMNS = ("id, url, fetched_url, site, method, status, headers, request_headers, fetched, captured, record, "
            "payload_sha256, size, refers_to")


def _capture(row) -> Capture:
    values = list(row)
    values[6] = [tuple(pair) for pair in json.loads(values[6] or "[]")]
    values[7] = [tuple(pair) for pair in json.loads(values[7] or "[]")]
    return Capture(*values)


class Captures:
    def __init__(self, db: sqlite_utils.Database) -> None:
        self.db = db
        # Bodies of files on their way to `images`/`attachments` (record(defer_body=True)): written
        # here only if the media pipeline does not keep them (settle), so a photo is written once.
        self._unsettled: dict[str, tuple[bytes, list[tuple[str, str]]]] = {}

    # -- writing -------------------------------------------------------------------------------
    def record(self, exchange: Exchange, *, defer_body: bool = False) -> tuple[str, int, str]:
        """Keep one response (one transaction). Returns what was written: ('response' or 'revisit',
        the body's size, the body's sha256). `defer_body`: the body is an image or document the
        media pipeline is about to archive; `settle` decides."""
        sha256 = body_sha256 = hashlib.sha256(exchange.body).hexdigest()
        with self.db.atomic():
            original = self._last_response(exchange.fetched_url, exchange.method)
            record, refers_to, size = "response", None, len(exchange.body)
            if exchange.status == 304 and original is not None:
                record, refers_to, sha256, size = "revisit", original[0], original[1], original[2]
            elif exchange.status == 200 and original is not None and original[1] == sha256:
                record, refers_to = "revisit", original[0]
            elif defer_body and not self.has_payload(sha256):
                self._unsettled[sha256] = (exchange.body, exchange.headers)
            else:
                self._keep_payload(sha256, exchange.body, exchange.headers)
            row = {
                "url": exchange.url, "fetched_url": exchange.fetched_url, "site": exchange.site,
                "method": exchange.method, "status": exchange.status,
                "headers": json.dumps(exchange.headers, ensure_ascii=False),
                "request_headers": json.dumps(list(exchange.request_headers), ensure_ascii=False),
                "fetched": exchange.fetched, "captured": exchange.captured, "record": record,
                "payload_sha256": sha256, "size": size, "refers_to": refers_to, "run_id": exchange.run_id,
                "url_key": url_key(exchange.fetched_url),
            }
            columns = ", ".join(row)
            self.db.execute(f"INSERT INTO captures ({columns}) VALUES ({', '.join('?' * len(row))})", list(row.values()))
        return record, size, body_sha256

    def _last_response(self, fetched_url: str, method: str) -> tuple[int, str, int] | None:
        """The capture holding the body of the URL's latest 200 (a revisit's original)."""
        row = self.db.execute(
            "SELECT COALESCE(refers_to, id), payload_sha256, size FROM captures "
            "WHERE fetched_url = ? AND method = ? AND status = 200 ORDER BY id DESC LIMIT 1",
            [fetched_url, method],
        ).fetchone()
        return tuple(row) if row else None

    def _keep_payload(self, sha256: str, body: bytes, headers: list[tuple[str, str]]) -> None:
        if self.has_payload(sha256):
            return
        lowered = {key.lower(): value.lower() for key, value in headers}
        packed = lowered.get("content-encoding", "identity") not in ("", "identity") or \
            lowered.get("content-type", "").startswith(_PACKED_TYPES)
        data, encoding = body, "identity"
        if not packed and len(body) > 256:
            # Level 3: HTML ×4 in half the CPU of the default level's ×4.4.
            squeezed = zlib.compress(body, 3)
            if len(squeezed) < len(body) * 0.9:
                data, encoding = squeezed, "zlib"
        self.db.execute("INSERT INTO capture_payloads (sha256, data, encoding, size) VALUES (?, ?, ?, ?)",
                        [sha256, data, encoding, len(body)])

    def settle(self, sha256: str) -> None:
        """The media pipeline is done with this body: kept as a file, or to be kept here."""
        pending = self._unsettled.pop(sha256, None)
        if pending is not None:
            with self.db.atomic():
                self._keep_payload(sha256, *pending)

    def settle_all(self) -> None:
        for sha256 in list(self._unsettled):
            self.settle(sha256)

    def has_payload(self, sha256: str) -> bool:
        return self.db.execute(
            "SELECT 1 FROM capture_payloads WHERE sha256 = :sha UNION ALL SELECT 1 FROM images WHERE sha256 = :sha "
            "UNION ALL SELECT 1 FROM attachments WHERE sha256 = :sha LIMIT 1", {"sha": sha256}
        ).fetchone() is not None

    # -- reading -------------------------------------------------------------------------------
    def has(self, fetched_url: str) -> bool:
        return self.db.execute("SELECT 1 FROM captures WHERE fetched_url = ? LIMIT 1", [fetched_url]).fetchone() is not None

    def get(self, capture_id: int) -> Capture | None:
        row = self.db.execute(f"SELECT {_COLUMNS} FROM captures WHERE id = ?", [capture_id]).fetchone()
        return _capture(row) if row else None

    def payload(self, sha256: str) -> bytes | None:
        """A capture's body, wherever it is kept."""
        row = self.db.execute(
            "SELECT data, encoding FROM capture_payloads WHERE sha256 = :sha "
            "UNION ALL SELECT content, 'identity' FROM images WHERE sha256 = :sha "
            "UNION ALL SELECT content, 'identity' FROM attachments WHERE sha256 = :sha LIMIT 1", {"sha": sha256}
        ).fetchone()
        if row is None:
            return None
        data, encoding = row
        return zlib.decompress(data) if encoding == "zlib" else bytes(data)

    def latest(self, fetched_url: str, method: str = "GET") -> Capture | None:
        """The URL's latest capture, asked in this spelling or, failing that, in any other."""
        row = self.db.execute(
            f"SELECT {_COLUMNS} FROM captures WHERE fetched_url = ? AND method = ? ORDER BY id DESC LIMIT 1",
            [fetched_url, method],
        ).fetchone() or self.db.execute(
            f"SELECT {_COLUMNS} FROM captures WHERE url_key = ? AND method = ? ORDER BY id DESC LIMIT 1",
            [url_key(fetched_url), method],
        ).fetchone()
        return _capture(row) if row else None

    def served(self, fetched_url: str, method: str = "GET") -> tuple[Capture, bytes] | None:
        """What the URL answered last, as a replay serves it: a 304 revisit stands for the response
        it confirmed (its status and headers), any revisit for the body it refers to."""
        capture = self.latest(fetched_url, method)
        if capture is None:
            return None
        if capture.record == "revisit" and capture.status == 304 and capture.refers_to:
            capture = self.get(capture.refers_to) or capture
        body = self.payload(capture.payload_sha256)
        return (capture, body) if body is not None else None

    def pages(self, site: str) -> list[tuple[str, str, str]]:
        """(url, fetched_url, captured) of each HTML page of the site that last answered 200."""
        rows = self.db.execute(
            "SELECT url, fetched_url, captured, headers, status FROM captures WHERE id IN "
            "(SELECT max(id) FROM captures WHERE site = ? AND method = 'GET' GROUP BY fetched_url) ORDER BY id",
            [site],
        )
        pages = []
        for url, fetched_url, captured, headers, status in rows:
            types = [value.lower() for name, value in json.loads(headers or "[]") if name.lower() == "content-type"]
            if status in (200, 304) and any("html" in value for value in types):
                pages.append((url, fetched_url, captured))
        return pages

    def wayback_base(self, site: str) -> str | None:
        """The Wayback Machine the site's replays came from (`https://web.archive.org`)."""
        row = self.db.execute(
            "SELECT fetched_url, url FROM captures WHERE site = ? AND fetched_url != url "
            "AND instr(fetched_url, '/web/') > 0 LIMIT 1", [site]
        ).fetchone()
        return row[0][: row[0].index("/web/")] if row else None

    def iter(self, site: str | None = None):
        """Every capture in the order received (of one site, or all)."""
        where, params = ("WHERE site = ?", [site]) if site else ("", [])
        for row in self.db.execute(f"SELECT {_COLUMNS} FROM captures {where} ORDER BY id", params):
            yield _capture(row)

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM captures").fetchone()[0]
