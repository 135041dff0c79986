"""How a page's own markup says where its article is and is not: a title linked to the page itself,
the text split into sections of one kind by pictures or written in one paragraph, a source that
wraps and indents its lines, other stories' teasers set between the paragraphs or placed in a
Drupal node's region, and the boxes of other news beside a short article."""

from crawler.extract import extract_article
from tests.extract_pages import PARAGRAPH, SECOND, URL, body_of, page, paragraphs


def test_a_post_under_its_permalink_title_with_a_box_of_recent_posts_is_kept():
    """A classic blog theme links the post's own title to the post (a permalink) and lists the
    recent posts, this one among them, under linked headings beside it: neither the permalink nor
    the logo linked to the home page is a teaser, and the permalink is the headline."""
    recent = "".join(f'<div class="recent-item"><h3><a href="/tin-tuc/2024/tin-{i}.html">Tin số {i} về hoạt động '
                     f'của xã</a></h3></div>' for i in range(5))
    steps = "".join(f"<li>{PARAGRAPH} Bước {i}.</li>" for i in range(7))
    html = page(f'<div class="top"><h1 class="logo"><a href="https://xa.example.vn/">UBND xã</a></h1></div>'
                f'<div class="post"><div class="title"><h2><a href="{URL}">Hội nghị tổng kết năm</a></h2></div>'
                f'<div class="entry"><p>{SECOND}</p><div class="steps"><ol>{steps}</ol></div></div></div>'
                f'<div class="more"><h3><a href="{URL}">Hội nghị tổng kết năm</a></h3>{recent}</div>')
    article = extract_article(html, URL)
    assert article is not None
    assert article.title == "Hội nghị tổng kết năm"
    assert article.body_text == "\n\n".join([SECOND, *(f"{PARAGRAPH} Bước {i}." for i in range(7))])


def test_an_article_split_by_a_picture_into_sections_of_one_kind_is_kept_whole():
    """A post editor writes the text into sections of one class, a wide picture between them
    (Medium): the last section, however short beside the first, is the article's."""
    sections = (f'<div class="section-inner column">{paragraphs(PARAGRAPH, 30)}</div>'
                f'<div class="section-inner wide"><figure><img src="/a.jpg"><figcaption>Toàn cảnh hội nghị tổng kết '
                f'năm</figcaption></figure></div>'
                f'<div class="section-inner column">{paragraphs(SECOND, 5)}</div>')
    article = extract_article(page(f'<h1>Hội nghị tổng kết năm</h1><div class="section-content">{sections}</div>'
                                   f'<div class="footer-links">{"".join(f"<a href=/t{i}>Mục {i}</a>" for i in range(9))}'
                                   f'</div>'), URL)
    assert article is not None
    assert article.body_text.startswith(body_of(PARAGRAPH, 30))
    assert article.body_text.endswith(body_of(SECOND, 5))


def test_a_source_that_wraps_and_indents_its_lines_gives_the_same_article():
    """Text is counted as the page reads, not as its source is laid out: indentation inside a
    paragraph is no text."""
    def laid_out(text: str, n: int, wrap: bool) -> str:
        if not wrap:
            return paragraphs(text, n)
        return "".join(f"<p>\n{' ' * 40}" + f"\n{' ' * 40}".join(f"{text} Đoạn {i}.".split(", ")) + "</p>"
                       for i in range(n))
    links = "".join(f"<li>Liên kết số {i}</li>" for i in range(100))
    bodies = []
    for wrap in (False, True):
        html = page(f'<div class="outer"><h1>Hội nghị tổng kết năm</h1><div class="text">{laid_out(PARAGRAPH, 8, wrap)}'
                    f'</div><div class="more">{laid_out(SECOND, 4, wrap)}</div><ul class="plain">{links}</ul></div>')
        article = extract_article(html, URL)
        assert article is not None
        bodies.append(" ".join(article.body_text.replace(", ", " ").split()))
    assert bodies[0] == bodies[1]


def _teaser(i: int, summary: str = "Một tin khác của xã, tóm tắt trong một câu.") -> str:
    return (f'<div class="teaser"><img src="/anh/tin-{i}.jpg"><h2><a href="/tin-tuc/2024/tin-{i}.html">Tin số {i} '
            f'về hoạt động của xã</a></h2><div class="teasertext"><p>{summary} <a href="/tin-tuc/2024/tin-{i}.html">'
            f'Xem tiếp</a></p></div></div>')


