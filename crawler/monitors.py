"""Close-time monitors: whether a run did its job, judged as it ends, for a scheduler to act on.

Spidermon's extension runs `CloseMonitors` on spider_closed (SPIDERMON_SPIDER_CLOSE_MONITORS in
crawler/settings.py, where each monitor's switch and threshold are Scrapy settings):

- empty portal (MONITOR_EMPTY_PORTAL_ENABLED): every portal of the run was reached and gave at
  least one article;
- error rate (MONITOR_ERROR_RATE_ENABLED, MONITOR_MAX_ERROR_RATE): the run's errors per response;
- drop against the last run (MONITOR_DROP_ENABLED, MONITOR_MIN_RATIO_TO_LAST_RUN): each portal's
  articles against its last run of the same kind (why the same kind: `DropMonitor`).

"Articles" of a portal are the articles and pages it gave this run: new, changed, unchanged (a
304 to a re-check included) and re-extracted. The per-portal numbers are the rows `run_sites`
receives (`ArchiveSession._site_rows`, from the stats `site/<host>/…`); earlier runs are read through
the session's crawl state, the archive the run decides by.

`RecordOutcome` then logs one WARNING line per failure, counts them (`monitors/failures` in the
stats: `scrapy crawl portal` exits 3, crawler/commands/crawl.py) and hands the outcome to the
archive session, which writes it to `crawl_runs.monitors`. That needs the archive still open:
settings.EXTENSIONS builds Spidermon before ArchiveSession, so its spider_closed handler runs first.
"""

from __future__ import annotations

import logging
import warnings
from typing import NamedTuple

from scrapy.exceptions import ScrapyDeprecationWarning
from spidermon import Action, Monitor, MonitorSuite, monitors
from spidermon import settings as spidermon_settings

from .extensions import ArchiveSession, run_counts

logger = logging.getLogger(__name__)

FAILED = (spidermon_settings.MONITOR.STATUS.FAILURE, spidermon_settings.MONITOR.STATUS.ERROR)
SKIPPED = spidermon_settings.MONITOR.STATUS.SKIPPED
SPIDERMON_LOG_PREFIX = "[Spidermon]"
SPIDERMON_ERROR_REPORT = f"\n{spidermon_settings.MONITOR.STATUS.ERROR}: "   # how its report names an exception


class Failure(NamedTuple):
    """One thing a monitor found wrong, about a portal (its host) or the whole run (None)."""

    site: str | None
    message: str


def articles_seen(row: dict) -> int:
    return row["new"] + row["changed"] + row["unchanged"] + row["reextracted"]


class RunMonitor(Monitor):
    """What the close-time monitors share: their switch, and the run's settings, stats and portals."""

    enabled_setting = ""   # the Scrapy setting that turns the monitor off

    def setUp(self) -> None:
        self.failures: list[Failure] = []
        self.settings = self.data.crawler.settings
        if not self.settings.getbool(self.enabled_setting, True):
            self.skipTest(f"turned off ({self.enabled_setting})")
        self.session = self.data.crawler.get_extension(ArchiveSession)
        if self.session is None:
            self.skipTest("not an archive crawl (the ArchiveSession extension is off)")

    def portals(self) -> list[dict]:
        """This run's run_sites rows: status done / unreachable / failed (the run ended early). A
        process of a province crawl is judged on the portals it leased from the shared frontier
        (`frontier/portal/<host>`): the others, crawled by other processes, show nothing here."""
        stats = self.data.stats
        return ArchiveSession._site_rows(self.data.spider, stats, stats.get("finish_reason", "finished"))

    def mode_of(self, site: str) -> str | None:
        """What kind of run this was for the site, as crawl_runs.mode says it: 'full',
        'incremental', or the replay's ('reextract', 'warc-import')."""
        return self.session.run_mode or self.data.stats.get(f"mode/{site}")

    def source_of(self, site: str) -> str:
        spider = self.data.spider
        return getattr(spider, "sites", {}).get(site, {}).get("source") or getattr(spider, "source", "live")

    def fail_with(self, failures: list[Failure]) -> None:
        # Kept on the monitor for RecordOutcome: one entry, and one log line, per portal.
        self.failures = failures
        if failures:
            self.fail("; ".join(failure.message for failure in failures))


