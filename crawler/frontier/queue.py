"""The shared request queue: one priority queue per portal host, taken by lease.

A scrapy-redis queue class (SCHEDULER_QUEUE_CLASS). `push` files a request under its host. `pop`
serves the hosts this process holds a lease on, the least busy downloader slot first, and takes
the lease of another host with work when it has room: at most FRONTIER_MAX_PORTALS hosts, and no
more than its fair share of the hosts with work among the live workers, so that a second process
finds portals to crawl. A popped request is copied into the host's `inflight` hash until the
process has finished with it (crawler/frontier/middlewares.py); taking a lease puts whatever a
previous holder left there back in the queue, so a process killed mid-crawl loses nothing.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import random
import time
import uuid

from scrapy import signals
from scrapy.pqueues import DownloaderInterface
from scrapy_redis.queue import Base

from ..discovery.urls import host_of
from .connection import Keys, worker_name

ENTRY = "frontier_entry"   # request.meta: (host, field) of the request's inflight entry
START_ONCE = "frontier_start_once"   # request.meta: a start request one process of the frontier queues
EMPTY_RECHECK_SECONDS = 0.5   # a held host found with nothing queued is asked again after this
ACQUIRE_RECHECK_SECONDS = 0.5  # no host could be taken: the leases are asked for again after this
# A popped request counts against its host until it reaches the host's download slot; one that
# never does (a downloader middleware dropped or replaced it) stops counting after this.
ON_THE_WAY_SECONDS = 2.0

# The client retries a command whose answer was lost to a Redis restart, so a command may run twice:
# each script below gives the same outcome run once or twice.
#
# Push a request unless its fingerprint (ARGV[4]; '' = none) is already in the set KEYS[4] (the
# dupefilter, or the start requests queued once): seen and queued in one step, so a second run
# finds it seen and it is queued all the same. FIFO within a priority: the score is -priority,
# then the order of arrival. Returns 1 if queued, 0 if seen before.
_PUSH = """
if ARGV[4] ~= '' and redis.call('sadd', KEYS[4], ARGV[4]) == 0 then return 0 end
local seq = redis.call('incr', KEYS[3])
redis.call('zadd', KEYS[1], -tonumber(ARGV[1]) * 1e10 + seq, ARGV[2])
redis.call('sadd', KEYS[2], ARGV[3])
return 1
"""
# Pop the first request of the first host with one, of hosts given in order of preference (KEYS[2..]:
# queue and inflight of each), and note it as in flight, in one step: one round trip however many
# hosts are held and empty. Returns {index of the host, request}. The pop is noted under its token
# (ARGV[1]) in this worker's hash KEYS[1]: run again, it answers the same request rather than
# taking a second one and leaving the first in flight with nobody to fetch it.
_POP = """
if redis.call('hget', KEYS[1], 'token') == ARGV[1] then
  return {tonumber(redis.call('hget', KEYS[1], 'index')), redis.call('hget', KEYS[1], 'request')}
end
for index = 2, #KEYS, 2 do
  local popped = redis.call('zpopmin', KEYS[index])
  if #popped > 0 then
    redis.call('hset', KEYS[index + 1], redis.sha1hex(popped[1]), popped[1])
    local host = (index - 2) / 2
    redis.call('hset', KEYS[1], 'token', ARGV[1], 'index', host, 'request', popped[1])
    return {host, popped[1]}
  end
end
return false
"""
_RENEW = """
if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) end
return 0
"""
# A lease is given back only by its holder, and only when the host has nothing in flight, and
# (unless it is handed over to another process: ARGV[2] = 1) nothing queued. Run again after it
# gave the lease back, it finds no lease and nothing left: given back all the same.
_RELEASE = """
local holder = redis.call('get', KEYS[1])
if not holder and redis.call('hlen', KEYS[3]) == 0 and redis.call('zcard', KEYS[2]) == 0 then return 1 end
if holder ~= ARGV[1] then return -1 end
if redis.call('hlen', KEYS[3]) > 0 then return 0 end
if ARGV[2] ~= '1' and redis.call('zcard', KEYS[2]) > 0 then return 0 end
redis.call('del', KEYS[1])
return 1
"""


def host_of_request(request) -> str:
    """The portal a request goes to: the archive's site key (host[:port], `www.` aside)."""
    return host_of(request.url)


