"""JPEG by its structure: header segments, frame, tables, every scan to EOI."""

from __future__ import annotations

import re
import struct
from typing import NamedTuple
from . import common
from .common import MediaRejected, _check_pixels, _corrupt, _truncated


# ------------------------------------------------------------------------------------------------
# JPEG
# ------------------------------------------------------------------------------------------------
_SOF_SHOWN = {0xC0: False, 0xC1: False, 0xC2: True}  # marker -> progressive
_SOF_OTHER = {0xC3: "lossless", 0xC5: "hierarchical", 0xC6: "hierarchical", 0xC7: "hierarchical",
              0xC9: "arithmetic-coded", 0xCA: "arithmetic-coded", 0xCB: "arithmetic-coded",
              0xCD: "arithmetic-coded", 0xCE: "arithmetic-coded", 0xCF: "arithmetic-coded"}
_JPEG_MARKER = re.compile(rb"\xff[^\x00\xd0-\xd7\xff]")  # in scan data: FF00 is a stuffed FF, FFD0-D7 restarts


class _Frame(NamedTuple):
    width: int
    height: int
    progressive: bool
    components: dict[int, tuple[int, int, int]]  # id -> (h, v, quantisation table)


def _jpeg_frame(body: bytes, start: int, end: int, progressive: bool, max_pixels: int) -> _Frame:
    if end - start < 6:
        raise _corrupt("JPEG frame header too short")
    precision, height, width, count = struct.unpack_from(">BHHB", body, start)
    if precision != 8:
        raise MediaRejected(f"not an image browsers can show: {precision}-bit JPEG")
    if height == 0:
        raise _corrupt("JPEG without a height (DNL) is not supported")
    if count not in (1, 3, 4) or end - start != 6 + 3 * count:
        raise _corrupt(f"JPEG frame header with {count} components")
    _check_pixels(width, height, max_pixels, "JPEG")
    components = {}
    for i in range(count):
        ident, sampling, table = body[start + 6 + 3 * i: start + 9 + 3 * i]
        h, v = sampling >> 4, sampling & 15
        if not (1 <= h <= 4 and 1 <= v <= 4) or table > 3 or ident in components:
            raise _corrupt("JPEG frame header with a bad component")
        components[ident] = (h, v, table)
    return _Frame(width, height, progressive, components)


def _jpeg_tables(body: bytes, marker: int, start: int, end: int, quant: set[int]) -> None:
    """DQT (quantisation tables defined, into `quant`) and DHT, checked to fill their segment exactly."""
    pos = start
    while pos < end:
        kind, index = body[pos] >> 4, body[pos] & 15
        if marker == 0xDB:
            if kind > 1 or index > 3:
                raise _corrupt("JPEG quantisation table header")
            quant.add(index)
            pos += 1 + 64 * (kind + 1)
        else:
            if kind > 1 or index > 3 or pos + 17 > end:
                raise _corrupt("JPEG Huffman table header")
            symbols = sum(body[pos + 1: pos + 17])
            if symbols > 256:
                raise _corrupt("JPEG Huffman table with more than 256 codes")
            pos += 17 + symbols
    if pos != end:
        raise _corrupt("JPEG table segment of the wrong length")


def _jpeg_scan(body: bytes, start: int, end: int, frame: _Frame | None, quant: set[int]) -> tuple[list[int], int, int]:
    """A scan header's components, Ss and Ah, checked against the frame as libjpeg checks them."""
    if frame is None:
        raise _corrupt("JPEG scan before the frame header")
    count = body[start] if start < end else 0
    if not 1 <= count <= 4 or end - start != 4 + 2 * count:
        raise _corrupt("JPEG scan header")
    ids = [body[start + 1 + 2 * i] for i in range(count)]
    if len(set(ids)) != count or any(i not in frame.components for i in ids):
        raise _corrupt("JPEG scan of components the frame does not have")
    if any(body[start + 2 + 2 * i] >> 4 > 3 or body[start + 2 + 2 * i] & 15 > 3 for i in range(count)):
        raise _corrupt("JPEG scan with a bad table number")
    if count > 1 and sum(frame.components[i][0] * frame.components[i][1] for i in ids) > 10:
        raise _corrupt("JPEG scan with more than 10 blocks per MCU")
    missing = {frame.components[i][2] for i in ids} - quant
    if missing:
        raise _corrupt(f"JPEG quantisation table {min(missing)} used but not defined")
    ss, se, a = body[end - 3], body[end - 2], body[end - 1]
    ah, al = a >> 4, a & 15
    if frame.progressive:
        bad = (ss > se or se > 63 or (ss == 0 and se != 0) or (ss > 0 and count != 1)
               or al > 13 or (ah != 0 and ah != al + 1))
        if bad:
            raise _corrupt("JPEG progressive scan with bad spectral selection or approximation")
    return ids, ss, ah


