"""Tests of the fake Wayback Machine (tests/fixtures/wayback.py), urllib only."""

from __future__ import annotations

import gzip
import json
import urllib.error
import urllib.request
from urllib.parse import urlencode

import pytest

from tests.fixtures.wayback import (
    CDX_FIELDS,
    NOT_ARCHIVED_TEXT,
    TOOLBAR_BEGIN,
    TOOLBAR_END,
    Capture,
    FakeWayback,
    sha1_base32,
    surt,
)

HOST = "vinhte.chaudoc.angiang.gov.vn"
ROOT = f"http://{HOST}/"
ARTICLE = f"http://{HOST}/tin-tuc/le-hoi-dua-bo.html"
OLD = f"http://{HOST}/old-page"
LOGO = f"http://{HOST}/images/logo.png"
OTHER_HOST = "http://chauphong.chaudoc.angiang.gov.vn/"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))

HOME_2019 = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Xã Vĩnh Tế</title>"
    "<link rel='stylesheet' href='/css/site.css'></head>"
    "<body><a href='/tin-tuc/le-hoi-dua-bo.html'>Lễ hội đua bò</a>"
    "<a href='http://angiang.gov.vn/'>Tỉnh</a><img src='images/logo.png'></body></html>"
).encode("utf-8")
HOME_2020 = HOME_2019.replace(b"</body>", b"<p>2020</p></body>")


def _captures() -> list[Capture]:
    return [
        # Listed out of order on purpose: the CDX must sort them.
        Capture(ROOT, "20200615080000", HOME_2020),
        Capture(ROOT, "20190101000000", HOME_2019),
        Capture(ROOT, "20190102000000", HOME_2019),  # same digest as the previous one
        Capture(ROOT, "20190301000000", HOME_2020),
        Capture(ROOT, "20190401000000", HOME_2019),  # digest repeats, but not adjacent
        Capture(ARTICLE, "20190105120000", "<html><body><p>Đua bò Bảy Núi</p></body></html>"),
        Capture(LOGO, "20190101000005", PNG, mimetype="image/png", headers={"Server": "Apache"}),
        Capture(OLD, "20190106000000", b"", status=301, headers={"Location": "/tin-tuc/le-hoi-dua-bo.html"}),
        Capture(f"http://{HOST}/missing", "20190107000000", b"not found", status=404),
        Capture(OTHER_HOST, "20190201000000", b"<html>Chau Phong</html>"),
    ]


@pytest.fixture()
def wb():
    with FakeWayback(_captures()) as server:
        yield server


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None


_NO_REDIRECT = urllib.request.build_opener(_NoRedirect)


def fetch(url: str, *, follow: bool = True, headers: dict | None = None):
    """(status, headers, body) without raising on HTTP errors."""
    req = urllib.request.Request(url, headers=headers or {})
    opener = urllib.request.build_opener() if follow else _NO_REDIRECT
    try:
        with opener.open(req, timeout=10) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as err:
        with err:
            return err.code, err.headers, err.read()


def cdx(wb: FakeWayback, **params) -> str:
    status, _, body = fetch(wb.cdx_url(**params))
    assert status == 200, body
    return body.decode("utf-8")


def cdx_json(wb: FakeWayback, **params) -> list:
    return json.loads(cdx(wb, output="json", **params))


def rows_as_dicts(data: list) -> list[dict]:
    header, *rows = data
    return [dict(zip(header, r)) for r in rows]


# -- canonicalisation --------------------------------------------------------


def test_surt_and_digest():
    assert surt(ROOT) == "vn,gov,angiang,chaudoc,vinhte)/"
    assert surt(f"https://www.{HOST.upper()}:443/Tin-Tuc/?b=2&a=1#frag") == "vn,gov,angiang,chaudoc,vinhte)/tin-tuc?a=1&b=2"
    assert surt("http://127.0.0.1:8080/a/b/") == "1,0,0,127:8080)/a/b"
    assert surt(HOST) == surt(ROOT)
    assert sha1_base32(b"") == "3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ"


# -- CDX: output formats ---------------------------------------------------------