def test_other_stories_teasers_set_between_the_paragraphs_are_no_part_of_the_article():
    """A news site sets a teaser of another story (its linked headline, a picture, a line of
    summary) between two paragraphs: the article goes on around it, and the teaser leaves."""
    story = f'<div class="story">{paragraphs(PARAGRAPH, 4)}{_teaser(1)}{paragraphs(SECOND, 4)}{_teaser(2)}</div>'
    article = extract_article(page(f'<h1>Hội nghị tổng kết năm</h1>{story}'), URL)
    assert article is not None
    assert article.body_text == "\n\n".join([body_of(PARAGRAPH, 4), body_of(SECOND, 4)])


def test_a_section_under_a_heading_linked_elsewhere_with_text_of_its_own_stays():
    """A box with a linked heading and more text than a teaser's summary is the article's own
    section (a heading linking to the place or document it is about)."""
    long = " ".join([PARAGRAPH] * 5)
    story = f'<div class="story">{paragraphs(PARAGRAPH, 4)}{_teaser(1, long)}{paragraphs(SECOND, 4)}</div>'
    article = extract_article(page(f'<h1>Hội nghị tổng kết năm</h1>{story}'), URL)
    assert article is not None
    assert long in article.body_text and article.body_text.endswith(body_of(SECOND, 4))


def test_other_nodes_placed_in_a_drupal_nodes_region_are_no_part_of_its_body():
    """Drupal's layout builder can place a Views block ("latest articles") in the node's own
    content region, where the profile reads the body, and a paragraph item can show other nodes
    as teasers: both are other nodes."""
    teasers = "".join(f'<div class="views-row"><a href="/tin-{i}"><div class="teaser"><h2>Tin số {i} về hoạt động của '
                      f'xã</h2><p>{SECOND}</p></div></a></div>' for i in range(3))
    html = page(f'<article class="node node--view-mode-full"><h1 class="page-title">Hội nghị tổng kết năm</h1>'
                f'<div class="node__content"><div class="clearfix text-formatted">{paragraphs(PARAGRAPH, 5)}</div>'
                f'<div class="paragraph paragraph--type--recommended"><article class="node node--view-mode-teaser-box">'
                f'<h2><a href="/tin-9">Tin số 9 về hoạt động của xã</a></h2><p>{SECOND}</p></article></div>'
                f'<div class="views-element-container block">{teasers}</div></div></article>',
                head='<meta name="Generator" content="Drupal 9 (https://www.drupal.org)">')
    article = extract_article(html, URL)
    assert article is not None and article.profile == "drupal_core"
    assert article.body_text == body_of(PARAGRAPH, 5)


def test_a_subheading_whose_anchor_id_names_furniture_stays_in_the_body():
    """A news site makes its subheadings' ids from their words for a table of contents
    (`id="nav_phuong_huong_nam_toi"`): the heading is the article's, whatever the id says."""
    html = page(f'<div class="article-body"><h1>Hội nghị tổng kết năm</h1>{paragraphs(PARAGRAPH, 4)}'
                f'<h3 class="subheading" id="nav_phuong_huong__1">Phương hướng năm tới</h3>{paragraphs(SECOND, 4)}'
                f'</div>')
    article = extract_article(html, URL)
    assert article is not None
    assert article.body_text == "\n\n".join([body_of(PARAGRAPH, 4), "Phương hướng năm tới", body_of(SECOND, 4)])


def test_a_text_written_in_one_paragraph_keeps_the_subheading_and_picture_beside_it():
    """An editor writes the whole text in one `<p>` split by `<br><br>`, under a subheading and a
    picture in the same box: the box is the article's container, not the paragraph."""
    text = "<br><br>".join(f"{PARAGRAPH} Đoạn {i}." for i in range(8))
    html = page(f'<h1>Hội nghị tổng kết năm</h1><div class="rich-text"><h3>Xã hoàn thành các chỉ tiêu kinh tế đề ra'
                f'</h3><figure><img src="/anh/hoi-nghi.jpg" alt=""></figure><p>{text}</p></div>')
    article = extract_article(html, URL)
    assert article is not None
    assert article.body_text.startswith("Xã hoàn thành các chỉ tiêu kinh tế đề ra\n\n")
    assert f"{PARAGRAPH} Đoạn 7." in article.body_text
    assert [image.url for image in article.images] == ["https://xa.example.vn/anh/hoi-nghi.jpg"]


