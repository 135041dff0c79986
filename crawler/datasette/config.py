"""The browsing configuration and the attached databases it applies to.

`metadata.yml` is ordinary Datasette metadata written for a database named `archive` (the default
`./archive.db`), so `datasette archive.db --metadata crawler/datasette/metadata.yml` works on its own.
Archives have other file names too (`xa.db`, several portals side by side), so the plugin applies
that `archive` section to every attached database that *is* an archive — recognised by its tables,
not its name — and fills in each archive's source (the portal) from its own `sites` table.
Metadata passed with `--metadata` still wins: Datasette merges plugin metadata under it.
"""

from __future__ import annotations

import copy
import json
import weakref
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

PACKAGE_DIR = Path(__file__).resolve().parent
METADATA_FILE = PACKAGE_DIR / "metadata.yml"
TEMPLATES_DIR = PACKAGE_DIR / "templates"
STATIC_DIR = PACKAGE_DIR / "static"

#: The database section of metadata.yml that describes an archive, whatever its file is called.
ARCHIVE_SECTION = "archive"
#: Tables that make a database an archive (docs/conventions.md §2).
ARCHIVE_TABLES = frozenset({"sites", "articles", "articles_fts", "images", "article_images"})


@dataclass(frozen=True)
class ArchiveInfo:
    """One attached archive and the portal(s) it was crawled from."""

    name: str
    source: str | None = None
    source_url: str | None = None


# Per Datasette instance (tests run several in one process): database name -> ArchiveInfo, and
# the metadata built for those archives, as JSON.
_archives: weakref.WeakKeyDictionary[object, dict[str, ArchiveInfo]] = weakref.WeakKeyDictionary()
_metadata_json: weakref.WeakKeyDictionary[object, str] = weakref.WeakKeyDictionary()


@lru_cache(maxsize=1)
def packaged_metadata() -> dict:
    with open(METADATA_FILE, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


async def discover_archives(datasette) -> dict[str, ArchiveInfo]:
    """Find the attached archives (run at startup; the schema of an archive does not change)."""
    found: dict[str, ArchiveInfo] = {}
    for name, db in datasette.databases.items():
        if name == "_internal":
            continue
        if ARCHIVE_TABLES <= set(await db.table_names()):
            found[name] = await _archive_info(name, db)
    _archives[datasette] = found
    _metadata_json.pop(datasette, None)
    return found


async def _archive_info(name: str, db) -> ArchiveInfo:
    sites = (await db.execute(
        "select host, name, start_url from sites order by first_crawled, host"
    )).rows
    if not sites:
        return ArchiveInfo(name)
    if len(sites) == 1:
        host, title, start_url = sites[0]
        return ArchiveInfo(name, source=title or host, source_url=start_url or f"https://{host}/")
    titles = ", ".join(row["name"] or row["host"] for row in sites)
    return ArchiveInfo(name, source=f"{len(sites)} cổng thông tin: {titles}")


def archives(datasette) -> dict[str, ArchiveInfo]:
    return _archives.get(datasette, {})


def is_archive(datasette, database: str | None) -> bool:
    return database is not None and database in archives(datasette)


def metadata_for(datasette) -> dict:
    """The packaged metadata with its `archive` section applied to every attached archive.

    A fresh copy every time, since Datasette merges other metadata into what plugins return, in
    place; Datasette asks dozens of times per page, so the copy is parsed from cached JSON.
    """
    cached = _metadata_json.get(datasette)
    if cached is None:
        cached = _metadata_json[datasette] = json.dumps(build_metadata(archives(datasette), path=datasette.urls.path))
    return json.loads(cached)


# The front page's words for the reader's pages become links to the first archive's pages.
FRONT_PAGE_LINKS = {"articles": "/{db}/articles", "search": "/{db}/-/search", "portals": "/{db}/-/portals",
                    "images": "/{db}/-/images"}


def build_metadata(found: dict[str, ArchiveInfo], path=lambda p: p) -> dict:
    metadata = copy.deepcopy(packaged_metadata())
    if found and metadata.get("description_html"):
        first = next(iter(found))
        for word, target in FRONT_PAGE_LINKS.items():
            metadata["description_html"] = metadata["description_html"].replace(
                f"<strong>{word}</strong>", f'<a href="{path(target.format(db=first))}"><strong>{word}</strong></a>')
    databases = metadata.get("databases") or {}
    section = databases.pop(ARCHIVE_SECTION, {})
    if len(found) == 1:
        # Table pages inherit source from the instance, not the database: name the portal there too.
        (info,) = found.values()
        metadata.update({key: value for key, value in
                         (("source", info.source), ("source_url", info.source_url)) if value})
    for name, info in found.items():
        archive_metadata = copy.deepcopy(section)
        if info.source:
            archive_metadata["source"] = info.source
        if info.source_url:
            archive_metadata["source_url"] = info.source_url
        databases[name] = archive_metadata
    metadata["databases"] = databases
    return metadata
