"""SVG and HTML: what markup served as an image may carry."""

from __future__ import annotations

import html
import re
from .common import MediaRejected


# ------------------------------------------------------------------------------------------------
# markup: SVG, HTML
# ------------------------------------------------------------------------------------------------
_WHITESPACE = b" \t\r\n\f\v"
_SVG_ROOT = re.compile(  # possessive (*+): no backtracking over the prolog, whatever it holds
    rb"(?:\s+|<\?xml[^>]*>|<!--.*?-->|<!doctype\s+svg[^>\[]*(?:\[.*?\])?\s*>)*+<(?:[\w.-]+:)?svg[\s>/]",
    re.I | re.S)
_HTML_TAG = re.compile(rb"<(?:!doctype\s+html|html|head|body|title|meta|frameset)[\s>/]", re.I)
_XML_ENCODING = re.compile(rb"\A\s*<\?xml[^>]*?\sencoding\s*=\s*[\"']\s*([\w.:-]+)", re.I)
_READABLE_ENCODINGS = {"utf-8", "utf8", "us-ascii", "ascii", "iso-8859-1", "latin-1", "latin1", "windows-1252"}
_URL_GAP = r"[\s\x00-\x1f]*"  # URL parsers drop tabs and newlines anywhere: java\tscript: is javascript:
# Searched in the lowercased text, one pattern at a time: each starts with a literal, which the regex
# engine finds quickly (one alternation of them all, with re.I, is ~3× slower on a 1 MB SVG).
_SVG_ACTIVE = tuple(re.compile(pattern) for pattern in (
    r"<\s*(?:[\w.-]+:)?(?:script|foreignobject|iframe|embed|object|handler|listener)[\s>/]",  # code, documents
    _URL_GAP.join("javascript") + _URL_GAP + ":",
    _URL_GAP.join("vbscript") + _URL_GAP + ":",
    r"data\s*:\s*(?:text/html|application/xhtml)",  # documents in data: URLs
    r"<\?xml-stylesheet[^>]*xsl",                   # XSLT writes arbitrary markup
    r"attributename\s*=\s*[\"']?\s*on",             # <set>/<animate> writing an event handler
))
_SVG_HANDLER = re.compile(r"on\w+\s*=")  # an event handler attribute if after a space, / " ' or a prefix's :
_ATTRIBUTE_BEFORE = frozenset(" \t\r\n\f\v/\"':")


def _svg_active(text: str) -> bool:
    """Whether SVG text (lowercased) holds script, event handlers or embedded documents."""
    if any(pattern.search(text) for pattern in _SVG_ACTIVE):
        return True
    return any(found.start() == 0 or text[found.start() - 1] in _ATTRIBUTE_BEFORE
               for found in _SVG_HANDLER.finditer(text))


def _markup(body: bytes) -> tuple[str, int | None, int | None] | None:
    """SVG without active content; MediaRejected for any other markup; None if not markup."""
    start = 3 if body.startswith(b"\xef\xbb\xbf") else 0
    while start < len(body) and body[start] in _WHITESPACE:
        start += 1
    if body[start:start + 1] != b"<":
        return None
    if _SVG_ROOT.match(body, start, start + 65536):
        declared = _XML_ENCODING.match(body, start)
        if declared and declared.group(1).decode("ascii").lower() not in _READABLE_ENCODINGS:
            raise MediaRejected(f"SVG in an encoding not checked for script ({declared.group(1).decode()})")
        text = body.decode("utf-8", "replace")
        if _svg_active(text.lower()) or ("&" in text and _svg_active(html.unescape(text).lower())):
            raise MediaRejected("SVG with script or event handlers")
        return "image/svg+xml", None, None
    if _HTML_TAG.search(body, start, start + 4096):
        raise MediaRejected("an HTML page, not an image")
    raise MediaRejected("not an image: markup that is neither SVG nor HTML")
