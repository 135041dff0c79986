"""The article body as one CMS / editor / site writes it (markup: templates/shared/body.html.j2)."""

from __future__ import annotations

from expected import byline_line
from helpers import nbsp_noise, text_of
from render import macros

BODY = macros("shared/body.html.j2")


class BodyStyle:
    """How one CMS / editor / site writes an article body."""

    def __init__(self, rng, *, indent="plain", spacer=False, heading="h3", img=None, figure="plain",
                 table="ck", byline="right_strong", att_href=None, noise=0,
                 para_tag="p", list_class="", wp_blocks=False):
        self.rng = rng
        self.indent = indent          # plain | nbsp | span_font | word | justify | font
        self.spacer = spacer          # <p>&nbsp;</p> after images
        self.heading = heading        # h2 | h3 | h4 | strong_p
        self.img = img                # callable(file, alt) -> (img_html, original_abs_url)
        self.figure = figure          # plain | drupal | wp_block | wp_classic | nv
        self.table = table            # ck | wp | word | bare
        self.byline = byline          # right_strong | right_em | plain
        self.att_href = att_href      # callable(file) -> href
        self.noise = noise            # how many &nbsp; runs per paragraph
        self.para_tag = para_tag
        self.list_class = list_class
        self.wp_blocks = wp_blocks

    def para(self, text):
        t = nbsp_noise(text, self.rng, self.noise) if self.noise else text
        return BODY.para(t, self.indent, self.para_tag, self.wp_blocks)

    def list_html(self, kind, items):
        items = [nbsp_noise(i, self.rng, 1) if self.noise else i for i in items]
        return BODY.list(kind, items, self.list_class)

    def image_html(self, block):
        _, file, alt, caption, style = block
        tag, url = self.img(file, alt)
        cap = caption or ""
        # WordPress numbers each caption's attachment
        attachment_id = self.rng.randint(1000, 9999) if style == "figure" and self.figure == "wp_classic" else None
        html = BODY.image(tag, cap, style, self.figure, self.wp_blocks, self.spacer, self.indent, attachment_id)
        caption_text = text_of(cap) if style != "none" and cap else None
        return html, {"url": url, "alt": alt, "caption": caption_text}

    def render(self, art, *, with_lead=True, check=False, title_in_body=False):
        """Returns (html, images, attachments). `check` leaves images and captions out."""
        out, images, atts = [], [], []
        if title_in_body and not check:
            out.append(BODY.title_para(art.title))
        if with_lead and art.lead:
            out.append(self.para(f"<strong>{art.lead}</strong>"))  # a displayed lead (sapo) is bold
        for b in art.blocks:
            kind = b[0]
            if kind == "p":
                out.append(self.para(b[1]))
            elif kind == "h":
                out.append(BODY.heading(b[1], self.heading, self.wp_blocks))
            elif kind in ("ul", "ol"):
                out.append(self.list_html(kind, b[1]))
            elif kind == "table":
                out.append(BODY.table(b[1], self.table))
            elif kind == "quote":
                out.append(BODY.quote(b[1], self.wp_blocks))
            elif kind == "att":
                _, before, label, file = b
                href = self.att_href(file)
                out.append(self.para(BODY.attachment_link(before, href, label)))
                atts.append({"url": href, "text": text_of(label)})
            elif kind == "img":
                if check:
                    continue
                h, meta = self.image_html(b)
                out.append(h)
                images.append(meta)
            else:
                raise ValueError(kind)
        line = byline_line(art.byline)
        if line:
            out.append(BODY.byline(line, self.byline, art.byline[0]))
        return "\n".join(out), images, atts


def style_traps(art, st: BodyStyle) -> list[str]:
    """What the body's markup does to trip an extractor."""
    t = []
    if st.indent == "nbsp":
        t.append("&nbsp; indentation at paragraph starts and &nbsp; runs inside sentences")
    if st.spacer:
        t.append("<p>&nbsp;</p> spacers after images")
    if st.indent == "span_font":
        t.append("paragraph text wrapped in nested font-size / font-family spans")
    if st.indent == "word":
        t.append("MS Word paste: p.MsoNormal, <o:p></o:p>, lang spans")
    for b in art.blocks:
        if b[0] == "img":
            if b[4] == "anh":
                t.append("an italic 'Ảnh: …' paragraph under an image is its caption, not body text")
            elif b[4] == "em":
                t.append("an italic centred paragraph right under an image is its caption, not body text")
            elif b[4] == "figure":
                t.append("figure > img + figcaption: caption goes to images, not body_text")
            elif b[4] == "table":
                t.append("image caption inside a one-cell caption table (td.image_desc): not a table row")
    if any(b[0] == "img" for b in art.blocks):
        t.append("image alt text (often the file name) must not become text")
    if any(b[0] == "table" for b in art.blocks):
        t.append("table in the body: one paragraph per row, cells joined by ' | '")
    if any(b[0] in ("ul", "ol") for b in art.blocks):
        t.append("list in the body: one paragraph per item")
    if any(b[0] == "att" for b in art.blocks):
        t.append("attachment link paragraph inside the body stays in body_text")
    if art.title.isupper():
        t.append("ALL-CAPS title stays as published")
    return list(dict.fromkeys(t))
