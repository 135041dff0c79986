"""What stands between a news article's headline and its body — the article's own `<header>`, a
lead below a long byline block, section headers — and the button bars inside a body: the article
is read whole, and the buttons are none of its text (docs/extraction.md, §3)."""

from crawler.extract import extract_article
from crawler.extract.article import parse_document
from crawler.extract.layout import furniture
from tests.extract_pages import PARAGRAPH, SECOND, URL, WORDPRESS, body_of, paragraphs

LEAD = "Sáng ngày 8/5, Huyện ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 15 để đánh giá kết quả."
TITLE = "Hội nghị tổng kết năm"


def page(body: str, head: str = "", body_attrs: str = "") -> str:
    return (f"<html><head><title>{TITLE} - UBND xã</title>{head}</head>"
            f"<body{body_attrs}><header class='site'><a href='/'>UBND xã</a></header>{body}</body></html>")


def test_an_articles_own_header_is_no_page_banner():
    """HTML gives a `<header>` inside an `<article>` no banner role: it holds the article's
    headline and lead, and the lead opens the body. The page's own header stays furniture."""
    html = page(f'<article><header class="article-header"><h2 class="headline">{TITLE}</h2>'
                f'<div class="summary">{LEAD}</div></header><div class="text">{paragraphs(PARAGRAPH, 5)}</div></article>')
    root = parse_document(html).find(".//body")
    zones = {el.get("class") for el in furniture(root)}
    assert "site" in zones and "article-header" not in zones
    article = extract_article(html, URL)
    assert article.title == TITLE
    assert article.body_text == LEAD + "\n\n" + body_of(PARAGRAPH, 5)


def test_the_headline_in_a_header_of_the_main_content_is_the_headline():
    """A `<header>` inside `<main>` holds the story's headline: a subheading that is a whole
    sentence under it is the body's first line, not the headline."""
    dek = "Đây là câu mở đầu dài của bài viết, tóm tắt nội dung chính của hội nghị tổng kết năm của xã."
    html = page(f'<main><header><h1 class="article-title">{TITLE}</h1></header><div class="story"><h2>{dek}</h2>'
                f'{paragraphs(PARAGRAPH, 5)}</div></main>', head=f'<meta property="og:title" content="{TITLE}">')
    article = extract_article(html, URL)
    assert article.title == TITLE
    assert article.body_text == dek + "\n\n" + body_of(PARAGRAPH, 5)


def test_sections_headed_in_their_own_header_are_one_article():
    """A CMS prints each section of the story as a frame of its own, its subheading in a `<header>`:
    a subheading is no paragraph, so the article is climbed to whole, not cut at its longest frame."""
    sections = "".join(f'<div class="frame"><header><h2>Phần thứ {i} của bài viết về hội nghị</h2></header>'
                       f'<div class="textpic"><div class="bodytext">{paragraphs(PARAGRAPH if i % 2 else SECOND, 2 + i)}'
                       f'</div></div></div>' for i in range(4))
    article = extract_article(page(f'<article><div class="container"><h1>{TITLE}</h1>'
                                   f'<div class="article-body">{sections}</div></div></article>'), URL)
    for i in range(4):
        assert body_of(PARAGRAPH if i % 2 else SECOND, 2 + i) in article.body_text
        assert f"Phần thứ {i} của bài viết về hội nghị" in article.body_text


