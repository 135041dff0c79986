"""Evidence that a page is a listing (a tag, category, author or date-archive page, a home page of
teasers) rather than an article: headings that are links to other pages, `<article>` entries,
links of one shape, the URL families CMSs give their listings. And what is no such evidence: the
boxes of other stories a news site sets between an article's paragraphs (`insets`).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .layout import TITLE_NAMES, contains_el, inside, names_of, running_chars
from .text import element_text, link_chars, link_density, normalize_text

# The URL families CMSs give their listings (tag, category, author, date archive, pager pages).
LISTING_PATH = re.compile(
    r"/(?:tags?|categor(?:y|ies)|archives?|authors?|page|tu-khoa|chuyen-muc|danh-muc|the-loai|tac-gia|"
    r"luu-tru)(?:/|$)|/\d{4}(?:/\d{1,2}){0,2}/?$", re.I)
_TEASER_THRESHOLD = 3


# A link to a person (a comment's or a forum post's writer) heads a contribution, not a teaser.
_PERSON_LINK = re.compile(r"author|user|member|profile|tac-?gia", re.I)


def _is_person_link(a) -> bool:
    marks = " ".join((a.get("rel") or "", a.get("class") or "", a.get("itemprop") or "", urlsplit(a.get("href") or "").path))
    return bool(_PERSON_LINK.search(marks))


def is_linked_heading(el) -> bool:
    """A heading that is all link, to another page: a teaser's title. A heading linked to a place on
    its own page (a permalink anchor, a table of contents) is the page's own section; one linked to
    its writer's profile is a byline."""
    text = normalize_text(el.text_content())
    links = list(el.iter("a"))
    return bool(text) and text == normalize_text("".join(a.text_content() for a in links)) and any(
        not (a.get("href") or "").strip().startswith("#") and not _is_person_link(a) for a in links)


def page_of_teasers(root, zones: set, url: str, *, body_found: bool, article_body: bool = False,
                    container=None) -> bool:
    """Positive evidence of a listing, outside the page's furniture. Unless a container holds an
    article's body (`article_body`: news sites surround it with boxes of other stories, as many as
    a listing's, that no name marks as furniture): three or more `<article>` entries with a heading
    that is a link, or six or more such headings. When no container holds a body of its own
    (`body_found` False), also: three or more such headings, links of one shape, or a listing URL
    family with teasers or mostly links. Teasers with an article's text beside them (`_text_beside`:
    a recipe, a product or a text split over boxes of its own, a slider of other pages below) are
    other pages, no listing, and so are teasers beside a body of the page's own (`_own_body`: a short
    one at an item's URL, or one of an article's size beside headlines alone). `<article>` entries
    inside the `<article>` that holds the body `container`, itself in none of them, are that
    article's related items, no entries of a listing. (A few headline links do not make a listing.)"""
    parts = urlsplit(url)
    path = parts.path
    # A heading linked to this very page (a permalink over the post's own title) or to the home
    # page (a logo) is no teaser.
    headings = [el for el in root.iter("h1", "h2", "h3", "h4", "h5")
                if not inside(el, zones) and is_linked_heading(el) and _leads_elsewhere(el, path)]
    entries = [el for el in root.iter("article") if not inside(el, zones) and _is_entry(el, path)]
    in_teaser = container is not None and _in_a_teaser(container, entries)
    if container is not None and not in_teaser:
        entries = [el for el in entries if not _related_item(el, container)]
    many = len(entries) >= _TEASER_THRESHOLD or len(headings) >= 2 * _TEASER_THRESHOLD
    own_body = (many or not body_found) and container is not None and not in_teaser \
        and _own_body(root, container, parts, body_found, headings + entries)
    if not (article_body or own_body) and many and _text_beside(root, zones, headings + entries) < _TEXT_BESIDE:
        return True
    if LISTING_PATH.search(path) and (_first_heading_is_a_teaser(root, zones, path)
                                      or any(_leads_elsewhere(entry, path) for entry in entries)):
        return True   # a tag or category page of one or two entries: they lead to other pages
    if body_found or own_body:
        return False
    shaped = _titles_of_one_shape(root, zones, parts.netloc)
    if (len(headings) >= _TEASER_THRESHOLD or shaped) and _text_beside(root, zones, headings + shaped) < _TEXT_BESIDE:
        return True
    return bool(LISTING_PATH.search(path)) and (bool(headings) or bool(entries) or link_density(root) > 0.4)


# The URL of one item rather than of a list of them: a number of its own (`/node/46`,
# `…-12345.html`, `?id=123`, WordPress's `?p=7`) or a slug under date folders (`/2024/05/ten-bai/`),
# and no pager or category in its query (`?page=2`, `view=category&id=12`).
_ITEM_NUMBER = re.compile(r"\d{2,}")
_DATED_SLUG = re.compile(r"/\d{4}/(?:\d{1,2}/){0,2}[^/]*[^\W\d][^/]*/?$")
_LIST_QUERY = re.compile(r"(?:^|&)(?:page|paged|start|offset|trang|pg|cat\w*|cid|view=(?:category|section|archive))(?:=|&|$)",
                         re.I)


