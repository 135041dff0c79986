"""Drupal: the gavias_vinor theme of the An Giang commune portals, Drupal 8-10 core themes, and
Drupal 7 core (Bartik and themes built on its node and field markup).

gavias_vinor (docs: tests/fixtures/README.md, the markup reference): the full node view is
`article.node--view-mode-full`; custom blocks reuse the body field's classes, so the body is only
ever taken *inside* that article. It is recognised by the theme's own markup (gva-* regions,
`post-block`), since every Drupal site has the same generator meta. Olivero and Bartik (core
themes) share the node and field markup; their metadata sits in `.node__meta` / `.node__submitted`.
"""

import re

from .base import Profile, Signature

_NODE_FULL = "article.node--view-mode-full"
_DRUPAL = re.compile(r"^Drupal\b", re.I)

_COMMON_STRIP = (
    ".post-categories", ".post-meta", ".node__meta", ".post-tags", ".related-posts",
    "#node-single-comment", ".post-link", "span.hidden", ".field--name-field-tags",
    ".field--name-comment", "section.comments", ".node__links", "ul.links.inline",
    ".field--name-field-image", ".sharethis-wrapper", ".addtoany", ".social-share",
    # A Views block placed in the node's own region (layout builder), and other nodes shown as
    # teasers inside it (a "recommended articles" paragraph): other nodes, not this one's body.
    ".views-element-container", "[class*='node--view-mode-teaser']",
)

GAVIAS_VINOR = Profile(
    name="drupal_vinor",
    # The theme's own markup only: the generator meta says "Drupal" for every Drupal theme.
    signature=Signature(
        strong=(
            "div.post-block.article-detail", "body.path-node div.gva-navigation", "header#header div.gva-account-region",
            "link[href*='/themes/gavias_vinor/']",
        ),
    ),
    article=(_NODE_FULL, "div.post-block.article-detail"),
    body=(
        ".node__content > .field--name-body",
        ".node__content .field--name-body",
        ".post-content .field--name-body",
        "[property='schema:text']",
        ".node__content",
    ),
    title=("h1.post-title", "h1.page-title", "h1.title", ".content-main h1", "#page-main-content h1"),
    # The detail's own meta line only: the related-posts teasers *inside* the article print the
    # same `.post-meta .post-created` for other articles.
    published=(
        f"{_NODE_FULL} [property='schema:dateCreated'][content]",
        "div.post-block.article-detail > .post-content > .post-meta .post-created",
        "div.post-block.article-detail > .post-content > .post-meta",
    ),
    updated=("[property='schema:dateModified'][content]",),
    author=(".node__meta [typeof='schema:Person']", ".post-meta [typeof='schema:Person']", ".field--name-field-full-name"),
    category=(".post-categories a", ".field--name-field-post-category a"),
    breadcrumb=("nav.breadcrumb li a", ".breadcrumb a"),
    tags=(".post-tags a", ".field--name-field-tags a"),
    featured_image=(".post-thumbnail img", ".field--name-field-image img"),
    gallery=(".post-gallery img",),
    strip=_COMMON_STRIP,
    page_kind=("article.node--type-page",),
    not_article=("body.frontpage", "body.path-frontpage", "body.path-taxonomy"),
)

DRUPAL_CORE = Profile(
    name="drupal_core",
    signature=Signature(generator=_DRUPAL, strong=()),
    article=(_NODE_FULL, "article.node:not(.node--view-mode-teaser)"),
    body=(
        ".node__content > .field--name-body",
        ".node__content .field--name-body",
        ".field--name-body.text-content",
        ".node__content",
    ),
    title=(
        "h1.page-title .field--name-title",
        "h1.page-title",
        "h1.title",
        "h1.node__title",
        "h1",
    ),
    published=(
        "[property='schema:dateCreated'][content]",
        "meta[property='article:published_time'][content]",
        ".node__meta time[datetime]",
        "time[datetime]",
        ".node__submitted",
        ".node__meta",
    ),
    updated=("meta[property='article:modified_time'][content]", "[property='schema:dateModified'][content]"),
    author=(".node__meta .field--name-uid", ".node__author", ".node__meta [typeof='schema:Person']", ".node__submitted .username", ".field--name-uid"),
    category=(".field--name-field-category a", ".field--name-field-post-category a", ".field--name-field-danh-muc a"),
    breadcrumb=("nav.breadcrumb li a", ".breadcrumb a", "#block-breadcrumbs a"),
    tags=(".field--name-field-tags a",),
    featured_image=(".field--name-field-image img", ".field--name-field-media-image img"),
    strip=_COMMON_STRIP,
    page_kind=("article.node--type-page",),
    not_article=("body.path-frontpage", "body.path-taxonomy"),
)


# Drupal 7 prints `field-name-*` / `field-type-*` classes (one dash), node pages as `div.node`, and
# its RDF module's `property="dc:date dc:created" content="…"`; its visible date is month first
# ("Fri, 12/20/2024 - 14:30"), so the RDFa value comes first. Backdrop CMS, Drupal 7's fork, prints
# the same node and field markup in `article.node.view-mode-full`.
_D7_TERMS = ".field-type-taxonomy-term-reference"
DRUPAL_7 = Profile(
    name="drupal7",
    signature=Signature(generator=re.compile(r"^(?:Drupal 7|Backdrop CMS)\b", re.I),
                        strong=("body.page-node div.node div.field-name-body",)),
    article=("div.node.node-full", "body.page-node div.node:not(.node-teaser)", "article.node.view-mode-full"),
    body=(".field-name-body .field-item", ".field-name-body", ".content"),
    title=("h1#page-title", "h1.title", "h1"),
    published=("[property~='dc:date'][content]", "[property~='dc:created'][content]", ".submitted"),
    author=(".submitted .username", ".submitted [property='foaf:name']"),
    # Every taxonomy field but the tags is a category ("Chuyên mục", "Danh mục", "Lĩnh vực"…).
    category=(f"{_D7_TERMS}:not(.field-name-field-tags) a",),
    tags=(".field-name-field-tags a", "[rel~='dc:subject'] a"),
    gallery=(".field-type-image img",),
    attachments=(".field-type-file a",),
    strip=(".field-type-image", _D7_TERMS, ".field-type-file", ".link-wrapper", "#comments"),
    page_kind=("body.node-type-page", "div.node-page"),
    # `/node` lists teasers under `body.page-node`; a node's own page says its type
    # (`node-type-article`), and teasers there are a block of related content.
    not_article=("body.front", "body.page-taxonomy-term", ".term-listing-heading",
                 "body.page-node:not([class*='node-type-']) div.node-teaser"),
)
