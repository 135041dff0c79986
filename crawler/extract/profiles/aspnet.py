"""ASP.NET WebForms provincial portals: `/Default.aspx?sname=<site>&sid=<n>&pageid=<n>[&catid=…&id=…]`
(Lào Cai, Sóc Trăng, Nam Định, …).

One `<form id=aspnetForm>` wraps the whole page (view state, login box, marquee, poll). The news
detail control is rendered by three generations of templates: Bootstrap (`div.news-detail`:
`h1.title-news`, `.date-news`, `.sapo-news`, `.content-news`, `.author-news`), div-based
(`div.ArticleDetail`: `.ArticleHeader`, `.PostDate`, `.ArticleSummary`, `.ArticleContent`,
`.ArticleAuthor`) and table-based (`table.tblDetail`: `td.TitleDetail`, `td.DateDetail`,
`td.SummaryDetail`, `td.ContentDetail`). The summary box is shown above the content: it is the
body's first paragraph. Image paths are relative without a leading slash (`Uploads/…`), resolved
against the page URL. "Các tin khác" (`ul.ArticleList`) follows the article.
"""

import re

from .base import Profile, Signature

ASPNET = Profile(
    name="aspnet",
    signature=Signature(url=re.compile(r"/default\.aspx\?(?:[^#]*&)?pageid=\d+", re.I)),
    article=("div.news-detail", "div.ArticleDetail", "table.tblDetail"),
    body=(".content-news", ".ArticleContent", "td.ContentDetail"),
    title=("h1.title-news", ".ArticleHeader", "td.TitleDetail"),
    published=(".date-news", ".PostDate", "td.DateDetail"),
    author=(".author-news", ".ArticleAuthor", "td.AuthorDetail"),
    lead=(".sapo-news", ".ArticleSummary", "td.SummaryDetail"),
    featured_image=(".ArticleImage img", ".image-news img"),
    breadcrumb=("ol.breadcrumb a", ".Breadcrumb a", ".PathBar a"),
    strip=(".author-news", ".ArticleAuthor", ".share-news", ".ArticleTools", "td.ToolDetail", ".box-other-news"),
)
