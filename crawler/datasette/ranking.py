"""Relevance on the folded text, for the search page (search_page.py): the re-ranking score, bm25
for candidates that did not come from SQLite's, and snippets.

Everything is compared folded (archive/search.py `fold`: lower case, no diacritics, đ→d), so a
query ranks and marks alike typed with or without diacritics. Words are `\\w+` runs of the NFC
text, as before; they are read per whitespace-separated piece, each distinct piece folded once per
search (`QueryText`): bodies repeat the same few thousand syllables, so a body costs a split and a
few lookups done in C instead of a regular expression and a fold per word, which were most of a
search's time at 300 candidates.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate, compress, count

from markupsafe import escape

from ..archive.search import fold

_WORD = re.compile(r"\w+")
_TOKEN = re.compile(r"\w+|[^\w]+")
SNIPPET_WORDS = 36
SNIPPET_LEAD = 4                  # words shown before the first query word of a snippet
#: bm25 as articles_fts ranks (search_candidates.RANKED_SQL): title, body_text, search_folded weights.
COLUMN_WEIGHTS = (10.0, 1.0, 2.0)
BM25_K1, BM25_B = 1.2, 0.75
TITLE_PHRASE, BODY_PHRASE = 6.0, 3.0


class QueryText:
    """The folded words of texts, for one query: each distinct whitespace-separated piece is
    folded once, and known to hold a query word or not."""

    def __init__(self, words: list[str]) -> None:
        self.words = words
        self.wanted = frozenset(words)
        self.folded: dict[str, tuple[str, ...]] = {}   # piece -> its folded words
        self.sizes: dict[str, int] = {}                # piece -> how many words
        self.holding: set[str] = set()                 # pieces with a query word

    def pieces(self, text: str | None) -> list[str]:
        pieces = unicodedata.normalize("NFC", text or "").split()
        folded = self.folded
        for piece in set(pieces).difference(folded):
            words = folded[piece] = tuple(fold(word) for word in _WORD.findall(piece))
            self.sizes[piece] = len(words)
            if not self.wanted.isdisjoint(words):
                self.holding.add(piece)
        return pieces

    def words_of(self, text: str | None) -> list[str]:
        return [word for piece in self.pieces(text) for word in self.folded[piece]]

    def hits(self, pieces: list[str]) -> tuple[list[tuple[int, str]], list[int]]:
        """(position, query word) of each query word among the pieces' words, and per piece the
        position of its first word."""
        starts = [0, *accumulate(map(self.sizes.__getitem__, pieces))]
        found = []
        for index in compress(count(), map(self.holding.__contains__, pieces)):
            for offset, word in enumerate(self.folded[pieces[index]]):
                if word in self.wanted:
                    found.append((starts[index] + offset, word))
        return found, starts


@dataclass
class Features:
    """What ranking needs to know of one candidate, for one query."""

    title_words: list[str]
    hits: list[tuple[int, str]]       # (position, folded query word) of the body's query words
    body_length: int
    folded_words: list[str]           # search_folded's words

    def term_frequency(self, word: str) -> float:
        """Occurrences of `word`, weighted by column as bm25 weighs them."""
        title, body, folded = COLUMN_WEIGHTS
        return (title * self.title_words.count(word) + body * sum(1 for _, hit in self.hits if hit == word)
                + folded * self.folded_words.count(word))

    @property
    def length(self) -> int:
        return len(self.title_words) + self.body_length + len(self.folded_words)


def features(candidate: dict, text: QueryText, title_words: list[str] | None = None) -> Features:
    hits, starts = text.hits(text.pieces(candidate["body_text"]))
    title_words = text.words_of(candidate["title"]) if title_words is None else title_words
    return Features(title_words, hits, starts[-1], (candidate.get("search_folded") or "").split())


def matches(found: Features, words: list[str]) -> bool:
    """Every query word in the title, the body or the folded đ-words: what articles_fts matches."""
    body_words = {word for _, word in found.hits}
    return all(word in body_words or word in found.title_words or word in found.folded_words for word in words)


def title_score(candidate: dict, words: list[str], title_words: list[str]) -> float:
    """bm25 (lower is better, as SQLite gives it), lifted by the query's words in the title and
    by the query as a phrase in the title: the score before the body is read."""
    value = -float(candidate["bm25"]) + 6.0 * sum(word in title_words for word in words) / len(words)
    if len(words) > 1 and _has_phrase(title_words, words):
        value += TITLE_PHRASE
    return value


def body_score(words: list[str], found: Features) -> float:
    """What the body adds: the query as a phrase in it (unless already in the title), and its
    words close together."""
    value = 0.0
    if len(words) > 1 and not _has_phrase(found.title_words, words) and _body_has_phrase(found.hits, words):
        value += BODY_PHRASE
    window = _smallest_window(found.hits, words)
    if window:
        value += 2.0 * len(words) / window
    return value


def most_body_score(words: list[str]) -> float:
    """body_score's ceiling: the phrase, and every word side by side (a window of the distinct words)."""
    return (BODY_PHRASE if len(words) > 1 else 0.0) + 2.0 * len(words) / len(set(words))


