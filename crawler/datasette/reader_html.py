"""An archived `body_html` made ready to read on the article page.

The crawler stores body_html already sanitized, but the page must not trust the file it reads: an
archive can be edited by hand, come from an older crawler, or be tampered with. So the body goes
through `crawler.extract.sanitize.sanitize_html` again (the same policy the crawler applies), then:

- archived images (`/-/archive-image/<sha256>`) and documents (`/-/archive-file/<sha256>`) are
  pointed at this server, honouring Datasette's `base_url`;
- any other image (a download that failed, or a planted `<img src=http://…>`) is replaced by a
  link to where it was: reading the archive never makes the browser fetch from the open web;
- the result is sanitized once more, so nothing this module does can reintroduce markup.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import lxml.html
from lxml import etree
from markupsafe import Markup

from crawler.extract.sanitize import sanitize_html

ARCHIVED_IMAGE = re.compile(r"^/-/archive-image/(?P<sha256>[0-9a-f]{64})$")
ARCHIVED_FILE = re.compile(r"^/-/archive-file/(?P<sha256>[0-9a-f]{64})$")
WEB_URL = re.compile(r"^https?://", re.IGNORECASE)
NOT_ARCHIVED = "Ảnh chưa được lưu trữ"


@dataclass
class ReaderBody:
    html: Markup
    #: sha256 of every archived image shown inline, so the page does not show them twice.
    inline_images: set[str] = field(default_factory=set)


def reader_body(body_html: str | None, url_path: Callable[[str], str]) -> ReaderBody:
    """Safe body markup for the article page; `url_path` maps a site path to this server's URL."""
    cleaned = sanitize_html(body_html or "")
    if not cleaned:
        return ReaderBody(Markup(""))
    try:
        container = lxml.html.fragment_fromstring(cleaned, create_parent="div")
    except (etree.ParserError, ValueError):
        return ReaderBody(Markup(cleaned))
    inline_images = {sha for img in list(container.iter("img")) if (sha := _point_image(img, url_path))}
    for link in container.iter("a"):
        match = ARCHIVED_FILE.match(link.get("href") or "")
        if match:
            link.set("href", url_path(match.group(0)))
    return ReaderBody(Markup(sanitize_html(_inner_html(container))), inline_images)


def _point_image(img, url_path: Callable[[str], str]) -> str | None:
    """Serve an archived image from here (returns its sha256); replace any other by a link."""
    match = ARCHIVED_IMAGE.match(img.get("src") or "")
    if match:
        img.set("src", url_path(match.group(0)))
        return match["sha256"]
    _replace_with_link(img)
    return None


def _replace_with_link(img) -> None:
    src = (img.get("src") or "").strip()
    alt = " ".join((img.get("alt") or "").split())
    stand_in = etree.Element("a" if WEB_URL.match(src) else "em")
    if stand_in.tag == "a":
        stand_in.set("href", src)
    stand_in.text = f"[{NOT_ARCHIVED}: {alt}]" if alt else f"[{NOT_ARCHIVED}]"
    stand_in.tail = img.tail
    img.getparent().replace(img, stand_in)


def _inner_html(container) -> str:
    parts = [html.escape(container.text or "", quote=False)]
    parts += [lxml.html.tostring(child, encoding="unicode") for child in container]
    return "".join(parts)
