"""Pages no profile knows: find the article's own container, its headline, date line, section and
writer without selectors, then the same body processing as the profiles.

1. Clean: scripts (incl. Next.js `__NEXT_DATA__`, which repeats the body as JSON), styles, form
   controls and hidden elements go; the site-level boilerplate model (sitelearn.py) removes the
   blocks the site repeats on every page.
2. Boilerplate zones: `nav`/`header`/`footer`/`aside`, ARIA landmarks and class/id names that mean
   menu, sidebar, breadcrumb, share, related, comments, "tin khác", counters (`_ZONE_*`, data).
   They never count as text and are removed from the body.
3. The body container: each block's text runs (split at `<br><br>`, as old table layouts write
   paragraphs) of at least 25 characters score for the element that holds the paragraphs, half
   for the one above (readability's rule); the best container, discounted by its link density,
   is the body. Table layouts without a single class come out right, where trafilatura returns
   the whole page.
4. The headline: among h1-h3 and title-like class names ("title", "tieude", "headline"), the one
   that is the page's og:title/JSON-LD headline/<title>, else the nearest one before the body.
   Its first line only (a `<br>` separates a date written under it). The date is what lies between
   headline and body (a machine `datetime` there first); the section is a category link in the
   article, else the breadcrumb's last crumb, else a short link right above the headline.
5. Nothing convincing (no container with enough text): trafilatura on the cleaned page, zones
   pruned, as before.

A page is not an article when the main content is missing or is a list of links (a listing).
"""

from __future__ import annotations

import logging
import re

import trafilatura

from .body import detach, featured_images, fragment_root, process_body
from .dates import parse_date
from .sitelearn import SiteBoilerplate
from .text import BLOCK_TAGS, element_text, normalize_text, paragraphs

_MIN_ARTICLE_CHARS = 120
_MIN_PARAGRAPH_CHARS = 25
_MIN_SCORE = 2.0

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

# ------------------------------------------------------------------------------------------------
# data: what is never the article
# ------------------------------------------------------------------------------------------------
_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "link",
              "input", "select", "textarea", "button", "option")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_HIDDEN_CLASS = re.compile(r"(?:^|\s)(?:hidden|hide|d-none|sr-only|screen-reader-text|visually-hidden|"
                           r"element-invisible|hide-accessible)(?:\s|$)")
_ZONE_TAGS = frozenset(("nav", "header", "footer", "aside"))
_ZONE_ROLES = frozenset(("navigation", "banner", "contentinfo", "complementary", "search"))
# Substrings of class/id names (lower case) that mark navigation and page furniture.
_ZONE_NAMES = re.compile(
    r"menu|sidebar|footer|breadcrumb|crumbtrail|share|social|related|comment|navbar|navigation|marquee|"
    r"ticker|tinkhac|tin-khac|othernews|other-news|newsother|otherarticle|other_news|login|banner|"
    r"counter|thongke|advert|pathway|duongdan|toolbar|tools|congcu|cong-cu|pager|pagination"
)
# Whole class/id words that mark the same.
_ZONE_WORDS = re.compile(r"(?:^|[\s_-])(?:nav|path|tags|print|hits|views|rating|widget-area)(?:$|[\s_-])")
_TITLE_NAMES = re.compile(r"title|tieude|tieu-de|headline|heading", re.I)
_CATEGORY_NAMES = re.compile(r"categor|(?:^|[\s_-])(?:cat|catname|cat-name|chuyenmuc|chuyen-muc|section)(?:$|[\s_-])", re.I)
_AUTHOR_NAMES = re.compile(r"author|tacgia|tac-gia|byline|nguoiviet", re.I)
_BREADCRUMB_NAMES = re.compile(r"breadcrumb|crumb|duongdan|pathway|pathbar|(?:^|[\s_-])path(?:$|[\s_-])", re.I)
_CRUMB_SEPARATORS = re.compile(r"\s*(?:»|>>|>|›|/|\||→|::)\s*")
_HOME = frozenset(("trang chủ", "trang chu", "home", "trang nhất", "trang nhat"))
_HEADINGS = frozenset(("h1", "h2", "h3"))
_CONTAINERS = BLOCK_TAGS | {"td", "th"}
_SIZE_GUARD = 0.5  # a "zone" holding more than this share of the page's text is the page itself


