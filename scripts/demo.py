"""Offline demo: serve the bundled sample commune portal on 127.0.0.1, crawl it with the real
`scrapy crawl portal` into its own archive (`demo.db`, never the crawl's `archive.db`), and print
the command that opens it in Datasette.

    python scripts/demo.py [--archive demo.db] [--articles 36] [--port 8741] [--keep-serving]

The sample portal always answers at the same address (127.0.0.1:8741 unless --port says otherwise):
its address is its identity in the archive, so running the demo again re-crawls the same portal
(an incremental run: nothing new) instead of adding a second one.

No internet needed: the sample portal (tests/fixtures/) reproduces the An Giang commune portals'
Drupal/gavias_vinor markup with Vietnamese articles, images, listings, feeds and static pages.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.fixtures.portal import Portal  # noqa: E402
from tests.fixtures.server import FixtureServer  # noqa: E402

# The sample server is on this machine: politeness limits are lifted for it (never for real portals).
DEMO_PORT = 8741
LOCAL_SETTINGS = ["-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--archive", default="demo.db", help="archive file to write (default: demo.db)")
    parser.add_argument("--port", type=int, default=DEMO_PORT, help=f"the sample portal's port (default {DEMO_PORT})")
    parser.add_argument("--articles", type=int, default=36, help="articles in the sample portal")
    parser.add_argument("--keep-serving", action="store_true", help="keep the sample portal up after the crawl")
    args = parser.parse_args()

    archive = Path(args.archive).resolve()   # the crawl runs in the project folder, not the caller's
    portal = Portal(seed=0, n_articles=args.articles)
    try:
        server = FixtureServer(portal, port=args.port).start()
    except OSError as error:
        print(f"error: cannot serve the sample portal on 127.0.0.1:{args.port} ({error.strerror}); "
              f"stop what uses it, or pass --port N (a new port is a new portal in the archive)", file=sys.stderr)
        return 2
    with server:
        print(f"sample portal serving at {server.base_url}/", flush=True)
        command = [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", f"start_url={server.base_url}/",
                   "-s", f"ARCHIVE_PATH={archive}", "-s", "LOG_LEVEL=INFO", *LOCAL_SETTINGS]
        print("crawling:", " ".join(command[1:]), flush=True)
        result = subprocess.run(command, cwd=ROOT)
        if result.returncode != 0:
            print(f"demo crawl failed (exit {result.returncode})", file=sys.stderr)
            return result.returncode
        print(f"\narchive written: {archive}")
        print(f"open it in Datasette:\n    .venv/bin/python -m crawler.browse {args.archive}\n")
        if args.keep_serving:
            input("sample portal still up; press Enter to stop it ")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