def test_a_drupal_7_node_with_a_block_of_node_teasers_beside_it_is_archived():
    """Drupal 7 lists teasers under `body.page-node` at `/node`; a node's own page has the same
    class, with its type (`node-type-article`), and a Views block of related node teasers there is
    no listing: the node is archived."""
    teaser = ('<div class="node node-article node-teaser"><h2><a href="/node/12">Tin số 12 về hoạt động của xã</a></h2>'
              f'<div class="content"><p>{SECOND}</p></div></div>')
    html = ('<html><head><meta name="Generator" content="Drupal 7 (http://drupal.org)"><title>Hội nghị tổng kết năm'
            '</title></head><body class="html not-front page-node page-node- page-node-46 node-type-article">'
            '<div id="content"><h1 class="title" id="page-title">Hội nghị tổng kết năm</h1><div id="node-46" '
            'class="node node-article node-full"><div class="content"><div class="field field-name-body"><div '
            f'class="field-items"><div class="field-item even">{paragraphs(PARAGRAPH, 5)}</div></div></div></div></div>'
            f'</div><div class="region region-sidebar-second"><div class="block block-views">{teaser}</div></div>'
            '</body></html>')
    article = extract_article(html, "https://xa.example.vn/node/46")
    assert article is not None and article.profile == "drupal7"
    assert article.body_text == body_of(PARAGRAPH, 5)
    listing = html.replace("not-front page-node page-node- page-node-46 node-type-article", "not-front page-node")
    assert extract_article(listing, "https://xa.example.vn/node?page=1") is None


def _notice_among_other_news(paragraph_count: int) -> str:
    others = "".join(f'<div class="item"><h3><a href="/tin-tuc/2024/tin-{i}.html">Tin số {i} về hoạt động của xã trong '
                     f'tháng</a></h3></div>' for i in range(7))
    return page(f'<div class="detail"><h1>Thông báo lịch tiếp công dân</h1><div class="content">'
                f'{paragraphs(PARAGRAPH, paragraph_count)}</div></div><div class="box-news">{others}</div>')


def test_a_short_notice_among_boxes_of_other_news_is_archived_at_its_own_url():
    """A commune's notice of two paragraphs, with seven headlines of other news beside it in a box
    no name marks as furniture: at an item's URL (an id, a dated slug) the body of its own is the
    page's article. The same page at a listing's URL (a section, a pager) stays a listing."""
    for count in (2, 5, 8):
        for url in (URL, "https://xa.example.vn/thong-bao/lich-tiep-cong-dan-12345.html", "https://xa.example.vn/node/46",
                    "https://xa.example.vn/?p=7"):
            article = extract_article(_notice_among_other_news(count), url)
            assert article is not None and article.body_text == body_of(PARAGRAPH, count), (count, url)
    for url in ("https://xa.example.vn/tin-tuc", "https://xa.example.vn/tin-tuc?page=2",
                "https://xa.example.vn/index.php?option=com_content&view=category&id=12"):
        assert extract_article(_notice_among_other_news(2), url) is None, url


def test_an_article_beside_bare_headlines_of_other_news_is_archived_at_any_url():
    """Beside headlines alone (no summary: a box of other news, not a listing's entries), a body of
    an article's size (≥ 400 characters) is the page's article, at a slug URL too. A listing's
    entries carry their summaries, and a section's short introduction is no article."""
    slug = "https://xa.example.vn/tin-tuc/thong-bao-lich-tiep-cong-dan"
    for count in (5, 8):
        article = extract_article(_notice_among_other_news(count), slug)
        assert article is not None and article.body_text == body_of(PARAGRAPH, count)
    assert extract_article(_notice_among_other_news(2), slug) is None
    entries = "".join(f'<div class="item"><h3><a href="/tin-tuc/2024/tin-{i}.html">Tin số {i} về hoạt động của xã</a>'
                      f'</h3><p>{SECOND}</p></div>' for i in range(7))
    listing = page(f'<div class="detail"><h1>Tin tức</h1><div class="intro">{paragraphs(PARAGRAPH, 5)}</div></div>'
                   f'<div class="list">{entries}</div>')
    assert extract_article(listing, "https://xa.example.vn/tin-tuc") is None
