"""`python -m bench._run MODULE ARGS…`: run MODULE as `python -m MODULE ARGS…` and, when the process
exits, write its peak RSS (VmHWM, kB) and its own CPU time (user + system, seconds; its worker
processes not included) to the file named by $BENCH_HWM_FILE, as JSON.

Why not wait4's ru_maxrss: Linux folds the pre-exec memory of the forking parent (the benchmark
driver, which holds the whole pre-rendered portal) into the child's maxrss. VmHWM of the process
after exec is the crawl's own high-water mark.
"""

from __future__ import annotations

import atexit
import json
import os
import runpy
import sys


def _write_hwm() -> None:
    path = os.environ.get("BENCH_HWM_FILE")
    if not path:
        return
    try:
        with open("/proc/self/status") as status:
            fields = dict(line.split(":", 1) for line in status if ":" in line)
        times = os.times()
        with open(path, "w") as out:
            json.dump({"hwm_kb": int(fields["VmHWM"].split()[0]), "cpu_s": times.user + times.system,
                       "user_s": times.user, "system_s": times.system}, out)
    except OSError:
        pass


if __name__ == "__main__":
    atexit.register(_write_hwm)
    module, sys.argv = sys.argv[1], sys.argv[1:]
    runpy.run_module(module, run_name="__main__", alter_sys=True)