def test_cdx_json_header_and_sorted_rows(wb):
    data = cdx_json(wb, url=f"{HOST}/*")
    assert data[0] == list(CDX_FIELDS)
    rows = rows_as_dicts(data)
    keys = [(r["urlkey"], r["timestamp"]) for r in rows]
    assert keys == sorted(keys)
    assert len(rows) == 9  # the other host is excluded
    home = [r for r in rows if r["urlkey"] == "vn,gov,angiang,chaudoc,vinhte)/"]
    assert [r["timestamp"] for r in home] == [
        "20190101000000", "20190102000000", "20190301000000", "20190401000000", "20200615080000"]
    first = home[0]
    assert first == {
        "urlkey": "vn,gov,angiang,chaudoc,vinhte)/",
        "timestamp": "20190101000000",
        "original": ROOT,
        "mimetype": "text/html",
        "statuscode": "200",
        "digest": sha1_base32(HOME_2019),
        "length": str(len(HOME_2019)),
    }
    assert {r["statuscode"] for r in rows} == {"200", "301", "404"}


def test_cdx_plain_text_default(wb):
    text = cdx(wb, url=LOGO)
    lines = text.splitlines()
    assert len(lines) == 1
    assert lines[0].split(" ") == [
        "vn,gov,angiang,chaudoc,vinhte)/images/logo.png", "20190101000005", LOGO,
        "image/png", "200", sha1_base32(PNG), str(len(PNG))]


def test_cdx_no_rows(wb):
    assert cdx_json(wb, url="http://example.com/") == []
    assert cdx(wb, url="http://example.com/") == ""


def test_cdx_missing_url_is_400(wb):
    status, _, body = fetch(f"{wb.base_url}/cdx/search/cdx?output=json")
    assert status == 400
    assert b"url" in body


def test_cdx_fl(wb):
    data = cdx_json(wb, url=ROOT, fl="timestamp,digest")
    assert data[0] == ["timestamp", "digest"]
    assert all(len(r) == 2 for r in data)
    text = cdx(wb, url=ROOT, fl="original")
    assert set(text.splitlines()) == {ROOT}


def test_cdx_gzip_when_asked(wb):
    status, headers, body = fetch(wb.cdx_url(url=ROOT), headers={"Accept-Encoding": "gzip"})
    assert status == 200 and headers["Content-Encoding"] == "gzip"
    assert gzip.decompress(body).decode().count("\n") == 5
    _, headers, _ = fetch(wb.cdx_url(url=ROOT, gzip="false"), headers={"Accept-Encoding": "gzip"})
    assert headers.get("Content-Encoding") is None


# -- CDX: match scope ------------------------------------------------------------


def test_cdx_match_types(wb):
    def urls(**params):
        return [r[0] for r in cdx_json(wb, fl="original", **params)[1:]]

    assert set(urls(url=ROOT)) == {ROOT}  # exact is the default
    assert set(urls(url=f"https://www.{HOST}")) == {ROOT}  # canonicalised
    assert set(urls(url=f"{HOST}/tin-tuc/", matchType="prefix")) == {ARTICLE}
    assert set(urls(url=f"{HOST}/tin-tuc*")) == {ARTICLE}  # host/path* wildcard
    assert len(urls(url=f"{HOST}/*")) == 9
    assert len(urls(url=f"{HOST}/tin-tuc/", matchType="host")) == 9
    domain = set(urls(url="chaudoc.angiang.gov.vn", matchType="domain"))
    assert OTHER_HOST in domain and ROOT in domain and len(domain) == 6
    assert set(urls(url="*.chaudoc.angiang.gov.vn")) == domain


# -- CDX: filter / collapse / from / to / limit --------------------------------------


