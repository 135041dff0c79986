"""The general extraction rules every family shares (docs/extraction.md), on small hand-made pages."""

from lxml import html

from crawler.extract import extract_article
from crawler.extract.body import process_body

URL = "https://xa.example.vn/tin-tuc/bai-viet-1"
PARAGRAPH = "UBND xã tổ chức hội nghị tổng kết công tác năm, đánh giá kết quả thực hiện các chỉ tiêu kinh tế, xã hội."


def body(fragment: str):
    return process_body(html.fragment_fromstring(fragment, create_parent="div"), URL)


def test_two_br_end_a_paragraph_one_br_is_a_line_break():
    result = body("<span>Đoạn một.<br><br>\n Đoạn hai,<br>dòng hai.<br>&nbsp;<br>Đoạn ba.</span>")
    assert result.text == "Đoạn một.\n\nĐoạn hai,\ndòng hai.\n\nĐoạn ba."


def test_signature_line_is_the_byline():
    result = body(f"<p>{PARAGRAPH}</p><p style='text-align:right'><strong>Tư pháp - Hộ tịch xã</strong></p>")
    assert result.byline == "Tư pháp - Hộ tịch xã"
    assert body(f"<p>{PARAGRAPH}</p><p style='text-align:right'><strong>CHỦ TỊCH</strong></p>").byline == ""
    assert body(f"<p style='text-align:right'><strong>Ký tên</strong></p><p>{PARAGRAPH}</p>").byline == ""


def _nukeviet(author_meta: str = "UBND xã A") -> str:
    return f"""<html><head><title>Tiêu đề bài - UBND xã A</title><meta name="generator" content="NukeViet v4.5">
    <meta name="author" content="{author_meta}"><meta property="og:site_name" content="UBND xã A"></head><body>
    <div class="news_column panel" itemtype="http://schema.org/NewsArticle" itemscope><div class="panel-body">
    <h1 itemprop="headline">Tiêu đề bài</h1>
    <div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">Thứ hai - 01/04/2024 08:05</span></div></div>
    <div class="clearfix"><div class="hometext">Phần dẫn của bài viết.</div></div>
    <div id="news-bodyhtml" class="bodytext"><p><strong>TIÊU ĐỀ BÀI</strong></p><p>{PARAGRAPH}</p></div>
    </div></div></body></html>"""


def test_lead_opens_the_body_and_a_repeated_title_is_not_text():
    article = extract_article(_nukeviet(), "https://xa.example.vn/news/thong-bao/tieu-de-bai-1.html")
    assert article.profile == "nukeviet"
    assert article.body_text == f"Phần dẫn của bài viết.\n\n{PARAGRAPH}"
    assert article.published == "2024-04-01T08:05:00+07:00"


def test_author_equal_to_the_site_name_is_no_author_and_labels_are_dropped():
    assert extract_article(_nukeviet(), "https://xa.example.vn/news/a/b-1.html").author is None
    labelled = _nukeviet().replace(
        "</div></div></body>",
        '<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả: </strong>Thu Hà</p></div></div></div></body>',
    )
    assert extract_article(labelled, "https://xa.example.vn/news/a/b-1.html").author == "Thu Hà"


def test_base_href_resolves_relative_images():
    page = f"""<html><head><base href="http://xa.example.vn/goc/"><title>Khánh thành cầu mới - UBND xã</title></head><body>
    <div class="tieude">Khánh thành cầu mới</div><div class="ngay">22/03/2024</div>
    <div class="noidung"><p>{PARAGRAPH}</p><p><img src="upload/cau.jpg" alt="Cầu"></p><p>{PARAGRAPH}</p></div></body></html>"""
    article = extract_article(page, "https://xa.example.vn/news/view/khanh-thanh-cau")
    assert [image.url for image in article.images] == ["http://xa.example.vn/goc/upload/cau.jpg"]
    assert article.title == "Khánh thành cầu mới" and article.published == "2024-03-22"


def test_generic_listing_of_teasers_is_not_an_article():
    teasers = "".join(
        f'<div class="item"><h3><a href="/tin/{i}">Tin số {i} về hoạt động của xã</a></h3><p>{PARAGRAPH}</p></div>'
        for i in range(8)
    )
    page = f"<html><head><title>Tin tức</title></head><body><h1>Tin tức</h1><div class='list'>{teasers}</div></body></html>"
    assert extract_article(page, "https://xa.example.vn/tin-tuc?page=2") is None


LEAD = "Sáng ngày 8/5, Huyện ủy tổ chức Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 15 để đánh giá kết quả."


