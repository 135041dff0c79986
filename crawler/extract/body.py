"""An article body element → its text, its safe HTML, its images and its attached documents.

The order matters: first what does not belong is removed (profile strip rules, scripts, comments),
then captions are found and marked (figcaption; an "Ảnh: …" or italic line under an image; a
one-image table with a caption row; `data-caption`), then images and attachments are read, and
only then text and HTML are produced — so a caption is metadata of its image, never body text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import unquote, urlsplit

from lxml import etree, html as lxml_html

from ..discovery.urls import absolute_url, canonical_url
from .controls import drop_date_lines, drop_navigation_lines, drop_widgets
from .images import best_src, linked_original, original_image_url
from .profiles import css
from .sanitize import sanitize_html
from .text import CAPTION_MARK, body_text, element_text, is_blank_html, link_density, normalize_text
from .tree import detach, remove

ATTACHMENT_EXTENSIONS = frozenset(
    "pdf doc docx xls xlsx ppt pptx odt ods odp rtf zip rar 7z txt csv".split()
)
_CAPTION_START = re.compile(r"^\(?\s*(ảnh|hình|hình ảnh|ảnh minh họa|ảnh minh hoạ|photo)\s*[:.\-–]", re.I)
_MAX_CAPTION_LENGTH = 300
# An element named as a picture's caption or credit ("wp-caption-text", "credit", "img-metadata",
# "rte-paragraph__caption", "chu-thich").
# Classes only: ids are often made from a heading's words ("…-grundlegende-techniken-…").
_CAPTION_NAMES = re.compile(r"caption|credit|img-metadata|image-meta|bildunterschrift|(?:^|[\s_-])legende(?:$|[\s_-])|"
                            r"chu-?thich", re.I)
_CAPTION_REACH = 3  # levels above a named caption searched for its picture
_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "form", "button", "input", "select", "textarea", "link", "meta")


@dataclass
class ImageRef:
    url: str            # absolute URL of the original file
    alt: str = ""
    caption: str = ""
    position: int = 0   # 0 = featured, 1.. = body order
    page_url: str = ""  # the URL the page itself used (often a resized derivative)


@dataclass
class Attachment:
    url: str
    title: str = ""


@dataclass
class Body:
    text: str = ""
    html: str = ""
    images: list[ImageRef] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    byline: str = ""    # the last paragraph when it is set like a signature (see trailing_byline)


def _strip(body, selectors) -> None:
    for comment in body.xpath(".//comment()|.//processing-instruction()"):
        remove(comment)
    for el in list(body.iter(*_DROP_TAGS)):
        remove(el)
    for selector in selectors:
        for el in css(selector)(body):
            remove(el)


# A box of other stories set in a body, by its class or id ("crp_related", "promote-related-post",
# "jp-relatedposts", "yarpp-related", "tin-lien-quan", "tinkhac").
_RELATED_NAMES = re.compile(r"related|yarpp|lien-?quan|tin-?khac|bai-?khac", re.I)


# The heading of such a box, in the languages of the pages we read.
_RELATED_TITLES = re.compile(
    r"^(?:related(?: (?:posts|articles|stories|news))?|read (?:more|also)|see also|more (?:stories|on this)|"
    r"auch interessant|weitere beiträge|mehr zum thema|mehr lesen|das könnte sie auch interessieren|lire aussi|"
    r"à lire aussi|xem thêm|đọc thêm|tin liên quan|bài liên quan|bài viết liên quan|tin khác|các tin khác|"
    r"tin cùng chuyên mục)\s*:?$",
    re.I)
_RELATED_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


def _drop_related(body) -> None:
    """Boxes of links to other stories inside the body (a theme's "Related" promo between two
    paragraphs, a plugin's "Weitere Beiträge" after them, a heading "Xem thêm" over a list of
    links) are no text of the article, and their thumbnails no pictures of it. Only boxes mostly of
    links to pages: a paragraph that happens to sit in an element so named stays, and so do
    related documents."""
    for el in list(body.iterdescendants()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        names = f"{el.get('class') or ''} {el.get('id') or ''}"
        if _RELATED_NAMES.search(names) and _links_to_pages(el):
            remove(el)
        elif el.tag in _RELATED_HEADINGS and _RELATED_TITLES.match(" ".join(el.text_content().split())):
            following = el.getnext()
            if following is not None and isinstance(following.tag, str) and _links_to_pages(following):
                remove(following)
                remove(el)


def _links_to_pages(el) -> bool:
    """Mostly links (by characters), to pages: a box of related documents ("Văn bản liên quan") is
    the article's attachments."""
    hrefs = [a.get("href") or "" for a in el.iter("a")]
    return any(hrefs) and not any(is_attachment_url(h) for h in hrefs) and link_density(el) > 0.5


