"""The container that holds the body text of a page no profile knows.

Each block's text runs (split at `<br><br>`, as old table layouts write paragraphs) of at least 25
characters score for the element that holds the paragraphs, half for the one above (readability's
rule); the best container, discounted by its link density, is the body. A page whose text is spread
over several similar boxes is a listing. The container then climbs to the ancestor that holds the
rest of the article when its text goes on in other sections.
"""

from __future__ import annotations

from .body import is_attachment_url
from .layout import HEADINGS, contains_el, zone_text
from .listing import holds_teasers
from .text import BLOCK_TAGS, link_chars, link_density, normalize_text
from .tree import detach

MIN_PARAGRAPH_CHARS = 25
MIN_SCORE = 2.0
_CONTAINERS = BLOCK_TAGS | {"td", "th"}


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
        text = text.strip()
        # Characters as the page reads: a source that wraps its paragraphs' lines and indents them
        # would otherwise count its indentation as text.
        length = len(" ".join(text.split())) if "\n" in text or "  " in text else len(text)
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
    headings: the link lists beside them (tags, share bars, a "next post" link) and their headings
    are no text of the article; a list of documents is its attachments. (Run once the page is
    known to be no listing: those lists are evidence of one.)"""
    level = core
    while level is not container:
        parent = level.getparent()
        for sibling in list(parent):
            if sibling is level or not isinstance(sibling.tag, str) or sibling.tag in HEADINGS:
                continue
            if next(sibling.iter("a"), None) is not None and link_density(sibling) > 0.5 \
                    and not any(b is sibling or contains_el(sibling, b) for b in blocks) \
                    and not any(is_attachment_url(a.get("href") or "") for a in sibling.iter("a")):
                detach_link_list(sibling, keep=[level, *blocks])
        level = parent


def detach_link_list(el, keep=()) -> None:
    """Remove a list of links from the body, with the heading right above it that names it
    ("Xem thêm", "Mehr zum Thema"): alone, that heading would end the article."""
    title = el.getprevious()
    detach(el)
    if title is not None and title.tag in HEADINGS and not any(title is kept for kept in keep):
        detach(title)


_MORE_TEXT = 1.2          # an ancestor taken for the article adds this much paragraph text at least,
_SECTION_CHARS = 400      # and this many characters of it (a lead above the body is no section)
_SPLIT_SHARE = 0.9        # of the paragraphs an ancestor adds, in siblings of the container's kind
_OTHER_TEXT_SHARE = 0.35  # of the ancestor's text, at most this outside paragraphs (headings, captions…)
_OPENING_OTHER_SHARE = 0.05  # …and at most this when it adds only a few paragraphs
_SUBHEADINGS = frozenset(("h2", "h3", "h4"))
_ALL_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))


def _paragraph_chars(runs: _Runs) -> dict:
    """Each block holding paragraph text, and each of its ancestors: the paragraph characters
    (runs of MIN_PARAGRAPH_CHARS or more, links not counted) inside it."""
    chars: dict = {}
    for block in runs.order:
        if block.tag in _ALL_HEADINGS:
            continue    # a heading is no paragraph: a section's own subheading adds no text to climb for
        own = sum(run[0] - run[1] for run in runs.blocks[block] if run[0] - run[1] >= MIN_PARAGRAPH_CHARS)
        if own:
            chars[block] = chars.get(block, 0) + own
            for ancestor in block.iterancestors():
                chars[ancestor] = chars.get(ancestor, 0) + own
    return chars


def _split_by_kind(parent, candidate, paragraphs: dict, added: int) -> bool:
    """Whether the paragraphs a parent adds (a section's worth) are in siblings of the candidate's
    own kind (its tag and class), but for a caption: the article's text split by a picture or an
    advert (a post editor's sections)."""
    kind = (candidate.tag, candidate.get("class"))
    return added >= _SECTION_CHARS and sum(paragraphs.get(el, 0) for el in parent if el is not candidate
                                           and (el.tag, el.get("class")) == kind) >= _SPLIT_SHARE * added


def _around_paragraph(best, paragraphs: dict, zones: set):
    """A `<p>` is no article's container: a page that writes its text in one paragraph split by
    `<br>`s has its subheading and pictures beside it, in the element around it — when that holds
    less than a section of other paragraph text (a caption, a line) and little else."""
    parent = best.getparent()
    if best.tag != "p" or parent is None or parent.tag in ("body", "html") or parent in zones \
            or paragraphs.get(parent, 0) - paragraphs.get(best, 0) >= _SECTION_CHARS:
        return best
    in_zones = zone_text(zones).get(parent, (0, 0))
    text = len(normalize_text(parent.text_content())) - in_zones[0]
    other = text - paragraphs[parent]
    if other > _OTHER_TEXT_SHARE * text or link_chars(parent) - in_zones[1] > 0.3 * text:
        return best
    return parent


def _whole_article(best, paragraphs: dict, zones: set):
    """The best container, or the ancestor that holds the rest of the article when its text goes on
    in other sections (`<article><div>…</div><h2/><div>…</div></article>`, page builders' sections,
    a news site's text split between its ad slots): each step up adds paragraphs, and the ancestor
    holds little but paragraphs — no link lists, no furniture, no teasers."""
    container = candidate = _around_paragraph(best, paragraphs, zones)
    furniture_text = None
    while True:
        parent = candidate.getparent()
        if parent is None or parent.tag in ("body", "html") or parent in zones:
            return container
        added = paragraphs.get(parent, 0) - paragraphs.get(container, 0)
        if not added:               # a wrapper with no more paragraphs: the next section may be higher up
            candidate = parent
            continue
        furniture_text = zone_text(zones) if furniture_text is None else furniture_text
        in_zones = furniture_text.get(parent, (0, 0))
        text = len(normalize_text(parent.text_content())) - in_zones[0]
        links = link_chars(parent) - in_zones[1]
        other = text - paragraphs[parent]
        # Paragraphs right beside the container in a parent holding almost nothing else: the
        # article's opening, however short (a news site puts its first paragraphs above the paywall).
        beside = sum(paragraphs.get(child, 0) for child in parent if child is not candidate and child.tag == "p")
        opening = beside == added and other <= _OPENING_OTHER_SHARE * text
        # All the paragraphs added follow the container under a subheading of its own: the article
        # goes on in a next section, however short.
        following = list(candidate.itersiblings())
        continued = bool(following) and following[0].tag in _SUBHEADINGS \
            and sum(paragraphs.get(el, 0) for el in following) == added
        if added < max(_SECTION_CHARS, (_MORE_TEXT - 1) * paragraphs.get(container, 0)) \
                and not (opening or continued or _split_by_kind(parent, candidate, paragraphs, added)):
            return container
        if other > _OTHER_TEXT_SHARE * text or links > 0.3 * text or holds_teasers(parent, container, zones):
            return container
        container = candidate = parent
