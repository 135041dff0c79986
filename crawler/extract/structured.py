"""What a page declares about itself in machine-readable form, for every family alike.

JSON-LD, microdata, OpenGraph and Dublin Core are read by extruct (the Scrapy ecosystem's library
for it). Microformat dates (hAtom's `published`, microformats2's `dt-published`) are read here from
their @datetime/@title: extruct's microformat reader (mf2py) needs the page as a string and costs
~10 ms a page. RDFa is read here from the few attributes CMSs actually print — Drupal's
`property="dc:date dc:created" content="…"`, `typeof="skos:Concept"` term links,
`rel="og:image"`, schema.org properties — because extruct's RDFa parser (pyRdfa) costs ~50 ms a
page, more than all the rest of cleaning.

`declared(doc, url)` gives one `Declared`: the first value each source offers, in the order of
`_SOURCES` (the page's own article object first). The extractor cross-checks it against what the
page shows (article.py).
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass, field

import extruct
from lxml import etree

from .dates import parse_date
from .text import normalize_text

logging.getLogger("extruct").setLevel(logging.CRITICAL)

ARTICLE_TYPES = frozenset(("Article", "NewsArticle", "BlogPosting", "Report", "ReportageNewsArticle", "AnalysisNewsArticle",
                           "GovernmentArticle", "TechArticle", "ScholarlyArticle", "SocialMediaPosting", "LiveBlogPosting"))
# RDFa properties, by what they say (Drupal 7 and 8+ print these through their RDF module).
_RDFA_PUBLISHED = ("dc:date", "dc:created", "schema:datecreated", "schema:datepublished", "dcterms:created",
                   "dcterms:issued", "article:published_time")
_RDFA_UPDATED = ("dc:modified", "schema:datemodified", "dcterms:modified", "article:modified_time")
_RDFA_TITLE = ("dc:title", "schema:name", "schema:headline")
_RDFA_TEXT_TAGS = frozenset(("span", "a", "div"))   # a @property without @content: the element's text
# Microformats (classic hAtom and microformats2): the machine value of a date is the element's
# @datetime or @title (`<abbr class="published" title="2025-05-20T08:30:00+07:00">20/05/2025</abbr>`).
_MICROFORMAT_DATES = {"published": {"published", "dt-published"}, "updated": {"updated", "dt-updated"}}
_MICROFORMAT_NAMES = frozenset().union(*_MICROFORMAT_DATES.values())
# The attributes an element that declares something has one of: the tree is walked once for all
# of them (an XPath `//` is a walk of its own, and its attribute tests cost more than Python's).
_DECLARING_ATTRIBUTES = frozenset(("property", "rel", "typeof", "itemscope", "datetime", "title", "name", "type"))


@dataclass
class _Declaring:
    """The page's declaring elements, by what they declare (each list in document order)."""

    syntaxes: list[str]       # what extruct is to read: only syntaxes the page has
    rdfa: list                # @property with @content or text, @rel with @href/@resource
    microformat: list         # a microformat date class with a machine value
    concepts: list            # typeof skos:Concept


def _declaring(doc) -> _Declaring:
    """The elements of the page that declare something, sorted by what, in one walk."""
    present: set[str] = set()
    rdfa, microformat, concepts = [], [], []
    for el in doc.iter(etree.Element):
        if _DECLARING_ATTRIBUTES.isdisjoint(el.keys()):
            continue
        tag = el.tag
        if tag == "script" and el.get("type") == "application/ld+json":
            present.add("json-ld")
        elif tag == "meta" and (el.get("name") or "").lower().startswith("dc"):
            present.add("dublincore")
        if el.get("itemscope") is not None:
            present.add("microdata")
        prop, rel = el.get("property"), el.get("rel")
        if prop is not None and tag == "meta" and prop.startswith(("og:", "article:")):
            present.add("opengraph")
        if prop is not None and (el.get("content") is not None or tag in _RDFA_TEXT_TAGS) or \
                rel is not None and (el.get("href") is not None or el.get("resource") is not None):
            rdfa.append(el)
        if "skos:Concept" in (el.get("typeof") or "").split():
            concepts.append(el)
        if (el.get("datetime") is not None or el.get("title") is not None) and \
                _MICROFORMAT_NAMES & set((el.get("class") or "").split()):
            microformat.append(el)
    return _Declaring([name for name in ("json-ld", "microdata", "opengraph", "dublincore") if name in present],
                      rdfa, microformat, concepts)


@dataclass
class Declared:
    is_article: bool = False         # an Article-type object, or og:type article
    title: str = ""
    published: str | None = None
    updated: str | None = None
    author: str = ""
    summary: str = ""
    image: str = ""
    sections: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    concepts: list[tuple[str, str]] = field(default_factory=list)   # RDFa skos:Concept links: (text, href)
    body: str = ""                   # the article object's articleBody, as declared (text or HTML)


def _types(obj: dict) -> set[str]:
    kind = obj.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.rsplit("/", 1)[-1] for k in kinds if isinstance(k, str)}


def _text(value) -> str:
    if isinstance(value, list):
        value = next((v for v in value if v), None)
    if isinstance(value, dict):
        value = value.get("name") or value.get("@value") or value.get("text")
    return normalize_text(value) if isinstance(value, str) else ""