def _names(el) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}".lower()


def _clean(doc) -> None:
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


def _zones(root) -> set:
    """The boilerplate elements of the page (outermost only matters; nested ones are included)."""
    total = len(normalize_text(root.text_content())) or 1
    zones = set()
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("html", "body", "main", "article"):
            continue
        names = _names(el)
        marked = el.tag in _ZONE_TAGS or el.get("role") in _ZONE_ROLES or (
            names.strip() and (_ZONE_NAMES.search(names) or _ZONE_WORDS.search(names))
        )
        if marked and len(normalize_text(el.text_content())) <= _SIZE_GUARD * total:
            zones.add(el)
    return zones


def _contains_el(ancestor, el) -> bool:
    return el is not None and any(parent is ancestor for parent in el.iterancestors())


def _in(el, group: set) -> bool:
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


def _is_listing(container) -> bool:
    """Three or more headlines that are links: teasers of other pages, a listing."""
    teasers = 0
    for el in container.iter():
        if isinstance(el.tag, str) and (el.tag in ("h2", "h3", "h4") or _TITLE_NAMES.search(_names(el))):
            text = normalize_text(el.text_content())
            if text and text == normalize_text("".join(a.text_content() for a in el.iter("a"))):
                teasers += 1
                if teasers >= 3:
                    return True
    return False


def _link_density(el) -> float:
    text = len(normalize_text(el.text_content()))
    if not text:
        return 1.0
    return sum(len(normalize_text(a.text_content())) for a in el.iter("a")) / text


_LISTING = object()  # _best_container's answer for a page of teasers


def _best_container(root, zones):
    """(container, its paragraph blocks in document order) of the page's main text, or (None, [])."""
    runs = _Runs(zones)
    runs.walk(root)
    scores: dict = {}
    blocks: dict = {}
    total = 0.0
    for block in runs.order:
        scoring = [run for run in runs.blocks[block] if run[0] - run[1] >= _MIN_PARAGRAPH_CHARS]
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
        return None, []
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)[:5]
    best, best_score = None, 0.0
    for el, score in ranked:
        score *= 1 - _link_density(el)
        if score > best_score:
            best, best_score = el, score
    if best is None or best_score < _MIN_SCORE:
        return None, []
    # A listing: the text is spread over several similar boxes (teasers), none holding most of it.
    similar = sum(1 for el, score in scores.items() if score >= 0.5 * scores[best] and not _contains_el(el, best)
                  and not _contains_el(best, el))
    if similar >= 3 and scores[best] < 0.4 * total:
        return _LISTING, []
    return best, blocks[best]


# ------------------------------------------------------------------------------------------------
# headline, date line, section, writer
# ------------------------------------------------------------------------------------------------
def _first_line(el) -> str:
    parts = paragraphs(el)
    return parts[0].split("\n")[0] if parts else ""


def _title_parts(head_title: str) -> set:
    parts = {head_title.casefold()}
    for piece in re.split(r"\s+[|\-–—:]\s+", head_title):
        if len(piece) >= 8:
            parts.add(piece.strip().casefold())
    return parts


