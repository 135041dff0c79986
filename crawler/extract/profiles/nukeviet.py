"""NukeViet 4 (the news module's `detail.tpl`, default/egov themes and site-made ones built on it).

The detail view is `div.news_column[itemtype=…NewsArticle]`: `h1[itemprop=headline]`, a date line
(`span.h5`, "Thứ hai - 01/04/2024 08:05" or "Ngày đăng: …"), an optional `figure.article` with the
featured image and its caption, the lead (`div.hometext`, shown in bold *outside* the body: it is
the body's first paragraph), the body `div#news-bodyhtml.bodytext`, then `p.h5.text-right` lines
"Tác giả: …" / "Nguồn tin: …". Keywords, rating, comments and "Những tin mới hơn" are sibling
panels, never inside the article. `article:published_time` is malformed (PHP date 'T' puts "ICT"
between day and time), so the visible or microdata date comes first. `<meta name=author>` is the
site's name, not a writer (article.py drops an author equal to the site name). The breadcrumb of
the default theme is a hidden `ul.temp-breadcrumbs` that JavaScript copies.
"""

import re

from .base import Profile, Signature

_ARTICLE = "div.news_column[itemtype$='NewsArticle']"

NUKEVIET = Profile(
    name="nukeviet",
    signature=Signature(generator=re.compile(r"^NukeViet\b", re.I), strong=("div#news-bodyhtml",)),
    article=(_ARTICLE, ".news_column:has(#news-bodyhtml)", "div.page.panel"),
    body=("#news-bodyhtml", ".bodytext"),
    title=("h1[itemprop='headline']", "h1.title", "h1"),
    published=(
        "[itemprop='datePublished']",
        ".row.margin-bottom-lg span.h5",
    ),
    updated=("[itemprop='dateModified']",),
    author=(
        "[itemprop='author'] [itemprop='name']",
        ".margin-bottom-lg > p.h5.text-right",
    ),
    breadcrumb=("ul.temp-breadcrumbs a", ".breadcrumbs a", "[itemtype$='BreadcrumbList'] a"),
    # The default theme prints the tags in a panel of their own, after the article's.
    tags=("[itemprop='keywords'] a", ".news_column a[href*='/tag/']"),
    featured_image=("figure.article img", "#imgpreview img"),
    lead=(".hometext",),
    strip=(".margin-bottom-lg > p.h5.text-right",),
    page_kind=("div.page.panel",),   # the "about" module's pages
    # A list view (home, category, tag pages): teasers with their thumbnails, no article body.
    not_article=("body:not(:has(#news-bodyhtml)):not(:has(div.page.panel)) img.imghome",),
)
