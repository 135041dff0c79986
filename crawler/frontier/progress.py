"""Each portal's progress in a province crawl, kept in Redis where every process and the
coordinator (crawler/province/run.py) can read it while the crawl runs.

One hash a portal: `state` (crawling, done, failed), `worker` (who holds or last held it), and
counts added by whoever crawled it: pages, new, changed, unchanged, gone, errors. A portal of the
registry with no hash yet is `queued`. Counts are added as deltas of each process's own stats, so a
portal that changed hands after a kill -9 keeps what both processes did: a request's counts go in
the same round trip that finishes it in the frontier (crawler/frontier/middlewares.py), so what a
killed process leaves uncounted is only what it leaves unfinished, which the next holder does again.

An extension (on with the frontier scheduler), so that the scheduler and the frontier middlewares
share one record of what was pushed (`crawler.get_extension(PortalProgress)`).
"""

from __future__ import annotations

import time

from scrapy.exceptions import NotConfigured

from .connection import SCHEDULER_PATH, Keys, redis_client, worker_name

COUNTS = ("pages", "new", "changed", "unchanged", "gone", "errors")


class PortalProgress:
    def __init__(self, server, keys, crawler) -> None:
        self.server = server
        self.keys = keys
        self.crawler = crawler
        self._pushed: dict[tuple[str, str], int] = {}

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        if settings.get("SCHEDULER") != SCHEDULER_PATH:
            raise NotConfigured
        return cls(redis_client(settings.get("FRONTIER_REDIS_URL")), Keys(settings.get("FRONTIER_NAME")), crawler)

    @property
    def _worker(self) -> str:
        return worker_name(self.crawler.settings)

    def crawling(self, site: str) -> None:
        self.server.hset(self.keys.progress(site), mapping={"state": "crawling", "worker": self._worker,
                                                            "updated": time.time()})

    def done(self, site: str) -> None:
        self.push([site])
        unreachable = self.crawler.stats.get_value(f"site/{site}/unreachable")
        state = {"state": "failed", "reason": unreachable} if unreachable else {"state": "done"}
        self.server.hset(self.keys.progress(site), mapping={**state, "worker": self._worker, "updated": time.time()})

    def count_into(self, pipe, site: str) -> None:
        """Queue on `pipe` what this process did at one portal since the last push."""
        stats = self.crawler.stats
        for count in COUNTS:
            value = stats.get_value(f"site/{site}/{count}")
            if isinstance(value, int):
                self._add(pipe, site, count, value)

    def _add(self, pipe, site: str, count: str, value: int) -> None:
        delta = value - self._pushed.get((site, count), 0)
        if delta:
            pipe.hincrby(self.keys.progress(site), count, delta)
            self._pushed[(site, count)] = value

    def push(self, held) -> None:
        """Add what this process did since the last push, for every portal it touched."""
        stats = self.crawler.stats.get_stats()
        pipe = self.server.pipeline(transaction=False)
        for key, value in stats.items():
            if not key.startswith("site/") or key.count("/") != 2:
                continue
            _, site, count = key.split("/")
            if count in COUNTS and isinstance(value, int):
                self._add(pipe, site, count, value)
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
            # Its holder stopped (or died): with work left, the next lease takes it; with none, the
            # holder finished the portal and died before giving it back (nobody will take it again).
            state = "waiting" if queued or inflight else "done"
        if state == "done" and (queued or inflight):
            state = "queued"        # more was found for it after it drained
        row = {"site": site, "state": state, "worker": fields.get("worker"), "reason": fields.get("reason"),
               "mode": fields.get("mode") or None, "queued": queued, "in_flight": inflight}
        row.update({count: int(fields.get(count, 0)) for count in COUNTS})
        rows.append(row)
    return rows
