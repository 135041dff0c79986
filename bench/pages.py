"""Our extractor and trafilatura on a folder of real pages of other sites, with their expected text.

    .venv/bin/python -m bench.pages DIR                  # every DIR/<name>/source.html + expected.html
    .venv/bin/python -m bench.pages DIR --worst 20       # and the 20 pages where we trail trafilatura most

The pages are not part of the project: they come from a public test set of real news and blog pages
that someone else saved and labelled (Mozilla Readability's `test/test-pages/` is the layout read
here: `source.html`, the page as served; `expected.html`, its article as that project extracts it;
`expected-metadata.json`, with `"readerable": false` for pages that hold no article, which are left
out). It is a check of the generic path on layouts no profile knows, run by hand, never in CI (the
pages would have to be downloaded).

For each page: word F1 (tests/real_cms.word_f1) of `extract_article(...).body_text` and of
`trafilatura.extract(...)` against the expected text, whether each returned nothing, and the CPU
milliseconds of each (best of 3, the two taking turns). Each page is given a URL of an article of its
own site (`http://<name>.example.com/news/2020/article-<name>.html`), never a site root. A report,
exit status 0.
"""

from __future__ import annotations

import argparse
import json
import logging
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.real_cms import word_f1  # noqa: E402

REPEATS = 3


def load_pages(folder: Path) -> list[tuple[str, str, str, str]]:
    """(name, url, source html, expected text) of every labelled page that holds an article."""
    from lxml import html

    pages = []
    for page in sorted(p for p in folder.iterdir() if (p / "source.html").exists() and (p / "expected.html").exists()):
        metadata = page / "expected-metadata.json"
        if metadata.exists() and json.loads(metadata.read_text(encoding="utf-8")).get("readerable") is False:
            continue
        expected = html.fromstring((page / "expected.html").read_text(encoding="utf-8", errors="replace"))
        pages.append((page.name, f"http://{page.name}.example.com/news/2020/article-{page.name}.html",
                      (page / "source.html").read_text(encoding="utf-8", errors="replace"),
                      " ".join(expected.text_content().split())))
    return pages


def _cpu_ms(extract, source: str, url: str) -> float:
    start = time.process_time()
    extract(source, url)
    return (time.process_time() - start) * 1000


def score(pages: list) -> list[dict]:
    import trafilatura

    from crawler.extract import extract_article

    ours = lambda source, url: extract_article(source, url)   # noqa: E731
    traf = lambda source, url: trafilatura.extract(source, url=url, output_format="txt")  # noqa: E731
    rows = []
    for name, url, source, want in pages:
        article, text = ours(source, url), traf(source, url)
        rows.append({"page": name, "profile": article.profile if article else None,
                     "f1_ours": word_f1(article.body_text, want) if article else 0.0,
                     "f1_traf": word_f1(text, want) if text else 0.0,
                     "none_ours": article is None, "none_traf": text is None,
                     "ms_ours": float("inf"), "ms_traf": float("inf")})
    for _ in range(REPEATS):
        for row, (_, url, source, _) in zip(rows, pages):
            row["ms_ours"] = min(row["ms_ours"], _cpu_ms(ours, source, url))
            row["ms_traf"] = min(row["ms_traf"], _cpu_ms(traf, source, url))
    return rows


def format_report(rows: list[dict], worst: int) -> str:
    mean = lambda key: statistics.fmean(row[key] for row in rows)            # noqa: E731
    median = lambda key: statistics.median(row[key] for row in rows)         # noqa: E731
    lines = [
        f"{len(rows)} pages | body F1 ours {mean('f1_ours'):.3f}, trafilatura {mean('f1_traf'):.3f} | "
        f"nothing returned: ours {sum(r['none_ours'] for r in rows)}, trafilatura {sum(r['none_traf'] for r in rows)} | "
        f"median CPU ms ours {median('ms_ours'):.1f}, trafilatura {median('ms_traf'):.1f}",
    ]
    for row in sorted(rows, key=lambda r: r["f1_ours"] - r["f1_traf"])[:worst]:
        lines.append(f"  {row['page']:40} ours {row['f1_ours']:.3f} ({row['profile'] or 'None'})  "
                     f"trafilatura {row['f1_traf']:.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="a folder of <name>/source.html + expected.html")
    parser.add_argument("--worst", type=int, default=0, help="list the N pages where ours trails most")
    parser.add_argument("--json", type=Path, help="write the rows here")
    args = parser.parse_args(argv)
    for name in ("trafilatura", "htmldate", "courlan", "justext", "crawler"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    rows = score(load_pages(args.folder))
    if not rows:
        raise SystemExit(f"error: no <name>/source.html + expected.html pages under {args.folder}")
    print(format_report(rows, args.worst))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
