"""Extraction per CMS family, against the labelled corpus in bench/corpus/ (see generate.py there).

For every family the extractor has a profile for (all but `unknown`), `extract_article(html, url)`
must return exactly the expected body_text, title, published, author and category. Pages of
`unknown` layouts must reach a body token F1 of at least 0.97 (the generic path).

These expectations are strict on purpose: a family whose profile is missing or incomplete fails
here until the extractor learns it. `python -m bench.extraction --show-failures` shows the diffs.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path

import pytest

CORPUS = Path(__file__).resolve().parent.parent / "bench" / "corpus"
GENERIC = "unknown"
MIN_PAGES = {"drupal_vinor": 12, "drupal_core": 8, "wordpress": 8, "nukeviet": 8, "liferay": 6, "websphere": 6,
             "aspnet": 6, "unknown": 10}
FIELDS = ("body_text", "title", "published", "author", "category")
SCHEMA = {"url", "title", "published", "author", "category", "body_text", "images", "kind"}


def _load():
    pages = []
    for html_path in sorted(CORPUS.glob("*/*.html")):
        json_path = html_path.with_suffix(".json")
        pages.append((html_path.parent.name, html_path.stem, html_path, json_path))
    return pages


PAGES = _load()
PROFILE_PAGES = [p for p in PAGES if p[0] != GENERIC]
GENERIC_PAGES = [p for p in PAGES if p[0] == GENERIC]


def _id(page):
    return f"{page[0]}/{page[1]}"


def _expected(page) -> dict:
    return json.loads(page[3].read_text("utf-8"))


def _field(result, name):
    if isinstance(result, Mapping):
        return result.get(name)
    return getattr(result, name, None)


def _as_text(value):
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    return value


def _tokens(text):
    return unicodedata.normalize("NFC", text or "").lower().split()


def _f1(expected, got) -> float:
    exp, out = Counter(_tokens(expected)), Counter(_tokens(got))
    overlap = sum((exp & out).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(out.values()), overlap / sum(exp.values())
    return 2 * precision * recall / (precision + recall)


_RESULTS: dict = {}


@pytest.fixture(scope="module")
def extract():
    from crawler.extract import extract_article

    def run(page):
        key = _id(page)
        if key not in _RESULTS:
            exp = _expected(page)
            _RESULTS[key] = extract_article(page[2].read_text("utf-8"), exp["url"])
        return _RESULTS[key]

    return run


# ------------------------------------------------------------------------------------------------
# the corpus itself
# ------------------------------------------------------------------------------------------------
def test_corpus_has_every_family():
    counts = Counter(p[0] for p in PAGES)
    for family, minimum in MIN_PAGES.items():
        assert counts[family] >= minimum, f"{family}: {counts[family]} pages, want >= {minimum}"
    assert len(PAGES) >= 70


@pytest.mark.parametrize("page", PAGES, ids=_id)
def test_corpus_expected_values_are_well_formed(page):
    exp = _expected(page)
    assert SCHEMA <= exp.keys()
    assert exp["kind"] in ("article", "page")
    body = exp["body_text"]
    assert body and body == unicodedata.normalize("NFC", body)
    for paragraph in body.split("\n\n"):
        assert paragraph.strip(), "empty paragraph"
        for line in paragraph.split("\n"):
            assert line == " ".join(line.split()), f"whitespace not collapsed: {line!r}"
    assert "\xa0" not in body and "  " not in body and "\n\n\n" not in body
    assert exp["title"] not in body.split("\n\n")
    if exp["published"] is not None:
        assert len(exp["published"]) == 10 or exp["published"].endswith("+07:00")
    for image in exp["images"]:
        assert image["url"].startswith(("http://", "https://"))
        assert not image.get("caption") or image["caption"] not in body


# ------------------------------------------------------------------------------------------------
# families with a profile: exact values
# ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("field", FIELDS)
@pytest.mark.parametrize("page", PROFILE_PAGES, ids=_id)
def test_profile_family_field_is_exact(extract, page, field):
    result = extract(page)
    assert result is not None, f"{_id(page)}: extract_article returned None for a {_expected(page)['kind']}"
    assert _as_text(_field(result, field)) == _expected(page)[field]


# ------------------------------------------------------------------------------------------------
# layouts no profile covers: the generic path keeps the text
# ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("page", GENERIC_PAGES, ids=_id)
def test_unknown_layout_body_token_f1(extract, page):
    result = extract(page)
    assert result is not None, f"{_id(page)}: extract_article returned None"
    f1 = _f1(_expected(page)["body_text"], _field(result, "body_text"))
    assert f1 >= 0.97, f"{_id(page)}: body token F1 {f1:.3f} < 0.97"
