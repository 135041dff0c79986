"""Pages no profile knows: find the article's own container, its headline, date line, section and
writer without selectors, then the same body processing as the profiles.

1. Clean: scripts (incl. Next.js `__NEXT_DATA__`, which repeats the body as JSON), styles, form
   controls and hidden elements go. The blocks the site repeats on most of its pages (sitelearn.py,
   learnt from an earlier crawl) never count towards a container, but are not removed from it.
2. Furniture (layout.py): `nav`/`header`/`footer`/`aside`, ARIA landmarks and class/id names that
   mean menu, sidebar, breadcrumb, share, related, comments, "tin khác", counters (data). It never
   counts as text and is removed from the body.
3. The body container (container.py), scored by its paragraphs; listings told from articles by
   their teasers (listing.py). Table layouts without a single class come out right, where
   trafilatura returns the whole page.
4. The headline: among h1-h3 and title-like class names ("title", "tieude", "headline"), the one
   that is the page's og:title/JSON-LD headline/<title>, else the nearest one before the body.
   Its first line only (a `<br>` separates a date written under it). The date is what lies between
   headline and body (a machine `datetime` there first); categories and tags are the article's
   taxonomy links (taxonomy.py), else the section is a category element in the article, else the
   breadcrumb's last crumb, else a short link right above the headline.
5. Nothing convincing (no container with enough text): trafilatura (fallback.py) on the cleaned
   page, zones pruned.

A page is not an article when the main content is missing or is a list of links (a listing).
"""

from __future__ import annotations

import logging
import re
from urllib.parse import urlsplit

from .assemble import Parts, prepend_lead
from .body import featured_images, is_attachment_url
from .container import LISTING, best_container, detach_link_list, drop_link_lists
from .dates import parse_date
from .fallback import trafilatura_body
from .layout import (AUTHOR_NAMES, CATEGORY_NAMES, HEADINGS, TITLE_NAMES, contains_el, furniture, inside, names_of,
                     strip_page)
from .listing import inset_teaser, is_listing, links_to_itself, own_text, page_of_teasers
from .sitelearn import SiteModel
from .taxonomy import breadcrumb_section, kicker_section, scope_of, taxonomy_links, term_of
from .text import element_text, link_density, normalize_text, paragraphs
from .tree import detach

MIN_ARTICLE_CHARS = 120  # less text than this after cleaning: no article found

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)


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


_META_NAMES = re.compile(r"meta|date|time|byline|info")


def _headline(root, zones, order: dict, blocks: list, container, declared: list[str], head_title: str,
              path: str = ""):
    """(element, text) of the article's headline, or (None, "").

    Candidates: h1-h3, elements with a title-like class, and any element whose own text is the
    page's og:title/headline or a part of its <title>. Preferred: the declared headline; then the
    last candidate before the body that the <title> names; then the last candidate before the body
    outside the body's container (a subheading is not the headline), then any. The headline may be
    the container's first text block (its length made it look like a paragraph). A title linked to
    another page than this one (`path`) is a teaser's; one linked to this page is its permalink."""
    declared_set = {normalize_text(d).casefold() for d in declared if d}
    head_parts = _title_parts(head_title) if head_title else set()
    names = declared_set | head_parts      # an element whose own text is one of these is a candidate
    anchor = blocks[0] if blocks else None
    anchor_index = order.get(anchor, len(order)) if anchor is not None else len(order)
    exact = in_head = outside = before = None
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("a", "html", "body", "title"):
            continue
        if el.tag not in HEADINGS and not TITLE_NAMES.search(names_of(el)):
            if not names or not el.text or el.text.isspace():
                continue
            own = normalize_text(el.text).casefold()
            if own not in names:
                continue
        text = _first_line(el)
        if not 8 <= len(text) <= 300 or inside(el, zones):
            continue
        if el.tag not in HEADINGS and _META_NAMES.search(names_of(el)):
            continue  # the line under the headline ("et_pb_title_meta_container", "title-date")
        if anchor is not None and any(p is el for p in anchor.iterancestors()):
            continue
        links = "".join(a.text_content() for a in el.iter("a"))
        if normalize_text(links) == text and not links_to_itself(el, path):
            continue  # a teaser's linked title
        folded = text.casefold()
        index = order.get(el, 0)
        if folded in declared_set and exact is None:
            exact = el
        if el is anchor and folded not in declared_set and folded not in head_parts \
                and el.tag not in HEADINGS and not TITLE_NAMES.search(names_of(el)):
            continue  # the body's first paragraph, unless the page names it or marks it as a title
        if index <= anchor_index:
            in_container = container is not None and inside(el, {container})
            if folded in head_parts:
                in_head = el
            elif not in_container:
                in_head = None  # a nearer box title: the <title> match was the site's name
            if not in_container:
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
        if index is not None and index >= hi:
            break
        if index is None or index <= lo:
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


