"""Which file an `<img>` really shows: the original, not a resized derivative.

CMSs serve scaled copies under predictable names; the archive keeps the original whenever the
site serves it (docs/conventions.md §2). Each rule maps a derivative URL to its original:
  Drupal   /sites/default/files/styles/<style>/public/<path>?itok=…  →  /sites/default/files/<path>
  WordPress /wp-content/uploads/2024/03/x-300x200.jpg                 →  …/x.jpg
  NukeViet  /assets/news/2024_03/x.jpg (thumb)                        →  /uploads/news/2024_03/x.jpg
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit, urlunsplit

_DRUPAL_STYLE = re.compile(r"/styles/[^/]+/(public|private)/")
_WORDPRESS_SIZE = re.compile(r"(/wp-content/uploads/.+?)-\d{2,5}x\d{2,5}(\.[A-Za-z0-9]{3,4})$")
_NUKEVIET_THUMB = re.compile(r"^/assets/(news|[a-z-]+)/")


def original_image_url(url: str) -> str:
    parts = urlsplit(url)
    path, query = parts.path, parts.query
    if _DRUPAL_STYLE.search(path):
        path = _DRUPAL_STYLE.sub("/", path, count=1)
        query = "&".join(p for p in query.split("&") if p and not p.startswith("itok="))
    elif (match := _WORDPRESS_SIZE.search(path)) is not None:
        path = path[: match.start()] + match.group(1) + match.group(2)
    elif _NUKEVIET_THUMB.match(path) and "/news/" in path:
        path = _NUKEVIET_THUMB.sub(r"/uploads/\1/", path, count=1)
    return urlunsplit((parts.scheme, parts.netloc, path, query, ""))


_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|webp|avif|bmp|tiff?)$", re.I)


def linked_original(img) -> str | None:
    """The larger file of the same picture that an image links to: `<a href="x.jpg"><img
    src="x-300x200.jpg">` (WordPress "link to media file", Drupal image fields, lightboxes)."""
    parent = img.getparent()
    for ancestor in (parent, parent.getparent() if parent is not None else None):
        if ancestor is not None and ancestor.tag == "a":
            href = (ancestor.get("href") or "").strip()
            return href if _IMAGE_FILE.search(urlsplit(href).path) else None
    return None


def best_src(img) -> str | None:
    """The most complete source an `<img>` names: lazy-load attributes, then the largest srcset."""
    for attribute in ("data-original", "data-src", "data-lazy-src", "data-full-url", "src"):
        value = (img.get(attribute) or "").strip()
        if value and not value.startswith("data:"):
            return value
    srcset = img.get("srcset") or img.get("data-srcset")
    if srcset:
        candidates = [c.strip().split() for c in srcset.split(",") if c.strip()]
        if candidates:
            return max(candidates, key=lambda c: _srcset_width(c[1:]))[0]
    return None


def _srcset_width(descriptor: list[str]) -> float:
    if descriptor and descriptor[0][-1:] in ("w", "x"):
        try:
            return float(descriptor[0][:-1])
        except ValueError:
            return 0.0
    return 0.0