def test_cdx_filters(wb):
    def rows(*filters):
        return rows_as_dicts(cdx_json(wb, url=f"{HOST}/*", filter=list(filters)) or [list(CDX_FIELDS)])

    assert {r["statuscode"] for r in rows("statuscode:200")} == {"200"}
    assert {r["statuscode"] for r in rows("!statuscode:200")} == {"301", "404"}
    assert [r["original"] for r in rows("statuscode:3..")] == [OLD]
    # Java matches(): the regex must match the whole field.
    assert rows("mimetype:image") == []
    assert [r["original"] for r in rows("mimetype:image/.*")] == [LOGO]
    # Repeated filters are ANDed.
    both = rows("statuscode:200", "!mimetype:text/html")
    assert [r["original"] for r in both] == [LOGO]
    assert rows(f"digest:{sha1_base32(HOME_2019)}", "timestamp:2019.*")[0]["timestamp"] == "20190101000000"


def test_cdx_collapse_adjacent_only(wb):
    digests = [r[0] for r in cdx_json(wb, url=ROOT, fl="digest", collapse="digest")[1:]]
    d19, d20 = sha1_base32(HOME_2019), sha1_base32(HOME_2020)
    # 2019-01-01 and 2019-01-02 are adjacent duplicates -> one row; the
    # 2019-04-01 repeat is not adjacent to them, so it stays.
    assert digests == [d19, d20, d19, d20]

    years = [r[0] for r in cdx_json(wb, url=ROOT, fl="timestamp", collapse="timestamp:4")[1:]]
    assert years == ["20190101000000", "20200615080000"]

    per_url = cdx_json(wb, url=f"{HOST}/*", fl="urlkey", collapse="urlkey")[1:]
    assert len(per_url) == len({tuple(r) for r in per_url}) == 5


def test_cdx_from_to(wb):
    ts = lambda **p: [r[0] for r in cdx_json(wb, url=ROOT, fl="timestamp", **p)[1:]]  # noqa: E731
    assert ts(**{"from": "2020"}) == ["20200615080000"]
    assert ts(to="2019") == ["20190101000000", "20190102000000", "20190301000000", "20190401000000"]
    assert ts(**{"from": "201903", "to": "201904"}) == ["20190301000000", "20190401000000"]


def test_cdx_limit_offset(wb):
    ts = lambda **p: [r[0] for r in cdx_json(wb, url=ROOT, fl="timestamp", **p)[1:]]  # noqa: E731
    assert ts(limit=2) == ["20190101000000", "20190102000000"]
    assert ts(limit=-1) == ["20200615080000"]
    assert ts(limit=-2) == ["20190401000000", "20200615080000"]
    assert ts(limit=2, offset=3) == ["20190401000000", "20200615080000"]


# -- CDX: resume key pagination ---------------------------------------------------


def test_resume_key_json_pages_to_the_end(wb):
    everything = cdx_json(wb, url=f"{HOST}/*")[1:]
    collected, pages, key = [], 0, None
    while True:
        params = {"url": f"{HOST}/*", "limit": 4, "showResumeKey": "true"}
        if key:
            params["resumeKey"] = key
        data = cdx_json(wb, **params)
        pages += 1
        assert pages < 10, "pagination does not terminate"
        if not data:
            break  # the real server may hand out a key whose next page is empty
        if data[-2] == []:
            key = data[-1][0]
            collected += data[1:-2]
        else:
            collected += data[1:]
            break
    assert collected == everything
    assert pages == 3  # 9 rows: 4 + 4 + 1


def test_resume_key_text_and_exact_boundary(wb):
    text = cdx(wb, url=ROOT, limit=3, showResumeKey="true")
    rows_text, sep, key = text.rstrip("\n").rpartition("\n\n")  # rows, blank line, key
    assert sep and len(rows_text.splitlines()) == 3
    # Documented form: URL-encoded "urlkey timestamp!" of the last row.
    assert key == "vn%2Cgov%2Cangiang%2Cchaudoc%2Cvinhte%29%2F+20190301000000%21"
    rest = cdx(wb, url=ROOT, limit=3, showResumeKey="true", resumeKey="vn,gov,angiang,chaudoc,vinhte)/ 20190301000000!")
    # 2 rows left, fewer than the limit: no further key.
    assert [line.split()[1] for line in rest.splitlines()] == ["20190401000000", "20200615080000"]
    # Exactly `limit` rows left: the key is still printed (as the real
    # CDXServer does), and the following page is empty.
    text = cdx(wb, url=ROOT, limit=5, showResumeKey="true")
    key = text.rstrip("\n").rsplit("\n", 1)[-1]
    assert key.endswith("20200615080000%21")
    status, _, body = fetch(f"{wb.base_url}/cdx/search/cdx?url={ROOT}&limit=5&showResumeKey=true&resumeKey={key}")
    assert status == 200 and body == b""


