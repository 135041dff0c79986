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

    with BenchServer(Portal(seed=1, n_articles=2000, n_images=4000), photos=PhotoMix()) as server:
        server.base_url, server.requests, server.reset_log(), server.misses

Realistic photos (`photos=PhotoMix(...)`): the fixture's pictures are smooth colour fields of
~1,000 px that compress to a few tens of kB; commune portals publish phone photos. With a
`PhotoMix`, the articles' JPEG photos are served instead as photo-like JPEGs (colour field, shapes,
coarse texture and fine grain, so that they compress as photos do): by default 85 % "resized for
the web" (1,024-1,600 px long side, quality 85, a quarter of them progressive: ~130-400 kB) and
15 % phone originals (3,264 or 4,000 px long side: 7-12 MP, quality 85-90, with an EXIF segment:
~1.3-3 MB), in the orientation and aspect of the fixture's file. They are drawn from a small pool
of pictures per kind (`PhotoMix.pool`), rendered once with Pillow and cached under
artifacts/bench-photos/ (reruns load them from disk); every file still has its own bytes (a COM
segment naming its seed follows the APPn segments; the file's sha256 is its own, as on a real
portal), and files the fixture makes identical (same seed, size, format) stay identical. Served
without copying the picture: head + prefix + COM segment + rest, written as a list of buffers.
Their ETag is a sha1 of the picture's sha1 and the COM segment (unique per content) instead of
the body's.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import math
import multiprocessing
import os
import random
import socket
import struct
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from email.utils import format_datetime, formatdate, parsedate_to_datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

from tests.fixtures import media
from tests.fixtures.model import ImageFile
from tests.fixtures.portal import GRID_PER_PAGE, Portal, Response

__all__ = ["BenchServer", "PhotoMix", "prerender_paths"]

PHOTO_CACHE = Path(__file__).resolve().parent.parent / "artifacts" / "bench-photos"

_REASONS = {200: "OK", 304: "Not Modified", 403: "Forbidden", 404: "Not Found", 410: "Gone"}


def _render_image(args: tuple) -> bytes:
    return media.image_bytes(*args)


# -- realistic photos ------------------------------------------------------------------------------
#: (long side px, JPEG quality, progressive, EXIF) of the two kinds of photos.
WEB_PHOTOS = [(1024, 85, False, False), (1024, 85, True, False), (1280, 85, False, False), (1280, 85, False, False),
              (1440, 85, False, False), (1440, 85, True, False), (1600, 85, False, False), (1600, 85, False, False)]
PHONE_PHOTOS = [(3264, 85, False, True), (4000, 85, False, True), (4000, 90, False, True)]
_PHOTO_VERSION = 1   # part of the cache's file names: bump when the picture generator changes


@dataclass(frozen=True)
class PhotoSpec:
    """One picture of the pool: what `render_photo` draws, and its file name in the cache."""
    width: int
    height: int
    quality: int
    progressive: bool
    exif: bool
    index: int

    @property
    def name(self) -> str:
        mode = ("-progressive" if self.progressive else "") + ("-exif" if self.exif else "")
        return f"v{_PHOTO_VERSION}-{self.width}x{self.height}-q{self.quality}{mode}-{self.index}.jpg"


