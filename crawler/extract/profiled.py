"""A page read with its family's profile (profiles/): the article container and the body its
selectors find — of several, the one that is the page's own — and the title, dates, writer,
categories, tags, lead and pictures around them, as Parts for assemble.py.
"""

from __future__ import annotations

import re

from .assemble import Parts, contains
from .body import featured_images, file_links
from .dates import parse_date
from .metadata import meta_content
from .profiles import PageNames, Profile, select_all, select_first
from .text import element_text, normalize_text


def _value(el) -> str | None:
    """A metadata element's value: @content / @datetime when present, else its text."""
    for attribute in ("content", "datetime"):
        value = el.get(attribute)
        if value and value.strip():
            return value
    return element_text(el) or None


def _first_date(scopes, selectors, read_date=parse_date, names: PageNames | None = None) -> str | None:
    for scope in scopes:
        for selector in selectors:
            for el in select_all(scope, (selector,), names):
                parsed = read_date(_value(el))
                if parsed:
                    return parsed
    return None


def _first_text(scopes, selectors, ignore: re.Pattern | None = None, names: PageNames | None = None) -> str | None:
    for scope in scopes:
        for el in select_all(scope, selectors, names):
            text = element_text(el)
            if text and not (ignore and ignore.match(text)):
                return text
    return None


def title_from_head(doc, site_name: str | None, profile: Profile | None) -> str:
    title = element_text(doc.find(".//title"))
    if site_name and title.endswith(site_name) and len(title) > len(site_name):
        return title[: -len(site_name)].rstrip(" |-–—:")
    pattern = profile.title_suffix if profile else re.compile(r"\s+[|]\s+[^|]+$")
    return pattern.sub("", title) if pattern else title


def _breadcrumb_category(doc, profile: Profile, title: str, names: PageNames | None = None) -> str | None:
    crumbs = [element_text(a) for a in select_all(doc, profile.breadcrumb, names)]
    crumbs = [c for c in crumbs if c and c.casefold() not in ("home", "trang chủ", "trang chu") and c != title]
    return crumbs[-1] if crumbs else None


_ORPHAN_TAGS = frozenset(("p", "ul", "ol", "table", "blockquote", "h2", "h3", "h4", "h5", "h6", "div"))


def _is_orphan(el) -> bool:
    """A bare block (no class, no id) — body text that a stray `</div>` pushed out of the body."""
    if not isinstance(el.tag, str) or el.tag not in _ORPHAN_TAGS or el.get("class") or el.get("id"):
        return False
    if el.tag == "div":
        return not el.xpath(".//div|.//nav|.//ul[@class]|.//form") and bool(normalize_text(el.text_content()))
    return True


def _recover_orphans(body_el, root) -> None:
    """Broken HTML: stray closing tags end the body (or the whole article) early, and the parser
    puts the remaining paragraphs after it. Well-formed themes put only classed blocks (tags,
    related posts, links) after the body, so bare blocks that follow the body — or one of its
    ancestors up to the article, or the two blocks around it when the parser closed those too —
    are moved back into it, in document order."""
    anchor, levels_above_root = body_el, -1
    while anchor is not None and levels_above_root < 2:
        sibling = anchor.getnext()
        while sibling is not None and (not isinstance(sibling.tag, str) or _is_orphan(sibling)):
            following = sibling.getnext()
            if isinstance(sibling.tag, str):
                body_el.append(sibling)
            sibling = following
        if anchor is root or levels_above_root >= 0:
            levels_above_root += 1
        anchor = anchor.getparent()


def _marks(doc, root, selectors, names: PageNames | None = None) -> bool:
    """True when one of the selectors matches the article container itself, one of its ancestors
    (`body.page`) or something inside it — not a box elsewhere on the page."""
    for selector in selectors:
        for el in select_all(doc, (selector,), names):
            if el is root or contains(el, root) or contains(root, el):
                return True
    return False


def _profile_body(doc, profile: Profile, names: PageNames | None = None):
    """(article container, body) as the profile finds them, either None when it finds none. Of
    several article containers holding the page's headline, the one with the most body text."""
    containers = select_all(doc, profile.article, names)
    roots = _outermost(containers)
    if len(roots) > 1:
        # Several: the page's own holds its headline; none does, they are teasers (a theme that
        # prints the post outside the family's markup, its sidebar's posts inside it).
        headline = _page_headline(doc, profile).casefold()
        roots = [root for root in roots if headline and headline in normalize_text(root.text_content()).casefold()]
    if not roots:
        return None, None
    # A body inside another item the article holds (its related or promoted teasers) is not its body.
    nodes = set(containers)
    readings = [(root, _main_body(_own(select_all(root, profile.body, names), root, nodes))) for root in roots]
    root, body_el = max(readings, key=lambda reading: _words(reading[1]))
    if body_el is None:
        root = roots[0]
        # A broken template (a stray </div> in a menu block) closed the article early and left its
        # body outside it: the page's one body field is the article's.
        bodies = select_all(doc, profile.body, names)
        body_el = bodies[0] if len(bodies) == 1 else None
    return root, body_el


