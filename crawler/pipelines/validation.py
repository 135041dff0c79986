"""Validation of downloaded media bytes, before they are kept: Pillow must read an image to its
end (truncated and corrupt files and decompression bombs are refused), SVG with script is refused, HTML served as
an image or a document is refused.

Pure and free of Scrapy (bytes in, facts or MediaRejected out), so that it runs in a worker
process (crawler.workers) as cheaply as in the crawl process.
"""

from __future__ import annotations

import hashlib
import mimetypes
import re
import time
import warnings
from io import BytesIO
from typing import NamedTuple
from urllib.parse import unquote, urlsplit

from PIL import Image, UnidentifiedImageError

_PILLOW_MIME = {
    "JPEG": "image/jpeg", "PNG": "image/png", "GIF": "image/gif", "WEBP": "image/webp", "BMP": "image/bmp",
    "TIFF": "image/tiff", "ICO": "image/x-icon", "MPO": "image/jpeg", "AVIF": "image/avif",
}
_SVG_ACTIVE = re.compile(rb"<script|\son\w+\s*=|javascript:|<foreignobject|<iframe|<embed|<object", re.I)


class MediaRejected(Exception):
    """Downloaded bytes that are not what the page promised (not an image, too big, unsafe)."""


def inspect_image(body: bytes, max_pixels: int) -> tuple[str, int | None, int | None]:
    """(mime, width, height) of image bytes, or MediaRejected with the reason."""
    head = body[:512].lstrip().lower()
    if head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in body[:2048].lower()):
        if _SVG_ACTIVE.search(body):
            raise MediaRejected("SVG with script or event handlers")
        return "image/svg+xml", None, None
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body")):
        raise MediaRejected("an HTML page, not an image")
    previous = Image.MAX_IMAGE_PIXELS
    Image.MAX_IMAGE_PIXELS = max_pixels
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(BytesIO(body)) as image:
                kind, size = image.format, image.size
                if kind == "PNG":
                    # Every chunk read to IEND and its CRC checked: truncated and corrupt files
                    # fail as they do in a full decode, without inflating and unfiltering the
                    # pixels (0.07 ms instead of ~5 ms for a 100 kB PNG).
                    image.verify()
                else:
                    if kind == "JPEG":
                        # Decode at 1/8 scale (libjpeg DCT scaling): every block's data is still
                        # read and entropy-decoded, so truncated and corrupt files fail exactly as
                        # in a full decode, at a fraction of the CPU (~2.7× less on 1000 px photos).
                        image.draft(image.mode, (max(1, size[0] // 8), max(1, size[1] // 8)))
                    image.load()  # decodes: truncated files fail here
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
        raise MediaRejected(f"decompression bomb refused ({error.__class__.__name__})") from None
    except UnidentifiedImageError:
        raise MediaRejected("not an image Pillow can read") from None
    except (OSError, SyntaxError, ValueError) as error:
        raise MediaRejected(f"corrupt image: {error}") from None
    finally:
        Image.MAX_IMAGE_PIXELS = previous
    return _PILLOW_MIME.get(kind, f"image/{(kind or 'unknown').lower()}"), size[0], size[1]


def inspect_document(body: bytes, url: str, content_type: str) -> str:
    head = body[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or content_type.startswith("text/html"):
        raise MediaRejected("an HTML page, not a document")
    guessed = mimetypes.guess_type(unquote(urlsplit(url).path))[0]
    return guessed or content_type or "application/octet-stream"


class CheckedFile(NamedTuple):
    """What validation learnt about a file, and the CPU it took (ms; for `cpu/media_ms`)."""
    mime: str
    width: int | None
    height: int | None
    sha256: str
    cpu_ms: float


def check_image(body: bytes, max_pixels: int) -> CheckedFile:
    """inspect_image and the file's sha256; MediaRejected if it is no image to keep."""
    started = time.thread_time()
    mime, width, height = inspect_image(body, max_pixels)
    sha256 = hashlib.sha256(body).hexdigest()
    return CheckedFile(mime, width, height, sha256, (time.thread_time() - started) * 1000.0)


def check_document(body: bytes, url: str, content_type: str) -> CheckedFile:
    started = time.thread_time()
    mime = inspect_document(body, url, content_type)
    sha256 = hashlib.sha256(body).hexdigest()
    return CheckedFile(mime, None, None, sha256, (time.thread_time() - started) * 1000.0)
