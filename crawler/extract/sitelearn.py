"""A site's model of its repeated blocks: text that appears on most pages of one site is navigation.

Unknown layouts have no selectors to say what a menu is, but they repeat it on every page. The
model is learnt from a whole crawl of the site (`SiteModelLearner`: on how many pages each block
of text appears) and used, frozen, by the next one: the same page always gives the same article,
whichever pages came before it in a run. A block seen on at least `MIN_PAGES` pages and on at least
`MIN_SHARE` of all pages is repeated; a sentence that merely appears twice is not.

What the generic extractor does with it (generic.py): repeated blocks never make a container win,
but are not removed from the container chosen — a writer's name or a standard closing line that
ends every article is text of each article.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable

from .text import normalize_text

MIN_PAGES = 3
MIN_SHARE = 0.5
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
    """The repeated blocks of one site (keys of their normalized text). Immutable."""

    def __init__(self, repeated: Iterable[str] = (), pages: int = 0) -> None:
        self.repeated = frozenset(repeated)
        self.pages = pages

    def __bool__(self) -> bool:
        return bool(self.repeated)

    def repeated_blocks(self, root) -> set:
        """The elements of a page whose text is one of the site's repeated blocks."""
        if not self.repeated:
            return set()
        return {el for el, text in _blocks(root) if _key(text) in self.repeated}

    def as_json(self) -> dict:
        return {"pages": self.pages, "repeated": sorted(self.repeated)}

    @classmethod
    def from_json(cls, data: dict | None) -> "SiteModel":
        data = data or {}
        return cls(data.get("repeated") or (), int(data.get("pages") or 0))


class SiteModelLearner:
    """Counts the blocks of a site's pages during a crawl; `model()` is the same whatever the
    order the pages came in."""

    def __init__(self) -> None:
        self.pages = 0
        self._counts: Counter[str] = Counter()

    def add(self, blocks: frozenset[str]) -> None:
        self.pages += 1
        self._counts.update(blocks)
        if len(self._counts) > MAX_BLOCKS:
            for key, count in list(self._counts.items()):
                if count < 2:
                    del self._counts[key]

    def model(self) -> SiteModel:
        needed = max(MIN_PAGES, MIN_SHARE * self.pages)
        return SiteModel((key for key, count in self._counts.items() if count >= needed), self.pages)
