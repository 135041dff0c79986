#!/usr/bin/env python3
"""Generate the labelled extraction corpus: bench/corpus/<family>/<name>.html + <name>.json.

    python bench/corpus/generate.py            # (re)write every page and its expected values
    python bench/corpus/generate.py --check    # only verify that the files on disk are up to date

Deterministic: the same content model (content.py) always yields byte-identical files. The
expected values are derived from the content model, never by extracting the rendered HTML; a
self-check then verifies that every expected paragraph really is on the page and that the body
fragment, rendered without its images and captions, reads exactly as the expected body_text.

Where things are:
    content.py              the articles (title, lead, blocks, byline) and each page's template choices
    families/<family>.py    what goes into a family's pages: URLs, dates, ids, sidebars, traps
    templates/<family>/     the markup, Jinja2 (templates/shared/body.html.j2: the article bodies)
    body.py, expected.py    the body styles; the expected values
    helpers.py, render.py   text / fake-id / date helpers; the Jinja environment
Every random value comes from the article's own random.Random, drawn in a fixed order: markup can move
freely between templates, but moving a draw changes every value drawn after it.

Expected JSON (one per page):
    url        the page URL (absolute)
    title      as published (ALL CAPS stays ALL CAPS)
    published  ISO 8601 with +07:00 when the page states a time (machine values in UTC are
               converted), else YYYY-MM-DD; null when the page states no date
    author     the article's byline: a trailing name line / "(Nguồn: …)" / "Tin, ảnh: …" in the body
               wins over a CMS field; else the CMS author field (Submitted by, Tác giả, …); else null
    category   the article's section as the page names it (category link / breadcrumb); null if none
    body_text  CONVENTIONS §2: paragraphs joined by "\\n\\n"; list items and table rows (cells joined
               by " | ") are paragraphs of their own; whitespace (&nbsp; too) collapsed; no title,
               no alt text, no captions; a displayed lead/sapo is the first paragraph; a byline line
               in the body stays
    images     [{url (absolute, the original file, not a resized derivative), alt, caption}] —
               featured image first (if the page shows one), then body images in order
    attachments [{url, text}] documents linked from the article
    kind       "article" or "page"
    family, template   which CMS family and template variant rendered the page
    traps      short notes on what the page does to trip an extractor
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # run as a script: content, helpers, render, … are modules next to this file
import content  # noqa: E402
from families import BUILDERS  # noqa: E402
from helpers import nfc  # noqa: E402


# ------------------------------------------------------------------------------------------------
# the self-check: the rendered page really carries the expected values
# ------------------------------------------------------------------------------------------------
def fragment_paragraphs(fragment: str) -> list[str]:
    """The reference reading of a body fragment: block elements break paragraphs, a table row is one."""
    from lxml import html as lh

    root = lh.fragment_fromstring(fragment, create_parent="div")
    block = set("p div h1 h2 h3 h4 h5 h6 ul ol li table tr blockquote figure figcaption section article".split())
    paras, buf = [], []

    def flush():
        t = nfc(" ".join("".join(buf).split()))
        buf.clear()
        if t:
            paras.append(t)

    def walk(el):
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag or tag in ("script", "style"):
            return
        if tag == "tr":
            flush()
            cells = [nfc(" ".join(c.text_content().split())) for c in el if c.tag in ("td", "th")]
            paras.append(" | ".join(c for c in cells if c))
            return
        b = tag in block
        if b:
            flush()
        buf.append(el.text or "")
        for c in el:
            walk(c)
            buf.append(c.tail or "")
        if b:
            flush()

    walk(root)
    flush()
    return paras


def page_text(html_text: str) -> str:
    from lxml import html as lh

    doc = lh.document_fromstring(html_text)
    for bad in doc.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    return nfc(" ".join(" ".join(doc.itertext()).split()))


def self_check(family, name, html_text, exp, check_html):
    problems = []
    text = page_text(html_text)
    for para in exp["body_text"].split("\n\n"):
        probe = para if " | " not in para else para.split(" | ")[0]
        if probe not in text:
            problems.append(f"paragraph not on page: {para[:80]!r}")
    if exp["title"] not in text:
        problems.append("title not on page")
    if check_html is not None:
        got = "\n\n".join(fragment_paragraphs(check_html))
        if got != exp["body_text"]:
            diff = "\n".join(difflib.unified_diff(exp["body_text"].split("\n\n"), got.split("\n\n"), lineterm="", n=0))
            problems.append("body fragment does not read as the expected body_text:\n" + diff)
    if exp["body_text"] != nfc(exp["body_text"]) or "\xa0" in exp["body_text"] or "  " in exp["body_text"]:
        problems.append("body_text not normalized")
    if exp["title"] and exp["title"] in exp["body_text"].split("\n\n"):
        problems.append("title repeated in body_text")
    for img in exp["images"]:
        if not img["url"].startswith(("http://", "https://")):
            problems.append(f"image url not absolute: {img['url']}")
        if img.get("caption") and img["caption"] in exp["body_text"]:
            problems.append(f"caption in body_text: {img['caption']}")
    return [f"{family}/{name}: {p}" for p in problems]


# ------------------------------------------------------------------------------------------------
# driver
# ------------------------------------------------------------------------------------------------
def build_all():
    pages = []
    for family, articles in content.FAMILIES.items():
        build = BUILDERS.get(family)
        if build is None:
            continue
        for art in articles:
            html_text, exp, check_html = build(art)
            pages.append((family, art.key, html_text, exp, check_html))
    return pages


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="verify the files on disk instead of writing them")
    args = ap.parse_args(argv)
    pages = build_all()
    problems, stale = [], []
    for family, name, html_text, exp, check_html in pages:
        problems += self_check(family, name, html_text, exp, check_html)
        out_dir = HERE / family
        h, j = out_dir / f"{name}.html", out_dir / f"{name}.json"
        jtext = json.dumps(exp, ensure_ascii=False, indent=2) + "\n"
        if args.check:
            if not h.exists() or h.read_text("utf-8") != html_text or not j.exists() or j.read_text("utf-8") != jtext:
                stale.append(f"{family}/{name}")
        else:
            out_dir.mkdir(exist_ok=True)
            h.write_text(html_text, "utf-8")
            j.write_text(jtext, "utf-8")
    for p in problems:
        print("PROBLEM", p, file=sys.stderr)
    for s in stale:
        print("STALE", s, file=sys.stderr)
    counts = {}
    for family, *_ in pages:
        counts[family] = counts.get(family, 0) + 1
    print(" ".join(f"{k}={v}" for k, v in counts.items()), f"total={len(pages)}")
    return 1 if problems or stale else 0


if __name__ == "__main__":
    sys.exit(main())
