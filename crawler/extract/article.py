"""`extract_article(html, url)`: a page in, the cleaned article out (or None for listings/home).

Pure: no Scrapy, no network, no database (CONVENTIONS.md §3). A layout profile is chosen by the
page's signature; pages no profile knows go to the generic extractor (trafilatura plus the
site-level boilerplate model when the caller has one).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field, fields
from urllib.parse import urlsplit

from lxml import etree, html as lxml_html

from ..urls import absolute_url, canonical_url
from . import generic
from .body import Attachment, Body, ImageRef, detach, featured_images, process_body
from .dates import parse_date
from .metadata import link_href, meta_content, node_id, page_metadata
from .profiles import Profile, detect, select_all, select_first
from .sitelearn import SiteBoilerplate
from .text import BLOCK_TAGS, element_text, normalize_text


@dataclass
class Article:
    url: str                                  # canonical URL (rel=canonical when the page gives one)
    title: str
    body_text: str
    body_html: str
    kind: str = "article"                     # 'article' | 'page'
    node_id: int | None = None
    published: str | None = None             # ISO 8601 +07:00, or YYYY-MM-DD
    updated: str | None = None
    author: str | None = None
    category: str | None = None
    summary: str | None = None
    tags: list[str] = field(default_factory=list)
    images: list[ImageRef] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    profile: str = "generic"
    site_name: str | None = None

    @property
    def word_count(self) -> int:
        return len(self.body_text.split())

    @property
    def content_hash(self) -> str:
        """Identity of the content: changes when title, body or image list change, nothing else."""
        digest = hashlib.sha256()
        for part in (self.title, self.body_text, *(image.url for image in self.images)):
            digest.update(part.encode())
            digest.update(b"\x00")
        return digest.hexdigest()

    def as_dict(self) -> dict:
        # Plain values for the pipelines and for pickling out of a worker. Not dataclasses.asdict:
        # it deep-copies every value, ~2 % of a worker's CPU.
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["tags"] = list(self.tags)
        data["images"] = [vars(image).copy() for image in self.images]
        data["attachments"] = [vars(attachment).copy() for attachment in self.attachments]
        data["word_count"] = self.word_count
        data["content_hash"] = self.content_hash
        return data


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


# C0 control characters (but tab, newline, carriage return) and NUL: never text, and lxml refuses
# to write them back into a tree.
# (A regex, not str.translate: translate with a dict costs ~3 ms on a 30 kB page, the regex ~0.05 ms.)
_CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def parse_document(html: str | bytes):
    """lxml tree of a page, or None when there is nothing to parse."""
    if isinstance(html, bytes):
        html = html.decode("utf-8", "replace")
    html = _CONTROL_CHARACTERS.sub("", html)
    if not html or not html.strip():
        return None
    try:
        return lxml_html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None


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


def _value(el) -> str | None:
    """A metadata element's value: @content / @datetime when present, else its text."""
    for attribute in ("content", "datetime"):
        value = el.get(attribute)
        if value and value.strip():
            return value
    return element_text(el) or None


def _first_date(scopes, selectors) -> str | None:
    for scope in scopes:
        for selector in selectors:
            for el in select_all(scope, (selector,)):
                parsed = parse_date(_value(el))
                if parsed:
                    return parsed
    return None


def _first_text(scopes, selectors, ignore: re.Pattern | None = None) -> str | None:
    for scope in scopes:
        for el in select_all(scope, selectors):
            text = element_text(el)
            if text and not (ignore and ignore.match(text)):
                return text
    return None


def _title_from_head(doc, site_name: str | None, profile: Profile | None) -> str:
    title = element_text(doc.find(".//title"))
    if site_name and title.endswith(site_name) and len(title) > len(site_name):
        return title[: -len(site_name)].rstrip(" |-–—:")
    pattern = profile.title_suffix if profile else re.compile(r"\s+[|]\s+[^|]+$")
    return pattern.sub("", title) if pattern else title


