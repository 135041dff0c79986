"""A fast HTTP server for the fixture portal (tests/fixtures/portal.py), for benchmarks.

`tests.fixtures.server.FixtureServer` renders every page and encodes every image when it is
requested, one thread per connection: ~24 ms of CPU per image on this machine, on the same two
cores the crawler needs. Measured against it, a benchmark measures the fixture. This server
answers the same `Portal` with the same bytes and headers (ETag = sha1 of the body, Last-Modified,
304 for conditional requests, `If-None-Match` before `If-Modified-Since`), but

- every page, feed, listing page, image and document the crawler can reach is rendered *before*
  the server starts (images encoded in a process pool), so a request is a dict lookup;
- it is one asyncio event loop in a thread (keep-alive, pipelining-safe, no thread per connection);
- anything not pre-rendered is still answered, by `Portal.respond`, and counted in `misses`.

    with BenchServer(Portal(seed=1, n_articles=2000, n_images=4000)) as server:
        server.base_url, server.requests, server.reset_log(), server.misses
"""

from __future__ import annotations

import asyncio
import hashlib
import math
import multiprocessing
import os
import socket
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from email.utils import format_datetime, formatdate, parsedate_to_datetime
from urllib.parse import unquote, urlsplit

from tests.fixtures import media
from tests.fixtures.portal import GRID_PER_PAGE, Portal, Response

__all__ = ["BenchServer", "prerender_paths"]

_REASONS = {200: "OK", 304: "Not Modified", 403: "Forbidden", 404: "Not Found", 410: "Gone"}


def _render_image(args: tuple) -> bytes:
    return media.image_bytes(*args)


def prerender_paths(portal: Portal) -> list[str]:
    """Every path a crawler of this portal can reach, as the pages spell them (pages, pagers,
    feeds, originals and documents). Derivatives (`/styles/…`) are left to on-demand rendering:
    the crawler asks for originals."""
    paths = ["/robots.txt", "/rss.xml", "/sitemap.xml", "/", "/user/login"]
    n_articles = len(portal.articles)
    paths += [f"/?page={n}" for n in range(1, max(1, math.ceil(n_articles / GRID_PER_PAGE)))]
    for term_path in portal.listing_paths():
        term_id = int(term_path.rsplit("/", 1)[1])
        paths += [term_path, f"{term_path}/feed"]
        paths += [f"{term_path}?page={n}" for n in range(portal.n_listing_pages(term_id))]
    paths += [spec.path for spec in [*portal.articles, *portal.pages]]
    paths += list(portal.files) + list(portal.documents)
    return list(dict.fromkeys(paths))


def _key(target: str) -> str:
    parts = urlsplit(target)
    path = unquote(parts.path or "/", errors="replace")
    return f"{path}?{parts.query}" if parts.query else path


class _Entry:
    __slots__ = ("status", "full", "head", "etag", "last_modified", "not_modified")

    def __init__(self, response: Response, etag_enabled: bool) -> None:
        headers = {"Content-Type": response.content_type, **response.headers}
        self.status = response.status
        self.etag = None
        self.last_modified = None
        self.not_modified = b""
        if response.status == 200 and etag_enabled:
            self.etag = '"' + hashlib.sha1(response.body).hexdigest()[:20] + '"'
            headers["ETag"] = self.etag
            if response.last_modified is not None:
                self.last_modified = response.last_modified
                headers["Last-Modified"] = format_datetime(response.last_modified, usegmt=True)
            self.not_modified = _head(304, {k: v for k, v in headers.items() if k != "Content-Type"}, 0)
        if response.content_type.startswith("text/html"):
            headers.setdefault("Cache-Control", "max-age=0, public")
            headers.setdefault("X-Generator", "Drupal 9 (https://www.drupal.org)")
        self.head = _head(response.status, headers, len(response.body))
        self.full = self.head + response.body


