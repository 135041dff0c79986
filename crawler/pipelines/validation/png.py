"""PNG by its chunks: IHDR, order, CRCs, to IEND."""

from __future__ import annotations

import struct
import zlib
from . import common
from .common import _check_pixels, _corrupt, _truncated


# ------------------------------------------------------------------------------------------------
# PNG
# ------------------------------------------------------------------------------------------------
_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
_PNG_IEND = b"\x00\x00\x00\x00IEND\xaeB`\x82"
_PNG_DEPTHS = {0: (1, 2, 4, 8, 16), 2: (8, 16), 3: (1, 2, 4, 8), 4: (8, 16), 6: (8, 16)}
_PNG_CRITICAL = {b"IHDR", b"PLTE", b"IDAT", b"IEND"}


def _inspect_png(body: bytes, max_pixels: int) -> tuple[str, int, int]:
    n, view = len(body), memoryview(body)
    pos, steps, crc_budget = 8, 0, common.PNG_CRC_BUDGET
    width = height = colour = 0
    palette, idat = False, 0  # idat: 0 none yet, 1 in the run of IDATs, 2 after it
    while True:
        if pos + 12 > n:
            raise _truncated("PNG (no IEND chunk)")
        length, kind = struct.unpack_from(">I4s", body, pos)
        data, crc_at = pos + 8, pos + 8 + length
        if length > 0x7FFFFFFF or not kind.isalpha():
            raise _corrupt(f"PNG chunk {kind!r} of length {length} at byte {pos}")
        if crc_at + 4 > n:
            raise _truncated(f"PNG (in its {kind.decode('latin-1')} chunk)")
        steps += 1
        if steps > common.STEP_BUDGET:  # a walk this long is no longer cheap: the end must still be IEND
            if body.endswith(_PNG_IEND):
                break
            raise _truncated(f"PNG (not ending with IEND after {common.STEP_BUDGET:,} chunks)")
        if crc_budget >= length:
            crc_budget -= length
            if zlib.crc32(view[pos + 4:crc_at]) != int.from_bytes(body[crc_at:crc_at + 4], "big"):
                raise _corrupt(f"PNG {kind.decode('latin-1')} chunk with a wrong CRC")
        if pos == 8:
            if kind != b"IHDR" or length != 13:
                raise _corrupt("PNG not starting with IHDR")
            width, height, depth, colour, compression, filtering, interlace = struct.unpack_from(">IIBBBBB", body, data)
            if depth not in _PNG_DEPTHS.get(colour, ()) or compression or filtering or interlace > 1:
                raise _corrupt("PNG header with a bad depth, colour type or method")
            _check_pixels(width, height, max_pixels, "PNG")
        elif kind == b"IDAT":
            if idat == 2:
                raise _corrupt("PNG with IDAT chunks that are not consecutive")
            if colour == 3 and not palette:
                raise _corrupt("PNG with a palette image and no PLTE")
            idat = 1
        else:
            if idat == 1:
                idat = 2
            if kind == b"IEND":
                if idat == 0:
                    raise _corrupt("PNG without image data")
                break
            if kind == b"PLTE":
                if palette or idat or colour in (0, 4) or not length or length % 3 or length > 768:
                    raise _corrupt("PNG with a bad PLTE chunk")
                palette = True
            elif kind == b"fcTL":  # APNG frame: within the canvas
                if length != 26:
                    raise _corrupt("APNG frame control chunk")
                _, fw, fh, fx, fy = struct.unpack_from(">IIIII", body, data)
                if not fw or not fh or fx + fw > width or fy + fh > height:
                    raise _corrupt("APNG frame outside the canvas")
            elif kind in _PNG_CRITICAL or kind[0] < 0x61:  # uppercase first letter: critical
                raise _corrupt(f"PNG with a misplaced or unknown critical chunk {kind.decode('latin-1')}")
        pos = crc_at + 4
    return "image/png", width, height
