"""aspnet: Default.aspx?sname=…&sid=…&pageid=… provincial platforms (Sóc Trăng-, Nam Định-, Lào Cai-like).

Markup: templates/aspnet/ (one page template per platform; parts holds the WebForms form and the lists).
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import urljoin

from body import BodyStyle, style_traps
from expected import expected_author, expected_body, result
from helpers import (WEEKDAY_VI, ch_time, dmy, docs, fake_hex, fake_token, hm, iso_local, news_dates, news_items, qpath,
                     rng_for, slugify, viewstate)
from render import macros, render

PARTS = macros("aspnet/parts.html.j2")

MENU = ["Trang chủ", "Giới thiệu", "Tin tức - Sự kiện", "Chỉ đạo điều hành", "Văn bản", "Thủ tục hành chính", "Hỏi đáp",
        "Liên hệ"]
CATEGORIES = {"soctrang": ["Tin hoạt động", "Thông báo", "Lao động - Việc làm", "Nông thôn mới", "Văn hóa - Xã hội"],
              "namdinh": ["Tin hoạt động", "An sinh xã hội", "An ninh trật tự", "Văn hóa - Thể thao", "Thông báo"]}
# the date bars show the day of the crawl
CRAWL_DAY = {"namdinh": datetime(2025, 7, 1), "laocai": datetime(2025, 5, 2)}


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


def build_page(art):
    o = art.opts
    variant = o["variant"]
    rng = rng_for(art.key)
    base = f"https://{o['host']}"
    title_slug = slugify(art.title)
    url = f"{base}/" + asp_url(o, item=o["item_id"], catid=o["catid"], catname=o["catname"], title=title_slug)
    when = art.when
    traps = []
    upload_dir = (f"Uploads/Images/{o['sname']}/{when.year}/{when.month}" if variant != "laocai"
                  else f"/Upload/{o['sname']}/{when.year}/{when.month:02d}/{when.day:02d}")

    def img(file, alt):
        src = f"{upload_dir}/{qpath(file)}"
        return PARTS.body_image(src, alt), urljoin(url, src)

    st = BodyStyle(rng, indent="justify" if variant != "namdinh" else "span_font", img=img, figure="plain",
                   heading="strong_p", table="bare" if variant == "namdinh" else "ck",
                   att_href=lambda f: f"{upload_dir}/{qpath(f)}", byline="right_strong",
                   noise=1 if variant == "soctrang" else 0, spacer=variant == "soctrang")
    body_html, body_images, atts = st.render(art, with_lead=False)
    check_html, _, _ = st.render(art, with_lead=False, check=True)
    if art.lead:
        check_html = f"<p>{art.lead}</p>\n" + check_html
        traps.append("the summary box (lead) is the first paragraph of body_text")
    atts = [{"url": urljoin(url, a["url"]), "text": a["text"]} for a in atts]
    if variant != "laocai":
        traps.append("image src are relative without a leading slash (Uploads/…): resolve against the Default.aspx URL")
    images = []
    featured = None
    if art.featured:
        f, alt = art.featured
        featured, u = img(f, alt)
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
    others = list(zip(news_items(rng, 6), news_dates(rng, when, 6)))
    others = [(asp_url(o, item=o["item_id"] - 7 * (i + 1), catid=o["catid"], catname=o["catname"], title=slugify(t),
                       amp=True), t, d) for i, (t, d) in enumerate(others)]
    traps.append("'Các tin khác' ul.ArticleList after the article")
    phone = f"0{rng.randint(200, 299)}.38{rng.randint(10, 99)}.{rng.randint(100, 999)}"
    new_docs = [(f'{asp_url(o, pageid=o["pageid"] + 40, amp=True)}&amp;docid={rng.randint(100, 999)}', n, s)
                for n, s in docs(rng, 3)]
    links = {"home": asp_url(o, pageid=o["pageid"] - 10, amp=True), "page": asp_url(o, pageid=o["pageid"], amp=True),
             "category": asp_url(o, catid=o["catid"], catname=o["catname"], amp=True),
             "english": asp_url(o, pageid=1, amp=True), "sitemap": asp_url(o, pageid=2, amp=True)}
    rel_amp = asp_url(o, item=o["item_id"], catid=o["catid"], catname=o["catname"], title=title_slug, amp=True)
    context = {
        "title": art.title, "site": o["site"], "sname": o["sname"], "huyen": o["huyen"], "tinh": o["tinh"], "url": url,
        "category": art.category, "date_vis": date_vis, "views": o.get("views"), "lead": art.lead,
        "featured": featured, "body_html": body_html, "cms_author": cms_author, "others": others, "links": links,
        "site_menu": [(asp_url(o, pageid=o["pageid"] - 10 + i, amp=True), m) for i, m in enumerate(MENU)],
        "categories": [(asp_url(o, pageid=o["pageid"] + i, amp=True), c)
                       for i, c in enumerate(CATEGORIES.get(variant, []))],
        "new_docs": new_docs, "addr": f"xã {o['xa']}, {o['huyen']}, {o['tinh']}", "phone": phone,
        "form": {"action": rel_amp, "viewstate": viewstate(art.key), "web_resource": fake_token(86, art.key, "wr"),
                 "script_resource": fake_token(120, art.key, "sr")},
        "form_end": {"generator": fake_hex(8, art.key).upper(), "validation": fake_token(60, art.key, "ev")},
    }
    if variant == "soctrang":
        news = [(asp_url(o, item=o["item_id"] + i + 1, amp=True), t) for i, t in enumerate(news_items(rng, 5))]
        html_out = render("aspnet/soctrang.html.j2", **context, news=news,
                          visits=(rng.randint(5, 80), rng.randint(10**5, 5 * 10**6)))
        traps.append("WebForms page: __VIEWSTATE, __doPostBack, login box and marquee in the same <form>")
    elif variant == "namdinh":
        html_out = render("aspnet/namdinh.html.j2", **context, today=CRAWL_DAY[variant],
                          today_weekday=WEEKDAY_VI[CRAWL_DAY[variant].weekday()])
        traps.append("table layout: title, date, summary and content are rows of one table (td.TitleDetail …)")
    else:  # laocai
        if cms_author:
            traps.append("div.author-news after the content is the author, not body text")
        news = [(asp_url(o, item=o["item_id"] - 30 - i, amp=True), t) for i, t in enumerate(news_items(rng, 5))]
        html_out = render("aspnet/laocai.html.j2", **context, weekday=WEEKDAY_VI[when.weekday()],
                          gtag_id=fake_token(10, art.key).upper(), today=CRAWL_DAY[variant],
                          today_weekday=WEEKDAY_VI[CRAWL_DAY[variant].weekday()], news=news,
                          visits=(rng.randint(5, 80), rng.randint(10**5, 5 * 10**6)))
    if art.byline and cms_author:
        traps.append("byline line in the body wins over the author field")
    exp = result(art, "aspnet", f"aspnet-{variant}", url, published=published, author=author, category=art.category,
                 body_text=expected_body(art), images=images, attachments=atts, traps=traps + style_traps(art, st))
    return html_out, exp, check_html