def _head(status: int, headers: dict[str, str], length: int) -> bytes:
    lines = [f"HTTP/1.1 {status} {_REASONS.get(status, 'Unknown')}", "Server: Apache",
             f"Date: {formatdate(usegmt=True)}"]
    lines += [f"{name}: {value}" for name, value in headers.items()]
    lines.append(f"Content-Length: {length}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _not_modified(headers: dict[str, str], entry: _Entry) -> bool:
    """RFC 9110 as tests/fixtures/server.py applies it: If-None-Match wins over If-Modified-Since."""
    if_none_match = headers.get("if-none-match")
    if if_none_match is not None:
        tags = [t.strip().removeprefix("W/") for t in if_none_match.split(",")]
        return "*" in tags or entry.etag in tags
    since_text = headers.get("if-modified-since")
    if since_text and entry.last_modified is not None:
        try:
            since = parsedate_to_datetime(since_text)
        except (TypeError, ValueError):
            return False
        if since.tzinfo is None:
            return False
        return entry.last_modified.replace(microsecond=0) <= since
    return False


class _HTTP(asyncio.Protocol):
    def __init__(self, server: "BenchServer") -> None:
        self.server = server
        self.buffer = b""
        self.transport = None

    def connection_made(self, transport) -> None:
        self.transport = transport
        sock = transport.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while True:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                if len(self.buffer) > 65536:
                    self.transport.close()
                return
            head, self.buffer = self.buffer[:end], self.buffer[end + 4:]
            lines = head.decode("latin-1").split("\r\n")
            try:
                method, target, _version = lines[0].split(" ", 2)
            except ValueError:
                self.transport.close()
                return
            headers = {}
            for line in lines[1:]:
                name, _, value = line.partition(":")
                headers[name.strip().lower()] = value.strip()
            self.transport.write(self.server._answer(method, target, headers))
            if headers.get("connection", "").lower() == "close":
                self.transport.close()
                return


class BenchServer:
    """The portal on 127.0.0.1, pre-rendered. Same surface as FixtureServer where it matters."""

    def __init__(self, portal: Portal, etag: bool = True, *, prerender: bool = True, workers: int | None = None,
                 log_headers: bool = False) -> None:
        self.portal = portal
        self.etag = etag
        self.prerender = prerender
        self.workers = workers or min(2, os.cpu_count() or 1)
        self.log_headers = log_headers
        self.requests: list[tuple[str, str, dict]] = []
        self.misses = 0
        self.missed: list[str] = []   # targets answered without pre-rendering
        self.render_seconds = 0.0
        self._cache: dict[str, _Entry] = {}
        self._lock = threading.Lock()
        self._sock: socket.socket | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self.base_url = ""

    # -- lifecycle ------------------------------------------------------------------------------
    def start(self) -> "BenchServer":
        if self._thread is not None:
            return self
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        sock.listen(512)
        self._sock = sock
        self.base_url = f"http://127.0.0.1:{sock.getsockname()[1]}"
        if self.prerender:
            started = time.perf_counter()
            self._prerender()
            self.render_seconds = time.perf_counter() - started
        ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, args=(ready,), daemon=True,
                                        name=f"bench-portal-{self.port}")
        self._thread.start()
        ready.wait(10)
        return self

    def _serve(self, ready: threading.Event) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        asyncio.set_event_loop(loop)
        server = loop.run_until_complete(loop.create_server(lambda: _HTTP(self), sock=self._sock, backlog=512))
        ready.set()
        try:
            loop.run_forever()
        finally:
            server.close()
            loop.run_until_complete(server.wait_closed())
            loop.close()

    def stop(self) -> None:
        if self._thread is None:
            return
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=10)
        self._thread = None
        self._sock = None

    def __enter__(self) -> "BenchServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    @property
    def port(self) -> int:
        return int(self.base_url.rsplit(":", 1)[1])

    def url(self, path: str = "/") -> str:
        return self.base_url + path

    # -- rendering ------------------------------------------------------------------------------
    def _prerender(self) -> None:
        paths = prerender_paths(self.portal)
        files = self.portal.files
        images = [(path, (f.pixel_seed, f.width, f.height, f.fmt)) for path, f in files.items()]
        distinct = list(dict.fromkeys(args for _, args in images))
        if self.workers > 1 and len(distinct) > 64:
            context = multiprocessing.get_context("spawn")
            with ProcessPoolExecutor(self.workers, mp_context=context) as pool:
                rendered = dict(zip(distinct, pool.map(_render_image, distinct, chunksize=32)))
        else:
            rendered = {args: _render_image(args) for args in distinct}
        for path, args in images:
            f = files[path]
            self._cache[path] = _Entry(Response(200, f.mime, rendered[args], f.created), self.etag)
        for path in paths:
            if path not in self._cache:
                self._cache[_key(path)] = _Entry(self.portal.respond(path, self.base_url), self.etag)

    def _entry(self, target: str) -> _Entry:
        key = _key(target)
        entry = self._cache.get(key)
        if entry is None:
            entry = _Entry(self.portal.respond(target, self.base_url), self.etag)
            self._cache[key] = entry
            self.misses += 1
            self.missed.append(target)
        return entry

    def _answer(self, method: str, target: str, headers: dict[str, str]) -> bytes:
        with self._lock:
            self.requests.append((method, target, headers if self.log_headers else {}))
        entry = self._entry(target)
        if entry.etag is not None and _not_modified(headers, entry):
            return entry.not_modified
        return entry.full if method != "HEAD" else entry.head

    # -- request log ----------------------------------------------------------------------------
    def reset_log(self) -> None:
        with self._lock:
            self.requests.clear()
            self.misses = 0
            self.missed.clear()

    def paths(self, prefix: str | None = None) -> list[str]:
        with self._lock:
            return [p for _, p, _ in self.requests if prefix is None or p.startswith(prefix)]

    def count(self, prefix: str | None = None) -> int:
        return len(self.paths(prefix))
