"""URL identity (one spelling per resource) and the traps the crawler never requests."""

from urllib.parse import urljoin

import pytest

from crawler.discovery.scope import is_trap, listing_root, pager_number
from crawler.discovery.urls import absolute_url, canonical_url, host_of, join_url


@pytest.mark.parametrize(
    "a, b",
    [
        ("https://x.gov.vn/bai-viet?utm_source=fb&utm_medium=x", "https://x.gov.vn/bai-viet"),
        ("https://X.gov.vn:443/bai-viet#comments", "https://x.gov.vn/bai-viet"),
        ("https://x.gov.vn/list?b=2&a=1", "https://x.gov.vn/list?a=1&b=2"),
        ("https://x.gov.vn/bai;jsessionid=ABC123", "https://x.gov.vn/bai"),
        ("https://x.gov.vn/bai?PHPSESSID=5f1d0c3b9a8e7d6c5b4a&sid=a8e7d6c5b4a39281706f&fbclid=3", "https://x.gov.vn/bai"),
        ("https://x.gov.vn/files/HopHDND_HA (2).jpg", "https://x.gov.vn/files/HopHDND_HA%20%282%29.jpg"),
        ("https://x.gov.vn/files/HopHDND_HA%20(2).jpg", "https://x.gov.vn/files/HopHDND_HA%20%282%29.jpg"),
    ],
)
def test_canonical_url(a, b):
    assert canonical_url(a) == canonical_url(b)


def test_real_sid_parameters_survive():
    aspnet = "https://soctrang.gov.vn/Default.aspx?sname=xa&sid=12&pageid=345"
    assert "sid=12" in canonical_url(aspnet)
    assert canonical_url(aspnet) != canonical_url(aspnet.replace("sid=12", "sid=13"))


def test_file_names_are_encoded_like_drupal():
    assert canonical_url("https://x.gov.vn/files/HopHDND_HA (2).jpg") == "https://x.gov.vn/files/HopHDND_HA%20%282%29.jpg"


def test_host_key_folds_www_and_keeps_ports():
    assert host_of("https://www.vinhte.chaudoc.angiang.gov.vn/x") == "vinhte.chaudoc.angiang.gov.vn"
    assert host_of("http://127.0.0.1:8123/") == "127.0.0.1:8123"


@pytest.mark.parametrize(
    "url",
    [
        "https://x.gov.vn/user/login", "https://x.gov.vn/user/logout", "https://x.gov.vn/search/node?keys=a",
        "https://x.gov.vn/admin/content", "https://x.gov.vn/node/add/article", "https://x.gov.vn/print/node/5",
        "https://x.gov.vn/node/5/print", "https://x.gov.vn/lich?month=2024-03", "https://x.gov.vn/calendar/2024/03",
        "https://x.gov.vn/bai?destination=/node/1", "https://x.gov.vn/wp-login.php", "https://x.gov.vn/?s=abc",
        "https://x.gov.vn/events?date=2024-03-01",
        # share, redirect and send-to-a-friend endpoints, by name (Vietnamese and English) and by behaviour
        "https://x.gov.vn/chia-se?url=https%3A%2F%2Fx.gov.vn%2Fbai-1&network=zalo", "https://x.gov.vn/gui-ban-be?nid=5",
        "https://x.gov.vn/in-bai/5", "https://x.gov.vn/tin-tuc/bai-1/in", "https://x.gov.vn/mang-xa-hoi?u=//x.gov.vn/bai-1",
        "https://x.gov.vn/redirect.php?to=http://other.vn/", "https://x.gov.vn/dieu-huong?link=https%253A%252F%252Fx.vn",
        "https://x.gov.vn/sendtofriend/12", "https://x.gov.vn/bai-1/printer-friendly",
    ],
)
def test_traps(url):
    assert is_trap(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://x.gov.vn/lich-cong-tac-tuan-12", "https://x.gov.vn/taxonomy/term/3?page=2",
        "https://x.gov.vn/node/1219", "https://x.gov.vn/tin-hoat-dong", "https://x.gov.vn/gioi-thieu-chung-0",
        "https://x.gov.vn/tin-tuc/in-an-tai-lieu-tuyen-truyen", "https://x.gov.vn/chia-se-kinh-nghiem-trong-lua",
        "https://x.gov.vn/van-ban?id=12&type=pdf",
    ],
)
def test_not_traps(url):
    assert not is_trap(url)


def test_pager_numbers():
    assert pager_number("https://x.gov.vn/taxonomy/term/3?page=2") == 2
    assert pager_number("https://x.gov.vn/tin-tuc/page/4/") == 4
    assert pager_number("https://x.gov.vn/tin-tuc") is None


def test_listing_root_leaves_the_page_number_out():
    assert listing_root("https://x.gov.vn/taxonomy/term/3?page=2") == "https://x.gov.vn/taxonomy/term/3"
    assert listing_root("https://x.gov.vn/tin-tuc/page/4/") == "https://x.gov.vn/tin-tuc/"
    assert listing_root("https://x.gov.vn/tin?cat=2&trang=3") == "https://x.gov.vn/tin?cat=2"


def test_a_malformed_link_is_no_url_and_never_stops_a_page():
    """Real pages carry links such as `http://host: headline text`: no URL (absolute_url), and
    canonical_url keeps what it cannot parse as written instead of raising."""
    assert absolute_url("http://xa.example.vn: Hội nghị tổng kết", "https://xa.example.vn/tin-tuc/") is None
    assert absolute_url("http://", "https://xa.example.vn/") is None
    assert absolute_url("/tin-tuc/hoi-nghi", "https://xa.example.vn/") == "https://xa.example.vn/tin-tuc/hoi-nghi"
    assert canonical_url("http://xa.example.vn: Hội nghị") == "http://xa.example.vn: Hội nghị"


_BASES = ["http://xa.gov.vn/tin-tuc/a/b.html", "https://xa.gov.vn", "http://xa.gov.vn?x=1",
          "http://127.0.0.1:8080/a/b/", "https://u:p@h.vn/a;p?q#f", "about:blank"]
_HREFS = ["http://x.vn/a", "HTTPS://X.vn/a/../b", "//cdn.x.vn/p?q", "//", "http://", "/", "/tin-tuc/../a",
          "/./x?y#z", "//x", "?page=2", "#top", "../up", "bai-viet.html", "./a/./b/", ";p", "mailto:a@b.vn",
          "javascript:void(0)", "http:/x", "a:b", "tel:0123", "/a b/(1).jpg", "/đường/ánh"]


@pytest.mark.parametrize("base", _BASES)
def test_a_joined_url_is_urljoins_whatever_the_cache_holds(base):
    """join_url remembers joins by what they depend on; the answer is urljoin's, asked in any order."""
    for href in _HREFS + _HREFS[::-1]:
        assert join_url(base, href) == urljoin(base, href), (base, href)
    for other in _BASES:               # the same href from another page of another site
        assert [join_url(other, href) for href in _HREFS] == [urljoin(other, href) for href in _HREFS]
