"""`python -m bench.search_scale` at toy scale, so the benchmark machinery does not rot.

Structure only: every kind measured, sizes and generation reported, the archive cached and
reused. No timing is asserted — benchmarks are not tests (docs/benchmarks.md has the numbers).
"""

from __future__ import annotations

import json
import sqlite3
import unicodedata
from urllib.parse import urlencode

from bench.search_archive import Spec, ensure_archive
from bench.search_scale import KINDS, main


def test_search_benchmark_runs_at_tiny_scale(tmp_path, capsys):
    archive, out = tmp_path / "search.db", tmp_path / "out"
    arguments = ["--articles", "2000", "--portals", "40", "--rounds", "1", "--queries", "3",
                 "--keep", str(archive), "--out", str(out)]
    assert main(arguments) == 0
    table = capsys.readouterr().out
    for kind, _ in KINDS:
        assert f"| {kind} |" in table
    for row in ("archive file", "FTS index per article", "of which the facet and listing indexes", "generation"):
        assert f"| {row}" in table

    result = json.loads((out / "results.json").read_text())
    assert set(result["kinds"]) == {kind for kind, _ in KINDS}
    for kind, measured in result["kinds"].items():
        assert measured["queries"] >= 1 and len(measured["samples_ms"]) == measured["queries"], kind
        assert 0 < measured["p50_ms"] <= measured["p95_ms"] <= measured["max_ms"], kind
        assert measured["errors"] == 0, kind
        if kind.startswith("search"):
            assert measured["with_results"] == measured["queries"], f"{kind}: every query finds articles"
    assert result["queries"]["search: dang / nong thon moi"] == [
        "/archive/-/search?" + urlencode({"q": query}) for query in ("dang", "nong thon moi")]
    sizes = result["sizes"]
    assert sizes["articles"] == 2000 and sizes["fts_bytes_per_article"] > 0
    assert sizes["file_bytes"] > sizes["fts_bytes"] > 0
    assert all(sizes["index_bytes"][name] > 0 for name in
               ("idx_articles_status", "idx_articles_category", "idx_articles_site_published"))

    with sqlite3.connect(archive) as conn:
        assert conn.execute("select count(*) from articles").fetchone()[0] == 2000
        assert conn.execute("select count(*) from sites").fetchone()[0] == 40
        body, folded = conn.execute(
            "select body_text, search_folded from articles where body_text like '%Đảng%' limit 1").fetchone()
        assert unicodedata.is_normalized("NFC", body)
        assert "dang" in folded.split(), "search_folded as the store fills it"
        assert conn.execute("select count(*) from articles_fts where articles_fts match 'dang'").fetchone()[0] > 0
        triggers = {row[0] for row in conn.execute("select name from sqlite_master where type = 'trigger'")}
        assert {"articles_ai", "articles_ad", "articles_au"} <= triggers, "the FTS kept in step afterwards too"
        words = [row[0] for row in conn.execute("select word_count from articles")]
        assert 250 <= sorted(words)[len(words) // 2] <= 650
        spread = conn.execute("select max(id) - min(id) from articles group by site order by 1 desc limit 1").fetchone()
        assert spread[0] > 1000, "a portal's articles are spread over the ids, as a crawl of many writes them"

    logged = []
    path, record = ensure_archive(Spec(2000, 40), archive, log=logged.append)
    assert path == archive and record["generation_s"]["total"] > 0
    assert logged and logged[0].startswith("reusing"), "a second run reuses the generated archive"
