"""Worker processes (crawler/workers.py): the work done in a worker gives exactly what the crawl
process computes itself, the pool shuts down, a dead worker hands the work back, and a worker
never outlives a crawl killed with -9."""

from __future__ import annotations

import asyncio
import hashlib
import io
import os
import signal
import subprocess
import sys
import time

import pytest
from PIL import Image

from crawler.extract import SiteBoilerplate, parse_document
from crawler.extract.article import profile_for
from crawler.decoding import decode_page
from crawler.pagelinks import read_links_of
from crawler.pipelines.clean import clean_in_worker, clean_page
from crawler.pipelines.validation import MediaRejected, check_image
from crawler.workers import WorkerPool, WorkersUnavailable
from tests.worker_tasks import hashlib_hex
from tests.conftest import ROOT, open_archive, run_crawl
from tests.fixtures.portal import Portal
from tests.fixtures.server import FixtureServer

BASE = "http://127.0.0.1:8000"


def _unknown_layout_page(n: int) -> str:
    """A page of a layout no profile knows: the same menu and footer on every page (boilerplate
    the site model learns), a different article on each."""
    paragraphs = "".join(f"<p>Đoạn {n}.{i}: nội dung riêng của bài viết số {n}, không lặp lại ở trang khác.</p>"
                         for i in range(6))
    return (
        "<html><head><title>Bài {n} | Xã Thử</title></head><body>"
        "<div class='menu'><ul><li><a href='/'>Trang chủ</a></li><li><a href='/gioi-thieu'>Giới thiệu</a></li>"
        "<li><a href='/tin-tuc'>Tin tức</a></li></ul></div>"
        f"<div class='noidung'><h1>Bài viết số {n}</h1>{paragraphs}</div>"
        "<div class='chan'><p>Bản quyền thuộc về Ủy ban nhân dân xã Thử. Địa chỉ: ấp Một, xã Thử.</p></div>"
        "</body></html>"
    ).replace("{n}", str(n))


def _without_cpu(result: dict) -> dict:
    return {key: value for key, value in result.items() if key not in ("cpu_ms", "parsed_before")}


@pytest.fixture(scope="module")
def pool():
    workers = WorkerPool(1)
    yield workers
    workers.close()


def _run(coroutine):
    return asyncio.run(coroutine)


def test_a_worker_imports_neither_scrapy_nor_the_main_module(pool):
    """Its tasks need the extractor, link reading and validation only: no Scrapy (~25 MB a worker),
    and not the program that started the pool (here pytest; in a crawl the `scrapy` command)."""
    modules = _run(pool.run(eval, "sorted(__import__('sys').modules)"))
    assert "scrapy" not in modules and "twisted" not in modules
    assert "pytest" not in modules and "_pytest" not in modules


def test_clean_in_a_worker_equals_clean_in_process_with_site_learning(pool):
    pages = [(f"{BASE}/bai-{n}", _unknown_layout_page(n)) for n in range(8)]
    assert profile_for(parse_document(pages[0][1]), pages[0][0]) is None, "the pages must exercise the site model"
    model = SiteBoilerplate()
    here = [_without_cpu(clean_page(html, url, False, lambda: model)) for url, html in pages]

    async def in_worker():
        return [await pool.run(clean_in_worker, html, url, "127.0.0.1:8000", False, key="127.0.0.1:8000")
                for url, html in pages]

    there = [_without_cpu(result) for result in _run(in_worker())]
    assert there == here
    assert model.pages == len(pages) and here[-1]["article"] is not None


def test_clean_of_a_profiled_page_and_the_home_page(pool):
    portal = Portal(seed=0)
    for path, is_home in [(portal.articles[0].path, False), ("/", True)]:
        html = portal.respond(path, BASE).body.decode("utf-8")
        here = _without_cpu(clean_page(html, BASE + path, is_home, SiteBoilerplate))
        there = _without_cpu(_run(pool.run(clean_in_worker, html, BASE + path, "127.0.0.1:8000", is_home, key="x")))
        assert there == here
    assert here["site_name"]


