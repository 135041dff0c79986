"""When in doubt, keep it (docs/extraction.md): layouts of real news sites and CMS themes that look a
little like listings, or that a known family's profile cannot read, are still archived whole."""

from crawler.extract import extract_article
from crawler.extract.article import parse_document
from crawler.extract.layout import furniture, strip_page
from crawler.extract.listing import page_of_teasers
from tests.extract_pages import PARAGRAPH, SECOND, URL, WORDPRESS, body_of, page, paragraphs


def test_an_article_among_boxes_of_other_stories_is_kept():
    """News sites surround the story with more linked headlines than a listing has; a container
    with an article's body makes them other news, not evidence of a listing."""
    stories = "".join(f'<div class="box-{i}"><h3><a href="/tin-tuc/2024/tin-{i}.html">Tin số {i} về hoạt động '
                      f'của xã trong tháng</a></h3></div>' for i in range(9))
    article = extract_article(page(f'<div class="story"><h1>Hội nghị tổng kết năm</h1>{paragraphs(PARAGRAPH, 10)}'
                                   f'</div><div class="more">{stories}</div>'), URL)
    assert article is not None and article.body_text == body_of(PARAGRAPH, 10)


def test_headings_linked_to_their_own_sections_are_no_teasers():
    """A documentation page: every heading is a permalink to itself (`#…`), and a table of contents
    links to the sections by a class of its own."""
    toc = "".join(f'<li><a class="reference internal" href="#muc-{i}">Mục {i}: hướng dẫn thủ tục hành chính</a></li>'
                  for i in range(5))
    sections = "".join(f'<div class="section" id="muc-{i}"><h2><a href="#muc-{i}">Mục {i}: hướng dẫn thủ tục hành '
                       f'chính</a></h2>{paragraphs(PARAGRAPH, 2)}</div>' for i in range(5))
    article = extract_article(page(f'<div class="document"><h1>Hướng dẫn</h1><ul class="toc">{toc}</ul>{sections}'
                                   f'</div>'), URL)
    assert article is not None
    assert article.body_text.count(PARAGRAPH) == 10


def test_an_article_in_sibling_sections_is_kept_whole_without_its_tag_links():
    tags = '<div class="terms"><a href="/tag/hoi-nghi">hội nghị</a> <a href="/tag/tong-ket">tổng kết</a></div>'
    article = extract_article(page(f"<article><h1>Hội nghị tổng kết năm</h1><div>{paragraphs(PARAGRAPH, 5)}</div>"
                                   f"<h2>Phương hướng năm 2025</h2><div>{paragraphs(SECOND, 5)}</div>{tags}</article>"),
                              URL)
    assert article.body_text == "\n\n".join([body_of(PARAGRAPH, 5), "Phương hướng năm 2025", body_of(SECOND, 5)])


def test_a_page_of_whole_articles_under_linked_headings_is_kept():
    """A weekly edition: each article under a heading linked to its own page, all of its text here."""
    editions = "".join(f'<h2><a href="/tin-tuc/2024/bai-{i}.html">Bài {i} của bản tin tuần</a></h2>'
                       f'{paragraphs(PARAGRAPH, 16)}' for i in range(3))
    article = extract_article(page(f'<div class="edition"><h1>Bản tin tuần</h1>{editions}</div>'), URL)
    assert article is not None and article.body_text.count(PARAGRAPH) == 48


def test_a_family_page_in_a_theme_its_profile_does_not_know_is_read_generically():
    """A WordPress site with a theme of its own: the WordPress profile finds no body, so the page is
    read by the generic path (and says so), not archived empty."""
    html = page(f'<main><h1 class="headline">Hội nghị tổng kết năm</h1><div class="story-text">'
                f'{paragraphs(PARAGRAPH, 6)}</div></main>',
                head='<meta name="generator" content="WordPress 6.4"><link rel="stylesheet" '
                     'href="/wp-content/themes/rieng/style.css">')
    article = extract_article(html, URL)
    assert article.profile == "generic" and article.body_text == body_of(PARAGRAPH, 6)
    assert article.doubts == ["layout: a wordpress page its profile finds no body in, read by the generic path"]