def _dateline(elements, text: str, read_date=parse_date) -> str | None:
    for el in elements:
        if el.tag in ("time", "meta") or el.get("itemprop") == "datePublished":
            for attribute in ("datetime", "content"):
                parsed = parse_date(el.get(attribute))
                if parsed:
                    return parsed
    return read_date(text)


def _is_dateline(el) -> bool:
    """A short line with a date in it ("Ngày đăng: 22/03/2024 10:15 | Lượt xem: 231")."""
    text = element_text(el)
    return len(text) <= 80 and parse_date(text) is not None


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
        if isinstance(el.tag, str) and pattern.search(names_of(el)) and not inside(el, zones):
            text = element_text(el)
            if text and len(text) <= max_length:
                return el
    return None


def _category(region, zones, title: str) -> str | None:
    el = _named(region, CATEGORY_NAMES, zones)
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


def _author(region, zones) -> str | None:
    if region is None:
        return None
    for el in region.xpath(".//*[@itemprop='author']//*[@itemprop='name']|.//*[@itemprop='author']|.//*[@rel='author']"):
        text = element_text(el)
        if text and len(text) <= 80:
            return text
    el = _named(region, AUTHOR_NAMES, zones)
    return element_text(el) if el is not None else None


# ------------------------------------------------------------------------------------------------
# the body
# ------------------------------------------------------------------------------------------------
_LEAD_NAMES = re.compile(r"sapo|lead|summary|standfirst|subtitle|tomtat|tom-tat|chapeau|intro|excerpt|description|mota|mo-ta|trichyeu", re.I)
# A picture's caption or credit is not named a lead by "description" ("ImageDescription").
_PICTURE_NAMES = re.compile(r"caption|credit|image|photo|picture|figure", re.I)
_LEAD_TAGS = frozenset(("p", "div", "h2", "h3", "h4", "h5", "h6", "blockquote", "section"))
_MIN_LEAD_CHARS = 20
_MIN_UNNAMED_LEAD_CHARS = 80
_LEAD_WINDOW = 1000  # characters between the headline and the body searched for the lead


def _lead(elements, container, zones):
    """The lead (sapo) shown between the headline and the body, outside the body's container: a
    block named like one, or a sentence-long block of text that is no date line and no links. The
    innermost such block, so that a wrapper that also holds the date line is not taken whole."""
    named_found, found = [], []
    for el in elements:
        if el.tag not in _LEAD_TAGS or inside(el, {container}) or inside(el, zones) or el.xpath(".//img"):
            continue
        text = element_text(el)
        links = normalize_text(" ".join(a.text_content() for a in el.iter("a")))
        if not text or len(links) > len(text) / 2 or _is_dateline(el):
            continue
        names = names_of(el)
        named = len(text) >= _MIN_LEAD_CHARS and _LEAD_NAMES.search(names) and not _PICTURE_NAMES.search(names)
        # Unnamed, only a single sentence-ending paragraph: not an info box of labelled lines.
        sentence = len(text) >= _MIN_UNNAMED_LEAD_CHARS and len(paragraphs(el)) == 1 and text[-1] in ".!?…\"”)"
        if named:
            named_found.append(el)
        elif sentence:
            found.append(el)
    # A block named as the lead beats a sentence elsewhere (a picture's description under its button).
    for candidates in (named_found, found):
        lead = next((el for el in candidates if not any(contains_el(el, other) for other in candidates)), None)
        if lead is not None:
            return lead
    return None


def _tidy_container(container, zones, title_el, meta_elements=(), path: str = "") -> None:
    """What the container holds besides the text: page furniture, the headline and anything above
    it, the date/section lines between headline and first paragraph (images there stay), link
    lists (related articles), other stories' teasers (`path`: the page's own, whose permalink is
    none)."""
    for el in meta_elements:
        if el.getparent() is None or el is container or el.tag in ("br", "img", "picture", "source") \
                or not inside(el, {container}) or el.xpath(".//img"):
            continue
        text = element_text(el)
        links = normalize_text(" ".join(a.text_content() for a in el.iter("a")))
        if not text or text == links or _is_dateline(el):
            detach(el)  # a date line, a section link, an empty spacer: not the article's text
    for el in [z for z in zones if inside(z, {container}) and z is not container]:
        if el.getparent() is not None:
            detach(el)
    if title_el is not None and inside(title_el, {container}):
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
        # Two links or more, or links to the site's term pages only (a post's one tag, read as its tag).
        if (len(links) >= 2 or links and all(term_of(a) for a in links)) and link_density(el) > 0.6 \
                and not any(is_attachment_url(a.get("href") or "") for a in links):
            detach_link_list(el, keep=[title_el])
    # Then the teasers of other stories set between the paragraphs, which are no lists of links.
    for el in [box for box in container.iter("div", "aside", "section", "figure") if box is not container
               and inset_teaser(box, path)]:
        if el.getparent() is not None:
            detach_link_list(el, keep=[title_el])