def _without_timings(page):
    return page._replace(parse_ms=0.0, links_ms=0.0)


def test_links_read_in_a_worker_equal_links_read_in_process(pool):
    portal = Portal(seed=0)
    for path in ["/", portal.listing_paths()[0], portal.articles[3].path, portal.pages[0].path]:
        answer = portal.respond(path, BASE)
        html, encoding = decode_page(answer.body, answer.content_type)
        here = read_links_of(BASE + path, html, encoding, BASE + path, "127.0.0.1:8000", "http")
        there = _run(pool.run(read_links_of, BASE + path, html, encoding, BASE + path, "127.0.0.1:8000", "http"))
        assert _without_timings(there) == _without_timings(here)
        assert here.links and here.parse_ms > 0


def test_a_page_is_parsed_once_for_its_links_and_its_article(monkeypatch):
    """Discovery keeps the tree it parsed; cleaning the same page takes it instead of parsing again,
    and gets the article it would have got from a parse of its own."""
    import crawler.parsedpages as parsedpages

    portal = Portal(seed=0)
    path = portal.articles[2].path
    html, encoding = decode_page(*(lambda a: (a.body, a.content_type))(portal.respond(path, BASE)))
    expected = _without_cpu(clean_page(html, BASE + path, False, SiteBoilerplate))
    parses = []
    real_parse = parsedpages.parse_document
    monkeypatch.setattr(parsedpages, "parse_document", lambda text: parses.append(1) or real_parse(text))
    read_links_of(BASE + path, html, encoding, BASE + path, "127.0.0.1:8000", "http")
    result = clean_page(html, BASE + path, False, SiteBoilerplate)
    assert result["parsed_before"] and _without_cpu(result) == expected
    assert len(parses) == 1
    # The tree went to its reader: the next clean of the page parses it again.
    clean_page(html, BASE + path, False, SiteBoilerplate)
    assert len(parses) == 2
    # A kept tree is only ever given for the very text it was parsed from.
    read_links_of(BASE + path, html, encoding, BASE + path, "127.0.0.1:8000", "http")
    edited = html.replace("</h1>", " (đã sửa)</h1>", 1)
    assert edited != html
    result = _without_cpu(clean_page(edited, BASE + path, False, SiteBoilerplate))
    assert len(parses) == 4
    assert "(đã sửa)" in result["article"]["title"]
    assert result == _without_cpu(clean_page(edited, BASE + path, False, SiteBoilerplate))


