"""`python -m crawler.province` (`commune-archive province`): a registry of portals crawled by
several processes over one frontier in Redis (docs/operations.md).

    run     --sites FILE [--processes N] [--archive PATH] [--redis URL] [--name NAME] [-s NAME=VALUE …]
            this machine's processes, watched; the parts merged into the archive at the end
    worker  --sites FILE --name NAME [--archive PATH] [--redis URL] [-s …]
            one more process of a frontier, on any machine that reaches its Redis
    status  --sites FILE --name NAME [--redis URL]
            each portal's state and counts, while it runs
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from ..archive import ArchiveError
from ..spiders.registry import RegistryError, read_registry

EXIT_FAILED = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m crawler.province", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name in ("run", "worker", "status"):
        command = commands.add_parser(name)
        command.add_argument("--sites", required=True, type=Path, help="the portal registry (CSV) or a URL list")
        command.add_argument("--redis", default=os.environ.get("COMMUNE_ARCHIVE_REDIS", "redis://127.0.0.1:6379/0"))
        command.add_argument("--name", help="the frontier: one name a crawl; the same name resumes it")
        command.add_argument("--archive", type=Path, default=Path("archive.db"))
        command.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE",
                             help="a Scrapy setting for every process")
    run = commands.choices["run"]
    run.add_argument("--processes", type=int, default=2)
    run.add_argument("--restarts", type=int, default=3, help="processes started again after one dies")
    run.add_argument("--interval", type=float, default=5.0, help="seconds between progress lines")
    run.add_argument("--keep-parts", action="store_true", help="keep the part archives after the merge")
    return parser


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s [%(name)s] %(levelname)s: %(message)s")
    args = _parser().parse_args(argv)
    try:
        return _dispatch(args)
    except (RegistryError, ArchiveError, ValueError) as error:
        print(f"error: {' '.join(str(error).split())}", file=sys.stderr)
        return EXIT_FAILED
    except ConnectionError as error:
        print(f"error: cannot reach Redis at {args.redis}: {error}", file=sys.stderr)
        return EXIT_FAILED


def _dispatch(args) -> int:
    import redis

    from ..archive.merge import merge_archive
    from ..frontier.connection import redis_client
    from .run import Province, default_name, run

    if not args.sites.is_file():
        raise ValueError(f"--sites {args.sites}: no such file")
    settings = dict(_setting(value) for value in args.set)
    province = Province(registry=args.sites, portals=read_registry(args.sites), archive=args.archive,
                        redis_url=args.redis, name=args.name or default_name(args.sites), settings=settings)
    try:
        redis_client(args.redis, patient=False).ping()
        if args.command == "run":
            return run(province, processes=args.processes, restarts=args.restarts, interval=args.interval,
                       merge=merge_archive, keep_parts=args.keep_parts)
        if not args.name:
            raise ValueError(f"{args.command} needs --name: the frontier's name, as `run` printed it")
        if args.command == "worker":
            return _worker(province)
        return _status(province)
    except redis.ConnectionError as error:
        raise ConnectionError(str(error)) from None


def _worker(province) -> int:
    """In the foreground, logging to this terminal (or the journal)."""
    import subprocess

    from .run import prepare

    prepare(province)
    env = {**os.environ, "SCRAPY_SETTINGS_MODULE": "crawler.settings"}
    return subprocess.call(province.worker_command(f"{os.uname().nodename}-{os.getpid()}"), env=env)


def _status(province) -> int:
    from ..frontier.connection import Keys, redis_client
    from ..frontier.progress import read_progress
    from .run import summary_line

    rows = read_progress(redis_client(province.redis_url), Keys(province.name), province.sites)
    for row in rows:
        print(f"{row['site']}\t{row['state']}\t{row['pages']} pages\t{row['errors']} errors"
              f"\t{row['queued']} queued\t{row['worker'] or ''}")
    print(summary_line(rows))
    return 0


def _setting(value: str) -> tuple[str, str]:
    name, equals, setting = value.partition("=")
    if not equals or not name:
        raise ValueError(f"-s {value}: expected NAME=VALUE")
    return name, setting


if __name__ == "__main__":
    sys.exit(main())
