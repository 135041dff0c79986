"""GIF by its blocks to the trailer; WebP by its RIFF chunks and bitstream headers."""

from __future__ import annotations

import re
import struct
from io import BytesIO

from PIL import Image

from . import common
from .common import _check_pixels, _corrupt, _truncated


# ------------------------------------------------------------------------------------------------
# GIF
# ------------------------------------------------------------------------------------------------
# A run of 255-byte sub-blocks, skipped in one call (`.` with re.S, not [\s\S]: 70× faster).
_GIF_FULL_SUBBLOCKS = re.compile(rb"(?:\xff.{255})*+", re.S)


def _inspect_gif(body: bytes, max_pixels: int) -> tuple[str, int, int]:
    n = len(body)
    if n < 13:
        raise _truncated("GIF (in its header)")
    width, height, flags = struct.unpack_from("<HHB", body, 6)
    _check_pixels(width, height, max_pixels, "GIF")
    pos = 13 + (3 << ((flags & 7) + 1) if flags & 0x80 else 0)
    steps = frames = 0
    while True:
        if pos >= n:
            raise _truncated("GIF (no trailer)")
        block = body[pos]
        if block == 0x3B:
            if not frames:
                raise _corrupt("GIF without an image")
            break
        if block == 0x2C:  # image descriptor, local colour table, LZW code size, data sub-blocks
            if pos + 11 > n:
                raise _truncated("GIF (in an image descriptor)")
            _, _, frame_width, frame_height, frame_flags = struct.unpack_from("<HHHHB", body, pos + 1)
            if frame_width * frame_height > max_pixels:
                _check_pixels(frame_width, frame_height, max_pixels, "GIF frame")
            pos += 10 + (3 << ((frame_flags & 7) + 1) if frame_flags & 0x80 else 0)
            if pos >= n:
                raise _truncated("GIF (in an image descriptor)")
            if not 1 <= body[pos] <= 11:
                raise _corrupt(f"GIF frame with LZW code size {body[pos]}")
            pos += 1
            frames += 1
        elif block == 0x21:  # extension: label, sub-blocks
            pos += 2
        else:
            raise _corrupt(f"GIF with block 0x{block:02X} at byte {pos}")
        while True:  # sub-blocks, to the zero-length terminator
            pos = _GIF_FULL_SUBBLOCKS.match(body, pos).end()
            steps += 1
            if pos >= n:
                raise _truncated("GIF (in its data)")
            size = body[pos]
            pos += size + 1
            if not size:
                break
        if steps > common.STEP_BUDGET:  # a walk this long is no longer cheap: the end must still be a trailer
            if body.endswith(b"\x00\x3b"):
                break
            raise _truncated(f"GIF (not ending with a trailer after {common.STEP_BUDGET:,} blocks)")
    if width * height <= common.DECODE_MAX_PIXELS:
        _decode_small(body)
    return "image/gif", width, height


# ------------------------------------------------------------------------------------------------
# WebP
# ------------------------------------------------------------------------------------------------
def _webp_bitstream(body: bytes, kind: bytes, start: int, size: int) -> tuple[int, int]:
    """Width and height of a VP8 or VP8L bitstream, from its header."""
    if kind == b"VP8 ":
        if size < 10:
            raise _corrupt("WebP VP8 chunk too short")
        tag = body[start] | body[start + 1] << 8 | body[start + 2] << 16
        if tag & 1 or (tag >> 1) & 7 > 3 or not (tag >> 4) & 1 or body[start + 3:start + 6] != b"\x9d\x01\x2a":
            raise _corrupt("WebP VP8 bitstream without a shown key frame")
        if (tag >> 5) > size - 10:
            raise _corrupt("WebP VP8 partition larger than its chunk")
        width, height = struct.unpack_from("<HH", body, start + 6)
        return width & 0x3FFF, height & 0x3FFF
    if size < 5 or body[start] != 0x2F:
        raise _corrupt("WebP VP8L bitstream without its signature")
    bits = int.from_bytes(body[start + 1:start + 5], "little")
    if bits >> 29:
        raise _corrupt("WebP VP8L bitstream of an unknown version")
    return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1


