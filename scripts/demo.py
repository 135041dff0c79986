"""Offline demo: serve the bundled sample commune portal on 127.0.0.1, crawl it with the real
`scrapy crawl portal` into an archive, and print the command that opens it in Datasette.

    python scripts/demo.py [--archive archive.db] [--articles 36] [--keep-serving]

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
LOCAL_SETTINGS = ["-s", "AUTOTHROTTLE_ENABLED=False", "-s", "DOWNLOAD_DELAY=0", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--archive", default="archive.db", help="archive file to write (default: archive.db)")
    parser.add_argument("--articles", type=int, default=36, help="articles in the sample portal")
    parser.add_argument("--keep-serving", action="store_true", help="keep the sample portal up after the crawl")
    args = parser.parse_args()

    portal = Portal(seed=0, n_articles=args.articles)
    with FixtureServer(portal) as server:
        print(f"sample portal serving at {server.base_url}/", flush=True)
        command = [sys.executable, "-m", "scrapy", "crawl", "portal", "-a", f"start_url={server.base_url}/",
                   "-s", f"ARCHIVE_PATH={args.archive}", "-s", "LOG_LEVEL=INFO", *LOCAL_SETTINGS]
        print("crawling:", " ".join(command[1:]), flush=True)
        result = subprocess.run(command, cwd=ROOT)
        if result.returncode != 0:
            print(f"demo crawl failed (exit {result.returncode})", file=sys.stderr)
            return result.returncode
        print(f"\narchive written: {args.archive}")
        print(f"open it in Datasette:\n    .venv/bin/python -m crawler.browse {args.archive}\n")
        if args.keep_serving:
            input("sample portal still up; press Enter to stop it ")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