def _headline(root, zones, order: dict, blocks: list, container, declared: list[str], head_title: str):
    """(element, text) of the article's headline, or (None, "").

    Candidates: h1-h3, elements with a title-like class, and any element whose own text is the
    page's og:title/headline or a part of its <title>. Preferred: the declared headline; then the
    last candidate before the body that the <title> names; then the last candidate before the body
    outside the body's container (a subheading is not the headline), then any. The headline may be
    the container's first text block (its length made it look like a paragraph)."""
    declared_set = {normalize_text(d).casefold() for d in declared if d}
    head_parts = _title_parts(head_title) if head_title else set()
    anchor = blocks[0] if blocks else None
    anchor_index = order.get(anchor, len(order)) if anchor is not None else len(order)
    exact = in_head = outside = before = None
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("a", "html", "body", "title"):
            continue
        own = normalize_text(el.text).casefold() if el.text else ""
        if el.tag not in _HEADINGS and not _TITLE_NAMES.search(_names(el)) and not (
            own and (own in declared_set or own in head_parts)
        ):
            continue
        text = _first_line(el)
        if not 8 <= len(text) <= 300 or _in(el, zones):
            continue
        if anchor is not None and any(p is el for p in anchor.iterancestors()):
            continue
        links = "".join(a.text_content() for a in el.iter("a"))
        if normalize_text(links) == text:
            continue  # a teaser's linked title
        folded = text.casefold()
        index = order.get(el, 0)
        if folded in declared_set and exact is None:
            exact = el
        if el is anchor and folded not in declared_set and folded not in head_parts \
                and el.tag not in _HEADINGS and not _TITLE_NAMES.search(_names(el)):
            continue  # the body's first paragraph, unless the page names it or marks it as a title
        if index <= anchor_index:
            inside = container is not None and _in(el, {container})
            if folded in head_parts:
                in_head = el
            elif not inside:
                in_head = None  # a nearer box title: the <title> match was the site's name
            if not inside:
                outside = el
            before = el
    el = next((c for c in (exact, in_head, outside, before) if c is not None), None)
    return (el, _first_line(el)) if el is not None else (None, "")


def _between(root, order: dict, start, stop, limit: int = 400) -> tuple[list, str]:
    """Elements and text after `start` (its first line excluded) and before `stop`."""
    lo = order.get(start, -1)
    hi = order.get(stop, len(order)) if stop is not None else lo + 60
    elements, chunks = [], []
    if start is not None:
        rest = "\n".join(paragraphs(start)).split("\n")[1:]
        chunks.extend(rest)
        chunks.append(start.tail or "")
    for el in root.iter():
        index = order.get(el)
        if index is None or index <= lo or index >= hi:
            continue
        if start is not None and any(p is start for p in el.iterancestors()):
            continue
        if stop is not None and any(p is el for p in stop.iterancestors()):
            chunks.append(el.text or "")  # an ancestor of the body: only the text before it
            continue
        elements.append(el)
        chunks.append(el.text or "")
        chunks.append(el.tail or "")
        if sum(len(c) for c in chunks) > limit:
            break
    return elements, " ".join(chunks)


def _dateline(elements, text: str) -> str | None:
    for el in elements:
        if el.tag in ("time", "meta") or el.get("itemprop") == "datePublished":
            for attribute in ("datetime", "content"):
                parsed = parse_date(el.get(attribute))
                if parsed:
                    return parsed
    return parse_date(text)


def _is_dateline(el) -> bool:
    """A short line with a date in it ("Ngày đăng: 22/03/2024 10:15 | Lượt xem: 231")."""
    text = element_text(el)
    return len(text) <= 80 and parse_date(text) is not None


def _crumbs(el) -> list[str]:
    links = [normalize_text(a.text_content()) for a in el.iter("a")]
    links = [t for t in links if t]
    if links:
        return links
    return [part for part in _CRUMB_SEPARATORS.split(normalize_text(el.text_content())) if part]


def _breadcrumb(root, title: str) -> str | None:
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if _BREADCRUMB_NAMES.search(_names(el)) or "BreadcrumbList" in (el.get("itemtype") or "") or (
            el.tag == "nav" and "breadcrumb" in (el.get("aria-label") or "").lower()
        ):
            crumbs = [c for c in _crumbs(el) if c.casefold() not in _HOME and c != title and len(c) <= 80]
            if crumbs:
                return crumbs[-1]
    return None


def _region(title_el, anchor):
    """The lowest element holding both the headline and the body: the article."""
    if title_el is None:
        return anchor.getparent() if anchor is not None else None
    ancestors = set(title_el.iterancestors())
    el = anchor
    while el is not None and el not in ancestors:
        el = el.getparent()
    return el


