"""Page bytes → text, for portals that misstate their encoding or send a few bad bytes.

Order of trust: a byte-order mark; bytes that are valid UTF-8 (a wrong `charset=iso-8859-1` header
over UTF-8 is common, while Vietnamese text in a legacy encoding is practically never valid UTF-8);
UTF-8 with Windows-1252 pieces pasted in (repaired by bs4's `UnicodeDammit.detwingle`); the HTTP
header; `<meta charset>`; charset-normalizer's detection. Vietnamese legacy pages use windows-1258,
whose tone marks decode as combining characters — the extractor normalizes to NFC.

A document is never refused for a few bad bytes (a truncated character, junk after `</html>`):
when one of those encodings decodes all but `MAX_REPLACED_SHARE` of the bytes, the rest become
U+FFFD and are counted (`DecodedPage.replaced`). Only a page that no encoding decodes is refused.
"""

from __future__ import annotations

import codecs
from typing import NamedTuple

from bs4 import UnicodeDammit
from charset_normalizer import from_bytes
from w3lib.encoding import html_body_declared_encoding, http_content_type_encoding, read_bom, resolve_encoding

MAX_REPLACED_SHARE = 0.001


class UndecodablePage(ValueError):
    """No encoding decodes the page, even allowing for a few bad bytes."""


class DecodedPage(NamedTuple):
    text: str
    encoding: str
    replaced: int = 0   # bad byte sequences decoded as U+FFFD


def _strict(body: bytes, encoding: str | None) -> str | None:
    name = _codec(encoding)
    if name is None:
        return None
    try:
        return body.decode(name)
    except UnicodeDecodeError:
        return None


def _codec(encoding: str | None) -> str | None:
    if not encoding:
        return None
    name = resolve_encoding(encoding) or encoding
    try:
        codecs.lookup(name)
    except LookupError:
        return None
    return name


def _lenient(body: bytes, encoding: str | None) -> DecodedPage | None:
    """The text with bad bytes replaced, when they are few enough."""
    name = _codec(encoding)
    if name is None:
        return None
    text = body.decode(name, errors="replace")
    replaced = text.count("\ufffd")   # one per bad sequence: a lower bound of the bytes replaced
    if replaced > MAX_REPLACED_SHARE * len(body):
        return None
    return DecodedPage(text, name, replaced)


def _utf8_with_bad_tail(body: bytes) -> DecodedPage | None:
    """A UTF-8 document whose only bad bytes come after its `</html>` (junk a server appended)."""
    end = body.rfind(b"</html>")
    if end < 0 or _strict(body[: end + 7], "utf-8") is None:
        return None
    tail = body[end + 7:].decode("utf-8", errors="replace")
    return DecodedPage(body[: end + 7].decode("utf-8") + tail, "utf-8", tail.count("\ufffd"))


def decode_page(body: bytes, content_type: str | None = None) -> DecodedPage:
    bom_encoding, bom = read_bom(body)
    if bom_encoding:
        return DecodedPage(body[len(bom):].decode(bom_encoding, errors="replace"), bom_encoding)
    text = _strict(body, "utf-8")
    if text is not None:
        return DecodedPage(text, "utf-8")
    declared = [http_content_type_encoding(content_type or ""), html_body_declared_encoding(body)]
    utf8_declared = any(resolve_encoding(e) in ("utf-8", "utf8") for e in declared if e)
    if utf8_declared or not any(declared):
        # Junk after </html> is no text to repair: replaced and counted, the document kept whole.
        whole_until_end = _utf8_with_bad_tail(body)
        if whole_until_end is not None:
            return whole_until_end
        repaired = _strict(UnicodeDammit.detwingle(body), "utf-8")
        if repaired is not None:
            return DecodedPage(repaired, "utf-8")
    for encoding in declared:
        if encoding and resolve_encoding(encoding) not in ("utf-8", "utf8"):
            text = _strict(body, encoding)
            if text is not None:
                return DecodedPage(text, resolve_encoding(encoding) or encoding)
    best = from_bytes(body[:200_000]).best()
    if best is not None:
        text = _strict(body, best.encoding)
        if text is not None:
            return DecodedPage(text, best.encoding)
    # A few bad bytes in a document otherwise whole: the declared encoding, else UTF-8, else the guess.
    for encoding in [*(e for e in declared if e), "utf-8", best.encoding if best is not None else None]:
        decoded = _lenient(body, encoding)
        if decoded is not None:
            return decoded
    raise UndecodablePage("no encoding decodes this page, even with a few bad bytes replaced")
