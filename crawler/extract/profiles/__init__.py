"""The layout profiles, most specific first. `detect` picks the one a page belongs to."""

from __future__ import annotations

from .base import Profile, Signature, css, select_all, select_first
from .drupal import DRUPAL_CORE, GAVIAS_VINOR

PROFILES: tuple[Profile, ...] = (GAVIAS_VINOR, DRUPAL_CORE)


def detect(doc, generator: str, url: str) -> Profile | None:
    for profile in PROFILES:
        if profile.matches(doc, generator, url):
            return profile
    return None


__all__ = ["PROFILES", "Profile", "Signature", "css", "detect", "select_all", "select_first"]
