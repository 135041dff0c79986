"""Text of an HTML fragment as the archive stores it (docs/conventions.md §2, `body_text`).

One block element = one paragraph; paragraphs are separated by one blank line; whitespace runs,
including `&nbsp;` indentation, collapse to one space; a single `<br>` keeps a line break ("\n"),
two or more in a row (only whitespace between them) end the paragraph, as old table layouts write
paragraphs; list items and table rows are paragraphs of their own (cells joined by " | "). Image
alt text never becomes text, and neither does anything marked as a caption (captions live in
`article_images`).
"""

from __future__ import annotations

import re
import unicodedata

from lxml import etree

# Elements whose start and end break the text into paragraphs.
BLOCK_TAGS = frozenset(
    """address article aside blockquote center dd details dir div dl dt fieldset figcaption figure
    footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody thead
    tfoot tr ul""".split()
)
# Elements whose content is never text.
SKIP_TAGS = frozenset("script style noscript template iframe object embed svg math button select textarea head title".split())
CELL_TAGS = frozenset(("td", "th"))

# Marks an element (a figcaption, an "Ảnh: …" line) that was moved to image metadata.
CAPTION_MARK = "data-archive-caption"

_LINE_BREAK = "\ue000"  # private-use marker for <br>: source newlines are plain whitespace
# Two or more <br> in a row (only whitespace, &nbsp; included, between them): a paragraph break.
_PARAGRAPH_BREAK = re.compile(_LINE_BREAK + r"\s*(?:" + _LINE_BREAK + r"\s*)+")
# A regex, not str.translate: translate with a dict looks every character up (~10 µs a paragraph,
# tens of thousands of calls a crawl); the regex is ~10× faster when there is nothing to drop.
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def normalize_text(text: str | None) -> str:
    """NFC, zero-width characters dropped, every whitespace run (newlines included) one space."""
    if not text:
        return ""
    if not text.isascii():      # ASCII text is NFC already and has no zero-width characters
        text = unicodedata.normalize("NFC", _ZERO_WIDTH.sub("", text))
    return " ".join(text.split())


def _normalize_paragraph(text: str) -> str:
    """Like normalize_text, but a `<br>` line break survives as one newline."""
    lines = (normalize_text(line) for line in text.split(_LINE_BREAK))
    return "\n".join(line for line in lines if line)


def _tag(el) -> str:
    tag = el.tag
    if not isinstance(tag, str):  # comment, processing instruction, entity
        return ""
    return tag.rsplit("}", 1)[-1].lower()


class _ParagraphCollector:
    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self._buffer: list[str] = []

    def add(self, text: str | None) -> None:
        if text:
            self._buffer.append(text)

    def line_break(self) -> None:
        self._buffer.append(_LINE_BREAK)

    def flush(self) -> None:
        if self._buffer:
            text = "".join(self._buffer)
            self._buffer.clear()
            if text.isspace():      # the whitespace between two blocks
                return
            pieces = _PARAGRAPH_BREAK.split(text) if _LINE_BREAK in text else (text,)
            for piece in pieces:
                paragraph = _normalize_paragraph(piece)
                if paragraph:
                    self.paragraphs.append(paragraph)

    def walk(self, el) -> None:
        tag = _tag(el)
        if not tag or tag in SKIP_TAGS or el.get(CAPTION_MARK) is not None:
            return
        if tag == "br":
            self.line_break()
            return
        if tag == "tr":
            self.flush()
            cells = [normalize_text(_cell_text(cell)) for cell in el if _tag(cell) in CELL_TAGS]
            row = " | ".join(cell for cell in cells if cell)
            if row:
                self.paragraphs.append(row)
            return
        block = tag in BLOCK_TAGS
        if block:
            self.flush()
        self.add(el.text)
        for child in el:
            self.walk(child)
            self.add(child.tail)
        if block:
            self.flush()


def _cell_text(cell) -> str:
    collector = _ParagraphCollector()
    collector.walk(cell)
    collector.flush()
    return " ".join(collector.paragraphs)


def paragraphs(root) -> list[str]:
    """The paragraphs of an element, in document order."""
    collector = _ParagraphCollector()
    collector.walk(root)
    collector.flush()
    return collector.paragraphs


def body_text(root) -> str:
    return "\n\n".join(paragraphs(root))


def link_chars(el) -> int:
    """The characters of the link text in `el`."""
    return sum(len(normalize_text(a.text_content())) for a in el.iter("a"))


def link_density(el) -> float:
    """The share of `el`'s text that is link text (1.0 for no text: nothing to read there)."""
    text = len(normalize_text(el.text_content()))
    if not text:
        return 1.0
    return link_chars(el) / text


def element_text(el) -> str:
    """The visible text of a small element (a title, a date, a name), one line."""
    if el is None:
        return ""
    if isinstance(el, str):
        return normalize_text(el)
    if _tag(el) in SKIP_TAGS:  # <title>: its text is all there is
        return normalize_text(el.text_content())
    return normalize_text(" ".join(paragraphs(el)))


def is_blank_html(el) -> bool:
    """True for `<p>&nbsp;</p>`-style spacers: no text and no image."""
    return not normalize_text(etree.tostring(el, method="text", encoding="unicode")) and not el.xpath(
        ".//img|.//iframe|.//video|.//table"
    )