def _is_image_block(el) -> bool:
    return el is not None and el.tag in ("p", "div", "figure", "center") and bool(el.xpath(".//img")) and not normalize_text(
        el.text_content()
    )


def _mark_caption(el, img) -> None:
    img.set(CAPTION_MARK + "-text", element_text(el))  # read before marking: marked text is skipped
    el.set(CAPTION_MARK, "")


def _find_captions(body) -> None:
    # Innermost figures first: a gallery's images take their own captions, then the gallery's
    # caption goes to the first image without one. A figcaption is never body text.
    for figure in reversed(list(body.iter("figure"))):
        captions = figure.xpath("./figcaption") or figure.xpath(".//figcaption[not(@%s)]" % CAPTION_MARK)[:1]
        for caption in captions:
            free = next((img for img in figure.iter("img") if not img.get(CAPTION_MARK + "-text")), None)
            if free is not None:
                _mark_caption(caption, free)
            else:
                caption.set(CAPTION_MARK, "")
    _find_named_captions(body)
    for table in body.iter("table"):
        images = table.xpath(".//img")
        if len(images) == 1 and len(table.xpath(".//tr")) <= 3:
            cells = [td for td in table.xpath(".//td|.//th") if not td.xpath(".//img") and normalize_text(td.text_content())]
            if len(cells) == 1 and len(element_text(cells[0])) <= _MAX_CAPTION_LENGTH:
                _mark_caption(cells[0], images[0])
    for img in body.iter("img"):
        if img.get("data-caption") and not img.get(CAPTION_MARK + "-text"):
            img.set(CAPTION_MARK + "-text", normalize_text(img.get("data-caption")))
    for block in body.iter("p", "div", "figure", "center"):
        if not _is_image_block(block):
            continue
        following = block.getnext()
        while following is not None and following.tag in ("p", "div") and is_blank_html(following):
            following = following.getnext()
        if following is None or following.tag not in ("p", "div", "em", "i"):
            continue
        text = element_text(following)
        if not text or len(text) > _MAX_CAPTION_LENGTH or following.get(CAPTION_MARK) is not None:
            continue
        italic = following.xpath("./em|./i") and not normalize_text(
            (following.text or "") + "".join(child.tail or "" for child in following)
        )
        if _CAPTION_START.match(text) or (italic and following.tag != "div"):
            images = block.xpath(".//img")
            if images and not images[-1].get(CAPTION_MARK + "-text"):
                _mark_caption(following, images[-1])


