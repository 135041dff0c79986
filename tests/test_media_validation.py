"""crawler.pipelines.validation: an image is kept only if its structure is whole — JPEG segments and
scans to EOI, PNG chunks and CRCs to IEND, GIF blocks to the trailer, WebP chunks within their RIFF
size — and within max_pixels; HTML and active SVG are refused. Every image here is made by Pillow
in the test. Speed is measured by `python -m bench.media`, never here."""

from __future__ import annotations

import hashlib
import io
import random
import struct
import zlib

import pytest
from PIL import Image

from crawler.pipelines.validation import common as validation  # the work budgets
from crawler.pipelines.validation import MediaRejected, check_image, inspect_image

MAX_PIXELS = 80_000_000
REFUSED = "corrupt|not an image"


def _picture(size=(640, 480), mode="RGB") -> Image.Image:
    width, height = size
    image = Image.new("RGB", size)
    # Noise, not a flat colour: the compressed data is long enough to cut in the middle.
    image.putdata([((x * 7 + y * 13) % 256, (x * y) % 256, (x ^ y) % 256) for y in range(height) for x in range(width)])
    return image if mode == "RGB" else image.convert(mode)


def _encoded(fmt: str, size=(640, 480), mode="RGB", **options) -> bytes:
    buffer = io.BytesIO()
    _picture(size, mode).save(buffer, fmt, **options)
    return buffer.getvalue()


def _animation(fmt: str, size=(320, 240), **options) -> bytes:
    frames = [_picture(size), _picture(size).rotate(90), _picture(size).transpose(Image.Transpose.FLIP_LEFT_RIGHT)]
    buffer = io.BytesIO()
    frames[0].save(buffer, fmt, save_all=True, append_images=frames[1:], duration=100, loop=0, **options)
    return buffer.getvalue()


def _refused(body: bytes, match: str = REFUSED) -> str:
    with pytest.raises(MediaRejected, match=match) as refusal:
        inspect_image(body, MAX_PIXELS)
    return str(refusal.value)


def _scan_data(jpeg: bytes) -> int:
    """Offset of the first scan's entropy-coded data."""
    sos = jpeg.index(b"\xff\xda")
    return sos + 2 + struct.unpack(">H", jpeg[sos + 2:sos + 4])[0]


@pytest.fixture(scope="module")
def images():
    return {
        "JPEG": _encoded("JPEG"),
        "PNG": _encoded("PNG"),
        "GIF": _encoded("GIF"),
        "WEBP": _encoded("WEBP"),
        "progressive": _encoded("JPEG", progressive=True),
        "CMYK": _encoded("JPEG", mode="CMYK"),
        "grey": _encoded("JPEG", mode="L", progressive=True),
        "restarts": _encoded("JPEG", restart_marker_rows=1),
        "lossless WebP": _encoded("WEBP", lossless=True),
        "alpha WebP": _encoded("WEBP", mode="RGBA"),
        "animated WebP": _animation("WEBP"),
        "animated GIF": _animation("GIF", comment=b"hoi thi van nghe"),
        "APNG": _animation("PNG"),
    }


@pytest.fixture(scope="module")
def photo_12mp() -> bytes:
    """A 4000×3000 phone-like photo (smooth shapes and sensor noise), Pillow quality 90: ~3 MB,
    longer than the marker-search budget. Slow to make (~1 s), so made once."""
    rng = random.Random(12)
    coarse = Image.frombytes("RGB", (101, 76), rng.randbytes(101 * 76 * 3)).resize((4000, 3000), Image.BICUBIC)
    noisy = Image.blend(coarse, Image.effect_noise((4000, 3000), 24).convert("RGB"), 0.25)
    buffer = io.BytesIO()
    noisy.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


