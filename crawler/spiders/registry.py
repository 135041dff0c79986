"""The portal registry: `-a sites=FILE`, the portals of a province (or a nation) in one CSV file.

    host,name,province,status,source
    vinhte.chaudoc.angiang.gov.vn,Xã Vĩnh Tế,An Giang,retired,wayback
    https://vinhtrach.angiang.gov.vn/,Xã Vĩnh Trạch,An Giang,live,live

A header row names the columns (any order; `host` is required, the others may be left out or
empty). `host` is a host name or a whole start URL (https is assumed for a bare host). `status` is
what the portal is today: `live`, or `retired` (closed in a merger). `source` is where its pages
come from: `live` (the portal itself) or `wayback` (the Wayback Machine's captures); it defaults to
`wayback` for a retired portal and `live` otherwise. A retired portal crawled live is refused: its
host answers nothing or another site.

A file without that header is the older plain list: one start URL a line, `#` comments.
Every error names the file, the line and what was expected, in one line.
"""

from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from ..discovery.urls import canonical_url

COLUMNS = ("host", "name", "province", "status", "source")
STATUSES = ("live", "retired")
SOURCES = ("live", "wayback")


class RegistryError(ValueError):
    """A registry that cannot be read; the message is the one line the user sees."""


@dataclass(frozen=True)
class Portal:
    start_url: str
    name: str | None = None
    province: str | None = None
    status: str = "live"
    source: str | None = None      # None: the crawl's own `-a source` (a plain URL list)


def start_url_of(value: str) -> str | None:
    """The canonical start URL of a host or URL as written, or None if it is neither."""
    value = value.strip()
    if "://" not in value:
        value = f"https://{value}"
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname or " " in value:
        return None
    return canonical_url(value if parts.path else value + "/")


def read_registry(path: Path) -> list[Portal]:
    """The portals of a sites file, registry CSV or plain list, in file order, each once."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise RegistryError(f"-a sites={path}: not UTF-8 text") from None
    lines = text.splitlines()
    first = next((line for line in lines if line.strip() and not line.lstrip().startswith("#")), "")
    header = [cell.strip().lower() for cell in next(csv.reader([first]))] if first else []
    portals = _read_csv(path, lines) if "host" in header else _read_plain(path, lines)
    unique: dict[str, Portal] = {}
    for portal in portals:
        unique.setdefault(portal.start_url, portal)
    return list(unique.values())


def _read_plain(path: Path, lines: list[str]) -> list[Portal]:
    portals = []
    for number, line in enumerate(lines, 1):
        value = line.strip()
        if not value or value.startswith("#"):
            continue
        url = start_url_of(value)
        if url is None or "://" not in value:
            raise RegistryError(f"{path}:{number}: invalid start URL {value!r}: expected an http(s) URL "
                                "such as https://vinhtrach.angiang.gov.vn/ (or a CSV registry with a host column)")
        portals.append(Portal(start_url=url))
    return portals


def _read_csv(path: Path, lines: list[str]) -> list[Portal]:
    rows = [(number, line) for number, line in enumerate(lines, 1) if line.strip() and not line.lstrip().startswith("#")]
    reader = csv.reader([line for _, line in rows])
    header = [cell.strip().lower() for cell in next(reader)]
    unknown = [name for name in header if name not in COLUMNS]
    if unknown:
        raise RegistryError(f"{path}:{rows[0][0]}: unknown column {unknown[0]!r} (columns: {', '.join(COLUMNS)})")
    portals = []
    for (number, _line), cells in zip(rows[1:], reader):
        if len(cells) > len(header):
            raise RegistryError(f"{path}:{number}: {len(cells)} fields, the header names {len(header)} "
                                "(quote a name that holds a comma)")
        row = {name: _nfc(cell) for name, cell in zip(header, cells)}
        portals.append(_portal(path, number, row))
    if not portals:
        raise RegistryError(f"{path}: a header and no portal")
    return portals


def _portal(path: Path, number: int, row: dict[str, str]) -> Portal:
    where = f"{path}:{number}"
    url = start_url_of(row.get("host", ""))
    if url is None:
        raise RegistryError(f"{where}: host {row.get('host', '')!r} is not a host name or an http(s) URL")
    status = (row.get("status") or "live").lower()
    if status not in STATUSES:
        raise RegistryError(f"{where}: status {row['status']!r}: expected {' or '.join(STATUSES)}")
    source = (row.get("source") or ("wayback" if status == "retired" else "live")).lower()
    if source not in SOURCES:
        raise RegistryError(f"{where}: source {row['source']!r}: expected {' or '.join(SOURCES)}")
    if status == "retired" and source == "live":
        raise RegistryError(f"{where}: {url} is retired: it can only be recovered from the Wayback Machine "
                            "(source wayback)")
    return Portal(start_url=url, name=row.get("name") or None, province=row.get("province") or None,
                  status=status, source=source)


def _nfc(cell: str) -> str:
    return unicodedata.normalize("NFC", cell.strip())
