#!/usr/bin/env python3
"""Generate the labelled extraction corpus: bench/corpus/<family>/<name>.html + <name>.json.

    python bench/corpus/generate.py            # (re)write every page and its expected values
    python bench/corpus/generate.py --check    # only verify that the files on disk are up to date

Deterministic: the same content model (content.py) always yields byte-identical files. The
expected values are derived from the content model, never by extracting the rendered HTML; a
self-check then verifies that every expected paragraph really is on the page and that the body
fragment, rendered without its images and captions, reads exactly as the expected body_text.

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
import hashlib
import html as htmlmod
import json
import random
import re
import sys
import unicodedata
import uuid
import zlib
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import quote, urljoin

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import content
from content import SIDEBAR_DOCS, SIDEBAR_NEWS

TZ = timezone(timedelta(hours=7))
UTC = timezone.utc

WEEKDAY_VI = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]
WEEKDAY_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
WEEKDAY_EN_LONG = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTH_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"]


# ------------------------------------------------------------------------------------------------
# small helpers
# ------------------------------------------------------------------------------------------------
def esc(s: str) -> str:
    return htmlmod.escape(s, quote=True)


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def text_of(fragment: str) -> str:
    """Text of a trusted inline HTML fragment: tags dropped, entities decoded, whitespace collapsed."""
    s = re.sub(r"<[^>]+>", "", fragment)
    return nfc(" ".join(htmlmod.unescape(s).split()))


def strip_tags(fragment: str) -> str:
    return htmlmod.unescape(re.sub(r"<[^>]+>", "", fragment))


_TRANS = str.maketrans({"đ": "d", "Đ": "D"})


def slugify(s: str, maxlen: int = 100) -> str:
    s = strip_tags(s).translate(_TRANS)
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:maxlen].rstrip("-")


def rng_for(key: str) -> random.Random:
    return random.Random(zlib.crc32(key.encode("utf-8")))


def fake_uuid(*parts) -> str:
    return str(uuid.UUID(bytes=hashlib.md5("|".join(map(str, parts)).encode()).digest()))


def fake_hex(n: int, *parts) -> str:
    out = ""
    i = 0
    while len(out) < n:
        out += hashlib.sha256(("|".join(map(str, parts)) + str(i)).encode()).hexdigest()
        i += 1
    return out[:n]


def fake_token(n: int, *parts) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    h = hashlib.sha256("|".join(map(str, parts)).encode()).digest() * 4
    return "".join(alphabet[b % len(alphabet)] for b in h[:n])


def qpath(name: str) -> str:
    """Percent-encode a file name the way CMSs print it (spaces, brackets → %20, %28 …)."""
    return quote(name, safe="")


def iso_local(dt: datetime) -> str:
    return dt.replace(tzinfo=TZ).isoformat()


def iso_utc(dt: datetime, z: bool = False) -> str:
    s = dt.replace(tzinfo=TZ).astimezone(UTC).isoformat()
    return s.replace("+00:00", "Z") if z else s


def dmy(dt, pad=True, sep="/"):
    if pad:
        return f"{dt.day:02d}{sep}{dt.month:02d}{sep}{dt.year}"
    return f"{dt.day}{sep}{dt.month}{sep}{dt.year}"


def hm(dt):
    return f"{dt.hour:02d}:{dt.minute:02d}"


def summary_of(text: str, limit: int = 240) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "..."


def nbsp_noise(text: str, rng: random.Random, amount: int = 2) -> str:
    """Replace a few inter-word spaces (outside tags) by `&nbsp; ` style runs, as CKEditor leaves them."""
    parts = re.split(r"(<[^>]+>)", text)
    spots = [(i, m.start()) for i, p in enumerate(parts) if not p.startswith("<")
             for m in re.finditer(r"(?<=\S) (?=\S)", p)]
    if not spots:
        return text
    chosen = sorted(rng.sample(spots, min(amount, len(spots))), reverse=True)
    for i, pos in chosen:
        p = parts[i]
        parts[i] = p[:pos] + rng.choice(["&nbsp; ", " &nbsp;", "&nbsp;", "  "]) + p[pos + 1:]
    return "".join(parts)


BUILDERS = {}


def builder(family):
    def deco(fn):
        BUILDERS[family] = fn
        return fn
    return deco


# ------------------------------------------------------------------------------------------------
# expected values from the content model
# ------------------------------------------------------------------------------------------------
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


def img_caption_expected(block):
    _, _file, _alt, caption, style = block
    return text_of(caption) if caption and style != "none" else None


# ------------------------------------------------------------------------------------------------
# body rendering
# ------------------------------------------------------------------------------------------------
class BodyStyle:
    """How one CMS / editor / site writes an article body."""

    def __init__(self, rng, *, indent="plain", spacer=False, heading="h3", img=None, figure="plain",
                 table="ck", lead="strong_p", byline="right_strong", att_href=None, noise=0,
                 para_tag="p", list_class="", wp_blocks=False):
        self.rng = rng
        self.indent = indent          # plain | nbsp | span_font | word | justify
        self.spacer = spacer          # <p>&nbsp;</p> after images
        self.heading = heading        # h2 | h3 | h4 | strong_p
        self.img = img                # callable(file, alt) -> (img_html, original_abs_url)
        self.figure = figure          # plain | drupal | wp_block | wp_classic | nv | image2
        self.table = table            # ck | wp | word | bare
        self.lead = lead              # strong_p | none
        self.byline = byline          # right_strong | right_em | plain
        self.att_href = att_href      # callable(file) -> href
        self.noise = noise            # how many &nbsp; runs per paragraph
        self.para_tag = para_tag
        self.list_class = list_class
        self.wp_blocks = wp_blocks

    # -- paragraphs --------------------------------------------------------------------------
    def para(self, text, extra_style=""):
        t = nbsp_noise(text, self.rng, self.noise) if self.noise else text
        tag = self.para_tag
        if self.indent == "nbsp":
            return f'<{tag} style="text-align:justify;">&nbsp; &nbsp; &nbsp; &nbsp; {t}</{tag}>'
        if self.indent == "span_font":
            return (f'<{tag} style="text-align: justify;"><span style="font-size:16px;"><span style="font-family:'
                    f'Times New Roman,Times,serif;">{t}</span></span></{tag}>')
        if self.indent == "word":
            return (f'<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;'
                    f'line-height:150%"><span lang="VI" style="font-size:14.0pt;line-height:150%;font-family:'
                    f'&quot;Times New Roman&quot;,serif">{t}<o:p></o:p></span></p>')
        if self.indent == "justify":
            return f'<{tag} style="text-align: justify;">{t}</{tag}>'
        if self.wp_blocks:
            return f"<p>{t}</p>"
        return f"<{tag}>{t}</{tag}>"

    def heading_html(self, text):
        if self.heading == "strong_p":
            return f'<p style="text-align: justify;"><strong>{text}</strong></p>'
        cls = ' class="wp-block-heading"' if self.wp_blocks else ""
        return f"<{self.heading}{cls}>{text}</{self.heading}>"

    def list_html(self, kind, items):
        cls = f' class="{self.list_class}"' if self.list_class else ""
        lis = "\n".join(f"<li>{nbsp_noise(i, self.rng, 1) if self.noise else i}</li>" for i in items)
        return f"<{kind}{cls}>\n{lis}\n</{kind}>"

    def table_html(self, rows):
        head, *body = rows
        if self.table == "wp":
            th = "".join(f"<th>{c}</th>" for c in head)
            trs = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in body)
            return (f'<figure class="wp-block-table"><table class="has-fixed-layout"><thead><tr>{th}</tr></thead>'
                    f"<tbody>{trs}</tbody></table></figure>")
        if self.table == "word":
            def cell(c, bold=False):
                inner = f"<b>{c}</b>" if bold else c
                return (f'<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt" valign="top">'
                        f'<p class="MsoNormal" style="text-align:center" align="center"><span style="font-size:13.0pt">'
                        f"{inner}<o:p></o:p></span></p></td>")
            trs = ['<tr style="height:20.0pt">' + "".join(cell(c, True) for c in head) + "</tr>"]
            trs += ["<tr>" + "".join(cell(c) for c in r) + "</tr>" for r in body]
            return ('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:'
                    'collapse;border:none">\n<tbody>\n' + "\n".join(trs) + "\n</tbody>\n</table>")
        if self.table == "bare":
            trs = ["<tr>" + "".join(f"<td><b>{c}</b></td>" for c in head) + "</tr>"]
            trs += ["<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in body]
            return '<table width="100%" border="1" cellpadding="3">' + "".join(trs) + "</table>"
        # CKEditor 4
        trs = ["<tr>" + "".join(f'<td style="text-align:center;"><strong>{c}</strong></td>' for c in head) + "</tr>"]
        for r in body:
            trs.append("<tr>" + "".join(f"<td>\n<p>{c}</p>\n</td>" for c in r) + "</tr>")
        return ('<table border="1" cellpadding="1" cellspacing="1" style="width:100%;">\n<tbody>\n'
                + "\n".join(trs) + "\n</tbody>\n</table>")

    # -- images ------------------------------------------------------------------------------
    def image_html(self, block):
        _, file, alt, caption, style = block
        tag, url = self.img(file, alt)
        cap = caption or ""
        out = []
        if style == "figure":
            if self.figure == "drupal":
                out.append(f'<figure role="group" class="caption caption-img align-center">{tag}\n'
                           f"<figcaption>{cap}</figcaption>\n</figure>")
            elif self.figure == "wp_block":
                out.append(f'<figure class="wp-block-image aligncenter size-large">{tag}'
                           f'<figcaption class="wp-element-caption">{cap}</figcaption></figure>')
            elif self.figure == "wp_classic":
                out.append(f'<figure id="attachment_{self.rng.randint(1000, 9999)}" aria-describedby="caption-attachment" '
                           f'style="width: 800px" class="wp-caption aligncenter">{tag}'
                           f'<figcaption id="caption-attachment" class="wp-caption-text">{cap}</figcaption></figure>')
            elif self.figure == "nv":
                out.append(f'<figure class="image">{tag}\n<figcaption>{cap}</figcaption>\n</figure>')
            else:
                out.append(f"<figure>{tag}<figcaption>{cap}</figcaption></figure>")
        elif style == "table":
            out.append('<table align="center" border="0" cellpadding="3" cellspacing="0" class="image center" '
                       f'style="width:100%"><tbody><tr><td style="text-align:center">{tag}</td></tr>'
                       f'<tr><td class="image_desc" style="text-align:center"><em>{cap}</em></td></tr></tbody></table>')
        else:
            if self.wp_blocks:
                out.append(f'<figure class="wp-block-image size-large">{tag}</figure>')
            else:
                out.append(f'<p style="text-align:center;">{tag}</p>')
            if style in ("anh", "em"):
                out.append(f'<p style="text-align:center;"><em>{cap}</em></p>')
        if self.spacer:
            out.append("<p>&nbsp; &nbsp; &nbsp; &nbsp;</p>" if self.indent == "nbsp" else "<p>&nbsp;</p>")
        caption_text = text_of(cap) if style != "none" and cap else None
        return "\n".join(out), {"url": url, "alt": alt, "caption": caption_text}

    # -- the whole body ----------------------------------------------------------------------
    def render(self, art, *, with_lead=True, check=False, title_in_body=False, trailing=None):
        """Returns (html, images, attachments). `check` leaves images and captions out."""
        out, images, atts = [], [], []
        if title_in_body and not check:
            out.append(f'<p style="text-align:center;"><strong>{esc(art.title)}</strong></p>')
        if with_lead and art.lead:
            if self.lead == "strong_p":
                out.append(self.para(f"<strong>{art.lead}</strong>"))
            else:
                out.append(self.para(art.lead))
        for b in art.blocks:
            kind = b[0]
            if kind == "p":
                out.append(self.para(b[1]))
            elif kind == "h":
                out.append(self.heading_html(b[1]))
            elif kind in ("ul", "ol"):
                out.append(self.list_html(kind, b[1]))
            elif kind == "table":
                out.append(self.table_html(b[1]))
            elif kind == "quote":
                if self.wp_blocks:
                    out.append(f'<blockquote class="wp-block-quote"><p>{b[1]}</p></blockquote>')
                else:
                    out.append(f"<blockquote><p>{b[1]}</p></blockquote>")
            elif kind == "att":
                _, before, label, file = b
                href = self.att_href(file)
                out.append(self.para(f'{before} <a href="{esc(href)}" target="_blank">{label}</a>'))
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
            if self.byline == "right_strong" and art.byline[0] != "source":
                out.append(f'<p style="text-align:right;"><strong>{line}</strong></p>')
            elif self.byline in ("right_strong", "right_em"):
                out.append(f'<p style="text-align:right;"><em>{line}</em></p>')
            else:
                out.append(f"<p>{line}</p>")
        if trailing and not check:
            out.append(trailing)
        return "\n".join(out), images, atts


# ------------------------------------------------------------------------------------------------
# the reference reading of a body fragment (used only by the self-check)
# ------------------------------------------------------------------------------------------------
def fragment_paragraphs(fragment: str) -> list[str]:
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


# ------------------------------------------------------------------------------------------------
# shared page pieces
# ------------------------------------------------------------------------------------------------
def news_items(rng, n, exclude=None, extra=None):
    pool = [t for t in SIDEBAR_NEWS if t != exclude]
    items = rng.sample(pool, n)
    if extra:
        items = [extra] + items[: n - 1]
    return items


def news_dates(rng, base: datetime | None, n):
    base = base or datetime(2024, 6, 1, 9, 0)
    out, d = [], base
    for _ in range(n):
        d = d - timedelta(days=rng.randint(1, 9), hours=rng.randint(0, 5))
        out.append(d)
    return out


def docs(rng, n):
    return rng.sample(SIDEBAR_DOCS, n)


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


# ================================================================================================
# drupal_vinor: Drupal 9 + gavias_vinor (modelled on shared/portal-markup/article.html)
# ================================================================================================
VINOR_MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu-chung", "Giới thiệu", [("/gioi-thieu-chung", "Giới thiệu chung"), ("/co-cau-chuc", "Cơ cấu tổ chức"),
                                         ("/lanh-dao-xa", "Lãnh đạo xã"), ("/lich-su-hinh-thanh", "Lịch sử hình thành")]),
    ("/taxonomy/term/1", "Tin tức - Sự kiện", [("/taxonomy/term/3", "Tin hoạt động"), ("/taxonomy/term/4", "Tin Đảng ủy"),
                                                ("/taxonomy/term/5", "Tin Mặt trận - Đoàn thể"),
                                                ("/taxonomy/term/8", "Quốc phòng - An ninh"),
                                                ("/taxonomy/term/9", "Văn hóa - Xã hội")]),
    ("/taxonomy/term/6", "Thông báo", []),
    ("/taxonomy/term/7", "Văn bản", [("/van-ban-chi-dao-dieu-hanh", "Văn bản chỉ đạo điều hành"),
                                     ("/van-ban-quy-pham-phap-luat", "Văn bản quy phạm pháp luật")]),
    ("https://dichvucong.angiang.gov.vn", "Thủ tục hành chính", []),
    ("/hoi-dap", "Hỏi đáp", []),
    ("/lien-he", "Liên hệ", []),
]
VINOR_TERMS = {"Tin hoạt động": 3, "Tin Đảng ủy": 4, "Tin Mặt trận - Đoàn thể": 5, "Thông báo": 6,
               "Quốc phòng - An ninh": 8, "Văn hóa - Xã hội": 9, "Tin tức - Sự kiện": 1}


def vinor_menu_html(active_path=None):
    out = ['<ul  class="gva_menu gva_menu_main">']
    for href, label, subs in VINOR_MENU:
        cls = "menu-item menu-item--expanded" if subs else "menu-item"
        icon = '<i class="fa fa-home"></i>\n                    ' if href == "/" else ""
        caret = '\n                      <span class="icaret nav-plus fa fa-angle-down"></span>' if subs else ""
        out.append(f'''
            <li  class="{cls}">
        <a href="{href}">
                      {icon}{label}{caret}
            
        </a>''')
        if subs:
            out.append('          \n                                <ul class="menu sub-menu">')
            for sh, sl in subs:
                out.append(f'''                        
            <li  class="menu-item">
        <a href="{sh}">
                    {sl}
            
        </a>
          
              </li>''')
            out.append("        </ul>")
        out.append("              </li>")
    out.append("        </ul>")
    return "\n".join(out)


def vinor_block(block_id, title, inner, extra_cls="block-block-content"):
    t = f'\n      <h2 class="block-title" ><span>{title}</span></h2>\n    ' if title else "\n    \n    "
    nt = "" if title else " no-title"
    return f'''<div id="block-{block_id}" class="block {extra_cls}{nt}">
  {t}
      <div class="content block-content">
      {inner}
    </div>
  </div>
'''


def vinor_custom_body(html_inner):
    return (f'\n            <div class="field field--name-body field--type-text-with-summary field--label-hidden '
            f'field__item">{html_inner}</div>\n      ')


def vinor_view_list(rng, title, items, dates, view_id):
    lis = "\n".join(
        f'          <li class="view-list-item" ><div class="views-field views-field-title"><span class="field-content">'
        f'<a href="/{slugify(t)}" hreflang="en">{esc(t)}</a></span></div><div class="views-field views-field-created">'
        f'<span class="field-content">{dmy(d)}</span></div></li>'
        for t, d in zip(items, dates))
    inner = f'''<div><div class="js-view-dom-id-{fake_hex(64, view_id, title)}">
  
  
  <div class="item-list">
  <ul>
{lis}
      </ul>
</div>

    
</div>
</div>
'''
    return f'''<div class="views-element-container block block-views block-views-block{view_id}" id="block-views-block-{view_id.replace("_", "-")}">
  
      <h2 class="block-title" ><span>{title}</span></h2>
    
      <div class="content block-content">
      {inner}
    </div>
  </div>
'''


def page_drupal_vinor(art):
    o = art.opts
    rng = rng_for(art.key)
    host = o["host"]
    base = f"https://{host}"
    node = o["node"]
    is_page = art.kind == "page"
    alias = o.get("alias") or slugify(art.title)
    path = f"/node/{node}" if o.get("unaliased") else f"/{alias}"
    url = base + path
    traps = []

    def img(file, alt):
        src = "/sites/default/files/inline-images/" + qpath(file)
        u = fake_uuid(art.key, file)
        return (f'<img alt="{esc(alt)}" data-entity-type="file" data-entity-uuid="{u}" src="{src}" width="700" '
                f'height="467" />', base + src)

    st = BodyStyle(rng, indent=o.get("indent", "plain"), spacer=o.get("spacer", False), img=img, figure="drupal",
                   heading="h3", att_href=lambda f: f"/sites/default/files/2024-03/{qpath(f)}",
                   noise=2 if o.get("indent") == "nbsp" else 0, byline="right_strong")
    body_html, body_images, atts = st.render(art, title_in_body=o.get("title_in_body", False))
    check_html, _, _ = st.render(art, check=True)
    atts = [{"url": urljoin(base + "/", a["url"]), "text": a["text"]} for a in atts]
    if o.get("title_in_body"):
        traps.append("the body's first paragraph repeats the ALL-CAPS title in bold: not body text")

    # ---- featured image / gallery / video
    images = []
    thumb = ""
    if o.get("gallery"):
        items = []
        for f, alt in o["gallery"]:
            itok = fake_token(8, art.key, f)
            src = f"/sites/default/files/styles/large/public/gallery-article/{qpath(f)}?itok={itok}"
            items.append(f'<div class="item"><img src="{src}" width="780" height="520" alt="{esc(alt)}" '
                         f'typeof="foaf:Image" />\n</div>')
            images.append({"url": f"{base}/sites/default/files/gallery-article/{qpath(f)}", "alt": alt, "caption": None})
        thumb = ('<div class="post-thumbnail post-gallery">\n<div class="post-gallery-carousel owl-carousel init-carousel-owl" '
                 'data-items="1" data-items_lg="1" data-items_md="1" data-items_sm="1" data-items_xs="1" data-loop="1" '
                 'data-speed="500" data-auto_play="1" data-auto_play_speed="2000" data-auto_play_timeout="5000" '
                 'data-auto_play_hover="1" data-navigation="1" data-rewind_nav="0" data-pagination="0" '
                 'data-mouse_drag="1" data-touch_drag="1">\n' + "\n".join(items) + "\n</div>\n</div>")
        traps.append("post-gallery carousel: gallery images come first (originals under /gallery-article/)")
    elif o.get("video"):
        thumb = (f'<div class="post-thumbnail post-video">\n<div class="video-responsive"><iframe width="560" height="315" '
                 f'src="{o["video"]}" frameborder="0" allowfullscreen></iframe></div>\n</div>')
    elif art.featured:
        f, alt = art.featured
        itok = fake_token(8, art.key, f)
        src = f"/sites/default/files/styles/large/public/articles/{qpath(f)}?itok={itok}"
        thumb = (f'<div class="post-thumbnail post-standard">\n            \n            <img src="{src}" width="780" '
                 f'height="520" alt="{esc(alt)}" loading="lazy" typeof="foaf:Image" />\n\n\n  \n    </div>')
        images.append({"url": f"{base}/sites/default/files/articles/{qpath(f)}", "alt": alt, "caption": None})
        traps.append("featured image is a /styles/large/ derivative with ?itok: the original drops both")
    else:
        thumb = '<div class="post-thumbnail post-standard">\n                \n  \n    </div>'
    images += body_images

    # ---- dates and author
    meta_mode = o.get("meta", "none") if not is_page else "none"
    when = art.when
    cms_author = o.get("cms_author")
    month_txt = ""
    if when:
        month_txt = (f"{when.day} {MONTH_EN[when.month - 1]} {when.year}" if o.get("month", "en") == "en"
                     else f"{when.day} Tháng {when.month} {when.year}")
    views_html = ('\n          <span class="space">-</span>\n          <span class="post-views"><i class="fa fa-eye"></i> '
                  f'Lượt xem: {rng.randint(200, 3000):,}</span>'.replace(",", ".")) if o.get("views") else ""
    post_meta = ""
    node_meta = ""
    if meta_mode in ("full", "visible"):
        post_meta = f'''
      <div class="post-meta margin-bottom-10">
          <span class="post-created"> {month_txt} </span> 
          <span class="space">-</span>
          <span class="post-comment"> 0 </span>{views_html}
          <span>
            Submitted by <span lang="" about="/user/{rng.randint(2, 30)}" typeof="schema:Person" property="schema:name" datatype="">{esc(cms_author)}</span>          </span>
        </div>
      '''
    if meta_mode in ("full", "hidden_only"):
        node_meta = f'''
              <div class="node__meta hidden">
          
          <span>
            Submitted by <span lang="" about="/user/7" typeof="schema:Person" property="schema:name" datatype="">{esc(cms_author)}</span> on {month_txt}          </span>
            <span property="schema:dateCreated" content="{iso_utc(when)}" class="hidden"></span>

        </div>
      '''
    if meta_mode in ("full", "hidden_only"):
        published = iso_local(when)
        if when.hour < 7:
            traps.append("created before 07:00 local: schema:dateCreated (UTC) falls on the previous day")
        if meta_mode == "hidden_only":
            traps.append("no visible post-meta; the date is only in the hidden node__meta (schema:dateCreated)")
    elif meta_mode == "visible":
        published = when.date().isoformat()
        traps.append("post-meta date only (j F Y), no schema:dateCreated: published is a bare day")
    else:
        published = None
        if not is_page:
            traps.append("no post-meta at all: the page states no date (sidebar list dates are other articles')")
    author = expected_author(art, cms_author if meta_mode != "none" else None)
    if art.byline and meta_mode != "none" and cms_author:
        traps.append("body ends with a byline that wins over the 'Submitted by' account name")
    elif art.byline:
        traps.append("trailing byline line stays in body_text and is the author")

    # ---- article markup
    term = VINOR_TERMS.get(art.category or "", 2)
    if is_page:
        body_field = (f'<div property="schema:text" class="clearfix text-formatted field field--name-body '
                      f'field--type-text-with-summary field--label-hidden field__item">{body_html}</div>')
        article = f'''
<article role="article" about="{path}" typeof="schema:WebPage" class="node node--type-page node--view-mode-full">

  
    

  
  <div class="node__content clearfix">
    
            {body_field}
      
  </div>

</article>
'''
        page_title = f'<h1 class="page-title">{esc(art.title)}</h1>\n'
    else:
        file_field = ""
        if o.get("file_field"):
            fname, label = o["file_field"]
            href = f"{base}/sites/default/files/2024-03/{qpath(fname)}"
            file_field = f'''
  <div class="field field--name-field-file field--type-file field--label-above">
    <div class="field__label">Tệp đính kèm</div>
          <div class="field__items">
              <div class="field__item">
<span class="file file--mime-application-pdf file--application-pdf"><a href="{href}" type="application/pdf; length={rng.randint(90000, 900000)}">{esc(label)}</a></span>
</div>
          </div>
      </div>
'''
            atts.append({"url": href, "text": label})
            traps.append("file field after the body (span.file > a): an attachment, not body text")
        related = related_vinor(rng, art)
        article = f'''
<!-- Start Display article for teaser page -->
<!-- Start Display article for detail page -->

<article role="article" about="{path}" typeof="schema:Article" class="node node-detail node--type-article node--promoted node--view-mode-full clearfix">
  <div class="post-block article-detail">
      
    {thumb}

    <div class="post-content">
      <div>  <div class="post-categories " ><a href="/taxonomy/term/{term}" hreflang="en">{esc(art.category)}</a></div>
</div>
      
         <h1 class="post-title">{esc(art.title)}</h1>
        <span property="schema:name" content="{esc(art.title)}" class="hidden"></span>
  <span property="schema:interactionCount" content="UserComments:0" class="hidden"></span>
         {post_meta}{node_meta}
      <div class="node__content clearfix">
        
            <div property="schema:text" class="field field--name-body field--type-text-with-summary field--label-hidden field__item">{body_html}</div>
      {file_field}
      </div>

      <div class="post-tags clearfix">
        
      </div>  

      <div class="related-posts margin-top-30">
          {related}
      </div>

        
    </div>

  </div>

</article>

<!-- End Display article for detail page -->
'''
        page_title = ""

    # ---- regions
    header = vinor_header(art, rng, base, o.get("header", "v2"))
    crumbs = vinor_breadcrumb(art, term, is_page)
    news = news_items(rng, 5, extra=None if rng.random() < 0.5 else art.title)
    sidebar_blocks = [vinor_view_list(rng, "Tin mới", news, news_dates(rng, art.when, 5), "tin_moi_block_1")]
    dlist = docs(rng, 3)
    sidebar_blocks.append(vinor_view_list(rng, "Văn bản mới", [f"{n}: {s}" for n, s in dlist],
                                          news_dates(rng, art.when, 3), "van_ban_block_1"))
    if rng.random() < 0.6:
        sidebar_blocks.append(vinor_block("thongketruycap", "Thống kê truy cập", vinor_custom_body(
            f'<ul class="stats"><li>Đang trực tuyến: {rng.randint(3, 40)}</li><li>Hôm nay: {rng.randint(100, 900)}</li>'
            f'<li>Tổng lượt truy cập: {rng.randint(100000, 2000000):,}</li></ul>'.replace(",", "."))))
    sidebar_blocks.append(vinor_block("lienketwebsite", "Liên kết website", vinor_custom_body(
        '<p><a href="https://angiang.gov.vn" target="_blank"><img alt="Cổng thông tin điện tử tỉnh An Giang" '
        'src="/sites/default/files/inline-images/banner-angiang.png" width="360" height="90" /></a></p>\n'
        '<p><a href="https://dichvucong.angiang.gov.vn" target="_blank"><img alt="Cổng dịch vụ công tỉnh An Giang" '
        'src="/sites/default/files/inline-images/banner-dichvucong.png" width="360" height="90" /></a></p>')))
    sidebar_cls = "sidebar-left" if o.get("sidebar") == "left" else "sidebar-right"
    sidebar = f'''
			<div class="col-lg-4 col-md-4 col-sm-12 col-xs-12 sidebar {sidebar_cls} theiaStickySidebar">
				<div class="sidebar-inner">
					  <div>
    {"".join(sidebar_blocks)}
  </div>

				</div>
			</div>'''
    content_top = ""
    if o.get("content_top_block"):
        content_top = '''<div class="content-top area">
  <div>
    ''' + vinor_block("banner-chaomung", None, vinor_custom_body(
            '<p style="text-align:center;"><strong>CHÀO MỪNG KỶ NIỆM 94 NĂM NGÀY THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM '
            '(03/02/1930 - 03/02/2024)</strong></p>')) + '''
  </div>
</div>'''
        traps.append("content-top custom block also uses div.field--name-body (bare selector picks the wrong one)")
    share = ""
    if rng.random() < 0.5 and not is_page:
        share = '''<div class="content-bottom area">
  <div>
    ''' + vinor_block("chiase", None, vinor_custom_body(
            f'<div class="share-box">Chia sẻ: <a class="fb-share" href="https://www.facebook.com/sharer/sharer.php?u={url}" '
            f'target="_blank"><i class="fa fa-facebook"></i> Facebook</a> <div class="zalo-share-button" data-href="{url}" '
            'data-oaid="579745863508352884" data-layout="1" data-color="blue" data-customize="false"></div> '
            '<a href="javascript:window.print()"><i class="fa fa-print"></i> In bài viết</a></div>')) + '''
  </div>
</div>'''
    main_col = f'''<div id="page-main-content" class="main-content col-xs-12 col-md-8 {"sb-l" if sidebar_cls == "sidebar-left" else "sb-r"} ">

			<div class="main-content-inner">
				{content_top}
				
									<div class="content-main">
						  <div>
    <div data-drupal-messages-fallback class="hidden"></div>{page_title}<div id="block-gavias-vinor-content" class="block block-system block-system-main-block no-title">
  
    
      <div class="content block-content">
      {article}
    </div>
  </div>

  </div>

					</div>
				{share}
			</div>

		</div>'''
    if sidebar_cls == "sidebar-left":
        row = f"\n\t\t<!-- Sidebar Left -->{sidebar}\n\t\t<!-- End Sidebar Left -->\n\n\t\t{main_col}\n\t\t<!-- Sidebar Right -->\n\t\t\t\t<!-- End Sidebar Right -->"
    else:
        row = f"\n\t\t{main_col}\n\n\t\t<!-- Sidebar Left -->\n\t\t\t\t<!-- End Sidebar Left -->\n\n\t\t<!-- Sidebar Right -->{sidebar}\n\t\t\t\t<!-- End Sidebar Right -->"
    footer = vinor_footer(art, rng)
    description = summary_of(text_of(art.lead or next(b[1] for b in art.blocks if b[0] == "p")))
    preloader = ('<div id="jpreContent">\n        <div id="jprecontent-inner">\n           <div class="preloader-wrapper hidden active">\n'
                 '              <img src="/themes/gavias_vinor/images/preloader/preloader-7.gif" alt="" />\n'
                 '           </div>\n        </div>\n      </div>') if o.get("preloader") else ""
    body_cls = (f"path-node page-node-type-page node-{node}" if is_page else
                f"path-node node--type-article node-{node}") + (" js-preloader" if preloader else " not-preloader")
    html_out = f'''<!DOCTYPE html>
<html lang="en" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  sioct: http://rdfs.org/sioc/types#  skos: http://www.w3.org/2004/02/skos/core#  xsd: http://www.w3.org/2001/XMLSchema# ">
  <head> 
    <meta charset="utf-8" />
<meta name="description" content="{esc(description)}" />
<link rel="canonical" href="{url}" />
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/sites/default/files/favicon.png" type="image/png" />
<link rel="shortlink" href="{base}/node/{node}" />

    <title>{esc(art.title)} | {esc(o["site"])}</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_{fake_token(43, art.key, "css1")}.css" />
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_{fake_token(43, art.key, "css2")}.css" />

    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","scriptPath":null,"pathPrefix":"","currentPath":"node\\/{node}","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"en"}},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"user":{{"uid":0,"permissionsHash":"{fake_hex(64, art.key)}"}}}}</script>
<script src="/sites/default/files/js/js_{fake_token(43, art.key, "js1")}.js"></script>

    
    <link rel="stylesheet" href="{base}/themes/gavias_vinor/css/custom.css" media="screen" />
    <link rel="stylesheet" href="{base}/themes/gavias_vinor/css/update.css" media="screen" />
    <style type="text/css">.post-title{{text-transform:none}} .breadcrumb-style{{padding:12px 0}}</style>

  </head>
  <body class="{body_cls}">
    <a href="#main-content" class="visually-hidden focusable">
      Skip to main content
    </a>
    {preloader}
      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div class="body-page">
	   {header}
	
     {crumbs}



<div class="clearfix"></div>


<div class="clearfix"></div>

	<div role="main" class="main main-page">	
		<div id="content" class="content content-full">
			<div class="container">	
				
<div class="content-main-inner">
	<div class="row">
{row}
	</div>
</div>


			</div>
		</div>			
	</div>

	{footer}

	
</div>


  </div>

    
    <script src="/sites/default/files/js/js_{fake_token(43, art.key, "js2")}.js"></script>
    <script>(function(i,s,o,g,r,a,m){{i['GoogleAnalyticsObject']=r;i[r]=i[r]||function(){{(i[r].q=i[r].q||[]).push(arguments)}}}})(window,document,'script','//www.google-analytics.com/analytics.js','ga');ga('create', 'UA-{rng.randint(10000000, 99999999)}-1', 'auto');ga('send', 'pageview');</script>

      </body>
</html>
'''
    exp_body = expected_body(art)
    fam_result = result(art, "drupal_vinor", f"vinor-header-{o.get('header', 'v2')}" + ("-page" if is_page else ""), url,
                        published=published, author=author, category=None if is_page else art.category,
                        body_text=exp_body, images=images, attachments=atts, traps=traps + style_traps(art, st))
    return html_out, fam_result, check_html


def style_traps(art, st):
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


def related_vinor(rng, art):
    items = news_items(rng, 2, exclude=art.title)
    cols = []
    for t in items:
        slug = slugify(t)
        itok = fake_token(8, t)
        cols.append(f'''
            <div class="col-sm-6 col-xs-12">
               <div class="views-field views-field-nothing"><span class="field-content"><div class="post-block small">
      <div class="post-image">
            
          <a href="/{slug}" hreflang="en"><img src="/sites/default/files/styles/normal_size/public/articles/{slug[:20]}.jpg?itok={itok}" width="370" height="250" alt="{esc(t)}" typeof="foaf:Image" />
</a>

      </div>
      <div class="post-content">
             <div class="post-title"> <a href="/{slug}" hreflang="en">{esc(t)}</a> </div>
              <div class="post-meta"><span class="post-created ">{dmy(news_dates(rng, art.when, 1)[0])}</span></div>
       </div>
</div></span></div>
            </div>''')
    return f'''<div>
    <div class="views-element-container block block-views block-views-blockpost-other-block-related-articles" id="block-views-block-post-other-block-related-articles">
  
      <h2 class="block-title" ><span>Tin liên quan</span></h2>
    
      <div class="content block-content">
      <div><div class="js-view-dom-id-{fake_hex(64, art.key, "rel")}">
  <div>
         <div class="category-2columns">
            <div class="row row-first">
            {"".join(cols)}
                        </div>
      </div>
</div>
</div>
</div>

    </div>
  </div>

  </div>'''


def vinor_header(art, rng, base, variant):
    o = art.opts
    xa_up = o["xa"].upper()
    huyen_up = o["huyen"].upper()
    topbar_left = vinor_block("thongtintopbar", None, vinor_custom_body(
        f'<p><i class="fa fa-phone"></i> Đường dây nóng: 0296.38{rng.randint(10, 99)}.xxx &nbsp;|&nbsp; '
        f'<i class="fa fa-envelope"></i> ubndxa{slugify(o["xa"]).replace("-", "")}@angiang.gov.vn</p>'),
        "block-block-content block-block-content" + fake_uuid(art.key, "tb"))
    account = f'''
        <div class="gva-account-region hidden hidden-xs">
          <span class="icon"><i class="fa fa-user"></i></span>
          <div class="search-content">
            <div class="content-inner">  
                                              <div class="mess-login text-center">Welcome <span class="text-theme">Anonymous</span> (<a href="{base}/user/logout">Sign out</a>)</div>
                  
                
            </div>  
          </div>  
        </div>'''
    if variant == "v4":
        news = news_items(rng, 4)
        ticker = "\n".join(f'<div class="item"><a href="/{slugify(t)}">{esc(t)}</a></div>' for t in news)
        topbar = f'''
  <div class="topbar topbar-2 hidden-xs">
    <div class="container">
      <div class="row">
        <div class="col-md-9 col-sm-8 col-xs-12">
          <div class="breaking-news">
            <div class="title">Breaking news</div>
            <div class="content-inner owl-carousel init-carousel-owl" data-items="1" data-auto_play="1">
{ticker}
            </div>
          </div>
        </div>
        <div class="col-md-3 col-sm-4 col-xs-12 topbar-right">{account.replace("hidden hidden-xs", "hidden-xs")}</div>
      </div>
    </div>
  </div>'''
    else:
        topbar = f'''
  <div class="topbar">
  <div class="container">
    <div class="row">
      
      <div class="topbar-left col-sm-6 col-xs-12 hidden-xs">
                    <div>
    {topbar_left}
  </div>

              </div>

      <div class="topbar-right col-sm-6 col-xs-12">
        <div class="social-list">
                      <a href="https://www.facebook.com/ubndxa{slugify(o["xa"]).replace("-", "")}"><i class="fa fa-facebook"></i></a>
                      <a href="https://www.youtube.com/@ubndxa{slugify(o["xa"]).replace("-", "")}"><i class="fa fa-youtube-square"></i></a>
        </div>  
{account}

      </div>
    </div>
  </div>  
</div>'''
    if variant == "v1":
        topbar = topbar.replace("topbar-left col-sm-6", "topbar-left col-sm-8").replace("topbar-right col-sm-6",
                                                                                         "topbar-right col-sm-4")
    another = ""
    if variant == "v3":
        another = '''
                  <div class="menu-another hidden-xs hidden-sm">
                    <ul class="menu"><li><a href="/so-do-website">Sơ đồ website</a></li><li><a href="/rss.xml">RSS</a></li><li><a href="/user/login">Đăng nhập</a></li></ul>
                  </div>'''
    return f'''<header id="header" class="header-{variant}">
  {topbar}

  <div class="header-main">
    <div class="container">
       <div class="header-main-inner">
          <div class="row">
               <div class="col-md-4 col-xs-12">
                                 <div>
    <div id="block-gavias-vinor-branding" class="site-branding block block-system block-system-branding-block no-title">
  
    
        <a href="/" title="Home" rel="home" class="site-branding-logo padding-top-20">
        
        <img src="/sites/default/files/logo_0.png" alt="Home" />
        
    </a>
    </div>

  </div>

                              </div>

               <div class="col-md-8 col-xs-12 header-right">
                                       <div class="header-right-inner">
                          <div>
    {vinor_block("tendonvi", None, vinor_custom_body(f'<h2 class="site-title">ỦY BAN NHÂN DÂN XÃ {xa_up}</h2>' + chr(10) + f'<p class="site-sub-title">{huyen_up} - TỈNH AN GIANG</p>'))}
  </div>

                     </div>
                                  </div>
            </div>
       </div>
    </div>
  </div>

  <div class="header-bottom gv-sticky-menu">
    <div class="main-menu">
        <div class="container">
           <div class="row">
              <div class="col-xs-12 area-main-menu">
                <div class="area-inner menu-hover">
                  <div class="gva-offcanvas-inner">
                    <div class="close-offcanvas hidden-lg hidden-md"><a><i class="fa fa-times"></i></a></div>
                                          <div>
    <nav role="navigation" aria-labelledby="block-gavias-vinor-main-menu-menu" id="block-gavias-vinor-main-menu" class="block block-menu navigation menu--main">
          
  
  <h2  class="visually-hidden block-title" id="block-gavias-vinor-main-menu-menu"><span>Main navigation</span></h2>
  
  <div class="block-content">
                 
<div class="gva-navigation">

              {vinor_menu_html()}
  

</div>

       
   </div>  
</nav>

  </div>

                                      </div> 
                  
                  <div id="menu-bar" class="menu-bar mobile hidden-lg hidden-md">
                    <span class="one"></span>
                    <span class="two"></span>
                    <span class="three"></span>
                  </div>
{another}
                  
                                      <div class="gva-search-region search-region">
                      <span class="icon"><i class="fa fa-search"></i></span>
                      <div class="search-content">
                        <a class="close"><i class="fa fa-times"></i></a> 
                        <div class="content-inner"> 
                            <div>
    <form role="search" id="block-gavias-vinor-search" class="search-form search-block-form">
  
</form>

  </div>

                        </div>
                      </div>  
                    </div>
                  
                </div>   
              </div>
           </div>
        </div>
     </div>
  </div> 

   

</header>'''


def vinor_breadcrumb(art, term, is_page):
    if is_page:
        crumbs = f'''
              <li>
                  <a href="/">Home</a>
                          <span class=""> - </span>
          
      </li>
              <li>
                  {esc(art.title)}
                  
      </li>'''
    else:
        crumbs = f'''
              <li>
                  <a href="/">Home</a>
                          <span class=""> - </span>
          
      </li>
              <li>
                  <a href="/taxonomy/term/{term}">{esc(art.category)}</a>
                          <span class=""> - </span>
          
      </li>
              <li>
                            
      </li>
              <li>
                  {esc(art.title)}
                  
      </li>'''
    return f'''<div class="breadcrumbs">
      <div>
    
<div class="breadcrumb-content-inner">
  <div id="block-gavias-vinor-breadcrumbs" class="text-white block gva-block-breadcrumb block-system block-system-breadcrumb-block no-title">
    <div class="breadcrumb-style" style="background-color: #F6F6F6;background-position: center center;background-repeat: no-repeat;">
      <div class="container">
        <div class="content-inner">
          <h2 class="page-title hidden"> </h2>
           
                      <div class="">
              <div class="content block-content">
                  <nav class="breadcrumb" role="navigation">
    <h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
    <ol>
      {crumbs}
    
      <li></li>
    </ol>
  </nav>

              </div>
            </div>  
                  </div>  
      </div>
    </div>
  </div>     
</div>

  </div>
  
  </div>'''


def vinor_footer(art, rng):
    o = art.opts
    xa = o["xa"]
    return f'''<footer id="footer" class="footer">
  
     
   <div class="footer-center">
      <div class="container">      
         <div class="row">
                              <div class="footer-2col col-lg-6 col-md-6 col-md-6 col-xs-12 column">
                    <div>
    {vinor_block("thongtinlienhe", f"Ủy ban nhân dân xã {xa}", vinor_custom_body(
        f'<p><i class="fa fa-map-marker"></i> Địa chỉ: ấp {rng.choice(["Vĩnh Tây", "Trung Phú", "An Hòa", "Mỹ Thạnh", "Tân Thuận"])}, xã {xa}, {o["huyen"]}, tỉnh An Giang</p>' + chr(10)
        + f'<p><i class="fa fa-phone"></i> Điện thoại: 0296.38{rng.randint(10, 99)}.xxx</p>' + chr(10)
        + f'<p><i class="fa fa-envelope"></i> Email: ubndxa{slugify(xa).replace("-", "")}@angiang.gov.vn</p>'))}
  </div>

                </div> 
              
                              <div class="footer-2col col-lg-6 col-md-6 col-md-6 col-xs-12 column">
                    <div>
    {vinor_block("chiutrachnhiem", None, vinor_custom_body(
        f'<p>Chịu trách nhiệm chính: Chủ tịch UBND xã {xa}</p>' + chr(10)
        + f'<p>Ghi rõ nguồn "Cổng thông tin điện tử xã {xa}" khi phát hành lại thông tin từ website này.</p>'))}
  </div>

                </div> 
                       </div>   
      </div>
   </div>   
  
  
      <div class="copyright">
      <div class="container">
        <div class="copyright-inner">
              <div>
    {vinor_block("gavias-vinor-copyright", None, vinor_custom_body(f'<p>© Bản quyền thuộc Ủy ban nhân dân xã {xa}, {o["huyen"]}, tỉnh An Giang.</p>'))}
  </div>

        </div>   
      </div>   
   </div>
  <div class="return-top default hidden-xs"><i class="fa fa-angle-up"></i></div>
</footer>'''


# ================================================================================================
# drupal_core: Olivero (Drupal 10) and Bartik (Drupal 8/9)
# ================================================================================================
CORE_MENU = [("/", "Trang chủ"), ("/gioi-thieu", "Giới thiệu"), ("/tin-tuc", "Tin tức"), ("/thong-bao", "Thông báo"),
             ("/van-ban", "Văn bản"), ("/thu-tuc-hanh-chinh", "Thủ tục hành chính"), ("/hoi-dap", "Hỏi đáp"),
             ("/lien-he", "Liên hệ")]
VI_WEEKDAY_SHORT = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]


def core_sidebar_blocks(rng, art, theme):
    news = news_items(rng, 5)
    dates = news_dates(rng, art.when, 5)
    title_cls = "block__title" if theme == "olivero" else ""
    content_cls = "block__content" if theme == "olivero" else "content"
    lis = "\n".join(f'<li><div class="views-field views-field-title"><span class="field-content"><a href="/tin-tuc/{slugify(t)}" '
                    f'hreflang="vi">{esc(t)}</a></span></div><div class="views-field views-field-created"><span '
                    f'class="field-content">{dmy(d)}</span></div></li>' for t, d in zip(news, dates))
    blocks = [f'''<div class="views-element-container block block-views block-views-blocktin-moi-block-1" id="block-views-block-tin-moi-block-1">
  
      <h2{' class="' + title_cls + '"' if title_cls else ""}>Tin mới</h2>
    
      <div class="{content_cls}">
      <div><div class="view view-tin-moi view-id-tin_moi view-display-id-block_1 js-view-dom-id-{fake_hex(64, art.key, "tm")}">
      <div class="view-content">
      <div class="item-list">
  
  <ul>
{lis}
  </ul>

</div>

    </div>
  
          <div class="more-link"><a href="/tin-tuc">Xem thêm</a></div>
    </div>
</div>

    </div>
  </div>
''']
    dl = "\n".join(f'<li><a href="/van-ban/{slugify(n)}">{esc(n)}</a> <span class="trich-yeu">{esc(s)}</span></li>'
                   for n, s in docs(rng, 3))
    blocks.append(f'''<div class="views-element-container block block-views block-views-blockvan-ban-block-1" id="block-views-block-van-ban-block-1">
  
      <h2{' class="' + title_cls + '"' if title_cls else ""}>Văn bản mới</h2>
    
      <div class="{content_cls}">
      <div><div class="view view-van-ban js-view-dom-id-{fake_hex(64, art.key, "vb")}"><div class="item-list"><ul>
{dl}
</ul></div></div></div>
    </div>
  </div>
''')
    blocks.append(f'''<div id="block-{theme}-account-login" role="form" class="block block-user block-user-login-block">
  
      <h2{' class="' + title_cls + '"' if title_cls else ""}>Đăng nhập</h2>
    
      <div class="{content_cls}">
      <form class="user-login-form" data-drupal-selector="user-login-form" action="/node?destination=/node" method="post" id="user-login-form" accept-charset="UTF-8">
  <div class="js-form-item form-item js-form-type-textfield form-item-name js-form-item-name">
      <label for="edit-name" class="js-form-required form-required">Tên đăng nhập</label>
        <input autocorrect="none" autocapitalize="none" spellcheck="false" data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="15" maxlength="60" class="form-text required" required="required" aria-required="true" />
        </div>
<div class="js-form-item form-item js-form-type-password form-item-pass js-form-item-pass">
      <label for="edit-pass" class="js-form-required form-required">Mật khẩu</label>
        <input data-drupal-selector="edit-pass" type="password" id="edit-pass" name="pass" size="15" maxlength="128" class="form-text required" required="required" aria-required="true" />
        </div>
<input autocomplete="off" data-drupal-selector="form-{fake_token(40, art.key, "form")}" type="hidden" name="form_build_id" value="form-{fake_token(40, art.key, "form")}" />
<input data-drupal-selector="edit-user-login-form" type="hidden" name="form_id" value="user_login_form" />
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions--2"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit--2" name="op" value="Đăng nhập" class="button js-form-submit form-submit" />
</div>

</form>
<div class="item-list"><ul><li><a href="/user/password" title="Send password reset instructions via email." class="request-password-link">Quên mật khẩu?</a></li></ul></div>
    </div>
  </div>
''')
    return blocks


def page_drupal_core(art):
    o = art.opts
    theme = o["theme"]
    rng = rng_for(art.key)
    host = o["host"]
    base = f"https://{host}"
    node = o["node"]
    is_page = art.kind == "page"
    cat_slug = slugify(art.category) if art.category else None
    path = f"/{o['alias']}" if o.get("alias") else f"/{cat_slug}/{slugify(art.title)}"
    url = base + path
    traps = []
    year_month = f"{art.when.year}-{art.when.month:02d}" if art.when else "2024-01"

    def img(file, alt):
        src = f"/sites/default/files/inline-images/{qpath(file)}"
        u = fake_uuid(art.key, file)
        return (f'<img alt="{esc(alt)}" data-entity-type="file" data-entity-uuid="{u}" src="{src}" width="800" '
                f'height="533" loading="lazy" />', base + src)

    st = BodyStyle(rng, indent="justify" if theme == "bartik" else "plain", spacer=False, img=img, figure="drupal",
                   heading="h3", att_href=lambda f: f"/sites/default/files/{year_month}/{qpath(f)}", byline="right_strong",
                   table="ck")
    body_html, body_images, atts = st.render(art)
    check_html, _, _ = st.render(art, check=True)
    atts = [{"url": urljoin(base + "/", a["url"]), "text": a["text"]} for a in atts]
    images = []
    featured_html = ""
    if art.featured:
        f, alt = art.featured
        src = f"/sites/default/files/styles/wide/public/{year_month}/{qpath(f)}?itok={fake_token(8, art.key)}"
        featured_html = (f'\n            <div class="field field--name-field-image field--type-image field--label-hidden '
                         f'field__item">  <img loading="lazy" src="{src}" width="1100" height="733" alt="{esc(alt)}" '
                         f'class="image-style-wide" />\n</div>\n      ')
        images.append({"url": f"{base}/sites/default/files/{year_month}/{qpath(f)}", "alt": alt, "caption": None})
    images += body_images

    when = art.when
    cms_author = o.get("cms_author")
    published = None
    meta_html = ""
    if not is_page:
        if theme == "olivero":
            vi_date = f"{when.day} Tháng {when.month}, {when.year}"
            if o.get("time_tag"):
                date_html = (f'<time datetime="{iso_utc(when, z=True)}" title="{WEEKDAY_VI[when.weekday()]}, {vi_date} - '
                             f'{hm(when)}" class="datetime">{vi_date}</time>\n')
                published = iso_local(when)
                traps.append("<time datetime> is UTC ('Z'); the visible date has no time")
            else:
                date_html = vi_date
                published = when.date().isoformat()
            by = (f'By <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>'
                  f'{esc(cms_author)}</span></span>, ') if cms_author and not o.get("no_author_meta") else ""
            meta_html = f'''
          <div class="node__meta">
                  <article class="profile">
  </article>

                <div>
          <span>
            {by}<span class="field field--name-created field--type-created field--label-hidden">{date_html}</span>
          </span>
        </div>
      </div>
      '''
        else:
            vi_ui = o.get("rdf") and art.key.startswith("olongvy")
            visible = f"{(VI_WEEKDAY_SHORT if vi_ui else WEEKDAY_EN)[when.weekday()]}, {when.month:02d}/{when.day:02d}/{when.year} - {hm(when)}"
            uid = rng.randint(2, 20)
            who = (f'<span rel="schema:author" class="field field--name-uid field--type-entity-reference field--label-hidden">'
                   f'<span lang="" about="/user/{uid}" typeof="schema:Person" property="schema:name" datatype="">'
                   f'{esc(cms_author)}</span></span>')
            if o.get("rdf"):
                created = (f'<span property="schema:dateCreated" content="{iso_utc(when)}" class="field field--name-created '
                           f'field--type-created field--label-hidden">{visible}</span>\n          <span '
                           f'property="schema:dateCreated" content="{iso_utc(when)}" class="rdf-meta hidden"></span>')
                published = iso_local(when)
            else:
                created = f'<span class="field field--name-created field--type-created field--label-hidden">{visible}</span>'
                published = when.replace(second=0).replace(tzinfo=TZ).isoformat()
                if when.day <= 12:
                    traps.append("Drupal 'medium' date is month-first (m/d/Y): 03/05/2024 is 5 March")
            submitted = (f"Gửi bởi {who} vào {created}" if vi_ui else f"Submitted by {who} on {created}")
            if vi_ui:
                traps.append("Vietnamese UI with a month-first date and a Vietnamese weekday (T2, 10/09/2023 = 9 Oct): "
                             "use the RDF schema:dateCreated")
            meta_html = f'''
      <footer class="node__meta">
      <article typeof="schema:Person" about="/user/{uid}" class="profile">
  </article>

      <div class="node__submitted">
        {submitted}
      </div>
    </footer>
  '''
    author = None if is_page else expected_author(art, None if o.get("no_author_meta") else cms_author)
    if art.byline and cms_author and not is_page:
        traps.append("body ends with a byline that wins over the CMS account name")

    cat_field = ""
    if art.category:
        cat_field = (f'\n  <div class="field field--name-field-chuyen-muc field--type-entity-reference field--label-inline '
                     f'clearfix">\n    <div class="field__label">Chuyên mục</div>\n              <div class="field__item">'
                     f'<a href="/{cat_slug}" hreflang="vi">{esc(art.category)}</a></div>\n          </div>\n')
    tags_html = ""
    if art.tags:
        lis = "".join(f'<li class="field--tags__item"><a href="/taxonomy/term/{20 + i}" hreflang="vi">{esc(t)}</a></li>'
                      for i, t in enumerate(art.tags))
        tags_html = (f'\n  <div class="field field--name-field-tags field--type-entity-reference field--label-above '
                     f'field--tags">\n    <h3 class="field__label field--tags__label">Tags</h3>\n    <ul class="links '
                     f'field__items field--tags__items">{lis}</ul>\n  </div>\n')
        traps.append("Tags field (field--tags) is not the category")
    share = ""
    if not is_page and rng.random() < 0.7:
        share = (f'<span class="a2a_kit a2a_kit_size_24 addtoany_list" data-a2a-url="{url}" data-a2a-title="{esc(art.title)}">'
                 f'<a class="a2a_dd addtoany_share" href="https://www.addtoany.com/share#url={quote(url, safe="")}">Chia sẻ</a>'
                 '<a class="a2a_button_facebook"></a><a class="a2a_button_zalo"></a><a class="a2a_button_email"></a></span>')
        traps.append("AddToAny share links inside node__content after the body")
    body_cls = ("text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item"
                if theme == "olivero" else
                "clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item")
    views = rng.randint(50, 4000)
    if theme == "olivero":
        comments = '' if is_page else f'''
<section data-drupal-selector="comments" class="comments">
      <h2 class="comments__title">Bình luận</h2>
  <div class="comment-forbidden"><a href="/user/login?destination=/node/{node}%23comment-form">Đăng nhập</a> hoặc <a href="/user/register?destination=/node/{node}%23comment-form">đăng ký</a> để gửi bình luận</div>
</section>
'''
        article = f'''
<article data-history-node-id="{node}" class="node node--type-{art.kind if is_page else "article"} node--promoted node--view-mode-full">
  <header class="">
    
          {meta_html}
      </header>
  <div class="node__content">
        {featured_html}{cat_field}
            <div class="{body_cls}">{body_html}</div>
      {tags_html}{share}
      {comments}
  </div>
  </article>
'''
    else:
        article = f'''
<article role="article" about="{path}" typeof="schema:Article" class="node node--type-article node--promoted node--view-mode-full">

  
      <span property="schema:name" content="{esc(art.title)}" class="rdf-meta hidden"></span>
  <span property="schema:interactionCount" content="UserComments:0" class="rdf-meta hidden"></span>

{meta_html}
  <div class="node__content clearfix">
    {featured_html}{cat_field}
            <div property="schema:text" class="{body_cls}">{body_html}</div>
      {tags_html}{share}
  <section class="field field--name-comment field--type-comment field--label-above comment-wrapper">
    
      <h2 class="title comment-form__title">Add new comment</h2>
    
  </section>

  <div class="node__links">
    <ul class="links inline"><li class="comment-forbidden"><a href="/user/login?destination=/node/{node}%23comment-form">Log in</a> or <a href="/user/register?destination=/node/{node}%23comment-form">register</a> to post comments</li><li class="statistics-counter">{views:,} views</li></ul>  </div>

  </div>

</article>
'''
        traps.append("node__links: comment links and the statistics counter ('N views') follow the body")
    crumbs_items = [("/", "Home")] + ([(f"/{cat_slug}", art.category)] if art.category else [])
    sidebar = "".join(core_sidebar_blocks(rng, art, theme))
    footer_contact = (f'<p>Địa chỉ: {o.get("ap", "ấp " + rng.choice(["Bình Phú", "Hòa Thuận", "Tà Đảnh", "Long Bình"]))}, '
                      f'xã {o["xa"]}, {o["huyen"]}, tỉnh An Giang</p><p>Điện thoại: 0296.38{rng.randint(10, 99)}.xxx - '
                      f'Email: ubnd{slugify(o["xa"]).replace("-", "")}@angiang.gov.vn</p><p>© {when.year if when else 2024} '
                      f'Ủy ban nhân dân xã {o["xa"]}. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>')
    description = summary_of(text_of(art.lead or next(b[1] for b in art.blocks if b[0] == "p")))
    if theme == "olivero":
        html_out = olivero_shell(art, o, base, url, node, description, crumbs_items, article, sidebar, footer_contact)
    else:
        html_out = bartik_shell(art, o, base, url, node, description, crumbs_items, article, sidebar, footer_contact)
    exp = result(art, "drupal_core", theme + ("-page" if is_page else ""), url, published=published, author=author,
                 category=art.category, body_text=expected_body(art), images=images, attachments=atts,
                 traps=traps + style_traps(art, st))
    return html_out, exp, check_html


def core_menu_olivero():
    items = []
    for href, label in CORE_MENU:
        items.append(f'''
        <li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1">
                      <a href="{href}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1" data-drupal-link-system-path="{href.strip("/") or "<front>"}">            <span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">{label}</span>
          </a>
              </li>''')
    return "".join(items)


def olivero_shell(art, o, base, url, node, description, crumbs, article, sidebar, footer_contact):
    crumb_html = "\n".join(f'''                  <li class="breadcrumb__item">
                          <a href="{h}" class="breadcrumb__link">{esc(t)}</a>
                      </li>''' for h, t in crumbs)
    return f'''<!DOCTYPE html>
<html lang="vi" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50">
  <head>
    <meta charset="utf-8" />
<meta name="description" content="{esc(description)}" />
<link rel="canonical" href="{url}" />
<link rel="shortlink" href="{base}/node/{node}" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/core/themes/olivero/favicon.ico" type="image/vnd.microsoft.icon" />

    <title>{esc(art.title)} | {esc(o["site"])}</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_{fake_token(43, art.key, 'c')}.css?delta=0&amp;language=vi&amp;theme=olivero&amp;include=eJxdjEEKwzAMBD_kxE8Sqqq4AsUKkk3q35fSQ0Iuy7DD7jhOc6KPtXo3sFPTwtgQIlCzO3dU3jAUKb8EW0p0BgYvOwZHeA9cnqdvb7WMzOTgtGOOKR8cvtbvhWhzgxqKM9N3clQuYF1a" />
    
<link rel="preload" href="/core/themes/olivero/fonts/metropolis/Metropolis-Regular.woff2" as="font" type="font/woff2" crossorigin>
<link rel="preload" href="/core/themes/olivero/fonts/metropolis/Metropolis-SemiBold.woff2" as="font" type="font/woff2" crossorigin>
    <noscript><link rel="stylesheet" href="/core/themes/olivero/css/components/navigation/nav-primary-no-js.css?s4b6wl" />
</noscript>
  </head>
  <body class="path-node page-node-type-{art.kind if art.kind == "page" else "article"}">
        <a href="#main-content" class="visually-hidden focusable skip-link">
      Skip to main content
    </a>
    
      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    
<div id="page-wrapper" class="page-wrapper">
  <div id="page">

          <header id="header" class="site-header" data-drupal-selector="site-header" role="banner">

                <div class="site-header__fixable" data-drupal-selector="site-header-fixable">
          <div class="site-header__initial">
            <button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner" aria-label="Sticky header" aria-checked="false">
              <span class="sticky-header-toggle__icon">
                <span></span>
                <span></span>
                <span></span>
              </span>
            </button>
          </div>

                    <div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner">
            <div class="container site-header__inner__container">

              
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block">
  
    
    <div class="site-branding__inner">
          <a href="/" rel="home" class="site-branding__logo">
        <img src="/sites/default/files/logo.png" alt="Trang chủ" fetchpriority="high" />
      </a>
              <div class="site-branding__text">
        <div class="site-branding__name">
          <a href="/" title="Trang chủ" rel="home">{esc(o["site"])}</a>
        </div>
                  <div class="site-branding__slogan">Cổng thông tin điện tử xã {esc(o["xa"])} - {esc(o["huyen"])}</div>
              </div>
      </div>
</div>

<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>


                              <div class="mobile-buttons" data-drupal-selector="mobile-buttons">
                  <button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="Main Menu" aria-controls="header-nav" aria-expanded="false">
                    <span class="mobile-nav-button__label">Menu</span>
                    <span class="mobile-nav-button__icon"></span>
                  </button>
                </div>

                <div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
                  
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" id="block-olivero-search-form-narrow" role="search">
  
    
      <div class="content">
      <form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form">
  <div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label">
      <label for="edit-keys" class="form-item__label visually-hidden">Tìm kiếm</label>
        <input title="Nhập từ khóa cần tìm." placeholder="Tìm kiếm theo từ khóa" data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-element form-element--type-search form-element--api-search" />

        </div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><button class="button--primary search-form__submit button js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Tìm kiếm">
    <span class="icon--search"></span>
    <span class="visually-hidden">Tìm kiếm</span>
</button>

</div>

</form>

    </div>
  </div>
<nav  id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation">
            
  <h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">Main navigation</h2>
  
        
          <ul  class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
{core_menu_olivero()}
          </ul>
  


  </nav>
<nav  id="block-olivero-account-menu" class="block block-menu navigation menu--account secondary-nav" aria-labelledby="block-olivero-account-menu-menu" role="navigation">
            
  <span class="visually-hidden" id="block-olivero-account-menu-menu">User account menu</span>
  
        
          <ul class="menu secondary-nav__menu secondary-nav__menu--level-1">
                  <li class="secondary-nav__menu-item secondary-nav__menu-item--link secondary-nav__menu-item--level-1">
        <a href="/user/login" class="secondary-nav__menu-link secondary-nav__menu-link--link secondary-nav__menu-link--level-1" data-drupal-link-system-path="user/login">Đăng nhập</a>
      </li>
      </ul>
  


  </nav>

                </div>
                          </div>
          </div>
        </div>
      </header>
    
    <div id="main-wrapper" class="layout-main-wrapper layout-container">
      <div id="main" class="layout-main">
        <div class="main-content">
          <a id="main-content" tabindex="-1"></a>
          
          <div class="main-content__container container">
            
  <div class="region region--highlighted grid-full layout--pass--content-medium">
    <div data-drupal-messages-fallback class="hidden messages-list"></div>

  </div>

            
  <div class="region region--breadcrumb grid-full layout--pass--content-medium">
    
<div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
  
    
      <div class="block__content">
        <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
    <h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
    <div class="breadcrumb__content">
      <ol class="breadcrumb__list">
{crumb_html}
              </ol>
    </div>
  </nav>

    </div>
  </div>

  </div>

                          <div class="sidebar-grid grid-full">
                <main role="main" class="site-main">
                  
  <div class="region region--content-above grid-full layout--pass--content-medium">
    
<div id="block-olivero-page-title" class="block block-core block-page-title-block">
  
  

  <h1 class="title page-title">
<span class="field field--name-title field--type-string field--label-hidden">{esc(art.title)}</span>
</h1>


  
</div>

  </div>

                  
  <div class="region region--content grid-full layout--pass--content-medium" id="content">
    
<div id="block-olivero-content" class="block block-system block-system-main-block">
  
    
      <div class="block__content">
        {article}
    </div>
  </div>

  </div>

                </main>

                                  
  <div class="region region--sidebar">
    {sidebar}
  </div>

                              </div>
                      </div>
        </div>
        <div class="social-bar">
          
          <div class="social-bar__inner fixable">
            <div class="rotate">
              
<div id="block-olivero-syndicate" role="complementary" class="block block-node block-node-syndicate-block">
  
    
      <div class="block__content">
      

<a href="/rss.xml" class="feed-icon">
  <span class="feed-icon__label">
    RSS feed
  </span>
  <span class="feed-icon__icon" aria-hidden="true">
    <svg xmlns="http://www.w3.org/2000/svg" width="14.2" height="14.2" viewBox="0 0 14.2 14.2">
  <path d="M4,12.2c0-2.5-3.9-2.4-3.9,0C0.1,14.7,4,14.6,4,12.2z M9.1,13.4C8.7,9,5.2,5.5,0.8,5.1c-1,0-1,2.7-0.1,2.7c3.1,0.3,5.5,2.7,5.8,5.8c0,0.7,2.1,0.7,2.5,0.3C9.1,13.7,9.1,13.6,9.1,13.4z"/>
</svg>
  </span>
</a>

    </div>
  </div>

            </div>
          </div>
          
        </div>
      </div>
    </div>

    <footer class="site-footer">
      <div class="site-footer__inner container">
        
  <div class="region region--footer-top grid-full layout--pass--content-medium">
    <div class="region--footer_top__inner">
      <div id="block-thongtinlienhe" class="block block-block-content block-block-content{fake_uuid(art.key, "ft")}">
  
      <h2 class="block__title">Thông tin liên hệ</h2>
    
      <div class="block__content">
      
            <div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">{footer_contact}</div>
      
    </div>
  </div>

    </div>
  </div>

  <div class="region region--footer-bottom grid-full layout--pass--content-medium">
    
<div id="block-olivero-powered" class="block block-system block-system-powered-by-block">
  
    
    <span>
    Powered by    <a href="https://www.drupal.org">Drupal</a>
  </span>
  
</div>

  </div>

      </div>
    </footer>

    <div class="overlay" data-drupal-selector="overlay"></div>

  </div>
</div>

  </div>
    
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/{node}","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"vi"}},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"ajaxTrustedUrl":{{"\\/search\\/node":true}},"user":{{"uid":0,"permissionsHash":"{fake_hex(64, art.key, "ph")}"}}}}</script>
<script src="/sites/default/files/js/js_{fake_token(43, art.key, 'j')}.js?scope=footer&amp;delta=0&amp;language=vi&amp;theme=olivero&amp;include=eJxdjEEKwzAMBD_kxE8Sqqq4AsUKkk3q"></script>

  </body>
</html>
'''


def bartik_shell(art, o, base, url, node, description, crumbs, article, sidebar, footer_contact):
    crumb_html = "\n".join(f'''          <li>
                  <a href="{h}">{esc(t)}</a>
              </li>''' for h, t in crumbs)
    menu = "\n".join(f'''                    <li class="menu-item">
        <a href="{h}" data-drupal-link-system-path="{h.strip("/") or "&lt;front&gt;"}">{t}</a>
              </li>''' for h, t in CORE_MENU)
    return f'''<!DOCTYPE html>
<html lang="vi" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  sioct: http://rdfs.org/sioc/types#  skos: http://www.w3.org/2004/02/skos/core#  xsd: http://www.w3.org/2001/XMLSchema# ">
  <head>
    <meta charset="utf-8" />
<script async src="https://www.googletagmanager.com/gtag/js?id=G-{fake_token(10, art.key).upper()}"></script>
<script>window.dataLayer = window.dataLayer || [];function gtag(){{dataLayer.push(arguments)}};gtag("js", new Date());gtag("set", "developer_id.dMDhkMT", true);gtag("config", "G-{fake_token(10, art.key).upper()}", {{"groups":"default","page_placeholder":"PLACEHOLDER_page_location"}});</script>
<meta name="title" content="{esc(art.title)} | {esc(o["site"])}" />
<link rel="canonical" href="{url}" />
<meta name="description" content="{esc(description)}" />
<meta name="Generator" content="Drupal 8 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="shortcut icon" href="/core/misc/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="shortlink" href="{base}/node/{node}" />
<link rel="revision" href="{url}" />

    <title>{esc(art.title)} | {esc(o["site"])}</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_{fake_token(43, art.key, 'c1')}.css" />
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_{fake_token(43, art.key, 'c2')}.css" />
<link rel="stylesheet" media="print" href="/sites/default/files/css/css_{fake_token(43, art.key, 'c3')}.css" />

    
<!--[if lte IE 8]>
<script src="/sites/default/files/js/js_VtafjXmRvoUgAzqzYTA3Wrjkx9wcWhjP0G4ZnnqRamA.js"></script>
<![endif]-->

  </head>
  <body class="layout-one-sidebar layout-sidebar-first path-node page-node-type-article">
        <a href="#main-content" class="visually-hidden focusable skip-link">
      Skip to main content
    </a>
    
      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div id="page-wrapper">
  <div id="page">
    <header id="header" class="header" role="banner" aria-label="Site header">
      <div class="section layout-container clearfix">
          <div class="region region-secondary-menu">
    <nav role="navigation" aria-labelledby="block-bartik-account-menu-menu" id="block-bartik-account-menu" class="block block-menu navigation menu--account">
            
  <h2 class="visually-hidden" id="block-bartik-account-menu-menu">User account menu</h2>
  

        <div class="content">
            <div class="menu-toggle-target menu-toggle-target-show" id="show-block-bartik-account-menu"></div>
      <div class="menu-toggle-target" id="hide-block-bartik-account-menu"></div>
      <a class="menu-toggle" href="#show-block-bartik-account-menu">Show &mdash; User account menu</a>
      <a class="menu-toggle menu-toggle--hide" href="#hide-block-bartik-account-menu">Hide &mdash; User account menu</a>
      
              <ul class="clearfix menu">
                    <li class="menu-item">
        <a href="/user/login" data-drupal-link-system-path="user/login">Log in</a>
              </li>
        </ul>
  


    </div>
  </nav>

  </div>

        
          <div class="clearfix region region-header">
    <div id="block-bartik-branding" class="clearfix site-branding block block-system block-system-branding-block">
  
    
        <a href="/" title="Home" rel="home" class="site-branding__logo">
      <img src="/sites/default/files/logo.png" alt="Home" />
    </a>
        <div class="site-branding__text">
              <div class="site-branding__name">
          <a href="/" title="Home" rel="home">{esc(o["site"])}</a>
        </div>
                    <div class="site-branding__slogan">{esc(o["huyen"].capitalize())} - tỉnh An Giang</div>
          </div>
  </div>
<div class="search-block-form block block-search container-inline" data-drupal-selector="search-block-form" id="block-bartik-search" role="search">
  
    
      <div class="content container-inline">
        <form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form">
  <div class="js-form-item form-item js-form-type-search form-type-search js-form-item-keys form-item-keys form-no-label">
      <label for="edit-keys" class="visually-hidden">Search</label>
        <input title="Enter the terms you wish to search for." data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search" />

        </div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input class="search-form__submit button js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="Search" />
</div>

</form>

    </div>
  </div>

  </div>

          <div class="region region-primary-menu">
    <nav role="navigation" aria-labelledby="block-bartik-main-menu-menu" id="block-bartik-main-menu" class="block block-menu navigation menu--main">
            
  <h2 class="visually-hidden" id="block-bartik-main-menu-menu">Main navigation</h2>
  

        <div class="content">
            <div class="menu-toggle-target menu-toggle-target-show" id="show-block-bartik-main-menu"></div>
      <div class="menu-toggle-target" id="hide-block-bartik-main-menu"></div>
      <a class="menu-toggle" href="#show-block-bartik-main-menu">Show &mdash; Main navigation</a>
      <a class="menu-toggle menu-toggle--hide" href="#hide-block-bartik-main-menu">Hide &mdash; Main navigation</a>
      
              <ul class="clearfix menu">
{menu}
        </ul>
  


    </div>
  </nav>

  </div>

      </div>
    </header>
          <div class="highlighted">
        <aside class="layout-container section clearfix" role="complementary">
            <div class="region region-highlighted">
    <div data-drupal-messages-fallback class="hidden"></div>

  </div>

        </aside>
      </div>
            <div id="main-wrapper" class="layout-main-wrapper layout-container clearfix">
      <div id="main" class="layout-main clearfix">
          <div class="region region-breadcrumb">
    <div id="block-bartik-breadcrumbs" class="block block-system block-system-breadcrumb-block">
  
    
      <div class="content">
        <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
    <h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
    <ol>
{crumb_html}
        </ol>
  </nav>

    </div>
  </div>

  </div>

        <main id="content" class="column main-content" role="main">
          <section class="section">
            <a id="main-content" tabindex="-1"></a>
              <div class="region region-content">
    <div id="block-bartik-page-title" class="block block-core block-page-title-block">
  
    
      <div class="content">
      

  <h1 class="title page-title"><span property="schema:name" class="field field--name-title field--type-string field--label-hidden">{esc(art.title)}</span>
</h1>


    </div>
  </div>
<div id="block-bartik-content" class="block block-system block-system-main-block">
  
    
      <div class="content">
      {article}
    </div>
  </div>

  </div>

          </section>
        </main>
                  <div id="sidebar-first" class="column sidebar">
            <aside class="section" role="complementary">
                <div class="region region-sidebar-first">
    {sidebar}
  </div>

            </aside>
          </div>
                      </div>
    </div>
        <footer class="site-footer">
      <div class="layout-container">
                  <div class="site-footer__top clearfix">
              <div class="region region-footer-first">
    <div id="block-thongtinlienhe" class="block block-block-content block-block-content{fake_uuid(art.key, "bft")}">
  
      <h2>Ủy ban nhân dân xã {esc(o["xa"])}</h2>
    
      <div class="content">
      
            <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{footer_contact}</div>
      
    </div>
  </div>

  </div>

          </div>
                          <div class="site-footer__bottom">
              <div class="region region-footer-fifth">
    <div id="block-bartik-powered" class="block block-system block-system-powered-by-block">
  
    
      <div class="content">
      <span>Powered by <a href="https://www.drupal.org">Drupal</a></span>
    </div>
  </div>

  </div>

          </div>
              </div>
    </footer>
  </div>
</div>

  </div>
    
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","scriptPath":null,"pathPrefix":"","currentPath":"node\\/{node}","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"vi"}},"pluralDelimiter":"\\u0003","ajaxPageState":{{"libraries":"bartik\\/global-styling,classy\\/base,classy\\/messages,comment\\/drupal.comment-by-viewer,core\\/html5shiv,statistics\\/drupal.statistics","theme":"bartik","theme_token":null}},"statistics":{{"data":{{"nid":"{node}"}},"url":"\\/core\\/modules\\/statistics\\/statistics.php"}},"user":{{"uid":0,"permissionsHash":"{fake_hex(64, art.key, "bph")}"}}}}</script>
<script src="/sites/default/files/js/js_{fake_token(43, art.key, 'bj')}.js"></script>

  </body>
</html>
'''


builder("drupal_core")(page_drupal_core)
builder("drupal_vinor")(page_drupal_vinor)



# ================================================================================================
# wordpress: classic themes (Twenty Sixteen, ColorMag), block theme (Twenty Twenty-Four), Elementor
# ================================================================================================
WP_MENU = [("", "Trang chủ"), ("gioi-thieu/", "Giới thiệu"), ("category/tin-tuc/", "Tin tức"),
           ("category/hoat-dong-co-so/", "Hoạt động cơ sở"), ("category/thong-bao/", "Thông báo"),
           ("van-ban/", "Văn bản"), ("thu-vien-anh/", "Thư viện ảnh"), ("lien-he/", "Liên hệ")]


def wp_upload(base, when, name, size=None):
    y, m = (when.year, when.month) if when else (2023, 1)
    stem, _dot, ext = name.rpartition(".")
    fname = f"{stem}-{size}.{ext}" if size else name
    return f"{base}/wp-content/uploads/{y}/{m:02d}/{fname}"


def wp_img_tag(base, when, name, alt, rng, cls="", size="1024x683"):
    full = wp_upload(base, when, name)
    src = wp_upload(base, when, name, size) if size else full
    wid = rng.randint(1000, 9999)
    srcset = (f"{full} 1600w, {wp_upload(base, when, name, '300x200')} 300w, {wp_upload(base, when, name, '1024x683')} "
              f"1024w, {wp_upload(base, when, name, '768x512')} 768w")
    return (f'<img decoding="async" width="1024" height="683" src="{src}" alt="{esc(alt)}" class="wp-image-{wid}{cls}" '
            f'srcset="{srcset}" sizes="(max-width: 1024px) 100vw, 1024px" />', full)


def wp_yoast(art, url, base, site, author, modified, section, image_url):
    pub = iso_utc(art.when)
    mod = iso_utc(modified or art.when)
    graph = {
        "@context": "https://schema.org",
        "@graph": [
            {"@type": "Article", "@id": f"{url}#article", "isPartOf": {"@id": url},
             "author": {"name": author or "admin", "@id": f"{base}/#/schema/person/{fake_hex(32, author)}"},
             "headline": art.title, "datePublished": pub, "dateModified": mod, "mainEntityOfPage": {"@id": url},
             "wordCount": len(expected_body(art).split()), "commentCount": 0,
             "publisher": {"@id": f"{base}/#organization"},
             **({"image": {"@id": f"{url}#primaryimage"}, "thumbnailUrl": image_url} if image_url else {}),
             "articleSection": [section] if section else [], "inLanguage": "vi"},
            {"@type": "WebPage", "@id": url, "url": url, "name": f"{art.title} - {site}",
             "isPartOf": {"@id": f"{base}/#website"}, "datePublished": pub, "dateModified": mod,
             "breadcrumb": {"@id": f"{url}#breadcrumb"}, "inLanguage": "vi"},
            {"@type": "BreadcrumbList", "@id": f"{url}#breadcrumb", "itemListElement": [
                {"@type": "ListItem", "position": 1, "name": "Trang chủ", "item": f"{base}/"},
                {"@type": "ListItem", "position": 2, "name": art.title}]},
            {"@type": "WebSite", "@id": f"{base}/#website", "url": f"{base}/", "name": site,
             "publisher": {"@id": f"{base}/#organization"}, "inLanguage": "vi"},
            {"@type": "Organization", "@id": f"{base}/#organization", "name": site, "url": f"{base}/"},
        ],
    }
    return ('\t<!-- This site is optimized with the Yoast SEO plugin v22.3 - https://yoast.com/wordpress/plugins/seo/ -->\n'
            f'\t<title>{esc(art.title)} - {esc(site)}</title>\n'
            f'\t<link rel="canonical" href="{url}" />\n'
            '\t<meta property="og:locale" content="vi_VN" />\n'
            f'\t<meta property="og:type" content="{"article" if art.when else "website"}" />\n'
            f'\t<meta property="og:title" content="{esc(art.title)} - {esc(site)}" />\n'
            f'\t<meta property="og:description" content="{esc(summary_of(expected_body(art).split(chr(10))[0], 155))}" />\n'
            f'\t<meta property="og:url" content="{url}" />\n'
            f'\t<meta property="og:site_name" content="{esc(site)}" />\n'
            + (f'\t<meta property="article:published_time" content="{pub}" />\n'
               f'\t<meta property="article:modified_time" content="{mod}" />\n' if art.when else "")
            + (f'\t<meta property="og:image" content="{image_url}" />\n' if image_url else "")
            + (f'\t<meta name="author" content="{esc(author)}" />\n' if author else "")
            + '\t<meta name="twitter:card" content="summary_large_image" />\n'
            + (f'\t<meta name="twitter:label1" content="Được viết bởi" />\n\t<meta name="twitter:data1" content="{esc(author)}" />\n'
               if author else "")
            + f'\t<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False, separators=(",", ":"))}</script>\n'
            '\t<!-- / Yoast SEO plugin. -->\n')


WP_HEAD_COMMON = '''<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="{site} &raquo; Dòng thông tin" href="{base}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{site} &raquo; Dòng phản hồi" href="{base}/comments/feed/" />
<script>
window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/svg\\/","svgExt":".svg","source":{{"concatemoji":"{base}\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.5.2"}}}};
/*! This file is auto-generated */
!function(i,n){{var o,s,e;function c(e){{try{{var t={{supportTests:e,timestamp:(new Date).valueOf()}};sessionStorage.setItem(o,JSON.stringify(t))}}catch(e){{}}}}}}(window,document);
</script>
<style id='wp-emoji-styles-inline-css'>

	img.wp-smiley, img.emoji {{
		display: inline !important;
		border: none !important;
		height: 1em !important;
		width: 1em !important;
		margin: 0 0.07em !important;
		vertical-align: -0.1em !important;
		background: none !important;
		padding: 0 !important;
	}}
</style>
<link rel='stylesheet' id='wp-block-library-css' href='{base}/wp-includes/css/dist/block-library/style.min.css?ver=6.5.2' media='all' />
<link rel="https://api.w.org/" href="{base}/wp-json/" /><link rel="alternate" type="application/json" href="{base}/wp-json/wp/v2/{ptype}/{pid}" /><link rel="EditURI" type="application/rsd+xml" title="RSD" href="{base}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.5.2" />
<link rel='shortlink' href='{base}/?p={pid}' />
'''


def wp_recent(rng, base, art, n=5, date=True):
    items = news_items(rng, n)
    dates = news_dates(rng, art.when, n)
    return "\n".join(f'\t\t\t\t\t<li>\n\t\t\t\t<a href="{base}/{slugify(t)}/">{esc(t)}</a>\n'
                     + (f'\t\t\t\t\t\t\t<span class="post-date">{dmy(d)}</span>\n' if date else "")
                     + "\t\t\t\t\t\t</li>" for t, d in zip(items, dates))


def wp_docs(rng):
    return "".join(f'<li><a href="#">{esc(n)}</a>: {esc(s)}</li>' for n, s in docs(rng, 3))


def page_wordpress(art):
    o = art.opts
    variant = o["variant"]
    rng = rng_for(art.key)
    base = f"https://{o['host']}"
    url = f"{base}/{o['slug']}/"
    pid = o["post_id"]
    site = o["site"]
    traps = []
    when = art.when
    is_page = art.kind == "page"
    cms_author = o.get("cms_author")

    def img(file, alt):
        return wp_img_tag(base, when, file, alt, rng, cls=" size-large", size="1024x683")

    if variant == "block":
        st = BodyStyle(rng, wp_blocks=True, img=img, figure="wp_block", heading="h2", table="wp",
                       list_class="wp-block-list", att_href=lambda f: wp_upload(base, when, f), byline="plain")
    elif variant == "elementor":
        st = BodyStyle(rng, indent="plain", img=img, figure="wp_classic", heading="h3", table="ck",
                       att_href=lambda f: wp_upload(base, when, f), byline="right_strong")
    else:
        st = BodyStyle(rng, indent="justify", img=img, figure="wp_classic", heading="h3", table="ck",
                       att_href=lambda f: wp_upload(base, when, f), byline="right_em" if rng.random() < 0.5 else "right_strong",
                       noise=1)
    body_html, body_images, atts = st.render(art)
    check_html, _, _ = st.render(art, check=True)
    if any(b[0] == "img" for b in art.blocks):
        traps.append("body images are -1024x683 size variants: the original drops the suffix")
    images = []
    featured_url = None
    if art.featured:
        f, alt = art.featured
        featured_url = wp_upload(base, when, f)
        images.append({"url": featured_url, "alt": alt, "caption": None})
    images += body_images
    published = iso_local(when) if when else None
    author = None if is_page else expected_author(art, cms_author)
    category = art.category
    modified = o.get("modified")
    news_items(rng, 5)  # (consumes the page rng: keeps the layout of the pages stable)

    if variant == "classic":
        html_out = wp_classic(art, o, rng, base, url, pid, site, body_html, featured_url, modified, cms_author, traps)
    elif variant == "block":
        html_out = wp_block(art, o, rng, base, url, pid, site, body_html, featured_url, cms_author, traps)
    else:
        html_out = wp_elementor(art, o, rng, base, url, pid, site, body_html, featured_url, cms_author, traps)
    if art.byline and cms_author:
        traps.append("body ends with a byline that wins over the WordPress author")
    exp = result(art, "wordpress", f"wp-{variant}" + (f"-{o.get('theme')}" if o.get("theme") else "")
                 + ("-page" if is_page else ""), url, published=published, author=author, category=category,
                 body_text=expected_body(art), images=images, attachments=atts, traps=traps + style_traps(art, st))
    return html_out, exp, check_html


def wp_classic(art, o, rng, base, url, pid, site, body_html, featured_url, modified, author, traps):
    theme = o.get("theme", "twentysixteen")
    when = art.when
    cat_slug = slugify(art.category)
    pub_local = when.replace(tzinfo=TZ).isoformat()
    mod = modified or when
    thumb = ""
    if art.featured:
        f, alt = art.featured
        tag, _ = wp_img_tag(base, when, f, alt, rng, cls=" attachment-post-thumbnail size-post-thumbnail wp-post-image", size=None)
        thumb = f'\n\t\t<div class="post-thumbnail">\n\t\t\t{tag}\t</div><!-- .post-thumbnail -->\n'
    views = ""
    if o.get("post_views"):
        views = (f'<div class="post-views content-post post-{pid} entry-meta load-static">\n\t\t\t\t<span class="post-views-icon '
                 f'dashicons dashicons-chart-bar"></span> <span class="post-views-label">Lượt xem:</span> <span '
                 f'class="post-views-count">{rng.randint(100, 5000):,}</span>\n\t\t\t</div>'.replace(",", "."))
        traps.append("Post Views Counter prints 'Lượt xem: N' INSIDE .entry-content, before the text")
    share = ""
    if o.get("sharedaddy"):
        share = (f'<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text '
                 f'sd-sharing"><h3 class="sd-title">Chia sẻ:</h3><div class="sd-content"><ul><li class="share-facebook"><a '
                 f'rel="nofollow noopener noreferrer" data-shared="sharing-facebook-{pid}" class="share-facebook sd-button '
                 f'share-icon" href="{url}?share=facebook" target="_blank" title="Nhấn vào chia sẻ lên Facebook" ><span>'
                 f'Facebook</span></a></li><li class="share-x"><a rel="nofollow noopener noreferrer" data-shared="sharing-x-{pid}" '
                 f'class="share-x sd-button share-icon" href="{url}?share=x" target="_blank" title="Nhấp để chia sẻ trên X" >'
                 f'<span>X</span></a></li><li class="share-end"></li></ul></div></div></div><div class=\'sharedaddy sd-block '
                 f'sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded\' id=\'like-post-wrapper-{rng.randint(10**8, 10**9)}-{pid}\' '
                 f'data-src=\'https://widgets.wp.com/likes/?ver=13.2#blog_id=1&amp;post_id={pid}\' data-name=\'like-post-frame\' '
                 f'data-title=\'Thích hoặc Reblog\'><h3 class="sd-title">Thích điều này:</h3><div class=\'likes-widget-placeholder '
                 f'post-likes-widget-placeholder\' style=\'height: 55px;\'><span class=\'button\'><span>Thích</span></span> '
                 f'<span class="loading">Đang tải...</span></div><span class=\'sd-text-color\'></span><a class=\'sd-link-color\'>'
                 f"</a></div>\n<div id='jp-relatedposts' class='jp-relatedposts' >\n\t<h3 class=\"jp-relatedposts-headline\">"
                 f"<em>Có liên quan</em></h3>\n</div>")
        traps.append("Jetpack sharing / likes / related ('Chia sẻ:', 'Thích điều này:', 'Có liên quan') INSIDE .entry-content")
    date_vis = dmy(when)
    menu = "\n".join(f'<li id="menu-item-{10 + i}" class="menu-item menu-item-type-custom menu-item-object-custom'
                     f'{" menu-item-home" if not h else ""} menu-item-{10 + i}"><a href="{base}/{h}">{t}</a></li>'
                     for i, (h, t) in enumerate(WP_MENU))
    head = (wp_yoast(art, url, base, site, author, modified, art.category, featured_url)
            + WP_HEAD_COMMON.format(site=esc(site), base=base, pid=pid, ptype="posts")
            + f"<link rel='stylesheet' id='{theme}-style-css' href='{base}/wp-content/themes/{theme}/style.css?ver=20231107' media='all' />\n")
    byline_html = (f'<span class="byline"><span class="author vcard"><img alt=\'\' src=\'https://secure.gravatar.com/avatar/'
                   f'{fake_hex(32, author)}?s=49&#038;d=mm&#038;r=g\' class=\'avatar avatar-49 photo\' height=\'49\' width=\'49\' '
                   f'decoding=\'async\'/><span class="screen-reader-text">Tác giả </span> <a class="url fn n" href="{base}/author/'
                   f'{slugify(author)}/">{esc(author)}</a></span></span>')
    posted = (f'<span class="posted-on"><span class="screen-reader-text">Đăng vào </span><a href="{url}" rel="bookmark">'
              f'<time class="entry-date published" datetime="{pub_local}">{date_vis}</time><time class="updated" '
              f'datetime="{mod.replace(tzinfo=TZ).isoformat()}">{dmy(mod)}</time></a></span>')
    if modified:
        traps.append("time.updated / dateModified differ from the published date")
    cats = (f'<span class="cat-links"><span class="screen-reader-text">Chuyên mục </span><a href="{base}/category/{cat_slug}/" '
            f'rel="category tag">{esc(art.category)}</a></span>')
    prev_t, next_t = news_items(rng, 2)
    sidebar = f'''	<aside id="secondary" class="sidebar widget-area">
		<section id="search-2" class="widget widget_search">
<form role="search" method="get" class="search-form" action="{base}/">
	<label>
		<span class="screen-reader-text">Tìm kiếm cho:</span>
		<input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" />
	</label>
	<button type="submit" class="search-submit"><span class="screen-reader-text">Tìm kiếm</span></button>
</form>
</section>
		<section id="recent-posts-2" class="widget widget_recent_entries">
		<h2 class="widget-title">Tin mới</h2><nav aria-label="Tin mới">
		<ul>
{wp_recent(rng, base, art)}
		</ul>

		</nav></section><section id="text-3" class="widget widget_text"><h2 class="widget-title">Văn bản mới</h2>			<div class="textwidget"><ul>{wp_docs(rng)}</ul>
</div>
		</section><section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Chuyên mục</h2><nav aria-label="Chuyên mục">
			<ul>
	<li class="cat-item cat-item-3"><a href="{base}/category/tin-tuc/">Tin tức</a> (128)
</li>
	<li class="cat-item cat-item-4"><a href="{base}/category/thong-bao/">Thông báo</a> (57)
</li>
	<li class="cat-item cat-item-5"><a href="{base}/category/{cat_slug}/">{esc(art.category)}</a> ({rng.randint(10, 90)})
</li>
			</ul>

			</nav></section><section id="meta-2" class="widget widget_meta"><h2 class="widget-title">Đăng nhập</h2><nav aria-label="Đăng nhập">
		<ul>
						<li><a href="{base}/wp-login.php">Đăng nhập</a></li>
			<li><a href="{base}/feed/">Nội dung bài viết</a></li>
			<li><a href="{base}/comments/feed/">Bình luận</a></li>
		</ul>

		</nav></section>	</aside><!-- .sidebar .widget-area -->'''
    comments = f'''<div id="comments" class="comments-area">

		<div id="respond" class="comment-respond">
		<h2 id="reply-title" class="comment-reply-title">Để lại một bình luận <small><a rel="nofollow" id="cancel-comment-reply-link" href="/{o["slug"]}/#respond" style="display:none;">Hủy</a></small></h2><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> <span class="required-field-message">Các trường bắt buộc được đánh dấu <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">Bình luận <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p>
<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" aria-describedby="email-notes" autocomplete="email" required /></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /> <input type='hidden' name='comment_post_ID' value='{pid}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' />
</p></form>	</div><!-- #respond -->
	
</div><!-- .comments-area -->'''
    nav = f'''
	<nav class="navigation post-navigation" aria-label="Bài viết">
		<h2 class="screen-reader-text">Điều hướng bài viết</h2>
		<div class="nav-links"><div class="nav-previous"><a href="{base}/{slugify(prev_t)}/" rel="prev"><span class="meta-nav" aria-hidden="true">Trước</span> <span class="screen-reader-text">Bài viết trước:</span> <span class="post-title">{esc(prev_t)}</span></a></div><div class="nav-next"><a href="{base}/{slugify(next_t)}/" rel="next"><span class="meta-nav" aria-hidden="true">Tiếp theo</span> <span class="screen-reader-text">Bài viết tiếp theo:</span> <span class="post-title">{esc(next_t)}</span></a></div></div>
	</nav>'''
    footer = (f'<p>{esc(site)} - Địa chỉ: {o.get("address", "ấp Tân Hòa, xã Tân An, thị xã Tân Châu, tỉnh An Giang")}<br />'
              f'Điện thoại: 0296.38{rng.randint(10, 99)}.xxx - Email: {o["host"].split(".")[0]}@angiang.gov.vn</p>')
    article_cls = (f"post-{pid} post type-post status-publish format-standard{' has-post-thumbnail' if art.featured else ''} "
                   f"hentry category-{cat_slug}")
    if theme == "colormag":
        traps.append("ColorMag news bar shows TODAY's date (not the published date) and a 'Tin mới' ticker")
        ticker = "".join(f'<li><a href="{base}/{slugify(t)}/" title="{esc(t)}">{esc(t)}</a></li>' for t in news_items(rng, 4))
        today = datetime(2024, 7, 12)
        return f'''<!doctype html>
<html lang="vi">
<head>
<meta charset="UTF-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11"/>
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
{head}<link rel='stylesheet' id='colormag_google_fonts-css' href='https://fonts.googleapis.com/css?family=Open+Sans%3A400%2C600&#038;ver=3.1.6' media='all' />
<style id='colormag_style-inline-css' type='text/css'>
.colormag-button,blockquote,button,input[type=reset],input[type=button],input[type=submit],.cm-home-icon.front_page_on,.cm-post-categories a{{background-color:#207daf}}
</style>
</head>

<body class="post-template-default single single-post postid-{pid} single-format-standard wp-custom-logo cm-header-layout-1 adv-style-1  wide">
		<div id="cm-container">
		<div id="page" class="hfeed site">
				<a class="skip-link screen-reader-text" href="#main">Chuyển tới nội dung</a>
			<header id="cm-masthead" class="cm-header cm-layout-1 cm-layout-1-style-1 cm-full-width">
		<div class="cm-top-bar">
					<div class="cm-container">
						<div class="cm-row">
							<div class="cm-top-bar__1">
				
		<div class="date-in-header">
			{WEEKDAY_VI[today.weekday()]}, {dmy(today)}		</div>

		
		<div class="breaking-news">
			<strong class="breaking-news-latest">Tin mới:</strong>
			<ul class="newsticker">
				{ticker}
							</ul>
		</div>

									</div>

							<div class="cm-top-bar__2">
				
		<div class="social-links">
			<ul>
				<li><a href="https://www.facebook.com/{o["host"].split(".")[0]}" target="_blank"><i class="fa fa-facebook"></i></a></li><li><a href="https://www.youtube.com/" target="_blank"><i class="fa fa-youtube"></i></a></li>			</ul>
		</div><!-- .social-links -->
									</div>
						</div>
					</div>
				</div>

				<div class="cm-main-header">
		
		<div id="cm-header-1" class="cm-header-1">
			<div class="cm-container">
				<div class="cm-row">

					<div class="cm-header-col-1">
										<div id="cm-site-branding" class="cm-site-branding">
		<a href="{base}/" class="custom-logo-link" rel="home"><img width="150" height="150" src="{base}/wp-content/uploads/2023/02/logo.png" class="custom-logo" alt="{esc(site)}" decoding="async" /></a>					</div><!-- #cm-site-branding -->
	
	<div id="cm-site-info" class="">
								<h3 class="cm-site-title">
							<a href="{base}/" title="{esc(site)}" rel="home">{esc(site)}</a>
						</h3>
						
											<p class="cm-site-description">
							Trang thông tin điện tử						</p><!-- .cm-site-description -->
											</div><!-- #cm-site-info -->
					</div><!-- .cm-header-col-1 -->

					<div class="cm-header-col-2">
										</div><!-- .cm-header-col-2 -->

		</div>
			</div>
				</div>
					<div id="cm-header-2" class="cm-header-2">
	<nav id="cm-primary-nav" class="cm-primary-nav">
		<div class="cm-container">
			<div class="cm-row">
				
											<div class="cm-header-actions">
													<div class="cm-top-search">
						<i class="fa fa-search search-top"></i>
						<div class="search-form-top">
									
<form action="{base}/" class="search-form searchform clearfix" method="get" role="search">

	<div class="search-wrap">
		<input type="search"
				class="s field"
				name="s"
				value=""
				placeholder="Tìm kiếm"
		/>

		<button class="search-icon" type="submit"></button>
	</div>

</form><!-- .searchform -->
						</div>
					</div>
									</div>
				
					<p class="cm-menu-toggle" aria-expanded="false">
						<svg class="cm-icon cm-icon--bars" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M21 19H3a1 1 0 0 1 0-2h18a1 1 0 0 1 0 2Zm0-6H3a1 1 0 0 1 0-2h18a1 1 0 0 1 0 2Zm0-6H3a1 1 0 0 1 0-2h18a1 1 0 0 1 0 2Z"></path></svg>					</p>
					<div class="cm-menu-primary-container"><ul id="menu-primary" class="menu">{menu}</ul></div>
			</div>
		</div>
	</nav>
</div>
			
				</div> <!-- /.cm-main-header -->
		
				</header><!-- #cm-masthead -->
		
		<div id="cm-content" class="cm-content">
		
		<div class="cm-container">
		
<div class="cm-row">
	
	<div id="cm-primary" class="cm-primary">
		<div class="cm-posts clearfix">

			
<article id="post-{pid}" class="{article_cls}">
	
	
	<div class="cm-post-content">
		<div class="cm-entry-header-meta"><div class="cm-post-categories"><a href="{base}/category/{cat_slug}/" style="background:#207daf" rel="category tag">{esc(art.category)}</a></div></div>
				<header class="cm-entry-header">
				<h1 class="cm-entry-title">
			{esc(art.title)}		</h1>
			</header>
			<div class="cm-below-entry-meta ">
		<span class="cm-post-date"><a href="{url}" title="{hm(when)}" rel="bookmark"><svg class="cm-icon cm-icon--calendar-fill" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M21.1 6.6v1.6c0 .6-.4 1-1 1H3.9c-.6 0-1-.4-1-1V6.6c0-1.5 1.3-2.8 2.8-2.8h1.7V3c0-.6.4-1 1-1s1 .4 1 1v.8h5.2V3c0-.6.4-1 1-1s1 .4 1 1v.8h1.7c1.5 0 2.8 1.3 2.8 2.8z"></path></svg> <time class="entry-date published updated" datetime="{pub_local}">{date_vis}</time></a></span>
		<span class="cm-author cm-vcard"><svg class="cm-icon cm-icon--user" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M7 7c0-2.8 2.2-5 5-5s5 2.2 5 5-2.2 5-5 5-5-2.2-5-5zm9 7H8c-2.8 0-5 2.2-5 5v2c0 .6.4 1 1 1h16c.6 0 1-.4 1-1v-2c0-2.8-2.2-5-5-5z"></path></svg><a class="url fn n"
			href="{base}/author/{slugify(author)}/"
			title="{esc(author)}"
			>
			{esc(author)}		</a>
		</span>

		</div>
		
<div class="cm-entry-summary">
	{views}{body_html}
{share}
</div>

	
	</div>

	
	</article>
			</div><!-- .cm-posts -->
		
		<ul class="default-wp-page">
			<li class="previous"><a href="{base}/{slugify(prev_t)}/" rel="prev"><span class="meta-nav"><svg class="cm-icon cm-icon--arrow-left-long" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M2 12.38a1 1 0 0 1 0-.76.91.91 0 0 1 .22-.33L6.52 7a1 1 0 0 1 1.42 0 1 1 0 0 1 0 1.41L5.36 11H21a1 1 0 0 1 0 2H5.36l2.58 2.58a1 1 0 0 1 0 1.41 1 1 0 0 1-.71.3 1 1 0 0 1-.71-.3l-4.28-4.28a.91.91 0 0 1-.24-.33Z"></path></svg></span> {esc(prev_t)}</a></li>
			<li class="next"><a href="{base}/{slugify(next_t)}/" rel="next">{esc(next_t)} <span class="meta-nav"></span></a></li>
		</ul>

	
	<div class="related-posts-wrapper">

		<h3 class="related-posts-main-title">
			<i class="fa fa-thumbs-up"></i><span>Bài viết liên quan</span>
		</h3>

		<div class="related-posts">
{"".join(f'<div class="single-related-posts"><div class="article-content"><h3 class="entry-title"><a href="{base}/{slugify(t)}/" rel="bookmark" title="{esc(t)}">{esc(t)}</a></h3><div class="below-entry-meta"><span class="posted-on"><time class="entry-date published">{dmy(d)}</time></span></div></div></div>' for t, d in zip(news_items(rng, 3), news_dates(rng, when, 3)))}
		</div>

	</div>

		{comments}
	</div><!-- #cm-primary -->

	
<div id="cm-secondary" class="cm-secondary">
	{sidebar.replace('<aside id="secondary" class="sidebar widget-area">', "").replace("</aside><!-- .sidebar .widget-area -->", "")}
</div>
</div>

		</div><!-- .cm-container -->
				</div><!-- #main -->
				<footer id="cm-footer" class="cm-footer ">
		
		<div class="cm-footer-bar cm-footer-bar-style-1">
			<div class="cm-container">
				<div class="cm-row">
				<div class="cm-footer-bar-area">
		
		<div class="cm-footer-bar__1">
			{footer}
<div class="copyright">Bản quyền &copy; {when.year} <a href="{base}/" title="{esc(site)}" ><span>{esc(site)}</span></a>. Bảo lưu mọi quyền. Giao diện: <a href="https://themegrill.com/themes/colormag" target="_blank" title="ColorMag" rel="nofollow"><span>ColorMag</span></a> của ThemeGrill. Được tạo bởi <a href="https://wordpress.org" target="_blank" title="WordPress" rel="nofollow"><span>WordPress</span></a>.</div>
					</div> <!-- /.cm-footer-bar__1 -->

				</div><!-- .cm-footer-bar-area -->
						</div><!-- .cm-container -->
			</div><!-- .cm-row -->
		</div><!-- .cm-footer-bar -->
				</footer><!-- #cm-footer -->
					<a href="#cm-masthead" id="scroll-up"><i class="fa fa-chevron-up"></i></a>
				</div><!-- #page -->
		</div>
<script src="{base}/wp-content/themes/colormag/assets/js/colormag-custom.min.js?ver=3.1.6" id="colormag-custom-js"></script>
</body>

</html>
'''
    # twentysixteen
    return f'''<!DOCTYPE html>
<html lang="vi" class="no-js">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
		<link rel="pingback" href="{base}/xmlrpc.php">
		<script>(function(html){{html.className = html.className.replace(/\\bno-js\\b/,'js')}})(document.documentElement);</script>
<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />

{head}<link rel='stylesheet' id='twentysixteen-fonts-css' href='{base}/wp-content/themes/twentysixteen/fonts/merriweather-plus-montserrat-plus-inconsolata.css?ver=20230328' media='all' />
<link rel='stylesheet' id='genericons-css' href='{base}/wp-content/themes/twentysixteen/genericons/genericons.css?ver=20201208' media='all' />
<link rel='stylesheet' id='jetpack_css-css' href='{base}/wp-content/plugins/jetpack/css/jetpack.css?ver=13.2.1' media='all' />
</head>

<body class="post-template-default single single-post postid-{pid} single-format-standard wp-custom-logo wp-embed-responsive group-blog">
<div id="page" class="site">
	<div class="site-inner">
		<a class="skip-link screen-reader-text" href="#content">
			Chuyển đến nội dung		</a>

		<header id="masthead" class="site-header">
			<div class="site-header-main">
				<div class="site-branding">
					<a href="{base}/" class="custom-logo-link" rel="home"><img width="240" height="80" src="{base}/wp-content/uploads/2023/01/logo.png" class="custom-logo" alt="{esc(site)}" decoding="async" /></a>
											<p class="site-title"><a href="{base}/" rel="home">{esc(site)}</a></p>
												<p class="site-description">Trang thông tin điện tử</p>
									</div><!-- .site-branding -->

									<button id="menu-toggle" class="menu-toggle">Menu</button>

					<div id="site-header-menu" class="site-header-menu">
													<nav id="site-navigation" class="main-navigation" aria-label="Menu chính">
								<div class="menu-main-menu-container"><ul id="menu-main-menu" class="primary-menu">{menu}
</ul></div>							</nav><!-- .main-navigation -->
						
													<nav id="social-navigation" class="social-navigation" aria-label="Menu liên kết mạng xã hội">
								<div class="menu-social-container"><ul id="menu-social" class="social-links-menu"><li id="menu-item-90" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-90"><a href="https://www.facebook.com/"><span class="screen-reader-text">Facebook</span></a></li>
</ul></div>							</nav><!-- .social-navigation -->
											</div><!-- .site-header-menu -->
							</div><!-- .site-header-main -->

					</header><!-- .site-header -->

		<div id="content" class="site-content">

<div id="primary" class="content-area">
	<main id="main" class="site-main">
		
<article id="post-{pid}" class="{article_cls}">
	<header class="entry-header">
		<h1 class="entry-title">{esc(art.title)}</h1>	</header><!-- .entry-header -->

	
	{thumb}
	<div class="entry-content">
		{views}{body_html}
{share}	</div><!-- .entry-content -->

	<footer class="entry-footer">
		{byline_html}{posted}{cats}			</footer><!-- .entry-footer -->
</article><!-- #post-{pid} -->

{comments}
{nav}

	</main><!-- .site-main -->

	
</div><!-- .content-area -->


{sidebar}

		</div><!-- .site-content -->

		<footer id="colophon" class="site-footer">
			
			<div class="site-info">
				{footer}
								<span class="site-title"><a href="{base}/" rel="home">{esc(site)}</a></span>
								<a href="https://vi.wordpress.org/" class="imprint">
					Tự hào sử dụng WordPress				</a>
			</div><!-- .site-info -->
		</footer><!-- .site-footer -->
	</div><!-- .site-inner -->
</div><!-- .site -->

<script src="{base}/wp-content/plugins/jetpack/_inc/build/likes/queuehandler.min.js?ver=13.2.1" id="jetpack_likes_queuehandler-js"></script>
<script src="{base}/wp-content/themes/twentysixteen/js/functions.js?ver=20230629" id="twentysixteen-script-js"></script>
<script defer src="https://stats.wp.com/e-202412.js"></script>
</body>
</html>
'''


def wp_nav_block(base):
    lis = "".join(f'<li class=" wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" '
                  f' href="{base}/{h}"><span class="wp-block-navigation-item__label">{t}</span></a></li>' for h, t in WP_MENU)
    return ('<nav class="is-responsive items-justified-right wp-block-navigation is-horizontal is-content-justification-right '
            'is-layout-flex wp-container-core-navigation-is-layout-1 wp-block-navigation-is-layout-flex" aria-label="Menu chính" '
            'data-wp-interactive="core/navigation" data-wp-context=\'{"overlayOpenedBy":{"click":false,"hover":false,"focus":false},'
            '"type":"overlay","roleAttribute":"","ariaLabel":"Menu"}\'><button aria-haspopup="dialog" aria-label="Mở menu" '
            'class="wp-block-navigation__responsive-container-open " data-wp-on--click="actions.openMenuOnClick" '
            'data-wp-on--keydown="actions.handleMenuKeydown"><svg width="24" height="24" xmlns="http://www.w3.org/2000/svg" '
            'viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="4" y="7.5" width="16" height="1.5" /><rect x="4" '
            'y="15" width="16" height="1.5" /></svg></button>\n\t\t\t\t<div class="wp-block-navigation__responsive-container  " '
            'id="modal-1"><div class="wp-block-navigation__responsive-close" tabindex="-1"><div class="wp-block-navigation__responsive-dialog">'
            '<button aria-label="Đóng menu" class="wp-block-navigation__responsive-container-close"><svg xmlns="http://www.w3.org/2000/svg" '
            'viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"><path d="M13 11.8l6.1-6.3-1-1-6.1 6.2-6.1-6.2-1 '
            '1 6.1 6.3-6.5 6.7 1 1 6.5-6.6 6.5 6.6 1-1z"></path></svg></button><div class="wp-block-navigation__responsive-container-content" '
            f'id="modal-1-content"><ul class="wp-block-navigation__container is-responsive items-justified-right wp-block-navigation">{lis}'
            '</ul></div></div></div></div></nav>')


def wp_block(art, o, rng, base, url, pid, site, body_html, featured_url, author, traps):
    when = art.when
    cat_slug = slugify(art.category)
    vi_date = f"{when.day} Tháng {when.month}, {when.year}"
    feat = ""
    if art.featured:
        f, alt = art.featured
        tag, _ = wp_img_tag(base, when, f, alt, rng, cls=" attachment-post-thumbnail size-post-thumbnail wp-post-image")
        feat = (f'<figure style="margin-top:var(--wp--preset--spacing--30);margin-bottom:var(--wp--preset--spacing--30);" '
                f'class="alignwide wp-block-post-featured-image">{tag}</figure>')
        traps.append("featured image is a -1024x683 size variant (srcset names the original)")
    latest = "".join(f'<li><a class="wp-block-latest-posts__post-title" href="{base}/{slugify(t)}/">{esc(t)}</a><time datetime="'
                     f'{d.replace(tzinfo=TZ).isoformat()}" class="wp-block-latest-posts__post-date">{d.day} Tháng {d.month}, {d.year}</time></li>'
                     for t, d in zip(news_items(rng, 4), news_dates(rng, when, 4)))
    traps.append("footer 'Tin mới' latest-posts block carries <time datetime> of other posts")
    prev_t, next_t = news_items(rng, 2)
    head = WP_HEAD_COMMON.format(site=esc(site), base=base, pid=pid, ptype="posts")
    return f'''<!DOCTYPE html>
<html lang="vi">
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='max-image-preview:large' />
<title>{esc(art.title)} &#8211; {esc(site)}</title>
{head}<style id='wp-block-site-logo-inline-css'>
.wp-block-site-logo{{box-sizing:border-box;line-height:0}}.wp-block-site-logo a{{display:inline-block;line-height:0}}
</style>
<style id='wp-block-post-title-inline-css'>
.wp-block-post-title{{box-sizing:border-box;word-break:break-word}}
</style>
<link rel="canonical" href="{url}" />
<style id='global-styles-inline-css'>
body{{--wp--preset--color--base: #f9f9f9;--wp--preset--color--contrast: #111111;--wp--preset--spacing--30: clamp(1.5rem, 5vw, 2rem);--wp--preset--spacing--50: clamp(2.5rem, 8vw, 4.5rem);}}
</style>
</head>

<body class="post-template-default single single-post postid-{pid} single-format-standard wp-custom-logo wp-embed-responsive">

<div class="wp-site-blocks"><header class="wp-block-template-part">
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<div class="wp-block-group alignwide is-content-justification-space-between is-nowrap is-layout-flex wp-container-core-group-is-layout-3 wp-block-group-is-layout-flex" style="padding-top:var(--wp--preset--spacing--30);padding-bottom:var(--wp--preset--spacing--30)">
<div class="wp-block-group is-layout-flex wp-container-core-group-is-layout-1 wp-block-group-is-layout-flex"><div class="wp-block-site-logo"><a href="{base}/" class="custom-logo-link" rel="home"><img width="60" height="60" src="{base}/wp-content/uploads/2024/01/logo.png" class="custom-logo" alt="{esc(site)}" decoding="async" /></a></div>

<p class="wp-block-site-title"><a href="{base}" target="_self" rel="home">{esc(site)}</a></p>

<p class="wp-block-site-tagline">Trang thông tin điện tử</p></div>

<div class="wp-block-group is-layout-flex wp-container-core-group-is-layout-2 wp-block-group-is-layout-flex">{wp_nav_block(base)}

<form role="search" method="get" action="{base}/" class="wp-block-search__button-inside wp-block-search__icon-button wp-block-search"><label class="wp-block-search__label screen-reader-text" for="wp-block-search__input-1" >Tìm kiếm</label><div class="wp-block-search__inside-wrapper " ><input class="wp-block-search__input" id="wp-block-search__input-1" placeholder="Tìm kiếm..." value="" type="search" name="s" required /><button aria-label="Tìm kiếm" class="wp-block-search__button has-icon wp-element-button" type="submit" ><svg class="search-icon" viewBox="0 0 24 24" width="24" height="24"><path d="M13 5c-3.3 0-6 2.7-6 6 0 1.4.5 2.7 1.3 3.7l-3.8 3.8 1.1 1.1 3.8-3.8c1 .8 2.3 1.3 3.7 1.3 3.3 0 6-2.7 6-6S16.3 5 13 5zm0 10.5c-2.5 0-4.5-2-4.5-4.5s2-4.5 4.5-4.5 4.5 2 4.5 4.5-2 4.5-4.5 4.5z"></path></svg></button></div></form></div>
</div>
</div>
</header>


<main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow" style="margin-top:var(--wp--preset--spacing--50)">
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow"><h1 style="font-size:var(--wp--preset--font-size--x-large);" class="wp-block-post-title">{esc(art.title)}</h1>

<div class="wp-block-group is-content-justification-left is-layout-flex wp-container-core-group-is-layout-5 wp-block-group-is-layout-flex"><div class="wp-block-post-date"><time datetime="{when.replace(tzinfo=TZ).isoformat()}">{vi_date}</time></div>

<p class="has-contrast-2-color has-text-color has-link-color">—</p>

<p class="has-contrast-2-color has-text-color has-link-color">bởi</p>

<div class="wp-block-post-author-name"><a href="{base}/author/{slugify(author)}/" target="_self" class="wp-block-post-author-name__link">{esc(author)}</a></div>

<p class="has-contrast-2-color has-text-color has-link-color">trong</p>

<div class="taxonomy-category wp-block-post-terms"><a href="{base}/category/{cat_slug}/" rel="tag">{esc(art.category)}</a></div></div>
</div>
</div>


{feat}


<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">{body_html}</div>


<div style="margin-top:var(--wp--preset--spacing--40)" class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<div class="wp-block-group alignwide is-layout-flow wp-block-group-is-layout-flow" style="margin-top:var(--wp--preset--spacing--40);margin-bottom:var(--wp--preset--spacing--40)">
<hr class="wp-block-separator has-text-color has-contrast-3-color has-alpha-channel-opacity has-contrast-3-background-color has-background is-style-wide" style="margin-bottom:var(--wp--preset--spacing--40)"/>

<nav class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex" aria-label="Điều hướng bài viết" style="margin-top:var(--wp--preset--spacing--30);margin-bottom:var(--wp--preset--spacing--30)"><div class="post-navigation-link-previous wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__arrow-previous is-arrow-arrow" aria-hidden="true">←</span><a href="{base}/{slugify(prev_t)}/" rel="prev">{esc(prev_t)}</a></div>

<div class="post-navigation-link-next wp-block-post-navigation-link"><a href="{base}/{slugify(next_t)}/" rel="next">{esc(next_t)}</a><span class="wp-block-post-navigation-link__arrow-next is-arrow-arrow" aria-hidden="true">→</span></div></nav>
</div>

<div class="wp-block-comments wp-block-comments-query-loop">
<h2 class="wp-block-heading">Bình luận</h2>
	<div id="respond" class="comment-respond wp-block-post-comments-form">
		<h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3><p class="must-log-in">Bạn phải <a href="{base}/wp-login.php?redirect_to={quote(url, safe="")}">đăng nhập</a> để gửi bình luận.</p>	</div><!-- #respond -->
	</div>
</div>
</main>


<footer class="wp-block-template-part">
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:var(--wp--preset--spacing--50);padding-bottom:var(--wp--preset--spacing--50)">
<div class="wp-block-columns alignwide is-layout-flex wp-container-core-columns-is-layout-1 wp-block-columns-is-layout-flex">
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
<h2 class="wp-block-heading has-medium-font-size">Liên hệ</h2>

<p>{esc(site)}<br>Địa chỉ: trụ sở UBND, {esc(site.replace("UBND ", "").replace("Xã", "xã"))}, tỉnh An Giang<br>Điện thoại: 0296.38{rng.randint(10, 99)}.xxx</p>
</div>

<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
<h2 class="wp-block-heading has-medium-font-size">Tin mới</h2>
<ul class="wp-block-latest-posts__list has-dates wp-block-latest-posts">{latest}</ul></div>

<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow">
<h2 class="wp-block-heading has-medium-font-size">Văn bản mới</h2>
<ul class="wp-block-list">{wp_docs(rng)}</ul></div>
</div>

<p class="has-small-font-size">© {when.year} {esc(site)}. Thiết kế với <a href="https://vi.wordpress.org" rel="nofollow">WordPress</a></p>
</div>
</footer>
</div>
<script src="{base}/wp-includes/js/dist/interactivity.min.js?ver=6.5.2" id="wp-interactivity-js" defer data-wp-strategy="defer"></script>
</body>
</html>
'''


def el_widget(wtype, inner, rng, extra=""):
    eid = fake_hex(7, wtype, rng.random())
    short = wtype.split(".")[0]
    return (f'<div class="elementor-element elementor-element-{eid} {extra}elementor-widget elementor-widget-{short}" '
            f'data-id="{eid}" data-element_type="widget" data-widget_type="{wtype}">\n'
            f'\t\t\t\t<div class="elementor-widget-container">\n\t\t\t{inner}\n\t\t\t\t</div>\n\t\t\t\t</div>\n')


def el_section(columns, rng, cls=""):
    sid = fake_hex(7, "sec", rng.random())
    cols = []
    for size, widgets in columns:
        cid = fake_hex(7, "col", rng.random())
        cols.append(f'\t\t<div class="elementor-column elementor-col-{size} elementor-top-column elementor-element elementor-element-{cid}" '
                    f'data-id="{cid}" data-element_type="column">\n\t\t\t<div class="elementor-widget-wrap elementor-element-populated">\n'
                    + "".join(widgets) + "\t\t\t</div>\n\t\t</div>\n")
    return (f'\t\t<section class="elementor-section elementor-top-section elementor-element elementor-element-{sid} '
            f'elementor-section-boxed elementor-section-height-default elementor-section-height-default {cls}" data-id="{sid}" '
            f'data-element_type="section">\n\t\t\t\t\t\t<div class="elementor-container elementor-column-gap-default">\n'
            + "".join(cols) + "\t\t\t\t\t</div>\n\t\t</section>\n")


def wp_elementor(art, o, rng, base, url, pid, site, body_html, featured_url, author, traps):
    when = art.when
    is_page = art.kind == "page"
    menu = "".join(f'<li class="menu-item menu-item-type-custom menu-item-object-custom menu-item-{20 + i}"><a href="{base}/{h}" '
                   f'class="elementor-item">{t}</a></li>' for i, (h, t) in enumerate(WP_MENU))
    header = ('<div data-elementor-type="header" data-elementor-id="35" class="elementor elementor-35 elementor-location-header" '
              'data-elementor-post-type="elementor_library">\n'
              + el_section([(33, [el_widget("theme-site-logo.default", f'<a href="{base}"><img width="300" height="90" src="{base}/wp-content/uploads/2022/05/logo-hoi.png" class="attachment-full size-full wp-image-40" alt="" /></a>', rng, "elementor-widget-image ")]),
                            (66, [el_widget("text-editor.default", f'<p><strong>{esc(site.upper())}</strong></p><p>Đường dây nóng: 0296.3852.xxx | Email: {o["host"].split(".")[0]}@angiang.gov.vn</p>', rng)])], rng)
              + el_section([(100, [el_widget("nav-menu.default", f'<nav aria-label="Menu" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline e--animation-fade"><ul id="menu-1-{fake_hex(7, "m")}" class="elementor-nav-menu">{menu}</ul></nav><div class="elementor-menu-toggle" role="button" tabindex="0" aria-label="Menu Toggle" aria-expanded="false"><span class="elementor-menu-toggle__icon--open"></span><span class="elementor-screen-only">Menu</span></div>', rng, "elementor-nav-menu--dropdown-tablet "),
                                      el_widget("search-form.default", f'<form class="elementor-search-form" action="{base}" method="get" role="search"><div class="elementor-search-form__container"><label class="elementor-screen-only" for="elementor-search-form-1">Tìm kiếm</label><input id="elementor-search-form-1" placeholder="Tìm kiếm..." class="elementor-search-form__input" type="search" name="s" value=""></div></form>', rng)])], rng)
              + "\t\t</div>\n")
    if not is_page:
        traps.append("Elementor: every widget (logo, hotline text, menu, title, meta, share, related) is a div.elementor-widget-container; only the theme-post-content widget is the body")
    else:
        traps.append("Elementor: header/footer text-editor widgets look like content (same div.elementor-widget-container)")
    side = [el_widget("heading.default", '<h2 class="elementor-heading-title elementor-size-default">Tin mới</h2>', rng),
            el_widget("posts.classic", '<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">'
                      + "".join(f'<article class="elementor-post elementor-grid-item post type-post status-publish"><div class="elementor-post__text">'
                                f'<h3 class="elementor-post__title"><a href="{base}/{slugify(t)}/">{esc(t)}</a></h3><div class="elementor-post__meta-data">'
                                f'<span class="elementor-post-date">{dmy(d)}</span></div></div></article>'
                                for t, d in zip(news_items(rng, 5), news_dates(rng, when, 5))) + "</div>", rng),
            el_widget("heading.default", '<h2 class="elementor-heading-title elementor-size-default">Văn bản mới</h2>', rng),
            el_widget("text-editor.default", f"<ul>{wp_docs(rng)}</ul>", rng)]
    footer = ('<div data-elementor-type="footer" data-elementor-id="48" class="elementor elementor-48 elementor-location-footer" '
              'data-elementor-post-type="elementor_library">\n'
              + el_section([(50, [el_widget("text-editor.default", f'<p><strong>{esc(site.upper())}</strong></p><p>Địa chỉ: số 8 Lê Triệu Kiết, phường Mỹ Bình, thành phố Long Xuyên, tỉnh An Giang</p><p>Điện thoại: 0296.3852.xxx</p>', rng)]),
                            (50, [el_widget("text-editor.default", f'<p>Bản quyền thuộc {esc(site)}. Chịu trách nhiệm chính: Chủ tịch Hội.</p><p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>', rng)])], rng)
              + "\t\t</div>\n")
    if is_page:
        # a page laid out with Elementor itself: the text is split over several text-editor widgets
        blocks = body_html.split("\n")
        half = max(1, len(blocks) // 2)
        part1, part2 = "\n".join(blocks[:half]), "\n".join(blocks[half:])
        page = ('<div data-elementor-type="wp-page" data-elementor-id="' + str(pid) + '" class="elementor elementor-' + str(pid)
                + '" data-elementor-post-type="page">\n'
                + el_section([(50, [el_widget("text-editor.default", part1, rng)]),
                              (50, [el_widget("image.default", f'<img decoding="async" width="800" height="533" src="{base}/wp-content/uploads/2023/01/cho-vinh-xuong-800x533.jpg" class="attachment-large size-large wp-image-77" alt="" />', rng)])], rng)
                + el_section([(100, [el_widget("text-editor.default", part2, rng)])], rng)
                + "\t\t</div>\n")
        traps.append("Elementor-built page: the text is split across several text-editor widgets (and a decorative image without alt)")
        main = f'''<main id="content" class="site-main post-{pid} page type-page status-publish hentry">

			<div class="page-header">
			<h1 class="entry-title">{esc(art.title)}</h1>		</div>
	
	<div class="page-content">
		{page}
		<div class="post-tags">
					</div>
			</div>

	
</main>'''
        body_cls = f"page-template-default page page-id-{pid} elementor-default elementor-kit-6 elementor-page elementor-page-{pid}"
        head = WP_HEAD_COMMON.format(site=esc(site), base=base, pid=pid, ptype="pages") + f"<title>{esc(art.title)} &#8211; {esc(site)}</title>\n"
    else:
        f = art.featured
        feat_w = []
        if f:
            tag, _ = wp_img_tag(base, when, f[0], f[1], rng, cls=" attachment-large size-large")
            feat_w = [el_widget("theme-post-featured-image.default", tag, rng, "elementor-widget-image ")]
        cat_slug = slugify(art.category)
        info = (f'<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">'
                f'<li class="elementor-icon-list-item elementor-repeater-item-a1b2c3d elementor-inline-item" itemprop="author"><a href="{base}/author/{slugify(author)}/"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-user-circle"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">{esc(author)}</span></a></li>'
                f'<li class="elementor-icon-list-item elementor-repeater-item-e4f5a6b elementor-inline-item" itemprop="datePublished"><a href="{base}/{when.year}/{when.month:02d}/{when.day:02d}/"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-calendar"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date"><time>{dmy(when)}</time></span></a></li>'
                f'<li class="elementor-icon-list-item elementor-repeater-item-c7d8e9f elementor-inline-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="far fa-clock"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-time"><time>{hm(when)}</time></span></li>'
                f'<li class="elementor-icon-list-item elementor-repeater-item-0a1b2c3 elementor-inline-item" itemprop="about"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-tags"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-terms"><span class="elementor-post-info__terms-list"><a href="{base}/category/{cat_slug}/" class="elementor-post-info__terms-list-item">{esc(art.category)}</a></span></span></li></ul>')
        share = ('<div class="elementor-grid">' + "".join(
            f'<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_{n.lower()}" role="button" tabindex="0" aria-label="Chia sẻ trên {n.lower()}"><span class="elementor-share-btn__icon"><i class="fab fa-{n.lower()}" aria-hidden="true"></i></span><div class="elementor-share-btn__text"><span class="elementor-share-btn__title">{n}</span></div></div></div>'
            for n in ("Facebook", "Twitter", "Email")) + "</div>")
        crumbs = (f'<p id="breadcrumbs"><span><span><a href="{base}/">Trang chủ</a></span> » <span><a href="{base}/category/{cat_slug}/">'
                  f'{esc(art.category)}</a></span> » <span class="breadcrumb_last" aria-current="page">{esc(art.title)}</span></span></p>')
        related = [el_widget("heading.default", '<h2 class="elementor-heading-title elementor-size-default">Tin liên quan</h2>', rng),
                   el_widget("posts.classic", '<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">'
                             + "".join(f'<article class="elementor-post elementor-grid-item post type-post status-publish"><div class="elementor-post__text"><h3 class="elementor-post__title"><a href="{base}/{slugify(t)}/">{esc(t)}</a></h3><div class="elementor-post__excerpt"><p>Hội LHPN tỉnh phối hợp tổ chức nhiều hoạt động thiết thực cho hội viên phụ nữ…</p></div></div></article>' for t in news_items(rng, 3))
                             + "</div>", rng)]
        prev_t, next_t = news_items(rng, 2)
        postnav = (f'<div class="elementor-post-navigation"><div class="elementor-post-navigation__prev elementor-post-navigation__link"><a href="{base}/{slugify(prev_t)}/" rel="prev"><span class="post-navigation__arrow-wrapper post-navigation__arrow-prev"><i class="fa fa-angle-left" aria-hidden="true"></i><span class="elementor-screen-only">Trước</span></span><span class="elementor-post-navigation__link__prev"><span class="post-navigation__prev--label">Bài trước</span><span class="post-navigation__prev--title">{esc(prev_t)}</span></span></a></div>'
                   f'<div class="elementor-post-navigation__next elementor-post-navigation__link"><a href="{base}/{slugify(next_t)}/" rel="next"><span class="elementor-post-navigation__link__next"><span class="post-navigation__next--label">Bài tiếp theo</span><span class="post-navigation__next--title">{esc(next_t)}</span></span></a></div></div>')
        main_w = ([el_widget("breadcrumbs.default", crumbs, rng),
                   el_widget("theme-post-title.default", f'<h1 class="elementor-heading-title elementor-size-default">{esc(art.title)}</h1>', rng, "elementor-page-title elementor-widget-heading "),
                   el_widget("post-info.default", info, rng)] + feat_w
                  + [el_widget("theme-post-content.default", body_html, rng),
                     el_widget("share-buttons.default", share, rng, "elementor-share-buttons--view-icon-text elementor-share-buttons--skin-gradient "),
                     el_widget("post-navigation.default", postnav, rng)] + related)
        page = (f'<div data-elementor-type="single-post" data-elementor-id="5020" class="elementor elementor-5020 elementor-location-single '
                f'post-{pid} post type-post status-publish format-standard hentry category-{cat_slug}" data-elementor-post-type="elementor_library">\n'
                + el_section([(66, main_w), (33, side)], rng) + "\t\t</div>\n")
        main = page
        body_cls = (f"post-template-default single single-post postid-{pid} single-format-standard wp-custom-logo "
                    "elementor-default elementor-template-full-width elementor-kit-6 elementor-page-5020")
        head = wp_yoast(art, url, base, site, author, None, art.category, featured_url) + WP_HEAD_COMMON.format(
            site=esc(site), base=base, pid=pid, ptype="posts")
    return f'''<!doctype html>
<html lang="vi">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
{head}<link rel='stylesheet' id='hello-elementor-css' href='{base}/wp-content/themes/hello-elementor/style.min.css?ver=3.0.1' media='all' />
<link rel='stylesheet' id='elementor-frontend-css' href='{base}/wp-content/plugins/elementor/assets/css/frontend-lite.min.css?ver=3.20.3' media='all' />
<link rel='stylesheet' id='elementor-post-5020-css' href='{base}/wp-content/uploads/elementor/css/post-5020.css?ver=1711000000' media='all' />
<meta name="generator" content="Elementor 3.20.3; features: e_optimized_assets_loading, additional_custom_breakpoints; settings: css_print_method-external, google_font-enabled, font_display-swap">
</head>
<body class="{body_cls}">


<a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>

		{header}
		{main}
		{footer}

<link rel='stylesheet' id='elementor-icons-fa-solid-css' href='{base}/wp-content/plugins/elementor/assets/lib/font-awesome/css/solid.min.css?ver=5.15.3' media='all' />
<script src="{base}/wp-content/plugins/elementor-pro/assets/js/webpack-pro.runtime.min.js?ver=3.20.1" id="elementor-pro-webpack-runtime-js"></script>
<script id="elementor-frontend-js-before">
var elementorFrontendConfig = {{"environmentMode":{{"edit":false,"wpPreview":false,"isScriptDebug":false}},"i18n":{{"shareOnFacebook":"Chia s\\u1ebb tr\\u00ean Facebook","shareOnTwitter":"Chia s\\u1ebb tr\\u00ean Twitter","pinIt":"Ghim n\\u00f3"}},"post":{{"id":{pid},"title":"{esc(art.title)}","excerpt":"","featuredImage":false}}}};
</script>
<script src="{base}/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.20.3" id="elementor-frontend-js"></script>

</body>
</html>
'''


builder("wordpress")(page_wordpress)



# ================================================================================================
# nukeviet: NukeViet 4 news module (default theme, an "egov" portal theme, a site-made theme)
# ================================================================================================
NV_MENU = [("/about/", "Giới thiệu", ["Giới thiệu chung", "Cơ cấu tổ chức", "Lịch sử hình thành"]),
           ("/news/", "Tin Tức", ["Tin tức - Sự kiện", "Hoạt động HĐND", "Xây dựng Đảng", "Nông nghiệp"]),
           ("/news/thong-bao/", "Thông báo", []),
           ("/laws/", "Văn bản", ["Văn bản chỉ đạo điều hành", "Văn bản của Đảng"]),
           ("/thu-tuc-hanh-chinh/", "Thủ tục hành chính", []),
           ("/contact/", "Liên hệ", [])]


def nv_menu_default():
    out = ['<ul class="nav navbar-nav">',
           '            <li>\n                <a class="home" title="Trang nhất" href="/"><em class="fa fa-lg fa-home">&nbsp;</em>'
           '<span class="visible-xs-inline-block"> Trang nhất</span></a>\n            </li>']
    for href, label, subs in NV_MENU:
        if subs:
            sub = "\n".join(f'                    <li>\n                        <a href="{href}{slugify(s)}/" title="{s}">{s}</a>\n'
                            f'                    </li>' for s in subs)
            out.append(f'''            <!-- BEGIN: top_menu -->
            <li  class="dropdown" role="presentation">
                <a class="dropdown-toggle" href="{href}" role="button" aria-expanded="false" title="{label}">{label} <strong class="caret">&nbsp;</strong></a>
                <!-- BEGIN: sub -->
                <ul class="dropdown-menu">
{sub}
                </ul>
                <!-- END: sub -->
            </li>
            <!-- END: top_menu -->''')
        else:
            out.append(f'            <li  role="presentation"><a class="dropdown-toggle" href="{href}" role="button" '
                       f'aria-expanded="false" title="{label}">{label}</a></li>')
    out.append("        </ul>")
    return "\n".join(out)


def nv_block(title, inner, variant):
    if variant == "default":
        return (f'<div class="panel panel-default">\n    <div class="panel-heading">\n        {title}\n    </div>\n'
                f'    <div class="panel-body">\n        {inner}\n    </div>\n</div>\n')
    return (f'<div class="block-egov">\n    <div class="block-title"><span>{title}</span></div>\n'
            f'    <div class="block-content">\n        {inner}\n    </div>\n</div>\n')


TXT_CLS = 'class="txt" '


def page_nukeviet(art):
    o = art.opts
    variant = o["variant"]
    rng = rng_for(art.key)
    base = f"https://{o['host']}"
    when = art.when
    slug = slugify(art.title)
    cat_slug = o["cat_slug"]
    url = f"{base}/news/{cat_slug}/{slug}-{o['nid']}.html"
    site = o["site"]
    traps = []
    folder = f"{when.year}_{when.month:02d}"

    def img(file, alt):
        src = f"/uploads/news/{folder}/{qpath(file)}"
        return (f'<img alt="{esc(alt)}" height="600" src="{src}" width="800" />', base + src)

    st = BodyStyle(rng, indent="justify" if variant != "custom" else "span_font", img=img, figure="nv", heading="strong_p",
                   table="ck", att_href=lambda f: f"/uploads/news/{folder}/{qpath(f)}", byline="right_strong",
                   spacer=variant == "custom")
    body_html, body_images, atts = st.render(art, with_lead=False)
    check_html, _, _ = st.render(art, with_lead=False, check=True)
    atts = [{"url": urljoin(base + "/", a["url"]), "text": a["text"]} for a in atts]
    if art.lead:
        check_html = f"<p>{art.lead}</p>\n" + check_html
        traps.append("the lead (div.hometext, bold, outside #news-bodyhtml) is the first paragraph of body_text")
    images = []
    fig = ""
    if art.featured:
        f, alt = art.featured
        src = f"/uploads/news/{folder}/{qpath(f)}"
        fig = f'''
            <figure class="article left pointer" onclick="modalShowByObj('#imgpreview');">
                <div id="imgpreview" style="width:460px">
                    <p class="text-center"><img alt="{esc(alt)}" src="{src}" width="460" class="img-thumbnail"/></p>
                    <figcaption>{esc(alt)}</figcaption>
                </div>
            </figure>'''
        images.append({"url": base + src, "alt": alt, "caption": alt})
        traps.append("figure.article (featured image + figcaption) sits before the body: caption is metadata")
    images += body_images
    hometext = f'\n            <div class="hometext m-bottom" itemprop="description">{art.lead}</div>' if art.lead else ""
    cms_author, source = o.get("cms_author"), o.get("source")
    author = expected_author(art, cms_author, source)
    if cms_author and source:
        traps.append("both 'Tác giả:' and 'Nguồn tin:': the author is the person")
    elif source and not cms_author:
        traps.append("only 'Nguồn tin:' is stated: it is the author value")
    if art.byline and (cms_author or source):
        traps.append("byline line in the body wins over the Tác giả/Nguồn tin fields")
    author_html = ""
    if cms_author or source:
        author_html = '\n        <div class="margin-bottom-lg">'
        if cms_author:
            author_html += f'\n            <p class="h5 text-right">\n                <strong>Tác giả: </strong>{esc(cms_author)}\n            </p>'
        if source:
            author_html += f'\n            <p class="h5 text-right">\n                <strong>Nguồn tin: </strong>{esc(source)}\n            </p>'
        author_html += "\n        </div>"
    weekday = WEEKDAY_VI[when.weekday()]
    if o.get("date_only"):
        date_vis = f"Ngày đăng: {dmy(when)}"
        published = when.date().isoformat()
    elif variant == "egov":
        date_vis = f"Ngày đăng: {dmy(when)} {hm(when)}"
        published = iso_local(when)
    else:
        date_vis = f"{weekday} - {dmy(when)} {hm(when)}"
        published = iso_local(when)
    microdata = ""
    if variant == "default":
        microdata = (('\n        <div class="hidden hide d-none" itemprop="author" itemtype="http://schema.org/Person" itemscope>\n'
                      f'            <span itemprop="name">{esc(cms_author)}</span>\n        </div>') if cms_author else "") + f'''
        <span class="hidden hide d-none" itemprop="datePublished">{iso_local(when)}</span>
        <span class="hidden hide d-none" itemprop="dateModified">{iso_local(when + timedelta(minutes=rng.randint(3, 300)))}</span>
        <span class="hidden hide d-none" itemprop="description"></span>
        <span class="hidden hide d-none" itemprop="mainEntityOfPage">{url}</span>
        <span class="hidden hide d-none" itemprop="image">{base}/uploads/logo.png</span>
        <div class="hidden hide d-none" itemprop="publisher" itemtype="http://schema.org/Organization" itemscope>
            <span itemprop="name">{esc(site)}</span>
            <span itemprop="logo" itemtype="http://schema.org/ImageObject" itemscope>
                <span itemprop="url">{base}/uploads/logo.png</span>
            </span>
        </div>'''
    views_html = ""
    if variant == "custom":
        views_html = f' <span class="hits">| Lượt xem: {rng.randint(100, 9000):,}</span>'.replace(",", ".")
    tools = f'''
            <div class="col-md-12">
                <ul class="list-inline text-right">
                    <li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="nv_open_browse('/sendmail/{cat_slug}/{slug}-{o["nid"]}.html','',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
                    <li><a class="dimgray" rel="nofollow" title="In ấn" href="javascript: void(0)" onclick="nv_open_browse('/print/{cat_slug}/{slug}-{o["nid"]}.html','',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
                    <li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="/savefile/{cat_slug}/{slug}-{o["nid"]}.html"><em class="fa fa-save fa-lg">&nbsp;</em></a></li>
                </ul>
            </div>'''
    tags = [w for w in art.title.lower().replace(",", "").split() if len(w) > 3][:3]
    newer = news_items(rng, 3)
    older = news_items(rng, 4)
    related = lambda items, dates: "\n".join(f'''                <li>
                    <em class="fa fa-angle-right">&nbsp;</em>
                    <a class="list-inline" href="/news/{cat_slug}/{slugify(t)}-{rng.randint(10, 2000)}.html" data-placement="bottom" data-content="" data-img="" data-rel="tooltip" title="{esc(t)}">{esc(t)}</a>
                    <em>({dmy(d)})</em>
                </li>''' for t, d in zip(items, dates))
    detail = f'''<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
    <div class="panel-body">
        <h1 class="title margin-bottom-lg" itemprop="headline">{esc(art.title)}</h1>{microdata}
        <div class="row margin-bottom-lg">
            <div class="col-md-12">
                <span class="h5">{date_vis}</span>{views_html}
            </div>{tools}
        </div>
        <!-- BEGIN: showhometext -->
        <div class="clearfix">{fig}{hometext}
        </div>
        <!-- END: showhometext -->
        <div id="news-bodyhtml" class="bodytext margin-bottom-lg">
            {body_html}
        </div>{author_html}
    </div>
</div>
<!-- BEGIN: keywords -->
<div class="news_column panel panel-default">
    <div class="panel-body">
        <div class="h5">
            <em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong><span itemprop="keywords">{", ".join(f'<a title="{esc(t)}" href="/news/tag/{slugify(t)}"><em>{esc(t)}</em></a>' for t in tags)}</span>
        </div>
    </div>
</div>
<!-- END: keywords -->
<!-- BEGIN: allowed_rating -->
<div class="news_column panel panel-default">
    <div class="panel-body">
        <form id="form3B" action="">
            <div class="h5 clearfix">
                <p id="stringrating">Tổng số điểm của bài viết là: {rng.randint(0, 40)} trong {rng.randint(0, 9)} đánh giá</p>
                <div style="padding: 5px;">
                    <input class="hover-star required" type="radio" value="1" title="Bài viết rất kém"/><input class="hover-star required" type="radio" value="2" title="Bài viết kém"/><input class="hover-star required" type="radio" value="3" title="Bài viết đạt"/><input class="hover-star required" type="radio" value="4" title="Bài viết tốt"/><input class="hover-star required" type="radio" value="5" title="Bài viết rất tốt"/>
                    <span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span>
                </div>
            </div>
        </form>
    </div>
</div>
<!-- END: allowed_rating -->
<div class="news_column panel panel-default">
    <div class="panel-body">
        <div class="socialicon clearfix margin-bottom-lg">
            <div class="fb-like" data-href="{url}" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true">&nbsp;</div>
            <a href="http://twitter.com/share" class="twitter-share-button">Tweet</a>
            <div class="zalo-share-button" data-href="{url}" data-oaid="2892470965097766890" data-layout="1" data-color="blue" data-customize="false"></div>
        </div>
    </div>
</div>
<!-- BEGIN: comment -->
<div class="news_column panel panel-default">
    <div class="panel-body">
        <div id="idcomment" class="nv-fullbg" data-module="news" data-content="news">
            <p class="comment-title"><em class="fa fa-comments">&nbsp;</em> Ý kiến bạn đọc</p>
            <form method="post" role="form" target="submitcommentarea" action="/comment/post/" onsubmit="return nv_commment_check_form(this);">
                <div class="form-group"><input class="form-control" type="text" name="name" value="" placeholder="Họ và tên"/></div>
                <div class="form-group"><textarea class="form-control" name="content" placeholder="Nội dung bình luận"></textarea></div>
                <div class="form-group"><input type="text" maxlength="6" placeholder="Mã bảo mật" class="form-control captcha" name="code"/> <img class="captchaImg" alt="Mã bảo mật" src="/index.php?scaptcha=captcha&amp;t=1712345678" width="150" height="40"/></div>
                <input type="submit" class="btn btn-primary" value="Gửi bình luận"/>
            </form>
        </div>
    </div>
</div>
<!-- END: comment -->
<div class="news_column panel panel-default">
    <div class="panel-body other-news">
        <!-- BEGIN: others -->
        <p class="h3"><strong>Những tin mới hơn</strong></p>
        <div class="clearfix">
            <ul class="detail-related related list-none list-items">
{related(newer, [when + timedelta(days=i + 1) for i in range(3)])}
            </ul>
        </div>
        <p class="h3"><strong>Những tin cũ hơn</strong></p>
        <div class="clearfix">
            <ul class="detail-related related list-none list-items">
{related(older, news_dates(rng, when, 4))}
            </ul>
        </div>
        <!-- END: others -->
    </div>
</div>'''
    traps.append("XTemplate <!-- BEGIN/END --> comments, keyword/rating/comment/'Những tin mới hơn' panels after the body")
    traps.append("meta name=author is the SITE name, not the article's author")
    meta_pub = ""
    if variant in ("default", "egov"):
        meta_pub = (f'<meta property="article:published_time" content="{when:%Y-%m-%d}ICT{when:%H:%M:%S}">\n'
                    f'<meta property="article:section" content="{esc(art.category)}">\n')
        traps.append("article:published_time is malformed ('2024-07-12ICT10:15:00', PHP date 'T'): "
                     "only the date part parses; the visible date carries the time")
    news = news_items(rng, 6)
    ndates = news_dates(rng, when, 6)
    tinmoi = "<ul class=\"list-none list-items\">" + "".join(
        f'<li class="clearfix"><a href="/news/tin-tuc-su-kien/{slugify(t)}-{rng.randint(10, 2000)}.html" title="{esc(t)}">{esc(t)}</a>'
        f' <span class="text-muted">({dmy(d)})</span></li>' for t, d in zip(news, ndates)) + "</ul>"
    vanban = "<ul class=\"list-none\">" + "".join(
        f'<li><a href="/laws/detail/{slugify(n)}/">{esc(n)}</a><p class="small">{esc(s)}</p></li>' for n, s in docs(rng, 3)) + "</ul>"
    counter = (f'<ul class="counter list-none display-table">\n\t<li><span><em class="fa fa-bolt fa-lg fa-horizon"></em>Đang truy cập</span>'
               f'<span>{rng.randint(3, 60)}</span></li>\n\t<li><span><em class="fa fa-filter fa-lg fa-horizon margin-top-lg"></em>Hôm nay'
               f'</span><span class="margin-top-lg">{rng.randint(100, 3000):,}</span></li>\n\t<li><span><em class="fa fa-calendar-o fa-lg '
               f'fa-horizon"></em>Tháng hiện tại</span><span>{rng.randint(5000, 90000):,}</span></li>\n\t<li><span><em class="fa fa-bars '
               f'fa-lg fa-horizon"></em>Tổng lượt truy cập</span><span>{rng.randint(200000, 4000000):,}</span></li>\n</ul>')
    login = ('<form action="/users/login/" method="post" class="loginform"><div class="form-group"><input type="text" class="required form-control" '
             'placeholder="Tên đăng nhập hoặc email" name="nv_login" maxlength="100"></div><div class="form-group"><input type="password" '
             'class="required form-control" placeholder="Mật khẩu" name="nv_password" maxlength="100"></div><div class="text-center">'
             '<button type="button" class="btn btn-primary">Đăng nhập</button> <a href="/users/lostpass/">Quên mật khẩu?</a></div></form>')
    sidebar = (nv_block("Tin mới", tinmoi, variant) + nv_block("Văn bản mới", vanban, variant)
               + nv_block("Đăng nhập thành viên", login, variant) + nv_block("Thống kê truy cập", counter, variant))
    crumbs = [("/", "Trang nhất"), ("/news/", "Tin Tức"), (f"/news/{cat_slug}/", art.category)]
    address = f"xã {o['xa']}, {o['huyen']}, {o['tinh']}"
    phone = f"0{rng.randint(200, 299)}.38{rng.randint(10, 99)}.{rng.randint(100, 999)}"
    email = f"ubnd.{slugify(o['xa']).replace('-', '')}@{'.'.join(o['host'].split('.')[-3:])}"
    title_tag = f"{esc(art.title)} - {esc(art.category)} - {esc(site)}"
    head = f'''<title>{title_tag}</title>
<meta name="description" content="{esc(summary_of(text_of(art.lead or next(b[1] for b in art.blocks if b[0] == 'p')), 160))}">
<meta name="keywords" content="{esc(", ".join(tags))}">
<meta name="news_keywords" content="{esc(", ".join(tags))}">
<meta name="author" content="{esc(site)}">
<meta name="copyright" content="{esc(site)} [{email}]">
<meta name="generator" content="NukeViet v4.5">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta property="og:title" content="{esc(art.title)}">
<meta property="og:type" content="article">
<meta property="og:description" content="{esc(summary_of(text_of(art.lead or next(b[1] for b in art.blocks if b[0] == 'p')), 160))}">
<meta property="og:site_name" content="{esc(site)}">
<meta property="og:url" content="{url}">
{meta_pub}<link rel="shortcut icon" href="/favicon.ico">
<link rel="canonical" href="{url}">
<link rel="alternate" href="/news/rss/" title="Tin Tức" type="application/rss+xml">
<link rel="alternate" href="/news/rss/{cat_slug}/" title="Tin Tức - {esc(art.category)}" type="application/rss+xml">
<link rel="preload" as="script" href="/assets/js/jquery/jquery.min.js?t=1712345678">
<link rel="StyleSheet" href="/assets/css/font-awesome.min.css?t=1712345678">
<link rel="StyleSheet" href="/themes/{"default" if variant == "default" else variant}/css/bootstrap.non-responsive.css?t=1712345678">
<link rel="StyleSheet" href="/themes/{"default" if variant == "default" else variant}/css/style.css?t=1712345678">
<link rel="StyleSheet" href="/themes/default/css/news.css?t=1712345678">
<style>.bodytext img{{max-width:100%;height:auto}}</style>'''
    scripts = f'''<div id="run_cronjobs" style="visibility:hidden;display:none;"><img alt="cron" src="/index.php?second=cronjobs&amp;p={fake_token(8, art.key)}" width="1" height="1" /></div>
<script src="/assets/js/jquery/jquery.min.js?t=1712345678"></script>
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="detail",nv_is_user=0, nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_{fake_token(5, art.key)}",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1,nv_recaptcha_ver=2,nv_recaptcha_sitekey="",nv_recaptcha_type="image",XSSsanitize=1;</script>
<script src="/assets/js/language/vi.js?t=1712345678"></script>
<script src="/assets/js/global.js?t=1712345678"></script>
<script src="/assets/js/site.js?t=1712345678"></script>
<script src="/themes/default/js/news.js?t=1712345678"></script>
<script src="/themes/default/js/main.js?t=1712345678"></script>
<script type="text/javascript" src="/assets/js/star-rating/jquery.rating.pack.js"></script>
<script>(function(d, s, id) {{ var js, fjs = d.getElementsByTagName(s)[0]; if (d.getElementById(id)) return; js = d.createElement(s); js.id = id; js.src = "//connect.facebook.net/vi_VN/all.js#xfbml=1&appId=2313817"; fjs.parentNode.insertBefore(js, fjs); }}(document, 'script', 'facebook-jssdk'));</script>'''
    if variant == "default":
        crumb_html = "\n".join(
            f'                                    <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="{h}" '
            f'itemprop="item" title="{esc(t)}"><span {"" if i == 0 else TXT_CLS}itemprop="name">{esc(t)}</span></a><i class="hidden" '
            f'itemprop="position" content="{i + 1}"></i></li>' for i, (h, t) in enumerate(crumbs))
        traps.append("breadcrumbs are in a hidden ul.temp-breadcrumbs (moved by JS); the category is the last crumb")
        html_out = f'''<!DOCTYPE html>
    <html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
    <head>
{head}
    </head>
    <body>

    <noscript>
        <div class="alert alert-danger">Trình duyệt của bạn đã tắt chức năng hỗ trợ JavaScript.<br>Website chỉ làm việc khi bạn bật nó trở lại.<br>Để tham khảo cách bật JavaScript, hãy click chuột <a href="http://wiki.nukeviet.vn/support:browser:enable_javascript">vào đây</a>!</div>
    </noscript>
    <div class="body-bg">
    <div class="wraper">
        <header>
            <div class="container">
                <div id="header" class="row">
                    <div class="logo col-xs-24 col-sm-24 col-md-8">
                                                <a title="{esc(site)}" href="/"><img src="/uploads/logo.png" alt="{esc(site)}"></a>
                                                <span class="site_name">{esc(site)}</span>
                        <span class="site_description">{esc(o["huyen"].capitalize())} - {esc(o["tinh"].capitalize())}</span>
                    </div>
                    <div class="col-xs-24 col-sm-24 col-md-16">
                        <div class="image-center"><a href="/"><img src="/uploads/banner-chao-mung.jpg" alt="Chào mừng Đại hội Đảng bộ xã" width="728"></a></div>
                    </div>
                </div>
            </div>
        </header>
        <nav class="second-nav" id="menusite">
            <div class="container">
                <div class="row">
                    <div class="bg box-shadow">
                        <div class="navbar navbar-default navbar-static-top" role="navigation">
    <div class="navbar-header">
        <button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#menu-site-default">
            <span class="sr-only">&nbsp;</span>
            <span class="icon-bar">&nbsp;</span>
            <span class="icon-bar">&nbsp;</span>
            <span class="icon-bar">&nbsp;</span>
        </button>
    </div>
    <div class="collapse navbar-collapse" id="menu-site-default">
        {nv_menu_default()}
    </div>
</div>
                    </div>
                </div>
            </div>
        </nav>
        <section>
            <div class="container" id="body">
                <nav class="third-nav">
                    <div class="row">
                        <div class="bg">
                        <div class="clearfix">
                            <div class="col-xs-24 col-sm-18 col-md-18">
                                <div class="breadcrumbs-wrap">
                                    <div class="display">
                                        <a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);"><em class="fa fa-lg fa-angle-right"></em></a>
                                        <ul class="breadcrumbs list-none"></ul>
                                    </div>
                                    <ul class="subs-breadcrumbs"></ul>
                                    <ul class="temp-breadcrumbs hidden" itemscope itemtype="https://schema.org/BreadcrumbList">
{crumb_html}
                                    </ul>
                                </div>
                            </div>
                            <div class="headerSearch col-xs-24 col-sm-6 col-md-6">
                                <div class="input-group">
                                    <input type="text" class="form-control" maxlength="60" placeholder="Tìm kiếm..."><span class="input-group-btn"><button type="button" class="btn btn-info" data-url="/seek/?q=" data-minlength="3" data-click="y"><em class="fa fa-search fa-lg"></em></button></span>
                                </div>
                            </div>
                        </div>
                        </div>
                    </div>
                </nav>
<div class="row">
    <div class="col-sm-16 col-md-18">
{detail}
    </div>
    <div class="col-sm-8 col-md-6">
        {sidebar}
    </div>
</div>
            </div>
        </section>
    </div>
    <footer id="footer" class="wraper">
        <div class="container">
            <div class="row">
                <div class="col-xs-24 col-sm-24 col-md-8">
                    <div class="panel-body">
                        <h3>{esc(site)}</h3>
                        <section>
<ul class="company_info" itemscope itemtype="http://schema.org/LocalBusiness">
<li class="company_name"><span itemprop="name">Ủy ban nhân dân xã {esc(o["xa"])}</span></li>
<li><em class="fa fa-map-marker"></em><span>Địa chỉ: <span itemprop="address" itemscope itemtype="http://schema.org/PostalAddress"><span itemprop="addressLocality" class="company-address">{esc(address)}</span></span></span></li>
<li><em class="fa fa-phone"></em><span>Điện thoại: <span itemprop="telephone"><a href="tel:{phone.replace(".", "")}">{phone}</a></span></span></li>
<li><em class="fa fa-envelope"></em><span>Email: <a href="mailto:{email}"><span itemprop="email">{email}</span></a></span></li>
</ul>
</section>
                    </div>
                </div>
                <div class="col-xs-24 col-sm-24 col-md-8">
                    <div class="panel-body">
                        <h3>Chịu trách nhiệm nội dung</h3>
                        <section>Chủ tịch UBND xã {esc(o["xa"])}. Ghi rõ nguồn "{esc(site)}" khi phát hành lại thông tin từ website này.</section>
                    </div>
                </div>
                <div class="col-xs-24 col-sm-24 col-md-8">
                    <div class="panel-body">
                        <div class="copyright">
<span>&copy;&nbsp;Bản quyền thuộc về <a href="https://nukeviet.vn">NukeViet CMS</a>.&nbsp; Mã nguồn mở NukeViet</span>
</div>
                        <div class="theme-change">
                            <a href="/news/?nv_redirect=aHR0cHM6Ly8&amp;nvvithemever=r" rel="nofollow" title="Click để chuyển sang giao diện Mobile"><em class="fa fa-mobile fa-lg"></em></a>
                        </div>
                    </div>
                </div>
            </div>
        </div>
    </footer>
    <nav class="footerNav2">
        <div class="wraper">
            <div class="container">
                    <div class="bttop">
                        <a class="pointer"><em class="fa fa-eject fa-lg"></em></a>
                    </div>
            </div>
        </div>
    </nav>
    </div>
    <!-- SiteModal Required!!! -->
    <div id="sitemodal" class="modal fade" role="dialog">
        <div class="modal-dialog">
            <div class="modal-content">
                <div class="modal-body">
                    <em class="fa fa-spinner fa-spin">&nbsp;</em>
                </div>
                <button type="button" class="close" data-dismiss="modal"><span class="fa fa-times"></span></button>
            </div>
        </div>
    </div>
    <div class="fix_banner_left"></div>
    <div class="fix_banner_right"></div>
    <div id="timeoutsess" class="chromeframe">
        Bạn đã không sử dụng Site, <a onclick="timeoutsesscancel();" href="#">Bấm vào đây để duy trì trạng thái đăng nhập</a>. Thời gian chờ: <span id="secField"> 60 </span> giây
    </div>
    <div id="openidResult" class="nv-alert" style="display:none"></div>
    <div id="openidBt" data-result="" data-redirect=""></div>
{scripts}
</body>
</html>
'''
    else:
        menu = "".join(f'<li><a href="{h}" title="{t}">{t}</a>' + (
            "<ul>" + "".join(f'<li><a href="{h}{slugify(s)}/">{s}</a></li>' for s in subs) + "</ul>" if subs else "") + "</li>"
            for h, t, subs in NV_MENU)
        crumb_html = " ".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in crumbs)
        banner_title = f"CỔNG THÔNG TIN ĐIỆN TỬ XÃ {o['xa'].upper()}" if variant == "egov" else esc(site.upper())
        left = f'<div class="col-md-8 col-sm-24 left-col">\n                {sidebar}\n            </div>'
        mainc = f'<div class="col-md-16 col-sm-24 main-col">\n<!-- BEGIN: module -->\n{detail}\n<!-- END: module -->\n            </div>'
        if variant == "egov":
            columns = left + "\n            " + mainc
            marquee = (f'<div id="marquee"><div class="container"><marquee scrollamount="3" onmouseover="this.stop()" '
                       f'onmouseout="this.start()">Chào mừng quý vị đến với {esc(site)} - Nơi cung cấp thông tin chính thống về '
                       f'hoạt động của chính quyền địa phương</marquee></div></div>')
        else:
            columns = mainc + "\n            " + left.replace("left-col", "right-col")
            marquee = ('<div id="slider" class="owl-carousel">' + "".join(
                f'<div class="item"><img src="/uploads/slider/slide-{i}.jpg" alt="Phong cảnh quê hương {i}"></div>' for i in (1, 2, 3))
                + "</div>")
        html_out = f'''<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
{head}
</head>
<body>
<!-- BEGIN: main -->
<div id="wrapper">
    <div id="top-bar">
        <div class="container">
            <div class="pull-left">{WEEKDAY_VI[datetime(2025, 5, 2).weekday()]}, 02/05/2025</div>
            <div class="pull-right"><a href="/users/login/">Đăng nhập</a> | <a href="/users/register/">Đăng ký</a> | <a href="/siteterms/">Điều khoản sử dụng</a></div>
        </div>
    </div>
    <div id="banner">
        <div class="container">
            <a href="/"><img class="quoc-huy" src="/themes/{variant}/images/quoc-huy.png" alt="Quốc huy"></a>
            <div class="banner-text">
                <p class="line1">{banner_title}</p>
                <p class="line2">{esc(o["huyen"].upper())} - {esc(o["tinh"].upper())}</p>
            </div>
        </div>
    </div>
    <div id="menu-site">
        <div class="container">
            <ul class="menu"><li class="home"><a href="/"><em class="fa fa-home"></em></a></li>{menu}</ul>
            <form class="search-egov" action="/seek/" method="get"><input type="text" name="q" placeholder="Nhập từ khóa tìm kiếm"><button type="submit"><em class="fa fa-search"></em></button></form>
        </div>
    </div>
    {marquee}
    <div class="container" id="body">
        <div class="breadcrumbs"><ul>{crumb_html}</ul></div>
        <div class="row">
            {columns}
        </div>
    </div>
    <div id="footer">
        <div class="container">
            <p><strong>{esc(site.upper())}</strong></p>
            <p>Cơ quan chủ quản: Ủy ban nhân dân xã {esc(o["xa"])}</p>
            <p>Địa chỉ: {esc(address)} - Điện thoại: {phone} - Email: {email}</p>
            <p>Chịu trách nhiệm chính: Chủ tịch UBND xã</p>
            <p class="copyright">Thiết kế bởi VINADES.,JSC - Phát triển trên nền <a href="https://nukeviet.vn">NukeViet CMS</a></p>
        </div>
    </div>
</div>
<!-- END: main -->
{scripts}
</body>
</html>
'''
        if variant == "egov":
            traps.append("left sidebar comes BEFORE the article in source order; top bar shows today's date")
        else:
            traps.append("site-made theme: 'Lượt xem: N' next to the date; <p>&nbsp;</p> spacers; font spans")
    exp = result(art, "nukeviet", f"nukeviet-{variant}", url, published=published, author=author, category=art.category,
                 body_text=expected_body(art), images=images, attachments=atts, traps=traps + style_traps(art, st))
    return html_out, exp, check_html


builder("nukeviet")(page_nukeviet)



# ================================================================================================
# liferay: Liferay 6.2 (portlet 101 asset publisher), Liferay 7 (AssetPublisherPortlet), web content display
# ================================================================================================
LR_MENU = ["Trang chủ", "Giới thiệu", "Tin tức", "Thông báo", "Văn bản", "Thủ tục hành chính", "Hỏi đáp", "Liên hệ"]


def lr_portlet_list(rng, base, site_path, title, items, dates, lr7, pid):
    lis = "".join(f'<div class="asset-abstract"><h3 class="asset-title"><a href="{base}{site_path}/tin-tuc/-/asset_publisher/{pid}/content/{slugify(t)}">'
                  f'{esc(t)}</a></h3><div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{dmy(d)}</span></div></div>'
                  for t, d in zip(items, dates))
    if lr7:
        return (f'<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_  '
                f'portlet-static portlet-static-end portlet-decorate portlet-asset-publisher " id="p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{pid}_">'
                f'<span id="p_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{pid}"></span><section class="portlet" '
                f'id="portlet_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{pid}"><div class="portlet-content">'
                f'<div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">{title}</h2></div></div>'
                f'<div class=" portlet-content-container"><div class="portlet-body">{lis}</div></div></div></section></div>')
    return (f'<div class="portlet-boundary portlet-boundary_101_  portlet-static portlet-static-end portlet-asset-publisher " id="p_p_id_101_INSTANCE_{pid}_">'
            f'<span id="p_101_INSTANCE_{pid}"></span><section class="portlet" id="portlet_101_INSTANCE_{pid}"><header class="portlet-topper">'
            f'<h1 class="portlet-title"><span class="portlet-title-text">{title}</span></h1></header><div class="portlet-content">'
            f'<div class=" portlet-content-container" style=""><div class="portlet-body">{lis}</div></div></div></section></div>')


def page_liferay(art):
    o = art.opts
    variant = o["variant"]
    lr7 = variant in ("lr7", "wcd")
    rng = rng_for(art.key)
    base = f"https://{o['host']}"
    sp = o["site_path"]
    site = o["site"]
    when = art.when
    is_page = art.kind == "page"
    traps = []
    if is_page:
        url = f"{base}{sp}{o['page_path']}"
    else:
        url = f"{base}{sp}/tin-tuc/-/asset_publisher/{o['asset_id']}/content/{o['slug']}"
    group = rng.randint(100000, 999999)

    def img(file, alt):
        src = f"/documents/{group}/0/{qpath(file)}/{fake_uuid(art.key, file)}"
        return (f'<img alt="{esc(alt)}" src="{src}" style="width: 700px; height: 467px;" />', base + src)

    st = BodyStyle(rng, indent="justify", img=img, figure="plain", heading="strong_p", table="ck",
                   att_href=lambda f: f"/documents/{group}/0/{qpath(f)}/{fake_uuid(art.key, f)}", byline="right_strong",
                   noise=1 if variant == "lr62" else 0)
    template = o.get("template", "plain")
    body_html, body_images, atts = st.render(art, with_lead=(template != "news-detail"))
    check_html, _, _ = st.render(art, with_lead=(template != "news-detail"), check=True)
    atts = [{"url": urljoin(base + "/", a["url"]), "text": a["text"]} for a in atts]
    images = []
    feat_html = ""
    if art.featured:
        f, alt = art.featured
        src = f"/documents/{group}/0/{qpath(f)}/{fake_uuid(art.key, f)}"
        feat_html = f'<div class="image-news"><img alt="{esc(alt)}" src="{src}" /></div>'
        images.append({"url": base + src, "alt": alt, "caption": None})
    images += body_images
    cms_author = o.get("cms_author")
    date_fmt = o.get("date_fmt")
    published = None
    date_text = ""
    if when:
        if date_fmt == "dmy_hm":
            date_text, published = f"{dmy(when)} {hm(when)}", iso_local(when)
        elif date_fmt == "dmy":
            date_text, published = dmy(when), when.date().isoformat()
        elif date_fmt in ("label_dmy_hm", "label_dmy_hm_upd"):
            date_text, published = f"Ngày đăng: {dmy(when)} {hm(when)}", iso_local(when)
    author = None if is_page else expected_author(art, cms_author)
    if art.byline and cms_author:
        traps.append("body byline wins over the structured author")

    # ---- the web content (journal article) as its template renders it
    if template == "news-detail":
        lead = f'<div class="summary"><strong>{art.lead}</strong></div>' if art.lead else ""
        author_div = f'<div class="author">{esc(cms_author)}</div>' if cms_author else ""
        journal = (f'<div class="news-detail">\n<h2 class="title">{esc(art.title)}</h2>\n<div class="date"><i class="icon-calendar"></i> '
                   f'{date_text}</div>\n{lead}\n{feat_html}\n<div class="content">{body_html}</div>\n{author_div}\n</div>')
        if art.lead:
            check_html = f"<p>{art.lead}</p>\n" + check_html
        traps.append("the web-content template repeats the title (h2.title) and the date INSIDE .journal-content-article")
        if cms_author:
            traps.append("div.author inside the template is metadata (author), not body text")
        if art.lead:
            traps.append("the template's div.summary (sapo) is the first paragraph of body_text")
    else:
        journal = (feat_html + body_html) if feat_html else body_html
    meta_html = ""
    if lr7 and not is_page:
        entries = [f'<span class="metadata-entry metadata-publish-date">{date_text}</span>']
        if date_fmt == "label_dmy_hm_upd":
            upd = o["updated"]
            entries.append(f'<span class="metadata-entry metadata-modified-date">Cập nhật: {dmy(upd)} {hm(upd)}</span>')
            traps.append("'Cập nhật:' (modified) date next to 'Ngày đăng:': published is the latter")
        if cms_author:
            entries.append(f'<span class="metadata-entry metadata-author">Tác giả: {esc(cms_author)}</span>')
        entries.append(f'<span class="metadata-entry metadata-view-count">Lượt xem: {rng.randint(50, 3000)}</span>')
        meta_html = '<div class="asset-metadata">' + "".join(entries) + "</div>"
        traps.append("asset-metadata (date, author, view count) sits between the title and the content")
    elif not is_page and template != "news-detail":
        meta_html = (f'<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{date_text}</span>'
                     f'<span class="metadata-entry metadata-view-count">{rng.randint(50, 3000)} Lượt xem</span></div>')
    pid = o.get("asset_id", fake_token(12, art.key))
    cat_name = art.category
    if not is_page:
        crumbs = [(f"{base}{sp}", site), (f"{base}{sp}/tin-tuc", "Tin tức"),
                  (f"{base}{sp}/tin-tuc/{slugify(cat_name)}", cat_name)]
    else:
        crumbs = [(f"{base}{sp}", site), (f"{base}{sp}/gioi-thieu", "Giới thiệu")]
    related = news_items(rng, 4)
    related_html = ('<div class="asset-related-assets"><h2 class="asset-links-title">Nội dung liên quan</h2><ul class="asset-links-list">'
                    + "".join(f'<li class="asset-links-list-item"><a href="{base}{sp}/tin-tuc/-/asset_publisher/{pid}/content/{slugify(t)}">'
                              f'{esc(t)}</a></li>' for t in related[:2]) + "</ul></div>")
    share_html = ('<div class="taglib-social-bookmarks"><ul class="unstyled">'
                  + "".join(f'<li class="taglib-social-bookmark taglib-social-bookmark-{n}"><a class="taglib-social-bookmark-{n}" '
                            f'href="https://www.{n}.com/share?u={quote(url, safe="")}" target="_blank">{n}</a></li>'
                            for n in ("facebook", "twitter", "zalo")) + "</ul></div>")
    ratings = ('<div class="asset-ratings"><div class="taglib-ratings stars"><div class="liferay-rating-vote"><div id="ratingStar"><div '
               'class="rating-label">Đánh giá của bạn</div><div class="rating-content"><span class="rating-element">☆</span>'
               '<span class="rating-element">☆</span><span class="rating-element">☆</span><span class="rating-element">☆</span>'
               '<span class="rating-element">☆</span></div></div><div class="rating-label">Trung bình (0 phiếu)</div></div></div></div>')
    if is_page:
        main_portlet = f'''<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_  portlet-static portlet-static-end portlet-decorate portlet-journal-content " id="p_p_id_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_{pid}_">
	<span id="p_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_{pid}"></span>
	<section class="portlet" id="portlet_com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_{pid}">
		<div class="portlet-content">
			<div class="autofit-float autofit-row portlet-header">
				<div class="autofit-col autofit-col-expand">
					<h2 class="portlet-title-text">{esc(art.title)}</h2>
				</div>
				<div class="autofit-col autofit-col-end">
					<div class="autofit-section">
					</div>
				</div>
			</div>
			<div class=" portlet-content-container">
				<div class="portlet-body">
					<div class="clearfix journal-content-article " data-analytics-asset-id="{rng.randint(100000, 999999)}" data-analytics-asset-title="{esc(art.title)}" data-analytics-asset-type="web-content">
						{journal}
					</div>
					<div class="content-metadata-asset-addon-entries">
					</div>
				</div>
			</div>
		</div>
	</section>
</div>'''
        traps.append("web content display portlet: title only in the portlet header (h2.portlet-title-text) and <title>")
    elif lr7:
        main_portlet = f'''<div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_  portlet-static portlet-static-end portlet-barebone portlet-asset-publisher " id="p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{pid}_">
	<span id="p_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{pid}"></span>
	<section class="portlet" id="portlet_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{pid}">
		<div class="portlet-content">
			<div class=" portlet-content-container">
				<div class="portlet-body">
<div class="asset-full-content clearfix mb-5 default-asset-publisher show-asset-title" data-fragments-editor-item-id="{rng.randint(10**5, 10**6)}" data-fragments-editor-item-type="fragments-editor-mapped-item">
	<div class="align-items-center d-flex mb-2">
		<p class="component-title h4">
			<a class="header-back-to lfr-portal-tooltip" href="{base}{sp}/tin-tuc" title="Quay lại"><svg class="lexicon-icon lexicon-icon-angle-left" role="presentation"><use xlink:href="{base}/o/classic-theme/images/clay/icons.svg#angle-left"></use></svg></a>
			<span class="asset-title d-inline">{esc(art.title)}</span>
		</p>
	</div>
	<span class="asset-anchor lfr-asset-anchor" id="{rng.randint(10**5, 10**6)}"></span>
	{meta_html}
	<div class="asset-content mb-3">
		<div class="clearfix journal-content-article " data-analytics-asset-id="{rng.randint(10**5, 10**6)}" data-analytics-asset-title="{esc(art.title)}" data-analytics-asset-type="web-content">
			{journal}
		</div>
	</div>
	{ratings}
	<div class="separator"><!-- --></div>
	{related_html}
	{share_html}
</div>
				</div>
			</div>
		</div>
	</section>
</div>'''
    else:
        main_portlet = f'''<div class="portlet-boundary portlet-boundary_101_  portlet-static portlet-static-end portlet-borderless portlet-asset-publisher " id="p_p_id_101_INSTANCE_{pid}_" >
		<span id="p_101_INSTANCE_{pid}"></span>
		<div class="portlet-borderless-container" style="">
			<div class="portlet-body">
	<div class="taglib-header ">
		<span class="header-back-to">
			<a class="icon-circle-arrow-left previous-level" href="{base}{sp}/tin-tuc" id="_101_INSTANCE_{pid}_TabsBack" title="Quay lại">
				<span class="helper-hidden-accessible">Quay lại</span>
			</a>
		</span>
		<h3 class="header-title">
			<span>
				{esc(art.title)}
			</span>
		</h3>
	</div>
	<div class="asset-full-content default-asset-publisher no-title">
		{meta_html}
		<div class="asset-content" id="_101_INSTANCE_{pid}_{rng.randint(10**5, 10**6)}">
			<div class="journal-content-article">
				{journal}
			</div>
			<div class="entry-links">
			</div>
		</div>
		{ratings}
		{related_html}
		{share_html}
	</div>
			</div>
		</div>
	</div>'''
    other = lr_portlet_list(rng, base, sp, "Tin khác", news_items(rng, 5), news_dates(rng, when, 5), lr7, fake_token(12, art.key, "k"))
    side = [lr_portlet_list(rng, base, sp, "Tin mới", news_items(rng, 5), news_dates(rng, when, 5), lr7, fake_token(12, art.key, "m")),
            lr_portlet_list(rng, base, sp, "Văn bản mới", [f"{n}: {s}" for n, s in docs(rng, 3)], news_dates(rng, when, 3), lr7,
                            fake_token(12, art.key, "v"))]
    side.append('<div class="portlet-boundary portlet-boundary_visitor_WAR_visitorportlet_ portlet-static" id="p_p_id_visitor_WAR_'
                'visitorportlet_"><section class="portlet"><h2 class="portlet-title-text">Thống kê truy cập</h2><div class="portlet-body">'
                f'<p>Đang truy cập: {rng.randint(5, 90)}</p><p>Hôm nay: {rng.randint(200, 3000)}</p><p>Tổng lượt truy cập: '
                f'{rng.randint(10**5, 9 * 10**6):,}</p></div></section></div>'.replace(",", "."))
    menu_items = "".join(
        (f'<li class="lfr-nav-item nav-item{" selected active" if m == ("Giới thiệu" if is_page else "Tin tức") else ""}" id="layout_{i + 1}" role="presentation">'
         f'<a aria-labelledby="layout_{i + 1}" class="nav-link text-truncate" href="{base}{sp}/{slugify(m)}" role="menuitem"><span class="text-truncate">{m}</span></a></li>')
        if lr7 else
        (f'<li class="lfr-nav-item{" selected" if m == "Tin tức" else ""}" id="layout_{i + 1}" role="presentation"><a aria-labelledby="layout_{i + 1}" '
         f'href="{base}{sp}/{slugify(m)}" role="menuitem"><span> {m}</span></a></li>')
        for i, m in enumerate(LR_MENU))
    if lr7:
        crumb_html = ('<nav aria-label="Breadcrumb" id="_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_breadcrumbs-defaultScreen">'
                      '<ol class="breadcrumb">' + "".join(f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{h}" title="{esc(t)}">'
                                                           f'<span class="breadcrumb-text-truncate">{esc(t)}</span></a></li>' for h, t in crumbs)
                      + f'<li class="active breadcrumb-item"><span class="active breadcrumb-text-truncate">{esc(art.title)}</span></li></ol></nav>')
    else:
        crumb_html = ('<nav id="breadcrumbs"><ul aria-label="Breadcrumb" class="breadcrumb breadcrumb-horizontal">'
                      + "".join(f'<li{" class=first" if i == 0 else ""}><a href="{h}" >{esc(t)}</a><span class="divider">/</span></li>'
                                for i, (h, t) in enumerate(crumbs))
                      + f'<li class="active last breadcrumb-truncate">{esc(art.title)}</li></ul></nav>')
    traps.append("other asset publisher portlets ('Tin khác', 'Tin mới', 'Văn bản mới') share the same portlet markup")
    address = f"xã {o['xa']}, {o['huyen']}, tỉnh Đồng Tháp"
    theme_id = "dongthap_WAR_dongthaptheme" if not lr7 else "classic_WAR_classictheme"
    cur_url = url.replace(base, "").replace("/", "\\x2f")
    head_js = f'''<script type="text/javascript">
	// <![CDATA[
		var Liferay = {{
			Browser: {{acceptsGzip: function() {{return true;}}, getMajorVersion: function() {{return 120.0;}}, isIe: function() {{return false;}}}},
			Data: {{NAV_SELECTOR: '#navigation', isCustomizationView: function() {{return false;}}, notices: [null]}},
			ThemeDisplay: {{
				getLayoutId: function() {{return "{rng.randint(10, 99)}";}},
				getLayoutURL: function() {{return "{base}{sp}/tin-tuc";}},
				getPlid: function() {{return "{rng.randint(10**5, 10**6)}";}},
				getScopeGroupId: function() {{return "{group}";}},
				getLanguageId: function() {{return "vi_VN";}},
				getPathThemeImages: function() {{return "{base}/{'o/classic-theme' if lr7 else 'dongthap-theme'}/images";}},
				isSignedIn: function() {{return false;}}
			}},
			PropsValues: {{NTLM_AUTH_ENABLED: false}}
		}};
		var themeDisplay = Liferay.ThemeDisplay;
		Liferay.authToken = '{fake_token(8, art.key, "auth")}';
		Liferay.currentURL = '{cur_url}';
	// ]]>
</script>'''
    description = summary_of(text_of(art.lead or next(b[1] for b in art.blocks if b[0] == "p")), 200)
    if lr7:
        html_out = f'''<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
	<title>{esc(art.title)} - {"Giới thiệu" if is_page else "Tin tức"} - {esc(site)}</title>
	<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="{esc(description)}" lang="vi-VN" name="description" />
<link data-senna-track="temporary" href="{url}" rel="canonical" />
<link data-senna-track="temporary" href="{url}" hreflang="vi-VN" rel="alternate" />
<meta property="og:locale" content="vi_VN">
<meta property="og:site_name" content="{esc(site)}">
<meta property="og:title" content="{esc(art.title)} - {esc(site)} - Cổng thông tin điện tử tỉnh Đồng Tháp">
<meta property="og:type" content="website">
<meta property="og:url" content="{url}">
<link href="{base}/o/classic-theme/images/favicon.ico" rel="icon" />
<link class="lfr-css-file" data-senna-track="temporary" href="{base}/o/classic-theme/css/clay.css?browserId=chrome&amp;themeId={theme_id}&amp;minifierType=css&amp;languageId=vi_VN&amp;t=1712300000000" id="liferayAUICSS" rel="stylesheet" type="text/css" />
<link data-senna-track="temporary" href="/o/frontend-css-web/main.css?browserId=chrome&amp;themeId={theme_id}&amp;minifierType=css&amp;languageId=vi_VN&amp;t=1712300000000" id="liferayPortalCSS" rel="stylesheet" type="text/css" />
{head_js}
<script src="/o/frontend-js-jquery-web/jquery/jquery.min.js" type="text/javascript"></script>
</head>
<body class="chrome controls-visible  yui3-skin-sam guest-site signed-out public-page site">
<nav aria-label="Liên kết nhanh" class="quick-access-nav" id="rurr_quickAccessNav">
	<h1 class="hide-accessible">Điều hướng</h1>
	<ul>
			<li><a href="#main-content">Nhảy tới nội dung</a></li>
	</ul>
</nav>
<div class="d-flex flex-column min-vh-100">
	<div class="d-flex flex-column flex-fill position-relative" id="wrapper">
			<header id="banner">
				<div class="navbar navbar-classic navbar-top py-3">
					<div class="container user-personal-bar">
						<div class="align-items-center autofit-row">
							<a class="logo custom-logo align-items-center d-md-inline-flex d-sm-none d-none logo-md" href="{base}{sp}" title="Đi tới {esc(site)}">
								<img alt="" class="mr-2" height="56" src="/image/layout_set_logo?img_id={rng.randint(10**6, 10**7)}&amp;t=1712300000000" />
									<h2 class="font-weight-bold h2 mb-0 text-dark" role="heading" aria-level="1">{esc(site)}</h2>
							</a>
							<div class="autofit-col autofit-col-expand">
									<div class="justify-content-md-end mr-4 navbar-form" role="search">
										<form action="{base}{sp}/tim-kiem" method="get"><div class="input-group search-bar"><input class="form-control input-group-inset input-group-inset-after search-bar-keywords-input" name="q" placeholder="Tìm kiếm..." title="Tìm kiếm" type="text" value="" /><div class="input-group-inset-item input-group-inset-item-after"><button aria-label="Gửi" class="btn btn-monospaced btn-unstyled" type="submit"><svg class="lexicon-icon lexicon-icon-search" role="presentation"><use xlink:href="{base}/o/classic-theme/images/clay/icons.svg#search"></use></svg></button></div></div></form>
									</div>
							</div>
							<div class="autofit-col">
								<span class="sign-in text-default" role="presentation"><a data-redirect="true" href="/c/portal/login?p_l_id={rng.randint(10**5, 10**6)}" class="sign-in text-default"><svg class="lexicon-icon lexicon-icon-user" role="presentation"><use xlink:href="{base}/o/classic-theme/images/clay/icons.svg#user"></use></svg> Đăng nhập</a></span>
							</div>
						</div>
					</div>
				</div>
				<div class="navbar navbar-classic navbar-expand-md navbar-light pb-3">
					<div class="container">
						<button aria-controls="navigationCollapse" aria-expanded="false" aria-label="Toggle navigation" class="navbar-toggler navbar-toggler-right" data-target="#navigationCollapse" data-toggle="liferay-collapse" type="button"><span class="navbar-toggler-icon"></span></button>
						<div aria-expanded="false" class="collapse navbar-collapse" id="navigationCollapse">
							<div class="portlet-boundary portlet-boundary_com_liferay_site_navigation_menu_web_portlet_SiteNavigationMenuPortlet_  portlet-static portlet-static-end portlet-barebone portlet-navigation " id="p_p_id_com_liferay_site_navigation_menu_web_portlet_SiteNavigationMenuPortlet_">
								<div class="portlet-body"><div id="navbar_com_liferay_site_navigation_menu_web_portlet_SiteNavigationMenuPortlet"><ul aria-label="Các trang trên Site" class="navbar-blank navbar-nav navbar-site" role="menubar">{menu_items}</ul></div></div>
							</div>
						</div>
					</div>
				</div>
			</header>
		<section class="container flex-fill" id="content">
			<h2 class="hide-accessible" role="heading" aria-level="1">{esc(art.title)} - {esc(site)}</h2>
			<div class="columns-2-1" id="main-content" role="main">
	<div class="portlet-layout row">
		<div class="col-md-12 portlet-column portlet-column-only" id="column-0">
			<div class="portlet-dropzone portlet-column-content portlet-column-content-only" id="layout-column_column-0">
				<div class="portlet-boundary portlet-boundary_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_  portlet-static portlet-static-end portlet-barebone portlet-breadcrumb " id="p_p_id_com_liferay_site_navigation_breadcrumb_web_portlet_SiteNavigationBreadcrumbPortlet_">
					<div class="portlet-body">{crumb_html}</div>
				</div>
			</div>
		</div>
	</div>
	<div class="portlet-layout row">
		<div class="col-md-8 portlet-column portlet-column-first" id="column-1">
			<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{main_portlet}
{"" if is_page else other}
			</div>
		</div>
		<div class="col-md-4 portlet-column portlet-column-last" id="column-2">
			<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
{"".join(side)}
			</div>
		</div>
	</div>
</div>
<form action="#" aria-hidden="true" class="hide" id="hrefFm" method="post" name="hrefFm"><span></span><button hidden type="submit">Ẩn</button></form>
		</section>
		<footer id="footer" role="contentinfo">
			<div class="container">
				<div class="row">
					<div class="col-md-12 text-center text-md-left">
						<p class="font-weight-bold">ỦY BAN NHÂN DÂN XÃ {esc(o["xa"].upper())}</p>
						<p>Địa chỉ: {esc(address)} - Điện thoại: 0277.38{rng.randint(10, 99)}.xxx</p>
						<p>Bản quyền thuộc Cổng thông tin điện tử tỉnh Đồng Tháp. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
					</div>
				</div>
			</div>
		</footer>
	</div>
</div>
<script type="text/javascript">
	// <![CDATA[
	Liferay.Util.addInputType();
	Liferay.Portlet.register('com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_{pid}');
	// ]]>
</script>
<script src="{base}/o/classic-theme/js/main.js?browserId=chrome&amp;minifierType=js&amp;languageId=vi_VN&amp;t=1712300000000" type="text/javascript"></script>
</body>
</html>
'''
    else:
        html_out = f'''<!DOCTYPE html>

<html class="aui ltr" dir="ltr" lang="vi-VN">

<head>
	<title>{esc(art.title)} - Tin tức - {esc(site)}</title>

	<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="{esc(description)}" lang="vi-VN" name="description" />
<link href="{base}/dongthap-theme/images/favicon.ico" rel="Shortcut Icon" />
<link href="{url}" rel="canonical" />
<link class="lfr-css-file" href="{base}/dongthap-theme/css/aui.css?browserId=other&amp;themeId={theme_id}&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6205&amp;t=1700000000000" rel="stylesheet" type="text/css" />
<link href="/html/css/main.css?browserId=other&amp;themeId={theme_id}&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6205&amp;t=1700000000000" rel="stylesheet" type="text/css" />
<link href="{base}/html/portlet/asset_publisher/css/main.css?browserId=other&amp;themeId={theme_id}&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6205&amp;t=1700000000000" rel="stylesheet" type="text/css" />
{head_js}
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId={theme_id}&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;b=6205&amp;t=1700000000000" type="text/javascript"></script>
<link class="lfr-css-file" href="{base}/dongthap-theme/css/main.css?browserId=other&amp;themeId={theme_id}&amp;minifierType=css&amp;languageId=vi_VN&amp;b=6205&amp;t=1700000000000" rel="stylesheet" type="text/css" />
<style type="text/css">
#p_p_id_101_INSTANCE_{pid}_ .portlet-borderless-container {{ border-width: ; border-style: }}
</style>
</head>

<body class=" yui3-skin-sam controls-visible guest-site signed-out public-page site">

<a href="#main-content" id="skip-to-content">Nhảy tới nội dung</a>

<div class="container-fluid" id="wrapper">
	<header id="banner" role="banner">
		<div id="heading">
			<h1 class="site-title">
				<a class="logo custom-logo" href="{base}{sp}" title="Đi tới {esc(site)}">
					<img alt="{esc(site)}" height="120" src="/image/layout_set_logo?img_id={rng.randint(10**6, 10**7)}&amp;t=1700000000000" width="1170" />
				</a>
			</h1>
			<div class="top-links"><span class="today">{WEEKDAY_VI[datetime(2025, 5, 2).weekday()]}, ngày 02/05/2025</span> | <a href="/c/portal/login?p_l_id={rng.randint(10**5, 10**6)}" id="sign-in" rel="nofollow">Đăng nhập</a></div>
		</div>
		<nav class="sort-pages modify-pages navbar site-navigation" id="navigation" role="navigation">
			<div class="navbar-inner">
				<div class="collapse nav-collapse">
					<ul aria-label="Các trang trên Site" class="nav nav-collapse" role="menubar">{menu_items}</ul>
				</div>
			</div>
		</nav>
	</header>

	<div id="content">
		{crumb_html}
		<div class="columns-2" id="main-content" role="main">
	<div class="portlet-layout row-fluid">
		<div class="portlet-column portlet-column-first span8" id="column-1">
			<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{main_portlet}
{other}
			</div>
		</div>
		<div class="portlet-column portlet-column-last span4" id="column-2">
			<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
				<div class="portlet-boundary portlet-boundary_3_  portlet-static portlet-static-end portlet-search " id="p_p_id_3_"><section class="portlet"><div class="portlet-body"><form action="{base}{sp}/tim-kiem" method="get" name="_3_fm"><input class="search-input" name="_3_keywords" placeholder="Tìm kiếm" size="30" title="Tìm kiếm" type="text" value="" /><input type="image" alt="Tìm kiếm" src="{base}/dongthap-theme/images/common/search.png" title="Tìm kiếm" /></form></div></section></div>
{"".join(side)}
			</div>
		</div>
	</div>
</div>
	</div>

	<footer id="footer" role="contentinfo">
		<p class="powered-by"><strong>ỦY BAN NHÂN DÂN XÃ {esc(o["xa"].upper())}</strong><br />Địa chỉ: {esc(address)}<br />Điện thoại: 0277.38{rng.randint(10, 99)}.xxx - Email: {slugify(o["xa"]).replace("-", "")}@dongthap.gov.vn</p>
		<p>© Bản quyền thuộc Cổng thông tin điện tử tỉnh Đồng Tháp</p>
	</footer>
</div>

<script src="/html/js/liferay/portlet_sharing.js?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;b=6205&amp;t=1700000000000" type="text/javascript"></script>
<script type="text/javascript">
	// <![CDATA[
		AUI().use('aui-base', 'liferay-menu', 'liferay-notice', 'liferay-poller', 'liferay-session', function(A) {{(function() {{Liferay.Util.addInputType();Liferay.Portlet.ready(function(portletId, node) {{Liferay.Util.addInputType(node);}});}})();(function() {{new Liferay.Menu();}})();}});
	// ]]>
</script>
<script src="{base}/dongthap-theme/js/main.js?browserId=other&amp;minifierType=js&amp;languageId=vi_VN&amp;b=6205&amp;t=1700000000000" type="text/javascript"></script>
</body>
</html>
'''
    exp = result(art, "liferay", variant + (f"-{template}" if not lr7 else ""), url, published=published, author=author,
                 category=None if is_page else art.category, body_text=expected_body(art), images=images, attachments=atts,
                 traps=traps + style_traps(art, st))
    return html_out, exp, check_html


builder("liferay")(page_liferay)



# ================================================================================================
# websphere: IBM WebSphere Portal 8.5 theme (wptheme*) and an older Portal 6-style table skin; WCM content
# ================================================================================================
WPS_LEFT_MENU = ["Giới thiệu", "Cơ cấu tổ chức", "Tin tức - Sự kiện", "Chỉ đạo điều hành", "Văn bản pháp quy",
                 "Thủ tục hành chính", "Dự án - Đầu tư", "Thống kê", "Hỏi đáp trực tuyến", "Liên hệ"]


def wps_id(*parts):
    return "Z7_" + fake_token(20, *parts).upper()


def wps_portlet(title, body, variant, pid, extra_cls=""):
    if variant == "wp8":
        return f'''<div class="component-control id-{pid}" id="{pid}" >
<section class="ibmPortalControl wpthemeControl wpthemeHidden a11yRegionTarget {extra_cls}" role="region" aria-labelledby="title.{pid}">
<div class="asa.portlet" id="asa.portlet.{pid}" style="display:none;"><span class="asa.portlet.id">{pid}</span></div>
<header class="wpthemeControlHeader" role="banner" aria-label="Tiêu đề cổng thông tin">
	<div class="wpthemeInner">
		<h2><span id="title.{pid}">{title}</span></h2>
	</div>
</header>
<div class="wpthemeControlBody wpthemeOverflowAuto wpthemeClear">
<!-- start portlet markup -->
<div class="wpsPortletBody">
{body}
</div>
<!-- end portlet markup -->
</div>
</section>
</div>
'''
    return f'''<table class="wpsPortlet {extra_cls}" width="100%" cellpadding="0" cellspacing="0" summary="">
<tr><td class="wpsPortletTitleBar"><span class="wpsPortletTitle">{title}</span></td></tr>
<tr><td class="wpsPortletBodyTD" valign="top">
<a name="{pid}"></a>
<div class="wpsPortletBody">
{body}
</div>
</td></tr>
</table>
'''


def page_websphere(art):
    o = art.opts
    variant = o["variant"]
    rng = rng_for(art.key)
    host = o["host"]
    base = f"https://{host}"
    url = base + o["path"]
    site = o["site"]
    when = art.when
    traps = []

    def img(file, alt):
        u = fake_uuid(art.key, file)
        src = f"/wps/wcm/connect/{u}/{qpath(file)}?MOD=AJPERES&amp;CACHEID=ROOTWORKSPACE-{u}-{fake_token(7, file)}"
        return (f'<img alt="{esc(alt)}" src="{src}" style="width: 650px; height: 433px;" />', base + htmlmod.unescape(src))

    st = BodyStyle(rng, indent="word" if variant == "wp6" else "justify", img=img, figure="plain", heading="strong_p",
                   table="word" if variant == "wp6" else "ck", att_href=lambda f: f"/wps/wcm/connect/{fake_uuid(f)}/{qpath(f)}?MOD=AJPERES",
                   byline="right_strong")
    body_html, body_images, atts = st.render(art, with_lead=False)
    check_html, _, _ = st.render(art, with_lead=False, check=True)
    if art.lead:
        check_html = f"<p>{art.lead}</p>\n" + check_html
        traps.append("the sapo (div.sapo-detail) is the first paragraph of body_text")
    images = []
    feat = ""
    if art.featured:
        f, alt = art.featured
        tag, u = img(f, alt)
        feat = f'<div class="image-detail" style="text-align:center">{tag}</div>'
        images.append({"url": u, "alt": alt, "caption": None})
    images += body_images
    if o["date_fmt"] == "hm_dmy":
        date_vis, published = f"{hm(when)} {dmy(when)}", iso_local(when)
    else:
        date_vis, published = dmy(when), when.date().isoformat()
    views = f' <span class="view-count">| Lượt xem: {rng.randint(100, 6000)}</span>' if o.get("views") else ""
    lead = f'<div class="sapo-detail"><strong>{art.lead}</strong></div>' if art.lead else ""
    share = (f'<div class="share-detail"><span>Chia sẻ:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={quote(url, safe="")}" '
             f'target="_blank" title="Facebook"><img src="/wps/contenthandler/dav/themelist/theme_sxd/images/fb.png" alt="facebook"></a> '
             f'<a href="https://zalo.me/share?u={quote(url, safe="")}" target="_blank" title="Zalo"><img src="/wps/contenthandler/dav/'
             f'themelist/theme_sxd/images/zalo.png" alt="zalo"></a> <a href="javascript:window.print();" title="In trang">In trang</a> '
             f'<a href="mailto:?subject={quote(art.title)}&amp;body={quote(url, safe="")}">Gửi email</a></div>')
    content = f'''<!-- WCM CONTENT: Tin chi tiet -->
<div class="news-detail">
	<div class="title-detail"><h1>{esc(art.title)}</h1></div>
	<div class="date-detail"><span class="icon-clock"></span> {date_vis}{views}</div>
	{lead}
	{feat}
	<div class="content-detail">
{body_html}
	</div>
	{share}
</div>'''
    traps.append("several div.wpsPortletBody on the page (left menu, content, 'Tin khác', links): only the WCM one holds the article")
    traps.append("left navigation portlet text (long category menu) leaks into page text")
    traps.append("<base href> points at the portal state URL (/!ut/p/z1/…): resolve relative URLs against it")
    if o.get("views"):
        traps.append("'| Lượt xem: N' on the date line")
    cat = art.category
    pid_menu, pid_content, pid_other, pid_links = (wps_id(art.key, "m"), wps_id(art.key, "c"), wps_id(art.key, "o"),
                                                   wps_id(art.key, "l"))
    menu_body = ('<ul class="menu-left">' + "".join(
        f'<li{" class=active" if m == "Tin tức - Sự kiện" else ""}><a href="/wps/portal/Home/{slugify(m)}">{m}</a>'
        + ("<ul>" + "".join(f'<li><a href="/wps/portal/Home/tin-tuc/{slugify(s)}">{s}</a></li>' for s in
                            [cat, "Tin trong tỉnh", "Tin trong nước", "Thông báo"]) + "</ul>" if m == "Tin tức - Sự kiện" else "")
        + "</li>" for m in WPS_LEFT_MENU) + "</ul>")
    others = news_items(rng, 6)
    other_body = ('<div class="list-other-news"><ul>' + "".join(
        f'<li><a href="/wps/portal/Home/tin-tuc/tin-chi-tiet/{slugify(cat)}/{slugify(t)[:40]}">{esc(t)}</a> <span class="date">'
        f'({dmy(d)})</span></li>' for t, d in zip(others, news_dates(rng, when, 6))) + "</ul></div>")
    links_body = ('<select onchange="window.open(this.value)"><option value="">--- Liên kết website ---</option>'
                  '<option value="https://angiang.gov.vn">Cổng thông tin điện tử tỉnh An Giang</option>'
                  '<option value="https://dichvucong.angiang.gov.vn">Cổng dịch vụ công tỉnh</option>'
                  '<option value="https://chinhphu.vn">Cổng thông tin điện tử Chính phủ</option></select>')
    counter_body = (f'<div class="counter"><p>Đang truy cập: <b>{rng.randint(10, 200)}</b></p><p>Hôm nay: <b>{rng.randint(500, 9000):,}</b></p>'
                    f'<p>Tổng lượt truy cập: <b>{rng.randint(10**6, 9 * 10**6):,}</b></p></div>').replace(",", ".")
    left = wps_portlet("Danh mục", menu_body, variant, pid_menu, "menu-portlet")
    main = (wps_portlet("Chi tiết tin", content, variant, pid_content)
            + wps_portlet("Tin khác", other_body, variant, pid_other))
    right = (wps_portlet("Liên kết", links_body, variant, pid_links)
             + wps_portlet("Thống kê truy cập", counter_body, variant, wps_id(art.key, "t")))
    state = "z1/" + fake_token(150, art.key, "state") + "/dz/d5/L2dBISEvZ0FBIS9nQSEh/"
    base_href = f"{base}/wps/portal/Home/!ut/p/{state}"
    top_menu = "".join(f'<li class="wpthemeNavListItem wpthemeLeft"><a href="/wps/portal/Home/{slugify(m)}"><span lang="vi" dir="ltr">{m}</span></a></li>'
                       for m in ["Trang chủ", "Giới thiệu", "Tin tức", "Văn bản", "Dịch vụ công", "Hỏi đáp", "Liên hệ"])
    footer = (f'<p><strong>{esc(site.upper())}</strong></p><p>Địa chỉ: số {rng.randint(1, 90)} đường {rng.choice(["Tôn Đức Thắng", "Lê Lợi", "Hai Bà Trưng", "Nguyễn Huệ"])}, '
              f'phường Mỹ Bình, thành phố Long Xuyên, tỉnh An Giang</p><p>Điện thoại: 0296.38{rng.randint(10, 99)}.xxx - Fax: 0296.38{rng.randint(10, 99)}.xxx'
              f' - Email: {host.split(".")[0]}@angiang.gov.vn</p><p>Chịu trách nhiệm chính: {"Chủ tịch" if "mttq" in host else "Giám đốc"} - '
              f'Giấy phép số {rng.randint(10, 99)}/GP-TTĐT</p>')
    description = summary_of(text_of(art.lead or next(b[1] for b in art.blocks if b[0] == "p")), 200)
    if variant == "wp8":
        html_out = f'''<!DOCTYPE html>
<html lang="vi">
<head><base href="{base_href}">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(art.title)}</title>
<meta name="description" content="{esc(description)}">
<link id="com.ibm.lotus.NavStateUrl" rel="alternate" href="/wps/portal/Home/!ut/p/{state}" />
<link rel="bookmark" title="{esc(art.title)}" href="{url}" hreflang="vi"/>
<link href="/wps/contenthandler/!ut/p/digest!{fake_token(22, art.key)}/mashup/ra:collection?themeID=ZJ_{fake_token(20, 'th').upper()}&amp;locale=vi&amp;mime-type=text%2Fcss&amp;lm=1700000000000&amp;entry=wp_one_ui__0.0&amp;entry=wp_portlet_css__0.0&amp;entry=wp_theme_portal_85__0.0" rel="stylesheet" type="text/css">
<link rel="stylesheet" href="/wps/contenthandler/dav/fs-type1/themes/AnGiang/css/style.css">
<script type="text/javascript">var ibmCfg = {{ "portalConfig": {{"contentHandlerURI":"/wps/mycontenthandler/!ut/p/digest!{fake_token(22, art.key, 'x')}/","isVirtualPortal":false,"locale":"vi","portalURI":"/wps/portal/","pageTitle":"{esc(art.title)}","portalProtectedURI":"/wps/myportal/"}}, "userConfig": {{"userID":null}} }};</script>
<script type="text/javascript" src="/wps/contenthandler/!ut/p/digest!{fake_token(22, art.key, 'j')}/mashup/ra:collection?themeID=ZJ_{fake_token(20, 'th').upper()}&amp;locale=vi&amp;mime-type=text%2Fjavascript&amp;lm=1700000000000&amp;entry=wp_client_main__0.0&amp;entry=wp_client_ext__0.0"></script>
</head>
<body id="content" class="lotusui30dojo tundra locale_vi">
<div class="wpthemeFrame">
	<header role="banner" aria-label="Tiêu đề">
		<div class="wpthemeHeader">
			<a rel="nofollow" href="#wpthemeMainContent" class="wpthemeAltText" tabindex="1">Chuyển tới nội dung chính</a>
			<div class="wpthemeInner">
				<div class="wpthemeLogo wpthemeLeft">
					<span class="wpthemeAltText">{esc(site)}</span>
					<a href="/wps/portal/Home"><img src="/wps/contenthandler/dav/fs-type1/themes/AnGiang/images/banner-{host.split(".")[0]}.png" alt="{esc(site)}"></a>
				</div>
				<div class="wpthemeBannerRight"><span class="today">{WEEKDAY_VI[datetime(2025, 5, 2).weekday()]}, 02/05/2025</span>
				<form class="wpthemeSearch" action="/wps/portal/Home/tim-kiem" method="get"><input type="text" name="query" placeholder="Tìm kiếm..." title="Tìm kiếm"><input type="submit" value="Tìm"></form>
				<a href="/wps/portal/Home/!ut/p/z1/login" class="wpthemeLoginLink">Đăng nhập</a></div>
				<div class="wpthemeClear"></div>
			</div>
		</div>
		<div class="wpthemeNavContainer">
			<nav class="wpthemeHeaderNav" aria-label="Điều hướng chính" role="navigation">
				<div class="wpthemeInner">
					<ul class="wpthemeNavList">{top_menu}</ul>
				</div>
			</nav>
			<div class="wpthemeCrumbTrail"><div class="wpthemeInner"><a href="/wps/portal/Home">Trang chủ</a> <span class="wpthemeSeparator">&gt;</span> <a href="/wps/portal/Home/tin-tuc">Tin tức - Sự kiện</a> <span class="wpthemeSeparator">&gt;</span> <a href="/wps/portal/Home/tin-tuc/{slugify(cat)}#gsc.tab=0">{esc(cat)}</a></div></div>
		</div>
	</header>
	<div class="wpthemeMainContent" id="wpthemeMainContent" tabindex="-1">
		<!-- begin: page content -->
		<div class="wpthemeInner">
			<div id="layoutContainers" class="wpthemeLayoutContainers wpthemeLayoutContainersHidden">
				<div class="hiddenWidgetsDiv">
					<!-- widgets in this container are hidden in the UI by default -->
					<div class='component-container wpthemeFull id-{wps_id(art.key, "h")}' name='ibmHiddenWidgets' id='ibmHiddenWidgets'></div>
				</div>
				<div class="wpthemeInner">
					<div class="component-container wpthemeRow id-{wps_id(art.key, "r")}">
						<div class="component-container wpthemeCol wpthemeLeft wpthemeCol3 id-{wps_id(art.key, "c1")}">
{left}
						</div>
						<div class="component-container wpthemeCol wpthemeLeft wpthemeCol6 id-{wps_id(art.key, "c2")}">
{main}
						</div>
						<div class="component-container wpthemeCol wpthemeLeft wpthemeCol3 id-{wps_id(art.key, "c3")}">
{right}
						</div>
					</div>
				</div>
			</div>
		</div>
		<!-- end: page content -->
	</div>
	<footer role="contentinfo">
		<div class="wpthemeFooter"><div class="wpthemeInner">{footer}</div></div>
	</footer>
</div>
<script type="text/javascript">i$.addOnLoad(function(){{wptheme.initStickyHeader && wptheme.initStickyHeader();}});</script>
</body>
</html>
'''
    else:
        html_out = f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html lang="vi">
<head>
<base href="{base_href}">
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{esc(site)} - {esc(art.title)}</title>
<meta name="description" content="{esc(description)}">
<link rel="stylesheet" href="/wps/themes/html/SYT/styles.jsp" type="text/css">
<link rel="stylesheet" href="/wps/themes/html/SYT/css/portlet.css" type="text/css">
<script type="text/javascript" src="/wps/themes/html/SYT/js/jquery.js"></script>
<script type="text/javascript">
<!--
function wpsFLY_toggleFlyout(){{return false;}}
// -->
</script>
</head>
<body class="portalBody" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="1000" align="center" cellpadding="0" cellspacing="0" border="0" class="wrapper">
<tr><td colspan="3" class="banner"><a href="/wps/portal/Home"><img src="/wps/themes/html/SYT/images/banner.jpg" width="1000" height="150" alt="{esc(site)}" border="0"></a></td></tr>
<tr><td colspan="3" class="topnav">
<table width="100%" cellpadding="0" cellspacing="0"><tr>
{"".join(f'<td class="navitem"><a href="/wps/portal/Home/{slugify(m)}">{m}</a></td><td class="navsep">|</td>' for m in ["Trang chủ", "Giới thiệu", "Tin tức", "Văn bản", "Thủ tục hành chính", "Liên hệ"])}
<td class="navsearch" align="right"><form action="/wps/portal/Home/tim-kiem" method="get">Tìm kiếm: <input type="text" name="q" size="18"> <input type="submit" value="Tìm"></form></td>
</tr></table>
</td></tr>
<tr><td colspan="3" class="breadcrumb">Bạn đang ở: <a href="/wps/portal/Home">Trang chủ</a> &raquo; <a href="/wps/portal/Home/tin-tuc">Tin tức</a> &raquo; <a href="/wps/portal/Home/tin-tuc/{slugify(cat)}">{esc(cat)}</a></td></tr>
<tr>
<td width="220" valign="top" class="leftcol">
{left}
</td>
<td width="560" valign="top" class="centercol">
{main}
</td>
<td width="220" valign="top" class="rightcol">
{right}
</td>
</tr>
<tr><td colspan="3" class="footer" align="center">{footer}<p>Phát triển trên nền IBM WebSphere Portal</p></td></tr>
</table>
</body>
</html>
'''
        traps.append("MS Word paste in WCM body: p.MsoNormal, <o:p>, MsoTableGrid")
    exp = result(art, "websphere", variant, url, published=published, author=expected_author(art), category=cat,
                 body_text=expected_body(art), images=images,
                 attachments=[{"url": urljoin(base_href, htmlmod.unescape(a["url"])), "text": a["text"]} for a in atts],
                 traps=traps + style_traps(art, st))
    return html_out, exp, check_html


builder("websphere")(page_websphere)



# ================================================================================================
# aspnet: Default.aspx?sname=…&sid=…&pageid=… provincial platforms (Sóc Trăng-, Nam Định-, Lào Cai-like)
# ================================================================================================
ASP_MENU = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chỉ đạo điều hành", "Văn bản", "Thủ tục hành chính", "Hỏi đáp",
            "Liên hệ"]


def asp_url(o, pageid=None, item=None, catid=None, catname=None, title=None, amp=False):
    q = [("sname", o["sname"]), ("sid", o["sid"]), ("pageid", pageid or o["pageid"])]
    if catid:
        q.append(("catid", catid))
    if item:
        q.append(("id", item))
    if catname:
        q.append(("catname", catname))
    if title:
        q.append(("title", title))
    sep = "&amp;" if amp else "&"
    return "Default.aspx?" + sep.join(f"{k}={v}" for k, v in q)


def viewstate(key, n=600):
    import base64

    raw = hashlib.sha256(key.encode()).digest() * (n // 32 + 1)
    return "/wEPDw" + base64.b64encode(raw[:n]).decode()


def ch_time(dt):
    h = dt.hour % 12 or 12
    return f"{h}:{dt.minute:02d} {'CH' if dt.hour >= 12 else 'SA'}"


def page_aspnet(art):
    o = art.opts
    variant = o["variant"]
    rng = rng_for(art.key)
    base = f"https://{o['host']}"
    title_slug = slugify(art.title)
    rel = asp_url(o, item=o["item_id"], catid=o["catid"], catname=o["catname"], title=title_slug)
    url = f"{base}/{rel}"
    rel_amp = asp_url(o, item=o["item_id"], catid=o["catid"], catname=o["catname"], title=title_slug, amp=True)
    when = art.when
    traps = []
    upload_dir = (f"Uploads/Images/{o['sname']}/{when.year}/{when.month}" if variant != "laocai"
                  else f"/Upload/{o['sname']}/{when.year}/{when.month:02d}/{when.day:02d}")

    def img(file, alt):
        src = f"{upload_dir}/{qpath(file)}"
        return (f'<img alt="{esc(alt)}" src="{src}" style="width:600px;height:400px;border:0" />', urljoin(url, src))

    st = BodyStyle(rng, indent="justify" if variant != "namdinh" else "span_font", img=img, figure="plain", heading="strong_p",
                   table="bare" if variant == "namdinh" else "ck", att_href=lambda f: f"{upload_dir}/{qpath(f)}",
                   byline="right_strong", noise=1 if variant == "soctrang" else 0, spacer=variant == "soctrang")
    body_html, body_images, atts = st.render(art, with_lead=False)
    check_html, _, _ = st.render(art, with_lead=False, check=True)
    if art.lead:
        check_html = f"<p>{art.lead}</p>\n" + check_html
        traps.append("the summary box (lead) is the first paragraph of body_text")
    atts = [{"url": urljoin(url, a["url"]), "text": a["text"]} for a in atts]
    if variant != "laocai":
        traps.append("image src are relative without a leading slash (Uploads/…): resolve against the Default.aspx URL")
    images = []
    feat = ""
    if art.featured:
        f, alt = art.featured
        tag, u = img(f, alt)
        feat = f'<div class="ArticleImage">{tag}</div>'
        images.append({"url": u, "alt": alt, "caption": None})
    images += body_images
    fmt = o["date_fmt"]
    if fmt == "dmy_hm":
        date_vis, published = f"{dmy(when)} {hm(when)}", iso_local(when)
    elif fmt == "dmy_h_ch":
        date_vis, published = f"{dmy(when)} {ch_time(when)}", iso_local(when)
        traps.append("SharePoint-style time 'h:mm CH' (CH = PM, SA = AM)")
    else:
        date_vis, published = dmy(when), when.date().isoformat()
    cms_author = o.get("cms_author")
    author = expected_author(art, cms_author)
    views = o.get("views")
    cat = art.category
    others = news_items(rng, 6)
    odates = news_dates(rng, when, 6)
    other_list = "".join(
        f'<li><a href="{asp_url(o, item=o["item_id"] - 7 * (i + 1), catid=o["catid"], catname=o["catname"], title=slugify(t), amp=True)}">'
        f'{esc(t)}</a> <span class="Date">({dmy(d)})</span></li>' for i, (t, d) in enumerate(zip(others, odates)))
    traps.append("'Các tin khác' ul.ArticleList after the article")
    menu = "".join(f'<li><a href="{asp_url(o, pageid=o["pageid"] - 10 + i, amp=True)}">{m}</a></li>' for i, m in enumerate(ASP_MENU))
    vs = viewstate(art.key)
    form_head = f'''<form name="aspnetForm" method="post" action="./{rel_amp}" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{
    theForm = document.aspnetForm;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<script src="/WebResource.axd?d={fake_token(86, art.key, 'wr')}&amp;t=638412345678901234" type="text/javascript"></script>
<script src="/ScriptResource.axd?d={fake_token(120, art.key, 'sr')}&amp;t=ffffffffb53e74b8" type="text/javascript"></script>'''
    form_tail = f'''<div>
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="{fake_hex(8, art.key).upper()}" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAA{fake_token(60, art.key, 'ev')}" />
</div>
<script type="text/javascript">
//<![CDATA[
Sys.Application.initialize();
//]]>
</script>
</form>'''
    addr = f"xã {o['xa']}, {o['huyen']}, {o['tinh']}"
    phone = f"0{rng.randint(200, 299)}.38{rng.randint(10, 99)}.{rng.randint(100, 999)}"
    docs_list = "".join(f'<li><a href="{asp_url(o, pageid=o["pageid"] + 40, amp=True)}&amp;docid={rng.randint(100, 999)}">{esc(n)}</a><br/><span>{esc(s)}</span></li>'
                        for n, s in docs(rng, 3))
    lead_html = f'<div class="ArticleSummary"><b>{art.lead}</b></div>' if art.lead else ""
    if variant == "soctrang":
        detail = f'''<div id="ctl00_ContentPlaceHolder1_ctl00_pnlDetail" class="ArticleDetail">
	<div class="ArticleHeader">{esc(art.title)}</div>
	<div class="PostDate">Ngày đăng: {date_vis}{f" | Lượt xem: {views}" if views else ""}</div>
	{lead_html}
	{feat}
	<div class="ArticleContent">
{body_html}
	</div>
	{f'<div class="ArticleAuthor">Tác giả: {esc(cms_author)}</div>' if cms_author else ""}
	<div class="ArticleTools"><a href="javascript:window.print()"><img src="Images/print.gif" alt="In" /> In bài viết</a> | <a href="{asp_url(o, pageid=o["pageid"], amp=True)}&amp;mail=1"><img src="Images/email.gif" alt="Email" /> Gửi email</a> | <a href="javascript:history.back()">Quay lại</a></div>
</div>
<div class="OtherArticles">
	<div class="Title">Các tin khác</div>
	<ul class="ArticleList">{other_list}</ul>
</div>'''
        html_out = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><title>
	{esc(o["site"])} - {esc(art.title)}
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><meta name="keywords" content="{esc(o["site"])}, {esc(o["tinh"])}" /><link href="App_Themes/Portal/Style.css" type="text/css" rel="stylesheet" /><link href="App_Themes/Portal/Menu.css" type="text/css" rel="stylesheet" />
<style type="text/css">.ArticleHeader{{font-size:18px;font-weight:bold;color:#1a5fa5}}</style></head>
<body>
    {form_head}
<div id="wrapper">
	<div id="header"><a href="{asp_url(o, pageid=o["pageid"] - 10, amp=True)}"><img src="Uploads/Banner/{o["sname"]}_banner.jpg" alt="{esc(o["site"])}" width="1000" height="160" /></a></div>
	<div id="menu"><ul class="MenuTop">{menu}</ul>
		<div class="SearchBox"><input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" class="txtSearch" value="Tìm kiếm..." onfocus="if(this.value=='Tìm kiếm...')this.value='';" /><input type="submit" name="ctl00$btnSearch" value="Tìm" id="ctl00_btnSearch" class="btnSearch" /></div>
	</div>
	<div id="ctl00_divMarquee" class="Marquee"><marquee scrollamount="2">Chào mừng quý vị đến với Cổng thông tin điện tử {esc(o["site"])}, {esc(o["huyen"])}, {esc(o["tinh"])}</marquee></div>
	<div id="content">
		<div id="ctl00_divLeft" class="ColLeft">
			<div class="BoxModule"><div class="BoxTitle">Danh mục</div><div class="BoxContent"><ul class="ListCategory">{"".join(f'<li><a href="{asp_url(o, pageid=o["pageid"] + i, amp=True)}">{c}</a></li>' for i, c in enumerate(["Tin hoạt động", "Thông báo", "Lao động - Việc làm", "Nông thôn mới", "Văn hóa - Xã hội"]))}</ul></div></div>
			<div class="BoxModule"><div class="BoxTitle">Văn bản mới</div><div class="BoxContent"><ul class="ListDoc">{docs_list}</ul></div></div>
			<div class="BoxModule"><div class="BoxTitle">Đăng nhập</div><div class="BoxContent">Tên đăng nhập: <input name="ctl00$ucLogin$txtUser" type="text" id="ctl00_ucLogin_txtUser" /><br />Mật khẩu: <input name="ctl00$ucLogin$txtPass" type="password" id="ctl00_ucLogin_txtPass" /><br /><input type="submit" name="ctl00$ucLogin$btnLogin" value="Đăng nhập" id="ctl00_ucLogin_btnLogin" /></div></div>
		</div>
		<div id="ctl00_divCenter" class="ColCenter">
			<div class="Breadcrumb"><a href="{asp_url(o, pageid=o["pageid"] - 10, amp=True)}">Trang chủ</a> &gt; <a href="{asp_url(o, catid=o["catid"], catname=o["catname"], amp=True)}">{esc(cat)}</a></div>
{detail}
		</div>
		<div id="ctl00_divRight" class="ColRight">
			<div class="BoxModule"><div class="BoxTitle">Tin mới</div><div class="BoxContent"><ul class="ArticleList">{"".join(f'<li><a href="{asp_url(o, item=o["item_id"] + i + 1, amp=True)}">{esc(t)}</a></li>' for i, t in enumerate(news_items(rng, 5)))}</ul></div></div>
			<div class="BoxModule"><div class="BoxTitle">Thống kê truy cập</div><div class="BoxContent">Đang online: {rng.randint(5, 80)}<br />Tổng truy cập: {rng.randint(10**5, 5 * 10**6):,}</div></div>
		</div>
	</div>
	<div id="footer">
		<p><b>CỔNG THÔNG TIN ĐIỆN TỬ {esc(o["site"].upper())}</b></p>
		<p>Địa chỉ: {esc(addr)} - Điện thoại: {phone}</p>
		<p>Chịu trách nhiệm: Chủ tịch UBND xã - Bản quyền thuộc UBND {esc(o["tinh"])}</p>
	</div>
</div>
{form_tail}
</body>
</html>
'''
        traps.append("WebForms page: __VIEWSTATE, __doPostBack, login box and marquee in the same <form>")
    elif variant == "namdinh":
        detail = f'''<table width="100%" cellpadding="0" cellspacing="0" border="0" class="tblDetail">
<tr><td class="TitleDetail"><span id="ctl00_ContentPlaceHolder1_ucNewsDetail_lblTitle" class="title">{esc(art.title)}</span></td></tr>
<tr><td class="DateDetail"><span id="ctl00_ContentPlaceHolder1_ucNewsDetail_lblDate">{date_vis}</span>{f' - <span id="ctl00_ContentPlaceHolder1_ucNewsDetail_lblView">Lượt xem: {views}</span>' if views else ""}</td></tr>
<tr><td class="SummaryDetail"><span id="ctl00_ContentPlaceHolder1_ucNewsDetail_lblSummary">{f"<b>{art.lead}</b>" if art.lead else ""}</span></td></tr>
<tr><td class="ContentDetail"><div id="ctl00_ContentPlaceHolder1_ucNewsDetail_divContent" class="content">
{feat}
{body_html}
</div></td></tr>
<tr><td align="right" class="ToolDetail"><a id="ctl00_ContentPlaceHolder1_ucNewsDetail_lnkPrint" href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$ucNewsDetail$lnkPrint','')">[In trang]</a> <a href="javascript:history.go(-1)">[Quay lại]</a> <a href="#top">[Đầu trang]</a></td></tr>
</table>
<div class="OtherNews"><div class="OtherNewsTitle">Các tin đã đưa</div><ul class="ArticleList">{other_list}</ul></div>'''
        traps.append("table layout: title, date, summary and content are rows of one table (td.TitleDetail …)")
        html_out = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" >
<head id="ctl00_Head1"><title>
	{esc(art.title)}
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><link href="Css/Portal.css" rel="stylesheet" type="text/css" /><script src="Js/jquery-1.4.2.min.js" type="text/javascript"></script></head>
<body topmargin="0" leftmargin="0">
    {form_head}
<a name="top"></a>
<table width="990" align="center" cellpadding="0" cellspacing="0" border="0" id="tblMain">
<tr><td colspan="3"><object classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000" width="990" height="150"><param name="movie" value="Uploads/Banner/banner_{o["sname"]}.swf" /><param name="wmode" value="transparent" /><embed src="Uploads/Banner/banner_{o["sname"]}.swf" width="990" height="150" wmode="transparent"></embed></object></td></tr>
<tr><td colspan="3" class="MenuBar"><table cellpadding="0" cellspacing="0"><tr>{"".join(f'<td class="MenuItem"><a href="{asp_url(o, pageid=o["pageid"] - 10 + i, amp=True)}">{m}</a></td>' for i, m in enumerate(ASP_MENU))}</tr></table></td></tr>
<tr><td colspan="3" class="DateBar"><span id="ctl00_lblToday">{WEEKDAY_VI[datetime(2025, 7, 1).weekday()]}, ngày 01/07/2025</span></td></tr>
<tr>
<td width="200" valign="top" class="LeftCol">
	<table width="100%" class="Box"><tr><td class="BoxHeader">Chuyên mục</td></tr><tr><td class="BoxBody"><ul class="CatList">{"".join(f'<li><a href="{asp_url(o, pageid=o["pageid"] + i, amp=True)}">{c}</a></li>' for i, c in enumerate(["Tin hoạt động", "An sinh xã hội", "An ninh trật tự", "Văn hóa - Thể thao", "Thông báo"]))}</ul></td></tr></table>
	<table width="100%" class="Box"><tr><td class="BoxHeader">Thăm dò ý kiến</td></tr><tr><td class="BoxBody">Bạn đánh giá thế nào về Cổng thông tin?<br /><input type="radio" name="poll" /> Rất hữu ích<br /><input type="radio" name="poll" /> Hữu ích<br /><input type="radio" name="poll" /> Bình thường<br /><input type="submit" name="ctl00$ucPoll$btnVote" value="Biểu quyết" /></td></tr></table>
</td>
<td width="590" valign="top" class="CenterCol">
	<div class="PathBar"><a href="{asp_url(o, pageid=o["pageid"] - 10, amp=True)}">Trang chủ</a> » <a href="{asp_url(o, catid=o["catid"], catname=o["catname"], amp=True)}">{esc(cat)}</a></div>
{detail}
</td>
<td width="200" valign="top" class="RightCol">
	<table width="100%" class="Box"><tr><td class="BoxHeader">Văn bản mới</td></tr><tr><td class="BoxBody"><ul>{docs_list}</ul></td></tr></table>
	<table width="100%" class="Box"><tr><td class="BoxHeader">Liên kết</td></tr><tr><td class="BoxBody"><a href="https://namdinh.gov.vn"><img src="Uploads/Link/namdinh.jpg" alt="Cổng TTĐT tỉnh" width="190" /></a></td></tr></table>
</td>
</tr>
<tr><td colspan="3" class="Footer" align="center"><b>{esc(o["site"].upper())}</b><br />Địa chỉ: {esc(addr)}<br />Điện thoại: {phone} - Email: {o["sname"]}@namdinh.gov.vn<br />Ghi rõ nguồn khi phát hành lại thông tin từ website này</td></tr>
</table>
{form_tail}
</body>
</html>
'''
    else:  # laocai
        crumbs = (f'<ol class="breadcrumb"><li><a href="/{asp_url(o, pageid=o["pageid"] - 10, amp=True)}">Trang chủ</a></li>'
                  f'<li><a href="/{asp_url(o, catid=o["catid"], catname=o["catname"], amp=True)}">{esc(cat)}</a></li></ol>')
        weekday = WEEKDAY_VI[when.weekday()]
        detail = f'''<div class="news-detail">
	<h1 class="title-news">{esc(art.title)}</h1>
	<div class="meta-news"><span class="date-news"><i class="fa fa-calendar"></i> {weekday}, {date_vis}</span>{f' <span class="view-news"><i class="fa fa-eye"></i> {views:,}'.replace(",", ".") + "</span>" if views else ""}</div>
	{f'<div class="sapo-news">{art.lead}</div>' if art.lead else ""}
	{feat}
	<div class="content-news">
{body_html}
	</div>
	{f'<div class="author-news">{esc(cms_author)}</div>' if cms_author else ""}
	<div class="share-news"><span>Chia sẻ:</span> <div class="fb-share-button" data-href="{url}" data-layout="button_count"></div> <div class="zalo-share-button" data-href="{url}" data-oaid="1234567890" data-layout="2"></div></div>
	<div class="box-other-news"><h3 class="title-box">Tin liên quan</h3><ul class="ArticleList">{other_list}</ul></div>
</div>'''
        if cms_author:
            traps.append("div.author-news after the content is the author, not body text")
        html_out = f'''<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>
	{esc(art.title)} - {esc(o["site"])}
</title><link href="/Content/bootstrap.min.css" rel="stylesheet" /><link href="/Content/font-awesome.min.css" rel="stylesheet" /><link href="/Content/site.css?v=2.4" rel="stylesheet" />
<meta property="og:title" content="{esc(art.title)}" /><meta property="og:url" content="{esc(url)}" /><meta property="og:type" content="article" />
<script async src="https://www.googletagmanager.com/gtag/js?id=G-{fake_token(10, art.key).upper()}"></script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}} gtag('js', new Date()); gtag('config', 'G-{fake_token(10, art.key).upper()}');</script>
</head>
<body>
    {form_head}
<div class="top-bar"><div class="container"><span class="today">{WEEKDAY_VI[datetime(2025, 5, 2).weekday()]}, 02/05/2025</span><span class="pull-right"><a href="/{asp_url(o, pageid=1, amp=True)}">English</a> | <a href="/{asp_url(o, pageid=2, amp=True)}">Sơ đồ cổng</a> | <a href="/Login.aspx">Đăng nhập</a></span></div></div>
<header class="header"><div class="container"><a href="/{asp_url(o, pageid=o["pageid"] - 10, amp=True)}" class="logo"><img src="/Upload/{o["sname"]}/logo.png" alt="{esc(o["site"])}" /></a><div class="site-name"><p class="line1">CỔNG THÔNG TIN ĐIỆN TỬ</p><p class="line2">{esc(o["site"].upper())}</p></div></div></header>
<nav class="navbar navbar-default main-menu"><div class="container"><ul class="nav navbar-nav">{menu.replace('href="Default', 'href="/Default')}</ul><div class="navbar-form navbar-right"><input name="ctl00$txtKeyword" type="text" id="ctl00_txtKeyword" class="form-control" placeholder="Tìm kiếm..." /><input type="submit" name="ctl00$btnSearch" value="Tìm" id="ctl00_btnSearch" class="btn btn-default" /></div></div></nav>
<div class="container main">
	{crumbs}
	<div class="row">
		<div class="col-md-9">
{detail}
		</div>
		<div class="col-md-3 sidebar">
			<div class="box"><h3 class="title-box">Tin đọc nhiều</h3><ul class="ArticleList">{"".join(f'<li><a href="/{asp_url(o, item=o["item_id"] - 30 - i, amp=True)}">{esc(t)}</a></li>' for i, t in enumerate(news_items(rng, 5)))}</ul></div>
			<div class="box"><h3 class="title-box">Văn bản mới</h3><ul>{docs_list.replace('href="Default', 'href="/Default')}</ul></div>
			<div class="box"><h3 class="title-box">Thống kê truy cập</h3><p>Đang truy cập: {rng.randint(5, 80)}</p><p>Tổng lượt truy cập: {rng.randint(10**5, 5 * 10**6)}</p></div>
		</div>
	</div>
</div>
<footer class="footer"><div class="container"><p><strong>{esc(o["site"].upper())}</strong></p><p>Địa chỉ: {esc(addr)}</p><p>Điện thoại: {phone} - Email: {o["sname"]}@laocai.gov.vn</p><p>© Bản quyền thuộc UBND tỉnh Lào Cai</p></div></footer>
{form_tail}
<script src="/Scripts/jquery-3.6.0.min.js"></script><script src="/Scripts/bootstrap.min.js"></script>
<div id="fb-root"></div><script async defer crossorigin="anonymous" src="https://connect.facebook.net/vi_VN/sdk.js#xfbml=1&amp;version=v18.0"></script>
<script src="https://sp.zalo.me/plugins/sdk.js"></script>
</body>
</html>
'''
    if art.byline and cms_author:
        traps.append("byline line in the body wins over the author field")
    exp = result(art, "aspnet", f"aspnet-{variant}", url, published=published, author=author, category=cat,
                 body_text=expected_body(art), images=images, attachments=atts, traps=traps + style_traps(art, st))
    return html_out, exp, check_html


builder("aspnet")(page_aspnet)



# ================================================================================================
# unknown: layouts no profile covers
# ================================================================================================
def unk_news_list(rng, art, n=5, href=lambda t: "#", with_date=True, tag="li"):
    items = news_items(rng, n)
    dates = news_dates(rng, art.when, n)
    return "".join(f'<{tag}><a href="{href(t)}">{esc(t)}</a>' + (f' <span class="date">({dmy(d)})</span>' if with_date else "")
                   + f"</{tag}>" for t, d in zip(items, dates))


def page_unknown(art):
    o = art.opts
    layout = o["layout"]
    rng = rng_for(art.key)
    base = f"https://{o['host']}"
    url = base + o["url_path"]
    when = art.when
    site = o["site"]
    cat = art.category
    traps = []
    cms_author = o.get("cms_author")
    author = expected_author(art, cms_author)
    images = []
    check = True
    docs_html = "".join(f"<li><a href=\"#\">{esc(n)}</a> - {esc(s)}</li>" for n, s in docs(rng, 3))

    def mk_img(prefix, lazy=False, rel=False):
        def img(file, alt):
            src = f"{prefix}{qpath(file)}"
            if lazy:
                return (f'<img class="lazyload" src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" '
                        f'data-src="{src}" alt="{esc(alt)}" />', urljoin(url, src))
            return f'<img src="{src}" alt="{esc(alt)}" border="0" />', urljoin(url, src)
        return img

    published = None
    if layout == "hue":
        st = BodyStyle(rng, indent="justify", img=mk_img("/Portals/0/Uploads/2021/5/"), heading="strong_p", table="ck")
        body_html, body_images, atts = st.render(art)
        published = when.date().isoformat()
        menu = "".join(f'<td><a href="/?gd=1&amp;cn={i}" class="menutop">{m}</a></td><td><img src="/images/sep.gif" alt=""></td>'
                       for i, m in enumerate(["Trang chủ", "Giới thiệu", "Tin tức", "Văn bản", "Dịch vụ công", "Hỏi đáp", "Liên hệ"], 1))
        left = "".join(f'<tr><td class="menuleft"><img src="/images/arrow.gif" alt=""> <a href="/?gd=4&amp;cn={100 + i}">{m}</a></td></tr>'
                       for i, m in enumerate(["Tin chính trị", "Tin kinh tế", "Tin văn hóa - xã hội", "Tin y tế", "Tin giáo dục",
                                              "Tin quốc phòng - an ninh", "Tin từ các xã"]))
        html_out = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(site)}</title>
<link href="/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery.min.js"></script>
<script type="text/javascript" src="/js/menu.js"></script>
</head>
<body>
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td><img src="/images/banner_phuvang.jpg" width="1000" height="180" alt="{esc(site)}" /></td></tr>
  <tr><td class="bgmenu"><table border="0" cellspacing="0" cellpadding="0"><tr>{menu}</tr></table></td></tr>
  <tr><td>
    <table width="100%" border="0" cellspacing="0" cellpadding="0">
      <tr>
        <td width="220" valign="top" class="colleft">
          <table width="100%" border="0" cellspacing="0" cellpadding="0">
            <tr><td class="titleleft">TIN TỨC</td></tr>
            {left}
          </table>
          <table width="100%" border="0" cellspacing="0" cellpadding="0">
            <tr><td class="titleleft">LIÊN KẾT</td></tr>
            <tr><td><a href="https://thuathienhue.gov.vn"><img src="/images/lk_tinh.jpg" width="200" alt="Cổng TTĐT tỉnh" /></a></td></tr>
          </table>
        </td>
        <td valign="top" class="colmain">
          <div class="duongdan"><a href="/">Trang chủ</a> &raquo; <a href="/?gd=3&amp;cn=4">Tin tức</a> &raquo; <a href="/?gd=4&amp;cn=130">{esc(cat)}</a></div>
          <div class="tinbai">
            <h2 class="tieudetin">{esc(art.title)}</h2>
            <div class="ngaycapnhat">Ngày cập nhật {dmy(when)}</div>
            <div class="noidungtin">
{body_html}
            </div>
            <div class="congcu"><a href="javascript:window.print()">In trang</a> | <a href="/?gd=9&amp;tc=2376">Gửi bài viết</a> | <a href="javascript:history.back()">Trở về</a></div>
          </div>
          <div class="tinkhac"><div class="tieudetinkhac">Các tin khác</div><ul>{unk_news_list(rng, art, 6, lambda t: "/?gd=4&amp;cn=130&amp;tc=" + str(rng.randint(1000, 2375)))}</ul></div>
        </td>
      </tr>
    </table>
  </td></tr>
  <tr><td class="footer">Cơ quan chủ quản: UBND huyện Phú Vang, tỉnh Thừa Thiên Huế<br />Địa chỉ: 01 Nguyễn Đình Chiểu, thị trấn Phú Đa, huyện Phú Vang<br />Điện thoại: 0234.3860.xxx - Email: phuvang@thuathienhue.gov.vn</td></tr>
</table>
</body>
</html>
'''
        traps += ["hand-made table layout, no semantic markup; the only date is 'Ngày cập nhật DD/MM/YYYY'",
                  "the title only in h2.tieudetin (<title> is the site name)"]
    elif layout == "thanhhoa":
        st = BodyStyle(rng, indent="justify", img=mk_img("/uploads/images/2025/04/"), heading="strong_p")
        body_html, body_images, atts = st.render(art)
        published = when.date().isoformat()
        weekday = WEEKDAY_VI[when.weekday()].replace("Thứ h", "Thứ H")
        html_out = f'''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(art.title)}</title>
<meta name="description" content="{esc(summary_of(text_of(art.blocks[0][1]), 160))}">
<link rel="stylesheet" href="/templates/thanhhoa/css/main.css?v=3">
</head>
<body>
<div class="wrapper">
  <div class="header">
    <div class="container">
      <div class="logo"><a href="/"><img src="/templates/thanhhoa/images/logo.png" alt=""></a></div>
      <div class="site-title"><h2>{esc(site.upper())}</h2><p>Huyện Hoằng Hóa - Tỉnh Thanh Hóa</p></div>
    </div>
  </div>
  <div class="menu-main"><div class="container"><ul>{"".join(f'<li><a href="/{slugify(m)}">{m}</a></li>' for m in ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Kinh tế", "Văn hóa - Xã hội", "Văn bản", "Thủ tục hành chính", "Liên hệ"])}</ul></div></div>
  <div class="container content">
    <div class="col-main">
      <div class="detail-article">
        <p class="cat-name"><a href="/kinh-te">{esc(cat)}</a></p>
        <h1 class="article-title">{esc(art.title)}</h1>
        <p class="time-post">{weekday}, {dmy(when)}</p>
        <div class="article-content">
{body_html}
        </div>
        <div class="article-tools"><a href="#" class="btn-print">In bài</a><a href="#" class="btn-send">Gửi bài</a><span class="views">Lượt xem: {rng.randint(100, 3000)}</span></div>
      </div>
      <div class="related"><h3>Tin cùng chuyên mục</h3><ul>{unk_news_list(rng, art, 5, lambda t: "/kinh-te/" + slugify(t) + ".htm")}</ul></div>
    </div>
    <div class="col-right">
      <div class="box"><h3>Tin mới</h3><ul>{unk_news_list(rng, art, 5, lambda t: "/" + slugify(t) + ".htm", with_date=False)}</ul></div>
      <div class="box"><h3>Văn bản mới</h3><ul>{docs_html}</ul></div>
    </div>
  </div>
  <div class="footer"><div class="container"><p>Cơ quan chủ quản: UBND xã Hoằng Phú, huyện Hoằng Hóa, tỉnh Thanh Hóa</p><p>Điện thoại: 0237.3865.xxx · Email: hoangphu.hoanghoa@thanhhoa.gov.vn</p></div></div>
</div>
<script src="/templates/thanhhoa/js/main.js"></script>
</body>
</html>
'''
        traps.append("date line 'Thứ Hai, 28/04/2025' (weekday + date, no time)")
    elif layout == "sonla":
        st = BodyStyle(rng, indent="justify", img=mk_img("/uploads/news/2024/12/"), heading="strong_p", byline="right_strong")
        body_html, body_images, atts = st.render(art)
        published = iso_local(when)
        html_out = f'''<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@4.6.2/dist/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/css/style.css">
<title>{esc(art.title)} | {esc(site)}</title>
<meta property="og:title" content="{esc(art.title)}">
<meta property="og:url" content="{url}">
</head>
<body>
<div class="topbar bg-primary text-white small py-1"><div class="container d-flex justify-content-between"><span>Hotline: 0212.3843.xxx</span><span><a class="text-white" href="/dang-nhap">Đăng nhập</a></span></div></div>
<header class="py-3 border-bottom"><div class="container"><a href="/" class="d-flex align-items-center"><img src="/assets/img/quochuy.png" width="64" alt=""><div class="ml-3"><div class="h4 mb-0 text-danger font-weight-bold">{esc(site.upper())}</div><div>Huyện Mai Sơn - Tỉnh Sơn La</div></div></a></div></header>
<nav class="navbar navbar-expand-lg navbar-dark bg-danger"><div class="container"><ul class="navbar-nav">{"".join(f'<li class="nav-item"><a class="nav-link" href="/{slugify(m)}">{m}</a></li>' for m in ["Trang chủ", "Giới thiệu", "Tin tức", "Kinh tế - Xã hội", "Văn bản", "Dịch vụ công"])}</ul><form class="form-inline ml-auto"><input class="form-control form-control-sm" type="search" placeholder="Tìm kiếm"></form></div></nav>
<main class="container my-4">
  <nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/kinh-te-xa-hoi">{esc(cat)}</a></li></ol></nav>
  <div class="row">
    <div class="col-lg-8">
      <h1 class="post-title h3">{esc(art.title)}</h1>
      <div class="post-meta text-muted small mb-3"><i class="far fa-clock"></i> {dmy(when)} {hm(when)} &nbsp;|&nbsp; <i class="far fa-eye"></i> Lượt xem: {o["views"]:,}</div>
      <div class="post-content">
{body_html}
      </div>
      <div class="post-share my-3"><a class="btn btn-sm btn-primary" href="https://www.facebook.com/sharer/sharer.php?u={quote(url, safe="")}">Chia sẻ Facebook</a> <a class="btn btn-sm btn-info" href="https://zalo.me/share?u={quote(url, safe="")}">Zalo</a></div>
      <h5 class="mt-4">Tin liên quan</h5><ul class="list-unstyled related">{unk_news_list(rng, art, 5, lambda t: "/kinh-te-xa-hoi/" + slugify(t) + "-" + str(rng.randint(40000, 51000)))}</ul>
    </div>
    <aside class="col-lg-4"><div class="card mb-3"><div class="card-header">Tin mới</div><ul class="list-group list-group-flush">{unk_news_list(rng, art, 5, lambda t: "/" + slugify(t), tag="li").replace("<li>", '<li class="list-group-item">')}</ul></div>
    <div class="card"><div class="card-header">Văn bản mới</div><ul class="list-group list-group-flush">{docs_html.replace("<li>", '<li class="list-group-item">')}</ul></div></aside>
  </div>
</main>
<footer class="bg-dark text-white-50 py-4"><div class="container small"><p>{esc(site)} - Địa chỉ: bản Nà Ban, xã Chiềng Mai, huyện Mai Sơn, tỉnh Sơn La</p><p>© 2024 Bản quyền thuộc UBND xã Chiềng Mai</p></div></footer>
<script src="https://cdn.jsdelivr.net/npm/jquery@3.5.1/dist/jquery.slim.min.js"></script>
</body>
</html>
'''.replace(f'{o["views"]:,}', f'{o["views"]:,}'.replace(",", "."))
        traps.append("'Lượt xem: N' on the meta line; URL /<cat>/<slug>-<id>")
    elif layout == "table_old":
        st = BodyStyle(rng, indent="plain", img=mk_img("images/news/"), heading="strong_p", table="bare")
        body_html, body_images, atts = st.render(art)
        body_html = re.sub(r"<p>(.*?)</p>", r'<p align="justify"><font face="Times New Roman" size="3">\1</font></p>', body_html)
        published = when.date().isoformat()
        html_out = f'''<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<title>{esc(site)} - Tin tuc</title>
<link rel="stylesheet" type="text/css" href="../style.css">
<script language="JavaScript" src="../js/ticker.js"></script>
</head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0">
<table border="0" width="780" align="center" cellspacing="0" cellpadding="0">
  <tr><td colspan="2"><img border="0" src="../images/top.jpg" width="780" height="120" alt="{esc(site)}"></td></tr>
  <tr><td colspan="2" bgcolor="#003399" height="24"><font color="#FFFFFF" face="Arial" size="2"><b>&nbsp;<a href="../index.asp"><font color="#FFFFFF">Trang chủ</font></a> | <a href="../gioithieu.asp"><font color="#FFFFFF">Giới thiệu</font></a> | <a href="../tin_tuc/danhsach.asp?cat=2"><font color="#FFFFFF">Tin địa phương</font></a> | <a href="../vanban.asp"><font color="#FFFFFF">Văn bản</font></a> | <a href="../lienhe.asp"><font color="#FFFFFF">Liên hệ</font></a></b></font></td></tr>
  <tr>
    <td width="180" valign="top" bgcolor="#E8EEF8">
      <table border="0" width="100%" cellspacing="0" cellpadding="4">
        <tr><td bgcolor="#336699"><font color="#FFFFFF" face="Arial" size="2"><b>DANH MỤC</b></font></td></tr>
        <tr><td><font face="Arial" size="2">&#8226; <a href="danhsach.asp?cat=1">Tin hoạt động</a><br>&#8226; <a href="danhsach.asp?cat=2">Tin địa phương</a><br>&#8226; <a href="danhsach.asp?cat=3">Thông báo</a><br>&#8226; <a href="../hoidap.asp">Hỏi - Đáp</a></font></td></tr>
        <tr><td bgcolor="#336699"><font color="#FFFFFF" face="Arial" size="2"><b>TIN MỚI</b></font></td></tr>
        <tr><td><font face="Arial" size="1">{"<br>".join(f'&#8226; <a href="chitiet.asp?id={rng.randint(1000, 1451)}&amp;cat=2">{esc(t)}</a>' for t in news_items(rng, 5))}</font></td></tr>
        <tr><td align="center"><font face="Arial" size="1">Số lượt truy cập:<br><img src="../counter/counter.asp?dd=B&amp;ft=5" alt="{rng.randint(10000, 99999)}"></font></td></tr>
      </table>
    </td>
    <td width="600" valign="top">
      <table border="0" width="100%" cellspacing="0" cellpadding="8">
        <tr><td class="path"><font face="Arial" size="1"><a href="../index.asp">Trang chủ</a> &gt;&gt; <a href="danhsach.asp?cat=2">{esc(cat)}</a></font></td></tr>
        <tr><td class="tieude"><font face="Arial" size="4" color="#CC0000"><b>{esc(art.title)}</b></font><br><font face="Arial" size="1" color="#666666">({dmy(when, pad=False)})</font></td></tr>
        <tr><td class="noidung">
{body_html}
        </td></tr>
        <tr><td align="right"><font face="Arial" size="1"><a href="javascript:window.print()">[In bài này]</a> <a href="javascript:history.back()">[Trở về]</a></font></td></tr>
        <tr><td><font face="Arial" size="2"><b>Các tin khác:</b></font><br><font face="Arial" size="2">{"<br>".join(f'&#8226; <a href="chitiet.asp?id={rng.randint(1000, 1451)}&amp;cat=2">{esc(t)}</a> ({dmy(d, pad=False)})' for t, d in zip(news_items(rng, 4), news_dates(rng, when, 4)))}</font></td></tr>
      </table>
    </td>
  </tr>
  <tr><td colspan="2" bgcolor="#003399" align="center"><font color="#FFFFFF" face="Arial" size="1">{esc(site)} - Địa chỉ: ấp Hòa Long, xã Tân Hòa - ĐT: 0296.3822.xxx<br>Thiết kế và phát triển: Trung tâm Tin học</font></td></tr>
</table>
</body>
</html>
'''
        traps += ["FrontPage-era table layout with <font> tags; no h1; date '(22/3/2024)' unpadded under the title",
                  "relative URLs (../images, images/news/)"]
    elif layout == "bootstrap":
        st = BodyStyle(rng, indent="plain", img=mk_img("/storage/news/2024/06/", lazy=True), figure="plain", heading="h3")
        body_html, body_images, atts = st.render(art)
        published = iso_local(when)
        feat_tag, feat_url = mk_img("/storage/news/2024/06/", lazy=True)(*art.featured)
        images.append({"url": feat_url, "alt": art.featured[1], "caption": None})
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art.title,
              "datePublished": iso_utc(when, z=True), "dateModified": iso_utc(when + timedelta(hours=2), z=True),
              "author": {"@type": "Organization", "name": cms_author}, "image": [feat_url],
              "publisher": {"@type": "Organization", "name": site}}
        html_out = f'''<!DOCTYPE html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(art.title)} - {esc(site)}</title>
  <link href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/css/bootstrap.min.css" rel="stylesheet">
  <link href="/css/app.css?id=8f2a" rel="stylesheet">
  <meta property="og:type" content="article">
  <meta property="og:image" content="{feat_url}">
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head>
<body>
<nav class="navbar navbar-expand-lg bg-body-tertiary border-bottom">
  <div class="container">
    <a class="navbar-brand fw-bold text-primary" href="/">{esc(site)}</a>
    <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#nav"><span class="navbar-toggler-icon"></span></button>
    <div class="collapse navbar-collapse" id="nav"><ul class="navbar-nav me-auto">{"".join(f'<li class="nav-item"><a class="nav-link" href="/{slugify(m)}">{m}</a></li>' for m in ["Trang chủ", "Giới thiệu", "Tin tức", "Thể thao", "Văn bản", "Liên hệ"])}</ul>
    <form class="d-flex" role="search" action="/tim-kiem"><input class="form-control me-2" type="search" name="q" placeholder="Tìm kiếm"><button class="btn btn-outline-primary" type="submit">Tìm</button></form></div>
  </div>
</nav>
<div class="container py-4">
  <div class="row g-4">
    <div class="col-lg-8">
      <article class="news-detail">
        <a class="badge text-bg-primary text-decoration-none mb-2" href="/the-thao">{esc(cat)}</a>
        <h1 class="h2 fw-bold">{esc(art.title)}</h1>
        <div class="d-flex gap-3 text-secondary small mb-3"><span><i class="bi bi-person"></i> {esc(cms_author)}</span><time datetime="{iso_local(when)}"><i class="bi bi-clock"></i> {hm(when)} {dmy(when)}</time></div>
        <figure class="figure w-100">{feat_tag.replace('class="lazyload"', 'class="lazyload figure-img img-fluid rounded"')}</figure>
        <div class="news-detail-content fs-5">
{body_html}
        </div>
        <div class="border-top pt-3 mt-4 d-flex gap-2"><span class="text-secondary">Chia sẻ:</span><a class="btn btn-sm btn-outline-primary" href="https://www.facebook.com/sharer/sharer.php?u={quote(url, safe="")}">Facebook</a><a class="btn btn-sm btn-outline-info" href="https://zalo.me/share?u={quote(url, safe="")}">Zalo</a><button class="btn btn-sm btn-outline-secondary" onclick="navigator.clipboard.writeText(location.href)">Sao chép liên kết</button></div>
      </article>
      <section class="mt-5"><h2 class="h5 border-start border-4 border-primary ps-2">Tin liên quan</h2><div class="row row-cols-1 row-cols-md-3 g-3">{"".join(f'<div class="col"><div class="card h-100"><div class="card-body"><h3 class="h6 card-title"><a href="/tin-tuc/{slugify(t)}.html">{esc(t)}</a></h3><p class="card-text small text-secondary">{dmy(d)}</p></div></div></div>' for t, d in zip(news_items(rng, 3), news_dates(rng, when, 3)))}</div></section>
    </div>
    <aside class="col-lg-4">
      <div class="card mb-3"><div class="card-header fw-bold">Tin mới</div><ul class="list-group list-group-flush">{unk_news_list(rng, art, 5, lambda t: "/tin-tuc/" + slugify(t) + ".html").replace("<li>", '<li class="list-group-item">')}</ul></div>
      <div class="card"><div class="card-header fw-bold">Văn bản mới</div><ul class="list-group list-group-flush">{docs_html.replace("<li>", '<li class="list-group-item">')}</ul></div>
    </aside>
  </div>
</div>
<footer class="bg-primary text-white py-4 mt-5"><div class="container"><p class="mb-1 fw-bold">ỦY BAN NHÂN DÂN XÃ PHÚ THẠNH</p><p class="mb-1">Địa chỉ: ấp Phú Hữu, xã Phú Thạnh, huyện Phú Tân, tỉnh An Giang</p><p class="mb-0">Điện thoại: 0296.3829.xxx</p></div></footer>
<script src="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/js/bootstrap.bundle.min.js"></script>
<script src="/js/lazysizes.min.js" async></script>
</body>
</html>
'''
        traps += ["lazy-loaded images: src is a data: placeholder, the real URL is data-src",
                  "JSON-LD datePublished is UTC ('Z'); <time datetime> is local"]
    elif layout == "sharepoint":
        st = BodyStyle(rng, indent="justify", img=mk_img("/PublishingImages/2025/"), heading="strong_p",
                       para_tag="div")
        body_html, body_images, atts = st.render(art)
        published = iso_local(when)
        quick = "".join(f'<li class="static"><a class="static menu-item ms-core-listMenu-item ms-displayInline ms-navedit-linkNode" href="/Lists/{slugify(m).replace("-", "")}/AllItems.aspx"><span class="additional-background ms-navedit-flyoutArrow"><span class="menu-item-text">{m}</span></span></a></li>'
                        for m in ["Tin hoạt động", "Tin tức - Sự kiện", "Văn kiện Đảng", "Học tập và làm theo Bác", "Văn bản chỉ đạo", "Lịch công tác"])
        html_out = f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN">
<head><meta http-equiv="X-UA-Compatible" content="IE=10" /><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="Expires" content="0" />
<title>
	View_Detail
</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2a%2BCVnNOEnqSaKbHOhLNhQ%3D%3D"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=ZZ6Ckm4S%2F%2B2mJ2c61A5Q0w%3D%3D"></script>
<script type="text/javascript">
var _spPageContextInfo = {{webServerRelativeUrl: "\\u002f", webAbsoluteUrl: "{base}", siteAbsoluteUrl: "{base}", serverRequestPath: "\\u002fLists\\u002fTinHoatDong\\u002fView_Detail.aspx", layoutsUrl: "_layouts\\u002f15", webTitle: "{esc(site)}", webTemplate: "53", tenantAppVersion: "0", currentLanguage: 1066, currentUICultureName: "vi-VN", currentCultureName: "vi-VN", pageListId: "{{{fake_uuid(art.key, "list")}}}", pageItemId: 4821, userId: 0}};
</script>
</head>
<body>
<form method="post" action="./View_Detail.aspx?ItemID=4821" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="_wpcmWpid" id="_wpcmWpid" value="" />
<input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x{fake_hex(128, art.key).upper()},09 May 2025 08:25:00 -0000" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(art.key, 300)}" />
</div>
<div id="ms-designer-ribbon">
	<div id="s4-ribbonrow" style="visibility:hidden;display:none"></div>
</div>
<div id="s4-workspace" class="ms-core-overlay">
<div id="s4-bodyContainer">
	<div id="s4-titlerow" class="ms-dialogHidden s4-titlerowhidetitle">
		<div class="ms-fullWidth removeFocusOutline" id="titleAreaBox">
			<div class="ms-tableRow" id="titleAreaRow">
				<div id="siteIcon" class="ms-tableCell ms-verticalAlignTop"><a id="ctl00_onetidProjectPropertyTitleGraphic" href="/"><img id="ctl00_onetidHeadbnnr2" class="ms-siteicon-img" name="onetidHeadbnnr0" src="/SiteAssets/logo-dang.png" alt="{esc(site)}" /></a></div>
				<div class="ms-breadcrumb-box ms-tableCell ms-verticalAlignTop"><h1 id="pageTitle" class="ms-core-pageTitle"><span id="DeltaPlaceHolderPageTitleInTitleArea"><a href="/Lists/TinHoatDong/AllItems.aspx">{esc(cat)}</a></span></h1></div>
				<div class="ms-tableCell ms-verticalAlignTop"><div id="searchInputBox"><div class="ms-webpart-chrome ms-webpart-chrome-fullWidth"><div id="SearchBox" name="Control"><div class="ms-srch-sb ms-srch-sb-border" id="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_sboxdiv"><input type="text" value="Tìm kiếm trang web này" maxlength="2048" accessKey="S" title="Tìm kiếm..." id="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_sbox" autocomplete="off" autocorrect="off" class="ms-textSmall ms-srch-sb-prompt ms-helperText"/><a title="Tìm kiếm" class="ms-srch-sb-searchLink" id="ctl00_PlaceHolderSearchArea_SmallSearchInputBox1_csr_SearchLink" href="javascript: {{}}"><img src="/_layouts/15/images/searchresultui.png?rev=23" class="ms-srch-sb-searchImg" alt="Tìm kiếm" /></a></div></div></div></div></div>
			</div>
		</div>
	</div>
	<div id="contentRow">
		<div id="sideNavBox" class="ms-dialogHidden ms-forceWrap ms-noList">
			<div class="ms-core-navigation" role="navigation">
				<div id="ctl00_PlaceHolderLeftNavBar_QuickLaunchNavigationManager"><div id="zz14_V4QuickLaunchMenu" class=" noindex ms-core-listMenu-verticalBox"><ul id="zz15_RootAspMenu" class="root ms-core-listMenu-root static">{quick}</ul></div></div>
			</div>
		</div>
		<div id="contentBox" aria-live="polite" aria-relevant="all">
			<div id="DeltaPlaceHolderMain">
				<a id="mainContent" name="mainContent" tabindex="-1"></a>
				<div class="ms-webpart-zone ms-fullWidth">
					<div id="MSOZoneCell_WebPartWPQ2" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth">
						<div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth">
							<div WebPartID="{fake_uuid(art.key, "wp")}" HasPers="false" id="WebPartWPQ2" width="100%" class="ms-WPBody noindex" allowDelete="false" style="">
								<div class="NewsDetail">
									<div class="NewsTitle">{esc(art.title)}</div>
									<div class="NewsDate">{dmy(when)} {ch_time(when)}</div>
									<div class="ms-rtestate-field">{body_html}</div>
									<div class="NewsAuthor">{esc(cms_author)}</div>
								</div>
								<div class="NewsOther"><div class="OtherTitle">Các tin khác</div><ul>{unk_news_list(rng, art, 6, lambda t: "/Lists/TinHoatDong/View_Detail.aspx?ItemID=" + str(rng.randint(4000, 4820)))}</ul></div>
							</div>
						</div>
					</div>
				</div>
			</div>
		</div>
	</div>
	<div class="footer"><p>ĐẢNG BỘ TỈNH AN GIANG - Cơ quan chủ quản: Ban Tuyên giáo Tỉnh ủy An Giang</p><p>Địa chỉ: số 02 Lê Triệu Kiết, phường Mỹ Bình, TP Long Xuyên · Điện thoại: 0296.3852.xxx</p></div>
</div>
</div>
<script type="text/javascript">
//<![CDATA[
var g_presenceEnabled = true;var _spWebPartComponents = new Object();
ExecuteOrDelayUntilScriptLoaded(function(){{SP.UI.Notify.showLoadingNotification(true);}}, "sp.js");
//]]>
</script>
</form>
</body>
</html>
'''
        traps += ["SharePoint: <title> is 'View_Detail'; h1#pageTitle holds the LIST name (category), the article title is div.NewsTitle",
                  "date 'DD/MM/YYYY h:mm CH' (CH = PM); body paragraphs are <div>s inside .ms-rtestate-field",
                  "quick-launch navigation (#sideNavBox) and search box text"]
    elif layout == "joomla":
        st = BodyStyle(rng, indent="justify", img=mk_img("/images/tintuc/2023/"), heading="h3")
        body_html, body_images, atts = st.render(art)
        published = iso_local(when)
        html_out = f'''<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
	<meta name="viewport" content="width=device-width, initial-scale=1.0" />
	<meta charset="utf-8" />
	<base href="{url}" />
	<meta name="author" content="{esc(cms_author)}" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>{esc(art.title)}</title>
	<link href="/templates/protostar/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/templates/protostar/css/template.css?5f6e7a8b9c0d1e2f" rel="stylesheet" />
	<script src="/media/jui/js/jquery.min.js?5f6e7a8b9c0d1e2f"></script>
	<script src="/media/system/js/caption.js?5f6e7a8b9c0d1e2f"></script>
	<script>jQuery(window).on('load',  function() {{ new JCaption('img.caption'); }});</script>
</head>
<body class="site com_content view-article no-layout no-task itemid-{rng.randint(100, 200)}">
	<div class="body" id="top">
		<div class="container">
			<header class="header" role="banner">
				<div class="header-inner clearfix">
					<a class="brand pull-left" href="/"><img src="{base}/images/logo-xuanthuy.png" alt="{esc(site)}" /></a>
					<div class="header-search pull-right">
						<div class="search">
	<form action="/index.php/tin-tuc" method="post" class="form-inline" role="search">
		<label for="mod-search-searchword92" class="element-invisible">Tìm kiếm...</label> <input name="searchword" id="mod-search-searchword92" maxlength="200"  class="inputbox search-query input-medium" type="search" placeholder="Tìm kiếm..." />		<input type="hidden" name="task" value="search" />
		<input type="hidden" name="option" value="com_search" />
		<input type="hidden" name="Itemid" value="101" />
	</form>
</div>
					</div>
				</div>
			</header>
			<nav class="navigation" role="navigation">
				<div class="navbar pull-left"><a class="btn btn-navbar collapsed" data-toggle="collapse" data-target=".nav-collapse"><span class="element-invisible">Bật/tắt điều hướng</span><span class="icon-bar"></span><span class="icon-bar"></span><span class="icon-bar"></span></a></div>
				<div class="nav-collapse"><ul class="nav menu nav-pills mod-list">{"".join(f'<li class="item-{101 + i}"><a href="/index.php/{slugify(m)}" >{m}</a></li>' for i, m in enumerate(["Trang chủ", "Giới thiệu", "Tin tức", "Văn bản", "Thủ tục hành chính", "Liên hệ"]))}</ul></div>
			</nav>
			<div class="moduletable">
				<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">
					<li>Bạn đang ở: &#160;</li>
					<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php" class="pathway"><span itemprop="name">Trang chủ</span></a><span class="divider"><img src="/media/system/images/arrow.png" alt="" /></span><meta itemprop="position" content="1"></li>
					<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php/tin-tuc" class="pathway"><span itemprop="name">Tin tức</span></a><span class="divider"><img src="/media/system/images/arrow.png" alt="" /></span><meta itemprop="position" content="2"></li>
					<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php/tin-tuc/hoat-dong-hdnd" class="pathway"><span itemprop="name">{esc(cat)}</span></a><span class="divider"><img src="/media/system/images/arrow.png" alt="" /></span><meta itemprop="position" content="3"></li>
					<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="active"><span itemprop="name">{esc(art.title)}</span><meta itemprop="position" content="4"></li>
				</ul>
			</div>
			<div class="row-fluid">
				<main id="content" role="main" class="span9">
					<div id="system-message-container">
	</div>

					<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="vi-VN" />
	<div class="page-header">
		<h2 itemprop="headline">
			{esc(art.title)}
		</h2>
	</div>
	<div class="icons">
		<div class="btn-group pull-right">
			<button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-215" aria-label="Công cụ người dùng" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false"><span class="icon-cog" aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button>
			<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-215">
				<li class="print-icon"> <a href="/index.php/tin-tuc/hoat-dong-hdnd/215?tmpl=component&amp;print=1" title="In bài viết &lt; {esc(art.title)} &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><span class="icon-print" aria-hidden="true"></span>In</a> </li>
				<li class="email-icon"> <a href="/index.php/component/mailto/?tmpl=component&amp;template=protostar&amp;link={fake_hex(40, art.key)}" title="Gửi email liên kết này cho bạn bè" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span>Email</a> </li>
			</ul>
		</div>
	</div>
		<dl class="article-info muted">
			<dt class="article-info-term">Chi tiết</dt>
				<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">
					Viết bởi <span itemprop="name">{esc(cms_author)}</span>	</dd>
				<dd class="category-name">
																		Danh mục: <a href="/index.php/tin-tuc/hoat-dong-hdnd" itemprop="genre">{esc(cat)}</a>							</dd>
				<dd class="published">
				<span class="icon-calendar" aria-hidden="true"></span>
				<time datetime="{iso_local(when)}" itemprop="datePublished">
					Ngày đăng: {when.day} Tháng {when.month} {when.year}				</time>
			</dd>
				<dd class="hits">
					<span class="icon-eye-open" aria-hidden="true"></span>
					<meta itemprop="interactionCount" content="UserPageVisits:{o["views"]}" />
					Lượt xem: {o["views"]}			</dd>
		</dl>
	<div itemprop="articleBody">
		{body_html}	</div>
	<ul class="pager pagenav">
	<li class="previous">
		<a class="hasTooltip" title="{esc(news_items(rng, 1)[0])}" aria-label="Bài trước" href="/index.php/tin-tuc/hoat-dong-hdnd/214" rel="prev">
			<span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span>		</a>
	</li>
	<li class="next">
		<a class="hasTooltip" title="{esc(news_items(rng, 1)[0])}" aria-label="Bài tiếp theo" href="/index.php/tin-tuc/hoat-dong-hdnd/216" rel="next">
			<span aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" aria-hidden="true"></span>		</a>
	</li>
</ul>
					</div>
				</main>
				<div id="aside" class="span3">
					<div class="well "><h3 class="page-header">Tin mới</h3><ul class="latestnews mod-list">{unk_news_list(rng, art, 5, lambda t: "/index.php/tin-tuc/" + slugify(t), with_date=False)}</ul></div>
					<div class="well "><h3 class="page-header">Đăng nhập</h3><form action="/index.php" method="post" id="login-form" class="form-inline"><div class="userdata"><div id="form-login-username" class="control-group"><input id="modlgn-username" type="text" name="username" class="input-small" tabindex="0" size="18" placeholder="Tên đăng nhập" /></div><div id="form-login-password" class="control-group"><input id="modlgn-passwd" type="password" name="password" class="input-small" tabindex="0" size="18" placeholder="Mật khẩu" /></div><div id="form-login-submit" class="control-group"><button type="submit" tabindex="0" name="Submit" class="btn btn-primary login-button">Đăng nhập</button></div></div></form></div>
				</div>
			</div>
		</div>
	</div>
	<footer class="footer" role="contentinfo">
		<div class="container">
			<hr />
			<p>UBND xã Xuân Thủy, huyện Xuân Trường, tỉnh Nam Định · ĐT: 0228.3886.xxx</p>
			<p class="pull-right"><a href="#top" id="back-top">Trở lên đầu trang</a></p>
			<p>&copy; 2023 {esc(site)}</p>
		</div>
	</footer>
</body>
</html>
'''
        traps += ["Joomla item-page: title is an h2 (page-header); dl.article-info (author, category, date, hits) above the body",
                  "<base href> equals the page URL"]
    elif layout == "dnn":
        st = BodyStyle(rng, indent="plain", img=mk_img("/Portals/0/EasyDNNNews/1877/"), heading="strong_p", byline="right_strong")
        body_html, body_images, atts = st.render(art)
        published = iso_local(when)
        mid = 1234
        html_out = f'''<!DOCTYPE html>
<html  lang="vi-VN">
<head id="Head"><meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<title>
	{esc(art.title)}
</title><meta id="MetaDescription" name="DESCRIPTION" content="{esc(summary_of(text_of(art.blocks[0][1]), 150))}" /><meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " /><meta id="MetaRobots" name="ROBOTS" content="INDEX, FOLLOW" /><link href="/Resources/Shared/stylesheets/dnndefault/7.0.0/default.css?cdv=120" type="text/css" rel="stylesheet"/><link href="/Portals/_default/Skins/GovSkin/skin.css?cdv=120" type="text/css" rel="stylesheet"/><link href="/DesktopModules/EasyDNNNews/Templates/_default/Ozone/Ozone.css?cdv=120" type="text/css" rel="stylesheet"/><script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=120" type="text/javascript"></script><link rel='icon' href='/Portals/0/favicon.ico?ver=2023' type='image/x-icon' /></head>
<body id="Body">
    <form method="post" action="{o["url_path"]}" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(art.key, 400)}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
if (!theForm) {{ theForm = document.Form; }}
function __doPostBack(eventTarget, eventArgument) {{ if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); }} }}
//]]>
</script>
<!--CDF(Css|/Portals/_default/Skins/GovSkin/skin.css?cdv=120|DnnPageHeaderProvider|100)-->
<div id="siteWrapper">
	<div id="dnn_HeaderPane" class="headerPane"><div class="DnnModule DnnModule-DNN_HTML DnnModule-401"><a name="401"></a><div id="dnn_ctr401_ContentPane"><div id="dnn_ctr401_ModuleContent" class="DNNModuleContent ModDNNHTMLC"><div id="dnn_ctr401_HtmlModule_lblContent" class="Normal"><p><img alt="" src="/Portals/0/banner-camthanh.jpg" style="width:100%" /></p><p style="text-align:center"><strong>ỦY BAN NHÂN DÂN XÃ CAM THÀNH - HUYỆN CAM LỘ - TỈNH QUẢNG TRỊ</strong></p></div></div></div></div></div>
	<nav id="nav"><ul class="topLevel">{"".join(f'<li class="item"><a href="/{slugify(m)}"><div><span>{m}</span></div></a></li>' for m in ["Trang chủ", "Giới thiệu", "Tin tức", "Cải cách hành chính", "Văn bản", "Liên hệ"])}</ul></nav>
	<div id="dnn_BreadcrumbPane"><span id="dnn_dnnBreadcrumb_lblBreadCrumb" itemprop="breadcrumb" itemscope="" itemtype="https://schema.org/breadcrumb"><span itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/tin-tuc" class="breadcrumbLink" itemprop="item"><span itemprop="name">Tin tức</span></a><meta itemprop="position" content="1" /></span> › <span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/tin-tuc/cai-cach-hanh-chinh" class="breadcrumbLink" itemprop="item"><span itemprop="name">{esc(cat)}</span></a><meta itemprop="position" content="2" /></span></span></span></div>
	<div class="row">
		<div id="dnn_ContentPane" class="col-md-8 contentPane">
			<div class="DnnModule DnnModule-EasyDNNnews DnnModule-{mid}"><a name="{mid}"></a>
<div class="DNNContainer_Title_h2 SpacingBottom">
    <h2><span id="dnn_ctr{mid}_dnnTITLE_titleLabel" class="TitleHead">Tin tức</span></h2>
    <div id="dnn_ctr{mid}_ContentPane"><!-- Start_Module_{mid} --><div id="dnn_ctr{mid}_ModuleContent" class="DNNModuleContent ModEasyDNNnewsC">
	<div class="eds_news_module_{mid} news eds_subCollection_news eds_news_Ozone eds_template_Details_Article_Default eds_templateGroup_newsDetailsDefault eds_styleSwitchCriteria_module-{mid}">
		<div id="dnn_ctr{mid}_ViewEasyDNNNewsMain_ctl00_pnlViewArticle">
			<div class="edn_{mid}_article_edit"></div>
			<div class="edn_article edn_clearFix edn_article_details">
				<h1 class="edn_articleTitle">{esc(art.title)}</h1>
				<div class="edn_metaDetails"><span class="edn_articleCategories"><a href="/tin-tuc/cai-cach-hanh-chinh" class="eds_categoryLink">{esc(cat)}</a></span> <time>{dmy(when)} {hm(when)}</time> <span class="edn_numberOfViews">Lượt xem: {rng.randint(50, 900)}</span></div>
				<div class="edn_articleContent">
{body_html}
				</div>
				<div class="edn_socialPrintWrapper edn_clearFix"><div class="edn_socialButtons"><div class="fb-like" data-href="{url}" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true"></div></div><a class="edn_printButton" href="/tin-tuc/ArticleId/1877/print" target="_blank">In bài viết</a></div>
			</div>
			<div class="edn_relatedArticles"><h3 class="edn_relatedTitle">Bài viết liên quan</h3><ul>{unk_news_list(rng, art, 4, lambda t: "/tin-tuc/ArticleId/" + str(rng.randint(1000, 1876)) + "/" + slugify(t))}</ul></div>
		</div>
	</div>
</div><!-- End_Module_{mid} --></div>
</div>
</div>
		</div>
		<div id="dnn_RightPane" class="col-md-4 rightPane">
			<div class="DnnModule DnnModule-EasyDNNnews DnnModule-1240"><a name="1240"></a><div class="DNNContainer_Title_h2"><h2><span class="TitleHead">Tin mới</span></h2><div id="dnn_ctr1240_ContentPane"><ul>{unk_news_list(rng, art, 5, lambda t: "/tin-tuc/" + slugify(t))}</ul></div></div></div>
			<div class="DnnModule DnnModule-DNN_HTML DnnModule-1241"><a name="1241"></a><div class="DNNContainer_Title_h2"><h2><span class="TitleHead">Văn bản mới</span></h2><div id="dnn_ctr1241_ContentPane"><div class="Normal"><ul>{docs_html}</ul></div></div></div></div>
		</div>
	</div>
	<div id="dnn_FooterPane" class="footerPane"><div class="DnnModule DnnModule-DNN_HTML DnnModule-402"><div class="Normal"><p>Cơ quan chủ quản: UBND xã Cam Thành · Địa chỉ: thôn Thượng Nghĩa, xã Cam Thành, huyện Cam Lộ, tỉnh Quảng Trị</p><p>Điện thoại: 0233.3590.xxx</p></div></div></div>
	<div class="copyright"><span id="dnn_dnnCopyright_lblCopyright" class="SkinObject">Copyright 2024 by UBND xã Cam Thành</span> | <a id="dnn_dnnTerms_hypTerms" class="SkinObject" rel="nofollow" href="/Terms">Điều khoản sử dụng</a> | <a id="dnn_dnnLogin_loginLink" title="Đăng nhập" class="SkinObject" rel="nofollow" onclick="this.disabled=true;" href="/Login?returnurl=%2ftin-tuc">Đăng nhập</a></div>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`57`}}" />
</form>
</body>
</html>
'''
        traps += ["DotNetNuke + EasyDNNnews: module title 'Tin tức' (h2) before the article h1; header/footer are HTML modules with div.Normal too",
                  "body paragraphs without styling; the trailing byline is an office name"]
    elif layout == "spa":
        st = BodyStyle(rng, indent="plain", img=mk_img("https://cdn.linhphu.chiemhoa.tuyenquang.gov.vn/media/2024/10/"),
                       heading="h2", byline="plain")
        body_html, body_images, atts = st.render(art)
        published = iso_local(when)
        next_data = {"props": {"pageProps": {"article": {
            "id": 1093, "slug": "cho-phien-vung-cao-linh-phu", "title": art.title, "category": {"name": cat, "slug": "van-hoa-du-lich"},
            "publishedAt": when.replace(tzinfo=TZ).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "content": body_html,
            "views": rng.randint(100, 900)}}, "__N_SSP": True}, "page": "/bai-viet/[slug]",
            "query": {"slug": "cho-phien-vung-cao-linh-phu-1093"}, "buildId": fake_token(21, art.key), "isFallback": False,
            "gssp": True, "scriptLoader": []}
        html_out = f'''<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>{esc(art.title)} | {esc(site)}</title><meta name="description" content="{esc(summary_of(text_of(art.blocks[0][1]), 150))}"/><meta property="og:title" content="{esc(art.title)}"/><link rel="preload" href="/_next/static/css/{fake_hex(16, art.key)}.css" as="style"/><link rel="stylesheet" href="/_next/static/css/{fake_hex(16, art.key)}.css" data-n-g=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-{fake_hex(16, art.key, 'w')}.js" defer=""></script><script src="/_next/static/chunks/framework-{fake_hex(16, art.key, 'f')}.js" defer=""></script><script src="/_next/static/chunks/pages/bai-viet/%5Bslug%5D-{fake_hex(16, art.key, 'p')}.js" defer=""></script></head><body><div id="__next"><div class="layout_root__x2Tq1"><header class="header_header__9kLmZ"><div class="header_brand__Qw1eR"><img src="/logo.svg" alt="" width="48" height="48"/><span>{esc(site)} - huyện Chiêm Hóa</span></div><nav class="header_nav__Ab3Cd"><a href="/">Trang chủ</a><a href="/gioi-thieu">Giới thiệu</a><a href="/tin-tuc">Tin tức</a><a href="/van-hoa-du-lich">Văn hóa - Du lịch</a><a href="/thu-tuc-hanh-chinh">Thủ tục hành chính</a><a href="/lien-he">Liên hệ</a></nav><button class="header_search__Zx9Yu" aria-label="Tìm kiếm">🔍</button></header><main class="article_main__P0o9I"><article class="article_article__Lk8Jh"><a class="article_cat__Hg7Fd" href="/van-hoa-du-lich">{esc(cat)}</a><h1 class="article_title__Mn6Bv">{esc(art.title)}</h1><div class="article_meta__Cx5Za"><span>{hm(when)} - {dmy(when)}</span><span> · </span><span>{next_data["props"]["pageProps"]["article"]["views"]} lượt xem</span></div><div class="article_body__Qa4Ws">{body_html}</div><div class="article_share__Ed3Rf"><span>Chia sẻ</span><a href="https://www.facebook.com/sharer/sharer.php?u={quote(url, safe="")}">Facebook</a><a href="https://zalo.me/share?u={quote(url, safe="")}">Zalo</a></div></article><aside class="article_aside__Tg2Yh"><h3>Đọc nhiều</h3><ol>{unk_news_list(rng, art, 5, lambda t: "/bai-viet/" + slugify(t) + "-" + str(rng.randint(900, 1092)), with_date=False)}</ol></aside></main><footer class="footer_footer__Uj1Ik"><p>UBND xã Linh Phú, huyện Chiêm Hóa, tỉnh Tuyên Quang</p><p>Điện thoại: 0207.3857.xxx</p></footer></div></div><script id="__NEXT_DATA__" type="application/json">{json.dumps(next_data, ensure_ascii=False)}</script></body></html>
'''
        traps += ["Next.js page: the whole body is ALSO in script#__NEXT_DATA__ (JSON, publishedAt in UTC): count it once",
                  "minified one-line HTML with hashed CSS-module class names", "byline 'Tin, ảnh: Minh Hiếu' → author 'Minh Hiếu'"]
    elif layout == "table_br":
        paras = [text_of(b[1]) for b in art.blocks] + [byline_line(art.byline)]
        body_html = "<br><br>\n".join(esc(p) for p in paras)
        body_images, atts = [], []
        published = when.date().isoformat()
        check = False
        st = None
        html_out = f'''<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(site)}</title>
<style>td{{font-family:Arial;font-size:13px}} .title{{color:#c00;font-size:16px;font-weight:bold}}</style>
</head>
<body style="margin:0">
<form name="form1" method="post" action="NewsDetail.aspx?id=302" id="form1">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(art.key, 200)}" />
<table width="900" align="center" cellpadding="0" cellspacing="0" border="0">
<tr><td colspan="2" align="center" style="background:#0a4a8a;color:#fff;height:90px;font-size:22px"><b>{esc(site)}</b><br><span style="font-size:13px">THỊ XÃ TỊNH BIÊN - TỈNH AN GIANG</span></td></tr>
<tr><td colspan="2" style="background:#e0e8f0;padding:4px"><a href="Default.aspx">TRANG CHỦ</a> | <a href="Intro.aspx">GIỚI THIỆU</a> | <a href="News.aspx?cat=1">TIN TỨC</a> | <a href="Docs.aspx">VĂN BẢN</a> | <a href="Contact.aspx">LIÊN HỆ</a></td></tr>
<tr>
<td width="200" valign="top" style="background:#f4f7fa;padding:6px"><b>TIN MỚI</b><br>{"<br>".join(f'- <a href="NewsDetail.aspx?id={rng.randint(200, 301)}">{esc(t)}</a>' for t in news_items(rng, 6))}<br><br><b>VĂN BẢN MỚI</b><br>{"<br>".join(f'- {esc(n)}' for n, s in docs(rng, 3))}</td>
<td width="700" valign="top" style="padding:10px">
<span class="path"><a href="Default.aspx">Trang chủ</a> / <a href="News.aspx?cat=1">{esc(cat)}</a></span><br><br>
<span id="lblTitle" class="title">{esc(art.title)}</span><br>
<span id="lblDate"><i>{dmy(when)}</i></span><br><br>
<span id="lblContent">{body_html}</span>
<br><br><a href="javascript:history.back()">&lt;&lt; Quay lại</a>
</td>
</tr>
<tr><td colspan="2" align="center" style="background:#0a4a8a;color:#fff;padding:8px">Địa chỉ: ấp Phú Hòa, xã An Hảo, thị xã Tịnh Biên, tỉnh An Giang - ĐT: 0296.3876.xxx</td></tr>
</table>
</form>
</body>
</html>
'''
        traps += ["whole article in one <span> with <br><br> between paragraphs (no <p>): expected paragraphs follow the <br><br> breaks",
                  "byline 'Tin, ảnh: …' as the last line"]
    elif layout == "custom_base":
        st = BodyStyle(rng, indent="nbsp", spacer=True, img=mk_img("upload/news/2024/03/"), heading="strong_p", noise=2)
        body_html, body_images, atts = st.render(art)
        published = iso_local(when)
        base_href = f"http://{o['host']}/"
        body_images = [dict(i, url=urljoin(base_href, "upload/news/2024/03/" + i["url"].rsplit("/", 1)[1])) for i in body_images]
        html_out = f'''<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<base href="{base_href}">
<title>{esc(art.title)} - {esc(site)}</title>
<link rel="stylesheet" href="css/style.css">
<script src="js/jquery-1.11.3.min.js"></script>
<!-- Global site tag (gtag.js) -->
<script async src="https://www.googletagmanager.com/gtag/js?id=UA-{rng.randint(10**7, 10**8)}-2"></script>
</head>
<body>
<div id="container">
	<div id="header"><img src="images/banner.jpg" alt="banner"><div class="ngay">{WEEKDAY_VI[datetime(2024, 4, 1).weekday()]}, ngày 01/04/2024</div></div>
	<div id="menu"><a href="index.php">Trang chủ</a><a href="gioi-thieu.php">Giới thiệu</a><a href="tin-tuc.php">Tin tức</a><a href="van-ban.php">Văn bản</a><a href="hoi-dap.php">Hỏi đáp</a><a href="lien-he.php">Liên hệ</a></div>
	<div id="left">
		<div class="khung"><div class="tieude-khung">Tin mới</div><ul>{unk_news_list(rng, art, 5, lambda t: "news/view/" + slugify(t))}</ul></div>
		<div class="khung"><div class="tieude-khung">Hỗ trợ trực tuyến</div><p>Văn phòng UBND xã: 0296.3612.xxx</p><p>Bộ phận Một cửa: 0296.3612.xxx</p></div>
	</div>
	<div id="main">
		<div class="duongdan">Trang chủ &raquo; Tin tức &raquo; {esc(cat)}</div>
		<div class="chitiet">
			<div class="tieude">{esc(art.title)}</div>
			<div class="ngaydang">{WEEKDAY_VI[when.weekday()]}, {dmy(when)} - {hm(when)}</div>
			<div class="noidung">
{body_html}
			</div>
		</div>
		<div class="tinkhac"><b>Tin khác:</b><ul>{unk_news_list(rng, art, 5, lambda t: "news/view/" + slugify(t))}</ul></div>
	</div>
	<div id="footer">ỦY BAN NHÂN DÂN XÃ VĨNH THẠNH<br>Địa chỉ: ấp Vĩnh Thạnh, xã Vĩnh Thạnh - Điện thoại: 0296.3612.xxx<br>Thiết kế web: Công ty TNHH Giải pháp Số</div>
</div>
</body>
</html>
'''
        traps += ["<base href> on plain http with relative image paths: image URLs resolve to http://…/upload/…",
                  "date 'Thứ sáu, 22/03/2024 - 09:00'; the header shows today's date", "title in a div.tieude (no h1)"]
    else:
        raise ValueError(layout)
    images += body_images
    if st is not None:
        check_html, _, _ = st.render(art, check=True)
        if layout == "table_old":
            check_html = re.sub(r"<p>(.*?)</p>", r'<p align="justify"><font face="Times New Roman" size="3">\1</font></p>', check_html)
    else:
        check_html = None
    exp = result(art, "unknown", layout, url, published=published, author=author, category=cat, body_text=expected_body(art),
                 images=images, attachments=atts, traps=traps + (style_traps(art, st) if st else []))
    return html_out, exp, (check_html if check else None)


builder("unknown")(page_unknown)


# ================================================================================================
# driver
# ================================================================================================



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
            import difflib

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
