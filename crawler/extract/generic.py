"""Pages no profile knows: trafilatura finds the main content, the site model removes what the
site repeats on every page, and the same body processing as the profiles makes text and HTML.

A page is not an article when the main content is missing or is a list of links (a listing).
"""

from __future__ import annotations

import copy

import trafilatura

from .body import fragment_root, process_body
from .sitelearn import SiteBoilerplate
from .text import normalize_text

_MIN_ARTICLE_CHARS = 120


def _link_density(root) -> float:
    text = len(normalize_text(root.text_content()))
    if not text:
        return 1.0
    linked = sum(len(normalize_text(a.text_content())) for a in root.iter("a"))
    return linked / text


def extract(doc, url: str, boilerplate: SiteBoilerplate | None = None):
    from .article import Article  # circular: Article is defined beside extract_article

    if boilerplate is not None:
        doc = copy.deepcopy(doc)
        boilerplate.prune(doc)
    result = trafilatura.extract(
        doc,
        url=url,
        output_format="html",
        include_images=True,
        include_links=True,
        include_tables=True,
        include_comments=False,
        favor_precision=True,
        with_metadata=False,
    )
    if not result:
        return None
    root = fragment_root(result)
    body_el = root.find(".//body")
    body_el = body_el if body_el is not None else root
    # trafilatura repeats the title as an <h1>/<h2> at the top: the title is metadata, not body.
    first = next((el for el in body_el.iterchildren() if isinstance(el.tag, str)), None)
    title = ""
    if first is not None and first.tag in ("h1", "h2") and not first.xpath(".//img"):
        title = normalize_text(first.text_content())
        body_el.remove(first)
    if _link_density(body_el) > 0.5:
        return None
    body = process_body(body_el, url)
    if len(body.text) < _MIN_ARTICLE_CHARS:
        return None
    return Article(
        url=url,
        title=title,
        body_text=body.text,
        body_html=body.html,
        images=body.images,
        attachments=body.attachments,
        profile="generic",
    )
