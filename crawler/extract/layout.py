"""The layout of a page no profile knows: its furniture (navigation, sidebars, footers…, by tag,
ARIA role and class/id names — data below), and where an element sits: inside the furniture, inside
another element, how much furniture text it holds. (Its link text is measured in text.py.)
"""

from __future__ import annotations

import re

from .text import link_chars, normalize_text
from .tree import detach


# ------------------------------------------------------------------------------------------------
# data: what is never the article
# ------------------------------------------------------------------------------------------------
# `rt`/`rp`: ruby annotations (a reading printed over the characters) are no text of their own.
_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "link",
              "input", "select", "textarea", "button", "option", "rt", "rp")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_HIDDEN_CLASS = re.compile(r"(?:^|\s)(?:hidden|hide|d-none|sr-only|screen-reader-text|visually-hidden|"
                           r"element-invisible|hide-accessible)(?:\s|$)")
_ZONE_TAGS = frozenset(("nav", "header", "footer", "aside"))
_ZONE_ROLES = frozenset(("navigation", "banner", "contentinfo", "complementary", "search"))
# Substrings of class/id names (lower case) that mark navigation and page furniture.
# "commentary" is a genre (an opinion piece), not a comments box.
_ZONE_NAMES = re.compile(
    r"menu|sidebar|footer|breadcrumb|crumbtrail|share|social|related|comment(?!ary)|navbar|navigation|marquee|"
    r"ticker|tinkhac|tin-khac|othernews|other-news|newsother|otherarticle|other_news|login|banner|"
    r"counter|thongke|advert|pathway|duongdan|toolbar|tools|congcu|cong-cu|pager|pagination|"
    r"cookie|consent|gdpr"
)
# Whole class/id words that mark the same.
# "views" ends a counter's name ("post-views"); Drupal's Views module begins its content wrappers with
# it ("views-node", "views-element-container").
_ZONE_WORDS = re.compile(r"(?:^|[\s_-])(?:nav|path|tags|print|hits|rating|widget-area)(?:$|[\s_-])|(?:^|[\s_-])views(?:$|\s)")
TITLE_NAMES = re.compile(r"title|tieude|tieu-de|headline|heading", re.I)
CATEGORY_NAMES = re.compile(r"categor|(?:^|[\s_-])(?:cat|catname|cat-name|chuyenmuc|chuyen-muc|section)(?:$|[\s_-])", re.I)
AUTHOR_NAMES = re.compile(r"author|tacgia|tac-gia|byline|nguoiviet", re.I)
BREADCRUMB_NAMES = re.compile(r"breadcrumb|crumb|duongdan|pathway|pathbar|(?:^|[\s_-])path(?:$|[\s_-])", re.I)
CRUMB_SEPARATORS = re.compile(r"\s*(?:»|>>|>|›|/|\||→|::)\s*")
HOME_CRUMBS = frozenset(("trang chủ", "trang chu", "home", "trang nhất", "trang nhat"))
HEADINGS = frozenset(("h1", "h2", "h3"))
_HEADING_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_SIZE_GUARD = 0.5  # a "zone" holding more than this share of the page's text is the page itself
_BODY_SHARE = 0.5  # a zone by name alone holding more than this share of the running text is the body
_BODY_SIZED_ZONE = 400  # characters: less text than this is no body, whatever its share
_NEVER_BODY_NAMES = re.compile(r"comment(?!ary)|related|cookie|consent|gdpr|advert")


def names_of(el) -> str:
    """The element's class and id, one lower-case string ("" for neither: most elements)."""
    classes, identifier = el.get("class"), el.get("id")
    if classes is None and identifier is None:
        return ""
    return f"{classes or ''} {identifier or ''}".lower()


