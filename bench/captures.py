"""What keeping every response costs (issue 18): the same portal crawled into a new archive
without captures (`-s CAPTURE_RESPONSES=False`), with them (the default), and with them and the
article pages' requisites (`-s CAPTURE_PAGE_REQUISITES=True`), back to back, in --rounds rounds.

    .venv/bin/python -m bench.captures                    # 2,000 articles, realistic photos, 2 rounds

Reported: the archive's size on disk without and with captures (target: at most 30 % larger), the
captures' bytes per article (their rows, their payloads), the payloads' compression ratio (bytes as
served / bytes stored), how many bodies are kept by reference to an archived image or document,
and the crawl's CPU per article on each side (median of the rounds). The portal and its photos are
bench/crawl.py's; results go to --out (artifacts/bench-captures) as JSON beside the table.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
from dataclasses import replace
from pathlib import Path

from bench.crawl import ROOT, Config, archive_sizes, crawl, fresh, log, serve

GROWTH_TARGET = 0.30
VARIANTS = (("without", {"CAPTURE_RESPONSES": "False"}), ("with", {}),
            ("requisites", {"CAPTURE_PAGE_REQUISITES": "True"}))


def capture_sizes(archive: Path) -> dict:
    with sqlite3.connect(archive) as conn:
        served, stored, payloads = conn.execute(
            "SELECT coalesce(sum(size), 0), coalesce(sum(length(data)), 0), count(*) FROM capture_payloads").fetchone()
        captures, revisits = conn.execute(
            "SELECT count(*), coalesce(sum(record = 'revisit'), 0) FROM captures").fetchone()
        by_reference = conn.execute(
            "SELECT count(DISTINCT payload_sha256) FROM captures WHERE payload_sha256 IN "
            "(SELECT sha256 FROM images UNION SELECT sha256 FROM attachments)").fetchone()[0]
    return {"captures": captures, "revisits": revisits, "payloads": payloads, "payload_bytes_served": served,
            "payload_bytes_stored": stored, "compression_ratio": served / stored if stored else 0.0,
            "bodies_kept_as_archived_files": by_reference}


def run(config: Config, rounds: int) -> dict:
    out = config.out
    out.mkdir(parents=True, exist_ok=True)
    server = serve(config.articles, config.images_per_article, config)
    pairs = []
    try:
        for number in range(1, rounds + 1):
            pair = {}
            for label, settings in VARIANTS:
                keep = label != "without"
                archive = fresh(out / f"{label}-{number}.db")
                result = crawl(f"{label}-{number}", server, archive, out, settings=settings)
                sizes = archive_sizes(archive)
                pair[label] = {"file_bytes": sizes["file_bytes"], "articles": sizes["articles"],
                               "by_table": sizes["by_table"], "work_cpu_s": result.work_cpu_s,
                               "cpu_ms_per_article": result.work_cpu_s * 1000 / max(1, sizes["articles"]),
                               "requests": result.requests}
                if keep:
                    pair[label]["captures"] = capture_sizes(archive)
                log(f"round {number} {label} captures: {sizes['file_bytes'] / 1e6:.1f} MB, "
                    f"{pair[label]['cpu_ms_per_article']:.1f} ms CPU/article")
            pairs.append(pair)
    finally:
        server.stop()
    last = pairs[-1]
    articles = last["with"]["articles"]
    tables = last["with"]["by_table"]
    capture_table_bytes = sum(tables.get(name, 0) for name in ("captures", "capture_payloads"))
    return {
        "articles": articles, "rounds": pairs,
        "archive_bytes_without": last["without"]["file_bytes"], "archive_bytes_with": last["with"]["file_bytes"],
        "growth": last["with"]["file_bytes"] / last["without"]["file_bytes"] - 1,
        "capture_bytes_per_article": capture_table_bytes / articles if articles else 0,
        "capture_rows_bytes_per_article": tables.get("captures", 0) / articles if articles else 0,
        "payload_bytes_per_article": tables.get("capture_payloads", 0) / articles if articles else 0,
        "captures": last["with"]["captures"],
        "cpu_ms_per_article_without": statistics.median(p["without"]["cpu_ms_per_article"] for p in pairs),
        "cpu_ms_per_article_with": statistics.median(p["with"]["cpu_ms_per_article"] for p in pairs),
        "cpu_ms_per_article_requisites": statistics.median(p["requisites"]["cpu_ms_per_article"] for p in pairs),
        "archive_bytes_requisites": last["requisites"]["file_bytes"],
        "requests": {label: last[label]["requests"] for label, _ in VARIANTS},
    }


def format_table(result: dict) -> str:
    growth = result["growth"]
    caps = result["captures"]
    rows = [
        ("archive without captures", f"{result['archive_bytes_without'] / 1e6:.1f} MB"),
        ("archive with captures", f"{result['archive_bytes_with'] / 1e6:.1f} MB"),
        ("growth (target ≤ 30 %)", f"{growth * 100:.1f} % — {'met' if growth <= GROWTH_TARGET else 'NOT met'}"),
        ("captures per article (rows + payloads)", f"{result['capture_bytes_per_article'] / 1024:.1f} kB "
                                                   f"({result['capture_rows_bytes_per_article'] / 1024:.1f} + "
                                                   f"{result['payload_bytes_per_article'] / 1024:.1f})"),
        ("responses kept / of them revisits", f"{caps['captures']} / {caps['revisits']}"),
        ("payload compression (served / stored)", f"{caps['compression_ratio']:.2f}×"),
        ("bodies kept as the archived image or document", str(caps["bodies_kept_as_archived_files"])),
        ("crawl CPU per article without → with", f"{result['cpu_ms_per_article_without']:.1f} → "
                                                f"{result['cpu_ms_per_article_with']:.1f} ms"),
        ("with page requisites: archive, CPU per article", f"{result['archive_bytes_requisites'] / 1e6:.1f} MB, "
                                                           f"{result['cpu_ms_per_article_requisites']:.1f} ms"),
        ("requests without / with / with requisites", " / ".join(str(result["requests"][label])
                                                                 for label, _ in VARIANTS)),
    ]
    lines = [f"Captures, {result['articles']} articles", "", "| measure | value |", "|---|---|"]
    return "\n".join(lines + [f"| {name} | {value} |" for name, value in rows])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.captures", description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--no-photos", action="store_true", help="the fixture's small images instead of photos")
    parser.add_argument("--out", type=Path, default=ROOT / "artifacts" / "bench-captures")
    args = parser.parse_args(argv)
    config = replace(Config(), articles=args.articles, out=args.out, photos=not args.no_photos)
    result = run(config, args.rounds)
    (args.out / "captures.json").write_text(json.dumps(result, indent=2, default=str))
    print(format_table(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
