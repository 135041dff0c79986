"""`extract_article(html, url)`: a page in, the cleaned article out (or None for listings/home).

Pure: no Scrapy, no network, no database (docs/conventions.md §3). A layout profile is chosen by the
page's signature and reads it (profiled.py); pages no profile knows go to the generic extractor
(generic.py), which may use the site's model of repeated blocks (sitelearn.py). Both paths hand
their parts to assemble.py.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from urllib.parse import urlsplit

from lxml import etree, html as lxml_html

from ..discovery.urls import absolute_url, canonical_url
from . import declared as declarations, generic
from .assemble import Parts, assemble, clean_author
from .dates import DateReader, parse_date
from .fallback import fallback_parts
from .metadata import Metas, link_href, meta_content, node_id, page_metadata
from .model import Article
from .profiled import profile_parts, profile_reading, title_from_head
from .profiles import PageNames, Profile, detect
from .sitelearn import SiteModel
from .text import element_text

# C0 control characters (but tab, newline, carriage return) and NUL: never text, and lxml refuses
# to write them back into a tree.
# (A regex, not str.translate: translate with a dict costs ~3 ms on a 30 kB page, the regex ~0.05 ms.)
_CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


# lxml.html's parser, but every element an HtmlElement chosen in C: lxml.html's own lookup calls a
# Python method for each element touched (form fields get classes of their own, never used here),
# a twentieth of an extraction's time. It is fed UTF-8 bytes, as parsel feeds its own: lxml refuses
# a str that opens with an XML declaration naming its encoding (`<?xml version="1.0"
# encoding="UTF-8"?>`, on every XHTML page of older portals).
_PARSER = lxml_html.HTMLParser(encoding="utf-8")
_PARSER.set_element_class_lookup(etree.ElementDefaultClassLookup(
    element=lxml_html.HtmlElement, comment=lxml_html.HtmlComment, pi=lxml_html.HtmlProcessingInstruction,
    entity=lxml_html.HtmlEntity))


def parse_document(html: str | bytes, *, parsed=None):
    """lxml tree of a page, or None when there is nothing to parse.

    `parsed`: the same text as Scrapy's selector parsed it (`response.selector.root`), so that a
    crawled page is parsed once. parsel parses the stripped text with lxml.html's parser, as here;
    its tree is used as it is unless the text holds control characters, which are removed first
    here (parsel removes only NUL). The tree is the caller's to modify.
    """
    if isinstance(html, bytes):
        html = html.decode("utf-8", "replace")
    if not html or not html.strip():
        return None
    if parsed is not None and not _CONTROL_CHARACTERS.search(html):
        return parsed
    html = _CONTROL_CHARACTERS.sub("", html).strip()
    if not html:
        return None
    try:
        return lxml_html.document_fromstring(html.encode("utf-8", "replace"), parser=_PARSER)
    except (etree.ParserError, ValueError):
        return None


def site_name_of(doc, metas: Metas | None = None) -> str | None:
    return (metas or Metas(doc)).content("og:site_name", "application-name") or None



def _generic_article(doc, url: str, site_model, base_url: str, meta: dict, read_date=parse_date) -> Article | None:
    """The generic path, and when it finds nothing convincing, trafilatura on the page as served:
    None only on positive evidence (a listing), or when not even the fallback finds text."""
    pristine = copy.deepcopy(doc)   # the generic path changes the document; the fallback needs it whole
    parts = generic.find_parts(doc, url, site_model, base_url=base_url, meta=meta, read_date=read_date)
    if parts == generic.NOT_AN_ARTICLE:
        return None
    article = assemble(parts, url, base_url) if parts is not None else None
    declared = bool(meta.get("is_article"))
    # A short notice that declares itself an article and carries its file or picture is whole.
    if article is not None and (len(article.body_text) >= generic.MIN_ARTICLE_CHARS
                                or declared and article.body_text and (article.attachments or article.images)):
        return article
    parts = fallback_parts(pristine, url)
    fallback = assemble(parts, url, base_url) if parts is not None else None
    if fallback is not None and len(fallback.body_text) >= generic.MIN_ARTICLE_CHARS:
        return fallback
    # A page that declares itself an article is one, however little text either path found.
    if declared:
        found = [a for a in (article, fallback) if a is not None and a.body_text]
        return max(found, key=lambda a: len(a.body_text)) if found else None
    return None


def settle_published(shown: str | None, declared: str | None) -> tuple[str | None, str | None]:
    """The publication date from what the page shows and what it declares (structured data), and
    the disagreement if any. They agree on the day: the more precise one (a time of day). The day
    shown is ambiguous (both numbers ≤ 12) and the declared one is it read the other way round:
    the declared one ('published: day/month order'). Otherwise the date shown wins — some CMSs fill
    the structured date with the time of the last edit ('published')."""
    if not shown or not declared:
        return shown or declared, None
    if shown[:10] == declared[:10]:
        return (declared if len(shown) == 10 else shown), None
    year, month, day = shown[:10].split("-")
    if int(day) <= 12 and f"{year}-{day}-{month}" == declared[:10]:
        return declared, "published: day/month order"
    return shown, "published"


def extract_article(html: str | bytes, url: str, *, site_model: SiteModel | None = None) -> Article | None:
    """The cleaned article of a page, or None for a page that is not an article (CONVENTIONS §3).

    `site_model`: the blocks the page's site repeats on most of its pages (sitelearn.SiteModel),
    learnt from an earlier crawl; it only helps the generic path tell navigation from the body.
    """
    doc = parse_document(html)
    return extract_document(doc, url, site_model=site_model) if doc is not None else None


def site_title(doc) -> str | None:
    """The portal's own name, read from its home page: og:site_name, else the <title>'s last part."""
    name = site_name_of(doc)
    if name:
        return name
    title = element_text(doc.find(".//title"))
    parts = [part.strip() for part in re.split(r"\s+[|–—-]\s+", title) if part.strip()]
    generic = {"trang chủ", "home", "trang chu", "homepage"}
    parts = [part for part in parts if part.casefold() not in generic]
    return parts[-1] if parts else None


def _is_site_root(url: str) -> bool:
    parts = urlsplit(url)
    return parts.path in ("", "/") and not parts.query


# The paths a site's home page is also served at: `/index.php`, `/trang-chu.html`, `/vi/`, `/?lang=en`.
_HOME_PATH = re.compile(r"^/?(?:(?:index|default|home|trang-?chu|trangchu)(?:\.\w+)?|[a-z]{2}(?:-[a-z]{2})?)?/?$", re.I)


def _is_home_path(url: str) -> bool:
    parts = urlsplit(url)
    keys = {pair.split("=", 1)[0].lower() for pair in parts.query.split("&") if pair}
    return bool(_HOME_PATH.match(parts.path)) and keys <= {"lang", "language"}


def document_base(doc, url: str) -> str:
    """The URL relative links resolve against: `<base href>` when the page has one (WebSphere's
    portal state URL, hand-made sites on plain http), else the page's own URL."""
    for href in doc.xpath("//head/base/@href|//base/@href")[:1]:
        resolved = absolute_url(href, url)
        if resolved:
            return resolved
    return url


