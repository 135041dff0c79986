"""Politeness as configured, seen from the portal: per-host concurrency and the delay between two
requests (crawler/downloader.py corrects Scrapy's downloader on both)."""

from __future__ import annotations

import random
import statistics

from scrapy.core.downloader import Slot

from crawler.downloader import OneDrawSlot
from tests.conftest import run_crawl
from tests.fixtures.portal import Portal
from tests.fixtures.server import FixtureServer


def test_a_portal_never_sees_more_than_its_concurrency_at_once(tmp_path):
    """With no delay (as where AutoThrottle lowers it to nothing), Scrapy 2.19 under the asyncio
    reactor started every queued request of a portal at once."""
    with FixtureServer(Portal(seed=41, n_articles=12), latency=0.05) as server:
        run_crawl(tmp_path / "archive.db", "-a", f"start_url={server.url('/')}",
                  settings={"CONCURRENT_REQUESTS_PER_DOMAIN": "2", "DOWNLOAD_DELAY": "0"})
        assert len(server.requests) > 30
        assert server.max_active <= 2, f"{server.max_active} requests at once against a limit of 2"


def test_two_requests_to_a_portal_are_never_closer_than_the_delay_allows(tmp_path):
    delay, jitter = 0.2, 0.5
    with FixtureServer(Portal(seed=42, n_articles=6), latency=0.02) as server:
        run_crawl(tmp_path / "archive.db", "-a", f"start_url={server.url('/')}",
                  settings={"CONCURRENT_REQUESTS_PER_DOMAIN": "2", "DOWNLOAD_DELAY": str(delay),
                            "DOWNLOAD_DELAY_JITTER": str(jitter)})
        gaps = [later - earlier for earlier, later in zip(server.arrivals, server.arrivals[1:])]
        assert len(gaps) > 15
        # Departures are at least the smallest draw apart; arrivals differ from them by the loopback.
        assert min(gaps) >= delay * (1 - jitter) - 0.01, sorted(gaps)[:5]


def test_the_delay_is_drawn_once_for_each_request_that_leaves():
    random.seed(7)
    slot = OneDrawSlot(2, 0.5, 0.5)
    first = slot.download_delay()
    assert 0.25 <= first <= 0.75
    assert all(slot.download_delay() == first for _ in range(20))   # looked at again: the same draw
    slot.lastseen = 10.0                                             # a request left
    draws = {slot.download_delay() for _ in range(5)}
    assert len(draws) == 1 and draws != {first}
    slot.delay = 0.8                                                 # AutoThrottle moved the delay
    assert 0.4 <= slot.download_delay() <= 1.2


def _mean_gap(slot: Slot, departures: int = 4000) -> float:
    """Scrapy's downloader with a request always waiting in the slot (Downloader._process_queue):
    right after a request leaves the queue is looked at, and at each look the request waits for
    the delay drawn at that look, less what it has waited already, on a timer that looks again."""
    gaps = []
    for departure in range(departures):
        slot.lastseen = departure * 10.0
        now = slot.lastseen
        while (penalty := slot.download_delay() - (now - slot.lastseen)) > 1e-9:   # a timer is late, never early
            now += penalty
        gaps.append(now - slot.lastseen)
    return statistics.mean(gaps)


def test_the_mean_delay_is_the_configured_one():
    random.seed(11)
    assert abs(_mean_gap(OneDrawSlot(2, 0.5, 0.5)) - 0.5) < 0.02
    random.seed(11)
    assert _mean_gap(Slot(2, 0.5, 0.5)) > 0.58      # Scrapy's own slot draws anew at every look


def _gaps_with_a_late_loop(slot: Slot, lag, departures: int = 4000) -> list[float]:
    """As _mean_gap, with every timer firing `lag()` seconds late, as on a busy loop."""
    gaps, now = [], 0.0
    slot.lastseen = now
    previous = now
    for _ in range(departures):
        while (penalty := slot.download_delay() - (now - slot.lastseen)) > 1e-9:
            now += penalty + lag()
        slot.lastseen = now            # Scrapy's downloader: the request leaves now
        gaps.append(now - previous)
        previous = now
    return gaps[1:]


def test_a_late_loop_keeps_the_mean_delay_and_never_shortens_a_gap_below_the_jitters():
    random.seed(13)
    lag = lambda: random.uniform(0.0, 0.16)   # noqa: E731  (0.08 s late on average)
    ours = _gaps_with_a_late_loop(OneDrawSlot(2, 0.5, 0.5), lag)
    random.seed(13)
    scrapys = _gaps_with_a_late_loop(Slot(2, 0.5, 0.5), lag)
    assert abs(statistics.mean(ours) - 0.5) < 0.02, statistics.mean(ours)
    assert statistics.mean(scrapys) > 0.6        # the lateness added to every gap (and the redraws)
    assert min(ours) >= 0.5 * (1 - 0.5) - 1e-9


def test_a_slot_that_had_nothing_to_send_makes_up_nothing():
    random.seed(17)
    slot = OneDrawSlot(2, 0.5, 0.5)
    slot.lastseen = 100.0
    due = slot.lastseen + slot.download_delay()
    slot.lastseen = due + 5.0           # idle: the next request came 5 s after it could have left
    assert slot.lastseen == due + 5.0
    assert 0.25 <= slot.download_delay() <= 0.75
    left = slot.lastseen + slot.download_delay() + 0.1   # late by 0.1 s: made up on the next gap
    slot.lastseen = left
    assert abs(slot.lastseen - (left - 0.1)) < 1e-9
    assert slot.lastseen + slot.download_delay() - left >= 0.25 - 1e-9   # the gap: never below the jitter's


def test_without_a_delay_nothing_is_made_up():
    slot = OneDrawSlot(2, 0.0, 0.5)
    slot.lastseen = 3.0
    assert slot.download_delay() == 0.0
    slot.lastseen = 3.2
    assert slot.lastseen == 3.2 and slot.download_delay() == 0.0