def test_a_list_of_post_links_is_a_listing_and_a_list_of_references_is_not():
    posts = "".join(f'<li><a class="postlist-link" href="/blog/bai-{i}/">Bài viết số {i} về hoạt động của xã</a> '
                    f'<time>0{i}/05/2024</time></li>' for i in range(1, 6))
    assert extract_article(page(f"<h1>Bài viết</h1><ol>{posts}</ol>"), "https://xa.example.vn/blog/") is None
    references = "".join(f'<li><cite>Sở Tư pháp. <a class="external text" href="https://so-{i}.example.org/van-ban">'
                         f'Văn bản hướng dẫn số {i} về thủ tục</a>.</cite></li>' for i in range(6))
    article = extract_article(page(f'<div class="content"><h1>Hội nghị tổng kết năm</h1>{paragraphs(PARAGRAPH, 3)}'
                                   f'<ol class="references">{references}</ol></div>'), URL)
    assert article is not None and PARAGRAPH in article.body_text


def test_a_malformed_link_in_the_body_does_not_lose_the_article():
    broken = '<p><a href="http://xa.example.vn: Kế hoạch năm 2025.pdf">Kế hoạch</a> <img src="http://[::1/anh.jpg"></p>'
    article = extract_article(page(f"<article><h1>Hội nghị tổng kết năm</h1>{paragraphs(PARAGRAPH, 4)}{broken}"
                                   f"</article>"), URL)
    assert article is not None and article.body_text.startswith(body_of(PARAGRAPH, 4))


def test_an_xhtml_page_that_declares_its_encoding_is_read():
    """lxml refuses text that opens with `<?xml … encoding=…?>`: the page is parsed as UTF-8 bytes."""
    xhtml = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
             '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">'
             + page(f"<article><h1>Hội nghị tổng kết năm</h1>{paragraphs(PARAGRAPH, 4)}</article>")[6:])
    article = extract_article(xhtml, URL)
    assert article is not None and article.body_text == body_of(PARAGRAPH, 4)
    assert extract_article(xhtml.encode("utf-8"), URL).body_text == article.body_text


def test_a_theme_that_names_the_home_as_every_pages_canonical_loses_no_article():
    head = ('<link rel="canonical" href="https://xa.example.vn/">'
            f'<meta property="og:url" content="{URL}">')
    article = extract_article(page(f"<article><h1>Hội nghị tổng kết năm</h1>{paragraphs(PARAGRAPH, 4)}</article>",
                                   head=head), URL)
    assert article is not None and article.url == URL
    both = ('<link rel="canonical" href="https://xa.example.vn/">'
            '<meta property="og:url" content="https://xa.example.vn/">')
    article = extract_article(page(f"<article><h1>Hội nghị tổng kết năm</h1>{paragraphs(PARAGRAPH, 4)}</article>",
                                   head=both), URL)
    assert article is not None and article.url == URL
    # The home page itself, however it is reached, stays no article.
    home = page(f"<article><h1>Trang chủ</h1>{paragraphs(PARAGRAPH, 4)}</article>",
                head='<link rel="canonical" href="https://xa.example.vn/">')
    assert extract_article(home, "https://xa.example.vn/index.php") is None


def test_a_wordpress_page_whose_theme_marks_every_body_blog_is_an_article():
    html = page(f'<article class="page hentry"><h1 class="entry-title">Lịch sử xã</h1><div class="entry-content">'
                f'{paragraphs(PARAGRAPH, 4)}</div></article>', head='<meta name="generator" content="WordPress 5.4">')
    singular = html.replace("<body>", '<body class="page-template-default page page-id-12 blog">')
    assert extract_article(singular, URL).body_text == body_of(PARAGRAPH, 4)
    index = html.replace("<body>", '<body class="blog">')
    assert extract_article(index, "https://xa.example.vn/tin-tuc/") is None


def test_a_cookie_banner_is_no_article():
    """A consent banner's one long paragraph, all commas, outscores a short article's paragraphs."""
    policy = ", ".join(f"cookie loại {i} giúp ghi nhớ lựa chọn của bạn" for i in range(25))
    banner = f'<div class="cookie-consent-wrap"><div class="tab"><p>Chúng tôi dùng {policy}.</p></div></div>'
    article = extract_article(page(f"{banner}<div><h1>Hội nghị tổng kết năm</h1>{paragraphs(PARAGRAPH, 12)}</div>"),
                              URL)
    assert article.body_text == body_of(PARAGRAPH, 12)