def _breadcrumb_category(doc, profile: Profile, title: str) -> str | None:
    crumbs = [element_text(a) for a in select_all(doc, profile.breadcrumb)]
    crumbs = [c for c in crumbs if c and c.casefold() not in ("home", "trang chủ", "trang chu") and c != title]
    return crumbs[-1] if crumbs else None


def site_name_of(doc) -> str | None:
    return meta_content(doc, "og:site_name", "application-name") or None


_ORPHAN_TAGS = frozenset(("p", "ul", "ol", "table", "blockquote", "h2", "h3", "h4", "h5", "h6", "div"))


def _is_orphan(el) -> bool:
    """A bare block (no class, no id) — body text that a stray `</div>` pushed out of the body."""
    if not isinstance(el.tag, str) or el.tag not in _ORPHAN_TAGS or el.get("class") or el.get("id"):
        return False
    if el.tag == "div":
        return not el.xpath(".//div|.//nav|.//ul[@class]|.//form") and bool(normalize_text(el.text_content()))
    return True


def _recover_orphans(body_el, root) -> None:
    """Broken HTML: stray closing tags end the body (or the whole article) early, and the parser
    puts the remaining paragraphs after it. Well-formed themes put only classed blocks (tags,
    related posts, links) after the body, so bare blocks that follow the body — or one of its
    ancestors up to the article, or the two blocks around it when the parser closed those too —
    are moved back into it, in document order."""
    anchor, levels_above_root = body_el, -1
    while anchor is not None and levels_above_root < 2:
        sibling = anchor.getnext()
        while sibling is not None and (not isinstance(sibling.tag, str) or _is_orphan(sibling)):
            following = sibling.getnext()
            if isinstance(sibling.tag, str):
                body_el.append(sibling)
            sibling = following
        if anchor is root or levels_above_root >= 0:
            levels_above_root += 1
        anchor = anchor.getparent()


def _contains(ancestor, el) -> bool:
    return any(parent is ancestor for parent in el.iterancestors())


def _marks(doc, root, selectors) -> bool:
    """True when one of the selectors matches the article container itself, one of its ancestors
    (`body.page`) or something inside it — not a box elsewhere on the page."""
    for selector in selectors:
        for el in select_all(doc, (selector,)):
            if el is root or _contains(el, root) or _contains(root, el):
                return True
    return False


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
    if lead is None or lead is body_el or _contains(lead, body_el) or _contains(body_el, lead):
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


def _with_profile(doc, url: str, profile: Profile, base_url: str | None = None) -> Article | None:
    if select_first(doc, profile.not_article) is not None:
        return None
    root = select_first(doc, profile.article)
    if root is None:
        return None
    base_url = base_url or url
    body_el = select_first(root, profile.body)
    if body_el is not None:
        _recover_orphans(body_el, root)
    scopes = (root, doc)
    title = _first_text(scopes, profile.title) or ""
    featured = featured_images(select_all(root, profile.gallery), base_url, limit=50) if profile.gallery else []
    if not featured and profile.featured_image:
        featured = featured_images(select_all(root, profile.featured_image), base_url)
    author = _first_text(scopes, profile.author, profile.author_ignore)
    published = _first_date(scopes, profile.published)
    updated = _first_date(scopes, profile.updated)
    kind = "page" if profile.page_kind and _marks(doc, root, profile.page_kind) else "article"
    category = _first_text((root,), profile.category) or (
        # a static page sits in the menu, not in a news category: its breadcrumb is navigation
        _breadcrumb_category(doc, profile, title) if profile.breadcrumb and kind == "article" else None
    )
    tags = [element_text(a) for a in select_all(root, profile.tags)] if profile.tags else []
    lead = None
    if body_el is not None:
        drop_title_repeat(body_el, title)
        if profile.lead:
            lead = prepend_lead(body_el, select_first(root, profile.lead))
        body = process_body(body_el, base_url, profile.strip)
    else:
        body = Body()
    images = number_images(featured, body.images)
    return Article(
        url=url,
        title=title,
        body_text=body.text,
        body_html=body.html,
        kind=kind,
        published=published,
        updated=updated,
        author=resolve_author(body, author),
        category=category,
        tags=[t for t in tags if t],
        images=images,
        attachments=body.attachments,
        profile=profile.name,
        summary=lead,
    )


