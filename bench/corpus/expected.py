"""The expected values of a page, derived from the content model (never by reading the rendered HTML)."""

from __future__ import annotations

from helpers import nfc, text_of


def byline_line(byline) -> str | None:
    if not byline:
        return None
    kind, value = byline
    return {"name": value, "source": f"(Nguồn: {value})", "tinanh": f"Tin, ảnh: {value}"}[kind]


def att_text(block) -> str:
    _, before, label, _file = block
    return text_of(f"{before} {label}")


def block_paragraphs(block) -> list[str]:
    kind = block[0]
    if kind in ("p", "h", "quote"):
        return [text_of(block[1])]
    if kind in ("ul", "ol"):
        return [text_of(item) for item in block[1]]
    if kind == "table":
        return [" | ".join(text_of(c) for c in row) for row in block[1]]
    if kind == "att":
        return [att_text(block)]
    if kind == "img":
        return []
    raise ValueError(kind)


def expected_body(art, lead=True) -> str:
    paras = []
    if lead and art.lead:
        paras.append(text_of(art.lead))
    for b in art.blocks:
        paras.extend(block_paragraphs(b))
    line = byline_line(art.byline)
    if line:
        paras.append(text_of(line))
    return "\n\n".join(p for p in paras if p)


def expected_author(art, cms_author=None, source=None):
    if art.byline:
        return art.byline[1]
    return cms_author or source or None


def result(art, family, template, url, *, title=None, published, author, category, body_text, images,
           attachments=(), traps=()):
    return {
        "url": url,
        "title": nfc(title if title is not None else art.title),
        "published": published,
        "author": nfc(author) if author else None,
        "category": nfc(category) if category else None,
        "body_text": nfc(body_text),
        "images": images,
        "attachments": list(attachments),
        "kind": art.kind,
        "family": family,
        "template": template,
        "traps": list(traps),
    }
