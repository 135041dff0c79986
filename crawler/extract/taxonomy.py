"""The category and tags an article shows about itself: its taxonomy links ("Chuyên mục: <a
href="/chuyen-muc/…">", a theme's category badge above the headline, "Tags:" after the body),
told by the URL family the site gives its term pages (data below) or by `rel`.

Where they are read: inside the page's `<article>` that holds the body, header and footer boxes
included (themes print "In <category>" and "tags:" in the article's own footer); on a page with no
such element, in the part of the page holding the headline and the body, outside its furniture
but for boxes named for their terms (there a menu of every category is furniture). More terms than
a post has is a tag cloud: none. Where a page has no taxonomy links, its section may still show in
its breadcrumb's last crumb or in a short link right above the headline (a kicker).
"""

from __future__ import annotations

import re

from .layout import BREADCRUMB_NAMES, CRUMB_SEPARATORS, HOME_CRUMBS, contains_el, inside, names_of
from .text import normalize_text

CATEGORY_PATH = re.compile(r"/(?:categor(?:y|ies)|chuyen-muc|danh-muc|the-loai|chu-de)/[^/?#]+", re.I)
TAG_PATH = re.compile(r"/(?:tags?|tu-khoa|the-tag|keywords?)/(?:[^/?#]+|#tag:.+)", re.I)
_ARTICLE_TYPES = re.compile(r"schema\.org/(?:\w*Article|BlogPosting|Report)\b")
_MAX_TERM_CHARS = 60
_MAX_TERMS = 20          # more than this: a cloud of the site's terms, not the post's
_MAX_BOX_LINKS = 12      # a header or footer box of the article's holding more links is navigation
_TERM_BOX = re.compile(r"tags?|keyword|tu-?khoa|categor|chuyen-?muc|danh-?muc|taxonom|terms", re.I)


def scope_of(container, region):
    """Where the article's own taxonomy links are: its `<article>` (or schema.org Article
    element) holding the body, else the region holding headline and body (or None)."""
    for el in (container, *container.iterancestors()) if container is not None else ():
        if el.tag == "article" or _ARTICLE_TYPES.search(el.get("itemtype") or ""):
            return el, True
    return region, False


def taxonomy_links(scope, is_article_element: bool, zones: set) -> tuple[list[str], list[str]]:
    """(categories, tags) the article's taxonomy links name, each once, in the page's order."""
    if scope is None:
        return [], []
    categories: list[str] = []
    tags: list[str] = []
    for a in scope.iter("a"):
        if not _readable(a, scope, is_article_element, zones):
            continue
        text = normalize_text(a.text_content()).lstrip("#").strip()
        if not text or len(text) > _MAX_TERM_CHARS:
            continue
        term = term_of(a)
        if term == "category":
            categories.append(text)
        elif term == "tag":
            tags.append(text)
    categories, tags = list(dict.fromkeys(categories)), list(dict.fromkeys(tags))
    return ([] if len(categories) > _MAX_TERMS else categories), ([] if len(tags) > _MAX_TERMS else tags)


def term_of(a) -> str | None:
    """'category' or 'tag' for a link to one of the site's term pages (by `rel` or the URL family
    of its term pages), else None."""
    href, rel = a.get("href") or "", (a.get("rel") or "").lower().split()
    if "category" in rel or CATEGORY_PATH.search(href):
        return "category"
    if "tag" in rel or TAG_PATH.search(href):
        return "tag"
    return None


def _readable(a, scope, is_article_element: bool, zones: set) -> bool:
    """A link outside the furniture, or in a small box of furniture inside the scope: any box of
    an `<article>` (its header with the category badge, its footer with the tags), a box named
    for its terms ("tags", "tu-khoa") elsewhere."""
    if not inside(a, zones):
        return True
    box = None
    for el in a.iterancestors():
        if el is scope:
            break
        if el in zones:
            box = el
    return box is not None and contains_el(scope, box) and sum(1 for _ in box.iter("a")) <= _MAX_BOX_LINKS \
        and (is_article_element or bool(_TERM_BOX.search(names_of(box))))


def _crumbs(el) -> list[str]:
    links = [normalize_text(a.text_content()) for a in el.iter("a")]
    links = [t for t in links if t]
    if links:
        return links
    return [part for part in CRUMB_SEPARATORS.split(normalize_text(el.text_content())) if part]


def breadcrumb_section(root, title: str) -> str | None:
    """The breadcrumb's last crumb that is neither the home page nor the headline: the section."""
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if BREADCRUMB_NAMES.search(names_of(el)) or "BreadcrumbList" in (el.get("itemtype") or "") or (
            el.tag == "nav" and "breadcrumb" in (el.get("aria-label") or "").lower()
        ):
            crumbs = [c for c in _crumbs(el) if c.casefold() not in HOME_CRUMBS and c != title and len(c) <= 80]
            if crumbs:
                return crumbs[-1]
    return None


def kicker_section(title_el) -> str | None:
    """A short link right above the headline: the section ("Thể thao", "Văn hóa - Du lịch")."""
    previous = title_el.getprevious() if title_el is not None else None
    while previous is not None and not isinstance(previous.tag, str):
        previous = previous.getprevious()
    if previous is None:
        return None
    links = [previous] if previous.tag == "a" else list(previous.iter("a"))
    if len(links) == 1:
        text = normalize_text(links[0].text_content())
        if text and len(text) <= 40 and text == normalize_text(previous.text_content()):
            return text
    return None
