"""IBM WebSphere Portal with Web Content Manager (WCM): the provincial sở/ngành and MTTQ portals.

URLs are `/wps/portal/Home/…` (friendly names, or `/chi-tiet/<cat>/<uuid>`); `<base href>` points at
the encoded portal state (`/!ut/p/z1/…`) and relative URLs resolve against it (article.py honours
`<base href>` for every page). The page is a grid of portlets, each with its own
`div.wpsPortletBody` (theme 8.x: `section.wpthemeControl`; 6.x: `table.wpsPortlet`): the left
category menu, the article, "Tin khác", links, the visit counter. Only the Web Content Viewer that
renders the detail presentation template holds the article: `h1` in `.title-detail`, the date line
`.date-detail` ("08:40 07/10/2024 | Lượt xem: N"), the sapo `.sapo-detail` (shown in bold above the
body: the body's first paragraph) and the rich text `.content-detail`, often an MS Word paste
(`p.MsoNormal`, `<o:p>`). The category is the last link of the theme's crumb trail.
"""

import re

from .base import Profile, Signature

WEBSPHERE = Profile(
    name="websphere",
    signature=Signature(
        url=re.compile(r"/wps/(?:my)?portal/"),
        strong=("link[id='com.ibm.lotus.NavStateUrl']", "div.wpthemeFrame div.wpsPortletBody", "table.wpsPortlet"),
    ),
    article=(".wpsPortletBody .news-detail", ".wpsPortletBody:has(.content-detail)", ".wpsPortletBody:has(h1)"),
    body=(".content-detail", ".news-content", ".detail-content"),
    title=(".title-detail h1", ".news-detail h1", ".wpsPortletBody h1"),
    published=(".date-detail", ".news-date"),
    author=(".author-detail", ".news-author"),
    lead=(".sapo-detail", ".news-sapo"),
    featured_image=(".image-detail img",),
    breadcrumb=(".wpthemeCrumbTrail a", "td.breadcrumb a", ".breadcrumb a"),
    strip=(".share-detail", ".tags-detail", ".other-news", ".author-detail"),
    not_article=(),
)