def test_paged_api(wb):
    wb.lines_per_block = 2
    assert cdx(wb, url=f"{HOST}/*", showNumPages="true", pageSize=1).strip() == "5"
    pages = [cdx_json(wb, url=f"{HOST}/*", page=i, pageSize=1)[1:] for i in range(5)]
    assert [len(p) for p in pages] == [2, 2, 2, 2, 1]
    assert sum(pages, []) == cdx_json(wb, url=f"{HOST}/*")[1:]
    assert cdx_json(wb, url=f"{HOST}/*", page=5, pageSize=1) == []


# -- availability API ---------------------------------------------------------------


def test_available_api(wb):
    _, _, body = fetch(f"{wb.base_url}/wayback/available?" + urlencode({"url": HOST, "timestamp": "20190215"}))
    data = json.loads(body)
    closest = data["archived_snapshots"]["closest"]
    assert closest["timestamp"] == "20190301000000"
    assert closest["available"] is True and closest["status"] == "200"
    assert closest["url"] == f"{wb.base_url}/web/20190301000000/{ROOT}"
    latest = json.loads(fetch(f"{wb.base_url}/wayback/available?url={HOST}")[2])
    assert latest["archived_snapshots"]["closest"]["timestamp"] == "20200615080000"
    none = json.loads(fetch(f"{wb.base_url}/wayback/available?url=example.com")[2])
    assert none["archived_snapshots"] == {}


# -- replay -----------------------------------------------------------------------


def test_id_replay_returns_raw_bytes(wb):
    status, headers, body = fetch(wb.replay_url("20190101000000", ROOT))
    assert status == 200
    assert body == HOME_2019
    assert headers["Content-Type"] == "text/html"
    assert headers["Memento-Datetime"] == "Tue, 01 Jan 2019 00:00:00 GMT"
    assert TOOLBAR_BEGIN.encode() not in body and b"/_static/" not in body


def test_im_replay_returns_image_bytes(wb):
    for modifier in ("im_", "id_", ""):
        status, headers, body = fetch(wb.replay_url("20190101000005", LOGO, modifier))
        assert status == 200 and body == PNG
        assert headers["Content-Type"] == "image/png"
        assert headers["X-Archive-Orig-Server"] == "Apache"


def test_closest_capture_redirect(wb):
    # No capture at that instant: 2019-03-20 is closer to 04-01 than to 03-01.
    status, headers, _ = fetch(wb.replay_url("20190320000000", ROOT), follow=False)
    assert status == 302
    assert headers["Location"] == f"{wb.base_url}/web/20190401000000id_/{ROOT}"
    # A partial timestamp also redirects (padded to the start of the period).
    status, headers, _ = fetch(wb.replay_url("2020", ROOT, ""), follow=False)
    assert status == 302
    assert headers["Location"] == f"{wb.base_url}/web/20200615080000/{ROOT}"
    # Following the redirect lands on the raw capture.
    status, _, body = fetch(wb.replay_url("2018", ROOT))
    assert status == 200 and body == HOME_2019
    # No timestamp at all -> latest.
    status, headers, _ = fetch(f"{wb.base_url}/web/{ROOT}", follow=False)
    assert status == 302 and "/web/20200615080000/" in headers["Location"]


def test_redirect_capture_replays_as_redirect(wb):
    status, headers, _ = fetch(wb.replay_url("20190106000000", OLD), follow=False)
    assert status == 301
    assert headers["Location"] == f"{wb.base_url}/web/20190106000000id_/{ARTICLE}"
    status, _, body = fetch(wb.replay_url("20190106000000", OLD))
    assert status == 200 and "Đua bò".encode() in body


