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
own site (`http://<name>.example.com/news/2020/article-<name>.html`), never a site root.

    .venv/bin/python -m bench.pages DIR --snippets       # DIR/evaldata.json + DIR/eval/, DIR/cache/

The other layout read is trafilatura's own evaluation set (`tests/` of its repository): for each
page URL, `evaldata.json` names its file and up to 6 passages it must contain and 6 it must not;
scored are the passages found (recall) and kept out (precision) of the title and body text, and the
pages with nothing returned. Its pages are decoded as a crawl would (w3lib, from their bytes), and
their real URLs are used: a site's home page is never an article of ours. trafilatura was tuned on
this set. A report, exit status 0.
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


MAX_PASSAGES = 6


def score_snippets(folder: Path) -> dict:
    """Passages found / kept out over trafilatura's evaluation set, ours beside trafilatura's."""
    import trafilatura
    from w3lib.encoding import html_to_unicode

    from crawler.extract import extract_article

    def flat(text: str | None) -> str:
        return " ".join((text or "").split())

    totals = {name: {"found": 0, "wanted": 0, "kept_out": 0, "unwanted": 0, "empty": 0, "pages": 0}
              for name in ("ours", "trafilatura")}
    for url, entry in json.loads((folder / "evaldata.json").read_text(encoding="utf-8")).items():
        path = next((folder / part / entry["file"] for part in ("eval", "cache") if (folder / part / entry["file"]).exists()), None)
        if path is None:
            continue
        source = html_to_unicode(None, path.read_bytes())[1]
        article = extract_article(source, url)
        outputs = {"ours": flat(f"{article.title} {article.body_text}") if article else "",
                   "trafilatura": flat(trafilatura.extract(source, url=url, include_comments=False, include_tables=True))}
        wanted, unwanted = entry.get("with", [])[:MAX_PASSAGES], entry.get("without", [])[:MAX_PASSAGES]
        for name, text in outputs.items():
            total = totals[name]
            total["pages"] += 1
            total["empty"] += not text
            total["found"] += sum(flat(passage) in text for passage in wanted)
            total["wanted"] += len(wanted)
            total["kept_out"] += sum(flat(passage) not in text for passage in unwanted)
            total["unwanted"] += len(unwanted)
    return totals


def format_snippets(totals: dict) -> str:
    lines = []
    for name, total in totals.items():
        recall, precision = total["found"] / (total["wanted"] or 1), total["kept_out"] / (total["unwanted"] or 1)
        f = 2 * recall * precision / (recall + precision) if recall + precision else 0.0
        lines.append(f"{name:12} {total['pages']} pages | passages found {recall:.3f}, kept out {precision:.3f}, "
                     f"F {f:.3f} | nothing returned {total['empty']}")
    return "\n".join(lines)


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
    parser.add_argument("--snippets", action="store_true", help="FOLDER is trafilatura's tests/ (evaldata.json)")
    args = parser.parse_args(argv)
    for name in ("trafilatura", "htmldate", "courlan", "justext", "crawler"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    if args.snippets:
        if not (args.folder / "evaldata.json").exists():
            raise SystemExit(f"error: no evaldata.json in {args.folder}")
        totals = score_snippets(args.folder)
        print(format_snippets(totals))
        if args.json:
            args.json.write_text(json.dumps(totals, indent=1), encoding="utf-8")
        return 0
    rows = score(load_pages(args.folder))
    if not rows:
        raise SystemExit(f"error: no <name>/source.html + expected.html pages under {args.folder}")
    print(format_report(rows, args.worst))
    if args.json:
        args.json.write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