@monitors.name("empty portal")
class EmptyPortalMonitor(RunMonitor):
    """Every portal of the run was reached and gave at least one article. A portal that could not be
    reached fails with its reason. An incremental run of a healthy portal gives one too: it re-checks
    a share of the archived articles (REVALIDATE_SHARE, one at least), each counted unchanged, so
    none at all means the portal answers nothing the crawl takes for an article. Not judged: the
    portals of a run that ended early (run_sites says `failed`; its numbers say how far it got),
    and a Wayback recovery's incremental run, for which no new capture is the usual news."""

    enabled_setting = "MONITOR_EMPTY_PORTAL_ENABLED"

    @monitors.name("every portal gave articles")
    def test_every_portal_gave_articles(self) -> None:
        failures = []
        for row in self.portals():
            site = row["site"]
            if row["status"] == "unreachable":
                failures.append(Failure(site, f"{site}: unreachable: {row['reason']}"))
            elif row["status"] == "done" and not articles_seen(row):
                if self.source_of(site) == "wayback" and self.mode_of(site) == "incremental":
                    continue
                failures.append(Failure(site, f"{site}: no article this run ({row['pages']} pages archived, "
                                              f"{row['gone']} gone, {row['errors']} errors)"))
        self.fail_with(failures)


@monitors.name("error rate")
class ErrorRateMonitor(RunMonitor):
    """The run's errors (crawl_runs.errors: every failure of its error log, from fetches that failed
    after their retries and unreachable portals to refused images, and exceptions in callbacks) per
    response received (each answer, a retried request's every time) are at most MONITOR_MAX_ERROR_RATE."""

    enabled_setting = "MONITOR_ERROR_RATE_ENABLED"

    @monitors.name("errors per response")
    def test_errors_per_response(self) -> None:
        counts = run_counts(self.data.stats)
        errors, responses = counts["errors"], counts["responses"]
        limit = self.settings.getfloat("MONITOR_MAX_ERROR_RATE")
        failures = []
        if errors and (not responses or errors / responses > limit):
            rate = f"{errors / responses:.1%}" if responses else "no response at all"
            failures.append(Failure(None, f"{errors} errors for {responses} responses ({rate}; "
                                          f"MONITOR_MAX_ERROR_RATE is {limit:.1%}): see crawl_runs.error_log"))
        self.fail_with(failures)


@monitors.name("drop against last run")
class DropMonitor(RunMonitor):
    """Each portal gave at least MONITOR_MIN_RATIO_TO_LAST_RUN of the articles its last finished
    run of the same kind gave, from the same source (live or Wayback).

    Like with like, because the kinds of run count different things. A full sweep walks every
    listing and re-checks every archived article, so what it gives is the portal as the crawl can
    see it: a full sweep is compared with the portal's last full sweep, and a drop means articles
    vanished or the site changed under the crawler. An incremental run gives the portal's news
    since the last run plus a fixed rotating share of re-checks: that measures how busy the
    commune was, not the portal's health. Against a full sweep it would always look like a
    collapse, and against the last incremental run a quiet night after a busy one would too. So
    an incremental run is not compared: the empty-portal monitor catches one that gave nothing,
    and the next full sweep (at most FULL_SWEEP_EVERY runs later) is compared. A re-extraction or
    a WARC import is compared with the last run of its own mode. With no earlier run of the kind,
    or one that gave nothing, there is nothing to compare."""

    enabled_setting = "MONITOR_DROP_ENABLED"

    @monitors.name("no portal dropped")
    def test_no_portal_dropped(self) -> None:
        minimum = self.settings.getfloat("MONITOR_MIN_RATIO_TO_LAST_RUN")
        failures = []
        for row in self.portals():
            site, mode = row["site"], self.mode_of(row["site"])
            if row["status"] != "done" or mode in (None, "incremental"):
                continue
            last = self.session.state.last_finished_run(site, self.source_of(site), mode)
            if last is None or not last[1]:
                continue
            (last_run, last_seen), seen = last, articles_seen(row)
            if seen < minimum * last_seen:
                failures.append(Failure(site, f"{site}: {seen} articles, {seen / last_seen:.0%} of the {last_seen} "
                                              f"of run {last_run}, its last {mode} run "
                                              f"(MONITOR_MIN_RATIO_TO_LAST_RUN is {minimum:.0%})"))
        self.fail_with(failures)


