"""A site's model of its repeated blocks: text that appears on most pages of one site is navigation.

Unknown layouts have no selectors to say what a menu is, but they repeat it on every page. The
model is learnt from a whole crawl of the site (`SiteModelLearner`: on how many pages each block
of text appears) and used, frozen, by the next one: the same page always gives the same article,
whichever pages came before it in a run. A block seen on at least `MIN_PAGES` pages and on at least
`MIN_SHARE` of all pages is repeated; a sentence that merely appears twice is not.

What the generic extractor does with it (generic.py): repeated blocks never make a container win,
but are not removed from the container chosen — a writer's name or a standard closing line that
ends every article is text of each article.

The model also keeps the site's date order: whether the numeric dates its articles show are day
first or month first, learnt from those that cannot be read the other way (20/12/2024), so that
the next run reads 05/01/2023 as the site means it (extract/dates.py `DateReader`).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable

from .dates import DAY_FIRST, MONTH_FIRST
from .text import normalize_text

MIN_PAGES = 3
MIN_SHARE = 0.5
MAX_OTHER_ORDER = 0.05   # a site's date order allows a few articles quoting a date the other way
MAX_BLOCKS = 50_000   # distinct blocks counted per site in one run; rarer ones are forgotten first

# Elements small enough to be one "block" of navigation text.
_BLOCK_XPATH = (
    "//*[self::p or self::li or self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6 "
    "or self::td or self::dt or self::dd or self::span or self::a or self::div]"
    "[not(descendant::p or descendant::li or descendant::div or descendant::table or descendant::h2 or descendant::h3)]"
)


def _key(text: str) -> str:
    return hashlib.blake2b(text.casefold().encode(), digest_size=8).hexdigest()


def _blocks(root):
    body = root.find(".//body")
    for el in (body if body is not None else root).xpath("." + _BLOCK_XPATH):
        text = normalize_text(el.text_content())
        if text:
            yield el, text


def page_blocks(doc) -> frozenset[str]:
    """The distinct blocks of one page, as the learner counts them (read before extraction)."""
    return frozenset(_key(text) for _, text in _blocks(doc))


class SiteModel:
    """The repeated blocks of one site (keys of their normalized text), and the order in which it
    writes day and month in the dates its pages show (DAY_FIRST, MONTH_FIRST or None). Immutable."""

    def __init__(self, repeated: Iterable[str] = (), pages: int = 0, date_order: str | None = None) -> None:
        self.repeated = frozenset(repeated)
        self.pages = pages
        self.date_order = date_order if date_order in (DAY_FIRST, MONTH_FIRST) else None

    def __bool__(self) -> bool:
        return bool(self.repeated)

    def repeated_blocks(self, root) -> set:
        """The elements of a page whose text is one of the site's repeated blocks."""
        if not self.repeated:
            return set()
        return {el for el, text in _blocks(root) if _key(text) in self.repeated}

    def as_json(self) -> dict:
        return {"pages": self.pages, "repeated": sorted(self.repeated), "date_order": self.date_order}

    @classmethod
    def from_json(cls, data: dict | None) -> "SiteModel":
        data = data or {}
        return cls(data.get("repeated") or (), int(data.get("pages") or 0), data.get("date_order"))


class SiteModelLearner:
    """Counts the blocks of a site's pages during a crawl; `model()` is the same whatever the
    order the pages came in."""

    def __init__(self) -> None:
        self.pages = 0
        self._counts: Counter[str] = Counter()
        self._date_orders: Counter[str] = Counter()

    def add(self, blocks: frozenset[str]) -> None:
        self.pages += 1
        self._counts.update(blocks)
        if len(self._counts) > MAX_BLOCKS:
            for key, count in list(self._counts.items()):
                if count < 2:
                    del self._counts[key]

    def add_date_order(self, order: str) -> None:
        """The order of day and month an article's own date showed beyond doubt (DateReader.seen)."""
        self._date_orders[order] += 1

    def date_order(self) -> str | None:
        """The order the site's articles show on at least `MIN_PAGES` pages, where the other order
        shows on at most `MAX_OTHER_ORDER` of as many: a site that writes both has none."""
        (order, count), *other = self._date_orders.most_common(2) or [(None, 0)]
        if count < MIN_PAGES or (other and other[0][1] > MAX_OTHER_ORDER * count):
            return None
        return order

    def model(self) -> SiteModel:
        needed = max(MIN_PAGES, MIN_SHARE * self.pages)
        return SiteModel((key for key, count in self._counts.items() if count >= needed), self.pages,
                         self.date_order())
