"""`python -m bench.crawl` at toy scale, so the benchmark machinery does not rot.

Structure only: every measurement is there and consistent. No timing is asserted — benchmarks are
not tests (docs/benchmarks.md has the numbers).
"""

from __future__ import annotations

import pytest

from bench.crawl import Config, format_table, run_benchmark


@pytest.mark.slow
def test_crawl_benchmark_runs_at_tiny_scale(tmp_path):
    config = Config(articles=20, recrawl_articles=12, max_articles=24, extraction_pages=4, out=tmp_path, workers=1,
                    rounds=2)
    results = run_benchmark(config)

    crawl, fetch = results["throughput"]["crawl"], results["throughput"]["fetch"]
    assert crawl["articles"] >= 20 and crawl["images_downloaded"] > 0
    # The limit fetched exactly the URLs the crawl requested, all of them answered.
    assert fetch["server_requests"] == crawl["server_requests"] == crawl["requests"]
    assert results["throughput"]["ratio"] > 0 and results["throughput"]["without_robots"]["ratio"] > 0
    assert len(results["throughput"]["rounds"]) == 2
    bare = results["throughput"]["without_robots"]
    # Without robots.txt checks the crawl does not ask for robots.txt; the limit asks for the same URLs.
    assert bare["fetch"]["server_requests"] == bare["crawl_requests"] == crawl["server_requests"] - 1
    assert set(crawl["cpu_ms"]) == {"parse", "links", "clean", "media", "archive"}
    assert all(crawl["cpu_ms"][stage] > 0 for stage in ("parse", "links", "clean", "media", "archive"))
    assert results["throughput"]["server_misses"] <= 2

    assert sorted(int(size) for size in results["rss"]) == [12, 20, 24]
    assert all(run["peak_rss_mb"] > 20 for run in results["rss"].values())

    archive = results["archive"]
    assert archive["articles"] >= 20 and archive["images"] > 0 and archive["fts_bytes"] > 0
    assert archive["bytes_per_image"] > 0 and archive["bytes_per_article"] > 0

    extraction = results["extraction"]
    assert extraction["pages"] == 4 and extraction["not_articles"] == 0
    assert extraction["ours"]["median"] > 0 and extraction["trafilatura"]["median"] > 0

    recrawl = results["recrawl"]
    assert 0 < recrawl["second"]["server_requests"] < recrawl["first"]["server_requests"]

    table = format_table(results)
    for row in ("end to end / limit", "parse + clean + archive write", "read links", "without robots.txt checks, on both sides", "speed-up (median)", "FTS index",
                "requests: second / first crawl", "24 articles"):
        assert f"| {row}" in table
    assert (tmp_path / "results.json").exists()