def test_image_checks_and_refusals_cross_the_process_boundary(pool):
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), "red").save(buffer, "JPEG")
    jpeg = buffer.getvalue()
    here, there = check_image(jpeg, 10_000_000), _run(pool.run(check_image, jpeg, 10_000_000))
    assert there[:4] == here[:4] == ("image/jpeg", 64, 48, here.sha256)
    with pytest.raises(MediaRejected, match="HTML page"):
        _run(pool.run(check_image, b"<!DOCTYPE html><html></html>", 10_000_000))
    with pytest.raises(MediaRejected, match="corrupt|not an image"):
        _run(pool.run(check_image, jpeg[: len(jpeg) // 2], 10_000_000))


def test_a_worker_runs_waiting_tasks_by_priority_then_in_order(pool):
    """Work that finishes an item (cleaning) goes before work that starts new ones (reading links);
    among equals, the order they were sent (a site's pages are cleaned in order)."""
    async def scenario():
        busy = asyncio.ensure_future(pool.run(time.sleep, 0.5))
        await asyncio.sleep(0.1)  # the worker is busy: what follows waits, all of it
        sent = [(priority, asyncio.ensure_future(pool.run(time.monotonic, priority=priority)))
                for priority in (0, 0, 2, 1, 2, 0, 2)]
        await busy
        return [(priority, number, await task) for number, (priority, task) in enumerate(sent)]

    ran = sorted(_run(scenario()), key=lambda task: task[2])
    assert [(priority, number) for priority, number, _ in ran] == [(2, 2), (2, 4), (2, 6), (1, 3), (0, 0), (0, 1), (0, 5)]


def test_large_and_many_tasks_cross_the_socket_whole(pool):
    """Frames larger than the socket's buffers, and many at once, arrive whole and in their place."""
    async def scenario():
        payloads = [bytes([n]) * size for n, size in enumerate([8_000_000, 10, 3_000_000, 65_537, 0, 1_500_000] * 3)]
        answers = await asyncio.gather(*(pool.run(hashlib_hex, payload) for payload in payloads))
        return answers == [hashlib.sha256(payload).hexdigest() for payload in payloads]

    assert _run(scenario())


def _worker_pids(pool: WorkerPool) -> list[int]:
    return pool.pids


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_close_ends_the_workers_and_later_work_is_handed_back():
    workers = WorkerPool(2)
    assert _run(workers.run(sum, [1, 2, 3])) == 6
    pids = _worker_pids(workers)
    assert len(pids) == 2
    workers.close()
    assert not any(_alive(pid) for pid in pids)
    with pytest.raises(WorkersUnavailable):
        _run(workers.run(sum, [1]))


def test_a_dead_worker_hands_the_work_back():
    workers = WorkerPool(1)
    try:
        _run(workers.run(sum, [1]))
        for pid in _worker_pids(workers):
            os.kill(pid, signal.SIGKILL)
        time.sleep(0.5)
        with pytest.raises(WorkersUnavailable):
            _run(workers.run(sum, [1]))
    finally:
        workers.close()


def test_workers_exit_when_the_crawl_process_is_killed():
    script = (
        "import asyncio, sys\n"
        "from crawler.workers import WorkerPool\n"
        "pool = WorkerPool(2)\n"
        "asyncio.run(pool.run(sum, [1]))\n"
        "print(' '.join(str(p) for p in pool.pids), flush=True)\n"
        "sys.stdin.read()\n"
    )
    parent = subprocess.Popen([sys.executable, "-c", script], cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True)
    try:
        pids = [int(pid) for pid in parent.stdout.readline().split()]
        assert len(pids) == 2 and all(_alive(pid) for pid in pids)
    finally:
        parent.kill()
        parent.wait()
    deadline = time.monotonic() + 10
    while any(_alive(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(_alive(pid) for pid in pids), "a worker outlived its crawl"


def test_crawl_with_workers_archives_what_the_crawl_without_them_does(tmp_path):
    portal = Portal(seed=3)
    rows = {}
    with FixtureServer(portal) as server:
        for workers in (0, 1):
            archive = tmp_path / f"archive-{workers}.db"
            run_crawl(archive, "-a", f"start_url={server.base_url}/", settings={"WORKER_PROCESSES": str(workers)})
            db = open_archive(archive)
            rows[workers] = (
                sorted(tuple(row) for row in db.execute(
                    "SELECT url, kind, title, published, author, category, body_text, body_html, content_hash FROM articles")),
                sorted(tuple(row) for row in db.execute("SELECT sha256, mime, width, height, size FROM images")),
                db.execute("SELECT name FROM sites").fetchall()[0][0],
            )
            db.close()
    assert rows[1] == rows[0]
    assert len(rows[0][0]) == len(portal.expected_all(server.base_url))


def test_workers_of_a_script_do_not_re_import_the_script(tmp_path):
    """The `scrapy` console script is a file that imports Scrapy at its top; multiprocessing would
    run it again in every spawned worker. A script of the same shape starts a pool here."""
    script = tmp_path / "command.py"
    script.write_text(
        "import asyncio, sys\n"
        "import scrapy.cmdline  # what the scrapy console script imports\n"
        "from crawler.workers import WorkerPool\n"
        "pool = WorkerPool(1)\n"
        "modules = asyncio.run(pool.run(eval, \"sorted(__import__('sys').modules)\"))\n"
        "pool.close()\n"
        "print('scrapy' in modules, 'twisted' in modules)\n"
    )
    process = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert process.returncode == 0, process.stderr[-3000:]
    assert process.stdout.split() == ["False", "False"]
