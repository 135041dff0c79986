"""drupal_core: Olivero (Drupal 10) and Bartik (Drupal 8/9).

Markup: templates/drupal_core/ (olivero and bartik page shells, article, sidebar, parts).
"""

from __future__ import annotations

from urllib.parse import quote, urljoin

from body import BodyStyle, style_traps
from expected import expected_author, expected_body, result
from helpers import (TZ, WEEKDAY_EN, WEEKDAY_VI, description_of, docs, fake_hex, fake_token, fake_uuid, hm,
                     iso_local, iso_utc, news_dates, news_items, qpath, rng_for, slugify)
from render import macros, render

PARTS = macros("drupal_core/parts.html.j2")

MENU = [("/", "Trang chủ"), ("/gioi-thieu", "Giới thiệu"), ("/tin-tuc", "Tin tức"), ("/thong-bao", "Thông báo"),
        ("/van-ban", "Văn bản"), ("/thu-tuc-hanh-chinh", "Thủ tục hành chính"), ("/hoi-dap", "Hỏi đáp"),
        ("/lien-he", "Liên hệ")]
VI_WEEKDAY_SHORT = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]
HAMLETS = ["Bình Phú", "Hòa Thuận", "Tà Đảnh", "Long Bình"]


def build_page(art):
    o = art.opts
    theme = o["theme"]
    rng = rng_for(art.key)
    base = f"https://{o['host']}"
    node = o["node"]
    is_page = art.kind == "page"
    cat_slug = slugify(art.category) if art.category else None
    path = f"/{o['alias']}" if o.get("alias") else f"/{cat_slug}/{slugify(art.title)}"
    url = base + path
    traps = []
    year_month = f"{art.when.year}-{art.when.month:02d}" if art.when else "2024-01"

    def img(file, alt):
        src = f"/sites/default/files/inline-images/{qpath(file)}"
        return PARTS.body_image(src, alt, fake_uuid(art.key, file)), base + src

    st = BodyStyle(rng, indent="justify" if theme == "bartik" else "plain", spacer=False, img=img, figure="drupal",
                   heading="h3", att_href=lambda f: f"/sites/default/files/{year_month}/{qpath(f)}",
                   byline="right_strong", table="ck")
    body_html, body_images, atts = st.render(art)
    check_html, _, _ = st.render(art, check=True)
    atts = [{"url": urljoin(base + "/", a["url"]), "text": a["text"]} for a in atts]
    images = []
    featured = None
    if art.featured:
        f, alt = art.featured
        itok = fake_token(8, art.key)
        featured = (f"/sites/default/files/styles/wide/public/{year_month}/{qpath(f)}?itok={itok}", alt)
        images.append({"url": f"{base}/sites/default/files/{year_month}/{qpath(f)}", "alt": alt, "caption": None})
    images += body_images

    # ---- the node's meta line: who and when
    when = art.when
    cms_author = o.get("cms_author")
    published = None
    meta = {"by_author": None, "vi_date": None, "time_utc": None, "weekday": None, "when": when, "uid": None,
            "vi_ui": False, "visible": None, "created_utc": None, "cms_author": cms_author}
    if not is_page and theme == "olivero":
        meta["vi_date"] = f"{when.day} Tháng {when.month}, {when.year}"
        meta["weekday"] = WEEKDAY_VI[when.weekday()]
        if o.get("time_tag"):
            meta["time_utc"] = iso_utc(when, z=True)
            published = iso_local(when)
            traps.append("<time datetime> is UTC ('Z'); the visible date has no time")
        else:
            published = when.date().isoformat()
        if cms_author and not o.get("no_author_meta"):
            meta["by_author"] = cms_author
    elif not is_page:
        vi_ui = o.get("rdf") and art.key.startswith("olongvy")
        weekday = (VI_WEEKDAY_SHORT if vi_ui else WEEKDAY_EN)[when.weekday()]
        meta.update(vi_ui=vi_ui, uid=rng.randint(2, 20),
                    visible=f"{weekday}, {when.month:02d}/{when.day:02d}/{when.year} - {hm(when)}")
        if o.get("rdf"):
            meta["created_utc"] = iso_utc(when)
            published = iso_local(when)
        else:
            published = when.replace(second=0).replace(tzinfo=TZ).isoformat()
            if when.day <= 12:
                traps.append("Drupal 'medium' date is month-first (m/d/Y): 03/05/2024 is 5 March")
        if vi_ui:
            traps.append("Vietnamese UI with a month-first date and a Vietnamese weekday (T2, 10/09/2023 = 9 Oct): "
                         "use the RDF schema:dateCreated")
    author = None if is_page else expected_author(art, None if o.get("no_author_meta") else cms_author)
    if art.byline and cms_author and not is_page:
        traps.append("body ends with a byline that wins over the CMS account name")

    if art.tags:
        traps.append("Tags field (field--tags) is not the category")
    share = not is_page and rng.random() < 0.7
    if share:
        traps.append("AddToAny share links inside node__content after the body")
    views = rng.randint(50, 4000)
    if theme != "olivero":
        traps.append("node__links: comment links and the statistics counter ('N views') follow the body")
    article = render("drupal_core/article.html.j2", theme=theme, is_page=is_page, kind=art.kind, node=node, path=path,
                     title=art.title, url=url, url_quoted=quote(url, safe=""), featured=featured,
                     category=art.category, cat_slug=cat_slug, body_html=body_html, tags=art.tags, share=share,
                     views=views, **meta)

    # ---- the page around it
    crumbs = [("/", "Home")] + ([(f"/{cat_slug}", art.category)] if art.category else [])
    news = list(zip(news_items(rng, 5), news_dates(rng, art.when, 5)))
    sidebar = render("drupal_core/sidebar.html.j2", theme=theme, news=news, new_docs=docs(rng, 3),
                     news_dom_id=fake_hex(64, art.key, "tm"), docs_dom_id=fake_hex(64, art.key, "vb"),
                     form_token=fake_token(40, art.key, "form"))
    hamlet = "ấp " + rng.choice(HAMLETS)  # drawn even when the site states its own ấp
    contact = {"address": o.get("ap", hamlet), "xa": o["xa"], "huyen": o["huyen"], "phone_suffix": rng.randint(10, 99),
               "mail_name": slugify(o["xa"]).replace("-", ""), "year": when.year if when else 2024}
    page = {"url": url, "base": base, "node": node, "kind": art.kind, "title": art.title, "site": o["site"],
            "xa": o["xa"], "huyen": o["huyen"], "description": description_of(art), "menu": MENU, "crumbs": crumbs,
            "article": article, "sidebar": sidebar, "contact": contact}
    if theme == "olivero":
        html_out = render("drupal_core/olivero.html.j2", **page, css_token=fake_token(43, art.key, "c"),
                          footer_block_uuid=fake_uuid(art.key, "ft"), permissions_hash=fake_hex(64, art.key, "ph"),
                          js_token=fake_token(43, art.key, "j"))
    else:
        html_out = render("drupal_core/bartik.html.j2", **page, gtag_id=fake_token(10, art.key).upper(),
                          css_tokens=[fake_token(43, art.key, c) for c in ("c1", "c2", "c3")],
                          footer_block_uuid=fake_uuid(art.key, "bft"), permissions_hash=fake_hex(64, art.key, "bph"),
                          js_token=fake_token(43, art.key, "bj"))
    exp = result(art, "drupal_core", theme + ("-page" if is_page else ""), url, published=published, author=author,
                 category=art.category, body_text=expected_body(art), images=images, attachments=atts,
                 traps=traps + style_traps(art, st))
    return html_out, exp, check_html
