"""wordpress: classic themes (Twenty Sixteen, ColorMag), block theme (Twenty Twenty-Four), Elementor.

Markup: templates/wordpress/ (one page template per theme; head, parts, classic and elementor_parts hold macros).
"""

from __future__ import annotations

import json
from datetime import datetime

from body import BodyStyle, style_traps
from expected import expected_author, expected_body, result
from helpers import (WEEKDAY_VI, docs, fake_hex, iso_local, iso_utc, news_dates, news_items, rng_for, slugify,
                     summary_of)
from render import macros, render

PARTS = macros("wordpress/parts.html.j2")
EL = macros("wordpress/elementor_parts.html.j2")

MENU = [("", "Trang chủ"), ("gioi-thieu/", "Giới thiệu"), ("category/tin-tuc/", "Tin tức"),
        ("category/hoat-dong-co-so/", "Hoạt động cơ sở"), ("category/thong-bao/", "Thông báo"),
        ("van-ban/", "Văn bản"), ("thu-vien-anh/", "Thư viện ảnh"), ("lien-he/", "Liên hệ")]
# ColorMag's news bar shows the day of the crawl, not the post's
CRAWL_DAY = datetime(2024, 7, 12)


def wp_upload(base, when, name, size=None):
    y, m = (when.year, when.month) if when else (2023, 1)
    stem, _dot, ext = name.rpartition(".")
    fname = f"{stem}-{size}.{ext}" if size else name
    return f"{base}/wp-content/uploads/{y}/{m:02d}/{fname}"


def wp_img_tag(base, when, name, alt, rng, cls="", size="1024x683"):
    """(<img> with its srcset, URL of the original upload)."""
    full = wp_upload(base, when, name)
    src = wp_upload(base, when, name, size) if size else full
    wid = rng.randint(1000, 9999)
    srcset = (f"{full} 1600w, {wp_upload(base, when, name, '300x200')} 300w, {wp_upload(base, when, name, '1024x683')} "
              f"1024w, {wp_upload(base, when, name, '768x512')} 768w")
    return PARTS.image(src, alt, wid, cls, srcset), full


def wp_seo(art, url, base, site, author, modified, image_url):
    """The values of the Yoast SEO block (wordpress/head.html.j2 yoast)."""
    pub = iso_utc(art.when)
    mod = iso_utc(modified or art.when)
    section = art.category
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
    return {"title": art.title, "site": site, "url": url, "published": pub, "modified": mod, "image_url": image_url,
            "author": author, "description": summary_of(expected_body(art).split("\n")[0], 155),
            "graph_json": json.dumps(graph, ensure_ascii=False, separators=(",", ":"))}


def build_page(art):
    o = art.opts
    variant = o["variant"]
    rng = rng_for(art.key)
    base = f"https://{o['host']}"
    url = f"{base}/{o['slug']}/"
    traps = []
    when = art.when
    is_page = art.kind == "page"
    cms_author = o.get("cms_author")

    def img(file, alt):
        return wp_img_tag(base, when, file, alt, rng, cls=" size-large", size="1024x683")

    def att_href(f):
        return wp_upload(base, when, f)

    if variant == "block":
        st = BodyStyle(rng, wp_blocks=True, img=img, figure="wp_block", heading="h2", table="wp",
                       list_class="wp-block-list", att_href=att_href, byline="plain")
    elif variant == "elementor":
        st = BodyStyle(rng, indent="plain", img=img, figure="wp_classic", heading="h3", table="ck",
                       att_href=att_href, byline="right_strong")
    else:
        st = BodyStyle(rng, indent="justify", img=img, figure="wp_classic", heading="h3", table="ck",
                       att_href=att_href, byline="right_em" if rng.random() < 0.5 else "right_strong", noise=1)
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
    news_items(rng, 5)  # (consumes the page rng: keeps the layout of the pages stable)

    page = {"base": base, "url": url, "pid": o["post_id"], "site": o["site"], "title": art.title,
            "category": art.category, "cat_slug": slugify(art.category) if art.category else None, "wp_menu": MENU,
            "body_html": body_html, "when": when, "author": cms_author}
    if variant == "classic":
        html_out = wp_classic(art, rng, page, featured_url, traps)
    elif variant == "block":
        html_out = wp_block(art, rng, page, traps)
    else:
        html_out = wp_elementor(art, rng, page, featured_url, traps)
    if art.byline and cms_author:
        traps.append("body ends with a byline that wins over the WordPress author")
    template = f"wp-{variant}" + (f"-{o.get('theme')}" if o.get("theme") else "") + ("-page" if is_page else "")
    exp = result(art, "wordpress", template, url, published=published, author=author, category=art.category,
                 body_text=expected_body(art), images=images, attachments=atts, traps=traps + style_traps(art, st))
    return html_out, exp, check_html