_BODY_CHARS = 400
_ARTICLE_CHARS = 1000       # a container's text from which boxes of teasers around it are other news
NOT_AN_ARTICLE = "listing"   # find_parts' answer for a page of teasers: positive evidence, no article


def find_parts(doc, url: str, site_model: SiteModel | None = None, *, base_url: str | None = None,
               meta: dict | None = None, read_date=parse_date) -> Parts | str | None:
    """What the article of a page no profile knows consists of (the document is modified); None
    when nothing convincing was found; NOT_AN_ARTICLE for a listing. A page that declares itself
    an article (`meta["is_article"]`) is never taken for a listing. `read_date`: how the date the
    page shows is read (dates.DateReader in the site's order)."""
    meta = meta or {}
    declared = bool(meta.get("is_article"))
    base_url = base_url or url
    head_title = element_text(doc.find(".//title"))
    strip_page(doc)
    body = doc.find(".//body")
    root = body if body is not None else doc.getroot() if hasattr(doc, "getroot") else doc
    zones = furniture(root)
    # The blocks this site repeats on most pages never make a container win, but one that sits in
    # the chosen container (a writer's name, a standard closing line) stays: it is text.
    repeated = site_model.repeated_blocks(root) if site_model is not None else set()
    container, blocks, core = best_container(root, zones | repeated)

    title_el, title, published, category, author, featured, lead = None, "", None, None, None, [], None
    categories, tags = [], []
    # Teasers elsewhere on the page decide only when no container holds a body of its own: real
    # articles have "other news" boxes that no name marks as furniture.
    # Text spread over similar boxes (LISTING) is no container; whether they are teasers, the page says.
    container = None if container is LISTING else container
    body_chars, body_links = own_text(container) if container is not None else (0, 1.0)
    weak_body = body_chars < _BODY_CHARS or body_links > 0.3
    article_body = not weak_body and body_chars >= _ARTICLE_CHARS and body_links <= 0.2
    # A climbed container was checked for teasers at each step (a related box inside it is none).
    if (container is not None and is_listing(core)) \
            or page_of_teasers(root, zones, url, body_found=not weak_body, article_body=article_body,
                               container=container):
        if not declared:
            return NOT_AN_ARTICLE
        container = None
    if container is not None:
        if core is not container:
            drop_link_lists(container, core, blocks)
        order = {el: index for index, el in enumerate(root.iter())}
        path = urlsplit(url).path
        declared = [meta.get("title") or "", meta.get("og_title") or ""]
        title_el, title = _headline(root, zones, order, blocks, container, declared, head_title, path)
        # The body starts at the first paragraph that is neither the headline nor a date line.
        anchor = next((b for b in blocks if b is not title_el and not inside(b, {title_el}) and not _is_dateline(b)),
                      blocks[0]) if title_el is not None else blocks[0]
        elements, text = _between(root, order, title_el, anchor) if title_el is not None else ([], "")
        published = meta.get("published_declared") or _dateline(elements, text, read_date)
        region = _region(title_el, anchor)
        categories, tags = taxonomy_links(*scope_of(container, region), zones)
        kicker = kicker_section(title_el)
        category = next(iter(categories), None) or _category(region, zones, title) or breadcrumb_section(root, title) \
            or (kicker if kicker not in tags else None)   # a tag above the headline is no section
        author = _author(region, zones)
        # An image between the headline and the body, outside it: the featured image.
        featured = featured_images([el for el in elements if el.tag == "img" and not inside(el, {container})], base_url)
        # The lead may stand below a long date and byline block, a picture's caption, a share bar.
        lead_elements = _between(root, order, title_el, anchor, _LEAD_WINDOW)[0] if title_el is not None else []
        lead_el = _lead(lead_elements, container, zones)
        _tidy_container(container, zones, title_el, [e for e in elements if not contains_el(e, anchor)], path)
        body_el = container
        lead = prepend_lead(body_el, lead_el)
        if lead is None and anchor is not title_el and _LEAD_NAMES.search(names_of(anchor)):
            lead = element_text(anchor) or None  # the lead already opens the container
    else:
        body_el, title = trafilatura_body(doc, url, zones, keep_links=declared)
        if body_el is None:
            return None
    return Parts(title=title, body=body_el, published=published, author=author, category=category,
                 categories=categories, tags=tags, featured=featured, summary=lead)
