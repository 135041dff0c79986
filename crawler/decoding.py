"""Page bytes → text, for portals that misstate their encoding.

Order of trust: a byte-order mark; bytes that are valid UTF-8 (a wrong `charset=iso-8859-1` header
over UTF-8 is common, while Vietnamese text in a legacy encoding is practically never valid UTF-8);
the HTTP header; `<meta charset>`; then charset-normalizer's detection. Vietnamese legacy pages use
windows-1258, whose tone marks decode as combining characters — the extractor normalizes to NFC.
A page that decodes cleanly under none of these is reported, never stored as mojibake.
"""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom, resolve_encoding


class UndecodablePage(ValueError):
    """No encoding decodes the page without errors."""


def _strict(body: bytes, encoding: str | None) -> str | None:
    if not encoding:
        return None
    name = resolve_encoding(encoding) or encoding
    try:
        codecs.lookup(name)
        return body.decode(name)
    except (LookupError, UnicodeDecodeError):
        return None


def decode_page(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """(text, encoding name) of a page."""
    bom_encoding, bom = read_bom(body)
    if bom_encoding:
        return body[len(bom):].decode(bom_encoding, errors="replace"), bom_encoding
    text = _strict(body, "utf-8")
    if text is not None:
        return text, "utf-8"
    declared = [http_content_type_encoding(content_type or ""), html_body_declared_encoding(body)]
    for encoding in declared:
        if encoding and resolve_encoding(encoding) not in ("utf-8", "utf8"):
            text = _strict(body, encoding)
            if text is not None:
                return text, resolve_encoding(encoding) or encoding
    best = from_bytes(body[:200_000]).best()
    if best is not None:
        text = _strict(body, best.encoding)
        if text is not None:
            return text, best.encoding
    raise UndecodablePage("no encoding decodes this page cleanly")
