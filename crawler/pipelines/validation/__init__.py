"""Validation of downloaded media bytes, before they are kept.

Pure and free of Scrapy (bytes in, facts or MediaRejected out), so that it runs in a worker
process as cheaply as in the crawl process.

Images are checked by their *structure*, not by decoding their pixels: a 12-megapixel phone
photo costs ~0.8 ms of CPU instead of the ~30 ms of the 1/8-scale JPEG decode this replaces, and the
cost is bounded whatever the size: byte-by-byte work stops after a budget (`JPEG_SCAN_BUDGET`,
`PNG_CRC_BUDGET`), walks after `STEP_BUDGET` steps, and past either only the file's end is checked.
`python -m bench.media` measures it beside the previous implementation (docs/benchmarks.md,
"Image validation"). check_image's sha256 is not part of that cost: ~0.6 ms per MB on its own.

What is verified (each failure is MediaRejected, never a repair):

- JPEG: SOI, then every segment to the first scan by its length (bytes between segments are
  skipped, as libjpeg does); one frame header, baseline / extended / progressive Huffman (what
  browsers show: lossless, hierarchical and arithmetic-coded JPEGs are refused), 8-bit, 1, 3 or 4
  components with sane sampling; width × height ≤ max_pixels, else "decompression bomb"; the
  tables' lengths; quantisation tables defined before the scans that use them; every scan header
  (components of the frame, table numbers, MCU size, progressive spectral selection and
  successive approximation as libjpeg requires them). Then the scan data is searched for markers
  (a regex, ~0.4-0.9 ms per MB): a sequential JPEG's scan must be followed by EOI and by nothing else
  (restart markers aside); a progressive JPEG's scans are walked one by one to EOI, and every
  component must have had its DC scan. Bytes after EOI are allowed (MPO, motion photos). A file
  cut anywhere — in a header, in a scan, between scans, just before EOI — has no EOI where one
  belongs and is refused. Past `JPEG_SCAN_BUDGET` bytes of scan data the rest is not searched and
  the file must end with FF D9, which a cut file cannot (FF D9 never occurs inside entropy-coded
  data); a file that does not end so (video after EOI) is searched on to its EOI.
- PNG: signature; IHDR first with a valid bit depth / colour type and ≤ max_pixels; every chunk
  walked by its length to IEND, its CRC checked (chunk data up to `PNG_CRC_BUDGET` bytes; past
  that, lengths only); IDATs consecutive, PLTE where it belongs, no unknown critical chunk, APNG
  frames within the canvas. A cut file has no IEND; a damaged byte fails its chunk's CRC.
- GIF: header, logical screen and every frame ≤ max_pixels, colour tables, every extension and
  image walked sub-block by sub-block to the trailer (0x3B); a cut file has no trailer.
- WebP: the RIFF size is within the file (a cut file is shorter than its RIFF size says), every
  chunk within the RIFF, VP8 (shown key frame, first partition within its chunk), VP8L
  (signature, version) and VP8X headers, canvas ≤ max_pixels, a still image's bitstream of the
  canvas's size, every animation frame within the canvas with one bitstream of the frame's size.
- GIF and WebP of at most `DECODE_MAX_PIXELS` (200×200): also decoded (first frame), ≤ ~1 ms.
- SVG: refused if it holds script, event handlers (on…=), javascript: or vbscript: URLs (also
  written with character references or whitespace inside), data:text/html, foreignObject, iframe,
  embed, object, handler or listener elements, an XSLT stylesheet, <set>/<animate> writing an
  event handler, or declares an encoding these checks cannot read. Returned without a size.
- HTML, or any markup that is not an SVG document, served as an image is refused.
- Other formats Pillow reads (BMP, TIFF, ICO, AVIF…): decoded in full, as before — rare on
  portals, and outside the ≤ 2 ms target.

What is not verified:

- The compressed pixel data of larger images. A JPEG whose entropy-coded data is damaged without
  a stray marker in it (a flipped bit, a zeroed or spliced-out run), a PNG whose deflate stream is
  wrong under correct CRCs (an encoder's bug, not a transfer's), a GIF with bad LZW codes or a
  WebP with a damaged bitstream above 200×200 pixels: these pass, and show as garbage in part of
  the picture.
- Past the budgets: stray markers after the first 1 MiB of a JPEG's scan data, the later scan
  headers of a progressive JPEG, CRCs after the first 2 MiB of a PNG's chunks. Truncation is still
  caught there, by the file's end. A JPEG with more than `STEP_BUDGET` header segments is refused;
  a PNG or GIF with more chunks or blocks is kept only if it ends with IEND or a trailer.
- Animations are not bounded by frame count, only each frame by max_pixels.

Why no JPEG decode, even of small images: the 1/8-scale decode did no better than the marker
search. libjpeg only warns about corrupt entropy-coded data and Pillow ignores those warnings; what
the decode did refuse (truncation, stray markers) the marker search refuses as well. Over 100
damaged copies of a 1600×1200 JPEG per kind of damage, the structural check refused as many as the
decode or more (random 4 kB run: 100 vs 92; stray marker: 82 vs 48; flipped bit, zeroed or
removed run: ~0 for both), at 1/14 of its CPU. For GIF and WebP the full decode did find damaged
bitstreams that the structure cannot show (one flipped bit: 41 of 100 for a 640×480 GIF, 93 for a
WebP), hence the decode of small ones, where it costs ≤ ~1 ms (table in docs/benchmarks.md).
"""

