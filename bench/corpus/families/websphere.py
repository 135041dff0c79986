"""websphere: IBM WebSphere Portal 8.5 theme (wptheme*) and an older Portal 6-style table skin; WCM content.

Markup: templates/websphere/ (wp8 and wp6 page shells; parts holds the portlet and WCM content macros).
"""

from __future__ import annotations

import html as htmlmod
from datetime import datetime
from urllib.parse import urljoin

from body import BodyStyle, style_traps
from expected import expected_author, expected_body, result
from helpers import (WEEKDAY_VI, description_of, dmy, fake_token, fake_uuid, hm, iso_local, news_dates, news_items,
                     qpath, rng_for)
from render import macros, render

PARTS = macros("websphere/parts.html.j2")

LEFT_MENU = ["Giới thiệu", "Cơ cấu tổ chức", "Tin tức - Sự kiện", "Chỉ đạo điều hành", "Văn bản pháp quy",
             "Thủ tục hành chính", "Dự án - Đầu tư", "Thống kê", "Hỏi đáp trực tuyến", "Liên hệ"]
TOP_MENU = {"wp8": ["Trang chủ", "Giới thiệu", "Tin tức", "Văn bản", "Dịch vụ công", "Hỏi đáp", "Liên hệ"],
            "wp6": ["Trang chủ", "Giới thiệu", "Tin tức", "Văn bản", "Thủ tục hành chính", "Liên hệ"]}
STREETS = ["Tôn Đức Thắng", "Lê Lợi", "Hai Bà Trưng", "Nguyễn Huệ"]
# the 8.5 theme's banner shows the day of the crawl
CRAWL_DAY = datetime(2025, 5, 2)


def wps_id(*parts):
    return "Z7_" + fake_token(20, *parts).upper()


def build_page(art):
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
        return PARTS.body_image(src, alt), base + htmlmod.unescape(src)

    st = BodyStyle(rng, indent="word" if variant == "wp6" else "justify", img=img, figure="plain", heading="strong_p",
                   table="word" if variant == "wp6" else "ck",
                   att_href=lambda f: f"/wps/wcm/connect/{fake_uuid(f)}/{qpath(f)}?MOD=AJPERES", byline="right_strong")
    body_html, body_images, atts = st.render(art, with_lead=False)
    check_html, _, _ = st.render(art, with_lead=False, check=True)
    if art.lead:
        check_html = f"<p>{art.lead}</p>\n" + check_html
        traps.append("the sapo (div.sapo-detail) is the first paragraph of body_text")
    images = []
    featured = None
    if art.featured:
        f, alt = art.featured
        featured, u = img(f, alt)
        images.append({"url": u, "alt": alt, "caption": None})
    images += body_images
    if o["date_fmt"] == "hm_dmy":
        date_vis, published = f"{hm(when)} {dmy(when)}", iso_local(when)
    else:
        date_vis, published = dmy(when), when.date().isoformat()
    views = rng.randint(100, 6000) if o.get("views") else None
    content = PARTS.news_detail(art.title, date_vis, views, art.lead, featured, body_html, url)
    traps.append("several div.wpsPortletBody on the page (left menu, content, 'Tin khác', links): "
                 "only the WCM one holds the article")
    traps.append("left navigation portlet text (long category menu) leaks into page text")
    traps.append("<base href> points at the portal state URL (/!ut/p/z1/…): resolve relative URLs against it")
    if o.get("views"):
        traps.append("'| Lượt xem: N' on the date line")
    cat = art.category
    others = list(zip(news_items(rng, 6), news_dates(rng, when, 6)))
    counter = PARTS.counter(rng.randint(10, 200), rng.randint(500, 9000), rng.randint(10**6, 9 * 10**6))
    left = PARTS.portlet("Danh mục", PARTS.left_menu(LEFT_MENU, cat), variant, wps_id(art.key, "m"), "menu-portlet")
    main = (PARTS.portlet("Chi tiết tin", content, variant, wps_id(art.key, "c"))
            + PARTS.portlet("Tin khác", PARTS.other_news(others, cat), variant, wps_id(art.key, "o")))
    right = (PARTS.portlet("Liên kết", PARTS.links(), variant, wps_id(art.key, "l"))
             + PARTS.portlet("Thống kê truy cập", counter, variant, wps_id(art.key, "t")))
    state = "z1/" + fake_token(150, art.key, "state") + "/dz/d5/L2dBISEvZ0FBIS9nQSEh/"
    base_href = f"{base}/wps/portal/Home/!ut/p/{state}"
    footer = PARTS.footer(site, rng.randint(1, 90), rng.choice(STREETS), rng.randint(10, 99), rng.randint(10, 99),
                          host.split(".")[0], "Chủ tịch" if "mttq" in host else "Giám đốc", rng.randint(10, 99))
    context = {"base_href": base_href, "title": art.title, "description": description_of(art, 200), "site": site,
               "category": cat, "top_menu": TOP_MENU[variant], "left": left, "main": main, "right": right,
               "footer": footer}
    if variant == "wp8":
        html_out = render("websphere/wp8.html.j2", **context, state=state, url=url, handle=host.split(".")[0],
                          digests=[fake_token(22, art.key), fake_token(22, art.key, "x"), fake_token(22, art.key, "j")],
                          theme_id=fake_token(20, "th").upper(), today=CRAWL_DAY,
                          today_weekday=WEEKDAY_VI[CRAWL_DAY.weekday()],
                          container_ids=[wps_id(art.key, k) for k in ("h", "r", "c1", "c2", "c3")])
    else:
        html_out = render("websphere/wp6.html.j2", **context)
        traps.append("MS Word paste in WCM body: p.MsoNormal, <o:p>, MsoTableGrid")
    exp = result(art, "websphere", variant, url, published=published, author=expected_author(art), category=cat,
                 body_text=expected_body(art), images=images,
                 attachments=[{"url": urljoin(base_href, htmlmod.unescape(a["url"])), "text": a["text"]} for a in atts],
                 traps=traps + style_traps(art, st))
    return html_out, exp, check_html