def test_a_declared_article_is_kept_however_short():
    """A notice that declares itself an article (og:type) with one short line: neither path finds
    the 120 characters of an article, and it is kept all the same."""
    head = '<meta property="og:type" content="article">'
    notice = page('<div class="noidung"><h1>Thông báo lịch tiếp công dân</h1><p>Xem tệp đính kèm.</p>'
                  '<p><a href="/files/lich-tiep-cong-dan.pdf">Lịch tiếp công dân tháng 12</a></p></div>', head=head)
    article = extract_article(notice, URL)
    assert article is not None and "Xem tệp đính kèm." in article.body_text
    assert extract_article(notice.replace(head, ""), URL) is None


def test_a_body_whose_layout_class_names_furniture_is_kept():
    """Layout hooks reuse furniture words: the body's own element is `article-content
    sticky-sidebar-relative`, its column `left-navigation-wrapper`. An element marked by its name
    alone that holds most of the page's running text is the body; the real sidebar stays out."""
    side = '<div class="sidebar"><p>Liên kết website các sở, ban, ngành của tỉnh An Giang.</p></div>'
    for names in ("article-content sticky-sidebar-relative", "left-navigation-wrapper--margin", "entry share"):
        article = extract_article(page(f'<h1>Hội nghị tổng kết năm</h1><div class="{names}">{paragraphs(PARAGRAPH, 8)}'
                                       f'</div>{side}<div class="sidebar">{paragraphs(SECOND, 3)}</div>'), URL)
        assert article is not None and article.body_text == body_of(PARAGRAPH, 8), names
    menu = "<nav>" + "".join(f'<a href="/chuyen-muc/{i}">Chuyên mục tin tức số {i} của xã</a> ' for i in range(60)) \
        + "</nav>"
    comments = f'<div class="comment-list">{paragraphs(SECOND, 8)}</div>'
    article = extract_article(page(f'{menu}<h1>Hội nghị tổng kết năm</h1><div class="noidung">'
                                   f'{paragraphs(PARAGRAPH, 4)}</div>{comments}'), URL)
    assert article.body_text == body_of(PARAGRAPH, 4)     # comments outweighing the story stay furniture


def test_ruby_annotations_are_no_body_text():
    reading = "".join(f"<ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp></ruby>{PARAGRAPH}" for _ in range(1))
    article = extract_article(page(f"<div><h1>Hội nghị tổng kết năm</h1><p>{reading}</p>{paragraphs(SECOND, 3)}</div>"),
                              URL)
    assert article.body_text.startswith(f"漢{PARAGRAPH}")


def test_an_opinion_piece_named_commentary_is_no_comments_box():
    article = extract_article(page(f'<div class="sect_article commentary"><h1>Hội nghị tổng kết năm</h1>'
                                   f'{paragraphs(PARAGRAPH, 6)}</div><footer>{paragraphs(SECOND, 7)}</footer>'), URL)
    assert article is not None and article.body_text == body_of(PARAGRAPH, 6)


def test_the_opening_paragraphs_above_a_paywall_box_are_the_articles():
    opening = paragraphs(SECOND, 2)
    article = extract_article(page(f'<article><h1>Hội nghị tổng kết năm</h1><div class="read">{opening}'
                                   f'<div class="paywall">{paragraphs(PARAGRAPH, 12)}</div></div></article>'), URL)
    assert article is not None and article.body_text == body_of(SECOND, 2) + "\n\n" + body_of(PARAGRAPH, 12)


def test_posts_headed_by_their_writers_profile_links_are_no_teasers():
    """A forum thread: each post's heading is its writer's name, linked to the profile."""
    posts = "".join(f'<article class="message"><h4><a href="/members/nguoi-{i}/" class="username">Người {i}</a></h4>'
                    f'<div class="message-body"><p>{PARAGRAPH} Ý kiến {i}.</p></div></article>' for i in range(5))
    article = extract_article(page(f"<h1>Hội nghị tổng kết năm</h1>{posts}"), URL)
    assert article is not None and "Ý kiến 0." in article.body_text


