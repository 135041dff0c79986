"""body_text rules (docs/conventions.md §2) and the HTML sanitizer, on small hand-made bodies."""

import unicodedata

from lxml import html

from crawler.extract.body import process_body
from crawler.extract.sanitize import sanitize_html


def body(fragment: str, base="https://xa.example.org/bai-viet"):
    return process_body(html.fragment_fromstring(fragment, create_parent="div"), base)


def test_paragraphs_whitespace_and_spacers():
    result = body(
        "<p>&nbsp; &nbsp; &nbsp; Ngày 22/3/2024,&nbsp; Đảng ủy   xã\nVĩnh Tế họp.</p><p>&nbsp;</p>"
        "<p>&nbsp; &nbsp;</p><p>Đoạn hai.</p>"
    )
    assert result.text == "Ngày 22/3/2024, Đảng ủy xã Vĩnh Tế họp.\n\nĐoạn hai."
    assert "<p></p>" not in result.html and "&nbsp; &nbsp;" not in result.html


def test_alt_text_never_in_text_and_images_in_order():
    result = body(
        '<p>Mở đầu.</p><p style="text-align:center"><img alt="So ket BCH quy I" src="/sites/default/files/inline-images/a%20b.jpg"></p>'
        '<p>Kết thúc.</p><p><img alt="Hai" src="/sites/default/files/styles/large/public/articles/HopHDND_HA (2).jpg?itok=x1"></p>'
    )
    assert "So ket" not in result.text and result.text == "Mở đầu.\n\nKết thúc."
    assert [i.position for i in result.images] == [1, 2]
    assert result.images[0].url == "https://xa.example.org/sites/default/files/inline-images/a%20b.jpg"
    # derivative -> original, spaces percent-encoded once
    assert result.images[1].url == "https://xa.example.org/sites/default/files/articles/HopHDND_HA%20%282%29.jpg"


def test_captions_move_to_images():
    result = body(
        "<p>Tin chính.</p>"
        '<figure class="caption"><img src="/a.jpg" alt="a"><figcaption>Lãnh đạo xã phát biểu</figcaption></figure>'
        '<p><img src="/b.jpg" alt="b"></p><p>&nbsp;</p><p><em>Ảnh: Người dân tham gia ra quân</em></p>'
        '<p><img src="/c.jpg" alt="c"></p><p>Ảnh: Trao quà cho hộ nghèo</p>'
        "<p>Đoạn cuối.</p>"
    )
    assert result.text == "Tin chính.\n\nĐoạn cuối."
    captions = [i.caption for i in result.images]
    assert captions == ["Lãnh đạo xã phát biểu", "Ảnh: Người dân tham gia ra quân", "Ảnh: Trao quà cho hộ nghèo"]


def test_lists_tables_and_attachments():
    result = body(
        "<ul><li>Một</li><li>Hai</li></ul><table><tr><td>STT</td><td>Tên</td></tr><tr><td>1</td><td>Ấp Vĩnh Tây</td></tr></table>"
        '<p>Xem <a href="/sites/default/files/QD%2012.pdf">Quyết định 12</a></p>'
    )
    assert result.text == "Một\n\nHai\n\nSTT | Tên\n\n1 | Ấp Vĩnh Tây\n\nXem Quyết định 12"
    assert [a.url for a in result.attachments] == ["https://xa.example.org/sites/default/files/QD%2012.pdf"]


def test_text_is_nfc():
    decomposed = unicodedata.normalize("NFD", "Đảng ủy xã Vĩnh Tế")
    assert body(f"<p>{decomposed}</p>").text == "Đảng ủy xã Vĩnh Tế"


def test_sanitizer_removes_everything_executable():
    dirty = (
        '<p onclick="x()">Chữ<script>alert(1)</script><img src=x onerror="alert(1)">'
        '<a href="javascript:alert(1)">link</a><a href="https://ok.example.org/">ok</a></p>'
        '<svg onload="alert(1)"></svg><iframe src="https://evil.example.org"></iframe><style>p{}</style>'
        '<p style="width: expression(alert(1))">s</p>'
    )
    clean = sanitize_html(dirty)
    for needle in ("script", "onerror", "onclick", "javascript:", "svg", "iframe", "style", "expression"):
        assert needle not in clean.lower()
    assert 'href="https://ok.example.org/"' in clean and "Chữ" in clean