def wp_classic(art, rng, page, featured_url, traps):
    o = art.opts
    theme = o.get("theme", "twentysixteen")
    when = art.when
    base, author = page["base"], page["author"]
    modified = o.get("modified")
    thumb = None
    if art.featured:
        f, alt = art.featured
        thumb, _ = wp_img_tag(base, when, f, alt, rng,
                              cls=" attachment-post-thumbnail size-post-thumbnail wp-post-image", size=None)
    views = rng.randint(100, 5000) if o.get("post_views") else None
    if views is not None:
        traps.append("Post Views Counter prints 'Lượt xem: N' INSIDE .entry-content, before the text")
    like_id = rng.randint(10**8, 10**9) if o.get("sharedaddy") else None
    if like_id:
        traps.append("Jetpack sharing / likes / related ('Chia sẻ:', 'Thích điều này:', 'Có liên quan') "
                     "INSIDE .entry-content")
    if modified:
        traps.append("time.updated / dateModified differ from the published date")
    prev_t, next_t = news_items(rng, 2)
    ctx = dict(page, theme=theme, seo=wp_seo(art, page["url"], base, page["site"], author, modified, featured_url),
               published=iso_local(when), modified=modified or when,
               modified_iso=iso_local(modified or when), thumb=thumb, views=views, like_id=like_id,
               avatar_hash=fake_hex(32, author), prev_t=prev_t, next_t=next_t, slug=o["slug"],
               recent=list(zip(news_items(rng, 5), news_dates(rng, when, 5))), new_docs=docs(rng, 3),
               category_count=rng.randint(10, 90),
               address=o.get("address", "ấp Tân Hòa, xã Tân An, thị xã Tân Châu, tỉnh An Giang"),
               phone_suffix=rng.randint(10, 99), handle=o["host"].split(".")[0])
    if theme == "colormag":
        traps.append("ColorMag news bar shows TODAY's date (not the published date) and a 'Tin mới' ticker")
        ticker = news_items(rng, 4)
        related = list(zip(news_items(rng, 3), news_dates(rng, when, 3)))
        return render("wordpress/colormag.html.j2", **ctx, today=CRAWL_DAY,
                      today_weekday=WEEKDAY_VI[CRAWL_DAY.weekday()], ticker=ticker, related=related)
    return render("wordpress/twentysixteen.html.j2", **ctx)


def wp_block(art, rng, page, traps):
    when = art.when
    thumb = None
    if art.featured:
        f, alt = art.featured
        thumb, _ = wp_img_tag(page["base"], when, f, alt, rng,
                              cls=" attachment-post-thumbnail size-post-thumbnail wp-post-image")
        traps.append("featured image is a -1024x683 size variant (srcset names the original)")
    latest = list(zip(news_items(rng, 4), news_dates(rng, when, 4)))
    traps.append("footer 'Tin mới' latest-posts block carries <time datetime> of other posts")
    prev_t, next_t = news_items(rng, 2)
    return render("wordpress/block.html.j2", **page, vi_date=f"{when.day} Tháng {when.month}, {when.year}",
                  thumb=thumb, latest=latest, prev_t=prev_t, next_t=next_t, phone_suffix=rng.randint(10, 99),
                  new_docs=docs(rng, 3))


def el_widget(wtype, inner, rng, extra=""):
    eid = fake_hex(7, wtype, rng.random())
    return EL.widget(eid, extra, wtype.split(".")[0], wtype, inner)


def el_section(columns, rng, cls=""):
    """columns: [(width %, [widget html])]; ids are drawn after the widgets', as Elementor numbers them."""
    sid = fake_hex(7, "sec", rng.random())
    return EL.section(sid, cls, [(size, fake_hex(7, "col", rng.random()), widgets) for size, widgets in columns])


