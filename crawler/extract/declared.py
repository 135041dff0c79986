"""What a page declares in its structured data, used where its layout gives less: the declared
image when the page shows none, the declared body (schema.org `articleBody`) when the layout's is
much shorter — a page whose text the browser builds from a script, a body in an element the
layout takes for furniture, a theme whose article element holds only a picture.

The declared body is taken from the element of the page that holds it (its images and links with
it), or failing that built from the declaration itself.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

from lxml import html as lxml_html

from ..discovery.urls import absolute_url, canonical_url
from .assemble import drop_title_repeat, number_images
from .body import ImageRef, process_body
from .images import original_image_url
from .layout import strip_page
from .model import Article
from .text import normalize_text

_LOGO = re.compile(r"logo|favicon|icon|banner|avatar|default|placeholder", re.I)


def add_declared_image(article: Article, declared: str, base_url: str) -> None:
    """The page's declared image (og:image, JSON-LD `image`) as the featured image, when the page
    shows none of its own: some themes print it only as a CSS background or a resized teaser. A
    site-wide default (a logo, an icon) is no article's image."""
    url = absolute_url(declared, base_url) if declared else None
    if not url or _LOGO.search(urlsplit(url).path) or any(image.position == 0 for image in article.images):
        return
    url = canonical_url(original_image_url(url))
    if any(image.url == url for image in article.images):
        return
    article.images = number_images([ImageRef(url=url, position=0, page_url=url)], article.images)


MIN_DECLARED_CHARS = 500   # a shorter articleBody is a summary more often than the body
LONGER = 2.0               # the declaration wins when it is this many times the layout's text
_PROBE_CHARS = 32          # a passage of the declared text looked for on the page
_PROBES = 9
_MIN_UNIT_CHARS = 20
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")
_FOUND_SHARE = 0.6         # of the passages, at least this share found inside the element
_EXTRA_TEXT = 1.6          # the element holds at most this many times the declared text
_PARAGRAPH_TAGS = ("p", "li", "h2", "h3", "h4", "h5", "h6", "blockquote", "td", "dd", "pre", "div", "section")
_MARKUP = re.compile(r"</?(?:p|br|div|h[1-6]|li|ul|ol|blockquote|figure|img)\b", re.I)
_ESCAPED_MARKUP = re.compile(r"&(?:amp;)?lt;/?(?:p|br|div|h[1-6]|li|ul|ol|blockquote|figure|img)\b", re.I)


def declared_markup(raw: str) -> str:
    """The declared body as the page meant it: some CMSs escape its HTML once more than JSON needs
    ("&lt;p class=&quot;texto&quot;&gt;", "&amp;ccedil;"), which would otherwise be read as text."""
    for _ in range(2):
        if not _ESCAPED_MARKUP.search(raw or ""):
            break
        raw = html.unescape(raw)
    return raw


def declared_text(raw: str) -> str:
    """The declared body as plain text (some sites declare it as HTML)."""
    if not raw:
        return ""
    if _MARKUP.search(raw):
        return normalize_text(_fragment(raw).text_content())
    return normalize_text(raw)


def is_better(declared: str, found: str) -> bool:
    """Whether the declared body should replace the one the layout gave."""
    return len(declared) >= MIN_DECLARED_CHARS and len(found) * LONGER <= len(declared)


def use_declared_body(article: Article, doc, raw: str, text: str, base_url: str) -> None:
    """The article's body becomes the declared one (`raw`, as plain text `text`: declared_text),
    read from `doc` (an untouched copy of the page: it is modified). Its pictures and the files
    linked outside the body stay."""
    strip_page(doc)
    root = doc.find(".//body")
    holder = _holder(root if root is not None else doc, text)
    element = holder if holder is not None else _built(raw)
    drop_title_repeat(element, article.title)
    body = process_body(element, base_url)
    article.body_text, article.body_html = body.text, body.html
    # The layout's pictures stay (a theme whose article element held only its photo), after the body's.
    shown = {image.url for image in body.images}
    kept = [image for image in article.images if image.position != 0 and image.url not in shown]
    article.images = number_images([image for image in article.images if image.position == 0], body.images + kept)
    shown = {attachment.url for attachment in body.attachments}
    article.attachments = body.attachments + [a for a in article.attachments if a.url not in shown]
    article.doubts.append("body: the page's declared articleBody (its layout gave less than half of it)"
                          + ("" if holder is not None else ", not shown on the page"))


def _flat(text: str) -> str:
    return " ".join(text.split())


def _probes(text: str) -> list[str]:
    """The openings of lines (or, in a text of few lines, of sentences) spread over the text: a
    passage that starts a line or a sentence lies within one paragraph of the page."""
    units = [line for line in text.split("\n") if line.strip()]
    if len(units) < 3:
        units = _SENTENCE_END.split(text)
    units = [_flat(unit) for unit in units if len(unit.strip()) >= _MIN_UNIT_CHARS]
    if len(units) > _PROBES:
        step = (len(units) - 1) / (_PROBES - 1)
        units = [units[round(index * step)] for index in range(_PROBES)]
    return [unit[:_PROBE_CHARS] for unit in units]


def _holder(root, text: str):
    """The smallest element holding most passages of `text`, if it holds little else."""
    probes = _probes(text)
    looked_for = len(probes)
    holders = []
    for el in root.iter(*_PARAGRAPH_TAGS):
        if el.tag in ("div", "section") and el.find(".//p") is not None:
            continue  # a wrapper: its paragraphs are looked at one by one
        own = _flat(normalize_text(el.text_content()))
        hits = [probe for probe in probes if probe in own]
        if hits:
            holders.append(el)
            probes = [probe for probe in probes if probe not in hits]
    if not holders or len(probes) > (1 - _FOUND_SHARE) * looked_for:
        return None
    common = holders[0]
    for el in holders[1:]:
        while common is not None and not (el is common or any(a is common for a in el.iterancestors())):
            common = common.getparent()
    if common is None or len(normalize_text(common.text_content())) > _EXTRA_TEXT * len(text):
        return None
    return common


def _fragment(raw: str):
    return lxml_html.fragment_fromstring(raw, create_parent="div")


def _built(raw: str):
    """An element of the declared body: its own markup, or a paragraph for each line."""
    if _MARKUP.search(raw):
        return _fragment(raw)
    root = lxml_html.Element("div")
    for line in re.split(r"\n\s*", raw):
        if line.strip():
            paragraph = lxml_html.Element("p")
            paragraph.text = line.strip()
            root.append(paragraph)
    return root