# -- valid images are kept ----------------------------------------------------------------------
@pytest.mark.parametrize("name,mime,size", [
    ("JPEG", "image/jpeg", (640, 480)), ("PNG", "image/png", (640, 480)), ("GIF", "image/gif", (640, 480)),
    ("WEBP", "image/webp", (640, 480)), ("progressive", "image/jpeg", (640, 480)), ("CMYK", "image/jpeg", (640, 480)),
    ("grey", "image/jpeg", (640, 480)), ("restarts", "image/jpeg", (640, 480)),
    ("lossless WebP", "image/webp", (640, 480)), ("alpha WebP", "image/webp", (640, 480)),
    ("animated WebP", "image/webp", (320, 240)), ("animated GIF", "image/gif", (320, 240)),
    ("APNG", "image/png", (320, 240)),
])
def test_valid_images_are_kept_with_their_size(images, name, mime, size):
    checked = check_image(images[name], MAX_PIXELS)
    assert (checked.mime, (checked.width, checked.height)) == (mime, size)
    assert checked.sha256 == hashlib.sha256(images[name]).hexdigest()
    assert Image.open(io.BytesIO(images[name])).size == size  # what Pillow says, too


def test_a_12_megapixel_photo_is_kept(photo_12mp):
    assert len(photo_12mp) > validation.JPEG_SCAN_BUDGET  # the rest is checked by the file's end
    checked = check_image(photo_12mp, MAX_PIXELS)
    assert (checked.mime, checked.width, checked.height) == ("image/jpeg", 4000, 3000)
    assert checked.sha256 == hashlib.sha256(photo_12mp).hexdigest()


@pytest.mark.parametrize("keep", [0.3, 0.6, 0.9, 0.999])
def test_a_12_megapixel_photo_cut_in_its_scan_is_refused(photo_12mp, keep):
    _refused(photo_12mp[: int(len(photo_12mp) * keep)])


def test_a_12_megapixel_photo_cut_just_before_its_end_is_refused(photo_12mp):
    _refused(photo_12mp[:-2])  # without EOI
    _refused(photo_12mp[:-1])  # half of it


def test_small_and_tiny_images_are_kept():
    for fmt in ("JPEG", "PNG", "GIF", "WEBP"):
        for size in ((1, 1), (17, 3), (200, 200)):
            assert inspect_image(_encoded(fmt, size), MAX_PIXELS)[1:] == size


def test_bytes_after_the_end_of_a_jpeg_are_allowed(images):
    """MPO files and motion photos carry more after the first image's EOI."""
    for trailer in (b"\x00" * 64, b"....ftypmp42" + bytes(range(256)) * 40, images["JPEG"]):
        assert inspect_image(images["JPEG"] + trailer, MAX_PIXELS) == ("image/jpeg", 640, 480)
        assert inspect_image(images["progressive"] + trailer, MAX_PIXELS) == ("image/jpeg", 640, 480)


# -- truncated -----------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["JPEG", "PNG", "GIF", "WEBP", "progressive", "CMYK", "restarts",
                                  "lossless WebP", "animated WebP", "animated GIF", "APNG"])
@pytest.mark.parametrize("keep", [0.01, 0.1, 0.5, 0.9, 0.99])
def test_truncated_images_are_refused(images, name, keep):
    body = images[name]
    _refused(body[: int(len(body) * keep)])


