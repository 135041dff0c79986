"""trafilatura, where our own paths find no article: on the page with its furniture pruned (the
generic path with no convincing container), and on the whole page as served (the last resort,
profile 'fallback'). Its HTML output goes through the same body processing as every path."""

from __future__ import annotations

import trafilatura

from .assemble import Parts
from .body import fragment_root
from .text import element_text, link_density, normalize_text
from .tree import detach


# trafilatura's options: HTML out (the body processing reads images, links and tables from it).
_TRAFILATURA = {"output_format": "html", "include_images": True, "include_links": True, "include_tables": True,
                "include_comments": False, "with_metadata": False}


def _trafilatura(doc, url: str, **options):
    """(body element, title) from trafilatura, or (None, "")."""
    result = trafilatura.extract(doc, url=url, **_TRAFILATURA, **options)
    if not result:
        return None, ""
    root = fragment_root(result)
    body_el = root.find(".//body")
    body_el = body_el if body_el is not None else root
    # trafilatura repeats the title as an <h1>/<h2> at the top: the title is metadata, not body.
    first = next((el for el in body_el.iterchildren() if isinstance(el.tag, str)), None)
    title = ""
    if first is not None and first.tag in ("h1", "h2") and not first.xpath(".//img"):
        title = normalize_text(first.text_content())
        body_el.remove(first)
    return body_el, title


def trafilatura_body(doc, url: str, zones: set, keep_links: bool = False):
    """The generic path's body when no container convinces: trafilatura on the page with its
    furniture pruned, favouring precision; (None, "") when it finds only links (unless
    `keep_links`: a page that declares itself an article)."""
    for el in zones:
        if el.getparent() is not None:
            detach(el)
    body_el, title = _trafilatura(doc, url, favor_precision=True)
    if body_el is None or (link_density(body_el) > 0.5 and not keep_links):
        return None, ""
    return body_el, title


def fallback_parts(doc, url: str) -> Parts | None:
    """The last resort for a page no path found an article in, though nothing shows it is none:
    trafilatura on the whole page as served, favouring recall (profile 'fallback', so that a reader
    or a later re-extraction can find the doubtful ones). What it finds that is mostly links is a
    list of other pages (an archive, a tag cloud): no article."""
    body_el, title = _trafilatura(doc, url, favor_recall=True)
    if body_el is None or _is_link_list(body_el):
        return None
    return Parts(title=title, body=body_el, profile="fallback")


def _is_link_list(body_el) -> bool:
    """Mostly links by characters, or by lines: most of its lines are a link and a little beside it
    (`Kinh tế - Nông nghiệp (7)`, a date and a title)."""
    if link_density(body_el) > 0.5:
        return True
    lines = [el for el in body_el.iter("p", "li", "dt", "dd", "td", "h2", "h3", "h4") if element_text(el)]
    linked = sum(1 for el in lines if link_density(el) > 0.5)
    return len(lines) >= 3 and linked >= 0.6 * len(lines)