from __future__ import annotations

import hashlib
import mimetypes
import time
import warnings
from io import BytesIO
from typing import NamedTuple
from urllib.parse import unquote, urlsplit

from PIL import Image, UnidentifiedImageError
from .common import MediaRejected, _PILLOW_MIME
from .png import _PNG_SIGNATURE, _inspect_png
from .gif_webp import _inspect_gif, _inspect_webp
from .jpeg import _inspect_jpeg
from .markup import _markup

# ------------------------------------------------------------------------------------------------
# decoding with Pillow: small GIF and WebP, and every format without a structural check
# ------------------------------------------------------------------------------------------------
def _inspect_with_pillow(body: bytes, max_pixels: int) -> tuple[str, int, int]:
    previous = Image.MAX_IMAGE_PIXELS
    Image.MAX_IMAGE_PIXELS = max_pixels
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(BytesIO(body)) as image:
                kind, size = image.format, image.size
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


def inspect_image(body: bytes, max_pixels: int) -> tuple[str, int | None, int | None]:
    """(mime, width, height) of image bytes, or MediaRejected with the reason (module docstring:
    what is and is not verified)."""
    if body.startswith(b"\xff\xd8\xff"):
        return _inspect_jpeg(body, max_pixels)
    if body.startswith(_PNG_SIGNATURE):
        return _inspect_png(body, max_pixels)
    if body.startswith((b"GIF87a", b"GIF89a")):
        return _inspect_gif(body, max_pixels)
    if body.startswith(b"RIFF") and body[8:12] == b"WEBP":
        return _inspect_webp(body, max_pixels)
    markup = _markup(body)
    if markup is not None:
        return markup
    return _inspect_with_pillow(body, max_pixels)


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


def check_image(body: bytes, max_pixels: int, sha256: str | None = None) -> CheckedFile:
    """inspect_image and the file's sha256 (given when the caller has it: the capture of the
    response hashed these bytes already); MediaRejected if it is no image to keep."""
    started = time.thread_time()
    mime, width, height = inspect_image(body, max_pixels)
    sha256 = sha256 or hashlib.sha256(body).hexdigest()
    return CheckedFile(mime, width, height, sha256, (time.thread_time() - started) * 1000.0)


def check_document(body: bytes, url: str, content_type: str, sha256: str | None = None) -> CheckedFile:
    started = time.thread_time()
    mime = inspect_document(body, url, content_type)
    sha256 = sha256 or hashlib.sha256(body).hexdigest()
    return CheckedFile(mime, None, None, sha256, (time.thread_time() - started) * 1000.0)