def _find_named_captions(body) -> None:
    """A short element named as a caption or credit, beside a picture (in the picture's own box, up
    to `_CAPTION_REACH` levels up), is that picture's caption: no body text. Named so with no
    picture near it, it stays text."""
    for el in list(body.iterdescendants()):
        if not isinstance(el.tag, str) or el.tag == "img" or el.get(CAPTION_MARK) is not None:
            continue
        names = el.get("class")
        if not names or not _CAPTION_NAMES.search(names) or any(a.get(CAPTION_MARK) is not None for a in el.iterancestors()):
            continue
        text = element_text(el)
        if not text or len(text) > _MAX_CAPTION_LENGTH or next(el.iter("img"), None) is not None:
            continue
        scope = el
        for _ in range(_CAPTION_REACH):
            scope = scope.getparent()
            # A picture's box holds the picture and its captions, not the article's paragraphs.
            if scope is None or scope is body or len(normalize_text(scope.text_content())) > _MAX_CAPTION_LENGTH:
                break
            images = list(scope.iter("img"))
            if images:
                free = next((img for img in images if not img.get(CAPTION_MARK + "-text")), None)
                if free is not None:
                    _mark_caption(el, free)
                else:
                    el.set(CAPTION_MARK, "")
                break


def _image_refs(body, base_url: str, first_position: int) -> list[ImageRef]:
    refs: list[ImageRef] = []
    for img in body.iter("img"):
        src = best_src(img)
        page_url = absolute_url(src, base_url)
        if page_url is None or _is_tracking_pixel(img):
            continue
        original = canonical_url(original_image_url(absolute_url(linked_original(img), base_url) or page_url))
        img.set("src", original)
        refs.append(
            ImageRef(
                url=original,
                alt=normalize_text(img.get("alt")),
                caption=img.get(CAPTION_MARK + "-text") or "",
                position=first_position + len(refs),
                page_url=page_url,
            )
        )
    return refs


def _is_tracking_pixel(img) -> bool:
    return img.get("width") in ("0", "1") and img.get("height") in ("0", "1")


def is_attachment_url(url: str) -> bool:
    path = unquote(urlsplit(url).path).lower()
    return "." in path.rsplit("/", 1)[-1] and path.rsplit(".", 1)[-1] in ATTACHMENT_EXTENSIONS


def file_links(links, base_url: str) -> list[Attachment]:
    """The documents (PDF, DOC, XLS…) that links point to, once each, titled by the link's text."""
    found: dict[str, Attachment] = {}
    for link in links:
        url = absolute_url(link.get("href"), base_url)
        if url is not None and is_attachment_url(url):
            url = canonical_url(url)
            title = element_text(link) or unquote(urlsplit(url).path.rsplit("/", 1)[-1])
            found.setdefault(url, Attachment(url=url, title=title))
    return list(found.values())


def _attachments(body, base_url: str) -> list[Attachment]:
    for link in body.iter("a"):
        url = absolute_url(link.get("href"), base_url)
        if url is not None:
            link.set("href", canonical_url(url))
    return file_links(body.iter("a"), base_url)


_RIGHT_ALIGNED = re.compile(r"text-align\s*:\s*right", re.I)
_EMPHASIS = frozenset(("strong", "b", "em", "i"))
_MAX_BYLINE_LENGTH = 60


def _last_paragraph(body):
    """The last block of the body that holds text and no other text block."""
    last = None
    for el in body.iter("p", "div"):
        if el is not body and el.get(CAPTION_MARK) is None and normalize_text(el.text_content()):
            last = el
    while last is not None:
        inner = [el for el in last.iter("p", "div") if el is not last and normalize_text(el.text_content())]
        if not inner:
            return last
        last = inner[-1]
    return None


def trailing_byline(body) -> str:
    """The writer's name set like a signature: a short last paragraph, right-aligned, all in bold
    or italics ("<p style="text-align:right"><strong>Tư pháp - Hộ tịch xã</strong></p>"). Lines in
    capitals (a "CHỦ TỊCH" signature block), dates and sentences are not bylines."""
    last = _last_paragraph(body)
    if last is None:
        return ""
    aligned = last.get("align", "").lower() == "right" or _RIGHT_ALIGNED.search(last.get("style", ""))
    if not aligned:
        return ""
    plain = (last.text or "") + "".join(
        (child.tail or "") + ("" if isinstance(child.tag, str) and child.tag in _EMPHASIS else child.text_content())
        for child in last
    )
    text = normalize_text(last.text_content())
    if normalize_text(plain) or len(text) > _MAX_BYLINE_LENGTH or text.isupper():
        return ""
    if any(ch.isdigit() for ch in text) or text.rstrip(")").endswith((".", ":", "!", "?")):
        return ""
    return text if normalize_text(body.text_content()).endswith(text) else ""


