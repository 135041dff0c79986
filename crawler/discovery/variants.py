"""URL variants learnt per site (the "DUST" problem: different URLs, same text).

A page's canonical link says which URL it really has. When a fetched URL and its canonical differ
by a rule that can be applied to other URLs — a trailing slash, an `index.php/` prefix, letter
case, a query parameter the site ignores — the site is taught that rule, and later links are
rewritten by it before they are requested: one request per page, not one per spelling (and a
stalling spelling costs nothing once the rule is known).

A rule about a query parameter needs two pages that show it (one page can canonicalise a single
odd URL), and pager parameters are never dropped.
"""

from __future__ import annotations

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from .scope import PAGER_KEYS
from .urls import canonical_url

SLASH, NO_SLASH, NO_INDEX_PHP, LOWER_CASE = "strip trailing slash", "add trailing slash", "no index.php", "lower case"
PARAMETER_EVIDENCE = 2


def _rules_between(fetched: str, canonical: str) -> list[str]:
    """The rules that turn `fetched` into `canonical` (same host), or [] when none does."""
    a, b = urlsplit(fetched), urlsplit(canonical)
    if a.netloc != b.netloc or a == b:
        return []
    rules = []
    path = a.path
    if path.startswith("/index.php/") and not b.path.startswith("/index.php/"):
        rules.append(NO_INDEX_PHP)
        path = path[len("/index.php"):]
    if path != b.path and path.lower() == b.path.lower() and b.path == b.path.lower():
        rules.append(LOWER_CASE)
        path = path.lower()
    if path != b.path and path.rstrip("/") == b.path.rstrip("/") and path not in ("", "/"):
        rules.append(SLASH if path.endswith("/") else NO_SLASH)
        path = b.path
    if path != b.path:
        return []
    dropped = set(dict(parse_qsl(a.query, keep_blank_values=True))) - set(dict(parse_qsl(b.query, keep_blank_values=True)))
    kept_same = all(item in parse_qsl(a.query, keep_blank_values=True) for item in parse_qsl(b.query, keep_blank_values=True))
    if not kept_same or dropped & PAGER_KEYS:
        return []
    return rules + [f"drop {key}" for key in sorted(dropped)]


def spellings(url: str) -> set[str]:
    """Other spellings a URL may have on a site that does not tell them apart: with or without its
    trailing slash, without `index.php/`, in lower case."""
    parts = urlsplit(url)
    path = parts.path
    paths = {path.rstrip("/") if path.endswith("/") and path != "/" else path + "/", path.lower()}
    if path.startswith("/index.php/"):
        paths.add(path[len("/index.php"):])
    return {urlunsplit(parts._replace(path=p)) for p in paths if p and p != path}


class SiteVariants:
    """The URL-variant rules one site has shown, and their application to its links."""

    def __init__(self) -> None:
        self.rules: set[str] = set()
        self._parameter_evidence: dict[str, int] = {}

    def learn(self, fetched: str, canonical: str) -> list[str]:
        """Learn from a page fetched at `fetched` whose canonical is `canonical`; the new rules."""
        new = []
        for rule in _rules_between(fetched, canonical):
            if rule.startswith("drop "):
                self._parameter_evidence[rule] = self._parameter_evidence.get(rule, 0) + 1
                if self._parameter_evidence[rule] < PARAMETER_EVIDENCE:
                    continue
            if rule not in self.rules:
                self.rules.add(rule)
                new.append(rule)
        return new

    def normalize(self, url: str) -> str:
        if not self.rules:
            return url
        parts = urlsplit(url)
        path, query = parts.path, parts.query
        if NO_INDEX_PHP in self.rules and path.startswith("/index.php/"):
            path = path[len("/index.php"):]
        if LOWER_CASE in self.rules:
            path = path.lower()
        if SLASH in self.rules and path.endswith("/") and path != "/":
            path = path.rstrip("/")
        elif NO_SLASH in self.rules and not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]:
            path += "/"
        dropped = {rule[len("drop "):] for rule in self.rules if rule.startswith("drop ")}
        if dropped and query:
            query = urlencode([(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if k not in dropped])
        normalized = urlunsplit((parts.scheme, parts.netloc, path, query, parts.fragment))
        return url if normalized == url else canonical_url(normalized)