@pytest.mark.parametrize("name", ["JPEG", "PNG", "GIF", "WEBP", "progressive", "animated GIF", "APNG"])
def test_images_cut_anywhere_are_refused(images, name):
    body = images[name]
    for cut in sorted({*range(1, len(body), max(1, len(body) // 400)), *range(len(body) - 24, len(body))}):
        with pytest.raises(MediaRejected):
            inspect_image(body[:cut], MAX_PIXELS)


@pytest.mark.parametrize("name", ["JPEG", "progressive", "CMYK", "restarts"])
def test_jpeg_cut_inside_its_scan_or_just_before_eoi_is_refused(images, name):
    body = images[name]
    assert body.endswith(b"\xff\xd9")
    start = _scan_data(body)
    for cut in (start, start + 1, start + 100, (start + len(body)) // 2, len(body) - 3, len(body) - 2, len(body) - 1):
        assert "truncated" in _refused(body[:cut])


def test_progressive_jpeg_cut_between_two_scans_is_refused(images):
    body = images["progressive"]
    scans = [i for i in range(len(body)) if body.startswith(b"\xff\xda", i)]
    assert len(scans) > 5
    for at in scans[1:]:
        _refused(body[:at])  # ends where the next scan's header would begin
        _refused(body[:at + 4])  # in the middle of it


def test_png_without_its_last_chunk_is_refused(images):
    body = images["PNG"]
    assert body.endswith(b"IEND\xaeB`\x82")
    assert "truncated" in _refused(body[:-12])


# -- corrupt ------------------------------------------------------------------------------------
def test_png_with_a_damaged_byte_in_its_pixel_data_is_refused(images):
    body = bytearray(images["PNG"])
    body[body.index(b"IDAT") + 200] ^= 0xFF
    assert "CRC" in _refused(bytes(body))


def test_png_with_a_wrong_crc_is_refused(images):
    body = bytearray(images["PNG"])
    body[8 + 8 + 13] ^= 0x01  # IHDR's CRC
    assert "IHDR chunk with a wrong CRC" in _refused(bytes(body))
    body = bytearray(images["PNG"])
    body[-1] ^= 0x01  # IEND's
    assert "IEND chunk with a wrong CRC" in _refused(bytes(body))


def test_jpeg_with_a_stray_marker_in_its_scan_is_refused(images):
    body = images["JPEG"]
    middle = (_scan_data(body) + len(body)) // 2
    for marker in (b"\xff\xe1\x00\x10", b"\xff\xc4\x00\x03", b"\xff\xda\x00\x08", b"\xff\xd8"):
        assert "inside its image data" in _refused(body[:middle] + marker + body[middle:])


def test_jpeg_with_a_damaged_header_is_refused(images):
    body = images["JPEG"]
    sof, dqt = body.index(b"\xff\xc0"), body.index(b"\xff\xdb")
    for start, patch, reason in [
        (dqt + 3, bytes([body[dqt + 3] + 1]), "quantisation table"),  # a DQT segment one byte too long
        (sof + 2, b"\x00\x03", "frame header"),               # SOF length
        (sof + 9, b"\x02", "components"),                     # two components
        (sof + 4, b"\x0c", "12-bit JPEG"),                    # precision
        (sof + 1, b"\xc9", "arithmetic-coded"),               # SOF9
        (sof + 1, b"\xc3", "lossless"),                       # SOF3
    ]:
        damaged = body[:start] + patch + body[start + len(patch):]
        assert reason in _refused(damaged, "corrupt|truncated|not an image")


def test_jpeg_using_an_undefined_quantisation_table_is_refused(images):
    body = bytearray(images["JPEG"])
    sof = body.index(b"\xff\xc0")
    body[sof + 10 + 2] = 3  # the first component's table: 3, never defined
    assert "quantisation table 3" in _refused(bytes(body))


def test_gif_and_webp_damaged_inside_their_pixel_data_are_refused_when_small():
    """No checksum guards LZW or VP8 data: images up to 200×200 are decoded to find damage."""
    gif = _encoded("GIF", (120, 90))
    position = 13 + (3 << ((gif[10] & 7) + 1) if gif[10] & 0x80 else 0)  # header, screen, colour table
    while gif[position] == 0x21:  # extensions
        position += 2
        while gif[position]:
            position += gif[position] + 1
        position += 1
    assert gif[position] == 0x2C
    flags = gif[position + 9]
    data = position + 11 + (3 << ((flags & 7) + 1) if flags & 0x80 else 0)  # first data sub-block's length
    damaged = gif[:data + 1] + b"\xff" * gif[data] + gif[data + 1 + gif[data]:]
    _refused(damaged, "corrupt image: OSError")
    webp = _encoded("WEBP", (120, 90))
    _refused(webp[:40] + b"\xff" * (len(webp) - 40), "corrupt image: OSError")
    big = _encoded("GIF", (400, 300))  # above 200×200: the structure only
    assert inspect_image(big, MAX_PIXELS)[1:] == (400, 300)


def test_webp_shorter_or_longer_than_its_riff_size_is_refused_or_kept(images):
    body = images["WEBP"]
    assert "RIFF" in _refused(body[:-1])
    grown = body[:4] + struct.pack("<I", len(body) - 8 + 2) + body[8:]
    assert "RIFF" in _refused(grown)
    assert inspect_image(body + b"\x00\x00", MAX_PIXELS)[0] == "image/webp"  # bytes after the RIFF: ignored


def test_gif_without_its_trailer_or_with_a_bad_block_is_refused(images):
    body = images["animated GIF"]
    assert body.endswith(b"\x00;")
    assert "no trailer" in _refused(body[:-1])
    assert "block 0x3A" in _refused(body[:-1] + b":")


def test_not_an_image_at_all_is_refused():
    for body in (b"", b"\x00" * 100, b"Warning: mysql_connect() failed", b"%PDF-1.4 ...", b"PK\x03\x04zip"):
        _refused(body, "not an image")


# -- decompression bombs ------------------------------------------------------------------------
def _png_claiming(width: int, height: int) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = chunk(b"IDAT", zlib.compress(b"\x00" * 64))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + idat + chunk(b"IEND", b"")


def _gif_claiming(screen: tuple[int, int], frame: tuple[int, int]) -> bytes:
    image = b"\x2c" + struct.pack("<HHHHB", 0, 0, *frame, 0) + b"\x02\x02\x44\x01\x00"
    return b"GIF89a" + struct.pack("<HHBBB", *screen, 0x80, 0, 0) + b"\x00" * 6 + image + b";"


def test_decompression_bomb_png_is_refused():
    assert len(_png_claiming(100_000, 100_000)) < 100
    _refused(_png_claiming(100_000, 100_000), "decompression bomb")
    _refused(_png_claiming(MAX_PIXELS // 1000 + 1, 1000), "decompression bomb")
    assert inspect_image(_png_claiming(8, 8), MAX_PIXELS) == ("image/png", 8, 8)


def test_decompression_bomb_gif_is_refused():
    assert inspect_image(_gif_claiming((1, 1), (1, 1)), MAX_PIXELS) == ("image/gif", 1, 1)  # a real one-pixel GIF
    _refused(_gif_claiming((65535, 65535), (1, 1)), "decompression bomb")
    _refused(_gif_claiming((1, 1), (65535, 65535)), "decompression bomb")  # a frame larger than its screen


def test_decompression_bomb_jpeg_and_webp_are_refused(images):
    jpeg = bytearray(images["JPEG"])
    sof = jpeg.index(b"\xff\xc0")
    jpeg[sof + 5:sof + 9] = struct.pack(">HH", 60000, 60000)
    _refused(bytes(jpeg), "decompression bomb")
    webp = images["animated WebP"]  # VP8X: canvas width - 1 and height - 1 at bytes 24..29
    _refused(webp[:24] + (16_000_000).to_bytes(3, "little") * 2 + webp[30:], "decompression bomb")


def test_max_pixels_is_the_limit(images):
    assert inspect_image(images["JPEG"], 640 * 480)[1:] == (640, 480)
    for name in ("JPEG", "PNG", "GIF", "WEBP"):
        with pytest.raises(MediaRejected, match="decompression bomb"):
            inspect_image(images[name], 640 * 480 - 1)


# -- HTML and SVG -------------------------------------------------------------------------------
@pytest.mark.parametrize("body", [
    b"<!DOCTYPE html><html><body>Not found</body></html>",
    b"\n\n   <html><head><title>404</title></head></html>",
    b"\xef\xbb\xbf<!doctype html><html>",
    b"<!-- nginx --><HTML><BODY>502 Bad Gateway</BODY></HTML>",
    b'<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x"><html xmlns="http://www.w3.org/1999/xhtml"><svg/></html>',
    b"<head><meta charset=utf-8><title>Trang chu</title>",
])
def test_html_served_as_an_image_is_refused(body):
    _refused(body, "HTML page")


SVG = b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">'


@pytest.mark.parametrize("body", [
    SVG + b"<script>alert(1)</script></svg>",
    b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>',
    b"<svg/onload=alert(1)>",
    b'<!-- logo -->\n<svg onclick = "x"></svg>',
    SVG + b"<svg:script>alert(1)</svg:script></svg>",
    SVG + b"<SCRIPT>alert(1)</SCRIPT></svg>",
    SVG + b'<image href="x.png" onerror="alert(1)"/></svg>',
    SVG + b'<a href="javascript:alert(1)"><rect/></a></svg>',
    SVG + b'<a xlink:href=" JaVaScRiPt:alert(1)"><rect/></a></svg>',
    SVG + b'<a xlink:href="&#106;avascript:alert(1)"><rect/></a></svg>',
    SVG + b'<a href="java&#x09;script:alert(1)"><rect/></a></svg>',
    SVG + b'<a href="java\tscript:alert(1)"><rect/></a></svg>',
    SVG + b'<a href="javascript&colon;alert(1)"><rect/></a></svg>',
    SVG + b'<a xlink:href="vbscript:msgbox(1)"><rect/></a></svg>',
    SVG + b'<a href="data:text/html;base64,PHNjcmlwdD4=">x</a></svg>',
    SVG + b"<style>rect{fill:url(javascript:alert(1))}</style></svg>",
    SVG + b'<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject></svg>',
    SVG + b'<iframe src="https://example.org/"/></svg>',
    SVG + b'<embed src="x.swf"/></svg>',
    SVG + b'<object data="x.html"/></svg>',
    SVG + b'<handler type="application/ecmascript">alert(1)</handler></svg>',
    SVG + b'<set attributeName="onmouseover" to="alert(1)"/></svg>',
    SVG + b'<animate attributeName="href" values="javascript:alert(1)"/></svg>',
    b'<?xml-stylesheet type="text/xsl" href="x.xsl"?>' + SVG + b"</svg>",
    b'<!DOCTYPE svg [<!ENTITY x "&#60;script&#62;alert(1)&#60;/script&#62;">]>' + SVG + b"&x;</svg>",
    b'<?xml version="1.0" encoding="UTF-7"?>' + SVG + b"</svg>",
])
def test_scripted_svg_is_refused(body):
    _refused(body, "SVG")


@pytest.mark.parametrize("body", [
    SVG + b'<rect width="5" height="5" fill="red"/><text x="1" y="9">X\xc3\xa3 V\xc4\xa9nh H\xc3\xb2a</text></svg>',
    (b'<?xml version="1.0" encoding="utf-8"?>\n<!-- Generator: Adobe Illustrator 16.0.0, SVG Export Plug-In -->\n'
     b'<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [\n'
     b'<!ENTITY ns_svg "http://www.w3.org/2000/svg">\n]>\n<svg version="1.1" id="Layer_1" xmlns="&ns_svg;" '
     b'enable-background="new 0 0 10 10" xml:space="preserve"><g><path d="M0,0h10v10z" fill="none"/></g></svg>'),
    b'\xef\xbb\xbf<svg xmlns="http://www.w3.org/2000/svg"/>',
    b'<svg:svg xmlns:svg="http://www.w3.org/2000/svg"><svg:circle r="4"/></svg:svg>',
])
def test_plain_svg_is_kept(body):
    assert check_image(body, MAX_PIXELS)[:3] == ("image/svg+xml", None, None)


# -- bounded work -------------------------------------------------------------------------------
def test_past_the_budgets_only_the_end_is_checked(images, monkeypatch):
    """With tiny budgets every path past them runs: valid files are kept, cut files still refused."""
    monkeypatch.setattr(validation, "JPEG_SCAN_BUDGET", 512)
    monkeypatch.setattr(validation, "PNG_CRC_BUDGET", 512)
    for name in ("JPEG", "progressive", "restarts", "PNG", "APNG"):
        body = images[name]
        assert inspect_image(body, MAX_PIXELS)[1:] == Image.open(io.BytesIO(body)).size
        for keep in (0.5, 0.9, 0.999):
            _refused(body[: int(len(body) * keep)])
        _refused(body[:-1])
    # After EOI, a video (not ending with FF D9): the scan is searched on to its EOI.
    assert inspect_image(images["JPEG"] + b"....ftypmp42" + b"\x01" * 5000, MAX_PIXELS)[0] == "image/jpeg"


def test_past_the_step_budget_the_end_is_checked(images, monkeypatch):
    monkeypatch.setattr(validation, "STEP_BUDGET", 2)
    assert inspect_image(images["APNG"], MAX_PIXELS)[1:] == (320, 240)
    assert inspect_image(images["animated GIF"], MAX_PIXELS)[1:] == (320, 240)
    _refused(images["APNG"][:-1])
    _refused(images["animated GIF"][:-1])


def test_the_previous_decoding_check_agrees_on_valid_and_cut_images(images):
    """bench.media keeps the implementation this one replaced: both keep the valid images and
    refuse the cut ones."""
    from bench.media import _previous_inspect_image

    for name in ("JPEG", "PNG", "GIF", "WEBP", "progressive", "CMYK"):
        assert _previous_inspect_image(images[name], MAX_PIXELS) == inspect_image(images[name], MAX_PIXELS)
        with pytest.raises(MediaRejected):
            _previous_inspect_image(images[name][: len(images[name]) // 2], MAX_PIXELS)
