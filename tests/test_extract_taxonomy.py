"""The category and tags an article shows about itself (crawler/extract/taxonomy.py), on the generic
path: its taxonomy links, told by the URL family of the site's term pages or by `rel`."""

from crawler.extract import extract_article

PARAGRAPHS = "".join(f"<p>UBND xã tổ chức hội nghị tổng kết công tác năm, đánh giá kết quả thực hiện các chỉ tiêu "
                     f"kinh tế, xã hội. Đoạn {i}.</p>" for i in range(6))
MENU = ('<header><nav><ul>' + "".join(f'<li><a href="/chuyen-muc/muc-{i}/">Chuyên mục số {i}</a></li>' for i in range(5))
        + '</ul></nav></header>')


def page(body: str, head: str = "") -> str:
    return f"<html><head><title>Hội nghị tổng kết năm</title>{head}</head><body>{MENU}{body}</body></html>"


def test_an_articles_own_footer_names_its_categories_and_tags():
    """A theme's `<footer>` inside the article ("In <category>", "tags:") is furniture by its tag,
    but its links are the post's terms; the site's menu of every category is not."""
    footer = ('<footer class="post-info"><p>In <a href="/category/kinh-te.html">Kinh tế - Nông nghiệp</a>, '
              '<a href="/category/tin-tuc.html">Tin tức - Sự kiện</a>.</p><p>tags: <a href="/tag/nong-thon-moi.html">'
              'nông thôn mới</a> <a href="/tag/dai-hoi.html">#đại hội</a></p></footer>')
    article = extract_article(page(f"<main><article><h1>Hội nghị tổng kết năm</h1>{footer}<div class='entry'>"
                                   f"{PARAGRAPHS}</div></article></main>"), "https://xa.example.vn/hoi-nghi.html")
    assert article.category == "Kinh tế - Nông nghiệp"
    assert article.categories == ["Kinh tế - Nông nghiệp", "Tin tức - Sự kiện"]
    assert article.tags == ["nông thôn mới", "đại hội"]
    assert "Kinh tế" not in article.body_text


def test_a_category_line_of_a_page_without_an_article_element():
    body = (f'<div class="main"><h1>Hội nghị tổng kết năm</h1><div class="meta">Chuyên mục: <a href="/chuyen-muc/'
            f'van-hoa/">Văn hóa - Xã hội</a></div><div class="noidung">{PARAGRAPHS}</div>'
            f'<div class="tags">Từ khóa: <a href="/tu-khoa/le-hoi/">lễ hội</a></div></div>')
    article = extract_article(page(body), "https://xa.example.vn/tin-tuc/hoi-nghi.html")
    assert (article.category, article.categories) == ("Văn hóa - Xã hội", ["Văn hóa - Xã hội"])
    assert article.tags == ["lễ hội"]


def test_a_tag_cloud_in_the_article_names_no_tags_of_it():
    cloud = '<div class="cloud">' + "".join(f'<a href="/tag/tu-{i}/">từ khóa {i}</a> ' for i in range(30)) + "</div>"
    article = extract_article(page(f"<article><h1>Hội nghị tổng kết năm</h1><div class='entry'>{PARAGRAPHS}</div>"
                                   f"{cloud}</article>"), "https://xa.example.vn/hoi-nghi.html")
    assert article.tags == []


def test_a_declared_section_named_as_the_urls_directory_is_no_category():
    """Hugo declares its content directory as the article's section (`posts`): a kind of content."""
    head = '<meta property="og:type" content="article"><meta property="article:section" content="posts">'
    article = extract_article(page(f"<article><h1>Hội nghị tổng kết năm</h1><div class='entry'>{PARAGRAPHS}</div>"
                                   f"</article>", head), "https://xa.example.vn/posts/hoi-nghi/")
    assert article.category is None and article.categories == []


def test_a_posts_one_tag_at_the_end_of_its_body_is_its_tag_not_its_text():
    """A static-site theme lists the post's tags as pills inside the body's box; with a single tag
    it is one link, still no line of the article."""
    tags = '<ul class="pa0"><li class="list di"><a href="/tags/%C4%91i%E1%BB%87n" class="link">điện</a></li></ul>'
    article = extract_article(page(f"<main><h1>Hội nghị tổng kết năm</h1><div class='copy'>{PARAGRAPHS}{tags}</div></main>"),
                              "https://xa.example.vn/posts/hoi-nghi/")
    assert article.tags == ["điện"]
    assert article.body_text.endswith("Đoạn 5.")