def _tidy_for_html(body) -> None:
    """Spacer paragraphs out, `&nbsp;` indentation trimmed, caption marks removed."""
    for el in list(body.iter("p", "div")):
        if is_blank_html(el) and el is not body:
            remove(el)
    for el in body.iter("p", "li", "td", "h2", "h3", "h4", "h5", "h6", "blockquote"):
        if el.text:
            el.text = el.text.lstrip(" \t\r\n\xa0")
    for el in body.iter():
        if isinstance(el.tag, str):
            for name in (CAPTION_MARK, CAPTION_MARK + "-text"):
                el.attrib.pop(name, None)


def _drop_download_controls(body) -> None:
    """A file block (WordPress's `wp-block-file`: the document's name and a "Tải xuống" button) is
    an attachment, not text; so is a download button anywhere. Read after the attachments."""
    for el in list(body.iter()):
        if isinstance(el.tag, str) and _FILE_BLOCK_CLASSES & set((el.get("class") or "").split()):
            detach(el)
    for link in list(body.iter("a")):
        if normalize_text(link.text_content()).casefold() in _BUTTON_WORDS and (
                link.get("download") is not None or _BUTTON_CLASS.search(link.get("class") or "")
                or is_attachment_url(link.get("href") or "")):
            detach(link)


_FILE_BLOCK_CLASSES = frozenset(("wp-block-file",))
_BUTTON_WORDS = frozenset(("tải xuống", "tải về", "tải file", "tải tệp", "download", "xem thêm", "tải"))
_BUTTON_CLASS = re.compile(r"button|btn", re.I)


def process_body(body, base_url: str, strip: tuple[str, ...] = (), first_image_position: int = 1) -> Body:
    """Everything the archive keeps of a body element. The element is modified in place."""
    _strip(body, strip)
    _drop_related(body)
    drop_widgets(body)
    _find_captions(body)
    images = _image_refs(body, base_url, first_image_position)
    attachments = _attachments(body, base_url)
    _drop_download_controls(body)
    drop_navigation_lines(body, is_attachment_url)
    drop_date_lines(body)
    text = body_text(body)
    byline = trailing_byline(body)
    _tidy_for_html(body)
    inner = (body.text or "") + "".join(etree.tostring(child, encoding="unicode", method="html") for child in body)
    return Body(text=text, html=sanitize_html(inner), images=images, attachments=attachments, byline=byline)


def featured_images(elements, base_url: str, limit: int = 1) -> list[ImageRef]:
    """The featured image(s) shown outside the body, first at position 0 (a gallery shows several:
    `limit`), each with the caption of the `<figure>` around it."""
    refs: list[ImageRef] = []
    for img in elements:
        page_url = absolute_url(best_src(img), base_url)
        if not page_url or _is_tracking_pixel(img):
            continue
        url = canonical_url(original_image_url(absolute_url(linked_original(img), base_url) or page_url))
        if any(ref.url == url for ref in refs):
            continue
        figure = next((el for el in img.iterancestors("figure")), None)
        caption = figure.find(".//figcaption") if figure is not None else None
        refs.append(
            ImageRef(
                url=url,
                alt=normalize_text(img.get("alt")),
                caption=element_text(caption) if caption is not None else "",
                position=len(refs),
                page_url=page_url,
            )
        )
        if len(refs) >= limit:
            break
    return refs


def fragment_root(html_fragment: str):
    """Parse an HTML fragment (e.g. trafilatura's output) into one container element."""
    return lxml_html.fragment_fromstring(html_fragment, create_parent="div")