def _own(bodies: list, root, nodes: set) -> list:
    """The bodies of `root` itself: none inside another article container or `<article>` nested
    in it (HTML's nested article is a related item or a comment)."""
    def nested(el) -> bool:
        for ancestor in el.iterancestors():
            if ancestor is root:
                return False
            if ancestor.tag == "article" or ancestor in nodes:
                return True
        return False
    return [body for body in bodies if not nested(body)]


def _page_headline(doc, profile: Profile) -> str:
    """The page's title as it names itself: og:title, else `<title>` without the site's name."""
    return meta_content(doc, "og:title") or title_from_head(doc, None, profile)


def _main_body(bodies: list):
    """Of the body selector's matches in an article, the one holding most text: a theme may print
    its byline box or its lead in a block of the body's class above the body itself."""
    return max(_outermost(bodies), key=_words, default=None)


def _outermost(elements: list) -> list:
    return [el for el in elements if not any(contains(other, el) for other in elements if other is not el)]


def _words(el) -> int:
    return len(el.text_content().split()) if el is not None else -1


_NO_ARTICLE = "no article"      # profile_reading's answer for a page its profile marks as none


def profile_reading(doc, profile: Profile, names: PageNames | None = None):
    """How the profile reads this page: _NO_ARTICLE when it marks it as no article; (article
    container, body) when it finds both, with text or a picture in the body; else None. A page of
    the family in a theme the profile does not know (a WordPress site's own theme) is read by the
    generic path instead: an empty article would lose its text. `names`: the page's class and id
    names (profiles.PageNames), so that a selector naming one it lacks is not run."""
    if select_first(doc, profile.not_article, names) is not None:
        return _NO_ARTICLE
    root, body_el = _profile_body(doc, profile, names)
    if root is None or body_el is None:
        return None
    return (root, body_el) if element_text(body_el) or next(body_el.iter("img"), None) is not None else None


def profile_parts(doc, profile: Profile, reading, base_url: str, read_date=parse_date,
                  names: PageNames | None = None) -> Parts | None:
    """What a layout profile finds in a page (`reading`: what _profile_reading found), or None
    when the page is not an article of it. `read_date`: how the dates the page shows are read
    (dates.DateReader in the site's order)."""
    if reading is _NO_ARTICLE:
        return None
    root, body_el = reading
    if body_el is root or contains(root, body_el):
        _recover_orphans(body_el, root)
    scopes = (root, doc)
    title = _first_text(scopes, profile.title, names=names) or ""
    featured = featured_images(select_all(root, profile.gallery, names), base_url, limit=50) if profile.gallery else []
    if not featured and profile.featured_image:
        featured = featured_images(select_all(root, profile.featured_image, names), base_url)
    kind = "page" if profile.page_kind and _marks(doc, root, profile.page_kind, names) else "article"
    categories = list(dict.fromkeys(text for text in (element_text(a) for a in select_all(root, profile.category, names))
                                    if text))
    category = (categories[0] if categories else None) or (
        # a static page sits in the menu, not in a news category: its breadcrumb is navigation
        _breadcrumb_category(doc, profile, title, names) if profile.breadcrumb and kind == "article" else None
    )
    return Parts(
        title=title,
        body=body_el,
        profile=profile.name,
        kind=kind,
        published=_first_date(scopes, profile.published, read_date, names),
        updated=_first_date(scopes, profile.updated, read_date, names),
        author=_first_text(scopes, profile.author, profile.author_ignore, names),
        category=category,
        categories=categories,
        tags=list(dict.fromkeys(t for t in (element_text(a) for a in select_all(root, profile.tags, names)
                                             or select_all(doc, profile.tags, names)) if t)) if profile.tags else [],
        attachments=file_links(select_all(root, profile.attachments, names), base_url) if profile.attachments else [],
        featured=featured,
        lead=select_first(root, profile.lead, names) if profile.lead and body_el is not None else None,
        strip=profile.strip,
    )
