"""Sitemaps read by Scrapy's SitemapSpider: a robots.txt `Sitemap:` line naming a sitemap index,
whose sitemap is gzipped. The portal's home page links nowhere and it has no feed, so every article
the crawl finds first comes from the sitemap."""

from __future__ import annotations

import gzip
import json

from tests.conftest import open_archive, run_crawl
from tests.fixtures.portal import Portal, Response
from tests.fixtures.server import FixtureServer


class SitemapIndexPortal(Portal):
    """The fixture portal with its sitemap behind an index, gzipped, and a home page without links."""

    def respond(self, path_with_query: str, base_url: str) -> Response:
        path = path_with_query.split("?", 1)[0]
        if path == "/robots.txt":
            robots = super().respond(path_with_query, base_url).body.decode().split("\nSitemap:")[0]
            return Response(200, "text/plain", f"{robots}\nSitemap: {base_url}/sitemap_index.xml\n".encode())
        if path == "/sitemap_index.xml":
            xml = ('<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/'
                   f'sitemap/0.9"><sitemap><loc>{base_url}/sitemaps/nodes.xml.gz</loc></sitemap></sitemapindex>')
            return Response(200, "application/xml", xml.encode())
        if path == "/sitemaps/nodes.xml.gz":
            return Response(200, "application/x-gzip", gzip.compress(super().respond("/sitemap.xml", base_url).body))
        if path in ("/sitemap.xml", "/rss.xml"):
            return Response(404, "text/html", b"<html><body>Not found</body></html>")
        if path == "/":
            return Response(200, "text/html; charset=utf-8", "<html><head><title>UBND xã Vĩnh Tế</title></head>"
                            "<body><p>Cổng thông tin đang bảo trì.</p></body></html>".encode())
        return super().respond(path_with_query, base_url)


def test_a_gzipped_sitemap_behind_an_index(tmp_path):
    archive = tmp_path / "archive.db"
    portal = SitemapIndexPortal(seed=3, n_articles=8, sitemap=True, rss=False)
    with FixtureServer(portal) as server:
        run_crawl(archive, "-a", f"start_url={server.base_url}/")
        fetched = server.paths()
        expected = {want["url"]: want for want in server.expected()}
    assert fetched.count("/sitemap_index.xml") == 1 and fetched.count("/sitemaps/nodes.xml.gz") == 1
    db = open_archive(archive)
    stats = json.loads(db.execute("SELECT stats FROM crawl_runs").fetchone()["stats"])
    assert stats["discovery/sitemap_urls"] >= len(expected) - 4   # basic pages are in the sitemap too
    rows = {row["url"]: row for row in db.execute("SELECT url, title FROM articles")}
    assert set(expected) <= set(rows)
    for url, want in expected.items():
        assert rows[url]["title"] == want["title"]
