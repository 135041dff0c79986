"""The layout profiles, most specific first. `detect` picks the one a page belongs to.

Adding a family: one module here with one `Profile`, listed in PROFILES, and its corpus pages under
bench/corpus/<family>/ (docs/extraction.md).
"""

from __future__ import annotations

from .aspnet import ASPNET
from .base import PageNames, Profile, Signature, css, select_all, select_first
from .drupal import DRUPAL_7, DRUPAL_CORE, GAVIAS_VINOR
from .liferay import LIFERAY
from .nukeviet import NUKEVIET
from .websphere import WEBSPHERE
from .wordpress import WORDPRESS

PROFILES: tuple[Profile, ...] = (GAVIAS_VINOR, DRUPAL_7, DRUPAL_CORE, WORDPRESS, NUKEVIET, LIFERAY, WEBSPHERE, ASPNET)


def detect(doc, generator: str, url: str, names: PageNames | None = None) -> Profile | None:
    names = names or PageNames(doc)
    for profile in PROFILES:
        if profile.matches(doc, generator, url, names):
            return profile
    return None


__all__ = ["PROFILES", "PageNames", "Profile", "Signature", "css", "detect", "select_all", "select_first"]
