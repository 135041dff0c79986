"""Property tests (hypothesis): the extractor and the sanitizer on arbitrary input never raise,
always produce NFC, and sanitized HTML never contains anything a browser would execute."""

from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, event, given, settings, strategies as st
from lxml import html as lxml_html

from crawler.extract import extract_article
from crawler.extract.sanitize import sanitize_html

TAGS = ["p", "div", "span", "a", "img", "script", "style", "svg", "iframe", "article", "h1", "table", "tr", "td",
        "figure", "figcaption", "ul", "li", "br", "em", "form", "object", "math", "template", "noscript", "title", "meta"]
ATTRIBUTES = ["href", "src", "onerror", "onload", "onclick", "style", "class", "alt", "srcset", "data-src",
              "content", "property", "rel", "formaction", "xlink:href"]
VALUES = st.one_of(
    st.sampled_from(["javascript:alert(1)", " JaVaScRiPt:alert(1)", "data:text/html;base64,PHNjcmlwdD4=",
                     "vbscript:x", "expression(alert(1))", "/node/1", "http://127.0.0.1/x", "alert(1)",
                     "node--view-mode-full", "post-title", "field--name-body", "schema:dateCreated",
                     "2024-03-22T07:35:12+00:00", "canonical"]),
    st.text(max_size=20),
)
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40)


@st.composite
def html_fragments(draw, depth=0):
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        choice = draw(st.integers(0, 3))
        if choice == 0 or depth > 3:
            parts.append(draw(TEXT).replace("<", "&lt;"))
        else:
            tag = draw(st.sampled_from(TAGS))
            attrs = " ".join(f'{draw(st.sampled_from(ATTRIBUTES))}="{draw(VALUES)}"'.replace("\x00", "")
                             for _ in range(draw(st.integers(0, 3))))
            inner = draw(html_fragments(depth=depth + 1))
            closing = draw(st.sampled_from([f"</{tag}>", "", "</div>", "</p>"]))  # broken HTML too
            parts.append(f"<{tag} {attrs}>{inner}{closing}")
    return "".join(parts)


# Vietnamese-ish prose: words with every kind of diacritic, đ/Đ, some written decomposed (NFD, as
# some editors and Mac clipboards do), joined by spaces and &nbsp;.
WORDS = """xã Vĩnh Tế Ủy ban nhân dân tổ chức hội nghị tổng kết công tác năm đường giao thông nông thôn
    người dân đồng bào được hỗ trợ kinh phí xây dựng nhà ở cho hộ nghèo Đảng ủy Đoàn thanh niên phụ nữ
    chương trình mục tiêu quốc gia trạm y tế khám sức khỏe miễn phí người cao tuổi học sinh trường tiểu học
    đê điều phòng chống thiên tai lũ lụt mùa màng lúa gạo thủy lợi kênh mương cán bộ công chức tiếp công dân
    thủ tục hành chính một cửa điện tử ấp khóm bản làng đội ngũ Đắk Lắk Quảng Ngãi Thừa Thiên Huế
    ngày tháng năm 2024 số 15/KH-UBND 1.250 triệu đồng 98,5% bảo hiểm y tế""".split()
