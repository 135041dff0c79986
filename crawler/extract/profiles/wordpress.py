"""WordPress: classic themes (`.entry-content`), block themes (`.wp-block-post-content`) and
Elementor Pro single templates (the `theme-post-content` widget).

The post container is whatever `post_class()` marks (`.hentry`: `article.post` in classic themes,
the Elementor `single-post` location div, `main.page` in Hello Elementor); block themes print no
post wrapper, so their `main` is the container. Elementor makes *every* widget a
`div.elementor-widget-container` (logo, hotline, menu, title, share, related posts): only the
`theme-post-content` widget is the body. Jetpack sharing/likes/related posts and the Post Views
Counter print inside `.entry-content`; they are stripped. Dates come from `time.published` or the
block theme's post-date block; Elementor's post-info widget shows the day and the time in two
separate `<time>` elements without `datetime`, so the head's `article:published_time` (UTC) is
used there instead.
"""

import re

from .base import Profile, Signature

WORDPRESS = Profile(
    name="wordpress",
    signature=Signature(
        generator=re.compile(r"^WordPress\b", re.I),
        strong=(
            "body.single-post .wp-block-post-content",
            "[data-elementor-type='single-post'] .elementor-widget-theme-post-content",
            "link[href*='/wp-content/themes/'], script[src*='/wp-includes/']",
        ),
    ),
    article=(
        "[data-elementor-type='single-post']",
        "article.hentry",
        ".hentry:not(.comment)",           # old themes mark every comment `hentry` too
        "article.post, article.page",
        "main",
    ),
    body=(
        ".elementor-widget-theme-post-content > .elementor-widget-container",
        ".wp-block-post-content",
        ".entry-content",
        ".cm-entry-summary",          # ColorMag 3
        ".td-post-content",           # Newspaper
        ".post-content",
        "[data-elementor-type='wp-page']",
        "[data-elementor-type='wp-post']",
        ".page-content",
    ),
    title=(
        ".elementor-widget-theme-post-title .elementor-heading-title",
        "h1.entry-title",
        "h1.wp-block-post-title",
        "h1.cm-entry-title",
        "h1.post-title",
        "h1.page-title",
        ".entry-title",
        "h1",
    ),
    published=(
        "time.entry-date.published[datetime]",
        "time.published[datetime]",
        ".wp-block-post-date time[datetime]",
        "meta[property='article:published_time'][content]",
        "time.entry-date[datetime]",
    ),
    updated=(
        "meta[property='article:modified_time'][content]",
        "time.updated[datetime]",
        ".wp-block-post-date__modified-date time[datetime]",
    ),
    author=(
        ".elementor-post-info__item--type-author",
        ".wp-block-post-author-name",
        ".byline .author a",
        ".author.vcard a",
        ".cm-author a",
        ".entry-meta a[rel='author']",
    ),
    category=(
        ".elementor-post-info__terms-list-item",
        ".wp-block-post-terms.taxonomy-category a",
        ".cat-links a",
        ".cm-post-categories a",
        ".entry-meta a[rel~='category']",
    ),
    breadcrumb=("#breadcrumbs a", ".breadcrumb a", ".breadcrumbs a", "nav.rank-math-breadcrumb a"),
    tags=(".tags-links a", ".wp-block-post-terms.taxonomy-post_tag a", ".post-tags a"),
    featured_image=(
        ".elementor-widget-theme-post-featured-image img", ".post-thumbnail img", "img.wp-post-image",
        ".wp-block-post-featured-image img",
    ),
    strip=(
        ".sharedaddy", "#jp-relatedposts", ".jp-relatedposts", "#jp-post-flair", ".sd-block", ".sd-like",
        ".post-views", ".post-views-counter", ".addtoany_share_save_container", ".a2a_kit", ".yarpp-related",
        ".wp-block-post-navigation-link", ".post-tags", ".entry-footer", ".elementor-widget-share-buttons",
        ".elementor-widget-post-navigation", ".elementor-widget-posts", ".elementor-widget-theme-post-title",
        ".elementor-widget-post-info", ".elementor-widget-breadcrumbs",
    ),
    page_kind=("body.page",),
    # WordPress marks the posts index `blog` and listings `archive`; some themes add `blog` to every
    # body, so a singular page (`page`, `single`) is one whatever else its body says.
    not_article=("body.home", "body.blog:not(.page):not(.single)", "body.archive:not(.page):not(.single)",
                 "body.search", "body.error404"),
)
