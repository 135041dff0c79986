"""Extraction-quality benchmark: our extractor vs. plain trafilatura on the labelled corpus and on
the pages real CMSs and site generators rendered (tests/fixtures/real/).

    python -m bench.extraction                       # both reports: corpus table, then real captures
    python -m bench.extraction --family nukeviet     # corpus: only that family (comma-separate several)
    python -m bench.extraction --show-failures       # corpus: per-page token diffs for pages below F1 0.99
    python -m bench.extraction --json out.json       # the numbers, per family and per page, and per capture
    python -m bench.extraction --real-only           # only the real captures (--capture generic/ to filter)
    python -m bench.extraction --corpus-only         # only the corpus

For every page of bench/corpus/<family>/<name>.html (+ <name>.json, the expected values), it runs
`crawler.extract.extract_article(html, url)` and trafilatura's plain extraction
(`trafilatura.extract(..., output_format="txt")` + `trafilatura.extract_metadata`) and scores:

  * body_text: token precision / recall / F1 (tokens = whitespace-split words after NFC +
    lowercase; multiset overlap), averaged over pages;
  * exact-match rates (ours) of title, published (date part and full value), author and category,
    each over the pages whose expected value is not null (whitespace collapsed before comparing);
  * milliseconds per page (median and p95): each extractor is timed over the whole corpus three
    times, and each page keeps its best time.

Real captures (tests/fixtures/real/<family>/<name>/, truth from each CMS's database or, for
generic/*, from the generators' source content): every capture is scored with tests/real_cms.py's
`score_capture` (the same scoring as tests/test_real_cms.py: ReplayServer + extract_article against
truth.json), and reported per capture, for the generic captures together and for all of them, as
one markdown table: articles, body F1 (mean of tests/real_cms.word_f1), exact bodies, title /
published day / category exactness, images archived as originals (share of the truth's image URLs
found), listings taken for articles, real articles returned as None — beside trafilatura.extract
on the same article pages (F1 with the same word_f1, None count), and the median / p95 CPU
milliseconds per article page of each (time.process_time, best of 3 runs, the two taking turns page by page).

It is a report, not a test: the exit status is always 0.
"""

from __future__ import annotations

import argparse
import json
import logging
import statistics
import sys
import time
import traceback
import unicodedata
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus"
REPEATS = 3
FAIL_BELOW = 0.99


# ------------------------------------------------------------------------------------------------
# corpus
# ------------------------------------------------------------------------------------------------
@dataclass
class Page:
    family: str
    name: str
    html: str
    expected: dict

    @property
    def url(self) -> str:
        return self.expected["url"]

    @property
    def id(self) -> str:
        return f"{self.family}/{self.name}"


def load_corpus(families: list[str] | None = None, root: Path = CORPUS) -> list[Page]:
    pages = []
    for html_path in sorted(root.glob("*/*.html")):
        family = html_path.parent.name
        if families and family not in families:
            continue
        json_path = html_path.with_suffix(".json")
        if not json_path.exists():
            continue
        pages.append(Page(family, html_path.stem, html_path.read_text("utf-8"),
                          json.loads(json_path.read_text("utf-8"))))
    return pages


# ------------------------------------------------------------------------------------------------
# scoring helpers (also used by tests/test_extract_families.py)
# ------------------------------------------------------------------------------------------------
def field_of(result, name):
    """`result[name]` for a mapping, `result.name` for an object; None when absent."""
    if result is None:
        return None
    if isinstance(result, Mapping):
        return result.get(name)
    return getattr(result, name, None)


def tokens(text: str | None) -> list[str]:
    return unicodedata.normalize("NFC", text or "").lower().split()


def token_prf(expected: str | None, got: str | None) -> tuple[float, float, float]:
    exp, out = Counter(tokens(expected)), Counter(tokens(got))
    if not exp and not out:
        return 1.0, 1.0, 1.0
    overlap = sum((exp & out).values())
    precision = overlap / sum(out.values()) if out else 0.0
    recall = overlap / sum(exp.values()) if exp else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def token_diff(expected: str | None, got: str | None) -> tuple[Counter, Counter]:
    exp, out = Counter(tokens(expected)), Counter(tokens(got))
    return exp - out, out - exp


