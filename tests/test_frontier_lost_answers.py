"""The frontier's commands when Redis loses their answer (crawler/frontier/queue.py).

A Redis restart can cut a connection after a command ran and before its answer came back; the
client then runs the command again. Here a proxy on 127.0.0.1 in front of a real Redis does just
that to one command, and the frontier must come out as if the command had run once: a new request
queued (not taken for its own duplicate), a popped request handed to the process (not left in
flight with nobody to fetch it), a lease given back."""

from __future__ import annotations

import socket
import threading

import pytest
import redis
from scrapy import Request

from crawler.frontier.queue import ENTRY, START_ONCE
from tests.frontier_scheduler import open_scheduler
from tests.redis_server import redis_server  # noqa: F401  (fixture)

PORTAL = "http://xa-vinh-te.example"


class AnswerLosingProxy:
    """Passes bytes both ways between its clients and Redis; once armed, the next answer Redis
    sends is not passed on and the client's connection is closed instead."""

    def __init__(self, redis_port: int) -> None:
        self.redis_port = redis_port
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.armed = threading.Event()
        self.lost = 0
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.redis_port))
            threading.Thread(target=self._pump, args=(client, upstream, False), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, True), daemon=True).start()

    def _pump(self, source: socket.socket, target: socket.socket, answers: bool) -> None:
        try:
            while data := source.recv(65536):
                if answers and self.armed.is_set():
                    self.armed.clear()
                    self.lost += 1
                    break
                target.sendall(data)
        except OSError:
            pass
        for end in (source, target):
            try:
                end.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            end.close()

    def close(self) -> None:
        self.listener.close()


@pytest.fixture
def proxy(redis_server):
    proxy = AnswerLosingProxy(redis_server.port)
    yield proxy
    proxy.close()


class IdleDownloader:
    """No crawl runs here: no download slot is busy (the queue serves the least busy host first)."""

    def stats(self, slots):
        return [(0, slot) for slot in slots]


@pytest.fixture
def scheduler(proxy):
    scheduler = open_scheduler(proxy.url, "lost-answers", IdleDownloader())
    # The scripts are in Redis before any answer is lost (else the answer lost is "no such script").
    queue = scheduler.queue
    for script in (queue._push, queue._pop, queue._renew, queue._release):
        scheduler.server.script_load(script.script)
    scheduler.enqueue_request(Request(f"{PORTAL}/warm-up"))
    warm_up = scheduler.next_request()
    assert warm_up.url == f"{PORTAL}/warm-up"
    host, field = warm_up.meta[ENTRY]
    scheduler.server.hdel(scheduler.queue.keys.inflight(host), field)     # fetched and finished
    yield scheduler
    scheduler.close("shutdown")


def queued(scheduler) -> list[str]:
    keys = scheduler.queue.keys
    server = redis.Redis(port=scheduler.server.connection_pool.connection_kwargs["port"])
    host = "xa-vinh-te.example"
    return [scheduler.queue._decode_request(data).url for data in server.zrange(keys.queue(host), 0, -1)]


def test_a_new_request_whose_answer_is_lost_is_queued_all_the_same(scheduler, proxy):
    proxy.armed.set()
    scheduler.enqueue_request(Request(f"{PORTAL}/tin-tuc/hop-dan"))
    scheduler.flush()
    assert proxy.lost == 1
    assert queued(scheduler) == [f"{PORTAL}/tin-tuc/hop-dan"]
    scheduler.enqueue_request(Request(f"{PORTAL}/tin-tuc/hop-dan"))    # a duplicate still is one
    scheduler.flush()
    assert queued(scheduler) == [f"{PORTAL}/tin-tuc/hop-dan"]


def test_a_start_request_queued_once_whose_answer_is_lost_is_queued(scheduler, proxy):
    proxy.armed.set()
    scheduler.enqueue_request(Request(f"{PORTAL}/", dont_filter=True, meta={START_ONCE: True}))
    scheduler.flush()
    assert proxy.lost == 1
    assert queued(scheduler) == [f"{PORTAL}/"]
    # Another process of the frontier runs the same start: it queues nothing.
    scheduler.enqueue_request(Request(f"{PORTAL}/", dont_filter=True, meta={START_ONCE: True}))
    scheduler.flush()
    assert queued(scheduler) == [f"{PORTAL}/"]


def test_a_pop_whose_answer_is_lost_hands_over_the_request_it_took(scheduler, proxy):
    for path in ("/tin-tuc/hop-dan", "/tin-tuc/ra-quan"):
        scheduler.enqueue_request(Request(PORTAL + path))
    scheduler.flush()
    proxy.armed.set()
    request = scheduler.next_request()
    assert proxy.lost == 1
    assert request.url == f"{PORTAL}/tin-tuc/hop-dan"
    assert queued(scheduler) == [f"{PORTAL}/tin-tuc/ra-quan"]
    # Only the request handed over is in flight, and finishing it leaves nothing behind.
    host, field = request.meta[ENTRY]
    inflight = scheduler.server.hkeys(scheduler.queue.keys.inflight(host))
    assert [key.decode() for key in inflight] == [field]
    assert scheduler.next_request().url == f"{PORTAL}/tin-tuc/ra-quan"


def test_a_lease_given_back_whose_answer_is_lost_is_given_back(scheduler, proxy):
    host = next(iter(scheduler.queue.held))      # the warm-up request's portal, nothing left in it
    proxy.armed.set()
    assert scheduler.queue.release_drained() == [host]
    assert proxy.lost == 1
    assert not scheduler.queue.held
