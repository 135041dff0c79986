"""A layout profile: everything the extractor knows about one CMS family, as data.

Selectors are CSS, translated to XPath by parsel — the engine Scrapy's `response.css` uses, so a
selector means the same in the spider and here — and compiled once by lxml. Lists are tried in order; the first selector that finds something wins. Metadata
selectors (title, dates, author) are tried inside the article container first, then on the whole
page, so a selector that could also match a sidebar must say where it belongs.

Adding a family = adding one module with one `Profile` and its fixture pages under
bench/corpus/<family>/ (see docs/extraction.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from lxml import etree
from parsel.csstranslator import css2xpath


@lru_cache(maxsize=None)
def css(selector: str) -> etree.XPath:
    return etree.XPath(css2xpath(selector))


# What a selector needs the page to name: for each of its comma-separated alternatives, the classes
# and ids it names outside attribute brackets. A selector with an escape or a function (`:not(…)`,
# `:is(…)`, `:nth-child(…)`) needs nothing: it is always tried.
_BRACKETS = re.compile(r"\[[^\]]*\]")
_NAMED = re.compile(r"([.#])([\w-]+)")
# Plain strings: lxml's default "smart" strings each keep a reference to their element (~⅓ slower).
_CLASS_VALUES = etree.XPath("//@class", smart_strings=False)
_ID_VALUES = etree.XPath("//@id", smart_strings=False)


@lru_cache(maxsize=None)
def _needs(selector: str) -> tuple[tuple[frozenset, frozenset], ...]:
    if "\\" in selector or "(" in selector:
        return ((frozenset(), frozenset()),)
    alternatives = []
    for part in _BRACKETS.sub("", selector).split(","):
        named = _NAMED.findall(part)
        alternatives.append((frozenset(name for mark, name in named if mark == "."),
                             frozenset(name for mark, name in named if mark == "#")))
    return tuple(alternatives)


class PageNames:
    """The class tokens and ids a page uses, read once, so that a selector naming a class or an id
    the page does not have is not run: each selector is a scan of the whole tree."""

    def __init__(self, doc) -> None:
        self.classes = {token for value in _CLASS_VALUES(doc) for token in value.split()}
        self.ids = set(_ID_VALUES(doc))

    def can_match(self, selector: str) -> bool:
        return any(classes <= self.classes and ids <= self.ids for classes, ids in _needs(selector))

    def matches(self, doc, selectors) -> bool:
        return any(self.can_match(s) and css(s)(doc) for s in selectors)


def select_all(root, selectors, names: PageNames | None = None) -> list:
    """What the first of the selectors that matches anything finds. `names`: the page's (of the
    tree `root` is in, read before it was changed): a selector it cannot match is not run."""
    for selector in selectors:
        if names is not None and not names.can_match(selector):
            continue
        found = css(selector)(root)
        if found:
            return found
    return []


def select_first(root, selectors, names: PageNames | None = None):
    found = select_all(root, selectors, names)
    return found[0] if found else None


@dataclass(frozen=True)
class Signature:
    """How a page shows it belongs to a family. Any `strong` hit decides; otherwise the generator
    meta or URL pattern must match AND one of `article` selectors must be present."""

    generator: re.Pattern | None = None
    url: re.Pattern | None = None
    strong: tuple[str, ...] = ()


@dataclass(frozen=True)
class Profile:
    name: str
    signature: Signature
    article: tuple[str, ...]                 # the article container (metadata is searched inside it first)
    body: tuple[str, ...]                    # the body, inside the article container (or the page)
    title: tuple[str, ...] = ()
    published: tuple[str, ...] = ()          # value from @content / @datetime, else the text
    updated: tuple[str, ...] = ()
    author: tuple[str, ...] = ()
    category: tuple[str, ...] = ()           # every match is a category of the article; the first is the primary
    breadcrumb: tuple[str, ...] = ()         # links; the category is the last crumb before the title
    tags: tuple[str, ...] = ()
    featured_image: tuple[str, ...] = ()     # <img> elements outside the body shown as the article's image
    gallery: tuple[str, ...] = ()            # <img> of a carousel above the body: all kept, the first is featured
    lead: tuple[str, ...] = ()               # a lead/sapo block shown outside the body: its text opens the body
    attachments: tuple[str, ...] = ()        # links to documents outside the body (a file field)
    strip: tuple[str, ...] = ()              # removed from the body before anything is read from it
    page_kind: tuple[str, ...] = ()          # on, around or inside the article -> a static page (kind 'page')
    not_article: tuple[str, ...] = ()        # anywhere on the page -> listing / home: no article here
    title_suffix: re.Pattern | None = re.compile(r"\s+[|\-–—]\s+[^|\-–—]+$")  # " | Site name" in <title>
    author_ignore: re.Pattern | None = None  # names that are never an author (e.g. "Anonymous")
    extra: dict = field(default_factory=dict)

    def matches(self, doc, generator: str, url: str, names: PageNames | None = None) -> bool:
        sig = self.signature
        names = names or PageNames(doc)
        if names.matches(doc, sig.strong):
            return True
        hinted = bool(sig.generator and sig.generator.search(generator)) or bool(sig.url and sig.url.search(url))
        # A page of the family that it marks as no article (a listing, the front page) is still its own.
        return hinted and (names.matches(doc, self.article) or names.matches(doc, self.not_article))