def norm_value(value) -> str | None:
    """A comparable string: dates as ISO 8601, text NFC with whitespace collapsed."""
    if value is None:
        return None
    if isinstance(value, (datetime, date)):
        value = value.isoformat()
    if isinstance(value, (list, tuple)):
        value = value[0] if value else None
        if value is None:
            return None
    text = " ".join(unicodedata.normalize("NFC", str(value)).split())
    return text or None


# ------------------------------------------------------------------------------------------------
# extractors
# ------------------------------------------------------------------------------------------------
@dataclass
class Extracted:
    body_text: str | None = None
    title: str | None = None
    published: str | None = None
    author: str | None = None
    category: str | None = None
    error: str | None = None


@dataclass
class Extractor:
    name: str
    available: bool
    fn: object = None
    problem: str | None = None
    results: dict = field(default_factory=dict)   # page id -> Extracted (first run)
    ms: dict = field(default_factory=dict)        # page id -> best milliseconds


def ours_extractor() -> Extractor:
    try:
        from crawler.extract import extract_article
    except Exception as exc:  # noqa: BLE001 - ImportError, or any error raised while importing the package
        return Extractor("ours", False, problem=f"{type(exc).__name__}: {exc}")

    def run(html: str, url: str) -> Extracted:
        result = extract_article(html, url)
        if result is None:
            return Extracted(error="returned None")
        return Extracted(
            body_text=field_of(result, "body_text"),
            title=field_of(result, "title"),
            published=norm_value(field_of(result, "published")),
            author=field_of(result, "author"),
            category=field_of(result, "category"),
        )

    return Extractor("ours", True, run)


def trafilatura_extractor() -> Extractor:
    try:
        import trafilatura
    except Exception as exc:  # noqa: BLE001
        return Extractor("trafilatura", False, problem=f"{type(exc).__name__}: {exc}")
    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logging.getLogger(name).setLevel(logging.CRITICAL)

    def run(html: str, url: str) -> Extracted:
        text = trafilatura.extract(html, url=url, output_format="txt", include_comments=False)
        meta = trafilatura.extract_metadata(html, default_url=url)
        categories = list(getattr(meta, "categories", None) or []) if meta else []
        return Extracted(
            body_text=text,
            title=getattr(meta, "title", None) if meta else None,
            published=norm_value(getattr(meta, "date", None)) if meta else None,
            author=getattr(meta, "author", None) if meta else None,
            category=categories[0] if categories else None,
        )

    return Extractor("trafilatura", True, run)


def run_extractor(extractor: Extractor, pages: list[Page], repeats: int = REPEATS) -> None:
    if not extractor.available:
        return
    for repeat in range(repeats):
        for page in pages:
            start = time.perf_counter()
            try:
                out = extractor.fn(page.html, page.url)
            except Exception as exc:  # noqa: BLE001 - a failing page scores zero, the run goes on
                out = Extracted(error=f"{type(exc).__name__}: {exc}")
                if repeat == 0 and "--traceback" in sys.argv:
                    traceback.print_exc()
            elapsed = (time.perf_counter() - start) * 1000
            extractor.ms[page.id] = min(elapsed, extractor.ms.get(page.id, float("inf")))
            if repeat == 0:
                extractor.results[page.id] = out


# ------------------------------------------------------------------------------------------------
# scoring
# ------------------------------------------------------------------------------------------------
FIELDS = ("title", "date", "datetime", "author", "category")