def test_the_lead_below_a_long_byline_block_opens_the_body():
    """A byline block with the writers' names, a picture's button and its description stand
    between the headline and the lead: the block named as the lead is the lead, not the
    picture's description."""
    writers = ["Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Cường", "Phạm Thị Dung", "Hoàng Văn Em", "Võ Thị Phương",
               "Đặng Văn Giang", "Bùi Thị Hà", "Đỗ Văn Hùng", "Ngô Thị Lan", "Dương Văn Minh", "Lý Thị Ngọc",
               "Vương Văn Phúc", "Trịnh Thị Quyên", "Mai Văn Sơn", "Đinh Thị Tâm", "Hồ Văn Uy", "Lâm Thị Vân",
               "Tạ Văn Xuân", "Châu Thị Yến", "Kiều Văn Anh", "Lục Thị Bảo", "Mạc Văn Chung", "Ninh Thị Diệp"]
    byline = ('<div class="meta">' + "".join(f'<div><a href="/tac-gia/{i}">{name} (ảnh)</a></div>'
                                            for i, name in enumerate(writers)) + '<div>21/10/2024 07:45</div></div>')
    picture = ('<div class="intro"><div class="image-description"><p>Quang cảnh hội nghị tổng kết công tác năm '
               'của UBND xã tại hội trường.</p></div>'
               f'<p class="intro-text">{LEAD}</p></div>')
    html = page(f'<div class="detail"><h1>{TITLE}</h1>{byline}<span class="btn">Xem ảnh</span>{picture}'
                f'<div class="content">{paragraphs(PARAGRAPH, 5)}</div></div>')
    article = extract_article(html, URL)
    assert article.body_text == LEAD + "\n\n" + body_of(PARAGRAPH, 5)


def test_button_bars_inside_a_profiles_body_are_no_text():
    """Share buttons, a star rating and "print" inside a WordPress post's `.entry-content`, which
    the profile's own strip list does not know: none of their text is the article's. A paragraph
    in an element whose name only happens to say "share" stays."""
    share = ('<div class="shariff shariff-align-flex-start"><h4 class="ShariffHeadline">Chia sẻ bài viết</h4>'
             '<ul><li><a href="https://facebook.com/sharer">Facebook</a></li><li><a href="#">Zalo</a></li></ul></div>')
    rating = '<span class="post-ratings"><strong>Bài viết có hữu ích không?</strong> 4,5 / 5</span>'
    printing = '<div class="print"><a href="?print=1">In bài viết</a></div>'
    kept = f'<div class="share-holder"><p>{SECOND} {SECOND}</p></div>'
    html = page(f'<article class="post hentry"><h1 class="entry-title">{TITLE}</h1><div class="entry-content">'
                f'{share}{paragraphs(PARAGRAPH, 4)}{kept}{rating}{printing}</div></article>', head=WORDPRESS,
                body_attrs=' class="single single-post"')
    article = extract_article(html, URL)
    assert article.profile == "wordpress"
    assert article.body_text == body_of(PARAGRAPH, 4) + f"\n\n{SECOND} {SECOND}"


def test_a_credit_named_beside_its_picture_is_the_pictures_caption_not_text():
    """A caption or credit a theme prints in an element of its own beside the picture (`p.credit`
    in a `div.wp-caption`, `span.img-metadata__title`) is the picture's caption, not body text. A
    paragraph whose class says "caption" with no picture near it stays text, and an id made from a
    heading's words ("…-grundlegende-…") names nothing."""
    figure = ('<div class="wp-caption"><img src="/anh/hoi-nghi.jpg" alt=""><p class="credit">Ảnh: Ban Tuyên giáo</p>'
              '</div>')
    lone = f'<p class="caption-text">{SECOND}</p>'
    heading = '<h3 id="noi-dung-grundlegende-va-ke-hoach">Nội dung cơ bản và kế hoạch của xã năm 2025</h3>'
    article = extract_article(page(f'<div class="detail"><h1>{TITLE}</h1><div class="content">{paragraphs(PARAGRAPH, 2)}'
                                   f'{figure}{heading}{paragraphs(PARAGRAPH, 2)}{lone}</div></div>'), URL)
    assert "Ban Tuyên giáo" not in article.body_text
    assert [(image.url, image.caption) for image in article.images] == [
        ("https://xa.example.vn/anh/hoi-nghi.jpg", "Ảnh: Ban Tuyên giáo")]
    assert "Nội dung cơ bản và kế hoạch của xã năm 2025" in article.body_text
    assert article.body_text.endswith(SECOND)


