"""URL variants learnt per site (crawler/discovery/variants.py): a rule is learnt from a page's
canonical link and applied to the site's later links; one odd page does not teach a parameter
rule, and pager parameters are never dropped."""

from __future__ import annotations

from crawler.discovery.variants import SiteVariants

SITE = "http://127.0.0.1:8000"


def test_trailing_slash():
    variants = SiteVariants()
    assert variants.normalize(f"{SITE}/tin-tuc/bai-2/") == f"{SITE}/tin-tuc/bai-2/"
    assert variants.learn(f"{SITE}/tin-tuc/bai-1/", f"{SITE}/tin-tuc/bai-1") == ["strip trailing slash"]
    assert variants.normalize(f"{SITE}/tin-tuc/bai-2/") == f"{SITE}/tin-tuc/bai-2"
    assert variants.normalize(f"{SITE}/") == f"{SITE}/"
    assert variants.learn(f"{SITE}/tin-tuc/bai-3/", f"{SITE}/tin-tuc/bai-3") == [], "learnt once"


def test_adding_a_slash_leaves_files_alone():
    variants = SiteVariants()
    variants.learn(f"{SITE}/gioi-thieu", f"{SITE}/gioi-thieu/")
    assert variants.normalize(f"{SITE}/lien-he") == f"{SITE}/lien-he/"
    assert variants.normalize(f"{SITE}/files/a.pdf") == f"{SITE}/files/a.pdf"


def test_index_php_and_letter_case():
    variants = SiteVariants()
    assert variants.learn(f"{SITE}/index.php/Tin-Tuc/Bai-1", f"{SITE}/tin-tuc/bai-1") == ["no index.php", "lower case"]
    assert variants.normalize(f"{SITE}/index.php/Thong-Bao") == f"{SITE}/thong-bao"


def test_a_parameter_rule_needs_two_pages_and_never_drops_the_pager():
    variants = SiteVariants()
    assert variants.learn(f"{SITE}/bai-1?ref=home", f"{SITE}/bai-1") == []
    assert variants.normalize(f"{SITE}/bai-9?ref=home") == f"{SITE}/bai-9?ref=home"
    assert variants.learn(f"{SITE}/bai-2?ref=home", f"{SITE}/bai-2") == ["drop ref"]
    assert variants.normalize(f"{SITE}/bai-9?ref=home&id=3") == f"{SITE}/bai-9?id=3"
    for _ in range(3):
        assert variants.learn(f"{SITE}/tin-tuc?page=2", f"{SITE}/tin-tuc") == []
    assert variants.normalize(f"{SITE}/tin-tuc?page=3") == f"{SITE}/tin-tuc?page=3"


def test_unrelated_canonicals_teach_nothing():
    variants = SiteVariants()
    assert variants.learn(f"{SITE}/bai-1", f"{SITE}/") == []
    assert variants.learn(f"{SITE}/bai-1", f"{SITE}/bai-khac") == []
    assert variants.learn(f"{SITE}/bai-1", "http://other.vn/bai-1") == []
    assert not variants.rules