def page_scores(page: Page, got: Extracted) -> dict:
    exp = page.expected
    p, r, f = token_prf(exp["body_text"], got.body_text)
    scores = {"precision": p, "recall": r, "f1": f, "error": got.error, "fields": {}}
    exp_pub, got_pub = norm_value(exp.get("published")), norm_value(got.published)
    checks = {
        "title": (norm_value(exp.get("title")), norm_value(got.title)),
        "date": (exp_pub[:10] if exp_pub else None, got_pub[:10] if got_pub else None),
        "datetime": (exp_pub, got_pub),
        "author": (norm_value(exp.get("author")), norm_value(got.author)),
        "category": (norm_value(exp.get("category")), norm_value(got.category)),
    }
    for name, (want, have) in checks.items():
        if want is None:
            continue  # scored only where the page states a value
        scores["fields"][name] = {"expected": want, "got": have, "ok": want == have}
    return scores


def percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def summarize(pages: list[Page], extractor: Extractor, scored: dict) -> dict:
    if not extractor.available or not pages:
        return {"available": extractor.available, "pages": len(pages)}
    rows = [scored[p.id] for p in pages]
    out = {
        "available": True,
        "pages": len(pages),
        "precision": statistics.fmean(r["precision"] for r in rows),
        "recall": statistics.fmean(r["recall"] for r in rows),
        "f1": statistics.fmean(r["f1"] for r in rows),
        "pages_below_0_99": sum(r["f1"] < FAIL_BELOW for r in rows),
        "errors": sum(1 for r in rows if r["error"]),
        "ms_median": statistics.median(extractor.ms[p.id] for p in pages),
        "ms_p95": percentile([extractor.ms[p.id] for p in pages], 0.95),
    }
    for name in FIELDS:
        judged = [r["fields"][name]["ok"] for r in rows if name in r["fields"]]
        out[name] = {"exact": sum(judged), "of": len(judged), "rate": sum(judged) / len(judged) if judged else None}
    return out


# ------------------------------------------------------------------------------------------------
# report
# ------------------------------------------------------------------------------------------------
def fmt(value, spec=".3f", na="n/a") -> str:
    return na if value is None else format(value, spec)


def print_table(summary: dict, families: list[str]) -> None:
    cols = ["family", "pages", "F1 ours", "F1 traf", "title", "date", "date+time", "author", "category",
            "ms ours med/p95", "ms traf med/p95"]
    lines = []
    for family in families + ["ALL"]:
        ours, traf = summary[family]["ours"], summary[family]["trafilatura"]
        def rate(name, ours=ours):
            return fmt(ours.get(name, {}).get("rate") if ours.get("available") else None, ".2f")

        lines.append([
            family,
            str(ours.get("pages") or traf.get("pages") or 0),
            fmt(ours.get("f1")),
            fmt(traf.get("f1")),
            rate("title"), rate("date"), rate("datetime"), rate("author"), rate("category"),
            f"{fmt(ours.get('ms_median'), '.1f')}/{fmt(ours.get('ms_p95'), '.1f')}" if ours.get("available") else "n/a",
            f"{fmt(traf.get('ms_median'), '.1f')}/{fmt(traf.get('ms_p95'), '.1f')}" if traf.get("available") else "n/a",
        ])
    widths = [max(len(c), *(len(r[i]) for r in lines)) for i, c in enumerate(cols)]
    sep = "  "
    print(sep.join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(cols, widths))))
    print(sep.join("-" * w for w in widths))
    for n, row in enumerate(lines):
        if n == len(lines) - 1:
            print(sep.join("-" * w for w in widths))
        print(sep.join(v.ljust(w) if i == 0 else v.rjust(w) for i, (v, w) in enumerate(zip(row, widths))))
    print("title/date/author/category: exact-match rates of ours, over pages whose expected value is not null; "
          "date = day part, date+time = full ISO value.")


