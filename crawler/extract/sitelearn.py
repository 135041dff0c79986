"""Site-level learning: a text block that repeats on many pages of one site is navigation.

Unknown layouts have no selectors to say what a menu is, but they repeat it on every page. The
model counts, per site, on how many pages each block of text appears; once a block has been seen on
at least `min_pages` pages and on at least `min_share` of all pages seen, it is boilerplate and is
removed before the generic extractor runs. A sentence that merely appears twice is not.
Memory is bounded: rare blocks are forgotten when the table grows past `max_blocks`.
"""

from __future__ import annotations

import hashlib
from collections import Counter

from .text import normalize_text

# Elements small enough to be one "block" of navigation text.
_BLOCK_XPATH = (
    "//*[self::p or self::li or self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6 "
    "or self::td or self::dt or self::dd or self::span or self::a or self::div]"
    "[not(descendant::p or descendant::li or descendant::div or descendant::table or descendant::h2 or descendant::h3)]"
)


def _key(text: str) -> bytes:
    return hashlib.blake2b(text.casefold().encode(), digest_size=8).digest()


def _blocks(doc):
    body = doc.find(".//body")
    for el in (body if body is not None else doc).xpath("." + _BLOCK_XPATH):
        text = normalize_text(el.text_content())
        if text:
            yield el, text


class SiteBoilerplate:
    def __init__(self, min_pages: int = 3, min_share: float = 0.5, max_blocks: int = 50_000) -> None:
        self.min_pages = min_pages
        self.min_share = min_share
        self.max_blocks = max_blocks
        self.pages = 0
        self._counts: Counter[bytes] = Counter()

    def learn(self, doc) -> None:
        """Count the distinct blocks of one page."""
        self.pages += 1
        self._counts.update({_key(text) for _, text in _blocks(doc)})
        if len(self._counts) > self.max_blocks:
            for key, count in list(self._counts.items()):
                if count < 2:
                    del self._counts[key]

    def is_boilerplate(self, text: str) -> bool:
        count = self._counts.get(_key(normalize_text(text)), 0)
        return count >= self.min_pages and count >= self.min_share * self.pages

    def prune(self, doc) -> int:
        """Remove boilerplate blocks from a page; returns how many were removed."""
        if self.pages < self.min_pages:
            return 0
        doomed = [el for el, text in _blocks(doc) if self.is_boilerplate(text)]
        for el in doomed:
            parent = el.getparent()
            if parent is not None:
                el.drop_tree()
        return len(doomed)
