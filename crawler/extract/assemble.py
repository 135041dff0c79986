"""Assembling the article from what a layout profile or the generic extractor found in a page:
one place for the rules both paths share (title repeats, the lead, image numbering, the writer)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .body import Attachment, Body, ImageRef, process_body
from .model import Article
from .text import BLOCK_TAGS, normalize_text
from .tree import detach


@dataclass
class Parts:
    """What a path found in a page, before the body is processed."""

    title: str
    body: object | None                          # the body element (modified by assemble), or None
    profile: str = "generic"
    kind: str = "article"
    published: str | None = None
    updated: str | None = None
    author: str | None = None
    category: str | None = None
    categories: list[str] = field(default_factory=list)
    summary: str | None = None
    tags: list[str] = field(default_factory=list)
    featured: list[ImageRef] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)  # documents linked outside the body
    lead: object | None = None                   # a lead block outside the body: it opens the body
    strip: tuple[str, ...] = ()                  # selectors removed from the body first


def assemble(parts: Parts, url: str, base_url: str) -> Article:
    """The article of `parts`, its body processed (text, safe HTML, images, attachments)."""
    summary = parts.summary
    if parts.body is not None:
        drop_title_repeat(parts.body, parts.title)
        if parts.lead is not None:
            summary = prepend_lead(parts.body, parts.lead) or summary
        body = process_body(parts.body, base_url, parts.strip)
    else:
        body = Body()
    return Article(
        url=url,
        title=parts.title,
        body_text=body.text,
        body_html=body.html,
        kind=parts.kind,
        published=parts.published,
        updated=parts.updated,
        author=resolve_author(body, parts.author),
        category=parts.category,
        categories=parts.categories,
        tags=[tag for tag in parts.tags if tag],
        images=number_images(parts.featured, body.images),
        attachments=body.attachments + [a for a in parts.attachments if a.url not in {b.url for b in body.attachments}],
        profile=parts.profile,
        summary=summary,
    )


# "(Nguồn: Báo An Giang)", "Nguồn: …", "Tin, ảnh: Lê Thị Cẩm Tú", "Tác giả: …"
_SOURCE_LINE = re.compile(r"^\(?\s*(nguồn|theo)\s*:?\s+(.+?)\s*\)?\.?$", re.I)
_BYLINE = re.compile(r"^\(?\s*(tin\s*(?:,|và)?\s*ảnh|tin|bài\s*(?:,|và)?\s*ảnh|bài|tác giả|người viết|bài viết)\s*:\s*(.+?)\s*\)?\.?$", re.I)
_NAME_WORD = re.compile(r"^[A-ZÀ-Ỹ][a-zà-ỹ]*\.?$|^[A-ZÀ-Ỹ]+$")
# The label a CMS prints before the writer's name: "Tác giả: X", "Nguồn tin: X", "Viết bởi X", "By X".
_AUTHOR_LABEL = re.compile(
    r"^\(?\s*(?:(?:tác giả|người viết|bài viết|bài và ảnh|bài, ảnh|tin và ảnh|tin, ảnh|bài|tin|nguồn tin|nguồn"
    r"|theo|author|posted by|written by|submitted by|by)\s*[:：]|(?:viết bởi|đăng bởi|posted by|written by"
    r"|submitted by|by)\s)\s*",
    re.I,
)


def byline_author(body_text: str) -> str | None:
    """The writer named on the body's last line: a '(Nguồn: …)' line, 'Tin, ảnh: X', or a bare name."""
    if not body_text:
        return None
    last = body_text.rsplit("\n\n", 1)[-1].strip()
    if len(last) > 80:
        return None
    for pattern in (_BYLINE, _SOURCE_LINE):
        match = pattern.match(last)
        if match:
            return match.group(2).strip(" .()")
    words = last.split()
    if 2 <= len(words) <= 5 and "\n\n" in body_text and all(_NAME_WORD.match(word) for word in words):
        return last.rstrip(".")
    return None


def clean_author(value: str | None) -> str | None:
    """An author field without its label ("Tác giả: X" -> "X"), or None when nothing is left."""
    text = _AUTHOR_LABEL.sub("", normalize_text(value)).strip(" .()")
    return text or None


def contains(ancestor, el) -> bool:
    return any(parent is ancestor for parent in el.iterancestors())


_TEXT_BLOCKS = tuple(sorted(BLOCK_TAGS - {"table", "tbody", "thead", "tfoot", "tr", "ul", "ol", "dl"}))


def _first_text_block(body_el):
    """The first block of the body that holds text directly (no text block inside it)."""
    if normalize_text(body_el.text):
        return None
    for el in body_el.iter(*_TEXT_BLOCKS):
        if el is body_el or not normalize_text(el.text_content()):
            continue
        if any(inner.tag in BLOCK_TAGS and normalize_text(inner.text_content()) for inner in el.iterdescendants()
               if isinstance(inner.tag, str)):
            continue
        return el
    return None


def drop_title_repeat(body_el, title: str) -> None:
    """The body's first paragraph is not text when it only repeats the title (templates and editors
    often open the body with the headline in bold): the title is metadata (CONVENTIONS §2)."""
    if not title:
        return
    first = _first_text_block(body_el)
    if first is not None and not first.xpath(".//img") and (
        normalize_text(first.text_content()).casefold() == normalize_text(title).casefold()
    ):
        parent = first.getparent()
        detach(first)
        if parent is not None and parent is not body_el and not normalize_text(parent.text_content()) \
                and not parent.xpath(".//img"):
            detach(parent)


def prepend_lead(body_el, lead) -> str | None:
    """Move a lead/sapo block shown outside the body to the start of the body: it is the first
    paragraph of the article's text. Returns the lead's text (the summary when the page declares
    none), or None when there was nothing to move."""
    if lead is None or lead is body_el or contains(lead, body_el) or contains(body_el, lead):
        return None
    text = normalize_text(lead.text_content())
    if not text:
        return None
    detach(lead)
    # A paragraph of its own in the body (it may have been a table cell or a styled box).
    has_blocks = any(isinstance(el.tag, str) and el.tag in BLOCK_TAGS for el in lead.iterdescendants())
    lead.tag = "div" if has_blocks else "p"
    lead.attrib.clear()
    lead.tail, body_el.text = body_el.text, None
    body_el.insert(0, lead)
    return text


def number_images(featured: list[ImageRef], body_images: list[ImageRef]) -> list[ImageRef]:
    """Featured image(s) first (position 0, then the rest of a gallery), body images after; a
    featured image repeated at the top of the body is kept once."""
    shown = {image.url for image in featured}
    images = featured + [image for image in body_images if image.url not in shown]
    start = 0 if featured else 1
    for index, image in enumerate(images):
        image.position = start + index
    return images


def resolve_author(body: Body, explicit: str | None) -> str | None:
    """The body's own byline wins over a CMS field (CONVENTIONS §2: the writer, not the account)."""
    return byline_author(body.text) or body.byline or clean_author(explicit)