def _related_slider(n: int) -> str:
    teasers = "".join(f'<article class="teaser"><a href="/tin-tuc/2024/tin-{i}.html"><img src="/anh/{i}.jpg"></a>'
                      f'<h3><a href="/tin-tuc/2024/tin-{i}.html">Tin số {i} về hoạt động của xã trong tháng</a></h3>'
                      f'</article>' for i in range(n))
    return f'<div class="slider"><h2><a>Tin liên quan</a></h2>{teasers}</div>'


def test_a_box_of_other_stories_between_the_paragraphs_keeps_the_article_whole():
    """A news site sets a slider of other stories (linked headlines, `<article>`s) between two
    paragraphs of the story: the story goes on after it, and the slider is no part of it."""
    more = '<h3>Xem thêm</h3><ul>' + "".join(
        f'<li><a href="/tin-tuc/2024/khac-{i}.html">Một tin khác của xã số {i}</a></li>' for i in range(4)) + "</ul>"
    story = (f'<div class="story"><p>{PARAGRAPH} {PARAGRAPH} {PARAGRAPH}</p>{_related_slider(6)}'
             f'{paragraphs(SECOND, 8)}{more}</div>')
    article = extract_article(page(f'<h1>Hội nghị tổng kết năm</h1>{story}'), URL)
    assert article is not None
    assert article.body_text == "\n\n".join([f"{PARAGRAPH} {PARAGRAPH} {PARAGRAPH}", body_of(SECOND, 8)])


def test_a_listing_of_teaser_boxes_stays_a_listing():
    """Boxes of links are insets only beside an article's paragraphs: a page of them is a listing."""
    listing = "".join(f'<div class="item"><h3><a href="/tin-tuc/2024/tin-{i}.html">Tin số {i} về hoạt động của xã '
                      f'trong tháng</a></h3><p>{PARAGRAPH[:60]}</p></div>' for i in range(12))
    assert extract_article(page(f'<h1>Tin tức</h1><div class="list">{listing}</div>'),
                           "https://xa.example.vn/tin-tuc/") is None


def _teaser_evidence(body: str, url: str) -> bool:
    """page_of_teasers on a page where no container holds a body of its own."""
    doc = parse_document(page(body))
    strip_page(doc)
    root = doc.find(".//body")
    return page_of_teasers(root, furniture(root), url, body_found=False)


def test_text_beside_the_teasers_makes_them_other_pages():
    """A recipe or a procedure whose text no container holds whole (steps in boxes of their own)
    with teasers of other pages below: the text beside the teasers is an article's, no listing."""
    steps = "".join(f'<div class="step"><div>{PARAGRAPH} {SECOND} Bước {i}.</div></div>' for i in range(6))
    others = "".join(f'<div class="card"><h3><a href="/thu-tuc/thu-tuc-{i}.html">Thủ tục hành chính khác số {i} '
                     f'của xã</a></h3><p>{PARAGRAPH[:80]}</p></div>' for i in range(4))
    url = "https://xa.example.vn/thu-tuc/khai-sinh.html"
    assert not _teaser_evidence(f"<h1>Thủ tục đăng ký khai sinh</h1>{steps}<div>{others}</div>", url)
    assert _teaser_evidence(f"<h1>Thủ tục đăng ký khai sinh</h1>{steps[:len(steps) // 3]}<div>{others}</div>", url)
    # A slider of as many teasers as a listing has: the text beside them still says article.
    slider = others * 2
    assert not _teaser_evidence(f"<h1>Thủ tục đăng ký khai sinh</h1>{steps}<div>{slider}</div>", url)
    assert _teaser_evidence(f"<h1>Thủ tục đăng ký khai sinh</h1>{steps[:len(steps) // 3]}<div>{slider}</div>", url)


def test_teasers_with_their_summaries_stay_a_listing():
    """The summaries of a listing's teasers are theirs, not text beside them, however long."""
    items = "".join(f'<li class="post"><a class="post-title" href="/tin-tuc/2024/tin-{i}.html">Tin số {i} về hoạt '
                    f'động của xã trong tháng</a><span>12/03/2024</span><p>{PARAGRAPH} {SECOND}</p></li>'
                    for i in range(10))
    assert extract_article(page(f'<h1>Tin tức</h1><ul class="posts">{items}</ul>'), "https://xa.example.vn/tin-tuc/") is None