def test_lines_that_only_lead_elsewhere_or_label_an_advert_are_no_text():
    """"[Quay lại]", "« Zurück zur Übersicht", "Về đầu trang", an advert's "Quảng cáo" label: lines
    of the body that lead elsewhere. The same words inside a sentence stay."""
    sentence = 'Xã xử lý nghiêm các trường hợp treo biển <a href="/quy-dinh">quảng cáo</a> sai quy định trên địa bàn.'
    html = page(f'<div class="detail"><h1>{TITLE}</h1><div class="content">{paragraphs(PARAGRAPH, 3)}'
                f'<div class="ad">Quảng cáo</div><p>{sentence}</p>{paragraphs(SECOND, 2)}'
                f'<p><a href="/tin-tuc">[Quay lại]</a></p><div><a href="#top">Về đầu trang ↑</a></div>'
                f'<p><a href="/">« Zurück zur Übersicht</a></p></div></div>')
    article = extract_article(html, URL)
    assert article.body_text == "\n\n".join([body_of(PARAGRAPH, 3), "Xã xử lý nghiêm các trường hợp treo biển quảng "
                                             "cáo sai quy định trên địa bàn.", body_of(SECOND, 2)])


def test_lines_that_point_to_other_stories_are_no_text():
    """"Xem thêm: <another story>" between the paragraphs, or the label on a line of its own and
    the links on the next, and the post navigation ("← Bài trước: …") point elsewhere. A sentence that opens with the words stays, and so
    does a line pointing to a document: it names the article's attachment."""
    sentence = "Xem thêm: kế hoạch của xã được niêm yết tại trụ sở UBND và nhà văn hóa các ấp."
    html = page(f'<div class="detail"><h1>{TITLE}</h1><div class="content">{paragraphs(PARAGRAPH, 3)}'
                f'<p><strong>Xem thêm:</strong> <a href="/tin-tuc/2024/tin-khac.html">Xã ra quân dọn vệ sinh môi '
                f'trường</a></p><p>{sentence}</p>'
                f'<p><strong>Đọc thêm:</strong></p><div><a href="/tin-tuc/2024/tin-1.html">Tin số 1 về hoạt động của xã'
                f'</a></div>{paragraphs(SECOND, 2)}'
                f'<p>Xem thêm: <a href="/files/ke-hoach.pdf">Kế hoạch số 12/KH-UBND</a></p>'
                f'<p>← Bài trước: <a href="/tin-tuc/2024/tin-0.html">Xã tổ chức lễ ra quân</a></p></div></div>')
    article = extract_article(html, URL)
    assert article.body_text == "\n\n".join([body_of(PARAGRAPH, 3), sentence, body_of(SECOND, 2),
                                             "Xem thêm: Kế hoạch số 12/KH-UBND"])
    assert [a.title for a in article.attachments] == ["Kế hoạch số 12/KH-UBND"]


def test_a_date_on_a_line_of_its_own_in_the_body_is_no_text():
    """A theme prints "Cập nhật: <time>…</time>" after the last paragraph: the page's metadata. A
    date inside a sentence is the article's."""
    sentence = 'Ngày <span><time datetime="2024-05-08">8/5/2024</time></span>, xã tổ chức ra quân dọn vệ sinh.'
    html = page(f'<div class="detail"><h1>{TITLE}</h1><div class="content">{paragraphs(PARAGRAPH, 3)}<p>{sentence}</p>'
                f'{paragraphs(SECOND, 2)}<time datetime="2024-05-09T08:30">Cập nhật: 09/05/2024 08:30</time>'
                f'<p><time datetime="2024-05-09">09/05/2024</time></p></div></div>')
    article = extract_article(html, URL)
    assert article.body_text == "\n\n".join([body_of(PARAGRAPH, 3), "Ngày 8/5/2024, xã tổ chức ra quân dọn vệ sinh.",
                                             body_of(SECOND, 2)])


def test_a_bar_of_previous_and_next_post_links_is_no_text():
    """A static-site theme ends the post with `<ul class="links-nextprev">` ("← Previous", a line
    break, the other post's title): the post navigation, whatever its words."""
    bar = ('<ul class="links-nextprev"><li class="links-nextprev-prev">← Bài trước<br> <a href="/blog/tin-0/">Xã tổ '
           'chức lễ ra quân</a></li></ul>')
    html = page(f'<div class="detail"><h1>{TITLE}</h1><div class="content">{paragraphs(PARAGRAPH, 3)}{bar}</div></div>')
    assert extract_article(html, URL).body_text == body_of(PARAGRAPH, 3)