def show_failures(pages: list[Page], extractor: Extractor, scored: dict, limit: int = 30) -> None:
    if not extractor.available:
        return
    print(f"\nPer-page failures ({extractor.name}):")
    shown = 0
    for page in pages:
        s = scored[page.id]
        bad_fields = {k: v for k, v in s["fields"].items() if not v["ok"]}
        if s["f1"] >= FAIL_BELOW and not bad_fields:
            continue
        shown += 1
        got = extractor.results[page.id]
        print(f"\n== {page.id}  F1 {s['f1']:.3f} (P {s['precision']:.3f} R {s['recall']:.3f})"
              + (f"  error: {s['error']}" if s["error"] else ""))
        if s["f1"] < FAIL_BELOW:
            missing, extra = token_diff(page.expected["body_text"], got.body_text)
            for label, counter in (("missing", missing), ("extra", extra)):
                if counter:
                    items = [f"{t}×{n}" if n > 1 else t for t, n in counter.most_common()]
                    more = f" … (+{len(items) - limit} more)" if len(items) > limit else ""
                    print(f"   {label} ({sum(counter.values())}): " + " ".join(items[:limit]) + more)
        for name, v in bad_fields.items():
            print(f"   {name}: expected {v['expected']!r}, got {v['got']!r}")
    if not shown:
        print("   none")


# ------------------------------------------------------------------------------------------------
# real-software captures (tests/fixtures/real/), scored by tests/real_cms.py
# ------------------------------------------------------------------------------------------------
@dataclass
class RealResult:
    name: str
    score: object                                    # tests.real_cms.Score
    ours_ms: list = field(default_factory=list)      # CPU ms per article page
    traf_f1: list = field(default_factory=list)
    traf_none: int = 0
    traf_ms: list = field(default_factory=list)
    traf_available: bool = True
    next_run: object = None                          # Score of the runs after the first (site model learnt)


def _cpu_ms(fn, *args, **kwargs):
    start = time.process_time()
    out = fn(*args, **kwargs)
    return out, (time.process_time() - start) * 1000


def _best_ms(pages: list, extractors: list) -> list[list[float]]:
    """CPU ms of each extractor on each page: the best of REPEATS runs, the extractors taking turns
    page by page, so that a slower spell of this shared machine falls on both alike."""
    best = [[float("inf")] * len(pages) for _ in extractors]
    for _ in range(REPEATS):
        for index, (want, html) in enumerate(pages):
            for times, extract in zip(best, extractors):
                times[index] = min(times[index], _cpu_ms(extract, html, want["url"])[1])
    return best


