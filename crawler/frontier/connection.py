"""The Redis client and the key names of a frontier."""

from __future__ import annotations

import os
import socket

import redis
from redis.backoff import ExponentialBackoff
from redis.retry import Retry

SCHEDULER_PATH = "crawler.frontier.scheduler.FrontierScheduler"   # the frontier's parts are on with it


def redis_client(url: str, *, patient: bool = True) -> redis.Redis:
    """A client that rides out a Redis restart: each command retries with backoff for about half a
    minute before it gives up (the crawl waits; nothing it holds is dropped). Not `patient`: one
    try, for the first contact, where no Redis at all should be said at once."""
    retry = Retry(ExponentialBackoff(cap=2.0, base=0.05), retries=20 if patient else 0)
    return redis.Redis.from_url(url, retry=retry, retry_on_error=[redis.ConnectionError, redis.TimeoutError],
                                socket_timeout=30, socket_connect_timeout=5, health_check_interval=15)


def worker_name(settings) -> str:
    """This process in the frontier: FRONTIER_WORKER, else host name and pid (unique while it lives)."""
    return settings.get("FRONTIER_WORKER") or f"{socket.gethostname()}-{os.getpid()}"


class Keys:
    """Every key of one frontier starts with `commune-archive:<name>:`; `clear()` removes them all."""

    def __init__(self, name: str) -> None:
        self.prefix = prefix = f"commune-archive:{name}"
        self.hosts = f"{prefix}:hosts"            # set: every portal host that has had requests
        self.seq = f"{prefix}:seq"                # counter: first in, first out within a priority
        self.workers = f"{prefix}:workers"        # zset: worker -> its last heartbeat (unix time)
        self.dupefilter = f"{prefix}:dupefilter"  # set: fingerprints of every request asked for
        self.started = f"{prefix}:started"        # set: start requests that skip the dupefilter, once

    def queue(self, host: str) -> str:
        return f"{self.prefix}:queue:{host}"

    def inflight(self, host: str) -> str:
        return f"{self.prefix}:inflight:{host}"

    def lease(self, host: str) -> str:
        return f"{self.prefix}:lease:{host}"

    def popped(self, worker: str) -> str:
        """hash: a worker's last pop (its token and request), so that a pop run twice answers once."""
        return f"{self.prefix}:popped:{worker}"

    def progress(self, host: str) -> str:
        return f"{self.prefix}:progress:{host}"

    def pattern(self) -> str:
        return f"{self.prefix}:*"


def clear_frontier(server: redis.Redis, name: str) -> int:
    """Remove a frontier (after its crawl was merged); returns how many keys went."""
    keys = list(server.scan_iter(match=Keys(name).pattern(), count=1000))
    for start in range(0, len(keys), 500):
        server.delete(*keys[start:start + 500])
    return len(keys)