def _texts(value) -> list[str]:
    if isinstance(value, str):
        return [normalize_text(part) for part in value.split(",") if part.strip()]
    if isinstance(value, list):
        return [text for v in value for text in _texts(v)]
    text = _text(value)
    return [text] if text else []


def _image(value) -> str:
    if isinstance(value, list):
        value = next((v for v in value if v), None)
    if isinstance(value, dict):
        value = value.get("url") or value.get("contentUrl") or value.get("@id")
    return value.strip() if isinstance(value, str) else ""


_WRAPPERS = re.compile(r"^\s*(?://\s*)?(?:<!\[CDATA\[|<!--)|(?://\s*)?(?:\]\]>|-->)\s*$")


def _json_ld_blocks(doc) -> list:
    """The page's JSON-LD blocks one by one, for when extruct's reader refused them (it gives up
    on the page at its first bad block): a block wrapped in `<![CDATA[ … ]]>` or `<!-- … -->` (as
    XHTML templates print them) is read without its wrapper, a block that is no JSON is left out."""
    blocks = []
    for script in doc.xpath("//script[@type='application/ld+json']"):
        try:
            block = json.loads(_WRAPPERS.sub("", script.text or ""), strict=False)
        except ValueError:
            continue
        blocks.extend(block if isinstance(block, list) else [block])
    return blocks


def _rdfa(elements) -> dict[str, str]:
    """property → first value (content, else text), and rel → first href, from RDFa attributes."""
    values: dict[str, str] = {}
    for el in elements:
        for name in (el.get("property") or "").lower().split():
            value = el.get("content")
            values.setdefault(name, value if value is not None else normalize_text(el.text_content()))
        for name in (el.get("rel") or "").lower().split():
            if ":" in name:
                values.setdefault(name, el.get("resource") or el.get("href") or "")
    return values


def _microformat_dates(elements) -> dict[str, str]:
    """The first hAtom / microformats2 date of each kind (published, updated) that carries a
    machine value."""
    found: dict[str, str] = {}
    for el in elements:
        classes = set(el.get("class", "").split())
        value = el.get("datetime") or el.get("title")
        for name, names in _MICROFORMAT_DATES.items():
            if name not in found and classes & names and parse_date(value):
                found[name] = value
    return found


def declared(doc, url: str) -> Declared:
    declaring = _declaring(doc)
    syntaxes = declaring.syntaxes
    try:
        data = extruct.extract(doc, base_url=url, syntaxes=syntaxes, uniform=True, errors="ignore") if syntaxes else {}
    except Exception:  # extruct on a broken page: what the page declares is then unknown
        data = {}
    if "json-ld" in syntaxes and not data.get("json-ld"):
        data["json-ld"] = _json_ld_blocks(doc)
    # The page's own article: a top-level object (or one of its @graph), not a BlogPosting that a
    # Blog or ItemList of a listing page holds.
    top = [obj for block in data.get("json-ld", []) + data.get("microdata", []) if isinstance(block, dict)
           for obj in (block.get("@graph") if isinstance(block.get("@graph"), list) else [block]) if isinstance(obj, dict)]
    article = next((obj for obj in top if _types(obj) & ARTICLE_TYPES), {})
    og = (data.get("opengraph") or [{}])[0]
    dc = {element.get("name", "").lower(): element.get("content") or ""
          for block in data.get("dublincore", []) for element in block.get("elements", []) + block.get("terms", [])}
    rdfa = _rdfa(declaring.rdfa)
    microformat = _microformat_dates(declaring.microformat)

    def first(*values) -> str:
        return next((v for v in (normalize_text(v) if isinstance(v, str) else "" for v in values) if v), "")

    def first_date(*values) -> str | None:
        return next((parsed for parsed in (parse_date(v) for v in values if isinstance(v, str)) if parsed), None)

    return Declared(
        is_article=bool(article) or og.get("@type") == "article",
        title=first(_text(article.get("headline")), og.get("og:title"), *(rdfa.get(p) for p in _RDFA_TITLE),
                    dc.get("dc.title")),
        published=first_date(_text(article.get("datePublished")), _text(article.get("dateCreated")),
                             og.get("article:published_time"), *(rdfa.get(p) for p in _RDFA_PUBLISHED),
                             dc.get("dc.date.issued"), dc.get("dcterms.created"), dc.get("dc.date"),
                             microformat.get("published")),
        updated=first_date(_text(article.get("dateModified")), og.get("article:modified_time"),
                           og.get("og:updated_time"), *(rdfa.get(p) for p in _RDFA_UPDATED), dc.get("dcterms.modified"),
                           microformat.get("updated")),
        author=first(_text(article.get("author")), og.get("article:author"), dc.get("dc.creator")),
        summary=first(_text(article.get("description")), og.get("og:description"), dc.get("dc.description")),
        image=_image(article.get("image")) or first(og.get("og:image"), rdfa.get("og:image")),
        sections=_texts(article.get("articleSection")) or _texts(og.get("article:section")),
        tags=_texts(article.get("keywords")) or _texts(og.get("article:tag")),
        concepts=[(normalize_text(el.text_content()), el.get("href") or el.get("resource") or "")
                  for el in declaring.concepts if normalize_text(el.text_content())],
        body=_longest(article.get("articleBody")),
    )


def _longest(value) -> str:
    """A declared text property's longest value (some pages repeat articleBody, summary first)."""
    values = value if isinstance(value, list) else [value]
    return max((v for v in values if isinstance(v, str)), key=len, default="")
