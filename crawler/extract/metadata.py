"""Page-level metadata every family may carry: meta tags, JSON-LD, links, `<time>`.

Used as the fallback behind a profile's own selectors, and as the whole story for unknown layouts.
"""

from __future__ import annotations

import json
import re
import weakref

from lxml import etree

from .dates import parse_date
from .text import normalize_text

_NODE_PATH = re.compile(r"/node/(\d+)(?:[/?#]|$)")
_NODE_CLASS = re.compile(r"(?:^|\s)(?:page-)?node-(\d+)(?:\s|$)")


# The <meta> elements of the documents being extracted, read once per document (extraction asks
# for ~25 names in ~10 calls); entries go with their document.
_METAS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def _metas(root) -> list[tuple]:
    metas = _METAS.get(root)
    if metas is None:
        metas = _METAS[root] = [(meta.get("name"), meta.get("property"), meta.get("itemprop"), meta.get("content"))
                                for meta in root.iter("meta")]
    return metas


def meta_content(doc, *names: str) -> str:
    """The first non-empty `<meta name|property|itemprop=…>` content among `names`."""
    # One walk over the document's <meta> elements instead of an XPath query per name and attribute
    # (page_metadata asks for ~20 names: that was ~3 ms a page). Same order of preference as
    # `//meta[@attribute=$name]/@content`: name, then attribute, then document order.
    root = doc.getroot() if hasattr(doc, "getroot") else doc.getroottree().getroot()
    metas = _metas(root)
    for name in names:
        for index in (0, 1, 2):
            for meta in metas:
                if meta[index] == name and meta[3] and meta[3].strip():
                    return normalize_text(meta[3])
    # Generator and friends are sometimes capitalised differently.
    lowered = {n.lower() for n in names}
    for name, prop, _, content in metas:
        if (name or prop or "").lower() in lowered and (content or "").strip():
            return normalize_text(content)
    return ""


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


def json_ld_objects(doc) -> list[dict]:
    """Every JSON-LD object on the page, @graph flattened; broken JSON skipped."""
    objects: list[dict] = []
    for script in doc.xpath("//script[@type='application/ld+json']"):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, dict):
                objects.append(item)
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(graph)
    return objects


def _ld_article(doc) -> dict:
    for obj in json_ld_objects(doc):
        kind = obj.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(isinstance(k, str) and ("Article" in k or k in ("BlogPosting", "Report", "WebPage")) for k in kinds):
            return obj
    return {}


def _ld_name(value) -> str:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return normalize_text(value) if isinstance(value, str) else ""


def page_metadata(doc) -> dict:
    """title, published, updated, author, category, summary, tags found in the page's head/markup."""
    ld = _ld_article(doc)
    declared = (  # stated for this page (JSON-LD, meta); a bare <time> may belong to a sidebar
        parse_date(ld.get("datePublished") if isinstance(ld.get("datePublished"), str) else None)
        or parse_date(meta_content(doc, "article:published_time", "datePublished", "pubdate", "publishdate",
                                   "dc.date", "DC.date.issued", "dcterms.created", "date"))
    )
    published = declared
    if not published:
        for value in doc.xpath("//time/@datetime"):
            if (published := parse_date(value)):
                break
    updated = parse_date(ld.get("dateModified") if isinstance(ld.get("dateModified"), str) else None) or parse_date(
        meta_content(doc, "article:modified_time", "dateModified", "og:updated_time", "dcterms.modified")
    )
    section = ld.get("articleSection")
    keywords = meta_content(doc, "keywords", "news_keywords")
    return {
        "title": normalize_text(ld.get("headline")) if isinstance(ld.get("headline"), str) else "",
        "og_title": meta_content(doc, "og:title", "twitter:title", "dc.title"),
        "published": published,
        "published_declared": declared,
        "updated": updated,
        "author": _ld_name(ld.get("author")) or meta_content(doc, "author", "article:author", "dc.creator"),
        "category": _ld_name(section) if section else meta_content(doc, "article:section"),
        "summary": meta_content(doc, "description", "og:description", "twitter:description"),
        "tags": [normalize_text(t) for t in keywords.split(",") if t.strip()] if keywords else [],
    }


# Where CMSs put an article's body (Drupal 7/8+, schema.org RDFa and microdata, WordPress).
_BODY_FIELDS = ("//*[@property='schema:text' or @itemprop='articleBody' or contains(@class,'field--name-body') "
                "or contains(@class,'field-name-body') or contains(@class,'entry-content')]")
_MIN_BODY_CHARS = 200


def looks_like_article(doc) -> bool:
    """Positive evidence that a page is an article (read before extraction): it says so
    (og:type, JSON-LD), or it has exactly one body field with text. A page like this that gives no
    article is worth a warning: the extractor may have dropped a real one."""
    if meta_content(doc, "og:type").lower() == "article":
        return True
    if any("Article" in str(obj.get("@type")) or obj.get("@type") == "BlogPosting" for obj in json_ld_objects(doc)):
        return True
    bodies = doc.xpath(_BODY_FIELDS)
    outermost = [el for el in bodies if not any(parent in bodies for parent in el.iterancestors())]
    return len(outermost) == 1 and len(normalize_text(outermost[0].text_content())) >= _MIN_BODY_CHARS