WORD = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(WORDS).map(lambda w: unicodedata.normalize("NFD", w)),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="<&"), min_size=1, max_size=8),
)
SEPARATOR = st.sampled_from([" "] * 8 + ["&nbsp;", " &nbsp; ", "\n", "\u00a0", " , ", ". "])
HOSTILE_INLINE = st.sampled_from([
    "<script>alert(1)</script>",
    '<img src="x" onerror="alert(1)">',
    '<a href="javascript:alert(1)">bấm vào đây</a>',
    '<a href=" JaVaScRiPt:alert(1)" onclick="alert(1)">xem thêm</a>',
    '<span onclick="alert(1)" style="color:red">chú ý</span>',
    '<a href="data:text/html;base64,PHNjcmlwdD4=">tải về</a>',
    '<svg onload="alert(1)"><circle r="5"/></svg>',
    '<iframe src="http://127.0.0.1/x"></iframe>',
    '<b>Đ<i>ặ</i>c bi<em>ệt</em></b>',
    '<strong><em><u>thông báo</u></em></strong>',
    '<a href="/node/12" title="Tin tức">tin liên quan</a>',
    "<!-- ghi chú -->",
    "&amp; &lt;b&gt; &#273; &#x110;",
])
HOSTILE_BLOCK = st.sampled_from([
    "<script>document.write('<p>x</p>')</script>",
    "<style>p{background:url(javascript:alert(1))}</style>",
    '<form action="/x"><input name="q" value="tìm kiếm"><button formaction="javascript:alert(1)">Gửi</button></form>',
    '<figure><img src="/sites/default/files/2024-03/anh-1.jpg" alt="Toàn cảnh hội nghị" onerror="alert(1)">'
    "<figcaption>Toàn cảnh hội nghị</figcaption></figure>",
    '<p><img src="javascript:alert(1)" alt="x"><img srcset="a.jpg 1x" data-src="/sites/default/files/b.png"></p>',
    '<table><tr><td onclick="x()">Chỉ tiêu</td><td>Kết quả</td></tr><tr><td>Hộ nghèo</td><td>2,1%</td></tr></table>',
    '<ul><li>Đợt 1: tháng 3</li><li>Đợt 2: tháng 9</li></ul>',
    '<object data="x.swf"></object><math><mi>x</mi></math><template><p>ẩn</p></template>',
    '<div style="display:none">ẩn đi</div>',
])


@st.composite
def prose(draw, min_words: int, max_words: int, markup: bool = True) -> str:
    """Running text; with `markup`, now and then an inline tag (hostile or not) in it."""
    parts = []
    for _ in range(draw(st.integers(min_words, max_words))):
        parts += [draw(WORD), draw(SEPARATOR)]
        roll = draw(st.integers(0, 19)) if markup else 0
        if roll == 19:
            parts.append(draw(HOSTILE_INLINE))
        elif roll == 18:
            tag = draw(st.sampled_from(["b", "em", "strong", "span", "a", "i", "u", "sup"]))
            parts.append(f"<{tag}>{draw(st.sampled_from(WORDS))}</{tag}> ")
    return "".join(parts).strip()


@st.composite
def article_pages(draw):
    """Article-like pages: a <title>, a container (Drupal, WordPress, plain <article>, <div class=content>,
    an old table layout), an <h1> headline and several paragraphs of Vietnamese-ish text, with
    hostile markup and random fragments mixed in."""
    title = draw(prose(4, 14, markup=False))  # <title> holds text only
    headline = draw(st.sampled_from(["{t}", "<strong>{t}</strong>", "{t}<br><small>{d}</small>",
                                     '<a href="/tin-tuc/bai-viet-12" onclick="x()">{t}</a>']))
    # Paragraphs of text (a random fragment at the end of some), hostile blocks put in between.
    blocks = [f"<p>{draw(prose(15, 45))}{draw(html_fragments(depth=2)) if draw(st.integers(0, 5)) == 5 else ''}</p>"
              for _ in range(draw(st.integers(3, 7)))]
    for _ in range(draw(st.integers(0, 3))):
        blocks.insert(draw(st.integers(0, len(blocks))), draw(HOSTILE_BLOCK))
    if draw(st.booleans()):
        blocks.append(f"<p><strong>{draw(st.sampled_from(['Tin, ảnh: Lê Thị Cẩm Tú', 'Nguồn: Báo An Giang', 'Minh Đức']))}</strong></p>")
    body = "".join(blocks)
    date = draw(st.sampled_from(["22/03/2024 07:35", "Thứ Sáu, 22/03/2024", "2024-03-22T07:35:12+07:00", ""]))
    head_extra = draw(st.sampled_from([
        "",
        '<meta property="og:title" content="{t}"><meta property="og:site_name" content="Xã Vĩnh Tế">',
        '<link rel="canonical" href="https://xa.example.org/tin-tuc/bai-viet-12"><meta charset="utf-8">',
        '<meta name="author" content="Xã Vĩnh Tế"><script type="application/ld+json">{"@type": "NewsArticle"}</script>',
    ]))
    layout = draw(st.sampled_from([
        # Drupal
        '<html><head><meta name="Generator" content="Drupal 9">{h}<title>{t} | Xã Vĩnh Tế</title></head>'
        '<body class="path-node node-12"><article class="node--type-article node--view-mode-full">'
        '<h1 class="post-title">{h1}</h1><div class="node__meta">{d}</div>'
        '<div class="node__content"><div class="field--name-body">{b}</div></div></article></body></html>',
        # plain <article>
        '<html><head>{h}<title>{t}</title></head><body><header><nav><a href="/">Trang chủ</a></nav></header>'
        '<main><article><h1>{h1}</h1><time>{d}</time>{b}</article></main><footer>UBND xã</footer></body></html>',
        # <div class="content">
        '<html><head>{h}<title>{t} - Cổng thông tin điện tử</title></head><body><div id="menu"><a href="/a">Giới thiệu</a>'
        '<a href="/b">Tin tức</a></div><div class="content"><h1 class="title">{h1}</h1><div class="date">{d}</div>{b}'
        '</div><div class="sidebar"><a href="/c">Tin khác</a></div></body></html>',
        # WordPress
        '<html><head><meta name="generator" content="WordPress 6.4">{h}<title>{t} &#8211; Xã</title></head>'
        '<body class="single single-post"><article class="post type-post"><header class="entry-header">'
        '<h1 class="entry-title">{h1}</h1><time class="entry-date published" datetime="2024-03-22T07:35:12+07:00">{d}</time>'
        '</header><div class="entry-content">{b}</div></article></body></html>',
        # an old table layout, no classes
        '<html><head>{h}<title>{t}</title></head><body><table><tr><td><a href="/">Trang chủ</a></td></tr>'
        '<tr><td><h1>{h1}</h1>{d}<br><br>{b}</td></tr></table></body></html>',
    ]))
    page = layout.replace("{h1}", headline).replace("{h}", head_extra).replace("{b}", body)
    return page.replace("{t}", title).replace("{d}", date)