def strip_page(doc) -> None:
    body = doc.find(".//body")
    root = body if body is not None else doc
    for el in list(root.iter(*_DROP_TAGS)):
        detach(el)
    for el in list(root.iter()):
        if not isinstance(el.tag, str):
            detach(el)  # comments, processing instructions
        elif el.get("hidden") is not None or _HIDDEN_STYLE.search(el.get("style") or "") \
                or _HIDDEN_CLASS.search(el.get("class") or ""):
            detach(el)


def furniture(root) -> set:
    """The boilerplate elements of the page, outermost only: what lies inside a zone is furniture
    with it (`inside`), and is not looked at.

    A class name is weaker evidence than a tag or a role: layout hooks reuse furniture words
    (`article-content sticky-sidebar-relative`, `c-fixed-sidebar-layout`, `left-navigation-wrapper`,
    `entry share`, `APageRoot` holding "pager"). An element marked by its name alone that holds most
    of the page's running text is the page's body, not furniture — unless its name says it is what
    can outweigh an article (comments, related stories, a consent banner)."""
    total = len(normalize_text(root.text_content())) or 1
    zones, by_name = set(), []
    stack = [child for child in reversed(root) if isinstance(child.tag, str)]
    while stack:
        el = stack.pop()
        if _is_zone(el, total, zones, by_name):
            continue
        stack.extend(child for child in reversed(el) if isinstance(child.tag, str))
    if by_name:
        page = running_chars(root, total)
        zones.difference_update(el for el, chars in by_name if running_chars(el, chars) > _BODY_SHARE * page)
    return zones


def _is_zone(el, total: int, zones: set, by_name: list) -> bool:
    """Whether `el` is furniture for good (added to `zones`). A zone by its name alone that may be
    the body (`by_name`) is added too, but its inside is still looked at: it may stay the page."""
    if el.tag in ("html", "body", "main", "article"):
        return False
    # A heading's id is an anchor made of its words ("nav_schredder_statt_ofen", "share-your-view"):
    # only its class says what it is.
    names = (el.get("class") or "").lower() if el.tag in _HEADING_TAGS else names_of(el)
    by_tag = (el.tag in _ZONE_TAGS and not _article_header(el)) or el.get("role") in _ZONE_ROLES
    named = bool(names.strip() and (_ZONE_NAMES.search(names) or _ZONE_WORDS.search(names)))
    if not by_tag and not named:
        return False
    chars = len(normalize_text(el.text_content()))
    # Furniture by its tag and by its name (`<aside class="widget-sidebar">`) is furniture however long.
    if chars <= _SIZE_GUARD * total or (by_tag and named):
        zones.add(el)
        if not by_tag and chars >= _BODY_SIZED_ZONE and not _NEVER_BODY_NAMES.search(names):
            by_name.append((el, chars))
            return False
        return True
    return False


def _article_header(el) -> bool:
    """A `<header>` inside an `<article>` or the `<main>` content is the article's own header (its
    headline, lead, date), not the page's banner: HTML gives it no landmark role there."""
    return el.tag == "header" and any(ancestor.tag in ("article", "main") for ancestor in el.iterancestors())


def running_chars(el, chars: int | None = None) -> int:
    """The characters of `el`'s text outside links: what a reader reads rather than clicks."""
    if chars is None:
        chars = len(normalize_text(el.text_content()))
    return chars - link_chars(el)


def contains_el(ancestor, el) -> bool:
    return el is not None and any(parent is ancestor for parent in el.iterancestors())


def inside(el, group: set) -> bool:
    while el is not None:
        if el in group:
            return True
        el = el.getparent()
    return False


def zone_text(zones: set) -> dict:
    """For every element that holds furniture: (characters, link characters) of the furniture
    inside it, which is no part of the body whatever is taken for it. Nested zones count once."""
    held: dict = {}
    for zone in zones:
        if inside(zone.getparent(), zones):
            continue
        chars, links = len(normalize_text(zone.text_content())), link_chars(zone)
        for ancestor in zone.iterancestors():
            had = held.get(ancestor, (0, 0))
            held[ancestor] = (had[0] + chars, had[1] + links)
    return held
