"""nukeviet: NukeViet 4 news module (default theme, an "egov" portal theme, a site-made theme).

Markup: templates/nukeviet/ (default and portal page shells; detail, head, scripts and sidebar are included).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import urljoin

from body import BodyStyle, style_traps
from expected import expected_author, expected_body, result
from helpers import (WEEKDAY_VI, description_of, dmy, docs, fake_token, hm, iso_local, news_dates, news_items, qpath,
                     rng_for, slugify)
from render import macros, render

PARTS = macros("nukeviet/parts.html.j2")

MENU = [("/about/", "Giới thiệu", ["Giới thiệu chung", "Cơ cấu tổ chức", "Lịch sử hình thành"]),
        ("/news/", "Tin Tức", ["Tin tức - Sự kiện", "Hoạt động HĐND", "Xây dựng Đảng", "Nông nghiệp"]),
        ("/news/thong-bao/", "Thông báo", []),
        ("/laws/", "Văn bản", ["Văn bản chỉ đạo điều hành", "Văn bản của Đảng"]),
        ("/thu-tuc-hanh-chinh/", "Thủ tục hành chính", []),
        ("/contact/", "Liên hệ", [])]
# the portal themes' top bar shows the day of the crawl
CRAWL_DAY = datetime(2025, 5, 2)


def build_page(art):
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
        return PARTS.body_image(src, alt), base + src

    st = BodyStyle(rng, indent="justify" if variant != "custom" else "span_font", img=img, figure="nv",
                   heading="strong_p", table="ck", att_href=lambda f: f"/uploads/news/{folder}/{qpath(f)}",
                   byline="right_strong", spacer=variant == "custom")
    body_html, body_images, atts = st.render(art, with_lead=False)
    check_html, _, _ = st.render(art, with_lead=False, check=True)
    atts = [{"url": urljoin(base + "/", a["url"]), "text": a["text"]} for a in atts]
    if art.lead:
        check_html = PARTS.lead_para(art.lead) + "\n" + check_html
        traps.append("the lead (div.hometext, bold, outside #news-bodyhtml) is the first paragraph of body_text")
    images = []
    featured = None
    if art.featured:
        f, alt = art.featured
        featured = (f"/uploads/news/{folder}/{qpath(f)}", alt)
        images.append({"url": base + featured[0], "alt": alt, "caption": alt})
        traps.append("figure.article (featured image + figcaption) sits before the body: caption is metadata")
    images += body_images
    cms_author, source = o.get("cms_author"), o.get("source")
    author = expected_author(art, cms_author, source)
    if cms_author and source:
        traps.append("both 'Tác giả:' and 'Nguồn tin:': the author is the person")
    elif source and not cms_author:
        traps.append("only 'Nguồn tin:' is stated: it is the author value")
    if art.byline and (cms_author or source):
        traps.append("byline line in the body wins over the Tác giả/Nguồn tin fields")
    if o.get("date_only"):
        date_vis = f"Ngày đăng: {dmy(when)}"
        published = when.date().isoformat()
    elif variant == "egov":
        date_vis = f"Ngày đăng: {dmy(when)} {hm(when)}"
        published = iso_local(when)
    else:
        date_vis = f"{WEEKDAY_VI[when.weekday()]} - {dmy(when)} {hm(when)}"
        published = iso_local(when)
    modified = when + timedelta(minutes=rng.randint(3, 300)) if variant == "default" else None
    views = rng.randint(100, 9000) if variant == "custom" else None
    tags = [w for w in art.title.lower().replace(",", "").split() if len(w) > 3][:3]
    newer = news_items(rng, 3)
    older = news_items(rng, 4)
    rating = (rng.randint(0, 40), rng.randint(0, 9))
    # each listed article links to its own id
    newer = [(t, d, rng.randint(10, 2000)) for t, d in zip(newer, [when + timedelta(days=i + 1) for i in range(3)])]
    older_dates = news_dates(rng, when, 4)
    older = [(t, d, rng.randint(10, 2000)) for t, d in zip(older, older_dates)]
    traps.append("XTemplate <!-- BEGIN/END --> comments, keyword/rating/comment/'Những tin mới hơn' panels "
                 "after the body")
    traps.append("meta name=author is the SITE name, not the article's author")
    if variant in ("default", "egov"):
        traps.append("article:published_time is malformed ('2024-07-12ICT10:15:00', PHP date 'T'): "
                     "only the date part parses; the visible date carries the time")
    news = list(zip(news_items(rng, 6), news_dates(rng, when, 6)))
    news = [(t, d, rng.randint(10, 2000)) for t, d in news]
    new_docs = docs(rng, 3)
    visits = (rng.randint(3, 60), rng.randint(100, 3000), rng.randint(5000, 90000), rng.randint(200000, 4000000))
    phone = f"0{rng.randint(200, 299)}.38{rng.randint(10, 99)}.{rng.randint(100, 999)}"
    context = {
        "variant": variant, "url": url, "base": base, "site": site, "title": art.title, "category": art.category,
        "cat_slug": cat_slug, "slug": slug, "nid": o["nid"], "when": when, "modified": modified, "date_vis": date_vis,
        "views": views, "featured": featured, "lead": art.lead, "body_html": body_html, "cms_author": cms_author,
        "source": source, "tags": tags, "rating": rating, "newer": newer, "older": older, "news": news,
        "new_docs": new_docs, "visits": visits, "description": description_of(art, 160), "xa": o["xa"],
        "huyen": o["huyen"], "tinh": o["tinh"], "address": f"xã {o['xa']}, {o['huyen']}, {o['tinh']}", "phone": phone,
        "email": f"ubnd.{slugify(o['xa']).replace('-', '')}@{'.'.join(o['host'].split('.')[-3:])}",
        "menu": MENU, "crumbs": [("/", "Trang nhất"), ("/news/", "Tin Tức"), (f"/news/{cat_slug}/", art.category)],
        "cron_token": fake_token(8, art.key), "cookie_prefix": fake_token(5, art.key),
    }
    if variant == "default":
        traps.append("breadcrumbs are in a hidden ul.temp-breadcrumbs (moved by JS); the category is the last crumb")
        html_out = render("nukeviet/default.html.j2", **context)
    else:
        html_out = render("nukeviet/portal.html.j2", **context, today=CRAWL_DAY,
                          today_weekday=WEEKDAY_VI[CRAWL_DAY.weekday()])
        if variant == "egov":
            traps.append("left sidebar comes BEFORE the article in source order; top bar shows today's date")
        else:
            traps.append("site-made theme: 'Lượt xem: N' next to the date; <p>&nbsp;</p> spacers; font spans")
    exp = result(art, "nukeviet", f"nukeviet-{variant}", url, published=published, author=author,
                 category=art.category, body_text=expected_body(art), images=images, attachments=atts,
                 traps=traps + style_traps(art, st))
    return html_out, exp, check_html
