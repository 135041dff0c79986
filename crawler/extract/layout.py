"""The layout of a page no profile knows: its furniture (navigation, sidebars, footers…, by tag,
ARIA role and class/id names — data below) and the container that holds its body text.

The body container: each block's text runs (split at `<br><br>`, as old table layouts write
paragraphs) of at least 25 characters score for the element that holds the paragraphs, half for
the one above (readability's rule); the best container, discounted by its link density, is the
body. A page whose text is spread over several similar boxes is a listing.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from .body import detach
from .text import BLOCK_TAGS, element_text, normalize_text

MIN_PARAGRAPH_CHARS = 25
MIN_SCORE = 2.0

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
_ZONE_WORDS = re.compile(r"(?:^|[\s_-])(?:nav|path|tags|print|hits|views|rating|widget-area)(?:$|[\s_-])")
TITLE_NAMES = re.compile(r"title|tieude|tieu-de|headline|heading", re.I)
CATEGORY_NAMES = re.compile(r"categor|(?:^|[\s_-])(?:cat|catname|cat-name|chuyenmuc|chuyen-muc|section)(?:$|[\s_-])", re.I)
AUTHOR_NAMES = re.compile(r"author|tacgia|tac-gia|byline|nguoiviet", re.I)
BREADCRUMB_NAMES = re.compile(r"breadcrumb|crumb|duongdan|pathway|pathbar|(?:^|[\s_-])path(?:$|[\s_-])", re.I)
CRUMB_SEPARATORS = re.compile(r"\s*(?:»|>>|>|›|/|\||→|::)\s*")
HOME_CRUMBS = frozenset(("trang chủ", "trang chu", "home", "trang nhất", "trang nhat"))
HEADINGS = frozenset(("h1", "h2", "h3"))
_CONTAINERS = BLOCK_TAGS | {"td", "th"}
_SIZE_GUARD = 0.5  # a "zone" holding more than this share of the page's text is the page itself
_BODY_SHARE = 0.5  # a zone by name alone holding more than this share of the running text is the body
_BODY_SIZED_ZONE = 400  # characters: less text than this is no body, whatever its share
_NEVER_BODY_NAMES = re.compile(r"comment(?!ary)|related|cookie|consent|gdpr|advert")


def names_of(el) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}".lower()


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
    """The boilerplate elements of the page (outermost only matters; nested ones are included).

    A class name is weaker evidence than a tag or a role: layout hooks reuse furniture words
    (`article-content sticky-sidebar-relative`, `c-fixed-sidebar-layout`, `left-navigation-wrapper`,
    `entry share`, `APageRoot` holding "pager"). An element marked by its name alone that holds most
    of the page's running text is the page's body, not furniture — unless its name says it is what
    can outweigh an article (comments, related stories, a consent banner)."""
    total = len(normalize_text(root.text_content())) or 1
    zones, by_name = set(), []
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("html", "body", "main", "article"):
            continue
        names = names_of(el)
        by_tag = el.tag in _ZONE_TAGS or el.get("role") in _ZONE_ROLES
        if not by_tag and not (names.strip() and (_ZONE_NAMES.search(names) or _ZONE_WORDS.search(names))):
            continue
        chars = len(normalize_text(el.text_content()))
        if chars <= _SIZE_GUARD * total:
            zones.add(el)
            if not by_tag and chars >= _BODY_SIZED_ZONE and not _NEVER_BODY_NAMES.search(names):
                by_name.append((el, chars))
    if by_name:
        page = _running_chars(root, total)
        zones.difference_update(el for el, chars in by_name if _running_chars(el, chars) > _BODY_SHARE * page)
    return zones


def _running_chars(el, chars: int | None = None) -> int:
    """The characters of `el`'s text outside links: what a reader reads rather than clicks."""
    if chars is None:
        chars = len(normalize_text(el.text_content()))
    return chars - _link_chars(el)


def _link_chars(el) -> int:
    return sum(len(normalize_text(a.text_content())) for a in el.iter("a"))


def contains_el(ancestor, el) -> bool:
    return el is not None and any(parent is ancestor for parent in el.iterancestors())


