"""Worker processes for the crawl's CPU-heavy pure work: cleaning pages and validating images.

Scrapy runs on one event loop, on one core. Parsing and cleaning a page and decoding its images is
most of the CPU our code adds per article; sent to worker processes (`WORKER_PROCESSES`, 0 = all in
the crawl process), it runs on another core while the event loop downloads, discovers and writes.

- Each worker is its own single-process executor, so that work with state (the clean pipeline's
  per-site boilerplate model) can always go to the same worker, in the order it was submitted:
  `run(..., key=site)`. Work without state goes to the workers in turn.
- Workers are spawned, not forked: a forked child would inherit the crawl's open files, among them
  the archive lock, and keep the archive locked after a `kill -9` of the crawl.
- A worker imports only what its tasks need (the extractor, link reading, media validation: none
  of them imports Scrapy), not the program that started the crawl (the `scrapy` command, which
  multiprocessing would otherwise re-import in the worker, and Scrapy with it): ~45 MB, not ~75.
- A worker exits when the crawl process is gone (`kill -9` included), and ignores Ctrl-C and
  SIGTERM: the crawl's graceful shutdown still needs it to finish the items in flight.
- A worker that dies breaks its executor; callers then do the work in the crawl process
  (`WorkerPool.run` raises `WorkersUnavailable`).
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
import zlib
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from concurrent.futures.process import BrokenProcessPool

logger = logging.getLogger(__name__)


class WorkersUnavailable(Exception):
    """The pool is closed or a worker died: do the work in the crawl process."""


def _exit_with_parent(parent_pid: int) -> None:
    """Worker initializer. Ctrl-C and SIGTERM reach the whole process group (a terminal, systemd),
    but the crawl's graceful shutdown needs its workers for the items in flight: the crawl process
    ends them. A worker waits for work on a pipe that it holds open itself, so it would outlive a
    crawl killed with -9: it polls its parent instead (reparented the moment the crawl dies, even
    before anyone reaps it; a liveness check of the crawl's pid would see the unreaped zombie)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


@contextmanager
def _main_module_hidden():
    """While workers start: multiprocessing re-imports the main module of the parent in a spawned
    child (it cannot know whether the child's work needs it). The crawl's main module is the
    `scrapy` command; the workers' tasks live in modules of their own, so the child is told that
    there is no main module to import."""
    main = sys.modules["__main__"]
    saved = {name: main.__dict__[name] for name in ("__file__", "__spec__") if name in main.__dict__}
    main.__spec__ = None
    main.__dict__.pop("__file__", None)
    try:
        yield
    finally:
        main.__dict__.update(saved)
        if "__spec__" not in saved:
            main.__dict__.pop("__spec__", None)


class WorkerPool:
    def __init__(self, workers: int) -> None:
        context = multiprocessing.get_context("spawn")
        self._executors = [
            ProcessPoolExecutor(1, mp_context=context, initializer=_exit_with_parent, initargs=(os.getpid(),))
            for _ in range(workers)
        ]
        self._turns = itertools.cycle(self._executors)
        self.closed = False
        with _main_module_hidden():
            for executor in self._executors:
                # Start the processes now (a worker needs ~1 s to import lxml and the extractor),
                # while Scrapy is still starting, not when the first page arrives. An executor
                # of one process never starts another.
                executor.submit(int)

    def __len__(self) -> int:
        return len(self._executors)

    async def run(self, fn, *args, key: str | None = None):
        """fn(*args) in a worker: the same worker for the same `key`, else the next one. Exceptions
        raised by fn are raised here; WorkersUnavailable when no worker can take the work."""
        if self.closed:
            raise WorkersUnavailable("worker pool closed")
        executor = self._executors[zlib.crc32(key.encode()) % len(self._executors)] if key is not None else next(self._turns)
        try:
            return await asyncio.wrap_future(executor.submit(fn, *args))
        except BrokenProcessPool as error:
            raise WorkersUnavailable(f"a worker process died: {error}") from None

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        for executor in self._executors:
            executor.shutdown(wait=True, cancel_futures=True)


def worker_pool(crawler) -> WorkerPool | None:
    """The crawl's one pool, shared by the pipelines (None with WORKER_PROCESSES = 0); closed when
    the spider closes, after the pipelines have finished their items."""
    if not hasattr(crawler, "worker_pool"):
        workers = crawler.settings.getint("WORKER_PROCESSES", 0)
        crawler.worker_pool = WorkerPool(workers) if workers > 0 else None
        if crawler.worker_pool is not None:
            from scrapy import signals  # here, not at the top: workers import this module
            crawler.signals.connect(crawler.worker_pool.close, signal=signals.engine_stopped)
    return crawler.worker_pool
