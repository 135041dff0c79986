"""The close-time monitors of a province crawl, judged once for the whole province.

Each crawl process of a province sees only the portals it held, and a portal can change hands
(a process joins and takes its share, or one is killed): a process's own numbers for a portal are
a part of them. So the processes run without Spidermon's monitors (crawler/monitors.py), and the
coordinator applies the same three, with the same settings, to each portal's totals
(`portal_progress`) once the crawl has ended:

- empty portal (MONITOR_EMPTY_PORTAL_ENABLED): every portal reached, with at least one article;
- error rate (MONITOR_ERROR_RATE_ENABLED, MONITOR_MAX_ERROR_RATE): the processes' errors per
  response, all of them together;
- drop (MONITOR_DROP_ENABLED, MONITOR_MIN_RATIO_TO_LAST_RUN): a portal's articles in a full sweep
  against its last full sweep in an earlier province crawl of the same archive (incremental runs
  see the night's news only: crawler/monitors.py DropMonitor says why they are not compared).
A failure is one WARNING line, the portal's `portal_progress.monitor`, and exit status 3.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import NamedTuple

from scrapy.settings import Settings

logger = logging.getLogger("crawler.province")


class Failure(NamedTuple):
    monitor: str
    site: str | None
    message: str


def articles_of(row: dict) -> int:
    return row["new"] + row["changed"] + row["unchanged"]


def province_settings(overrides: dict[str, str]) -> Settings:
    settings = Settings()
    settings.setmodule("crawler.settings")
    settings.update(overrides, priority="cmdline")
    return settings


def run_totals(parts: list[Path]) -> tuple[int, int]:
    """(errors, responses) of the processes' runs, read from their part archives."""
    errors = responses = 0
    for part in parts:
        with sqlite3.connect(f"file:{part}?mode=ro", uri=True) as conn:
            row = conn.execute("SELECT sum(errors), sum(responses) FROM crawl_runs").fetchone()
        errors += row[0] or 0
        responses += row[1] or 0
    return errors, responses


def judge(rows: list[dict], previous: dict[str, dict], totals: tuple[int, int], settings: Settings) -> list[Failure]:
    """The failures of a province crawl: `rows` its portals' progress, `previous` each portal's row
    of the last earlier crawl of the archive, `totals` (errors, responses)."""
    failures = []
    if settings.getbool("MONITOR_EMPTY_PORTAL_ENABLED", True):
        for row in rows:
            if row["state"] == "failed":
                failures.append(Failure("empty portal", row["site"], f"{row['site']}: unreachable ({row['reason']})"))
            elif articles_of(row) == 0:
                failures.append(Failure("empty portal", row["site"],
                                        f"{row['site']}: no article this run ({row['pages']} pages archived, "
                                        f"{row['errors']} errors)"))
    errors, responses = totals
    limit = settings.getfloat("MONITOR_MAX_ERROR_RATE", 0.05)
    if settings.getbool("MONITOR_ERROR_RATE_ENABLED", True) and responses and errors / responses > limit:
        failures.append(Failure("error rate", None, f"{errors} errors in {responses} responses "
                                                    f"({errors / responses:.1%}, above {limit:.0%})"))
    ratio = settings.getfloat("MONITOR_MIN_RATIO_TO_LAST_RUN", 0.5)
    if settings.getbool("MONITOR_DROP_ENABLED", True):
        for row in rows:
            before = previous.get(row["site"])
            if row["mode"] != "full" or not before or before.get("mode") != "full" or not articles_of(before):
                continue
            if articles_of(row) < ratio * articles_of(before):
                failures.append(Failure("drop", row["site"],
                                        f"{row['site']}: {articles_of(row)} articles, against {articles_of(before)} "
                                        f"in its last full sweep ({before['frontier']}), below {ratio:.0%}"))
    return failures


def previous_rows(db, frontier: str) -> dict[str, dict]:
    """Each portal's row of the latest other province crawl recorded in the archive."""
    found: dict[str, dict] = {}
    query = ("SELECT * FROM portal_progress WHERE frontier != ? AND state = 'done' AND mode = 'full' "
             "ORDER BY updated DESC")
    for row in db.query(query, [frontier]):
        found.setdefault(row["site"], row)
    return found


def report(failures: list[Failure]) -> None:
    for failure in failures:
        logger.warning("monitor %s failed: %s", failure.monitor, failure.message)