def inside(el, group: set) -> bool:
    while el is not None:
        if el in group:
            return True
        el = el.getparent()
    return False


# ------------------------------------------------------------------------------------------------
# the body container
# ------------------------------------------------------------------------------------------------
class _Runs:
    """Text runs per block element: the text a block holds itself (not inside nested blocks),
    split at `<br>`; link characters counted apart."""

    def __init__(self, zones: set) -> None:
        self.zones = zones
        self.blocks: dict = {}   # block element -> list of [chars, link_chars, commas, breaks_before]
        self.order: list = []

    def _is_block(self, el) -> bool:
        return el.tag in _CONTAINERS or (el.tag in ("span", "font") and el.find("br") is not None)

    def _add(self, block, text: str | None, link: bool) -> None:
        if not text or not text.strip():
            return
        runs = self.blocks.setdefault(block, [[0, 0, 0, 0]])
        if block not in self._seen:
            self._seen.add(block)
            self.order.append(block)
        run = runs[-1]
        length = len(text.strip())
        run[0] += length
        if link:
            run[1] += length
        run[2] += text.count(",")

    def _break(self, block) -> None:
        runs = self.blocks.setdefault(block, [[0, 0, 0, 0]])
        if runs[-1][0]:
            runs.append([0, 0, 0, 1])
        else:
            runs[-1][3] += 1

    def walk(self, root) -> None:
        self._seen: set = set()
        stack = [(root, root, False)]
        # iterative pre-order walk with explicit tails: (element, block, in_link) and ("tail", …)
        while stack:
            item = stack.pop()
            if item[0] == "tail":
                _, text, block, link = item
                self._add(block, text, link)
                continue
            el, block, link = item
            if el in self.zones:
                continue
            tag = el.tag
            if tag == "br":
                self._break(block)
                continue
            own_block = el if self._is_block(el) else block
            own_link = link or tag == "a"
            self._add(own_block, el.text, own_link)
            for child in reversed(el):
                if not isinstance(child.tag, str):
                    continue
                stack.append(("tail", child.tail, own_block, link))
                stack.append((child, own_block, own_link))


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


def _is_linked_heading(el) -> bool:
    """A heading that is all link, to another page: a teaser's title. A heading linked to a place on
    its own page (a permalink anchor, a table of contents) is the page's own section; one linked to
    its writer's profile is a byline."""
    text = normalize_text(el.text_content())
    links = list(el.iter("a"))
    return bool(text) and text == normalize_text("".join(a.text_content() for a in links)) and any(
        not (a.get("href") or "").strip().startswith("#") and not _is_person_link(a) for a in links)


def page_of_teasers(root, zones: set, url: str, *, body_found: bool, article_body: bool = False) -> bool:
    """Positive evidence of a listing, outside the page's furniture. Unless a container holds an
    article's body (`article_body`: news sites surround it with boxes of other stories, as many as
    a listing's, that no name marks as furniture): three or more `<article>` entries with a heading
    that is a link, or six or more such headings. When no container holds a body of its own
    (`body_found` False), also: three or more such headings, links of one shape, or a listing URL
    family with teasers or mostly links. (A few headline links do not make a listing.)"""
    parts = urlsplit(url)
    path = parts.path
    headings = [el for el in root.iter("h1", "h2", "h3", "h4", "h5") if not inside(el, zones) and _is_linked_heading(el)]
    entries = [el for el in root.iter("article") if not inside(el, zones) and _is_entry(el)]
    if not article_body and (len(entries) >= _TEASER_THRESHOLD or len(headings) >= 2 * _TEASER_THRESHOLD):
        return True
    if LISTING_PATH.search(path) and (_first_heading_is_a_teaser(root, zones, path)
                                      or any(_leads_elsewhere(entry, path) for entry in entries)):
        return True   # a tag or category page of one or two entries: they lead to other pages
    if body_found:
        return False
    if len(headings) >= _TEASER_THRESHOLD or _titles_of_one_shape(root, zones, parts.netloc):
        return True
    return bool(LISTING_PATH.search(path)) and (bool(headings) or bool(entries) or link_density(root) > 0.4)