def wp_elementor(art, rng, page, featured_url, traps):
    o = art.opts
    when = art.when
    is_page = art.kind == "page"
    base, site, pid, author = page["base"], page["site"], page["pid"], page["author"]
    handle = o["host"].split(".")[0]
    header = EL.header_document([
        el_section([(33, [el_widget("theme-site-logo.default", EL.site_logo(base), rng, "elementor-widget-image ")]),
                    (66, [el_widget("text-editor.default", EL.hotline(site, handle), rng)])], rng),
        el_section([(100, [el_widget("nav-menu.default", EL.nav_menu(base, MENU, fake_hex(7, "m")), rng,
                                     "elementor-nav-menu--dropdown-tablet "),
                           el_widget("search-form.default", EL.search_form(base), rng)])], rng)])
    if not is_page:
        traps.append("Elementor: every widget (logo, hotline text, menu, title, meta, share, related) is a "
                     "div.elementor-widget-container; only the theme-post-content widget is the body")
    else:
        traps.append("Elementor: header/footer text-editor widgets look like content "
                     "(same div.elementor-widget-container)")
    side = [el_widget("heading.default", EL.heading("Tin mới"), rng),
            el_widget("posts.classic", EL.latest_posts(base, list(zip(news_items(rng, 5), news_dates(rng, when, 5)))),
                      rng),
            el_widget("heading.default", EL.heading("Văn bản mới"), rng),
            el_widget("text-editor.default", EL.docs_list(docs(rng, 3)), rng)]
    footer = EL.footer_document([
        el_section([(50, [el_widget("text-editor.default", EL.footer_address(site), rng)]),
                    (50, [el_widget("text-editor.default", EL.footer_copyright(site), rng)])], rng)])
    if is_page:
        # a page laid out with Elementor itself: the text is split over several text-editor widgets
        blocks = page["body_html"].split("\n")
        half = max(1, len(blocks) // 2)
        part1, part2 = "\n".join(blocks[:half]), "\n".join(blocks[half:])
        document = EL.page_document(pid, [
            el_section([(50, [el_widget("text-editor.default", part1, rng)]),
                        (50, [el_widget("image.default", EL.page_image(base), rng)])], rng),
            el_section([(100, [el_widget("text-editor.default", part2, rng)])], rng)])
        traps.append("Elementor-built page: the text is split across several text-editor widgets "
                     "(and a decorative image without alt)")
        seo = None
    else:
        feat_w = []
        if art.featured:
            tag, _ = wp_img_tag(base, when, art.featured[0], art.featured[1], rng, cls=" attachment-large size-large")
            feat_w = [el_widget("theme-post-featured-image.default", tag, rng, "elementor-widget-image ")]
        cat_slug, category = page["cat_slug"], page["category"]
        related = [el_widget("heading.default", EL.heading("Tin liên quan"), rng),
                   el_widget("posts.classic", EL.related_posts(base, news_items(rng, 3)), rng)]
        prev_t, next_t = news_items(rng, 2)
        main_w = ([el_widget("breadcrumbs.default", EL.breadcrumbs(base, cat_slug, category, art.title), rng),
                   el_widget("theme-post-title.default", EL.post_title(art.title), rng,
                             "elementor-page-title elementor-widget-heading "),
                   el_widget("post-info.default", EL.post_info(base, author, when, cat_slug, category), rng)]
                  + feat_w
                  + [el_widget("theme-post-content.default", page["body_html"], rng),
                     el_widget("share-buttons.default", EL.share_buttons(), rng,
                               "elementor-share-buttons--view-icon-text elementor-share-buttons--skin-gradient "),
                     el_widget("post-navigation.default", EL.post_navigation(base, prev_t, next_t), rng)]
                  + related)
        document = EL.single_document(pid, cat_slug, [el_section([(66, main_w), (33, side)], rng)])
        seo = wp_seo(art, page["url"], base, site, author, None, featured_url)
    return render("wordpress/elementor.html.j2", **page, is_page=is_page, seo=seo, header=header, document=document,
                  footer=footer)
