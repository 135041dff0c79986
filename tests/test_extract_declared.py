"""The body a page declares (schema.org articleBody) where its layout gives less than half of it
(crawler/extract/declared.py): read from the element of the page that holds it, or built from the
declaration when the page shows it nowhere (a body a script renders). A short declaration (a
summary) never replaces a body."""

import json

from crawler.extract import extract_article

URL = "https://xa.example.vn/tin-tuc/2024/bai-viet-1.html"
PARAGRAPHS = [f"Đoạn {i}: UBND xã tổ chức hội nghị tổng kết công tác năm, đánh giá kết quả thực hiện các chỉ tiêu "
              f"kinh tế, xã hội và quốc phòng, an ninh trên địa bàn." for i in range(8)]
TEXT = "\n\n".join(PARAGRAPHS)


def page(body: str, article_body: str) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Hội nghị tổng kết năm",
            "datePublished": "2024-12-20T08:00:00+07:00", "articleBody": article_body}
    script = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")   # as pages escape it
    return (f'<html><head><title>Hội nghị tổng kết năm</title><script type="application/ld+json">{script}'
            f'</script></head><body>{body}</body></html>')


LEAD = ('<h1>Hội nghị tổng kết năm</h1><div class="lead"><p>Sáng 20/12, UBND xã tổ chức hội nghị tổng kết công '
        'tác năm 2024 với sự tham dự của lãnh đạo huyện, các ban, ngành, đoàn thể và đông đảo nhân dân.</p></div>')
MENU = '<nav>' + "".join(f'<a href="/chuyen-muc/{i}">Chuyên mục tin tức số {i} của xã</a> ' for i in range(60)) + '</nav>'


def test_a_body_a_script_renders_is_built_from_the_declaration():
    article = extract_article(page(LEAD + '<div id="app"></div>', "\n".join(PARAGRAPHS)), URL)
    assert article.body_text == TEXT
    assert article.published == "2024-12-20T08:00:00+07:00"
    assert any("declared articleBody" in doubt and "not shown on the page" in doubt for doubt in article.doubts)


def test_a_declared_html_body_is_sanitized():
    markup = "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + '<script>alert(1)</script><p onclick="x()">Hết.</p>'
    article = extract_article(page(LEAD, markup), URL)
    assert article.body_text == TEXT + "\n\nHết."
    assert "<p>Hết.</p>" in article.body_html
    assert "script" not in article.body_html and "onclick" not in article.body_html


def test_a_declared_html_body_escaped_once_more_is_read_as_html():
    """Some CMSs escape the declared HTML once more than JSON needs (`&lt;p&gt;`, `&amp;ccedil;`):
    it is the markup, not text with tags in it."""
    markup = "".join(f'<p class="texto">{p}</p>' for p in PARAGRAPHS).replace("ổ", "&ocirc;&#777;")
    escaped = markup.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    article = extract_article(page(LEAD + '<div id="app"></div>', escaped), URL)
    assert article.body_text == TEXT
    assert "&lt;" not in article.body_html and "&amp;" not in article.body_html


def test_the_element_holding_the_declared_body_is_taken_with_its_pictures():
    """The body sits in an element the layout passes over (here, boxed as a 'related' block); the
    declaration finds it, and its picture comes with it."""
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS[:4]) + '<p><img src="/files/hoi-nghi.jpg" alt="Hội nghị"></p>' \
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS[4:])
    html = page(MENU + LEAD + f'<div class="related-content">{body}</div>', TEXT)
    article = extract_article(html, URL)
    assert article.body_text == TEXT
    assert [image.url for image in article.images] == ["https://xa.example.vn/files/hoi-nghi.jpg"]
    assert any("declared articleBody" in d and "not shown" not in d for d in article.doubts)


def test_a_short_declaration_never_replaces_the_body():
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    article = extract_article(page(f'<h1>Hội nghị tổng kết năm</h1><div class="noidung">{body}</div>',
                                   PARAGRAPHS[0]), URL)
    assert article.body_text == TEXT and not article.doubts


def test_a_body_the_layout_reads_whole_is_kept_as_it_is():
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    article = extract_article(page(f'<h1>Hội nghị tổng kết năm</h1><div class="noidung">{body}</div>', TEXT), URL)
    assert article.body_text == TEXT and not article.doubts
