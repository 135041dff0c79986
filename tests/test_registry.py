"""The portal registry (`-a sites=FILE`, crawler/spiders/registry.py): the CSV read and checked
line by line, plain URL lists still read, and one crawl of a registry that mixes a live portal
with a retired one recovered from a (fake, 127.0.0.1) Wayback Machine."""

from __future__ import annotations

import sqlite3
import unicodedata

import pytest

from crawler.spiders.registry import Portal, RegistryError, read_registry
from tests.conftest import run_crawl
from tests.fixtures.portal import Portal as FixturePortal
from tests.fixtures.server import FixtureServer
from tests.fixtures.wayback import Capture, FakeWayback


def registry(tmp_path, text: str):
    path = tmp_path / "sites.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_registry_row_gives_url_name_province_status_and_source(tmp_path):
    decomposed = unicodedata.normalize("NFD", "Xã Vĩnh Tế")
    path = registry(tmp_path, "# An Giang, before the 2025 merger\n"
                              "host,name,province,status,source\n"
                              f"vinhte.chaudoc.angiang.gov.vn,{decomposed},An Giang,retired,\n"
                              "https://vinhtrach.angiang.gov.vn/,\"Xã Vĩnh Trạch, Thoại Sơn\",An Giang,live,live\n"
                              "http://127.0.0.1:8080,,,,\n")
    assert read_registry(path) == [
        Portal("https://vinhte.chaudoc.angiang.gov.vn/", "Xã Vĩnh Tế", "An Giang", "retired", "wayback"),
        Portal("https://vinhtrach.angiang.gov.vn/", "Xã Vĩnh Trạch, Thoại Sơn", "An Giang", "live", "live"),
        Portal("http://127.0.0.1:8080/", None, None, "live", "live"),
    ]
    assert unicodedata.is_normalized("NFC", read_registry(path)[0].name)


def test_columns_in_any_order_and_a_host_given_twice_counts_once(tmp_path):
    path = registry(tmp_path, "source,host\nwayback,a.angiang.gov.vn\nlive,A.angiang.gov.vn\nlive,b.angiang.gov.vn\n")
    assert [(p.start_url, p.source) for p in read_registry(path)] == [
        ("https://a.angiang.gov.vn/", "wayback"), ("https://b.angiang.gov.vn/", "live")]


def test_a_plain_list_of_urls_is_still_a_registry(tmp_path):
    path = registry(tmp_path, "# two portals\nhttps://vinhtrach.angiang.gov.vn/\n\nhttp://127.0.0.1:9/x\n")
    assert read_registry(path) == [Portal("https://vinhtrach.angiang.gov.vn/"), Portal("http://127.0.0.1:9/x")]
    assert read_registry(path)[0].source is None      # the crawl's own -a source decides


@pytest.mark.parametrize("text, message", [
    ("host,name,status\nvinhte.angiang.gov.vn,Vĩnh Tế,closed\n", "sites.csv:2: status 'closed': expected live or retired"),
    ("host,source\nvinhte.angiang.gov.vn,archive.today\n", "sites.csv:2: source 'archive.today': expected live or wayback"),
    ("host,status,source\nvinhte.angiang.gov.vn,retired,live\n",
     "sites.csv:2: https://vinhte.angiang.gov.vn/ is retired: it can only be recovered from the Wayback Machine (source wayback)"),
    ("host,name\nhttps://\n", "sites.csv:2: host 'https://' is not a host name or an http(s) URL"),
    ("host,name,commune\nx.gov.vn,a,b\n", "sites.csv:1: unknown column 'commune' (columns: host, name, province, status, source)"),
    ("host,name\nx.gov.vn,Xã A, Xã B\n", "sites.csv:2: 3 fields, the header names 2 (quote a name that holds a comma)"),
    ("host,name\n", "sites.csv: a header and no portal"),
    ("vinhte.angiang.gov.vn\n", "sites.csv:1: invalid start URL 'vinhte.angiang.gov.vn': expected an http(s) URL"),
])
def test_a_bad_row_is_named_with_its_line(tmp_path, text, message):
    path = registry(tmp_path, text)
    with pytest.raises(RegistryError) as raised:
        read_registry(path)
    assert str(raised.value).startswith(f"{tmp_path}/{message}")
    assert "\n" not in str(raised.value)


def test_a_bad_registry_stops_the_crawl_in_one_line(tmp_path):
    path = registry(tmp_path, "host,status\nvinhte.angiang.gov.vn,closed\n")
    result = run_crawl(tmp_path / "archive.db", "-a", f"sites={path}", check=False)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1] == f"error: {path}:2: status 'closed': expected live or retired"
    assert not (tmp_path / "archive.db").exists()


def test_one_crawl_of_a_live_portal_and_a_retired_one_from_the_wayback_machine(tmp_path):
    retired = FixturePortal(seed=31, n_articles=5, site_name="UBND xã Vĩnh Châu")
    live = FixturePortal(seed=32, n_articles=5, site_name="UBND xã Núi Sam")
    with FixtureServer(retired, host="127.0.0.41") as old, FixtureServer(live, host="127.0.0.42") as current:
        run_crawl(tmp_path / "paths.db", "-a", f"start_url={old.base_url}/")
        paths = sorted({path for method, path, _ in old.requests if method == "GET" and path != "/robots.txt"})
        original = old.base_url
        captures = []
        for path in paths:
            response = retired.respond(path, original)
            if response.status == 200:
                captures.append(Capture(original + path, "20240601120000", response.body,
                                        mimetype=response.content_type.split(";")[0]))
        expected_retired = {truth["url"] for truth in old.expected()}
        old.stop()                                          # the commune merged: its host answers nothing
        path = registry(tmp_path, "host,name,province,status,source\n"
                                  f"{original}/,Xã Vĩnh Châu,An Giang,retired,wayback\n"
                                  f"{current.base_url}/,Xã Núi Sam,An Giang,live,live\n")
        archive = tmp_path / "archive.db"
        with FakeWayback(captures) as wayback:
            run_crawl(archive, "-a", f"sites={path}", "-a", "all_captures=1",
                      settings={"WAYBACK_BASE_URL": wayback.base_url})
        expected_live = {truth["url"] for truth in current.expected()}
    conn = sqlite3.connect(archive)
    sources = dict(conn.execute("SELECT url, source FROM articles"))
    assert expected_retired <= set(sources) and expected_live <= set(sources)
    assert {sources[url] for url in expected_retired} == {"wayback"}
    assert {sources[url] for url in expected_live} == {"live"}
    sites = {row[0]: row[1:] for row in conn.execute("SELECT host, source, province, status FROM sites")}
    assert sorted(sites.values()) == [("live", "An Giang", "live"), ("wayback", "An Giang", "retired")]
