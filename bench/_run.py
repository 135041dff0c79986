"""`python -m bench._run MODULE ARGS…`: run MODULE as `python -m MODULE ARGS…` and, when the process
exits, write to the file named by $BENCH_HWM_FILE, as JSON:

- `hwm_kb`: its peak RSS (VmHWM, kB);
- `cpu_s`, `user_s`, `system_s`: its CPU time at exit (user + system, all its threads);
- `started_cpu_s`, `started_wall_s`: its CPU time when Scrapy's `engine_started` signal was sent,
  and the wall time from this module's start to then (both absent if the engine never
  started). `cpu_s - started_cpu_s` is the crawl's CPU without its start-up.

What the mark at `engine_started` leaves out: interpreter start-up, imports, settings, the
crawler, spider, middlewares and pipelines being built, the spider opened (pipelines'
`open_spider`, `spider_opened` handlers: the archive opened). What it keeps: everything from the
first start request to the process's exit (closing the spider and its pipelines, the archive's
last writes, the stats). The receiver is connected to pydispatch for any sender, so nothing in the
project or its settings changes for the benchmark.

Why not wait4's ru_maxrss: Linux folds the pre-exec memory of the forking parent (the benchmark
driver, which holds the whole pre-rendered portal) into the child's maxrss. VmHWM of the process
after exec is the crawl's own high-water mark.
"""

from __future__ import annotations

import atexit
import json
import os
import resource
import runpy
import sys
import time

_marks: dict[str, float] = {}
_wall_zero = time.perf_counter()


def _cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)   # µs resolution (os.times: clock ticks)
    return usage.ru_utime + usage.ru_stime


def _engine_started(*args, **kwargs) -> None:
    if "started_cpu_s" not in _marks:
        _marks["started_cpu_s"] = _cpu_s()
        _marks["started_wall_s"] = time.perf_counter() - _wall_zero


def _watch_engine() -> None:
    try:
        from pydispatch import dispatcher
        from scrapy import signals
    except ImportError:
        return
    dispatcher.connect(_engine_started, signal=signals.engine_started, weak=False)


def _write_hwm() -> None:
    path = os.environ.get("BENCH_HWM_FILE")
    if not path:
        return
    try:
        with open("/proc/self/status") as status:
            fields = dict(line.split(":", 1) for line in status if ":" in line)
        usage = resource.getrusage(resource.RUSAGE_SELF)
        with open(path, "w") as out:
            json.dump({"hwm_kb": int(fields["VmHWM"].split()[0]), "cpu_s": usage.ru_utime + usage.ru_stime,
                       "user_s": usage.ru_utime, "system_s": usage.ru_stime, **_marks}, out)
    except OSError:
        pass


if __name__ == "__main__":
    atexit.register(_write_hwm)
    _watch_engine()
    module, sys.argv = sys.argv[1], sys.argv[1:]
    runpy.run_module(module, run_name="__main__", alter_sys=True)
