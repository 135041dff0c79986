"""`python -m crawler.warc export ARCHIVE OUT.warc.gz [--wacz OUT.wacz] [--site HOST]`
`python -m crawler.warc import WARC [WARC ...] [--archive ARCHIVE]`

Exit status 0, or 2 with one line on stderr (a missing file, an archive that cannot be opened or
is locked by a running crawl, a file that is not a WARC)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from warcio.exceptions import ArchiveLoadFailed

from ..archive import Archive, ArchiveError, ArchiveLock
from ..replay import ReplaySite, replay, setting_pairs
from .export import export
from .ingest import IngestSummary, ingest

EXIT_FAILED = 2


def run_export(args) -> str:
    if not args.archive.is_file():
        raise ArchiveError(f"no archive at {args.archive}")
    summary = export(args.archive, args.out, wacz_path=args.wacz, site=args.site)
    written = f"{args.out}" + (f" and {args.wacz}" if args.wacz else "")
    return (f"{written}: {summary.responses} responses, {summary.revisits} revisits, "
            f"{summary.pages} article pages")


def run_import(args) -> str:
    for path in args.warcs:
        if not path.is_file():
            raise ArchiveError(f"no such WARC file: {path}")
    summary = IngestSummary()
    lock = ArchiveLock(args.archive)
    lock.acquire()
    try:
        archive = Archive.open(args.archive)
        try:
            for path in args.warcs:
                with open(path, "rb") as stream:
                    read = summary.records
                    try:
                        ingest(archive, stream, summary)
                    except ArchiveLoadFailed as error:
                        raise ArchiveError(f"{path}: not a WARC file ({' '.join(str(error).split())[:120]})") from None
                    if summary.records == read:
                        raise ArchiveError(f"{path}: not a WARC file (no WARC record in it)")
        finally:
            archive.close()
    finally:
        lock.release()
    sites = [ReplaySite(start_url=url) for url in summary.hosts.values()]
    results = replay(args.archive, sites, keep_extraction=False, run_mode="warc-import",
                     settings={"LOG_LEVEL": args.log_level, **setting_pairs(args.set)})
    articles = sum(int(stats.get("archive/new", 0)) for stats in results)
    return (f"{args.archive}: {summary.responses} responses and {summary.revisits} revisits imported "
            f"({summary.skipped} already kept or unusable) from {len(summary.hosts)} site(s); {articles} new articles")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crawler.warc", description="WARC/WACZ export and import")
    commands = parser.add_subparsers(dest="command", required=True)
    out = commands.add_parser("export", help="write the archive's captures as WARC (and WACZ)")
    out.add_argument("archive", type=Path)
    out.add_argument("out", type=Path, help="the WARC file to write (.warc.gz: gzipped per record)")
    out.add_argument("--wacz", type=Path, help="also package it as this WACZ file")
    out.add_argument("--site", metavar="HOST", help="only this site's captures")
    into = commands.add_parser("import", help="archive the pages of WARC files, as if crawled")
    into.add_argument("warcs", type=Path, nargs="+", metavar="WARC")
    into.add_argument("--archive", type=Path, default=Path("archive.db"), help="the archive (default ./archive.db)")
    into.add_argument("--log-level", default="WARNING", help="Scrapy's log level for the replay (default WARNING)")
    into.add_argument("-s", "--set", action="append", metavar="NAME=VALUE", help="a Scrapy setting, as for scrapy crawl")
    args = parser.parse_args(argv)
    try:
        message = run_export(args) if args.command == "export" else run_import(args)
    except (ArchiveError, ValueError, RuntimeError, OSError) as error:
        print(f"error: {' '.join(str(error).split())}", file=sys.stderr)
        return EXIT_FAILED
    print(message)
    return 0


if __name__ == "__main__":
    sys.exit(main())