def _named(region, pattern: re.Pattern, zones: set, max_length: int = 80):
    if region is None:
        return None
    for el in region.iter():
        if isinstance(el.tag, str) and pattern.search(_names(el)) and not _in(el, zones):
            text = element_text(el)
            if text and len(text) <= max_length:
                return el
    return None


def _category(region, zones, title: str) -> str | None:
    el = _named(region, _CATEGORY_NAMES, zones)
    if el is None and region is not None:
        for candidate in region.xpath(".//a[contains(concat(' ', normalize-space(@rel), ' '), ' category ')]"
                                      "|.//*[@itemprop='articleSection' or @itemprop='genre']"):
            el = candidate
            break
    if el is not None:
        links = [normalize_text(a.text_content()) for a in el.iter("a")]
        text = next((t for t in links if t), None) or element_text(el)
        text = re.sub(r"^[^:]{1,20}:\s*", "", text) if ":" in text else text
        if text and text != title:
            return text
    return None


def _kicker(title_el) -> str | None:
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


def _author(region, zones) -> str | None:
    if region is None:
        return None
    for el in region.xpath(".//*[@itemprop='author']//*[@itemprop='name']|.//*[@itemprop='author']|.//*[@rel='author']"):
        text = element_text(el)
        if text and len(text) <= 80:
            return text
    el = _named(region, _AUTHOR_NAMES, zones)
    return element_text(el) if el is not None else None


# ------------------------------------------------------------------------------------------------
# the body
# ------------------------------------------------------------------------------------------------
_LEAD_NAMES = re.compile(r"sapo|lead|summary|tomtat|tom-tat|chapeau|intro|excerpt|description|mota|mo-ta|trichyeu", re.I)
_LEAD_TAGS = frozenset(("p", "div", "h2", "h3", "h4", "h5", "h6", "blockquote", "section"))
_MIN_LEAD_CHARS = 20
_MIN_UNNAMED_LEAD_CHARS = 80


def _lead(elements, container, zones):
    """The lead (sapo) shown between the headline and the body, outside the body's container: a
    block named like one, or a sentence-long block of text that is no date line and no links. The
    innermost such block, so that a wrapper that also holds the date line is not taken whole."""
    found = []
    for el in elements:
        if el.tag not in _LEAD_TAGS or _in(el, {container}) or _in(el, zones) or el.xpath(".//img"):
            continue
        text = element_text(el)
        links = normalize_text(" ".join(a.text_content() for a in el.iter("a")))
        if not text or len(links) > len(text) / 2 or _is_dateline(el):
            continue
        named = len(text) >= _MIN_LEAD_CHARS and _LEAD_NAMES.search(_names(el))
        # Unnamed, only a single sentence-ending paragraph: not an info box of labelled lines.
        sentence = len(text) >= _MIN_UNNAMED_LEAD_CHARS and len(paragraphs(el)) == 1 and text[-1] in ".!?…\"”)"
        if named or sentence:
            found.append(el)
    return next((el for el in found if not any(_contains_el(el, other) for other in found)), None)


def _tidy_container(container, zones, title_el, meta_elements=()) -> None:
    """What the container holds besides the text: page furniture, the headline and anything above
    it, the date/section lines between headline and first paragraph (images there stay), link
    lists (related articles)."""
    for el in meta_elements:
        if el.getparent() is None or el is container or el.tag == "br" or not _in(el, {container}) \
                or el.xpath(".//img"):
            continue
        text = element_text(el)
        links = normalize_text(" ".join(a.text_content() for a in el.iter("a")))
        if not text or text == links or _is_dateline(el):
            detach(el)  # a date line, a section link, an empty spacer: not the article's text
    for el in [z for z in zones if _in(z, {container}) and z is not container]:
        if el.getparent() is not None:
            detach(el)
    if title_el is not None and _in(title_el, {container}):
        node = title_el
        while node is not None and node is not container:
            for sibling in list(node.itersiblings(preceding=True)):
                if isinstance(sibling.tag, str):
                    detach(sibling)
            parent = node.getparent()
            if node is title_el:
                detach(node)
            node = parent
    for el in list(container.iter("ul", "ol", "div", "table", "p")):
        if el is container or el.getparent() is None:
            continue
        links = list(el.iter("a"))
        if len(links) >= 2 and _link_density(el) > 0.6 and not any(
            (a.get("href") or "").lower().rsplit(".", 1)[-1] in ("pdf", "doc", "docx", "xls", "xlsx", "zip", "rar")
            for a in links
        ):
            detach(el)


