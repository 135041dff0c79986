"""Scoring the extractor against pages rendered by real CMSs (tests/fixtures/real/), field by field
against the truth taken from each CMS's database. Used by tests/test_real_cms.py (the floors) and
bench/extraction.py (the table)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from crawler.extract import (SiteModel, SiteModelLearner, detect_profile, extract_article, extract_document,
                             page_blocks, parse_document)
from tests.fixtures.replay import REAL, ReplayServer

# Whole captures; `<name>-after` folders are later states of one (deltas, served over it).
CAPTURES = sorted(path.parent for path in REAL.glob("*/*/truth.json") if not path.parent.name.endswith("-after"))
# WordPress's wptexturize prints a term's " - " as " – " and straight quotes as curly ones in some
# themes: the same category, as the page shows it (truth has the name as stored).
_TYPOGRAPHY = str.maketrans({"–": "-", "—": "-", "“": '"', "”": '"', "‘": "'", "’": "'"})


def _term(value: str | None) -> str | None:
    return value.translate(_TYPOGRAPHY) if value else None


def capture_name(capture: Path) -> str:
    return f"{capture.parent.name}/{capture.name}"


def word_f1(got: str, want: str) -> float:
    """Bag-of-words F1 of two texts (the measure of article-extraction benchmarks)."""
    got_words, want_words = got.split(), want.split()
    if not got_words or not want_words:
        return float(got_words == want_words)
    counts: dict[str, int] = {}
    for word in want_words:
        counts[word] = counts.get(word, 0) + 1
    common = 0
    for word in got_words:
        if counts.get(word, 0) > 0:
            counts[word] -= 1
            common += 1
    if not common:
        return 0.0
    precision, recall = common / len(got_words), common / len(want_words)
    return 2 * precision * recall / (precision + recall)


@dataclass
class Score:
    articles: int = 0
    none: list[str] = field(default_factory=list)            # real articles returned as "not an article"
    f1: list[float] = field(default_factory=list)
    exact_bodies: int = 0
    fields: dict[str, int] = field(default_factory=dict)      # field -> articles where it is exact
    images_expected: int = 0
    images_found: int = 0                                     # original URLs found, in any order
    listings: int = 0
    listings_taken: list[str] = field(default_factory=list)   # listings returned as articles

    def exact(self, name: str) -> float:
        return self.fields.get(name, 0) / self.articles if self.articles else 0.0

    @property
    def mean_f1(self) -> float:
        return sum(self.f1) / len(self.f1) if self.f1 else 0.0


def _day(value: str | None) -> str | None:
    return value[:10] if value else None


def learnt_model(site: ReplayServer) -> SiteModel:
    """The site's model as a full sweep of the capture learns it (the clean pipeline's steps: the
    blocks of pages no profile knows, the date order of the articles): what the next run uses."""
    learner = SiteModelLearner()
    for path, entry in site.manifest.items():
        if entry.get("status") != 200 or "html" not in entry.get("headers", {}).get("Content-Type", ""):
            continue
        url = site.base_url + path
        doc = parse_document(site.page(url))
        if doc is None:
            continue
        profile = detect_profile(doc, url)
        if profile is None:
            learner.add(page_blocks(doc))
        article = extract_document(doc, url, profile=profile)
        if article is not None and article.date_order:
            learner.add_date_order(article.date_order)
    return learner.model()


def score_capture(capture: Path, *, next_run: bool = False) -> Score:
    """The extractor's scores on a capture, as a first crawl of the site cleans it, or with
    `next_run` as the runs after it do (with the model the first one learnt)."""
    score = Score()
    with ReplayServer(capture) as site:
        truth = site.truth
        model = learnt_model(site) if next_run else None
        for want in truth["articles"]:
            if not want.get("captured", True):
                continue
            score.articles += 1
            article = extract_article(site.page(want["url"]), want["url"], site_model=model)
            if article is None:
                score.none.append(want["url"])
                score.f1.append(0.0)
                continue
            score.f1.append(word_f1(article.body_text, want["body_text"]))
            score.exact_bodies += article.body_text == want["body_text"]
            checks = {
                "title": article.title == want["title"],
                # pages (kind 'page') print no date on most CMSs: only articles are held to it
                "published_day": want.get("kind", "article") != "article"
                or _day(article.published) == _day(want.get("published")),
                "category": _term(article.category) == _term(want.get("category") or (want.get("categories") or [None])[0]),
                "categories": [_term(c) for c in article.categories] == [_term(c) for c in want.get("categories") or []]
                if want.get("kind", "article") == "article" else True,
                "tags": sorted(map(_term, article.tags)) == sorted(map(_term, want.get("tags") or [])),
                "author": (article.author or None) == (want.get("author") or None),
                "kind": article.kind == want.get("kind", "article"),
            }
            for name, ok in checks.items():
                score.fields[name] = score.fields.get(name, 0) + ok
            wanted = {image["url"] for image in want.get("images", [])}
            score.images_expected += len(wanted)
            score.images_found += len(wanted & {image.url for image in article.images})
        for listing in truth.get("listings", []):
            url = listing["url"] if isinstance(listing, dict) else listing
            path = url.replace(site.base_url, "", 1) or "/"
            if path not in site.manifest or site.manifest[path].get("status") != 200:
                continue
            score.listings += 1
            if extract_article(site.page(url), url, site_model=model) is not None:
                score.listings_taken.append(url)
    return score