def _is_entry(article) -> bool:
    """An `<article>` that is a teaser: a heading that is a link, or a heading and a link over the
    whole entry (`a.entry-link`, an overlay) — and no body of its own."""
    headings = list(article.iter("h1", "h2", "h3", "h4", "h5"))
    if any(_is_linked_heading(h) for h in headings):
        return True
    return bool(headings) and any("link" in (a.get("class") or "") for a in article.iter("a")) \
        and len(element_text(article)) < 800


def _leads_elsewhere(el, path: str) -> bool:
    """Whether an element's links lead to another page than this one (a title linked to its own
    page — a permalink — is no teaser)."""
    return any(urlsplit(a.get("href") or "").path.rstrip("/") not in ("", path.rstrip("/")) for a in el.iter("a"))


def _first_heading_is_a_teaser(root, zones: set, path: str) -> bool:
    first = next((el for el in root.iter("h1", "h2") if not inside(el, zones) and normalize_text(el.text_content())), None)
    return first is not None and _is_linked_heading(first) and _leads_elsewhere(first, path)


_MIN_TITLE_CHARS = 20


def _titles_of_one_shape(root, zones: set, host: str) -> bool:
    """Links of one shape: four or more links with the same class, to four or more pages of the
    site, whose texts are titles standing on their own (a list of posts written as `<li><a
    class="postlist-link">Title</a> <time>…</time>`). Links within running text (an encyclopedia's),
    to places on the page (a table of contents), all to one page (download buttons) or to other
    sites (references) are not."""
    shapes: dict[str, set] = {}
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
        targets = shapes.setdefault(cls, set())
        targets.add(href.split("#", 1)[0])
        if len(targets) >= 4:
            return True
    return False


_TEXT_PER_TEASER = 1500     # a teaser is a title and a summary; more text than this a heading is an article's


def is_listing(container) -> bool:
    """Three or more headlines that are links (teasers of other pages), holding little text each:
    a listing. A page of whole articles, each under a heading linked to its own page (a weekly
    edition), is kept: when in doubt, an article."""
    teasers = sum(1 for el in container.iter() if isinstance(el.tag, str) and (
        el.tag in ("h2", "h3", "h4") or TITLE_NAMES.search(names_of(el))) and _is_linked_heading(el))
    return teasers >= 3 and len(normalize_text(container.text_content())) < _TEXT_PER_TEASER * teasers


def link_density(el) -> float:
    text = len(normalize_text(el.text_content()))
    if not text:
        return 1.0
    return _link_chars(el) / text


LISTING = object()  # best_container's answer for a page of teasers


def best_container(root, zones):
    """(container, its paragraph blocks in document order, the core it was climbed to from) of the
    page's main text, or (None, [], None); (LISTING, [], None) for text spread over teasers."""
    runs = _Runs(zones)
    runs.walk(root)
    scores: dict = {}
    blocks: dict = {}
    total = 0.0
    for block in runs.order:
        scoring = [run for run in runs.blocks[block] if run[0] - run[1] >= MIN_PARAGRAPH_CHARS]
        if not scoring:
            continue
        points = sum(1 + run[2] + min(run[0] / 100, 3) for run in scoring)
        total += points
        # Several runs split by <br> in one element: that element holds the paragraphs.
        holder = block if len(scoring) > 1 else block.getparent()
        if holder is None:
            continue
        for target, share in ((holder, 1.0), (holder.getparent(), 0.5)):
            if target is not None and target.tag not in ("html",):
                scores[target] = scores.get(target, 0.0) + points * share
                blocks.setdefault(target, []).append(block)
    if not scores:
        return None, [], None
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)[:5]
    best, best_score = None, 0.0
    for el, score in ranked:
        score *= 1 - link_density(el)
        if score > best_score:
            best, best_score = el, score
    if best is None or best_score < MIN_SCORE:
        return None, [], None
    paragraphs = _paragraph_chars(runs)
    container = _whole_article(best, paragraphs, zones)
    # A listing: the text is spread over several similar boxes (teasers), none holding most of it —
    # unless they are the sections of one article (the climb above found their common container).
    similar = sum(1 for el, score in scores.items() if score >= 0.5 * scores[best] and not contains_el(el, best)
                  and not contains_el(best, el))
    if container is best and similar >= 3 and scores[best] < 0.4 * total:
        return LISTING, [], None
    if container is best:
        return best, blocks[best], best
    return container, [block for block in runs.order if block in paragraphs and (
        block is container or contains_el(container, block))], best