def test_a_short_section_under_its_own_subheading_goes_on_with_the_article():
    """The article goes on after the best container under a subheading, in a section shorter than
    a lead: it is the article's, not something below it."""
    last = "Mọi ý kiến xin gửi về Văn phòng UBND xã."
    article = extract_article(page(f'<article><h1>Hội nghị tổng kết năm</h1><div>{paragraphs(PARAGRAPH, 4)}</div>'
                                   f'<h2>Liên hệ</h2><div><p>{last}</p></div></article>'), URL)
    assert article is not None and article.body_text == body_of(PARAGRAPH, 4) + "\n\nLiên hệ\n\n" + last


def test_furniture_between_the_sections_does_not_cut_the_article():
    """A related-coverage box (furniture by its name) between two parts of the story, its headlines
    links: the story's parts are one article, and the box is no part of it."""
    related = ('<aside class="related-coverage">' + "".join(
        f'<h3><a href="/tin-tuc/2024/tin-{i}.html">Tin liên quan số {i} của xã</a></h3>' for i in range(3)) + '</aside>')
    article = extract_article(page(f'<h1>Hội nghị tổng kết năm</h1><div class="story"><div class="part">'
                                   f'{paragraphs(PARAGRAPH, 4)}</div>{related}<div class="part">'
                                   f'{paragraphs(SECOND, 4)}</div></div>'), URL)
    assert article is not None and article.body_text == body_of(PARAGRAPH, 4) + "\n\n" + body_of(SECOND, 4)




def test_a_wordpress_theme_printing_the_post_outside_the_familys_markup_is_read_whole():
    """A page builder prints the post in its own boxes and the sidebar's latest posts as the
    family's `article.hentry`: none of those holds the page's headline, so the page is read by
    the generic path, not as the first sidebar post."""
    sidebar = "".join(f'<article class="post hentry"><h2 class="entry-title"><a href="/2024/tin-{i}/">Tin số {i} '
                      f'của xã trong tháng</a></h2><div class="entry-content"><p>{SECOND}</p></div></article>'
                      for i in range(3))
    html = page(f'<div class="builder"><div class="title-box"><h1 class="entry-title">Hội nghị tổng kết năm</h1>'
                f'<p class="title_meta_container">7. Th12 2024, 11:19</p></div><div class="builder-text">'
                f'{paragraphs(PARAGRAPH, 6)}</div></div><div class="sidebar-posts">{sidebar}</div>', head=WORDPRESS)
    article = extract_article(html, URL)
    assert article.title == "Hội nghị tổng kết năm"
    assert article.body_text == body_of(PARAGRAPH, 6)


def test_of_two_bodies_in_a_post_the_one_holding_its_text_is_the_body():
    """A theme prints its byline box in a block of the body's class above the body itself."""
    html = page(f'<article class="post hentry"><h1 class="entry-title">Hội nghị tổng kết năm</h1><div class='
                f'"entry-content"><p class="author-meta">Ban biên tập / 31/10/2024</p></div><div class="entry-content">'
                f'{paragraphs(PARAGRAPH, 5)}</div></article>', head=WORDPRESS)
    article = extract_article(html.replace("<body>", '<body class="single single-post">'), URL)
    assert article.profile == "wordpress" and article.body_text == body_of(PARAGRAPH, 5)


def test_drupal_views_wrappers_are_no_view_counters():
    """A counter's name ends in "views" ("post-views"); Drupal's Views module begins the names of
    its content wrappers with it ("views-node node-full"), which hold the article."""
    doc = parse_document(page(f'<div class="views-node node-full"><article><h1>Hội nghị tổng kết năm</h1>'
                              f'{paragraphs(PARAGRAPH, 2)}</article></div><span class="post-views">1.234 lượt xem</span>'
                              f'<div class="gioi-thieu">{paragraphs(SECOND, 4)}</div>'))
    root = doc.find(".//body")
    names = {el.get("class") for el in furniture(root)}
    assert "post-views" in names and "views-node node-full" not in names


