"""Archived HTML made safe to open in a browser: a small set of structural tags, no script.

nh3 (ammonia) does the work; this module only states the policy. Everything that could run
(script, style, event handlers, `javascript:`/`data:` URLs, iframes, forms, SVG) is dropped, and
every link leaving the archive gets rel="noopener noreferrer nofollow".
"""

from __future__ import annotations

import re
import unicodedata

import nh3

ALLOWED_TAGS = frozenset(
    """p br h2 h3 h4 h5 h6 ul ol li dl dt dd table thead tbody tfoot tr th td caption blockquote
    strong em b i u s sub sup a figure figcaption img pre code hr""".split()
)
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height", "title"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "ol": {"start"},
}
URL_SCHEMES = frozenset({"http", "https", "mailto", "tel"})
_CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # never text (regex: str.translate is slow)


def sanitize_html(html: str) -> str:
    """Safe, NFC HTML from untrusted HTML. Idempotent."""
    if not html:
        return ""
    cleaned = nh3.clean(
        html,
        tags=set(ALLOWED_TAGS),
        clean_content_tags={"script", "style", "noscript", "template", "iframe", "object", "svg", "math", "textarea", "select"},
        attributes={tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()},
        url_schemes=set(URL_SCHEMES),
        link_rel="noopener noreferrer nofollow",
        strip_comments=True,
    )
    return unicodedata.normalize("NFC", _CONTROL_CHARACTERS.sub("", cleaned)).strip()