def extract_article(html: str | bytes, url: str, *, boilerplate: SiteBoilerplate | None = None) -> Article | None:
    """The cleaned article of a page, or None for a page that is not an article (CONVENTIONS §3).

    `boilerplate` is an optional per-site model (sitelearn.SiteBoilerplate) that the caller feeds
    with the site's pages; it only affects pages no profile knows.
    """
    doc = parse_document(html)
    return extract_document(doc, url, boilerplate=boilerplate) if doc is not None else None


def profile_for(doc, url: str) -> Profile | None:
    return detect(doc, meta_content(doc, "generator"), url)


def site_title(doc) -> str | None:
    """The portal's own name, read from its home page: og:site_name, else the <title>'s last part."""
    name = site_name_of(doc)
    if name:
        return name
    title = element_text(doc.find(".//title"))
    parts = [part.strip() for part in re.split(r"\s+[|–—-]\s+", title) if part.strip()]
    generic = {"trang chủ", "home", "trang chu", "homepage"}
    parts = [part for part in parts if part.casefold() not in generic]
    return parts[-1] if parts else None


def _is_site_root(url: str) -> bool:
    parts = urlsplit(url)
    return parts.path in ("", "/") and not parts.query


def document_base(doc, url: str) -> str:
    """The URL relative links resolve against: `<base href>` when the page has one (WebSphere's
    portal state URL, hand-made sites on plain http), else the page's own URL."""
    for href in doc.xpath("//head/base/@href|//base/@href")[:1]:
        resolved = absolute_url(href, url)
        if resolved:
            return resolved
    return url


def extract_document(doc, url: str, *, boilerplate: SiteBoilerplate | None = None) -> Article | None:
    """extract_article on an already parsed page (the document is modified)."""
    canonical = absolute_url(link_href(doc, "canonical"), url) or absolute_url(meta_content(doc, "og:url"), url) or url
    canonical = canonical_url(canonical)
    if _is_site_root(canonical):
        return None  # the home page (however it is reached) is navigation, not an article
    base_url = document_base(doc, url)
    generator = meta_content(doc, "generator")
    profile = detect(doc, generator, url)
    # Read before extraction: the generic path removes scripts (JSON-LD) from the document.
    meta = page_metadata(doc)
    site_name = site_name_of(doc)
    if profile is not None:
        article = _with_profile(doc, canonical, profile, base_url)
    else:
        article = generic.extract(doc, canonical, boilerplate, base_url=base_url, meta=meta)
    if article is None:
        return None

    article.site_name = site_name
    article.title = article.title or meta["title"] or meta["og_title"] or _title_from_head(doc, site_name, profile)
    article.published = article.published or meta["published"]
    article.updated = article.updated or meta["updated"]
    article.summary = meta["summary"] or article.summary or None  # the declared summary, else the lead
    if article.kind == "article":
        article.category = article.category or meta["category"] or None
    article.tags = article.tags or meta["tags"]
    author = article.author or clean_author(meta["author"])
    # <meta name=author> and friends often name the portal itself (NukeViet): that is no writer.
    article.author = None if author and site_name and author.casefold() == site_name.casefold() else author
    article.node_id = node_id(doc, url, canonical)
    if not article.body_text and not article.images:
        return None  # an empty node (e.g. a block-builder page): nothing of its own to keep
    article.title = unicodedata.normalize("NFC", article.title)
    return article
