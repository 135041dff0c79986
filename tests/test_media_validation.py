"""crawler.pipelines.validation: an image is kept only if Pillow reads it to its end. JPEG is
entropy-decoded (at 1/8 scale), PNG has every chunk's CRC checked up to IEND, other formats are
decoded; whichever way, truncated and corrupt files are refused, as are bombs, HTML and active SVG."""

from __future__ import annotations

import io
import struct
import zlib

import pytest
from PIL import Image

from crawler.pipelines.validation import MediaRejected, check_image

MAX_PIXELS = 80_000_000


def _encoded(fmt: str, size=(640, 480), mode="RGB") -> bytes:
    image = Image.new(mode, size)
    # Noise, not a flat colour: the compressed data is long enough to cut in the middle.
    image.putdata([((x * 7 + y * 13) % 256, (x * y) % 256, (x ^ y) % 256)[: len(mode)] if mode != "L" else (x * y) % 256
                   for y in range(size[1]) for x in range(size[0])])
    buffer = io.BytesIO()
    image.save(buffer, fmt)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def images():
    return {fmt: _encoded(fmt) for fmt in ("JPEG", "PNG", "GIF", "WEBP")}


@pytest.mark.parametrize("fmt,mime", [("JPEG", "image/jpeg"), ("PNG", "image/png"), ("GIF", "image/gif"),
                                      ("WEBP", "image/webp")])
def test_valid_images_are_kept_with_their_size(images, fmt, mime):
    checked = check_image(images[fmt], MAX_PIXELS)
    assert (checked.mime, checked.width, checked.height) == (mime, 640, 480)
    assert len(checked.sha256) == 64


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "GIF", "WEBP"])
@pytest.mark.parametrize("keep", [0.5, 0.9])
def test_truncated_images_are_refused(images, fmt, keep):
    body = images[fmt]
    with pytest.raises(MediaRejected, match="corrupt|not an image"):
        check_image(body[: int(len(body) * keep)], MAX_PIXELS)


def test_png_without_its_last_chunk_is_refused(images):
    body = images["PNG"]
    assert body.endswith(b"IEND\xaeB`\x82")
    with pytest.raises(MediaRejected, match="corrupt"):
        check_image(body[:-12], MAX_PIXELS)


def test_png_with_a_damaged_byte_in_its_pixel_data_is_refused(images):
    body = bytearray(images["PNG"])
    body[body.index(b"IDAT") + 200] ^= 0xFF
    with pytest.raises(MediaRejected, match="corrupt"):
        check_image(bytes(body), MAX_PIXELS)


def _png_claiming(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")


def test_decompression_bomb_png_is_refused():
    with pytest.raises(MediaRejected, match="decompression bomb"):
        check_image(_png_claiming(100_000, 100_000), MAX_PIXELS)


def test_html_and_active_svg_are_refused():
    with pytest.raises(MediaRejected, match="HTML page"):
        check_image(b"<!DOCTYPE html><html><body>Not found</body></html>", MAX_PIXELS)
    with pytest.raises(MediaRejected, match="SVG with script"):
        check_image(b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>', MAX_PIXELS)
    assert check_image(b'<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>', MAX_PIXELS).mime == "image/svg+xml"
