"""`python -m crawler.browse [archive.db ...] [datasette serve options]`: read the archive in Datasette.

The project's Datasette plugin (installed with the project) already configures any archive, so
this is `datasette serve` with settings that suit reading articles — shorter cells in tables, a
little more time for facets on large archives — and `./archive.db` when no file is named. Every
`datasette serve` option still works and wins over these defaults (`-p 8001`, `-o`, `--setting …`).
"""

from __future__ import annotations

import sys
from pathlib import Path

DEFAULT_ARCHIVE = "archive.db"
DATABASE_SUFFIXES = (".db", ".sqlite", ".sqlite3")
READER_SETTINGS = {
    "truncate_cells_html": "400",   # body_text/body_html stay readable in table rows
    "facet_time_limit_ms": "1000",  # site / category / year facets over thousands of articles
    "default_page_size": "50",
}


def serve_arguments(argv: list[str]) -> list[str]:
    """The `datasette serve` command line for these launcher arguments."""
    arguments = list(argv)
    if not any(argument.endswith(DATABASE_SUFFIXES) for argument in arguments):
        arguments.insert(0, DEFAULT_ARCHIVE)
    defaults: list[str] = []
    for name, value in READER_SETTINGS.items():
        defaults += ["--setting", name, value]
    # Datasette applies --setting in order, so the user's own settings (later) win.
    return ["serve", *defaults, *arguments]


def missing_archives(arguments: list[str]) -> list[str]:
    return [a for a in arguments if a.endswith(DATABASE_SUFFIXES) and not a.startswith("-") and not Path(a).is_file()]


def main(argv: list[str] | None = None) -> int:
    arguments = serve_arguments(sys.argv[1:] if argv is None else argv)
    missing = missing_archives(arguments)
    if missing:
        print(f"browse: no archive at {missing[0]} (crawl one first: scrapy crawl portal)", file=sys.stderr)
        return 2
    from datasette.cli import cli

    return cli.main(args=arguments, prog_name="python -m crawler.browse", standalone_mode=True)


if __name__ == "__main__":
    sys.exit(main())
