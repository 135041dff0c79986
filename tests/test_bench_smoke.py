"""`python -m bench.crawl` at toy scale, so the benchmark machinery does not rot.

Structure only: every measurement is there and consistent. No timing is asserted — benchmarks are
not tests (docs/benchmarks.md has the numbers). Photos come from the shared cache
(artifacts/bench-photos/) with one picture per kind, so that reruns render nothing.
"""

from __future__ import annotations

import json

import pytest

from bench.crawl import PROFILE_CATEGORIES, Config, _profile_stage, format_table, run_benchmark


@pytest.mark.slow
def test_crawl_benchmark_runs_at_tiny_scale(tmp_path):
    config = Config(articles=20, recrawl_articles=12, max_articles=24, extraction_pages=4, out=tmp_path, workers=1,
                    rounds=2, photo_pool=1, without_robots=True)
    results = run_benchmark(config)

    t = results["throughput"]
    crawl, fetch = t["crawl"], t["fetch"]
    assert crawl["articles"] >= 20 and crawl["images_downloaded"] > 0
    # The limit fetched exactly the URLs the crawl requested, all of them answered.
    assert fetch["server_requests"] == crawl["server_requests"] == crawl["requests"]
    # CPU from engine_started to exit, on both sides: start-up measured and left out.
    for run in (crawl, fetch):
        assert 0 < run["startup_cpu_s"] < run["cpu_s"]
        assert run["work_cpu_s"] == pytest.approx(run["cpu_s"] - run["startup_cpu_s"])
    assert t["crawl_cpu_ms_per_article"] > 0 and t["fetch_cpu_ms_per_article"] > 0
    assert t["cpu_ratio"] > 0 and t["wall_ratio"] > 0 and t["without_robots"]["cpu_ratio"] > 0
    assert len(t["rounds"]) == 2
    bare = t["without_robots"]
    # Without robots.txt checks the crawl does not ask for robots.txt; the limit asks for the same URLs.
    assert bare["fetch_requests"] == bare["crawl_requests"] == crawl["server_requests"] - 1
    assert set(crawl["cpu_ms"]) == {"clean", "media", "archive"}
    assert all(crawl["cpu_ms"][stage] > 0 for stage in ("clean", "media", "archive"))
    assert t["server_misses"] <= 2

    # Realistic photos: web-sized and phone originals, each file its own bytes.
    photos = results["photos"]
    assert photos["web"]["files"] > 0 and 80_000 < photos["web"]["median"] < 450_000
    if photos["phone"]["files"]:
        assert photos["phone"]["median"] > 1_000_000
    # Each file its own bytes, but for the fixture's trap: the same photo uploaded under two names.
    assert photos["contents"] == photos["web"]["files"] + photos["phone"]["files"] - 1

    assert sorted(int(size) for size in results["rss"]) == [12, 20, 24]
    assert all(run["peak_rss_mb"] > 20 for run in results["rss"].values())

    archive = results["archive"]
    assert archive["articles"] >= 20 and archive["images"] > 0 and archive["fts_bytes"] > 0
    assert archive["bytes_per_image"] > 80_000 and archive["bytes_per_article"] > 0

    extraction = results["extraction"]
    assert extraction["pages"] == 4 and extraction["not_articles"] == 0
    assert extraction["ours"]["median"] > 0 and extraction["trafilatura"]["median"] > 0

    recrawl = results["recrawl"]
    assert 0 < recrawl["second"]["server_requests"] < recrawl["first"]["server_requests"]

    table = format_table(results)
    for row in ("crawl CPU / fetch-only CPU", "start-up CPU excluded", "loopback wall time", "clean + archive write",
                "media (validate", "photos served", "without robots.txt checks, on both sides", "speed-up (median)",
                "FTS index", "requests: second / first crawl", "24 articles", "growth 20 → 24 articles"):
        assert f"| {row}" in table
    assert "flat in the portal's size" in table
    for gone in ("worker", "parse (", "read links"):
        assert gone not in table
    assert (tmp_path / "results.json").exists()


def test_profile_categories_match_py_spy_frames():
    def stage(*frames):
        return _profile_stage(list(frames))

    scrapy = "_process_spidermw_output (scrapy/core/scraper.py:300)"
    assert stage(scrapy, "CleanPipeline.process_item (crawler/pipelines/clean.py:47)",
                 "extract_document (crawler/extract/__init__.py:10)").startswith("clean")
    assert stage(scrapy, "MediaPipeline.file_downloaded (crawler/pipelines/media.py:111)",
                 "check_image (crawler/pipelines/validation.py:591)") == "images: validation (check_image)"
    assert stage("MediaPipeline.file_downloaded (crawler/pipelines/media.py:111)",
                 "ArchiveFilesStore.persist_file (crawler/pipelines/media.py:48)").startswith("images: written")
    assert stage("ArchivePipeline.process_item (crawler/pipelines/archive.py:41)").startswith("archive write")
    assert stage("PortalSpider.parse_page (crawler/spiders/portal.py:170)",
                 "read_links (crawler/discovery/links.py:85)").startswith("discovery: reading links")
    assert stage("PortalSpider.follow_links (crawler/spiders/portal.py:210)").startswith("discovery: the rest")
    assert stage(scrapy).startswith("Scrapy + Twisted")
    assert {label for label, _, _ in PROFILE_CATEGORIES} >= {"archive write (ArchivePipeline.process_item)"}


