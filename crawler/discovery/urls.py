"""URL identity and scope, shared by the extractor and the spider (no Scrapy here).

Two spellings of one resource must become one string: fragments, tracking and session parameters
are dropped, the query is sorted, the host lower-cased, default ports removed, unsafe characters
(spaces and brackets in Drupal file names) percent-encoded once. `scope_key` additionally folds
http/https and `www.` so that a portal reached both ways is one site.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from w3lib.url import canonicalize_url, safe_url_string

# Parameters that never change what a page shows: analytics and ad identifiers...
_NOISE_PARAMS = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|msclkid|yclid|_ga|_gl|mc_cid|mc_eid|zarsrc|zalo_\w+|s_cid|itok)$", re.I
)
# ...and session identifiers — but `sid` is also a real parameter (ASP.NET portals:
# Default.aspx?sname=…&sid=12&pageid=…), so a session key is dropped only when its value looks like
# a session token (long and opaque), never when it is a short number.
_SESSION_PARAMS = re.compile(r"^(sid|sessionid|session_id|phpsessid|jsessionid|cfid|cftoken|aspsessionid\w*)$", re.I)
_SESSION_VALUE = re.compile(r"^[A-Za-z0-9\-_.]{16,}$")
# `;jsessionid=...` path parameters (Java portals: WebSphere, Liferay).
_ENCODE_IN_PATH = str.maketrans({"(": "%28", ")": "%29", "!": "%21", "*": "%2A", "'": "%27"})
_PATH_SESSION = re.compile(r";(jsessionid|sessionid|sid)=[^/?#]*", re.I)
_WITH_HOST = re.compile(r"(?:[A-Za-z][A-Za-z0-9+.-]*:)?//[^/?#]")   # an href naming a host


def join_url(base: str, href: str) -> str:
    """`urljoin(base, href)` for a page's http(s) URL, remembered: a site's every page repeats its
    menus and sidebars. The key is what the result depends on: an href with a host, only the
    base's scheme; an href from the root, only the base's scheme and host; else the whole base."""
    scheme, separator, rest = base.partition("://")
    if scheme not in ("http", "https") or not separator:
        return urljoin(base, href)
    if _WITH_HOST.match(href):
        return _joined(scheme + "://", href)
    if href.startswith("/") and not href.startswith("//"):
        return _joined(scheme + "://" + rest.split("/", 1)[0], href)
    return urljoin(base, href)


@lru_cache(maxsize=16384)
def _joined(base: str, href: str) -> str:
    return urljoin(base, href)


def absolute_url(href: str | None, base: str) -> str | None:
    """An absolute http(s) URL from an href on a page, or None (mailto:, javascript:, empty)."""
    if not href:
        return None
    href = href.strip()
    if not href or href.startswith("#"):
        return None
    try:
        url = join_url(base, href)
        parts = urlsplit(url)
        parts.port      # a port that is no number ("http://host: text") is no URL
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    return url


@lru_cache(maxsize=16384)  # pure; every page repeats the same menu and sidebar links
def canonical_url(url: str, *, keep_params: frozenset[str] = frozenset()) -> str:
    """One spelling per resource (see module docstring). A URL w3lib cannot parse (a host it
    refuses) is kept as written: one spelling still, and no page is lost over a link."""
    try:
        return _canonical(url, keep_params)
    except ValueError:
        return url.strip()


def _canonical(url: str, keep_params: frozenset[str]) -> str:
    url = _PATH_SESSION.sub("", safe_url_string(url.strip()))
    parts = urlsplit(url)
    query = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if key in keep_params or not (_NOISE_PARAMS.match(key) or (_SESSION_PARAMS.match(key) and _SESSION_VALUE.match(value)))
    ]
    host = (parts.hostname or "").lower().rstrip(".")
    port = parts.port
    if port and not ((parts.scheme == "http" and port == 80) or (parts.scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    path = parts.path or "/"
    cleaned = urlunsplit((parts.scheme.lower(), host, path, urlencode(query), ""))
    canonical = urlsplit(canonicalize_url(cleaned, keep_fragments=False))
    # w3lib leaves sub-delimiters such as ( ) decoded; Drupal (rawurlencode) and most CMSs encode
    # them in file names. One spelling: encoded.
    return urlunsplit(canonical._replace(path=canonical.path.translate(_ENCODE_IN_PATH)))


def host_of(url: str) -> str:
    """The site key of a URL: host[:port], lower case, without `www.`."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower().rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    return f"{host}:{parts.port}" if parts.port and parts.port not in (80, 443) else host


def with_scheme(url: str, scheme: str) -> str:
    """The URL under the site's own scheme, so http:// and https:// links are one resource."""
    parts = urlsplit(url)
    return urlunsplit((scheme, parts.netloc, parts.path, parts.query, parts.fragment)) if parts.scheme != scheme else url
