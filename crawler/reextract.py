"""`python -m crawler.reextract archive.db [--site HOST]`: run today's extractor over the pages the
archive captured, without sending a request (crawler/replay.py).

An article whose extraction changes is updated, its earlier extraction kept as a revision marked
'reextraction' (the portal did not edit it); a page not taken for an article before and taken now
is added; the run is recorded in `crawl_runs` with mode 'reextract'. Exit status 0, or 2 with one
line on stderr when the archive or a site cannot be used.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .archive import Archive, ArchiveError
from .replay import ReplaySite, replay, setting_pairs

EXIT_FAILED = 2


def sites_to_replay(archive_path: Path, only: list[str] | None) -> list[ReplaySite]:
    archive = Archive.open(archive_path, read_only=True)
    try:
        rows = archive.db.execute("SELECT host, start_url, source FROM sites ORDER BY host").fetchall()
        known = {host for host, _url, _source in rows}
        for host in only or []:
            if host not in known:
                raise ArchiveError(f"--site {host}: not in {archive_path} (its sites: {', '.join(sorted(known)) or 'none'})")
        chosen = []
        for host, start_url, source in rows:
            if only and host not in only:
                continue
            if not archive.captures.pages(host):
                print(f"{host}: no captured pages (archived before captures were kept); skipped", file=sys.stderr)
                continue
            base = archive.captures.wayback_base(host) if source == "wayback" else None
            chosen.append(ReplaySite(start_url=start_url, source=source or "live", wayback_base=base))
        return chosen
    finally:
        archive.close()


def summary(stats: dict) -> str:
    count = lambda key: int(stats.get(key, 0) or 0)  # noqa: E731
    return (f"pages replayed {count('replay/served')}, not captured {count('replay/not_captured')}; articles new "
            f"{count('archive/new')} / re-extracted {count('archive/reextracted')} / unchanged "
            f"{count('archive/unchanged')} / changed {count('archive/changed')}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crawler.reextract", description=__doc__.split("\n\n")[0])
    parser.add_argument("archive", type=Path, help="the archive (SQLite file) to re-extract")
    parser.add_argument("--site", action="append", metavar="HOST", help="only this site (repeatable)")
    parser.add_argument("--log-level", default="WARNING", help="Scrapy's log level (default WARNING)")
    parser.add_argument("-s", "--set", action="append", metavar="NAME=VALUE", help="a Scrapy setting, as for scrapy crawl")
    args = parser.parse_args(argv)
    try:
        if not args.archive.is_file():
            raise ArchiveError(f"no archive at {args.archive}")
        sites = sites_to_replay(args.archive, args.site)
        results = replay(args.archive, sites, keep_extraction=True, run_mode="reextract",
                         settings={"LOG_LEVEL": args.log_level, **setting_pairs(args.set)})
    except (ArchiveError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_FAILED
    for stats in results:
        print(f"{args.archive}: {summary(stats)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
