"""Each portal's progress in a province crawl, kept in Redis where every process and the
coordinator (crawler/province/run.py) can read it while the crawl runs.

One hash a portal: `state` (crawling, done, failed), `worker` (who holds or last held it), and
counts added by whoever crawled it: pages, new, changed, unchanged, gone, errors. A portal of the
registry with no hash yet is `queued`. Counts are added as deltas of each process's own stats, so a
portal that changed hands after a kill -9 keeps what both processes did.
"""

from __future__ import annotations

import time

COUNTS = ("pages", "new", "changed", "unchanged", "gone", "errors")


class PortalProgress:
    def __init__(self, server, keys, crawler) -> None:
        self.server = server
        self.keys = keys
        self.crawler = crawler
        self._pushed: dict[tuple[str, str], int] = {}

    @property
    def _worker(self) -> str:
        from .connection import worker_name

        return worker_name(self.crawler.settings)

    def crawling(self, site: str) -> None:
        self.server.hset(self.keys.progress(site), mapping={"state": "crawling", "worker": self._worker,
                                                            "updated": time.time()})

    def done(self, site: str) -> None:
        self.push([site])
        unreachable = self.crawler.stats.get_value(f"site/{site}/unreachable")
        state = {"state": "failed", "reason": unreachable} if unreachable else {"state": "done"}
        self.server.hset(self.keys.progress(site), mapping={**state, "worker": self._worker, "updated": time.time()})

    def push(self, held) -> None:
        """Add what this process did since the last push, for every portal it touched."""
        stats = self.crawler.stats.get_stats()
        pipe = self.server.pipeline(transaction=False)
        for key, value in stats.items():
            if not key.startswith("site/") or key.count("/") != 2:
                continue
            _, site, count = key.split("/")
            if count not in COUNTS or not isinstance(value, int):
                continue
            delta = value - self._pushed.get((site, count), 0)
            if delta:
                pipe.hincrby(self.keys.progress(site), count, delta)
                self._pushed[(site, count)] = value
        for site in held:
            pipe.hset(self.keys.progress(site), mapping={"updated": time.time(),
                                                        "mode": stats.get(f"mode/{site}") or ""})
        pipe.execute()


def read_progress(server, keys, sites: list[str]) -> list[dict]:
    """The progress row of each portal: state, worker and counts (queued when nothing is known)."""
    pipe = server.pipeline(transaction=False)
    for site in sites:
        pipe.hgetall(keys.progress(site))
        pipe.exists(keys.lease(site))
        pipe.zcard(keys.queue(site))
        pipe.hlen(keys.inflight(site))
    answers = pipe.execute()
    rows = []
    for index, site in enumerate(sites):
        raw, leased, queued, inflight = answers[4 * index:4 * index + 4]
        fields = {k.decode(): v.decode() for k, v in raw.items()}
        state = fields.get("state", "queued")
        if state == "crawling" and not leased:
            state = "waiting"       # its holder stopped (or died) with work left: the next lease takes it
        if state == "done" and (queued or inflight):
            state = "queued"        # more was found for it after it drained
        row = {"site": site, "state": state, "worker": fields.get("worker"), "reason": fields.get("reason"),
               "mode": fields.get("mode") or None, "queued": queued, "in_flight": inflight}
        row.update({count: int(fields.get(count, 0)) for count in COUNTS})
        rows.append(row)
    return rows