def test_archived_error_status_is_replayed(wb):
    status, _, body = fetch(wb.replay_url("20190107000000", f"http://{HOST}/missing"))
    assert status == 404 and body == b"not found"


def test_decorated_replay_has_toolbar_and_rewritten_links(wb):
    status, headers, body = fetch(wb.replay_url("20190101000000", ROOT, modifier=""))
    assert status == 200
    html = body.decode("utf-8")
    assert TOOLBAR_BEGIN in html and TOOLBAR_END in html
    assert "The Wayback Machine" in html and "5 captures" in html
    assert '<script type="text/javascript" src="/_static/js/wombat.js' in html
    assert f'href="/web/20190101000000/{ARTICLE}"' in html
    assert 'href="/web/20190101000000/http://angiang.gov.vn/"' in html
    assert f'src="/web/20190101000000im_/{LOGO}"' in html
    assert f'href="/web/20190101000000cs_/http://{HOST}/css/site.css"' in html
    assert "Lễ hội đua bò" in html  # original text survives, bytes intact
    assert "FILE ARCHIVED ON" in html
    # None of that is in the raw capture.
    assert b"/_static/" not in HOME_2019 and body != HOME_2019


def test_unknown_url_is_404(wb):
    status, _, body = fetch(wb.replay_url("20190101000000", "http://example.com/nothing"))
    assert status == 404
    assert NOT_ARCHIVED_TEXT.encode() in body


def test_url_with_query_string(wb):
    url = f"http://{HOST}/index.php?option=com_content&id=12"
    wb.add(Capture(url, "20190801000000", b"query page"))
    assert fetch(wb.replay_url("20190801000000", url))[2] == b"query page"
    # The CDX canonicalises argument order.
    assert cdx_json(wb, url=f"http://{HOST}/index.php?id=12&option=com_content", fl="original")[1] == [url]


# -- runtime additions, logging, fault injection -----------------------------------


def test_add_at_runtime_and_request_log(wb):
    new = f"http://{HOST}/tin-tuc/moi.html"
    assert cdx_json(wb, url=new) == []
    wb.add(Capture(new, "20210101000000", b"<html>moi</html>"))
    assert len(cdx_json(wb, url=new)) == 2
    assert fetch(wb.replay_url("20210101000000", new))[2] == b"<html>moi</html>"
    assert wb.requests[-1] == f"/web/20210101000000id_/{new}"
    assert wb.counters["cdx"] == 2 and wb.counters["replay"] == 1 and wb.counters["total"] == 3
    assert wb.log[-1].status == 200


def test_rate_limit_every_nth_request():
    with FakeWayback(_captures(), rate_limit_every=3) as wb:
        results = [fetch(wb.cdx_url(url=ROOT)) for _ in range(7)]
        statuses = [r[0] for r in results]
        assert statuses == [200, 200, 429, 200, 200, 429, 200]
        assert results[2][1]["Retry-After"] == "1"
        assert wb.counters["429"] == 2 and wb.counters["rate_limited"] == 2
        assert len(wb.requests) == 7


def test_fail_paths_503_first_time_only():
    path = f"/web/20190101000000id_/{ROOT}"
    with FakeWayback(_captures(), fail_paths={path, ARTICLE}) as wb:
        assert fetch(wb.base_url + path)[0] == 503
        assert fetch(wb.base_url + path)[0] == 200
        # Matching by original URL works for any timestamp form.
        assert fetch(wb.replay_url("20190105120000", ARTICLE))[0] == 503
        assert fetch(wb.replay_url("20190105120000", ARTICLE))[0] == 200
        assert wb.counters["503"] == 2 and wb.counters["injected_503"] == 2
    with FakeWayback(_captures(), fail_paths={ARTICLE: 2}) as wb:
        assert [fetch(wb.replay_url("20190105120000", ARTICLE))[0] for _ in range(3)] == [503, 503, 200]


def test_handle_without_sockets():
    wb = FakeWayback(_captures())
    resp = wb.handle("GET", f"/web/20190101000005id_/{LOGO}")
    assert resp.status == 200 and resp.body == PNG and resp.header("content-type") == "image/png"
