"""drupal_vinor: Drupal 9 + gavias_vinor (modelled on shared/portal-markup/article.html).

Markup: templates/drupal_vinor/ (page, article, header, breadcrumb, footer; blocks holds the block macros).
"""

from __future__ import annotations

from urllib.parse import urljoin

from body import BodyStyle, style_traps
from expected import expected_author, expected_body, result
from helpers import (MONTH_EN, description_of, docs, fake_hex, fake_token, fake_uuid, iso_local, iso_utc, news_dates,
                     news_items, qpath, rng_for, slugify)
from render import macros, render

BLOCKS = macros("drupal_vinor/blocks.html.j2")

MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu-chung", "Giới thiệu", [("/gioi-thieu-chung", "Giới thiệu chung"), ("/co-cau-chuc", "Cơ cấu tổ chức"),
                                         ("/lanh-dao-xa", "Lãnh đạo xã"),
                                         ("/lich-su-hinh-thanh", "Lịch sử hình thành")]),
    ("/taxonomy/term/1", "Tin tức - Sự kiện", [("/taxonomy/term/3", "Tin hoạt động"),
                                                ("/taxonomy/term/4", "Tin Đảng ủy"),
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
TERMS = {"Tin hoạt động": 3, "Tin Đảng ủy": 4, "Tin Mặt trận - Đoàn thể": 5, "Thông báo": 6,
         "Quốc phòng - An ninh": 8, "Văn hóa - Xã hội": 9, "Tin tức - Sự kiện": 1}
HAMLETS = ["Vĩnh Tây", "Trung Phú", "An Hòa", "Mỹ Thạnh", "Tân Thuận"]


def build_page(art):
    o = art.opts
    rng = rng_for(art.key)
    base = f"https://{o['host']}"
    node = o["node"]
    is_page = art.kind == "page"
    alias = o.get("alias") or slugify(art.title)
    path = f"/node/{node}" if o.get("unaliased") else f"/{alias}"
    url = base + path
    traps = []

    def img(file, alt):
        src = "/sites/default/files/inline-images/" + qpath(file)
        return BLOCKS.body_image(src, alt, fake_uuid(art.key, file)), base + src

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
    gallery, featured = [], None
    if o.get("gallery"):
        for f, alt in o["gallery"]:
            itok = fake_token(8, art.key, f)
            gallery.append((f"/sites/default/files/styles/large/public/gallery-article/{qpath(f)}?itok={itok}", alt))
            images.append({"url": f"{base}/sites/default/files/gallery-article/{qpath(f)}", "alt": alt,
                           "caption": None})
        traps.append("post-gallery carousel: gallery images come first (originals under /gallery-article/)")
    elif art.featured and not o.get("video"):  # a video replaces the featured image
        f, alt = art.featured
        itok = fake_token(8, art.key, f)
        featured = (f"/sites/default/files/styles/large/public/articles/{qpath(f)}?itok={itok}", alt)
        images.append({"url": f"{base}/sites/default/files/articles/{qpath(f)}", "alt": alt, "caption": None})
        traps.append("featured image is a /styles/large/ derivative with ?itok: the original drops both")
    images += body_images

    # ---- dates and author
    meta_mode = o.get("meta", "none") if not is_page else "none"
    when = art.when
    cms_author = o.get("cms_author")
    month_txt = ""
    if when:
        month_txt = (f"{when.day} {MONTH_EN[when.month - 1]} {when.year}" if o.get("month", "en") == "en"
                     else f"{when.day} Tháng {when.month} {when.year}")
    views = rng.randint(200, 3000) if o.get("views") else None
    show_post_meta = meta_mode in ("full", "visible")
    show_node_meta = meta_mode in ("full", "hidden_only")
    submitter_uid = rng.randint(2, 30) if show_post_meta else None
    if show_node_meta:
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

    # ---- article
    term = TERMS.get(art.category or "", 2)
    file_field, related = None, []
    if not is_page:
        if o.get("file_field"):
            fname, label = o["file_field"]
            href = f"{base}/sites/default/files/2024-03/{qpath(fname)}"
            file_field = (href, label, rng.randint(90000, 900000))
            atts.append({"url": href, "text": label})
            traps.append("file field after the body (span.file > a): an attachment, not body text")
        related = [(slugify(t), t, fake_token(8, t), news_dates(rng, art.when, 1)[0])
                   for t in news_items(rng, 2, exclude=art.title)]
    article = render("drupal_vinor/article.html.j2", is_page=is_page, path=path, body_html=body_html,
                     gallery=gallery, video=o.get("video"), featured=featured, term=term, category=art.category,
                     title=art.title, show_post_meta=show_post_meta, show_node_meta=show_node_meta,
                     month_txt=month_txt, views=views, submitter_uid=submitter_uid, cms_author=cms_author,
                     created_utc=iso_utc(when) if show_node_meta else None, file_field=file_field,
                     related=related, related_dom_id=fake_hex(64, art.key, "rel"))

    # ---- regions (the page rng is drawn in page order: header, sidebar, share, footer, analytics)
    header = vinor_header(art, rng)
    crumbs = render("drupal_vinor/breadcrumb.html.j2", category=None if is_page else art.category, term=term,
                    title=art.title)
    news = news_items(rng, 5, extra=None if rng.random() < 0.5 else art.title)
    news = list(zip(news, news_dates(rng, art.when, 5)))
    new_docs = list(zip([f"{n}: {s}" for n, s in docs(rng, 3)], news_dates(rng, art.when, 3)))
    visits = (rng.randint(3, 40), rng.randint(100, 900), rng.randint(100000, 2000000)) if rng.random() < 0.6 else None
    if o.get("content_top_block"):
        traps.append("content-top custom block also uses div.field--name-body (bare selector picks the wrong one)")
    share = rng.random() < 0.5 and not is_page
    xa = o["xa"]
    footer = render("drupal_vinor/footer.html.j2", xa=xa, huyen=o["huyen"], hamlet=rng.choice(HAMLETS),
                    phone_suffix=rng.randint(10, 99), mail_name=slugify(xa).replace("-", ""))
    html_out = render(
        "drupal_vinor/page.html.j2", url=url, base=base, node=node, is_page=is_page, title=art.title, site=o["site"],
        description=description_of(art), header=header, crumbs=crumbs, article=article, footer=footer,
        sidebar_left=o.get("sidebar") == "left", news=news, news_dom_id=fake_hex(64, "tin_moi_block_1", "Tin mới"),
        new_docs=new_docs, docs_dom_id=fake_hex(64, "van_ban_block_1", "Văn bản mới"), visits=visits,
        content_top=o.get("content_top_block"), share=share, preloader=o.get("preloader"),
        css_tokens=[fake_token(43, art.key, "css1"), fake_token(43, art.key, "css2")],
        js_tokens=[fake_token(43, art.key, "js1"), fake_token(43, art.key, "js2")],
        permissions_hash=fake_hex(64, art.key), ga_id=rng.randint(10000000, 99999999))
    template = f"vinor-header-{o.get('header', 'v2')}" + ("-page" if is_page else "")
    exp = result(art, "drupal_vinor", template, url, published=published, author=author,
                 category=None if is_page else art.category, body_text=expected_body(art), images=images,
                 attachments=atts, traps=traps + style_traps(art, st))
    return html_out, exp, check_html


def vinor_header(art, rng):
    o = art.opts
    variant = o.get("header", "v2")
    hotline_suffix = rng.randint(10, 99)  # drawn for every variant, though v4 shows a news ticker instead
    ticker = news_items(rng, 4) if variant == "v4" else []
    return render("drupal_vinor/header.html.j2", variant=variant, xa=o["xa"], huyen=o["huyen"],
                  hotline_suffix=hotline_suffix, mail_name=slugify(o["xa"]).replace("-", ""), ticker=ticker,
                  topbar_block_cls="block-block-content block-block-content" + fake_uuid(art.key, "tb"), menu=MENU,
                  base=f"https://{o['host']}")