def _trafilatura_body(doc, url: str, zones: set):
    for el in zones:
        if el.getparent() is not None:
            detach(el)
    result = trafilatura.extract(
        doc,
        url=url,
        output_format="html",
        include_images=True,
        include_links=True,
        include_tables=True,
        include_comments=False,
        favor_precision=True,
        with_metadata=False,
    )
    if not result:
        return None, ""
    root = fragment_root(result)
    body_el = root.find(".//body")
    body_el = body_el if body_el is not None else root
    # trafilatura repeats the title as an <h1>/<h2> at the top: the title is metadata, not body.
    first = next((el for el in body_el.iterchildren() if isinstance(el.tag, str)), None)
    title = ""
    if first is not None and first.tag in ("h1", "h2") and not first.xpath(".//img"):
        title = normalize_text(first.text_content())
        body_el.remove(first)
    if _link_density(body_el) > 0.5:
        return None, ""
    return body_el, title


def extract(doc, url: str, boilerplate: SiteBoilerplate | None = None, *, base_url: str | None = None,
            meta: dict | None = None):
    """The article of a page no profile knows (the document is modified), or None."""
    from .article import Article, drop_title_repeat, number_images, prepend_lead, resolve_author  # circular

    meta = meta or {}
    base_url = base_url or url
    head_title = element_text(doc.find(".//title"))
    _clean(doc)
    if boilerplate is not None:
        boilerplate.prune(doc)
    body = doc.find(".//body")
    root = body if body is not None else doc.getroot() if hasattr(doc, "getroot") else doc
    zones = _zones(root)
    container, blocks = _best_container(root, zones)

    title_el, title, published, category, author, featured, lead = None, "", None, None, None, [], None
    if container is _LISTING or (container is not None and _is_listing(container)):
        return None
    if container is not None:
        order = {el: index for index, el in enumerate(root.iter())}
        declared = [meta.get("title") or "", meta.get("og_title") or ""]
        title_el, title = _headline(root, zones, order, blocks, container, declared, head_title)
        # The body starts at the first paragraph that is neither the headline nor a date line.
        anchor = next((b for b in blocks if b is not title_el and not _in(b, {title_el}) and not _is_dateline(b)),
                      blocks[0]) if title_el is not None else blocks[0]
        elements, text = _between(root, order, title_el, anchor) if title_el is not None else ([], "")
        published = meta.get("published_declared") or _dateline(elements, text)
        region = _region(title_el, anchor)
        category = _category(region, zones, title) or _breadcrumb(root, title) or _kicker(title_el)
        author = _author(region, zones)
        # An image between the headline and the body, outside it: the featured image.
        featured = featured_images([el for el in elements if el.tag == "img" and not _in(el, {container})], base_url)
        lead_el = _lead(elements, container, zones)
        _tidy_container(container, zones, title_el, [e for e in elements if not _contains_el(e, anchor)])
        body_el = container
        lead = prepend_lead(body_el, lead_el)
        if lead is None and anchor is not title_el and _LEAD_NAMES.search(_names(anchor)):
            lead = element_text(anchor) or None  # the lead already opens the container
    else:
        body_el, title = _trafilatura_body(doc, url, zones)
        if body_el is None:
            return None
    drop_title_repeat(body_el, title)
    processed = process_body(body_el, base_url)
    if len(processed.text) < _MIN_ARTICLE_CHARS:
        return None
    return Article(
        url=url,
        title=title,
        body_text=processed.text,
        body_html=processed.html,
        published=published,
        author=resolve_author(processed, author),
        category=category,
        images=number_images(featured, processed.images),
        attachments=processed.attachments,
        profile="generic",
        summary=lead,
    )
