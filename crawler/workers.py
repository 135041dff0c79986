"""Worker processes for the crawl's CPU-heavy pure work: cleaning pages, reading their links and
validating images.

Scrapy runs on one event loop, on one core. Parsing and cleaning a page, reading its links and
decoding its images is most of the CPU our code adds per article; sent to worker processes
(`WORKER_PROCESSES`, 0 = all in the crawl process), it runs on another core while the event loop
downloads, discovers and writes.

- The event loop talks to each worker over a socket it watches itself (frames: length, task id,
  pickle). concurrent.futures' process pool costs the crawl process ~0.2 ms of CPU a task in its
  feeder and manager threads (thread wake-ups, GIL hand-overs, locks): with 4–5 tasks an article,
  that was more than the archive writes.
- Each worker runs its tasks one at a time, by priority, in the order they were sent among equals,
  so work with state (the clean pipeline's per-site boilerplate model) goes to the same worker:
  `run(..., key=site)`. Work without state goes to the workers in turn. Work that finishes an
  item (cleaning, then image checks) goes before work that starts new ones (reading links): items
  leave the crawl sooner, and a page is cleaned while the tree its links were read from is still
  kept (crawler.parsedpages).
- Workers are spawned, not forked: a forked child would inherit the crawl's open files, among them
  the archive lock, and keep the archive locked after a `kill -9` of the crawl.
- A worker imports only what its tasks need (the extractor, link reading, media validation: none
  of them imports Scrapy), not the program that started the crawl (the `scrapy` command, which
  multiprocessing would otherwise re-import in the worker, and Scrapy with it). It imports them
  as soon as it starts, while Scrapy is still starting, not when the first page arrives.
- A worker exits when its socket closes: when the pool is closed, and when the crawl process is
  gone (`kill -9` included: the kernel closes the crawl's end). It ignores Ctrl-C and SIGTERM: the
  crawl's graceful shutdown still needs it to finish the items in flight.
- A worker that dies fails its tasks with `WorkersUnavailable`; `in_worker` then does the work in
  the crawl process from there on.
"""

from __future__ import annotations

import asyncio
import heapq
import importlib
import itertools
import logging
import multiprocessing
import pickle
import signal
import socket
import struct
import sys
import zlib
from contextlib import contextmanager

logger = logging.getLogger(__name__)

# The modules of the crawl's worker tasks (imported by each worker when it starts).
CRAWL_TASK_MODULES = ("crawler.pipelines.clean", "crawler.pagelinks", "crawler.pipelines.validation")
_TASK = struct.Struct("!IIi")    # to a worker: payload length, task id, priority
_ANSWER = struct.Struct("!II")   # from a worker: payload length, task id
_READ_SIZE = 1 << 20
_SOCKET_BUFFER = 1 << 20


# Task priorities in the crawl: what finishes an item before what starts new ones.
CLEANING, CHECKING_MEDIA, READING_LINKS = 2, 1, 0


class WorkersUnavailable(Exception):
    """The pool is closed or a worker died: do the work in the crawl process."""


# -- the worker process ---------------------------------------------------------------------------
def _serve(sock: socket.socket, preload: tuple[str, ...]) -> None:
    """A worker's life: run each task received on `sock`, answer on it, until it closes."""
    # Ctrl-C and SIGTERM reach the whole process group (a terminal, systemd), but the crawl's
    # graceful shutdown needs its workers for the items in flight: the crawl process ends them.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    for module in preload:
        importlib.import_module(module)
    waiting: list[tuple] = []    # heap: (-priority, arrival, task id, payload)
    arrivals = itertools.count()
    incoming = bytearray()
    try:
        while True:
            # Everything that has arrived is read before a task is chosen (the highest priority,
            # the earliest of equal priority); with nothing to do, wait for work.
            sock.setblocking(not waiting)
            try:
                data = sock.recv(_READ_SIZE)
            except BlockingIOError:
                data = None
            if data == b"":
                return  # the crawl closed the pool, or died
            if data:
                incoming += data
                consumed = 0
                while len(incoming) - consumed >= _TASK.size:
                    length, task_id, priority = _TASK.unpack_from(incoming, consumed)
                    end = consumed + _TASK.size + length
                    if len(incoming) < end:
                        break
                    payload = bytes(incoming[consumed + _TASK.size:end])
                    heapq.heappush(waiting, (-priority, next(arrivals), task_id, payload))
                    consumed = end
                del incoming[:consumed]
                continue
            _, _, task_id, payload = heapq.heappop(waiting)
            sock.setblocking(True)
            sock.sendall(_answer(task_id, payload))
    except OSError:
        return  # the crawl died while this worker was answering