def _inspect_jpeg(body: bytes, max_pixels: int) -> tuple[str, int, int]:
    n = len(body)
    pos, steps, frame, quant, first_scan = 2, 0, None, set(), None
    while first_scan is None:  # headers, to the first scan
        steps += 1
        if steps > common.STEP_BUDGET:
            raise _corrupt(f"JPEG with more than {common.STEP_BUDGET:,} header segments")
        if pos + 4 > n:
            raise _truncated("JPEG (in its headers)")
        if body[pos] != 0xFF:  # bytes between two segments: skipped, as libjpeg and Pillow skip them
            pos = body.find(b"\xff", pos)
            if pos < 0:
                raise _truncated("JPEG (in its headers)")
            continue
        marker = body[pos + 1]
        if marker in (0xFF, 0x00):  # a fill byte; FF00 is more of the same junk
            pos += 1 if marker else 2
            continue
        if marker == 0x01:  # TEM, no length
            pos += 2
            continue
        length = body[pos + 2] << 8 | body[pos + 3]
        end = pos + 2 + length
        if length < 2 or marker in (0xD8, 0xD9) or 0xD0 <= marker <= 0xD7:
            raise _corrupt(f"JPEG marker 0x{marker:02X} where a header segment belongs")
        if end > n:
            raise _truncated("JPEG (in its headers)")
        if marker in _SOF_SHOWN:
            if frame is not None:
                raise _corrupt("JPEG with two frame headers")
            frame = _jpeg_frame(body, pos + 4, end, _SOF_SHOWN[marker], max_pixels)
        elif marker in _SOF_OTHER:
            raise MediaRejected(f"not an image browsers can show: {_SOF_OTHER[marker]} JPEG")
        elif marker in (0xDB, 0xC4):
            _jpeg_tables(body, marker, pos + 4, end, quant)
        elif marker == 0xDD:
            if length != 4:
                raise _corrupt("JPEG restart interval segment")
        elif marker == 0xDA:
            first_scan = _jpeg_scan(body, pos + 4, end, frame, quant)
        elif not (0xE0 <= marker <= 0xEF or marker in (0xFE, 0xCC)):  # APPn, COM, DAC: skipped
            raise _corrupt(f"JPEG with unknown marker 0x{marker:02X}")
        pos = end
    assert frame is not None  # a scan header needs one
    ids, ss, ah = first_scan
    scanned, dc_scanned = set(ids), set(ids) if ss == 0 and ah == 0 else set()
    single = not frame.progressive and len(ids) == len(frame.components)
    budget_end, scan_data = min(n, pos + common.JPEG_SCAN_BUDGET), pos  # scan_data: where the latest scan's data starts
    while True:
        found = _JPEG_MARKER.search(body, pos, budget_end)
        if found is not None and found.start() == scan_data:
            raise _corrupt("JPEG scan without data")
        if found is None:
            if budget_end < n:  # the budget is spent, not the file
                if body.endswith(b"\xff\xd9"):
                    break  # the rest is not searched, and ends as only a complete JPEG does
                budget_end = n  # bytes after EOI (a motion photo's video) or a cut file: search on
                continue
            raise _truncated("JPEG (no end of image after its image data)")
        pos = found.start()
        marker = body[pos + 1]
        if marker == 0xD9:
            missing = set(frame.components) - (dc_scanned if frame.progressive else scanned)
            if missing:
                raise _corrupt(f"JPEG without a scan of component {min(missing)}")
            break
        if single:
            raise _corrupt(f"JPEG marker 0x{marker:02X} inside its image data")
        # Between two scans of a multi-scan JPEG: tables, restart interval, APPn/COM, the next scan.
        steps += 1
        if steps > common.STEP_BUDGET:
            raise _corrupt(f"JPEG with more than {common.STEP_BUDGET:,} segments")
        if pos + 4 > n:
            raise _truncated("JPEG (between two scans)")
        length = body[pos + 2] << 8 | body[pos + 3]
        end = pos + 2 + length
        if length < 2:
            raise _corrupt(f"JPEG segment 0x{marker:02X} of length {length}")
        if end > n:
            raise _truncated("JPEG (between two scans)")
        if marker in (0xDB, 0xC4):
            _jpeg_tables(body, marker, pos + 4, end, quant)
        elif marker == 0xDD:
            if length != 4:
                raise _corrupt("JPEG restart interval segment")
        elif marker == 0xDA:
            ids, ss, ah = _jpeg_scan(body, pos + 4, end, frame, quant)
            scanned.update(ids)
            if ss == 0 and ah == 0:
                dc_scanned.update(ids)
        elif not (0xE0 <= marker <= 0xEF or marker == 0xFE):
            raise _corrupt(f"JPEG marker 0x{marker:02X} between two scans")
        pos, scan_data = end, end if marker == 0xDA else -1
    return "image/jpeg", frame.width, frame.height