def item_url(parts) -> bool:
    """Whether a URL (urlsplit parts) names one item, not a list (data above)."""
    if LISTING_PATH.search(parts.path) or _LIST_QUERY.search(parts.query):
        return False
    last = parts.path.rstrip("/").rsplit("/", 1)[-1]
    values = [pair.split("=", 1)[-1] for pair in parts.query.split("&") if "=" in pair]
    return bool(_ITEM_NUMBER.search(last) or any(v.isdigit() for v in values) or _DATED_SLUG.search(parts.path))


_SHORT_BODY_CHARS = 150     # a notice's two short paragraphs


def _short_body(container) -> bool:
    chars, links = own_text(container)
    return chars >= _SHORT_BODY_CHARS and links <= 0.1


def _own_body(root, container, parts, body_found: bool, teasers: list) -> bool:
    """Whether the container, in no teaser, is the page's own article with other news around it:
    holding no teaser, and either a short body at an item's URL (a notice of two paragraphs) or a
    body of an article's size (`body_found`) beside headlines alone, whatever the URL."""
    if any(contains_el(container, teaser) for teaser in teasers):
        return False
    return item_url(parts) and _short_body(container) or body_found and _bare_titles(root, teasers)


def _in_a_teaser(container, entries: list) -> bool:
    """Whether the body container lies in one of the entries holding no other (a teaser's own text)."""
    teasers = [e for e in entries if not any(other is not e and contains_el(e, other) for other in entries)]
    return any(teaser is container or contains_el(teaser, container) for teaser in teasers)


def _related_item(article, container) -> bool:
    """An `<article>` nested in the `<article>` that holds the body: the story's related item."""
    return container is not None and any(
        ancestor.tag == "article" and contains_el(ancestor, container) for ancestor in article.iterancestors())


def _is_entry(article, path: str) -> bool:
    """An `<article>` that is a teaser: a heading that is a link to another page than this one
    (`path`), or a heading and a link over the whole entry (`a.entry-link`, an overlay) — and no
    body of its own."""
    headings = list(article.iter("h1", "h2", "h3", "h4", "h5"))
    if any(is_linked_heading(h) and _leads_elsewhere(h, path) for h in headings):
        return True
    return bool(headings) and any("link" in (a.get("class") or "") for a in article.iter("a")) \
        and len(element_text(article)) < 800


def _leads_elsewhere(el, path: str) -> bool:
    """Whether an element's links lead to another page than this one (a title linked to its own
    page — a permalink — is no teaser)."""
    return any(urlsplit(a.get("href") or "").path.rstrip("/") not in ("", path.rstrip("/")) for a in el.iter("a"))


def links_to_itself(el, path: str) -> bool:
    """Whether an element's links all lead to this very page (a permalink over a post's title),
    fragments and a final slash aside."""
    own = path.rstrip("/")
    links = [urlsplit(a.get("href") or "").path.rstrip("/") for a in el.iter("a")]
    return bool(own) and bool(links) and all(link == own for link in links)


_INSET_TEASER_CHARS = 400


def inset_teaser(box, path: str) -> bool:
    """A box set between an article's paragraphs that is another page's teaser: a heading linked
    to another page, with a summary and a picture at most (less text than a paragraph or two)."""
    heading = next(box.iter("h2", "h3", "h4", "h5"), None)
    return heading is not None and is_linked_heading(heading) and _leads_elsewhere(heading, path) \
        and len(normalize_text(box.text_content())) <= _INSET_TEASER_CHARS


def _first_heading_is_a_teaser(root, zones: set, path: str) -> bool:
    first = next((el for el in root.iter("h1", "h2") if not inside(el, zones) and normalize_text(el.text_content())), None)
    return first is not None and is_linked_heading(first) and _leads_elsewhere(first, path)


_MIN_TITLE_CHARS = 20


def _titles_of_one_shape(root, zones: set, host: str) -> list:
    """Links of one shape (the links, or []): four or more links with the same class, to four or
    more pages of the site, whose texts are titles standing on their own (a list of posts written
    as `<li><a class="postlist-link">Title</a> <time>…</time>`). Links within running text (an
    encyclopedia's), to places on the page (a table of contents), all to one page (download
    buttons) or to other sites (references) are not."""
    shapes: dict[str, dict] = {}
    for a in root.iter("a"):
        cls = (a.get("class") or "").strip()
        href = (a.get("href") or "").strip()
        if not cls or not href or href.startswith("#") or inside(a, zones):
            continue
        if "//" in href and urlsplit(href).netloc.lower() not in ("", host.lower()):
            continue
        title = len(normalize_text(a.text_content()))
        parent = a.getparent()
        if title < _MIN_TITLE_CHARS or len(normalize_text(parent.text_content())) - title > title:
            continue
        shapes.setdefault(cls, {}).setdefault(href.split("#", 1)[0], a)
    return next((list(links.values()) for links in shapes.values() if len(links) >= 4), [])


_TEXT_BESIDE = 1000   # characters of running text outside teasers and furniture: an article's