def bm25(collection: list[Features], words: list[str]) -> list[float]:
    """SQLite FTS5's bm25 (negated: lower is better) of each document, over `collection` itself:
    its documents are the corpus (their number, lengths and document frequencies)."""
    if not collection:
        return []
    average_length = sum(doc.length for doc in collection) / len(collection) or 1.0
    frequencies = [[doc.term_frequency(word) for word in words] for doc in collection]
    idf = []
    for column in range(len(words)):
        having = sum(1 for row in frequencies if row[column] > 0)
        value = math.log((len(collection) - having + 0.5) / (having + 0.5))
        idf.append(value if value > 0 else 1e-6)   # as FTS5: a word in most documents weighs ~nothing
    scores = []
    for doc, row in zip(collection, frequencies):
        norm = BM25_K1 * (1 - BM25_B + BM25_B * doc.length / average_length)
        scores.append(-sum(weight * tf * (BM25_K1 + 1) / (tf + norm) for weight, tf in zip(idf, row) if tf))
    return scores


def _has_phrase(tokens: list[str], words: list[str]) -> bool:
    n = len(words)
    return any(tokens[i:i + n] == words for i in range(len(tokens) - n + 1))


def _body_has_phrase(hits: list[tuple[int, str]], words: list[str]) -> bool:
    """The query's words one after another in the body (whole words, in order)."""
    at = dict(hits)
    return any(word == words[0] and all(at.get(position + k) == words[k] for k in range(1, len(words)))
               for position, word in hits)


def _smallest_window(hits: list[tuple[int, str]], words: list[str]) -> int | None:
    """The fewest consecutive words holding every query word (None if some word is absent).
    A shortest window starts and ends on a query word, so only those positions are walked."""
    wanted, counts, best, left, have = set(words), {}, None, 0, 0
    for position, word in hits:
        counts[word] = counts.get(word, 0) + 1
        have += counts[word] == 1
        while have == len(wanted):
            start, first = hits[left]
            best = position - start + 1 if best is None else min(best, position - start + 1)
            counts[first] -= 1
            have -= counts[first] == 0
            left += 1
    return best


def snippet(text: str | None, text_words: QueryText, *, marked: bool) -> str:
    """SNIPPET_WORDS words of `text` around its densest run of query words, as escaped HTML with
    <mark> on each query word (or plain text); pieces are joined by single spaces."""
    pieces = text_words.pieces(text)
    hits, starts = text_words.hits(pieces)
    positions = [position for position, _ in hits]
    first = 0
    if positions:
        # The hit that opens the window holding the most hits (the first such).
        densest = max(range(len(positions)),
                      key=lambda n: (bisect_left(positions, positions[n] + SNIPPET_WORDS) - n, -n))
        first = max(0, positions[densest] - SNIPPET_LEAD)
    # The pieces holding words first .. first + SNIPPET_WORDS - 1 (a piece may hold several).
    begin = max(0, bisect_left(starts, first + 1) - 1)
    end = bisect_left(starts, first + SNIPPET_WORDS)
    shown = [_marked(piece, text_words) if marked and piece in text_words.holding else str(escape(piece))
             for piece in pieces[begin:end]]
    prefix = "… " if begin > 0 else ""
    suffix = " …" if end < len(pieces) else ""
    return prefix + " ".join(shown) + suffix


def _marked(piece: str, text_words: QueryText) -> str:
    return "".join(f"<mark>{escape(token)}</mark>" if fold(token) in text_words.wanted else str(escape(token))
                   for token in _TOKEN.findall(piece))
