"""Page bytes → text (crawler/discovery/decoding.py): misstated charsets, UTF-8 with Windows-1252
pieces pasted in, legacy Vietnamese encodings, and a document never lost for a few bad bytes."""

from __future__ import annotations

import unicodedata

import pytest

from crawler.discovery.decoding import UndecodablePage, decode_page

TEXT = "<html><body><p>Đảng ủy xã Vĩnh Tế tổ chức hội nghị sơ kết quý I năm 2024.</p></body></html>"


def test_utf8_under_a_wrong_header():
    decoded = decode_page(TEXT.encode("utf-8"), "text/html; charset=iso-8859-1")
    assert (decoded.text, decoded.encoding, decoded.replaced) == (TEXT, "utf-8", 0)


def cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese legacy pages write it: a base letter, then a combining tone mark."""
    out = b""
    for char in text:
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            base, *marks = unicodedata.normalize("NFD", char)
            base = unicodedata.normalize("NFC", base + "".join(m for m in marks if m not in TONES))
            out += base.encode("cp1258") + "".join(m for m in marks if m in TONES).encode("cp1258")
    return out


TONES = "\u0300\u0301\u0303\u0309\u0323"


def test_windows_1258_declared():
    body = cp1258(TEXT.replace("<html>", '<html><head><meta charset="windows-1258"></head>'))
    decoded = decode_page(body, "text/html")
    assert decoded.encoding == "cp1258" and "Vĩnh Tế" in unicodedata.normalize("NFC", decoded.text)


def test_a_few_bad_bytes_after_the_document_are_replaced_and_counted():
    body = (TEXT * 2000).encode("utf-8") + b"\x81\x8d\x9d"   # bytes no charset here repairs
    decoded = decode_page(body, "text/html; charset=utf-8")
    assert decoded.text.startswith(TEXT) and decoded.encoding == "utf-8"
    assert 1 <= decoded.replaced <= 3


def test_windows_1252_pasted_into_utf8_is_repaired():
    pasted = "<p>Bản “trích” dẫn</p>".encode("utf-8").replace("“".encode(), "“".encode("cp1252"))
    body = TEXT.encode("utf-8").replace(b"</body>", pasted + b"</body>")
    decoded = decode_page(body, "text/html; charset=utf-8")
    assert "“trích”" in decoded.text and decoded.replaced == 0


def test_one_bad_byte_inside_a_long_utf8_document_is_replaced_not_fatal():
    body = (TEXT * 200).encode("utf-8").replace(b"</p>", b"\x81</p>", 1)
    decoded = decode_page(body, "text/html; charset=utf-8")
    assert decoded.text.count("Vĩnh Tế") == 200 and decoded.replaced == 1


def test_a_page_with_more_than_a_few_bad_bytes_is_refused():
    body = TEXT.encode("utf-8").replace(b"</p>", b"\x81\x8d</p>") * 100   # 2 % of its bytes
    with pytest.raises(UndecodablePage):
        decode_page(body, "text/html; charset=utf-8")