def test_generic_lead_outside_the_body_opens_it_and_is_the_summary():
    """A SharePoint-style detail page no profile knows: the sapo sits between headline and body."""
    page = f"""<html><head><meta name="GENERATOR" content="Microsoft SharePoint"><title>Tin hoạt động</title></head>
    <body><div id="topnav"><ul><li><a href="/">Trang chủ</a></li><li><a href="/Lists/Tin">Tin hoạt động</a></li></ul></div>
    <div class="news-detail"><h2 class="title-detail">HỘI NGHỊ BAN CHẤP HÀNH LẦN THỨ 15</h2>
    <div class="date-detail">09/05/2025 3:25 CH</div><div class="sapo">{LEAD}</div>
    <div class="content-detail"><p>{PARAGRAPH}</p><p>{PARAGRAPH}</p></div></div></body></html>"""
    article = extract_article(page, "https://xa.example.vn/Lists/Tin/View_Detail.aspx?ItemID=123")
    assert article.profile == "generic"
    assert article.body_text == f"{LEAD}\n\n{PARAGRAPH}\n\n{PARAGRAPH}"
    assert article.summary == LEAD  # no meta description: the lead summarizes
    assert article.published == "2025-05-09T15:25:00+07:00" and article.title == "HỘI NGHỊ BAN CHẤP HÀNH LẦN THỨ 15"


def test_generic_lead_is_the_sentence_not_its_wrapper_or_an_info_box():
    page = f"""<html><head><title>Tin tức</title><meta name="description" content="Tóm tắt khai báo."></head><body>
    <div class="main"><h1>Xã tổ chức ngày hội đại đoàn kết toàn dân tộc</h1>
    <dl class="article-info"><dt>Chi tiết</dt><dd>Viết bởi Văn phòng HĐND-UBND xã</dd><dd>Danh mục: Hoạt động HĐND</dd>
    <dd>Ngày đăng: 24 Tháng 11 2023</dd><dd>Lượt xem: 342</dd></dl>
    <div class="info"><span class="date">Ngày đăng: 15/11/2024</span><p>{LEAD}</p></div>
    <div class="noidung">{"".join(f"<p>{PARAGRAPH}</p>" for _ in range(4))}</div></div></body></html>"""
    article = extract_article(page, URL)
    assert article.body_text == "\n\n".join([LEAD] + [PARAGRAPH] * 4)
    assert article.summary == "Tóm tắt khai báo."  # a declared summary wins over the lead


def test_the_spiders_parsed_page_gives_the_article_a_fresh_parse_gives():
    """The spider hands its selector's tree to the clean pipeline (the page is parsed once): on
    every real capture's page, the article is the one that parsing the text again gives; a page
    with control characters (removed before parsing) is parsed again."""
    import dataclasses

    from crawler.extract import extract_document, parse_document
    from tests.test_links import _real_pages

    compared = 0
    for response in _real_pages():
        fresh = parse_document(response.text)
        handed = parse_document(response.text, parsed=response.selector.root)
        if fresh is None:
            assert handed is None, response.url
            continue
        got = extract_document(handed, response.url)
        want = extract_document(fresh, response.url)
        assert (got and dataclasses.asdict(got)) == (want and dataclasses.asdict(want)), response.url
        compared += 1
    assert compared > 400
    tree = object()
    assert parse_document("<p>a\x0bb</p>", parsed=tree) is not tree
    assert parse_document("<p>ab</p>", parsed=tree) is tree


def test_a_profile_selector_is_left_out_only_where_it_cannot_match():
    """Profile detection runs a signature selector only where the page has the classes and ids it
    names: over every real capture's page and every corpus page, no selector that matches is left
    out, and most pages skip most of them."""
    from crawler.extract import parse_document
    from crawler.extract.profiles import PROFILES, PageNames, css
    from tests.test_extract_families import CORPUS
    from tests.test_links import _real_pages

    pages = [response.text for response in _real_pages()] + [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*/*.html"))]
    tried = skipped = 0
    for text in pages:
        doc = parse_document(text)
        if doc is None:
            continue
        names = PageNames(doc)
        for profile in PROFILES:
            for selector in (*profile.signature.strong, *profile.article, *profile.not_article):
                tried += 1
                if not names.can_match(selector):
                    skipped += 1
                    assert not css(selector)(doc), f"{selector} matches but was left out"
    assert len(pages) > 600 and skipped > tried / 2
    doc = parse_document("<html><body><link id='com.ibm.lotus.NavStateUrl'><p class='a:b'>x</p></body></html>")
    assert PageNames(doc).can_match("link[id='com.ibm.lotus.NavStateUrl']")
    assert PageNames(doc).can_match(r"p.a\:b") and PageNames(doc).can_match("p:not(.c)")
    assert PageNames(doc).can_match("div.field-name-body, link") and PageNames(doc).can_match("li:nth-child(2)")
    assert not PageNames(doc).can_match("div.field-name-body") and not PageNames(doc).can_match("#main, .x")
