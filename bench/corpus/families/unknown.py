"""unknown: layouts no profile covers (hand-made tables, Bootstrap, SharePoint, Joomla, DNN, Next.js, …).

Markup: templates/unknown/<layout>.html.j2, one per layout; parts holds the images and the lists of other articles.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import urljoin

from body import BodyStyle, style_traps
from expected import byline_line, expected_author, expected_body, result
from helpers import (TZ, UTC, WEEKDAY_VI, ch_time, docs, fake_hex, fake_token, fake_uuid, iso_local, iso_utc,
                     news_dates, news_items, qpath, rng_for, slugify, summary_of, text_of, viewstate)
from render import macros, render

PARTS = macros("unknown/parts.html.j2")


def other_news(rng, art, n, href):
    """n other articles as (href, title, date); the dates are drawn even where the layout prints none."""
    items = news_items(rng, n)
    dates = news_dates(rng, art.when, n)
    return [(href(t), t, d) for t, d in zip(items, dates)]


@dataclass
class Built:
    """What a layout made of the article: the page, its date, and what the expected values need."""
    html: str
    published: str
    style: BodyStyle | None
    images: list
    attachments: list
    traps: list


def build_page(art):
    o = art.opts
    rng = rng_for(art.key)
    url = f"https://{o['host']}" + o["url_path"]
    page = {"url": url, "base": f"https://{o['host']}", "site": o["site"], "title": art.title,
            "category": art.category, "when": art.when, "cms_author": o.get("cms_author"), "new_docs": docs(rng, 3)}

    def mk_img(prefix, lazy=False):
        def img(file, alt):
            src = f"{prefix}{qpath(file)}"
            return (PARTS.lazy_image(src, alt) if lazy else PARTS.image(src, alt)), urljoin(url, src)
        return img

    built = LAYOUTS[o["layout"]](art, rng, page, mk_img)
    st = built.style
    check_html = st.render(art, check=True)[0] if st else None
    exp = result(art, "unknown", o["layout"], url, published=built.published,
                 author=expected_author(art, page["cms_author"]), category=art.category,
                 body_text=expected_body(art), images=built.images, attachments=built.attachments,
                 traps=built.traps + (style_traps(art, st) if st else []))
    return built.html, exp, check_html


# ------------------------------------------------------------------------------------------------
# one function per layout
# ------------------------------------------------------------------------------------------------
def hue(art, rng, page, mk_img):
    st = BodyStyle(rng, indent="justify", img=mk_img("/Portals/0/Uploads/2021/5/"), heading="strong_p", table="ck")
    body_html, images, atts = st.render(art)
    others = other_news(rng, art, 6, lambda t: "/?gd=4&amp;cn=130&amp;tc=" + str(rng.randint(1000, 2375)))
    html = render("unknown/hue.html.j2", **page, body_html=body_html, other_news=others)
    return Built(html, art.when.date().isoformat(), st, images, atts,
                 ["hand-made table layout, no semantic markup; the only date is 'Ngày cập nhật DD/MM/YYYY'",
                  "the title only in h2.tieudetin (<title> is the site name)"])


def thanhhoa(art, rng, page, mk_img):
    st = BodyStyle(rng, indent="justify", img=mk_img("/uploads/images/2025/04/"), heading="strong_p")
    body_html, images, atts = st.render(art)
    weekday = WEEKDAY_VI[art.when.weekday()].replace("Thứ h", "Thứ H")
    views = rng.randint(100, 3000)
    related = other_news(rng, art, 5, lambda t: "/kinh-te/" + slugify(t) + ".htm")
    latest = other_news(rng, art, 5, lambda t: "/" + slugify(t) + ".htm")
    html = render("unknown/thanhhoa.html.j2", **page, body_html=body_html, weekday=weekday, views=views,
                  related=related, latest=latest, description=summary_of(text_of(art.blocks[0][1]), 160))
    return Built(html, art.when.date().isoformat(), st, images, atts,
                 ["date line 'Thứ Hai, 28/04/2025' (weekday + date, no time)"])


def sonla(art, rng, page, mk_img):
    st = BodyStyle(rng, indent="justify", img=mk_img("/uploads/news/2024/12/"), heading="strong_p",
                   byline="right_strong")
    body_html, images, atts = st.render(art)
    related = other_news(rng, art, 5, lambda t: "/kinh-te-xa-hoi/" + slugify(t) + "-" + str(rng.randint(40000, 51000)))
    latest = other_news(rng, art, 5, lambda t: "/" + slugify(t))
    html = render("unknown/sonla.html.j2", **page, body_html=body_html, views=art.opts["views"], related=related,
                  latest=latest)
    return Built(html, iso_local(art.when), st, images, atts,
                 ["'Lượt xem: N' on the meta line; URL /<cat>/<slug>-<id>"])


def table_old(art, rng, page, mk_img):
    st = BodyStyle(rng, indent="font", img=mk_img("images/news/"), heading="strong_p", table="bare")
    body_html, images, atts = st.render(art)
    hot = [(rng.randint(1000, 1451), t) for t in news_items(rng, 5)]
    visits = rng.randint(10000, 99999)
    recent = [(rng.randint(1000, 1451), t, d) for t, d in zip(news_items(rng, 4), news_dates(rng, art.when, 4))]
    html = render("unknown/table_old.html.j2", **page, body_html=body_html, hot=hot, visits=visits, recent=recent)
    return Built(html, art.when.date().isoformat(), st, images, atts,
                 ["FrontPage-era table layout with <font> tags; no h1; date '(22/3/2024)' unpadded under the title",
                  "relative URLs (../images, images/news/)"])


def bootstrap(art, rng, page, mk_img):
    st = BodyStyle(rng, indent="plain", img=mk_img("/storage/news/2024/06/", lazy=True), figure="plain", heading="h3")
    body_html, images, atts = st.render(art)
    when = art.when
    featured_src = "/storage/news/2024/06/" + qpath(art.featured[0])
    featured_url = urljoin(page["url"], featured_src)
    images.insert(0, {"url": featured_url, "alt": art.featured[1], "caption": None})
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": art.title,
          "datePublished": iso_utc(when, z=True), "dateModified": iso_utc(when + timedelta(hours=2), z=True),
          "author": {"@type": "Organization", "name": page["cms_author"]}, "image": [featured_url],
          "publisher": {"@type": "Organization", "name": page["site"]}}
    related = list(zip(news_items(rng, 3), news_dates(rng, when, 3)))
    latest = other_news(rng, art, 5, lambda t: "/tin-tuc/" + slugify(t) + ".html")
    html = render("unknown/bootstrap.html.j2", **page, body_html=body_html, json_ld=json.dumps(ld, ensure_ascii=False),
                  featured_src=featured_src, featured_alt=art.featured[1], featured_url=featured_url,
                  related=related, latest=latest)
    return Built(html, iso_local(when), st, images, atts,
                 ["lazy-loaded images: src is a data: placeholder, the real URL is data-src",
                  "JSON-LD datePublished is UTC ('Z'); <time datetime> is local"])


def sharepoint(art, rng, page, mk_img):
    st = BodyStyle(rng, indent="justify", img=mk_img("/PublishingImages/2025/"), heading="strong_p", para_tag="div")
    body_html, images, atts = st.render(art)
    html = render("unknown/sharepoint.html.j2", **page, body_html=body_html, list_id=fake_uuid(art.key, "list"),
                  form_digest=fake_hex(128, art.key).upper(), viewstate=viewstate(art.key, 300),
                  webpart_id=fake_uuid(art.key, "wp"), time_ch=ch_time(art.when),
                  other_news=other_news(rng, art, 6, lambda t: "/Lists/TinHoatDong/View_Detail.aspx?ItemID="
                                        + str(rng.randint(4000, 4820))))
    return Built(html, iso_local(art.when), st, images, atts,
                 ["SharePoint: <title> is 'View_Detail'; h1#pageTitle holds the LIST name (category), "
                  "the article title is div.NewsTitle",
                  "date 'DD/MM/YYYY h:mm CH' (CH = PM); body paragraphs are <div>s inside .ms-rtestate-field",
                  "quick-launch navigation (#sideNavBox) and search box text"])


def joomla(art, rng, page, mk_img):
    st = BodyStyle(rng, indent="justify", img=mk_img("/images/tintuc/2023/"), heading="h3")
    body_html, images, atts = st.render(art)
    user_id = rng.randint(100, 200)
    prev_title, next_title = news_items(rng, 1)[0], news_items(rng, 1)[0]
    latest = other_news(rng, art, 5, lambda t: "/index.php/tin-tuc/" + slugify(t))
    html = render("unknown/joomla.html.j2", **page, body_html=body_html, views=art.opts["views"], user_id=user_id,
                  token=fake_hex(40, art.key), prev_title=prev_title, next_title=next_title, latest=latest)
    return Built(html, iso_local(art.when), st, images, atts,
                 ["Joomla item-page: title is an h2 (page-header); dl.article-info (author, category, date, hits) "
                  "above the body",
                  "<base href> equals the page URL"])


def dnn(art, rng, page, mk_img):
    st = BodyStyle(rng, indent="plain", img=mk_img("/Portals/0/EasyDNNNews/1877/"), heading="strong_p",
                   byline="right_strong")
    body_html, images, atts = st.render(art)
    views = rng.randint(50, 900)
    related = other_news(rng, art, 4, lambda t: "/tin-tuc/ArticleId/" + str(rng.randint(1000, 1876)) + "/" + slugify(t))
    latest = other_news(rng, art, 5, lambda t: "/tin-tuc/" + slugify(t))
    html = render("unknown/dnn.html.j2", **page, body_html=body_html, url_path=art.opts["url_path"], mid=1234,
                  description=summary_of(text_of(art.blocks[0][1]), 150), viewstate=viewstate(art.key, 400),
                  views=views, related=related, latest=latest)
    return Built(html, iso_local(art.when), st, images, atts,
                 ["DotNetNuke + EasyDNNnews: module title 'Tin tức' (h2) before the article h1; "
                  "header/footer are HTML modules with div.Normal too",
                  "body paragraphs without styling; the trailing byline is an office name"])


def spa(art, rng, page, mk_img):
    st = BodyStyle(rng, indent="plain", img=mk_img("https://cdn.linhphu.chiemhoa.tuyenquang.gov.vn/media/2024/10/"),
                   heading="h2", byline="plain")
    body_html, images, atts = st.render(art)
    when = art.when
    views = rng.randint(100, 900)
    next_data = {"props": {"pageProps": {"article": {
        "id": 1093, "slug": "cho-phien-vung-cao-linh-phu", "title": art.title,
        "category": {"name": art.category, "slug": "van-hoa-du-lich"},
        "publishedAt": when.replace(tzinfo=TZ).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "content": body_html,
        "views": views}}, "__N_SSP": True}, "page": "/bai-viet/[slug]",
        "query": {"slug": "cho-phien-vung-cao-linh-phu-1093"}, "buildId": fake_token(21, art.key), "isFallback": False,
        "gssp": True, "scriptLoader": []}
    most_read = other_news(rng, art, 5, lambda t: "/bai-viet/" + slugify(t) + "-" + str(rng.randint(900, 1092)))
    html = render("unknown/spa.html.j2", **page, body_html=body_html, views=views, most_read=most_read,
                  description=summary_of(text_of(art.blocks[0][1]), 150),
                  chunks=[fake_hex(16, art.key)] + [fake_hex(16, art.key, k) for k in ("w", "f", "p")],
                  next_data_json=json.dumps(next_data, ensure_ascii=False))
    return Built(html, iso_local(when), st, images, atts,
                 ["Next.js page: the whole body is ALSO in script#__NEXT_DATA__ (JSON, publishedAt in UTC): "
                  "count it once",
                  "minified one-line HTML with hashed CSS-module class names",
                  "byline 'Tin, ảnh: Minh Hiếu' → author 'Minh Hiếu'"])


def table_br(art, rng, page, mk_img):
    # the whole article is one <span> of <br>-separated lines: no body style, no body fragment to check
    paras = [text_of(b[1]) for b in art.blocks] + [byline_line(art.byline)]
    news = [(rng.randint(200, 301), t) for t in news_items(rng, 6)]
    html = render("unknown/table_br.html.j2", **dict(page, new_docs=docs(rng, 3)), paras=paras,
                  viewstate=viewstate(art.key, 200), news=news)
    return Built(html, art.when.date().isoformat(), None, [], [],
                 ["whole article in one <span> with <br><br> between paragraphs (no <p>): "
                  "expected paragraphs follow the <br><br> breaks",
                  "byline 'Tin, ảnh: …' as the last line"])


def custom_base(art, rng, page, mk_img):
    st = BodyStyle(rng, indent="nbsp", spacer=True, img=mk_img("upload/news/2024/03/"), heading="strong_p", noise=2)
    body_html, body_images, atts = st.render(art)
    base_href = f"http://{art.opts['host']}/"
    # relative image paths resolve against <base href>, not against the page URL
    images = [dict(i, url=urljoin(base_href, "upload/news/2024/03/" + i["url"].rsplit("/", 1)[1]))
              for i in body_images]
    visits = rng.randint(10**7, 10**8)
    latest = other_news(rng, art, 5, lambda t: "news/view/" + slugify(t))
    others = other_news(rng, art, 5, lambda t: "news/view/" + slugify(t))
    today = datetime(2024, 4, 1)  # the header shows the day of the crawl
    html = render("unknown/custom_base.html.j2", **page, body_html=body_html, base_href=base_href, visits=visits,
                  today=today, today_weekday=WEEKDAY_VI[today.weekday()], weekday=WEEKDAY_VI[art.when.weekday()],
                  latest=latest, others=others)
    return Built(html, iso_local(art.when), st, images, atts,
                 ["<base href> on plain http with relative image paths: image URLs resolve to http://…/upload/…",
                  "date 'Thứ sáu, 22/03/2024 - 09:00'; the header shows today's date", "title in a div.tieude (no h1)"])


LAYOUTS = {f.__name__: f for f in (hue, thanhhoa, sonla, table_old, bootstrap, sharepoint, joomla, dnn, spa, table_br,
                                   custom_base)}
