"""Liferay Portal 6.2 and 7.x: the Asset Publisher's full-content view and Web Content Display.

Every box on a Liferay page is a portlet with the same markup, so the "Tin khác", "Tin mới" and
"Văn bản mới" lists are Asset Publisher portlets too; only one shows `.asset-full-content` (the
article, URL `/-/asset_publisher/<id>/content/<slug>`). Its title is `span.asset-title` in the
`component-title` (7.x) or the portlet's `taglib-header` (6.2); its metadata line
(`.asset-metadata`: "Ngày đăng:", "Cập nhật:", "Tác giả:", view count) sits between the title and
the web content. Site templates often repeat title, date, summary and author inside
`.journal-content-article` (`.news-detail`): title and date are stripped, `div.author` is read as
the author, `div.summary` stays as the first paragraph. A Web Content Display portlet
(`.portlet-journal-content`) shows a static page whose title is only in the portlet header.
"""

import re

from .base import Profile, Signature

_ASSET_PUBLISHER = (
    "div.portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_",
    "div.portlet-boundary_101_",
)
_WEB_CONTENT = (
    "div.portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_",
    "div.portlet-boundary_56_",
)

LIFERAY = Profile(
    name="liferay",
    signature=Signature(
        url=re.compile(r"/-/asset_publisher/|/web/[^/]+/|/c/portal/"),
        strong=tuple(f"{portlet} .asset-full-content" for portlet in _ASSET_PUBLISHER)
        + tuple(f"{portlet} .journal-content-article" for portlet in _WEB_CONTENT),
    ),
    article=(
        ".portlet-asset-publisher .asset-full-content",
        ".portlet-journal-content:has(.journal-content-article)",
    ),
    body=(".journal-content-article", ".asset-content"),
    title=(
        "p.component-title .asset-title",
        ".asset-full-content .asset-title",
        ".journal-content-article h2.title",
        ".portlet-asset-publisher .taglib-header .header-title",
        ".portlet-title-text",
    ),
    published=(
        ".asset-full-content .metadata-publish-date",
        ".journal-content-article .date",
    ),
    updated=(".asset-full-content .metadata-modified-date",),
    author=(
        ".asset-full-content .metadata-author",
        ".journal-content-article .author",
    ),
    breadcrumb=("ol.breadcrumb a.breadcrumb-link", "ul.breadcrumb a", "nav#breadcrumbs a"),
    tags=(".asset-tags a", ".taglib-asset-tags-summary a"),
    strip=(
        "h2.title", "div.date", "div.author", ".asset-metadata", ".entry-links", ".asset-ratings",
        ".taglib-ratings", ".asset-related-assets", ".taglib-social-bookmarks",
        ".content-metadata-asset-addon-entries", ".asset-links",
    ),
    page_kind=(".portlet-journal-content",),
)