def test_extraction_benchmark_reports_real_captures(capsys):
    """`python -m bench.extraction` scores the real captures with tests/real_cms.py, beside trafilatura."""
    from bench.extraction import main

    assert main(["--real-only", "--capture", "generic/jekyll-minima"]) == 0
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.startswith("| generic/jekyll-minima |"))
    cells = [cell.strip() for cell in row.strip("|").split("|")]
    # Structure only (scores are the extractor's business): articles, exact bodies n/25, None counts.
    assert cells[1] == "25" and cells[4].split()[0].endswith("/25") and cells[11].isdigit() and cells[12].isdigit()
    assert "| **generic, all 1** |" in out and "CPU ms traf" in out


@pytest.mark.slow
def test_captures_benchmark_runs_at_tiny_scale(tmp_path):
    """`python -m bench.captures`: the same portal without and with captures, sizes side by side."""
    from dataclasses import replace

    from bench.captures import format_table, run

    result = run(replace(Config(), articles=12, out=tmp_path, photos=False, workers=1), rounds=1)
    assert result["articles"] >= 12
    assert result["archive_bytes_with"] > result["archive_bytes_without"] > 0
    caps = result["captures"]
    assert caps["captures"] > result["articles"] and caps["compression_ratio"] > 1.5
    assert caps["bodies_kept_as_archived_files"] > 0, "image bodies are the archived images, not copies"
    assert result["capture_bytes_per_article"] > 0 and result["cpu_ms_per_article_with"] > 0
    table = format_table(result)
    assert result["requests"]["without"] == result["requests"]["with"] < result["requests"]["requisites"]
    for row in ("archive without captures", "growth (target ≤ 30 %)", "payload compression", "crawl CPU per article",
                "with page requisites", "requests without / with / with requisites"):
        assert f"| {row}" in table


def test_pages_benchmark_scores_a_folder_of_labelled_pages(tmp_path, capsys):
    """`python -m bench.pages DIR`: each <name>/source.html against its expected.html, beside
    trafilatura; a page marked as holding no article is left out."""
    from bench.pages import main

    text = "UBND xã tổ chức hội nghị tổng kết công tác năm, đánh giá kết quả thực hiện các chỉ tiêu kinh tế."
    for name, readerable in (("hoi-nghi", True), ("trang-chu", False)):
        page = tmp_path / name
        page.mkdir()
        paragraphs = "".join(f"<p>{text} Đoạn {i}.</p>" for i in range(6))
        (page / "source.html").write_text(f"<html><head><title>Hội nghị</title></head><body><nav><a href='/'>Trang chủ"
                                          f"</a></nav><article><h1>Hội nghị</h1>{paragraphs}</article></body></html>",
                                          encoding="utf-8")
        (page / "expected.html").write_text(f"<div>{paragraphs}</div>", encoding="utf-8")
        (page / "expected-metadata.json").write_text(json.dumps({"readerable": readerable}), encoding="utf-8")
    assert main([str(tmp_path), "--worst", "5", "--json", str(tmp_path / "rows.json")]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1 pages | body F1 ours ") and "hoi-nghi" in out and "trang-chu" not in out
    rows = json.loads((tmp_path / "rows.json").read_text())
    assert len(rows) == 1 and rows[0]["none_ours"] is False and rows[0]["f1_ours"] > 0.9 and rows[0]["ms_ours"] > 0


def test_pages_benchmark_reads_passages_to_find_and_to_keep_out(tmp_path, capsys):
    """`python -m bench.pages DIR --snippets`: trafilatura's evaluation layout (evaldata.json)."""
    from bench.pages import main

    text = "UBND xã tổ chức hội nghị tổng kết công tác năm, đánh giá kết quả thực hiện các chỉ tiêu kinh tế."
    paragraphs = "".join(f"<p>{text} Đoạn {i}.</p>" for i in range(6))
    (tmp_path / "eval").mkdir()
    (tmp_path / "eval" / "hoi-nghi.html").write_bytes(
        f"<html><head><meta charset='windows-1258'><title>Hội nghị</title></head><body><div class='menu'>"
        f"<a href='/lien-he'>Liên hệ với chúng tôi</a></div><article><h1>Hội nghị</h1>{paragraphs}</article>"
        f"</body></html>".encode("utf-8").replace(b"windows-1258", b"utf-8"))
    evaldata = {"https://xa.example.vn/tin-tuc/hoi-nghi.html": {"file": "hoi-nghi.html", "with": ["Đoạn 5."],
                                                                 "without": ["Liên hệ với chúng tôi"]},
                "https://xa.example.vn/missing.html": {"file": "missing.html", "with": ["x"], "without": []}}
    (tmp_path / "evaldata.json").write_text(json.dumps(evaldata), encoding="utf-8")
    assert main([str(tmp_path), "--snippets"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("ours         1 pages | passages found 1.000, kept out 1.000")
    assert out[1].startswith("trafilatura  1 pages")
