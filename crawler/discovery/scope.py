"""What the crawler never requests: traps that are endless, private or useless to an archive.

Login/logout/register, search, admin, print and share links, comment forms, calendars (endless
month links), feeds of comments, and CMS back-ends. Kept as data so that a new trap is one line.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlsplit

_TRAP_SEGMENTS = re.compile(
    r"(?:^|/)(?:user|users|admin|administrator|login|logout|signin|signup|register|dang-nhap|dang-xuat|"
    r"dang-ky|search|tim-kiem|timkiem|node/add|comment|comments/feed|print|printpdf|print-pdf|pdf-print|"
    r"share|sharer|filter/tips|calendar|lich|event-calendar|ical|wp-admin|wp-login\.php|xmlrpc\.php|"
    r"wp-json|cgi-bin|cart|checkout|sites/default/files/styles|core|modules|themes|profiles|cdn-cgi)"
    r"(?:/|$|\.php|\.aspx)",
    re.I,
)
_TRAP_LAST_SEGMENT = re.compile(r"/(?:print|pdf|share|edit|delete|revisions|feed/atom|trackback|embed)/?$", re.I)
_TRAP_QUERY_KEYS = frozenset(
    """destination keys search q s query print share replytocom action login logout tmpl format
    month year day date week calendar ical sort order dir orderby view_mode lang""".split()
)
_DATE_VALUE = re.compile(r"^\d{4}[-/]\d{1,2}([-/]\d{1,2})?$")
PAGER_KEYS = frozenset(("page", "paged", "pageindex", "p_page", "trang", "cur_page", "pageno"))
_PAGER_PATH = re.compile(r"/(?:page|trang)/\d+/?$", re.I)


def is_trap(url: str) -> bool:
    parts = urlsplit(url)
    path = parts.path
    if _TRAP_SEGMENTS.search(path) or _TRAP_LAST_SEGMENT.search(path):
        return True
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        lowered = key.lower()
        if lowered in _TRAP_QUERY_KEYS or _DATE_VALUE.match(value):
            return True
        if lowered == "q" or lowered.startswith("share"):
            return True
    return False


@lru_cache(maxsize=4096)  # pure; asked for every link of every page
def pager_number(url: str) -> int | None:
    """The page number a listing URL asks for (`?page=3`, `/page/3/`), or None."""
    parts = urlsplit(url)
    for key, value in parse_qsl(parts.query):
        if key.lower() in PAGER_KEYS and value.isdigit():
            return int(value)
    match = _PAGER_PATH.search(parts.path)
    if match:
        return int(re.sub(r"\D", "", match.group(0)))
    return None
