"""A portal's end of run, one portal at a time: what `site_drained` (crawler/signals.py) releases
for the portal it names, and only for it."""

from __future__ import annotations

from scrapy.utils.test import get_crawler

from crawler.signals import site_drained
from crawler.spiders.portal import PortalSpider
from tests.conftest import ROOT  # noqa: F401  (the project's settings on the path)

A, B = "xa-vinh-te.example", "xa-nui-sam.example"


def make_spider(tmp_path):
    registry = tmp_path / "two.csv"
    registry.write_text("host,name,province,status,source\n"
                        f"http://{A}/,Xã Vĩnh Tế,An Giang,live,live\n"
                        f"http://{B}/,Xã Núi Sam,An Giang,live,live\n", encoding="utf-8")
    crawler = get_crawler(PortalSpider, {"ARCHIVE_PATH": str(tmp_path / "archive.db"),
                                         "EXTENSIONS": {"crawler.extensions.ArchiveSession": 1000}})
    crawler._apply_settings()
    return crawler, crawler._create_spider(sites=str(registry))


def test_a_drained_portal_releases_its_own_spellings_and_rechecks_only(tmp_path):
    crawler, spider = make_spider(tmp_path)
    for site in (A, B):
        spider.requested.add(f"http://{site}/tin-tuc/hop-dan")
        assert spider._defer_spelling(f"http://{site}/tin-tuc/hop-dan/", site)
        spider.vanished[f"http://{site}/tin-tuc/da-xoa"] = site

    released = list(spider.end_of_site(A))

    assert sorted((request.url, request.meta["role"]) for request in released) == [
        (f"http://{A}/tin-tuc/da-xoa", "revalidate"), (f"http://{A}/tin-tuc/hop-dan/", "page")]
    assert spider.deferred == {f"http://{B}/tin-tuc/hop-dan/": B}
    assert spider.vanished == {f"http://{B}/tin-tuc/da-xoa": B}
    assert list(spider.end_of_site(A)) == []                    # said twice, nothing asked twice


def test_the_spider_listens_for_drained_portals(tmp_path):
    crawler, spider = make_spider(tmp_path)
    receivers = crawler.signals.send_catch_log(signal=site_drained, site="elsewhere.example")
    assert [receiver.__func__ for receiver, _ in receivers] == [PortalSpider.on_site_drained]


def test_a_done_portal_is_forgotten_and_the_others_kept(tmp_path):
    """A portal drained with nothing more to ask for leaves the process's memory of URLs: a
    province process crawls portal after portal. One still waiting for a probe is kept."""
    crawler, spider = make_spider(tmp_path)
    for site in (A, B):
        for path in ("tin-tuc/hop-dan", "tin-tuc/ra-quan", "gioi-thieu"):
            assert spider._first_time(f"http://{site}/{path}")
        spider.listed.add(f"http://{site}/tin-tuc/hop-dan")
    # B's spellings wait for a probe sent at an earlier release and not answered yet.
    probe, waiting = f"http://{B}/tin-tuc/so-ket/", f"http://{B}/tin-tuc/ra-quan/"
    spider.requested.add(probe)
    spider.sites[B]["probed"] = probe
    spider.deferred.update({probe: B, waiting: B})

    spider.on_site_drained(A)
    spider.on_site_drained(B)

    assert not {url for url in spider.requested | spider.listed if f"//{A}/" in url}
    assert spider.deferred == {waiting: B}
    assert f"http://{B}/gioi-thieu" in spider.requested and f"http://{B}/tin-tuc/hop-dan" in spider.listed
    assert crawler.stats.get_value("frontier/portals_forgotten") == 1