def render_photo(spec: PhotoSpec) -> bytes:
    """A photo-like JPEG: a smooth colour field with shapes, coarse texture (noise drawn at a
    quarter of the size, scaled up) and fine grain. Deterministic in `spec`."""
    from PIL import Image, ImageChops, ImageDraw

    w, h = spec.width, spec.height
    rng = random.Random(f"{w}x{h}:{spec.quality}:{spec.index}")
    grid = Image.new("RGB", (5, 4))
    grid.putdata([(rng.randrange(40, 220), rng.randrange(40, 220), rng.randrange(40, 220)) for _ in range(20)])
    img = grid.resize((w, h), Image.BICUBIC)
    draw = ImageDraw.Draw(img)
    for _ in range(12):
        x0, y0 = rng.randrange(w), rng.randrange(h)
        x1, y1 = x0 + rng.randrange(w // 20, w // 3), y0 + rng.randrange(h // 20, h // 3)
        colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
        (draw.ellipse if rng.random() < 0.5 else draw.rectangle)((x0, y0, x1, y1), fill=colour)
    texture = Image.merge("RGB", [Image.effect_noise((w // 4, h // 4), 16).resize((w, h), Image.BILINEAR)
                                  for _ in range(3)])
    img = ImageChops.add(img, texture, 1.0, -128)
    grain = Image.effect_noise((w, h), 3)
    img = ImageChops.add(img, Image.merge("RGB", (grain, grain, grain)), 1.0, -128)
    options = {"quality": spec.quality, "progressive": spec.progressive}
    if spec.exif:
        exif = Image.Exif()
        exif[0x010F], exif[0x0110], exif[0x0131] = "Samsung", "Galaxy A54 5G", "A546EXXU4BWK1"  # Make, Model, Software
        exif[0x0132] = f"2024:03:{1 + spec.index % 28:02d} 08:{spec.index % 60:02d}:{7 * spec.index % 60:02d}"  # DateTime
        options["exif"] = exif
    buf = io.BytesIO()
    img.save(buf, "JPEG", **options)
    return buf.getvalue()


def _render_photo_to(args: tuple[PhotoSpec, str]) -> str:
    spec, directory = args
    path = Path(directory) / spec.name
    if not path.exists():
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(render_photo(spec))
        tmp.replace(path)
    return str(path)


def _after_app_segments(jpeg: bytes) -> int:
    """Offset just past SOI and the APPn segments that follow it (where a COM segment can go)."""
    pos = 2
    while pos + 4 <= len(jpeg) and jpeg[pos] == 0xFF and 0xE0 <= jpeg[pos + 1] <= 0xEF:
        pos += 2 + (jpeg[pos + 2] << 8 | jpeg[pos + 3])
    return pos


@dataclass(frozen=True)
class PhotoMix:
    """Which of the articles' JPEG files are served as realistic photos, and which kind.
    `phone_share` of them phone originals, `web_share` resized for the web, the rest the
    fixture's own picture. The choice is a function of the file's (pixel seed, size): files the
    fixture makes identical stay identical."""
    phone_share: float = 0.15
    web_share: float = 0.85
    pool: int = 8                   # distinct pictures per kind of photo and aspect
    cache: Path = field(default=PHOTO_CACHE)

    def choose(self, f: ImageFile) -> PhotoSpec | None:
        if f.fmt != "JPEG":
            return None
        rng = random.Random(f"{f.pixel_seed}:{f.width}x{f.height}")
        draw = rng.random()
        if draw < self.phone_share:
            kinds = PHONE_PHOTOS
        elif draw < self.phone_share + self.web_share:
            kinds = WEB_PHOTOS
        else:
            return None
        long_side, quality, progressive, exif = rng.choice(kinds)
        ratio = min(f.width, f.height) / max(f.width, f.height)
        short_side = round(long_side * ratio / 2) * 2
        width, height = (long_side, short_side) if f.width >= f.height else (short_side, long_side)
        return PhotoSpec(width, height, quality, progressive, exif, rng.randrange(self.pool))


class _PhotoEntry:
    """A realistic photo as served: the pool's picture with the file's own COM segment."""
    __slots__ = ("status", "head", "etag", "last_modified", "not_modified", "parts", "size", "kind", "content")

    def __init__(self, picture: bytes, picture_sha1: bytes, seed_text: str, f: ImageFile, etag_enabled: bool,
                 kind: str) -> None:
        self.kind = kind
        comment = f"bench photo {seed_text}".encode("ascii")
        segment = b"\xff\xfe" + struct.pack(">H", len(comment) + 2) + comment
        self.content = picture_sha1 + segment   # identifies the served bytes
        cut = _after_app_segments(picture)
        view = memoryview(picture)
        body_parts = [view[:cut], segment, view[cut:]]
        self.size = len(picture) + len(segment)
        headers = {"Content-Type": f.mime}
        self.status = 200
        self.etag = None
        self.last_modified = None
        self.not_modified = b""
        if etag_enabled:
            self.etag = '"' + hashlib.sha1(picture_sha1 + segment).hexdigest()[:20] + '"'
            headers["ETag"] = self.etag
            self.last_modified = f.created
            headers["Last-Modified"] = format_datetime(f.created, usegmt=True)
            self.not_modified = _head(304, {k: v for k, v in headers.items() if k != "Content-Type"}, 0)
        self.head = _head(200, headers, self.size)
        self.parts = [self.head, *body_parts]

    @property
    def full(self) -> bytes:
        return b"".join(self.parts)


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
            close = headers.get("connection", "").lower() == "close"
            latency = self.server.latency
            if latency:
                # As a distant portal: the answer leaves `latency` seconds later, the loop serving
                # the other connections meanwhile.
                self.server._began()
                asyncio.get_running_loop().call_later(latency, self._send_late, method, target, headers, close)
            else:
                self.transport.writelines(self.server._answer(method, target, headers))
            if close:
                if not latency:
                    self.transport.close()
                return

    def _send_late(self, method: str, target: str, headers: dict, close: bool) -> None:
        self.server._ended()
        if self.transport.is_closing():
            return
        self.transport.writelines(self.server._answer(method, target, headers))
        if close:
            self.transport.close()


class BenchServer:
    """The portal on 127.0.0.1, pre-rendered. Same surface as FixtureServer where it matters."""

    def __init__(self, portal: Portal, etag: bool = True, *, prerender: bool = True, workers: int | None = None,
                 log_headers: bool = False, photos: PhotoMix | None = None, host: str = "127.0.0.1",
                 latency: float = 0.0) -> None:
        self.portal = portal
        self.host = host                # any 127.x.y.z: a portal of its own for Scrapy's per-host slots
        self.latency = latency          # seconds before each answer leaves
        self.active = 0                 # answers waiting to leave (with a latency)
        self.max_active = 0             # the most at once: per-host politeness, seen by the portal
        self.arrivals: list[float] = []  # time.monotonic() of each request with a latency: the pacing
        self.photos = photos
        self.photo_kinds: dict[str, int] = {}   # article image files by kind: "phone", "web", "fixture"
        self.etag = etag
        self.prerender = prerender
        self.workers = workers or min(2, os.cpu_count() or 1)
        self.log_headers = log_headers
        self.requests: list[tuple[str, str, dict]] = []
        self.misses = 0
        self.missed: list[str] = []   # targets answered without pre-rendering
        self.render_seconds = 0.0
        self._cache: dict[str, _Entry | _PhotoEntry] = {}
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
        sock.bind((self.host, 0))
        sock.listen(512)
        self._sock = sock
        self.base_url = f"http://{self.host}:{sock.getsockname()[1]}"
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

    def _began(self) -> None:
        self.active += 1                # in the server's one event loop thread: no lock needed
        self.arrivals.append(time.monotonic())
        self.max_active = max(self.max_active, self.active)

    def _ended(self) -> None:
        self.active -= 1

    def url(self, path: str = "/") -> str:
        return self.base_url + path

    # -- rendering ------------------------------------------------------------------------------
    def _prerender(self) -> None:
        paths = prerender_paths(self.portal)
        files = self.portal.files
        photos = self._prerender_photos()
        images = [(path, (f.pixel_seed, f.width, f.height, f.fmt)) for path, f in files.items() if path not in photos]
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

    def _prerender_photos(self) -> set[str]:
        """The articles' photos chosen by `self.photos`, as `_PhotoEntry`s in the cache; their paths."""
        if self.photos is None:
            return set()
        article_files = {}
        for spec in self.portal.articles:
            refs = ([spec.featured] if spec.featured is not None else []) + [i.ref for i in spec.inline_images]
            article_files.update((ref.file.path, ref.file) for ref in refs)
        chosen = {path: self.photos.choose(f) for path, f in article_files.items() if path in self.portal.files}
        chosen = {path: spec for path, spec in chosen.items() if spec is not None}
        directory = Path(self.photos.cache)
        directory.mkdir(parents=True, exist_ok=True)
        needed = sorted(set(chosen.values()), key=lambda spec: spec.name)
        missing = [spec for spec in needed if not (directory / spec.name).exists()]
        jobs = [(spec, str(directory)) for spec in missing]
        if self.workers > 1 and len(missing) > 2:
            context = multiprocessing.get_context("spawn")
            with ProcessPoolExecutor(self.workers, mp_context=context) as pool:
                list(pool.map(_render_photo_to, jobs))
        else:
            for job in jobs:
                _render_photo_to(job)
        pictures = {}
        for spec in needed:
            data = (directory / spec.name).read_bytes()
            pictures[spec] = (data, hashlib.sha1(data).digest())
        self.photo_kinds = {"phone": 0, "web": 0, "fixture": len(article_files) - len(chosen)}
        for path, spec in chosen.items():
            f = article_files[path]
            data, digest = pictures[spec]
            kind = "phone" if spec.exif else "web"
            self._cache[path] = _PhotoEntry(data, digest, f"{f.pixel_seed}:{f.width}x{f.height}", f, self.etag, kind)
            self.photo_kinds[kind] += 1
        return set(chosen)

    def photo_sizes(self) -> dict[str, list[int]]:
        """Bytes of the served article photos, by kind (for the benchmark's report)."""
        sizes: dict[str, list[int]] = {"phone": [], "web": []}
        for entry in self._cache.values():
            if isinstance(entry, _PhotoEntry):
                sizes[entry.kind].append(entry.size)
        return sizes

    def photo_contents(self) -> int:
        """How many distinct contents the served article photos have."""
        return len({entry.content for entry in self._cache.values() if isinstance(entry, _PhotoEntry)})

    def _entry(self, target: str) -> _Entry | _PhotoEntry:
        key = _key(target)
        entry = self._cache.get(key)
        if entry is None:
            entry = _Entry(self.portal.respond(target, self.base_url), self.etag)
            self._cache[key] = entry
            self.misses += 1
            self.missed.append(target)
        return entry

    def _answer(self, method: str, target: str, headers: dict[str, str]) -> list:
        """The answer, as buffers to write one after the other."""
        with self._lock:
            self.requests.append((method, target, headers if self.log_headers else {}))
        entry = self._entry(target)
        if entry.etag is not None and _not_modified(headers, entry):
            return [entry.not_modified]
        if method == "HEAD":
            return [entry.head]
        return entry.parts if isinstance(entry, _PhotoEntry) else [entry.full]

    # -- request log ----------------------------------------------------------------------------
    def reset_log(self) -> None:
        with self._lock:
            self.requests.clear()
            self.arrivals.clear()
            self.misses = 0
            self.missed.clear()

    def paths(self, prefix: str | None = None) -> list[str]:
        with self._lock:
            return [p for _, p, _ in self.requests if prefix is None or p.startswith(prefix)]

    def count(self, prefix: str | None = None) -> int:
        return len(self.paths(prefix))