_DETECT = object()


def _declared_url(doc, metas: Metas, url: str) -> str:
    """The page's own URL: rel=canonical, else og:url, else the URL it was fetched at. A
    declaration naming the site's home from a page that is not one of the home's own paths
    (`_HOME_PATH`) is not believed: a real home page reached there is still a listing."""
    canonical = absolute_url(link_href(doc, "canonical"), url)
    declared = absolute_url(metas.content("og:url"), url)
    for named in (canonical, declared):
        if named and _is_site_root(canonical_url(named)) and not _is_home_path(url):
            # A theme's mistake (the article would be taken for the home page and lost): the
            # other declaration when it names a deeper page, else the URL the page was fetched at.
            return next((other for other in (canonical, declared)
                         if other and not _is_site_root(canonical_url(other))), url)
        if named:
            return named
    return url


def detect_profile(doc, url: str, names: PageNames | None = None) -> Profile | None:
    """The layout profile a page belongs to, or None for the generic path. `names`: the page's
    class and id names, when the caller has read them (PageNames)."""
    return detect(doc, meta_content(doc, "generator"), url, names)


def extract_document(doc, url: str, *, site_model: SiteModel | None = None, profile=_DETECT,
                     names: PageNames | None = None) -> Article | None:
    """extract_article on an already parsed page (the document is modified). `profile`: the page's
    layout profile when the caller has detected it already (detect_profile), so it is done once;
    `names`: the page's class and id names that detection read, read again here without them."""
    metas = Metas(doc)
    canonical = canonical_url(_declared_url(doc, metas, url))
    if _is_site_root(canonical):
        return None  # the home page (however it is reached) is navigation, not an article
    base_url = document_base(doc, url)
    if names is None and profile is not None:
        names = PageNames(doc)   # read before anything changes the page
    if profile is _DETECT:
        profile = detect(doc, metas.content("generator"), url, names)
    reading = profile_reading(doc, profile, names) if profile is not None else None
    unread = profile.name if profile is not None and reading is None else None
    profile = None if unread else profile
    # Read before extraction: the generic path removes scripts (JSON-LD) from the document.
    meta = page_metadata(doc, url, metas)
    declared_body = declarations.declared_markup(meta["declared_body"])
    declared_text = declarations.declared_text(declared_body)
    pristine = copy.deepcopy(doc) if len(declared_text) >= declarations.MIN_DECLARED_CHARS else None
    site_name = site_name_of(doc, metas)
    read_date = DateReader(site_model.date_order if site_model is not None else None)
    if profile is not None:
        parts = profile_parts(doc, profile, reading, base_url, read_date, names)
        article = assemble(parts, canonical, base_url) if parts is not None else None
        if article is None:
            return None     # the profile's positive evidence: no article
    else:
        article = _generic_article(doc, canonical, site_model, base_url, meta, read_date)
    if pristine is not None and declarations.is_better(declared_text, article.body_text if article else ""):
        article = article or assemble(Parts(title="", body=None), canonical, base_url)
        declarations.use_declared_body(article, pristine, declared_body, declared_text, base_url)
    if article is None:
        return None
    if unread:
        article.doubts.append(f"layout: a {unread} page its profile finds no body in, read by the generic path")

    article.site_name = site_name
    article.title = article.title or meta["title"] or meta["og_title"] or title_from_head(doc, site_name, profile)
    article.published, disagreement = settle_published(article.published, meta["published_declared"])
    article.published = article.published or meta["published"]
    if disagreement:
        article.disagreements.append(disagreement)
    article.date_order = read_date.seen
    if read_date.assumed and not meta["published_declared"]:   # a declared date settles the order
        article.doubts.append("date: day/month order assumed")
    article.updated = article.updated or meta["updated"]
    article.summary = meta["summary"] or article.summary or None  # the declared summary, else the lead
    if article.kind == "article":
        article.category = article.category or meta["category"] or None
        article.categories = article.categories or meta["categories"] or ([article.category] if article.category else [])
    article.tags = article.tags or meta["tags"]
    author = article.author or clean_author(meta["author"])
    # <meta name=author> and friends often name the portal itself (NukeViet): that is no writer.
    article.author = None if author and site_name and author.casefold() == site_name.casefold() else author
    article.node_id = node_id(doc, url, canonical)
    declarations.add_declared_image(article, meta["image"], base_url)
    if not article.body_text and not article.images:
        return None  # an empty node (e.g. a block-builder page): nothing of its own to keep
    article.title = unicodedata.normalize("NFC", article.title)
    return article