def _answer(task_id: int, payload: bytes) -> bytes:
    try:
        fn, args = pickle.loads(payload)
        reply = (True, fn(*args))
    except Exception as error:  # the task's own exceptions (MediaRejected, ...) go back to the caller
        reply = (False, error)
    try:
        data = pickle.dumps(reply, protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as error:  # an answer that cannot cross the process boundary
        data = pickle.dumps((False, RuntimeError(f"unpicklable answer from a worker: {error!r}")))
    return _ANSWER.pack(len(data), task_id) + data


# -- the crawl process's side ---------------------------------------------------------------------
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


class _Worker:
    """One worker process and the event loop's non-blocking end of its socket."""

    def __init__(self, context, name: str, preload: tuple[str, ...]) -> None:
        ours, theirs = socket.socketpair()
        for end in (ours, theirs):  # room for a few pages in flight: fewer partial writes and wake-ups
            end.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, _SOCKET_BUFFER)
            end.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, _SOCKET_BUFFER)
        self.process = context.Process(target=_serve, args=(theirs, preload), name=name, daemon=True)
        self.process.start()
        theirs.close()
        ours.setblocking(False)
        self._sock = ours
        self._loop: asyncio.AbstractEventLoop | None = None
        self._outgoing = bytearray()
        self._incoming = bytearray()
        self._pending: dict[int, asyncio.Future] = {}
        self._ids = itertools.count()
        self.failure: str | None = None

    def submit(self, fn, args: tuple, priority: int = 0) -> asyncio.Future:
        if self.failure is not None:
            raise WorkersUnavailable(self.failure)
        loop = asyncio.get_running_loop()
        if loop is not self._loop:
            self._attach(loop)
        payload = pickle.dumps((fn, args), protocol=pickle.HIGHEST_PROTOCOL)
        task_id = next(self._ids) & 0xFFFFFFFF
        future = loop.create_future()
        self._pending[task_id] = future
        self._send(_TASK.pack(len(payload), task_id, priority), payload)
        return future

    def _send(self, header: bytes, payload: bytes) -> None:
        if self._outgoing:  # still writing earlier frames: queue behind them
            self._outgoing += header
            self._outgoing += payload
            return
        try:
            sent = self._sock.sendmsg([header, payload])
        except BlockingIOError:
            sent = 0
        except OSError as error:
            self.fail(f"a worker process died: {error}")
            return
        if sent < len(header) + len(payload):
            self._outgoing += (header + payload)[sent:]
            self._loop.add_writer(self._sock.fileno(), self._write)

    def _attach(self, loop: asyncio.AbstractEventLoop) -> None:
        """Watch the socket from `loop` (one loop in a crawl; tests may run several in turn)."""
        self._detach()
        self._pending.clear()  # futures of a loop that is gone
        self._loop = loop
        loop.add_reader(self._sock.fileno(), self._read)

    def _detach(self) -> None:
        if self._loop is not None and not self._loop.is_closed():
            self._loop.remove_reader(self._sock.fileno())
            self._loop.remove_writer(self._sock.fileno())

    def _write(self) -> None:
        try:
            sent = self._sock.send(self._outgoing)
        except BlockingIOError:
            sent = 0
        except OSError as error:
            self.fail(f"a worker process died: {error}")
            return
        del self._outgoing[:sent]
        if not self._outgoing:
            self._loop.remove_writer(self._sock.fileno())

    def _read(self) -> None:
        try:
            data = self._sock.recv(_READ_SIZE)
        except BlockingIOError:
            return
        except OSError as error:
            self.fail(f"a worker process died: {error}")
            return
        if not data:
            self.fail(f"a worker process died (exit code {self.process.exitcode})")
            return
        self._incoming += data
        answers, consumed = [], 0
        with memoryview(self._incoming) as view:
            while len(view) - consumed >= _ANSWER.size:
                length, task_id = _ANSWER.unpack_from(view, consumed)
                end = consumed + _ANSWER.size + length
                if len(view) < end:
                    break
                answers.append((task_id, pickle.loads(view[consumed + _ANSWER.size:end])))
                consumed = end
        del self._incoming[:consumed]
        for task_id, (ok, value) in answers:
            future = self._pending.pop(task_id, None)
            if future is None or future.done():
                continue
            if ok:
                future.set_result(value)
            else:
                future.set_exception(value)

    def fail(self, reason: str) -> None:
        """No more work here: every task waiting for this worker gets WorkersUnavailable."""
        if self.failure is not None:
            return
        self.failure = reason
        self._detach()
        self._sock.close()
        pending, self._pending = self._pending, {}
        for future in pending.values():
            if not future.done() and not future.get_loop().is_closed():
                future.set_exception(WorkersUnavailable(reason))

    def stop(self, timeout: float = 10.0) -> None:
        self.fail("worker pool closed")  # the worker reads the end of its socket and exits
        self.process.join(timeout)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()