@st.composite
def pages(draw):
    """Mostly article-like pages (so the cleanliness checks run on real articles), some arbitrary ones."""
    if draw(st.integers(0, 9)) == 0:
        body = draw(html_fragments())
        wrapper = draw(st.sampled_from([
            "<html><head><title>{t}</title></head><body><main><article><h1>{h1}</h1>{b}</article></main></body></html>",
            "{b}",
        ]))
        title = draw(TEXT).replace("<", "")
        return wrapper.replace("{t}", title).replace("{h1}", title).replace("{b}", body)
    return draw(article_pages())


def assert_inert(safe_html: str) -> None:
    if not safe_html.strip():
        return
    tree = lxml_html.fragment_fromstring(safe_html, create_parent="div")
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        assert el.tag not in ("script", "style", "iframe", "svg", "object", "embed", "form", "math", "template")
        for name, value in el.attrib.items():
            assert not name.lower().startswith("on") and name.lower() not in ("style", "formaction", "srcdoc")
            if name in ("href", "src"):
                squeezed = "".join(value.split()).lower()
                assert not squeezed.startswith(("javascript:", "data:", "vbscript:")), value


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(html_fragments())
def test_sanitizer_output_is_inert_and_nfc(fragment):
    safe = sanitize_html(fragment)
    assert unicodedata.is_normalized("NFC", safe)
    assert_inert(safe)
    assert_inert(sanitize_html(safe))  # re-sanitizing (e.g. in the Datasette page) stays inert


def test_extract_article_never_raises_and_is_clean():
    outcomes = []  # one per example run: did the page give an article?

    @settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(pages())
    def check(page):
        article = extract_article(page, "https://xa.example.org/bai-viet")
        outcomes.append(article is not None)
        event("article" if article is not None else "no article")
        if article is None:
            return
        for value in (article.title, article.body_text, article.author or "", article.category or "",
                      article.summary or ""):
            assert unicodedata.is_normalized("NFC", value)
        assert_inert(article.body_html)
        for image in article.images:
            assert unicodedata.is_normalized("NFC", image.alt) and image.url.startswith(("http://", "https://"))

    check()
    # The checks above only run on pages that gave an article: most examples must be such pages,
    # or this test checks next to nothing.
    assert len(outcomes) >= 100 and sum(outcomes) >= 0.8 * len(outcomes), \
        f"only {sum(outcomes)} of {len(outcomes)} generated pages gave an article"


@given(st.binary(max_size=2000))
@settings(max_examples=150, deadline=None)
def test_extract_article_survives_arbitrary_bytes(data):
    extract_article(data, "https://xa.example.org/")
