"""Page-level metadata every family may carry: structured data (structured.py), meta tags, links,
`<time>`.

Used as the fallback behind a profile's own selectors, and as the whole story for unknown layouts.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from lxml import etree

from .dates import parse_date
from .structured import declared
from .text import normalize_text

_NODE_PATH = re.compile(r"/node/(\d+)(?:[/?#]|$)")
_NODE_CLASS = re.compile(r"(?:^|\s)(?:page-)?node-(\d+)(?:\s|$)")


class Metas:
    """A page's `<meta>` elements, read in one walk: (name, property, itemprop, content) each. An
    extraction asks for ~20 names; one walk a page instead of one a question (or an XPath query a
    name and attribute, ~3 ms a page)."""

    def __init__(self, doc) -> None:
        root = doc.getroot() if hasattr(doc, "getroot") else doc.getroottree().getroot()
        self.metas = [(meta.get("name"), meta.get("property"), meta.get("itemprop"), meta.get("content"))
                      for meta in root.iter("meta")]

    def content(self, *names: str) -> str:
        """The first non-empty `<meta name|property|itemprop=…>` content among `names`, in the order
        of `//meta[@attribute=$name]/@content`: name, then attribute, then document order."""
        for name in names:
            for index in (0, 1, 2):
                for meta in self.metas:
                    if meta[index] == name and meta[3] and meta[3].strip():
                        return normalize_text(meta[3])
        # Generator and friends are sometimes capitalised differently.
        lowered = {n.lower() for n in names}
        for name, prop, _, content in self.metas:
            if (name or prop or "").lower() in lowered and (content or "").strip():
                return normalize_text(content)
        return ""


def meta_content(doc, *names: str) -> str:
    """The first non-empty `<meta name|property|itemprop=…>` content among `names` (Metas.content)."""
    return Metas(doc).content(*names)


_LINK_REL = etree.XPath("//link[contains(concat(' ', normalize-space(@rel), ' '), $r)]/@href")  # compiled once


def link_href(doc, rel: str) -> str:
    for href in _LINK_REL(doc, r=f" {rel} "):
        if href.strip():
            return href.strip()
    return ""


def node_id(doc, *urls: str) -> int | None:
    """The CMS's own id for the page: Drupal shortlink `/node/N`, `body.node-N`, `article[about]`."""
    for candidate in (link_href(doc, "shortlink"), *urls):
        match = _NODE_PATH.search(candidate or "")
        if match:
            return int(match.group(1))
    body = doc.find(".//body")
    if body is not None:
        match = _NODE_CLASS.search(body.get("class") or "")
        if match:
            return int(match.group(1))
    for about in doc.xpath("//article[contains(@class,'view-mode-full')]/@about"):
        match = _NODE_PATH.search(about)
        if match:
            return int(match.group(1))
    return None


def page_metadata(doc, url: str, metas: Metas | None = None) -> dict:
    """title, published, updated, author, category, categories, summary, tags, image that the page
    declares (structured.py), with the plain <meta> names some CMSs use besides (`metas`: the
    page's, when the caller has read them)."""
    found = declared(doc, url)
    content = (metas or Metas(doc)).content
    published_declared = found.published or parse_date(content("pubdate", "publishdate", "date"))
    published = published_declared
    if not published:  # a bare <time> may belong to a sidebar: only when nothing is declared
        for value in doc.xpath("//time/@datetime"):
            if (published := parse_date(value)):
                break
    keywords = content("keywords", "news_keywords")
    # A section named as the URL's first directory is the kind of content (Hugo's `posts`), no category.
    directory = urlsplit(url).path.strip("/").split("/", 1)[0].casefold()
    sections = [section for section in found.sections if section.casefold() != directory]
    return {
        "is_article": found.is_article,
        "title": found.title if found.title != content("og:title") else "",
        "og_title": content("og:title", "twitter:title", "dc.title"),
        "published": published,
        "published_declared": published_declared,
        "updated": found.updated,
        "author": found.author or content("author"),
        "category": sections[0] if sections else "",
        "categories": sections,
        "summary": found.summary or content("description", "twitter:description"),
        "tags": found.tags or ([normalize_text(t) for t in keywords.split(",") if t.strip()] if keywords else []),
        "image": found.image or _cover_image(doc),
        "concepts": found.concepts,
        "declared_body": found.body,
    }


_BACKGROUND_URL = re.compile(r"background(?:-image)?\s*:[^;]*url\(\s*['\"]?([^'\")]+)", re.I)


def _cover_image(doc) -> str:
    """A cover picture behind the headline: an element whose inline style has a background image
    and that holds the page's <h1> (themes that show the featured image only that way)."""
    for el in doc.xpath("//*[contains(@style, 'url(')][.//h1]"):
        match = _BACKGROUND_URL.search(el.get("style") or "")
        if match:
            return match.group(1).strip()
    return ""


# Where CMSs put an article's body (Drupal 7/8+, schema.org RDFa and microdata, WordPress).
_BODY_FIELDS = ("//*[@property='schema:text' or @itemprop='articleBody' or contains(@class,'field--name-body') "
                "or contains(@class,'field-name-body') or contains(@class,'entry-content')]")
_MIN_BODY_CHARS = 200


def looks_like_article(doc) -> bool:
    """Positive evidence that a page is an article (read before extraction): it says so
    (og:type, an Article in JSON-LD), or it has exactly one body field with text. A page like this
    that gives no article is worth a warning: the extractor may have dropped a real one."""
    if meta_content(doc, "og:type").lower() == "article" or '"NewsArticle"' in _json_ld_text(doc) \
            or '"Article"' in _json_ld_text(doc):
        return True
    bodies = doc.xpath(_BODY_FIELDS)
    outermost = [el for el in bodies if not any(parent in bodies for parent in el.iterancestors())]
    return len(outermost) == 1 and len(normalize_text(outermost[0].text_content())) >= _MIN_BODY_CHARS


def _json_ld_text(doc) -> str:
    return " ".join(script.text or "" for script in doc.xpath("//script[@type='application/ld+json']"))
