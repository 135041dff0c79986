"""`commune-archive`: the project's commands, from any folder (installed with the project).

    commune-archive crawl [-a start_url=URL] [-a …] [-s NAME=VALUE]   scrapy crawl portal, into ./archive.db
    commune-archive browse [archive.db] [datasette options]           read it in Datasette
    commune-archive export archive.db out.warc.gz [--wacz out.wacz]   WARC/WACZ of the captures
    commune-archive import crawl.warc.gz [--archive archive.db]        archive a WARC's pages
    commune-archive reextract archive.db [--site HOST]                 today's extractor over the captures
    commune-archive merge archive.db part.db [part.db …]              fold part archives into one

`crawl` is `scrapy crawl portal` with the project's settings named (SCRAPY_SETTINGS_MODULE), so it
needs no scrapy.cfg in the current folder; relative paths (the default ./archive.db) are the
current folder's.
"""

from __future__ import annotations

import os
import sys

PROGRAM = "commune-archive"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if not argv or argv[0] in ("-h", "--help", "help"):
        print(__doc__.strip())
        return 0
    command, rest = argv[0], argv[1:]
    if command == "crawl":
        os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
        # Hints in errors and logs name the command as typed here (crawler/spiders/start.py).
        os.environ["COMMUNE_ARCHIVE_CRAWL"] = f"{PROGRAM} crawl"
        from scrapy.cmdline import execute

        execute([PROGRAM, "crawl", "portal", *rest])
        return 0
    if command == "browse":
        from .browse import main as browse

        return browse(rest)
    if command in ("export", "import"):
        from .warc.__main__ import main as warc

        return warc([command, *rest])
    if command == "reextract":
        from .reextract import main as reextract

        return reextract(rest)
    if command == "merge":
        from .archive.merge import main as merge

        return merge(rest, prog=f"{PROGRAM} merge")
    print(f"{PROGRAM}: unknown command {command!r} (crawl, browse, export, import, reextract, merge; --help)", file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