def slot_of(host: str) -> str:
    """Scrapy's download slot for a site key: the host name alone."""
    return host.rsplit(":", 1)[0] if host.count(":") == 1 else host


def entry_field(data: bytes) -> str:
    return hashlib.sha1(data).hexdigest()


class HostLeasedQueue(Base):
    def __init__(self, server, spider, key, serializer=None):
        super().__init__(server, spider, key, serializer)
        settings = spider.crawler.settings
        self.crawler = spider.crawler
        self.keys = Keys(settings.get("FRONTIER_NAME"))
        self.worker = worker_name(settings)
        self.lease_ms = int(settings.getfloat("FRONTIER_LEASE_SECONDS", 30) * 1000)
        self.max_portals = max(1, settings.getint("FRONTIER_MAX_PORTALS", 64))
        self.per_host = max(1, settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN", 2))
        self.held: set[str] = set()
        self.handing_over: set[str] = set()   # held beyond this process's share: no more popped
        self.on_lease = None            # callbacks set by the scheduler: progress of a portal
        self.on_release = None
        self._push = server.register_script(_PUSH)
        self._pop = server.register_script(_POP)
        self._renew = server.register_script(_RENEW)
        self._release = server.register_script(_RELEASE)
        self._next_acquire = 0.0
        self._next_look = 0.0
        self._others_have_work = False
        self._downloader = None
        self._empty_until: dict[str, float] = {}   # host -> until when its queue is taken as empty
        # host -> {entry field: when popped} of requests popped and not yet in the download slot
        self._on_the_way: dict[str, dict[str, float]] = {}
        self._unpushed: list = []     # (request, host, (seen key, fingerprint), replaced entry) to push
        self.crawler.signals.connect(self._reached_slot, signal=signals.request_reached_downloader)
        self._pop_tokens = map(f"{uuid.uuid4().hex}:{{}}".format, itertools.count(1))   # unique per pop

    # -- scrapy-redis queue interface ----------------------------------------------------------
    def __len__(self) -> int:
        """Requests queued for the hosts this process holds."""
        if not self.held:
            return 0
        pipe = self.server.pipeline(transaction=False)
        for host in self.held:
            pipe.zcard(self.keys.queue(host))
        return sum(pipe.execute())

    def push(self, request, seen: tuple[str, str] | None = None) -> bool:
        """Queue the request under its host; with `seen` (a set's key, the request's fingerprint),
        only if the fingerprint is not in that set yet. Returns whether it was queued."""
        self.push_later(request, seen)
        return self.flush()[-1][1]

    def push_later(self, request, seen: tuple[str, str] | None = None, replaced: tuple[str, str] | None = None) -> None:
        """`push` at the next `flush`, and then `replaced` (a (host, field) inflight entry: the
        request this one retries or redirects) is finished. A page gives tens of links: they go
        to Redis in one round trip, not one each."""
        host = host_of_request(request)
        self._unpushed.append((request, host, seen or (self.keys.dupefilter, ""), replaced))
        self._empty_until.pop(host, None)

    def flush(self) -> list[tuple[object, bool, str]]:
        """Send the pushes waiting, in the order asked, in one round trip. Returns (request, whether
        it was queued, the key of the set it was checked against) for each."""
        if not self._unpushed:
            return []
        batch, self._unpushed = self._unpushed, []
        pipe = self.server.pipeline(transaction=False)
        for request, host, (seen_key, fingerprint), replaced in batch:
            self._push(keys=[self.keys.queue(host), self.keys.hosts, self.keys.seq, seen_key],
                       args=[request.priority, self._encode_request(request), host, fingerprint], client=pipe)
            if replaced:
                pipe.hdel(self.keys.inflight(replaced[0]), replaced[1])
        answers = iter(pipe.execute())
        done = []
        for request, _host, (seen_key, _fingerprint), replaced in batch:
            done.append((request, bool(next(answers)), seen_key))
            if replaced:
                next(answers)
        return done

    def pop(self, timeout=0):
        now = time.monotonic()
        hosts = [host for host in self._by_activity() if self._empty_until.get(host, 0) <= now]
        request = self._pop_first(hosts)
        if request is None:
            # The engine asks again after every download; a held host's queue fills from this
            # process's pushes (which clear the mark) or, rarely, another's (seen a moment later).
            self._empty_until.update(dict.fromkeys(hosts, now + EMPTY_RECHECK_SECONDS))
            host = self._acquire()
            request = self._pop_first([host]) if host else None
        return request

    def clear(self) -> None:
        """A frontier is removed whole, by name (crawler/frontier/connection.py clear_frontier)."""

    # -- the hosts held ------------------------------------------------------------------------
    def _by_activity(self) -> list[str]:
        """Held hosts, those with the fewest downloads in progress first; a host whose slot is
        already at its concurrency waits (its requests would only queue in this process)."""
        if not self.held:
            return []
        if self._downloader is None:
            self._downloader = DownloaderInterface(self.crawler)
        in_slot = {slot: active for active, slot in self._downloader.stats({slot_of(host) for host in self.held})}
        busy = {host: in_slot.get(slot_of(host), 0) + self._popped_not_in_slot(host) for host in self.held}
        ready = [host for host in self.held - self.handing_over if busy[host] < self.per_host]
        random.shuffle(ready)
        return sorted(ready, key=busy.__getitem__)

    def _popped_not_in_slot(self, host: str) -> int:
        """Requests of the host popped and not yet in its download slot. The engine pops request
        after request in one pass of its loop, and a request reaches its slot only in a later one
        (after the downloader middlewares, as a task): without them, a host looks idle for the
        whole pass and gives everything it has queued, which then waits in this process, behind
        it whatever the host's pages lead to next (a listing's next page)."""
        popped = self._on_the_way.get(host)
        if not popped:
            return 0
        stale = time.monotonic() - ON_THE_WAY_SECONDS
        for field in [field for field, when in popped.items() if when < stale]:
            del popped[field]
        return len(popped)

    def _reached_slot(self, request, spider=None) -> None:
        entry = request.meta.get(ENTRY)
        if entry:
            self._on_the_way.get(entry[0], {}).pop(entry[1], None)

    def _pop_first(self, hosts: list[str]):
        if not hosts:
            return None
        keys = [key for host in hosts for key in (self.keys.queue(host), self.keys.inflight(host))]
        popped = self._pop(keys=[self.keys.popped(self.worker), *keys], args=[next(self._pop_tokens)])
        if not popped:
            return None
        index, data = popped
        request = self._decode_request(data)
        host, field = hosts[int(index)], entry_field(data)
        request.meta[ENTRY] = (host, field)
        self._on_the_way.setdefault(host, {})[field] = time.monotonic()
        return request

    def has_work(self) -> bool:
        """Whether pop() could give something now or soon: a held host with queued requests, or a
        host this process could take."""
        if len(self) > 0:
            return True
        now = time.monotonic()
        if now >= self._next_look:          # the engine asks often; the other hosts change slowly
            self._next_look = now + 0.5
            self._others_have_work = len(self.held) < self._cap() and bool(self._candidates(limit=1))
        return self._others_have_work

    def _cap(self) -> int:
        """No more hosts than FRONTIER_MAX_PORTALS, nor than a fair share among live workers."""
        now = time.time()
        live = self.server.zcount(self.keys.workers, now - 2 * self.lease_ms / 1000, "+inf") or 1
        with_work = self.server.scard(self.keys.hosts)
        return max(1, min(self.max_portals, math.ceil(with_work / live)))

    def _candidates(self, limit: int | None = None) -> list[str]:
        """Hosts with queued or in-flight requests and no live lease, in random order."""
        hosts = [host.decode() if isinstance(host, bytes) else host
                 for host in self.server.smembers(self.keys.hosts)]
        hosts = [host for host in hosts if host not in self.held]
        random.shuffle(hosts)
        found = []
        for start in range(0, len(hosts), 200):
            batch = hosts[start:start + 200]
            pipe = self.server.pipeline(transaction=False)
            for host in batch:
                pipe.exists(self.keys.lease(host))
                pipe.zcard(self.keys.queue(host))
                pipe.hlen(self.keys.inflight(host))
            answers = pipe.execute()
            for index, host in enumerate(batch):
                leased, queued, inflight = answers[3 * index:3 * index + 3]
                if not leased and (queued or inflight):
                    found.append(host)
                    if limit and len(found) >= limit:
                        return found
        return found

    def _acquire(self) -> str | None:
        """Take the leases of hosts with work, up to this process's share; returns one of them."""
        now = time.monotonic()
        if now < self._next_acquire:
            return None
        room = self._cap() - len(self.held)
        if room <= 0:
            # Held to the share: look again in a moment, or as soon as a host is let go.
            self._next_acquire = now + ACQUIRE_RECHECK_SECONDS
            return None
        taken = []
        for host in self._candidates():
            if len(taken) >= room:
                break
            if self.server.set(self.keys.lease(host), self.worker, nx=True, px=self.lease_ms):
                self.held.add(host)
                # The portals this process crawled: its run_sites rows and monitors are about these.
                self.crawler.stats.set_value(f"frontier/portal/{host}", self.worker)
                self._requeue_inflight(host)
                if self.on_lease:
                    self.on_lease(host)
                taken.append(host)
        if not taken:
            self._next_acquire = now + ACQUIRE_RECHECK_SECONDS  # nothing free: a busy engine asks many times a second
        return taken[0] if taken else None

    def _requeue_inflight(self, host: str) -> None:
        """What the previous holder took and never finished goes back in the queue."""
        left = self.server.hgetall(self.keys.inflight(host))
        for field, data in left.items():
            request = self._decode_request(data)
            self.push(request)
            self.server.hdel(self.keys.inflight(host), field)
        if left:
            self.crawler.stats.inc_value("frontier/requeued", len(left))
            self.spider.logger.info("%s: %d requests a previous holder left unfinished are queued again",
                                    host, len(left))

    def renew(self) -> None:
        """Keep the leases alive; a lease lost (this process stalled longer than the lease) is let go.
        Hosts held beyond this process's fair share (another process joined) are handed over: none
        of their requests is popped any more, and each goes back once its last one is finished."""
        for host in list(self.held):
            if not self._renew(keys=[self.keys.lease(host)], args=[self.worker, self.lease_ms]):
                self.held.discard(host)
                self.handing_over.discard(host)
                self.crawler.stats.inc_value("frontier/leases_lost")
                self.spider.logger.warning("%s: lease lost to another worker", host)
        self.server.zadd(self.keys.workers, {self.worker: time.time()})
        excess = len(self.held) - len(self.handing_over) - self._cap()
        if excess > 0:
            keep = sorted(self.held - self.handing_over)
            random.shuffle(keep)
            self.handing_over.update(keep[:excess])

    def release_drained(self) -> list[str]:
        """Give back the hosts with nothing queued or in flight; returns them."""
        released = []
        for host in list(self.held):
            handed = host in self.handing_over
            outcome = self._release(keys=[self.keys.lease(host), self.keys.queue(host), self.keys.inflight(host)],
                                    args=[self.worker, "1" if handed else "0"])
            if outcome != 0:
                self.held.discard(host)
                self.handing_over.discard(host)
            if outcome == 1 and handed:
                self.crawler.stats.inc_value("frontier/handed_over")
            elif outcome == 1:
                released.append(host)
                self._next_acquire = 0.0    # room for another host now
                if self.on_release:
                    self.on_release(host)
        return released

    def drained(self) -> list[str]:
        """Held hosts (not being handed over) with nothing queued and nothing in flight."""
        hosts = sorted(self.held - self.handing_over)
        return [host for host, left in zip(hosts, self._work_left(hosts)) if not left]

    def _work_left(self, hosts: list[str]) -> list[int]:
        """Each host's requests queued or in flight, in one round trip."""
        if not hosts:
            return []
        pipe = self.server.pipeline(transaction=False)
        for host in hosts:
            pipe.zcard(self.keys.queue(host))
            pipe.hlen(self.keys.inflight(host))
        answers = pipe.execute()
        return [queued + inflight for queued, inflight in zip(answers[::2], answers[1::2])]

    def forget_inflight(self) -> None:
        """Nothing is in progress in this process (it is idle): what its hosts still list as in
        flight was finished by a path that left no trace (a redirect, a dropped duplicate)."""
        for host in self.held:
            self.server.delete(self.keys.inflight(host))

    def unfinished(self) -> bool:
        """Whether any host of the frontier has requests queued or in flight (held by anyone)."""
        hosts = [host.decode() if isinstance(host, bytes) else host for host in self.server.smembers(self.keys.hosts)]
        return any(self._work_left(hosts))
