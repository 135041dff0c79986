"""What the crawler never requests: traps that are endless, private or useless to an archive.

By name (data below, Vietnamese and English: a new trap is one word): login/logout/register,
search, admin, print, share and send-to-a-friend endpoints, comment forms, calendars (endless month
links), feeds of comments, CMS back-ends. By behaviour: a link whose query carries a URL (plain or
percent-encoded) — share, redirect and "send this page" endpoints, whatever they are called.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlsplit

_TRAP_SEGMENTS = re.compile(
    r"(?:^|/)(?:user|users|admin|administrator|login|logout|signin|signup|register|dang-nhap|dang-xuat|"
    r"dang-ky|search|tim-kiem|timkiem|node/add|comment|comments/feed|print|printpdf|print-pdf|pdf-print|"
    r"share|sharer|chia-se|chiase|gui-ban-be|guibanbe|gui-email|gui-mail|guimail|send-to-friend|sendtofriend|"
    r"tell-a-friend|email-this|in-bai|inbai|in-trang|in-bai-viet|in-an|printer-friendly|savefile|sendmail|"
    r"filter/tips|calendar|lich|event-calendar|ical|wp-admin|wp-login\.php|xmlrpc\.php|"
    r"wp-json|cgi-bin|cart|checkout|sites/default/files/styles|core|modules|themes|profiles|cdn-cgi)"
    r"(?:/|$|\.php|\.aspx)",
    re.I,
)
_TRAP_LAST_SEGMENT = re.compile(
    r"/(?:print|pdf|share|chia-se|gui-ban-be|in|edit|delete|revisions|feed/atom|trackback|embed)/?$", re.I)
# A query value that is itself a URL: `?url=https%3A%2F%2F…`, `?u=//host/…`, `?link=http://…`.
_URL_VALUE = re.compile(r"^(?:https?:)?//|^https?%3a%2f%2f|^www\.", re.I)
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
        if lowered == "q" or lowered.startswith("share") or _URL_VALUE.match(value.strip()):
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


def listing_root(url: str) -> str:
    """A listing's URL without its page number: the pages of one pager share it."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k.lower() not in PAGER_KEYS]
    path = _PAGER_PATH.sub("/", parts.path)
    return parts._replace(path=path, query="&".join(f"{k}={v}" for k, v in query)).geturl()
