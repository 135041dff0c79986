"""liferay: Liferay 6.2 (portlet 101 asset publisher), Liferay 7 (AssetPublisherPortlet), web content display.

Markup: templates/liferay/ (lr7 and lr62 page shells, content = the main portlet, parts holds the macros).
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import urljoin

from body import BodyStyle, style_traps
from expected import expected_author, expected_body, result
from helpers import (WEEKDAY_VI, description_of, dmy, docs, fake_token, fake_uuid, hm, iso_local, news_dates,
                     news_items, qpath, rng_for, slugify)
from render import macros, render

PARTS = macros("liferay/parts.html.j2")

MENU = ["Trang chủ", "Giới thiệu", "Tin tức", "Thông báo", "Văn bản", "Thủ tục hành chính", "Hỏi đáp", "Liên hệ"]
# the 6.2 theme's top bar shows the day of the crawl
CRAWL_DAY = datetime(2025, 5, 2)


def build_page(art):
    o = art.opts
    variant = o["variant"]
    lr7 = variant in ("lr7", "wcd")
    rng = rng_for(art.key)
    base = f"https://{o['host']}"
    sp = o["site_path"]
    when = art.when
    is_page = art.kind == "page"
    traps = []
    if is_page:
        url = f"{base}{sp}{o['page_path']}"
    else:
        url = f"{base}{sp}/tin-tuc/-/asset_publisher/{o['asset_id']}/content/{o['slug']}"
    group = rng.randint(100000, 999999)

    def document(file):
        return f"/documents/{group}/0/{qpath(file)}/{fake_uuid(art.key, file)}"

    def img(file, alt):
        return PARTS.body_image(document(file), alt), base + document(file)

    st = BodyStyle(rng, indent="justify", img=img, figure="plain", heading="strong_p", table="ck", att_href=document,
                   byline="right_strong", noise=1 if variant == "lr62" else 0)
    template = o.get("template", "plain")
    body_html, body_images, atts = st.render(art, with_lead=(template != "news-detail"))
    check_html, _, _ = st.render(art, with_lead=(template != "news-detail"), check=True)
    atts = [{"url": urljoin(base + "/", a["url"]), "text": a["text"]} for a in atts]
    images = []
    featured = None
    if art.featured:
        f, alt = art.featured
        featured = (document(f), alt)
        images.append({"url": base + featured[0], "alt": alt, "caption": None})
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
        if art.lead:
            check_html = f"<p>{art.lead}</p>\n" + check_html
        traps.append("the web-content template repeats the title (h2.title) and the date "
                     "INSIDE .journal-content-article")
        if cms_author:
            traps.append("div.author inside the template is metadata (author), not body text")
        if art.lead:
            traps.append("the template's div.summary (sapo) is the first paragraph of body_text")
    # the asset-metadata line: Liferay 7 prints it for articles, 6.2 unless the web-content template has its own
    updated = None
    views = None
    if lr7 and not is_page:
        if date_fmt == "label_dmy_hm_upd":
            updated = o["updated"]
            traps.append("'Cập nhật:' (modified) date next to 'Ngày đăng:': published is the latter")
        views = rng.randint(50, 3000)
        traps.append("asset-metadata (date, author, view count) sits between the title and the content")
    elif not is_page and template != "news-detail":
        views = rng.randint(50, 3000)
    pid = o.get("asset_id", fake_token(12, art.key))
    if not is_page:
        crumbs = [(f"{base}{sp}", o["site"]), (f"{base}{sp}/tin-tuc", "Tin tức"),
                  (f"{base}{sp}/tin-tuc/{slugify(art.category)}", art.category)]
    else:
        crumbs = [(f"{base}{sp}", o["site"]), (f"{base}{sp}/gioi-thieu", "Giới thiệu")]
    related = news_items(rng, 4)[:2]
    n_ids = 3 if lr7 and not is_page else 1  # analytics / fragment / anchor ids of the main portlet
    ids = [rng.randint(100000, 999999) if is_page else rng.randint(10**5, 10**6) for _ in range(n_ids)]
    main_portlet = render("liferay/content.html.j2", is_page=is_page, lr7=lr7, template=template, pid=pid, base=base,
                          sp=sp, url=url, title=art.title, date_text=date_text, lead=art.lead, featured=featured,
                          body_html=body_html, cms_author=cms_author, updated=updated, views=views, related=related,
                          ids=ids)
    if is_page:
        traps.append("web content display portlet: title only in the portlet header (h2.portlet-title-text) "
                     "and <title>")

    # ---- the page around it
    other = list(zip(news_items(rng, 5), news_dates(rng, when, 5)))
    news = list(zip(news_items(rng, 5), news_dates(rng, when, 5)))
    new_docs = list(zip([f"{n}: {s}" for n, s in docs(rng, 3)], news_dates(rng, when, 3)))
    visits = (rng.randint(5, 90), rng.randint(200, 3000), rng.randint(10**5, 9 * 10**6))
    traps.append("other asset publisher portlets ('Tin khác', 'Tin mới', 'Văn bản mới') share the same portlet markup")
    js = {"base": base, "sp": sp, "layout_id": rng.randint(10, 99), "plid": rng.randint(10**5, 10**6), "group": group,
          "theme_images": "o/classic-theme" if lr7 else "dongthap-theme", "auth_token": fake_token(8, art.key, "auth"),
          "cur_url": url.replace(base, "").replace("/", "\\x2f")}
    context = {"lr7": lr7, "is_page": is_page, "title": art.title, "site": o["site"], "url": url, "base": base,
               "sp": sp, "description": description_of(art, 200), "pid": pid, "js": js, "lr_menu": MENU,
               "section": "Giới thiệu" if is_page else "Tin tức", "crumbs": crumbs, "main_portlet": main_portlet,
               "other": other, "news": news, "new_docs": new_docs, "visits": visits,
               "list_ids": [fake_token(12, art.key, k) for k in ("k", "m", "v")], "xa": o["xa"],
               "address": f"xã {o['xa']}, {o['huyen']}, tỉnh Đồng Tháp",
               "theme_id": "dongthap_WAR_dongthaptheme" if not lr7 else "classic_WAR_classictheme"}
    if lr7:
        html_out = render("liferay/lr7.html.j2", **context, logo_id=rng.randint(10**6, 10**7),
                          plid=rng.randint(10**5, 10**6), phone_suffix=rng.randint(10, 99))
    else:
        html_out = render("liferay/lr62.html.j2", **context, logo_id=rng.randint(10**6, 10**7),
                          today=CRAWL_DAY, today_weekday=WEEKDAY_VI[CRAWL_DAY.weekday()],
                          plid=rng.randint(10**5, 10**6), phone_suffix=rng.randint(10, 99),
                          mail_name=slugify(o["xa"]).replace("-", ""))
    exp = result(art, "liferay", variant + (f"-{template}" if not lr7 else ""), url, published=published,
                 author=author, category=None if is_page else art.category, body_text=expected_body(art),
                 images=images, attachments=atts, traps=traps + style_traps(art, st))
    return html_out, exp, check_html