def drop_link_lists(container, core, blocks: list) -> None:
    """What best_container's climb from `core` to `container` took in besides sections and
    headings: the link lists beside them (tags, share bars, a "next post" link) are no text of the
    article. (Run once the page is known to be no listing: those lists are evidence of one.)"""
    level = core
    while level is not container:
        parent = level.getparent()
        for sibling in list(parent):
            if sibling is level or not isinstance(sibling.tag, str) or sibling.tag in HEADINGS:
                continue
            if link_density(sibling) > 0.5 and not any(b is sibling or contains_el(sibling, b) for b in blocks):
                detach(sibling)
        level = parent


_MORE_TEXT = 1.2          # an ancestor taken for the article adds this much paragraph text at least,
_SECTION_CHARS = 400      # and this many characters of it (a lead above the body is no section)
_OTHER_TEXT_SHARE = 0.35  # of the ancestor's text, at most this outside paragraphs (headings, captions…)
_OPENING_OTHER_SHARE = 0.05  # …and at most this when it adds only a few paragraphs


def _paragraph_chars(runs: _Runs) -> dict:
    """Each block holding paragraph text, and each of its ancestors: the paragraph characters
    (runs of MIN_PARAGRAPH_CHARS or more, links not counted) inside it."""
    chars: dict = {}
    for block in runs.order:
        own = sum(run[0] - run[1] for run in runs.blocks[block] if run[0] - run[1] >= MIN_PARAGRAPH_CHARS)
        if own:
            chars[block] = chars.get(block, 0) + own
            for ancestor in block.iterancestors():
                chars[ancestor] = chars.get(ancestor, 0) + own
    return chars


def _holds_teasers(parent, container) -> bool:
    """Whether `parent` holds entries of other pages beside `container`: two `<article>`s, or two
    headings that are links, outside it (a listing's teasers, not one article's sections)."""
    if sum(1 for _ in parent.iter("article")) >= 2:
        return True
    linked = (el for el in parent.iter("h1", "h2", "h3", "h4", "h5") if not contains_el(container, el))
    return sum(1 for el in linked if _is_linked_heading(el)) >= 2 or is_listing(parent)


def _whole_article(best, paragraphs: dict, zones: set):
    """The best container, or the ancestor that holds the rest of the article when its text goes on
    in other sections (`<article><div>…</div><h2/><div>…</div></article>`, page builders' sections,
    a news site's text split between its ad slots): each step up adds paragraphs, and the ancestor
    holds little but paragraphs — no link lists, no furniture, no teasers."""
    container = candidate = best
    while True:
        parent = candidate.getparent()
        if parent is None or parent.tag in ("body", "html") or parent in zones:
            return container
        added = paragraphs.get(parent, 0) - paragraphs.get(container, 0)
        if not added:               # a wrapper with no more paragraphs: the next section may be higher up
            candidate = parent
            continue
        text = len(normalize_text(parent.text_content()))
        other = text - paragraphs[parent]
        # Paragraphs right beside the container in a parent holding almost nothing else: the
        # article's opening, however short (a news site puts its first paragraphs above the paywall).
        beside = sum(paragraphs.get(child, 0) for child in parent if child is not candidate and child.tag == "p")
        opening = beside == added and other <= _OPENING_OTHER_SHARE * text
        if added < max(_SECTION_CHARS, (_MORE_TEXT - 1) * paragraphs.get(container, 0)) and not opening:
            return container
        if other > _OTHER_TEXT_SHARE * text or link_density(parent) > 0.3 or _holds_teasers(parent, container):
            return container
        container = candidate = parent