def _teaser_boxes(root, teasers: list) -> list:
    """Each teaser's box: its largest ancestor holding no other teaser (its summary, its picture,
    its date)."""
    anchors = set(teasers)
    teasers = [el for el in anchors if not any(ancestor in anchors for ancestor in el.iterancestors())]
    anchors = set(teasers)  # a link of one shape inside a linked heading is one teaser
    boxes = []
    for teaser in teasers:
        box = teaser
        while box.getparent() is not None and box.getparent() is not root \
                and not any(el in anchors and el is not teaser for el in box.getparent().iter()):
            box = box.getparent()
        boxes.append(box)
    return boxes


_BARE_TITLE_CHARS = 40      # a teaser's text besides its links, on average: a bare headline, no summary


def _bare_titles(root, teasers: list) -> bool:
    """Whether the teasers are headlines alone (a box of other news under an article), not a
    listing's entries with their summaries."""
    boxes = _teaser_boxes(root, teasers)
    return bool(boxes) and sum(running_chars(box) for box in boxes) < _BARE_TITLE_CHARS * len(boxes)


def _text_beside(root, zones: set, teasers: list) -> int:
    """The page's running text (links left out) outside its furniture and outside the boxes of its
    teasers: each teaser's box is its largest ancestor holding no other teaser (its summary, its
    picture, its date)."""
    left_out = {el for part in (*zones, *_teaser_boxes(root, teasers), *root.iter("a")) for el in part.iter()}
    chars = 0
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.text and el not in left_out:
            chars += len(normalize_text(el.text))
        if el.tail and el.getparent() is not None and el.getparent() not in left_out:
            chars += len(normalize_text(el.tail))
    return chars


_TEXT_PER_TEASER = 1500     # a teaser is a title and a summary; more text than this a heading is an article's


def is_listing(container, zones: set = frozenset()) -> bool:
    """Three or more headlines that are links (teasers of other pages), holding little text each:
    a listing. A page of whole articles, each under a heading linked to its own page (a weekly
    edition), is kept: when in doubt, an article. So is an article with a box of other stories set
    between its paragraphs (`_insets`). Headlines in the furniture (`zones`) are none of its own."""
    teasers = [el for el in container.iter() if isinstance(el.tag, str) and _is_teaser_title(el) and not inside(el, zones)]
    if len(teasers) < 3:
        return False                # boxes set into it could only take teasers away
    insets = _insets(container)
    boxed = {el for box in insets for el in box.iter()}
    teasers = [el for el in teasers if el not in boxed]
    text = len(normalize_text(container.text_content())) - sum(len(normalize_text(box.text_content())) for box in insets)
    return len(teasers) >= 3 and text < _TEXT_PER_TEASER * len(teasers)


def _is_teaser_title(el) -> bool:
    return (el.tag in ("h2", "h3", "h4") or bool(TITLE_NAMES.search(names_of(el)))) and is_linked_heading(el)


_INSET_BODY_CHARS = 1000   # text outside the boxes of links, from which they are set into an article


def own_text(container) -> tuple[int, float]:
    """The container's characters and link density, boxes of links set into it left out."""
    chars = len(normalize_text(container.text_content()))
    links = link_chars(container)
    if links:
        insets = _insets(container)
        chars -= sum(len(normalize_text(box.text_content())) for box in insets)
        links -= sum(link_chars(box) for box in insets)
    return chars, links / chars if chars else 1.0


def _insets(el, keep=None) -> list:
    """The boxes of links (a "related" slider, a "read more" list) among `el`'s children, when the
    text outside them is an article's: they are set into it, no evidence of a listing. `keep`: a
    child on the way to the article's own container, never an inset."""
    boxes = [child for child in el if isinstance(child.tag, str) and child is not keep
             and next(child.iter("a"), None) is not None
             and not (keep is not None and contains_el(child, keep)) and link_density(child) > 0.5]
    if not boxes:
        return []
    outside = len(normalize_text(el.text_content())) - link_chars(el) \
        - sum(len(normalize_text(box.text_content())) - link_chars(box) for box in boxes)
    return boxes if outside >= _INSET_BODY_CHARS else []


_TEASER_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5"))


def holds_teasers(parent, container, zones: set = frozenset()) -> bool:
    """Whether `parent` holds entries of other pages beside `container`: two `<article>`s, or two
    headings that are links, outside it and the furniture (`zones`): a listing's teasers, not one
    article's sections, nor the related links a sidebar box holds. Boxes of links set between the
    article's paragraphs are not counted (`_insets`): the climb leaves them out (drop_link_lists)."""
    articles = [el for el in parent.iter("article") if not inside(el, zones)]
    linked = [el for el in parent.iter(*_TEASER_HEADINGS) if not contains_el(container, el) and not inside(el, zones)
              and is_linked_heading(el)]
    if len(articles) >= 2 or len(linked) >= 2:
        boxed = {el for box in _insets(parent, keep=container) for el in box.iter()}
        articles = [el for el in articles if el not in boxed]
        linked = [el for el in linked if el not in boxed]
    return len(articles) >= 2 or len(linked) >= 2 or is_listing(parent, zones)