def score_real_capture(capture: Path) -> RealResult:
    """tests/real_cms.score_capture, then trafilatura on the same article pages; then both timed."""
    from tests import real_cms
    from tests.fixtures.replay import ReplayServer

    with ReplayServer(capture) as site:      # the pages and truth, once, for trafilatura and the timings
        wanted = [w for w in site.truth["articles"] if w.get("captured", True)]
        pages = [(w, site.page(w["url"])) for w in wanted]
    result = RealResult(real_cms.capture_name(capture), real_cms.score_capture(capture),
                        next_run=real_cms.score_capture(capture, next_run=True))
    ours = lambda html, url: real_cms.extract_article(html, url)   # noqa: E731  (the first run: no site model)
    try:
        import trafilatura
    except Exception:  # noqa: BLE001
        result.traf_available = False
        result.ours_ms = _best_ms(pages, [ours])[0]
        return result
    for name in ("trafilatura", "htmldate", "courlan", "justext"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
    traf = lambda html, url: trafilatura.extract(html, url=url, output_format="txt", include_comments=False)  # noqa: E731
    for want, html in pages:
        text = traf(html, want["url"])
        result.traf_none += text is None
        result.traf_f1.append(real_cms.word_f1(text or "", want["body_text"]))
    result.ours_ms, result.traf_ms = _best_ms(pages, [ours, traf])
    return result


def _pool(name: str, results: list[RealResult]) -> dict:
    scores = [r.score for r in results]
    articles = sum(s.articles for s in scores)
    fields = lambda key: sum(s.fields.get(key, 0) for s in scores)
    f1 = [v for s in scores for v in s.f1]
    traf_f1 = [v for r in results for v in r.traf_f1]
    ours_ms = [v for r in results for v in r.ours_ms]
    traf_ms = [v for r in results for v in r.traf_ms]
    return {
        "capture": name,
        "articles": articles,
        "f1_ours": statistics.fmean(f1) if f1 else None,
        "f1_traf": statistics.fmean(traf_f1) if traf_f1 and all(r.traf_available for r in results) else None,
        "exact_bodies": sum(s.exact_bodies for s in scores),
        "title": fields("title") / articles if articles else None,
        "published_day": fields("published_day") / articles if articles else None,
        "published_day_next": sum(r.next_run.fields.get("published_day", 0) for r in results) / articles
        if articles and all(r.next_run is not None for r in results) else None,
        "category": fields("category") / articles if articles else None,
        "images_found": sum(s.images_found for s in scores),
        "images_expected": sum(s.images_expected for s in scores),
        "listings": sum(s.listings for s in scores),
        "listings_taken": sum(len(s.listings_taken) for s in scores),
        "none_ours": sum(len(s.none) for s in scores),
        "none_traf": sum(r.traf_none for r in results) if all(r.traf_available for r in results) else None,
        "ms_ours": (statistics.median(ours_ms), percentile(ours_ms, 0.95)) if ours_ms else None,
        "ms_traf": (statistics.median(traf_ms), percentile(traf_ms, 0.95)) if traf_ms else None,
        "none_urls": [u for s in scores for u in s.none],
        "listings_taken_urls": [u for s in scores for u in s.listings_taken],
    }


def real_rows(results: list[RealResult]) -> list[dict]:
    rows = [_pool(r.name, [r]) for r in results]
    generic = [r for r in results if r.name.startswith("generic/")]
    if generic:
        rows.append(_pool(f"generic, all {len(generic)}", generic))
    if len(results) > 1:
        rows.append(_pool("ALL real", results))
    return rows


def format_real_table(rows: list[dict]) -> str:
    def ms(pair):
        return "n/a" if pair is None else f"{pair[0]:.1f} / {pair[1]:.1f}"

    def share(got, of):
        return f"{got}/{of}" + (f" ({got / of:.2f})" if of else "")

    header = ["capture", "articles", "F1 ours", "F1 traf", "exact bodies", "title", "date (day)",
              "date, next run", "category",
              "images (originals)", "listings taken", "None ours", "None traf", "CPU ms ours med / p95",
              "CPU ms traf med / p95"]
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" if i == 0 else "---:" for i in range(len(header))) + "|"]
    for row in rows:
        bold = row["capture"].startswith(("generic, all", "ALL"))
        name = f"**{row['capture']}**" if bold else row["capture"]
        cells = [name, str(row["articles"]), fmt(row["f1_ours"]), fmt(row["f1_traf"]),
                 share(row["exact_bodies"], row["articles"]), fmt(row["title"], ".2f"), fmt(row["published_day"], ".2f"),
                 fmt(row["published_day_next"], ".2f"), fmt(row["category"], ".2f"), share(row["images_found"], row["images_expected"]),
                 share(row["listings_taken"], row["listings"]), str(row["none_ours"]),
                 "n/a" if row["none_traf"] is None else str(row["none_traf"]), ms(row["ms_ours"]), ms(row["ms_traf"])]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def run_real(patterns: list[str] | None) -> list[dict] | None:
    try:
        from tests.real_cms import CAPTURES, capture_name
    except Exception as exc:  # noqa: BLE001 - the corpus report still runs
        print(f"bench.extraction: real captures unavailable (tests.real_cms could not be imported: "
              f"{type(exc).__name__}: {exc})")
        return None
    captures = [c for c in CAPTURES if not patterns or any(p in capture_name(c) for p in patterns)]
    if not captures:
        print("bench.extraction: no real capture matched" + (f" {', '.join(patterns)}" if patterns else ""))
        return None
    results = []
    for capture in captures:
        try:
            results.append(score_real_capture(capture))
        except Exception as exc:  # noqa: BLE001 - a broken capture is reported, the others go on
            print(f"bench.extraction: {capture_name(capture)}: {type(exc).__name__}: {exc}")
            if "--traceback" in sys.argv:
                traceback.print_exc()
    if not results:
        return None
    rows = real_rows(results)
    print(f"\nReal captures (tests/fixtures/real/): {len(results)} captures, "
          f"{sum(r.score.articles for r in results)} article pages, {sum(r.score.listings for r in results)} listings; "
          "scored by tests/real_cms.py\n")
    print(format_real_table(rows))
    print("\nF1: mean word_f1 over a capture's articles (a None scores 0). title / date (day) / category: exact "
          "share of articles (ours); 'date, next run': the same with the site model a full sweep learns (its date "
          "order). images: truth image URLs (originals) among the article's images. listings "
          "taken: listing pages returned as an article. CPU ms: time.process_time per article page, best of 3, taking turns.")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.extraction", description=__doc__.split("\n\n")[0])
    parser.add_argument("--family", action="append", help="only this family (repeat or comma-separate)")
    parser.add_argument("--json", metavar="OUT", help="write the numbers (per family and per page) to this file")
    parser.add_argument("--show-failures", action="store_true", help="per-page token diffs for pages below F1 0.99")
    parser.add_argument("--real-only", action="store_true", help="only the real captures (tests/fixtures/real/)")
    parser.add_argument("--corpus-only", action="store_true", help="only the labelled corpus (bench/corpus/)")
    parser.add_argument("--capture", action="append", metavar="NAME",
                        help="real captures whose name (family/name) contains NAME (repeat for several)")
    parser.add_argument("--repeats", type=int, default=REPEATS, help=argparse.SUPPRESS)
    parser.add_argument("--traceback", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        return run(args)
    except Exception as exc:  # noqa: BLE001 - a report never fails the caller
        print(f"bench.extraction: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 0


def run(args) -> int:
    payload = {}
    if not args.real_only:
        payload = run_corpus(args)
    if not args.corpus_only:
        rows = run_real(args.capture)
        if rows is not None:
            payload["real"] = rows
    if args.json:
        Path(args.json).write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", "utf-8")
        print(f"\nwrote {args.json}")
    return 0


def run_corpus(args) -> dict:
    wanted = [f.strip() for arg in args.family or [] for f in arg.split(",") if f.strip()] or None
    pages = load_corpus(wanted)
    if not pages:
        print(f"bench.extraction: no corpus pages found under {CORPUS}"
              + (f" for family {', '.join(wanted)}" if wanted else ""))
        return {}
    families = sorted({p.family for p in pages}, key=lambda f: (f == "unknown", f))
    extractors = [ours_extractor(), trafilatura_extractor()]
    for ex in extractors:
        if not ex.available:
            print(f"bench.extraction: {ex.name} extractor unavailable "
                  f"({'crawler.extract.extract_article' if ex.name == 'ours' else 'trafilatura'} could not be imported: {ex.problem})")
        run_extractor(ex, pages, max(1, args.repeats))
    scored = {ex.name: {p.id: page_scores(p, ex.results[p.id]) for p in pages} if ex.available else {}
              for ex in extractors}
    summary = {}
    for family in families + ["ALL"]:
        subset = pages if family == "ALL" else [p for p in pages if p.family == family]
        summary[family] = {ex.name: summarize(subset, ex, scored[ex.name]) for ex in extractors}
    print(f"Extraction benchmark: {len(pages)} pages, {len(families)} families; best of {max(1, args.repeats)} timed runs\n")
    print_table(summary, families)
    for ex in extractors:
        errors = [p.id for p in pages if ex.available and scored[ex.name][p.id]["error"]]
        if errors:
            print(f"{ex.name}: {len(errors)} page(s) failed or returned None: {', '.join(errors[:8])}"
                  + (" …" if len(errors) > 8 else ""))
    if args.show_failures:
        for ex in extractors:
            if ex.name == "ours" or not extractors[0].available:
                show_failures(pages, ex, scored[ex.name])
    return {
        "corpus": str(CORPUS),
        "pages": len(pages),
        "repeats": max(1, args.repeats),
        "families": summary,
        "per_page": {
            p.id: {
                ex.name: dict(scored[ex.name][p.id], ms=ex.ms.get(p.id)) for ex in extractors if ex.available
            } for p in pages
        },
    }


if __name__ == "__main__":
    sys.exit(main())