class WorkerPool:
    def __init__(self, workers: int, *, preload: tuple[str, ...] = ()) -> None:
        context = multiprocessing.get_context("spawn")
        with _main_module_hidden():
            # Started now: a worker needs ~1 s to start Python and import its tasks' modules,
            # while Scrapy is still starting.
            self._workers = [_Worker(context, f"crawl-worker-{n + 1}", preload) for n in range(workers)]
        self._turns = itertools.cycle(self._workers)
        self.closed = False

    def __len__(self) -> int:
        return len(self._workers)

    @property
    def pids(self) -> list[int]:
        return [worker.process.pid for worker in self._workers]

    async def run(self, fn, *args, key: str | None = None, priority: int = 0):
        """fn(*args) in a worker: the same worker for the same `key`, else the next one. A worker
        runs its waiting tasks by `priority` (highest first), in the order sent among equals. `fn`
        must be importable by name (a module-level function). Exceptions raised by fn are raised
        here; WorkersUnavailable when the pool is closed or the worker died."""
        if self.closed:
            raise WorkersUnavailable("worker pool closed")
        worker = self._workers[zlib.crc32(key.encode()) % len(self._workers)] if key is not None else next(self._turns)
        return await worker.submit(fn, args, priority)

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        for worker in self._workers:
            worker.stop()


def worker_pool(crawler) -> WorkerPool | None:
    """The crawl's one pool, shared by the pipelines and the spider (None with WORKER_PROCESSES =
    0, or once a worker died); closed when the engine stops, after the items in flight."""
    if not hasattr(crawler, "worker_pool"):
        workers = crawler.settings.getint("WORKER_PROCESSES", 0)
        crawler.worker_pool = WorkerPool(workers, preload=CRAWL_TASK_MODULES) if workers > 0 else None
        if crawler.worker_pool is not None:
            from scrapy import signals  # here, not at the top: workers import this module
            crawler.signals.connect(crawler.worker_pool.close, signal=signals.engine_stopped)
    return crawler.worker_pool


async def in_worker(crawler, fn, *args, key: str | None = None, priority: int = 0, here=None):
    """fn(*args) in one of the crawl's workers, or in the crawl process when there are none: with
    WORKER_PROCESSES = 0, and from the moment a worker dies (counted as `workers/unavailable`,
    logged once). `here()` is the crawl process's way of doing the same work (default: fn(*args));
    the clean pipeline's differs, because the site models of a dead worker died with it."""
    pool = worker_pool(crawler)
    if pool is not None:
        try:
            return await pool.run(fn, *args, key=key, priority=priority)
        except WorkersUnavailable as error:
            if crawler.worker_pool is pool:
                crawler.worker_pool = None
                pool.close()
                crawler.stats.inc_value("workers/unavailable")
                logger.warning("cleaning, link reading and image validation go on in the crawl process: %s", error)
    return here() if here is not None else fn(*args)
