"""`scrapy crawl`, with the exit status and the one-line errors the CLI contract promises
(docs/conventions.md §1): a bad `-a` value, an archive that cannot be opened, written or locked, or a
start URL that cannot be reached ends with one clear line on stderr, no traceback, exit status 2.
A run that went to its end but failed a close-time monitor (crawler/monitors.py: a portal
unreachable or empty, too many errors, a drop against the last run) exits 3, each failure a
WARNING line of the log and an entry of crawl_runs.monitors. 1: Scrapy itself could not start."""

from __future__ import annotations

import asyncio
import sys

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError

from ..archive import ArchiveError
from ..extensions import quiet_scrapy_startup
from ..spiders.start import crawl_command

EXIT_FAILED = 2
EXIT_MONITOR_FAILED = 3


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__


class Command(ScrapyCrawlCommand):
    def run(self, args, opts):
        if len(args) < 1:
            raise UsageError()
        if len(args) > 1:
            raise UsageError("running 'scrapy crawl' with more than one spider is not supported")
        quiet_scrapy_startup(self.settings)
        crawler = self._create_crawler(args[0])
        errors: list[BaseException] = []
        running = self.crawler_process.crawl(crawler, **opts.spargs)
        if isinstance(running, asyncio.Future):
            running.add_done_callback(lambda task: task.cancelled() or errors.append(task.exception()))
        else:  # a Twisted Deferred (CrawlerProcess)
            running.addErrback(lambda failure: errors.append(failure.value))
        self.crawler_process.start()
        errors = [error for error in errors if error is not None]
        if errors:
            self._fail(errors[0])
            return
        spider = crawler.spider
        unreachable = getattr(spider, "unreachable", None)
        if unreachable and not crawler.stats.get_value("archive/pages", 0):
            hint = ""
            if getattr(spider, "source", "live") == "live":
                hint = (f"; if the portal is gone, try: {crawl_command()} -a source=wayback "
                        f"-a start_url={spider.start_urls[0]}")
            self._fail(f"{unreachable}{hint}")
            return
        if self.crawler_process.bootstrap_failed:
            self.exitcode = 1
            return
        if crawler.stats.get_value("monitors/failures", 0):
            self.exitcode = EXIT_MONITOR_FAILED

    def _fail(self, error) -> None:
        if isinstance(error, (ArchiveError, ValueError)) or isinstance(error, str):
            message = error if isinstance(error, str) else _one_line(error)
        else:
            message = f"{type(error).__name__}: {_one_line(error)}"
        sys.stderr.write(f"error: {message}\n")
        self.exitcode = EXIT_FAILED