def _webp_chunks(body: bytes, pos: int, end: int):
    """(fourcc, payload start, payload size) of the chunks in body[pos:end]."""
    steps = 0
    while pos < end:
        steps += 1
        if steps > common.STEP_BUDGET:
            raise _corrupt(f"WebP with more than {common.STEP_BUDGET:,} chunks")
        if pos + 8 > end:
            raise _corrupt("WebP chunk header cut by its container")
        kind, size = body[pos:pos + 4], int.from_bytes(body[pos + 4:pos + 8], "little")
        if pos + 8 + size > end:
            raise _corrupt(f"WebP {kind.decode('latin-1')} chunk larger than its container")
        yield kind, pos + 8, size
        pos += 8 + size + (size & 1)


def _inspect_webp(body: bytes, max_pixels: int) -> tuple[str, int, int]:
    n = len(body)
    riff_end = 8 + int.from_bytes(body[4:8], "little")
    if riff_end > n:
        raise _truncated(f"WebP ({n:,} bytes of the {riff_end:,} its RIFF header says)")
    chunks = _webp_chunks(body, 12, riff_end)
    first = next(chunks, None)
    if first is None:
        raise _corrupt("WebP without chunks")
    kind, start, size = first
    if kind in (b"VP8 ", b"VP8L"):
        width, height = _webp_bitstream(body, kind, start, size)
        _check_pixels(width, height, max_pixels, "WebP")
        for _ in chunks:  # the rest must still be well-formed chunks
            pass
        if width * height <= common.DECODE_MAX_PIXELS:
            _decode_small(body)
        return "image/webp", width, height
    if kind != b"VP8X" or size < 10:
        raise _corrupt(f"WebP starting with a {kind.decode('latin-1')} chunk")
    flags = body[start]
    width = 1 + int.from_bytes(body[start + 4:start + 7], "little")
    height = 1 + int.from_bytes(body[start + 7:start + 10], "little")
    _check_pixels(width, height, max_pixels, "WebP canvas")
    animated, images = bool(flags & 0x02), 0
    for kind, start, size in chunks:
        if kind == b"ANMF":
            if not animated or size < 16:
                raise _corrupt("WebP animation frame in a still image, or too short")
            x = 2 * int.from_bytes(body[start:start + 3], "little")
            y = 2 * int.from_bytes(body[start + 3:start + 6], "little")
            fw = 1 + int.from_bytes(body[start + 6:start + 9], "little")
            fh = 1 + int.from_bytes(body[start + 9:start + 12], "little")
            if x + fw > width or y + fh > height:
                raise _corrupt("WebP animation frame outside the canvas")
            bitstreams = [chunk for chunk in _webp_chunks(body, start + 16, start + size)
                          if chunk[0] in (b"VP8 ", b"VP8L")]
            if len(bitstreams) != 1 or _webp_bitstream(body, *bitstreams[0]) != (fw, fh):
                raise _corrupt("WebP animation frame without one bitstream of its size")
            images += 1
        elif kind in (b"VP8 ", b"VP8L"):
            if animated or images:
                raise _corrupt("WebP with a misplaced or second bitstream")
            if _webp_bitstream(body, kind, start, size) != (width, height):
                raise _corrupt("WebP bitstream of another size than its canvas")
            images += 1
    if not images:
        raise _corrupt("WebP without an image")
    if width * height <= common.DECODE_MAX_PIXELS:
        _decode_small(body)
    return "image/webp", width, height


def _decode_small(body: bytes) -> None:
    """Decode a small GIF or WebP (its first frame) whose structure is already checked: LZW and
    VP8/VP8L data have no checksum, and only a decode finds them damaged."""
    try:
        with Image.open(BytesIO(body)) as image:
            image.load()
    except Exception as error:  # noqa: BLE001 - whatever the decoder raises, the file is damaged
        raise _corrupt(f"{error.__class__.__name__}: {error}") from None
