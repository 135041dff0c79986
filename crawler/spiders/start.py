"""What the spider is started with: the portals (`-a start_url=`, `-a sites=`) and flags, validated
into one clear line for the user when they are wrong; the failures that mean a portal cannot be
reached at all."""

from __future__ import annotations

import difflib
import os
import shutil
import sys
from pathlib import Path

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
)

from .registry import Portal, RegistryError, read_registry, start_url_of

UNREACHABLE = (CannotResolveHostError, DownloadConnectionRefusedError, DownloadTimeoutError, DownloadFailedError)
UNREACHABLE_REASONS = {
    "CannotResolveHostError": "DNS lookup failed",
    "DownloadConnectionRefusedError": "connection refused",
    "DownloadTimeoutError": "timed out",
    "DownloadFailedError": "connection failed: TLS or protocol error",
}


class StartError(ValueError):
    """A bad `-a` value. The message is the one line the user sees."""


TRUE, FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off")
SPIDER_ARGUMENTS = ("start_url", "sites", "source", "full", "all_captures", "from", "until")


def boolean(name: str, value) -> bool:
    """A `-a name=value` flag: 1/0, true/false, yes/no, on/off; anything else is refused."""
    word = str(value).strip().lower()
    if word in TRUE:
        return True
    if word in FALSE:
        return False
    raise StartError(f"-a {name}={value}: expected 1 or 0 (true/false, yes/no, on/off)")


def refuse_unknown(arguments: dict) -> None:
    """A misspelt `-a` name would otherwise be ignored and the default portal crawled. Names that
    start with `_` are the scheduler's (scrapyd's `_job`)."""
    for name in arguments:
        if name not in SPIDER_ARGUMENTS and not name.startswith("_"):
            close = difflib.get_close_matches(name, SPIDER_ARGUMENTS, n=1)
            hint = f"; did you mean -a {close[0]}=…?" if close else ""
            raise StartError(f"-a {name}: unknown argument (known: {', '.join(SPIDER_ARGUMENTS)}){hint}")


def crawl_command() -> str:
    """The crawl command as the user runs it, for the hints in errors and logs."""
    named = os.environ.get("COMMUNE_ARCHIVE_CRAWL")     # set by `commune-archive crawl` (crawler/cli.py)
    if named:
        return named
    program = sys.argv[0] if sys.argv and sys.argv[0] else "scrapy"
    if program.endswith("__main__.py"):            # python -m scrapy
        return f"{sys.executable} -m scrapy crawl portal"
    if shutil.which(os.path.basename(program)) == os.path.abspath(program):
        program = os.path.basename(program)         # on PATH: as typed
    return f"{program} crawl portal"


def parse_start_urls(start_url: str | None, sites: str | None, default: str) -> list[Portal]:
    """The portals to crawl, validated: `-a start_url=A,B`, and `-a sites=FILE` (a registry CSV or
    one URL a line: crawler/spiders/registry.py). Each portal once, in the order given."""
    portals: list[Portal] = []
    if sites:
        path = Path(sites)
        if not path.is_file():
            raise StartError(f"-a sites={sites}: no such file")
        try:
            portals += read_registry(path)
        except RegistryError as error:
            raise StartError(str(error)) from None
    raw = [part.strip() for part in (start_url or "").split(",") if part.strip()]
    if not raw and not portals:
        raw = [default]
    for value in raw:
        url = start_url_of(value) if "://" in value else None
        if url is None:
            raise StartError(f"invalid start URL {value!r}: expected an http(s) URL such as https://vinhtrach.angiang.gov.vn/")
        portals.append(Portal(start_url=url))
    unique: dict[str, Portal] = {}
    for portal in portals:
        unique.setdefault(portal.start_url, portal)
    return list(unique.values())