def test_a_box_of_related_stories_in_a_profiles_body_is_no_part_of_it():
    """A theme's "Related" promo between two paragraphs of the post, with its thumbnail, and a list
    of links under "Xem thêm:": no text and no picture of the article. A box of related documents
    is its attachments and stays."""
    promo = ('<div class="promote-related-post"><a href="/2024/tin-khac/"><img src="/anh/khac.jpg">'
             '<span><h2>Tin liên quan</h2><h3>Một tin khác của xã trong tháng</h3></span></a></div>')
    documents = ('<div class="van-ban-lien-quan"><a href="/files/ke-hoach.pdf">Kế hoạch số 12/KH-UBND '
                 'về tổng kết năm</a></div>')
    more = ('<h3>Xem thêm:</h3><ul>' + "".join(f'<li><a href="/2024/khac-{i}/">Một tin khác của xã số {i}</a></li>'
                                              for i in range(3)) + '</ul>')
    html = page(f'<article class="post hentry"><h1 class="entry-title">Hội nghị tổng kết năm</h1><div '
                f'class="entry-content">{paragraphs(PARAGRAPH, 3)}{promo}{paragraphs(SECOND, 3)}{documents}{more}'
                f'</div></article>', head=WORDPRESS)
    article = extract_article(html.replace("<body>", '<body class="single single-post">'), URL)
    assert article.profile == "wordpress"
    assert article.body_text.startswith(body_of(PARAGRAPH, 3) + "\n\n" + body_of(SECOND, 3))
    assert "Một tin khác" not in article.body_text and "Xem thêm" not in article.body_text
    assert not any("khac.jpg" in i.url for i in article.images)
    assert [a.url for a in article.attachments] == ["https://xa.example.vn/files/ke-hoach.pdf"]


def test_a_sidebar_widget_longer_than_the_post_is_still_furniture():
    """A sidebar's text widget (an election programme, a long notice) may hold more text than the
    post: furniture by its tag and by its name, however long, is never the article."""
    widget = (f'<aside class="widget widget-sidebar widget_text"><h3 class="widget-title">Chương trình</h3>'
              f'{paragraphs(SECOND, 12)}</aside>')
    article = extract_article(page(f'<div id="content"><h1>Hội nghị tổng kết năm</h1><div class="text">'
                                   f'{paragraphs(PARAGRAPH, 5)}</div></div><div id="sidebar">{widget}</div>'), URL)
    assert article.body_text == body_of(PARAGRAPH, 5)


def test_teasers_of_other_nodes_inside_the_article_never_give_its_body():
    """A Drupal node page laid out by blocks: the node's own body is no `.node__content` child, and
    the node holds promoted teasers of other nodes, each with a `.node__content` body. The page's
    article is its own text, read generically, never the first teaser's summary; and teasers
    nested in the article that holds the body are its related items, no evidence of a listing."""
    teasers = "".join(f'<article class="node node--type-article node--promoted"><h3><a href="/tin/{i}">Tin khác số {i}'
                      f'</a></h3><div class="node__content"><div class="field--name-body">{SECOND}</div></div></article>'
                      for i in range(3))
    html = page(f'<article class="node node--type-article node--view-mode-full"><h1 class="page-title">Hội nghị tổng '
                f'kết năm</h1><div class="block-region-main"><div class="block-field-body">{paragraphs(PARAGRAPH, 6)}'
                f'</div></div><div class="block-region-aside"><div class="view-content">{teasers}</div></div></article>',
                head='<meta name="Generator" content="Drupal 9 (https://www.drupal.org)">')
    article = extract_article(html, URL)
    assert article.body_text.startswith(body_of(PARAGRAPH, 6))
    assert SECOND not in article.body_text


def test_a_listing_wrapped_in_an_article_stays_a_listing():
    """A theme prints a category page's teasers inside one `<article>`, the first with a longer
    summary: the best text is a teaser's, so the teasers are the page's entries, not an article's
    related items."""
    teasers = "".join(f'<article class="teaser"><h2><a href="/tin-tuc/2024/tin-{i}.html">Tin số {i} về hoạt động của '
                      f'xã</a></h2>{paragraphs(PARAGRAPH, 4 if i == 0 else 1)}</article>' for i in range(4))
    html = page(f'<article class="page"><h1>Tin tức</h1>{teasers}</article>')
    assert extract_article(html, "https://xa.example.vn/tin-tuc") is None