def outcome_of(result) -> dict:
    """Spidermon's result as crawl_runs.monitors holds it: {"failed": [{monitor, site, message}],
    "passed": [monitor], "skipped": [{monitor, reason}]}."""
    outcome: dict[str, list] = {"failed": [], "passed": [], "skipped": []}
    for item in result.monitor_results:
        name = item.monitor.monitor_name
        if item.status in FAILED:
            # A monitor that raised (status ERROR) listed nothing: its exception is the failure.
            traceback = (item.error or "").strip().splitlines()
            failures = getattr(item.monitor, "failures", None) or [
                Failure(None, f"could not run: {traceback[-1] if traceback else item.reason}")]
            outcome["failed"] += [{"monitor": name, "site": failure.site, "message": failure.message}
                                  for failure in failures]
        elif item.status == SKIPPED:
            outcome["skipped"].append({"monitor": name, "reason": item.reason})
        else:
            outcome["passed"].append(name)
    return outcome


class RecordOutcome(Action):
    """What the monitors found: one WARNING line per failure, their number in the stats (the
    crawl command's exit status), the whole outcome for crawl_runs.monitors."""

    def __init__(self, crawler) -> None:
        super().__init__()
        self.crawler = crawler

    @classmethod
    def from_crawler_kwargs(cls, crawler):
        return {"crawler": crawler}

    def run_action(self) -> None:
        outcome = outcome_of(self.result)
        for failure in outcome["failed"]:
            logger.warning("monitor %s failed: %s", failure["monitor"], failure["message"])
        self.crawler.stats.set_value("monitors/failures", len(outcome["failed"]))
        session = self.crawler.get_extension(ArchiveSession)
        if session is not None:
            session.record_monitors(outcome)


class _SpidermonReport(logging.Filter):
    """Spidermon's own report of the monitors (a banner, a line per monitor and action, a
    traceback per failure) is some twenty lines of every run's log, where RecordOutcome says each
    failure in one line. Kept: an exception in a monitor or an action, a bug, with its traceback."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        return not message.startswith(SPIDERMON_LOG_PREFIX) or SPIDERMON_ERROR_REPORT in message


def quiet_spidermon_report(crawler) -> None:
    """Leave Spidermon's report out of the log unless LOG_LEVEL is DEBUG (it logs as the spider).
    Spidermon writes it with Spider.log(), which Scrapy 2.13+ calls deprecated: a warning about
    the library's code, nothing an operator can act on."""
    warnings.filterwarnings("ignore", message=r"Spider\.log\(\) is deprecated", category=ScrapyDeprecationWarning,
                            module=r"spidermon\.")
    level = logging.getLevelName(str(crawler.settings.get("LOG_LEVEL", "INFO")).upper())
    if not isinstance(level, int) or level < logging.INFO:
        return
    spider_logger = logging.getLogger(crawler.spidercls.name)
    if not any(isinstance(f, _SpidermonReport) for f in spider_logger.filters):
        spider_logger.addFilter(_SpidermonReport())


class CloseMonitors(MonitorSuite):
    """The monitors of a run, when it closes (SPIDERMON_SPIDER_CLOSE_MONITORS)."""

    monitors = [EmptyPortalMonitor, ErrorRateMonitor, DropMonitor]
    monitors_finished_actions = [RecordOutcome]

    def __init__(self, *args, crawler=None, **kwargs) -> None:
        super().__init__(*args, crawler=crawler, **kwargs)
        if crawler is not None:
            quiet_spidermon_report(crawler)
