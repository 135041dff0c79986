"""Archived bytes served back: images, their thumbnails, and linked documents.

`body_html` points archived images at `/-/archive-image/<sha256>` and documents at
`/-/archive-file/<sha256>` (crawler.archive.store); these routes answer them from whichever attached
database holds the hash. The bytes were fetched from the open web, so every response is inert:
the stored mime only when it is well formed (images only as `image/*`), `nosniff`, and a CSP with
`sandbox` so that even an SVG opened on its own can never run script. Content is addressed by its
hash, so it can be cached forever.
"""

from __future__ import annotations

import asyncio
import io
import re
from collections import OrderedDict
from dataclasses import dataclass
from urllib.parse import quote

from datasette.utils.asgi import NotFound, Response
from PIL import Image, UnidentifiedImageError

from .config import STATIC_DIR

SHA256 = re.compile(r"^[0-9a-f]{64}$")
_MIME = re.compile(r"^[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*$")

MEDIA_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"
IMMUTABLE = "public, max-age=31536000, immutable"
THUMBNAIL_BOX = (240, 240)
THUMBNAIL_MAX_PIXELS = 50_000_000  # larger images are served whole rather than decoded
STATIC_TYPES = {".css": "text/css; charset=utf-8", ".svg": "image/svg+xml", ".png": "image/png"}


@dataclass(frozen=True)
class Blob:
    database: str
    content: bytes
    mime: str
    filename: str | None = None


async def find_blob(datasette, table: str, sha256: str) -> Blob | None:
    """The first attached database whose `table` (images or attachments) holds these bytes."""
    columns = "content, mime, filename" if table == "attachments" else "content, mime, null"
    for name, db in datasette.databases.items():
        if name == "_internal" or not await db.table_exists(table):
            continue
        row = (await db.execute(f"select {columns} from {table} where sha256 = ?", [sha256])).first()
        if row is not None and row[0] is not None:
            return Blob(name, bytes(row[0]), safe_mime(row[1]), row[2])
    return None


def safe_mime(mime: str | None) -> str:
    """The stored mime without parameters, if it is a well-formed type; else opaque bytes."""
    kind = (mime or "").split(";")[0].strip().lower()
    return kind if _MIME.match(kind) else "application/octet-stream"


def media_headers(sha256: str, **extra: str) -> dict[str, str]:
    return {
        "X-Content-Type-Options": "nosniff",
        "Content-Security-Policy": MEDIA_CSP,
        "Cache-Control": IMMUTABLE,
        "ETag": f'"{sha256}"',
        **extra,
    }


async def _blob_or_404(request, datasette, table: str) -> tuple[str, Blob]:
    sha256 = request.url_vars["sha256"].lower()
    blob = await find_blob(datasette, table, sha256) if SHA256.match(sha256) else None
    if blob is None:
        raise NotFound(f"No archived {'image' if table == 'images' else 'file'} with that hash")
    await datasette.ensure_permissions(
        request.actor, [("view-table", (blob.database, table)), ("view-database", blob.database), "view-instance"]
    )
    return sha256, blob


def _not_modified(request, sha256: str) -> Response | None:
    if request.headers.get("if-none-match", "").strip() == f'"{sha256}"':
        return Response(b"", status=304, headers=media_headers(sha256), content_type="application/octet-stream")
    return None


async def archive_image(request, datasette):
    """`/-/archive-image/<sha256>`: an archived image's original bytes."""
    sha256, blob = await _blob_or_404(request, datasette, "images")
    cached = _not_modified(request, sha256)
    if cached:
        return cached
    mime = blob.mime if blob.mime.startswith("image/") else "application/octet-stream"
    return Response(blob.content, headers=media_headers(sha256), content_type=mime)


async def archive_file(request, datasette):
    """`/-/archive-file/<sha256>`: an archived document, always downloaded (never rendered here)."""
    sha256, blob = await _blob_or_404(request, datasette, "attachments")
    cached = _not_modified(request, sha256)
    if cached:
        return cached
    disposition = content_disposition(blob.filename or sha256)
    return Response(blob.content, headers=media_headers(sha256, **{"Content-Disposition": disposition}),
                    content_type=blob.mime)


def content_disposition(filename: str) -> str:
    """`attachment` with an ASCII fallback and the UTF-8 name (RFC 6266), for Vietnamese file names."""
    fallback = re.sub(r'[^A-Za-z0-9._-]+', "_", filename).strip("_") or "file"
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(filename, safe='')}"


async def archive_thumbnail(request, datasette):
    """`/-/archive-thumb/<sha256>`: a small JPEG/PNG of an archived image for table views.

    Falls back to the original bytes for what Pillow will not shrink safely (SVG, huge images).
    """
    sha256, blob = await _blob_or_404(request, datasette, "images")
    cached = _not_modified(request, sha256)
    if cached:
        return cached
    if sha256 not in _thumbnails:
        remember_thumbnail(sha256, await asyncio.to_thread(make_thumbnail, blob.content))
    thumbnail = _thumbnails[sha256]
    if thumbnail is None:
        return await archive_image(request, datasette)
    content, mime = thumbnail
    return Response(content, headers=media_headers(sha256), content_type=mime)


# sha256 -> (bytes, mime) or None: thumbnails are small, originals are not kept.
_thumbnails: OrderedDict[str, tuple[bytes, str] | None] = OrderedDict()
THUMBNAIL_CACHE_SIZE = 2048


def remember_thumbnail(sha256: str, thumbnail: tuple[bytes, str] | None) -> None:
    _thumbnails[sha256] = thumbnail
    while len(_thumbnails) > THUMBNAIL_CACHE_SIZE:
        _thumbnails.popitem(last=False)


def make_thumbnail(content: bytes) -> tuple[bytes, str] | None:
    """Shrunk image bytes and mime, or None when the image cannot or should not be decoded."""
    try:
        with Image.open(io.BytesIO(content)) as image:
            if image.width * image.height > THUMBNAIL_MAX_PIXELS:
                return None
            image.draft("RGB", THUMBNAIL_BOX)  # JPEG: decode at reduced size
            image.thumbnail(THUMBNAIL_BOX)
            has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
            output = io.BytesIO()
            if has_alpha:
                image.convert("RGBA").save(output, "PNG", optimize=True)
                return output.getvalue(), "image/png"
            image.convert("RGB").save(output, "JPEG", quality=82)
            return output.getvalue(), "image/jpeg"
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None


async def static_file(request, datasette):
    """`/-/archive-static/<name>`: the plugin's own CSS (Datasette mounts static dirs of packages
    only, and the plugin is a module)."""
    name = request.url_vars["name"]
    path = STATIC_DIR / name
    content_type = STATIC_TYPES.get(path.suffix)
    if content_type is None or path.parent != STATIC_DIR or not path.is_file():
        raise NotFound("No such static file")
    return Response(path.read_bytes(), headers={"X-Content-Type-Options": "nosniff", "Cache-Control": "public, max-age=3600"},
                    content_type=content_type)
