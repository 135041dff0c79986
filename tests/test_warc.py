"""WARC and WACZ with the field's own tools (issue 18): a real crawl's captures exported with
`python -m crawler.warc export`, checked by `warcio check` and `wacz validate`; imported back into
a new archive; a WARC written by Debian's `wget --warc-file` of a fixture portal imported into a
correct archive; bad input refused in one line, nothing archived lost."""

from __future__ import annotations

import base64
import hashlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from crawler.discovery.wayback import capture_time
from tests.conftest import ROOT, open_archive, run_crawl
from tests.fixtures.portal import Portal
from tests.fixtures.server import FixtureServer
from tests.test_captures import article_rows

pytestmark = pytest.mark.slow
BIN = Path(sys.executable).parent
WGET = shutil.which("wget") or "/usr/bin/wget"


def warc_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "crawler.warc", *map(str, args)], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)


def records(path: Path) -> list:
    with open(path, "rb") as stream:
        return [(record.rec_type, record.rec_headers, record.http_headers, record.content_stream().read())
                for record in ArchiveIterator(stream)]


@pytest.fixture(scope="module")
def portal_crawl(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("warc")
    portal = Portal(seed=4, n_articles=16)
    archive = tmp_path / "archive.db"
    with FixtureServer(portal) as server:
        run_crawl(archive, "-a", f"start_url={server.base_url}/")
        run_crawl(archive, "-a", f"start_url={server.base_url}/")     # revisits
        yield portal, server, archive, tmp_path


@pytest.fixture(scope="module")
def exported(portal_crawl):
    _portal, _server, archive, tmp_path = portal_crawl
    warc, wacz = tmp_path / "crawl.warc.gz", tmp_path / "crawl.wacz"
    done = warc_cli("export", archive, warc, "--wacz", wacz)
    assert done.returncode == 0, done.stderr[-3000:]
    return warc, wacz, done.stdout


def test_export_passes_warcio_check_and_wacz_validate(exported, portal_crawl):
    warc, wacz, summary = exported
    check = subprocess.run([BIN / "warcio", "check", "-v", warc], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout[-2000:]
    assert "digest pass" in check.stdout and "digest fail" not in check.stdout
    valid = subprocess.run([BIN / "wacz", "validate", "-f", wacz], capture_output=True, text=True)
    assert valid.returncode == 0 and "Validation succeeded" in valid.stdout, valid.stdout[-2000:]
    archive = portal_crawl[2]
    articles = open_archive(archive).execute("SELECT count(*) FROM articles").fetchone()[0]
    assert f"{articles} article pages" in summary


def test_every_capture_is_a_record_with_its_request_digest_and_revisits(exported, portal_crawl):
    warc, _wacz, _summary = exported
    db = open_archive(portal_crawl[2])
    written = records(warc)
    assert written[0][0] == "warcinfo"
    kinds = [kind for kind, *_ in written]
    captures = db.execute("SELECT record, count(*) FROM captures GROUP BY record").fetchall()
    expected = {row[0]: row[1] for row in captures}
    assert kinds.count("response") == expected["response"] and kinds.count("revisit") == expected["revisit"]
    assert kinds.count("request") == expected["response"] + expected["revisit"]
    ids = {headers.get_header("WARC-Record-ID") for kind, headers, *_ in written}
    for kind, headers, http, body in written:
        assert headers.protocol == "WARC/1.1"
        if kind == "response":
            digest = base64.b32encode(hashlib.sha256(body).digest()).decode()
            if not http.get_header("Content-Encoding"):
                assert headers.get_header("WARC-Payload-Digest") == f"sha256:{digest}"
        if kind == "revisit":
            assert headers.get_header("WARC-Refers-To") in ids
            assert headers.get_header("WARC-Profile").endswith(("server-not-modified", "identical-payload-digest"))
        if kind == "request":
            assert headers.get_header("WARC-Concurrent-To") in ids


def test_an_exported_crawl_imports_into_the_same_archive(exported, portal_crawl, tmp_path):
    warc, _wacz, _summary = exported
    _portal, server, archive, _ = portal_crawl
    server.reset_log()
    imported = tmp_path / "imported.db"
    done = warc_cli("import", warc, "--archive", imported)
    assert done.returncode == 0, done.stderr[-3000:]
    assert not server.requests, "an import sends no request"
    assert article_rows(imported) == article_rows(archive)
    db = open_archive(imported)
    assert db.execute("SELECT mode FROM crawl_runs").fetchone()[0] == "warc-import"
    # The same file again adds nothing.
    again = warc_cli("import", warc, "--archive", imported)
    assert again.returncode == 0 and "0 responses and 0 revisits imported" in again.stdout
    assert article_rows(imported) == article_rows(archive)


def test_a_wget_warc_of_a_portal_imports_into_a_correct_archive(tmp_path):
    portal = Portal(seed=8, n_articles=14)
    with FixtureServer(portal) as server:
        done = subprocess.run([WGET, f"--warc-file={tmp_path / 'wget'}", "--recursive", "--level=inf",
                               "--page-requisites", "--no-verbose", "--delete-after", "-P", str(tmp_path / "files"),
                               server.url("/")], capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr[-2000:]
        crawled = tmp_path / "crawled.db"
        run_crawl(crawled, "-a", f"start_url={server.base_url}/")
        server.reset_log()
        imported = tmp_path / "imported.db"
        result = warc_cli("import", tmp_path / "wget.warc.gz", "--archive", imported)
        assert result.returncode == 0, result.stderr[-3000:]
        assert not server.requests
    expected, got = article_rows(crawled), article_rows(imported)
    assert set(got) == set(expected) and len(got) >= 14
    for url, row in expected.items():
        # The same text and metadata; images are those wget fetched (the sizes pages show).
        assert got[url][:9] == row[:9], url
    db = open_archive(imported)
    assert db.execute("SELECT count(*) FROM article_images WHERE image_sha256 IS NULL").fetchone()[0] == 0
    assert db.execute("SELECT count(*) FROM captures WHERE url LIKE '%/robots.txt'").fetchone()[0] == 1


def test_a_wayback_recovery_exports_with_its_capture_times(tmp_path):
    from tests.fixtures.wayback import Capture, FakeWayback

    portal = Portal(seed=5, n_articles=3)
    original, timestamp = "http://recovered.example", "20220304050607"
    paths = ["/"] + [spec.path for spec in portal.articles]
    captures = [Capture(original + path, timestamp, portal.respond(path, original).body, mimetype="text/html")
                for path in paths]
    archive, warc = tmp_path / "archive.db", tmp_path / "recovery.warc.gz"
    with FakeWayback(captures) as wayback:
        # Pages only: every image a 404 and an error, which the error-rate monitor would fail (exit 3).
        run_crawl(archive, "-a", "source=wayback", "-a", f"start_url={original}/",
                  settings={"WAYBACK_BASE_URL": wayback.base_url, "MONITOR_ERROR_RATE_ENABLED": "False"})
    assert warc_cli("export", archive, warc).returncode == 0
    written = records(warc)
    responses = {headers.get_header("WARC-Target-URI"): headers for kind, headers, *_ in written
                 if kind == "response" and headers.get_header("WARC-Target-URI").startswith(original)}
    assert set(responses) >= {original + path for path in paths[1:]}
    assert {headers.get_header("WARC-Date") for headers in responses.values()} == {"2022-03-04T05:06:07Z"}
    assert capture_time(timestamp).startswith("2022-03-04T12:06:07")
    vias = [body.decode() for kind, headers, _http, body in written if kind == "metadata"]
    assert len(vias) >= len(paths) - 1 and all(f"via: {wayback.base_url}/web/{timestamp}id_/" in via for via in vias)


def test_bad_input_is_refused_in_one_line_and_loses_nothing(portal_crawl, tmp_path):
    archive = portal_crawl[2]
    before = article_rows(archive)
    not_warc = tmp_path / "notes.warc.gz"
    not_warc.write_text("these are not WARC records\n")
    done = warc_cli("import", not_warc, "--archive", archive)
    assert done.returncode == 2 and done.stderr.count("\n") == 1 and "not a WARC file" in done.stderr
    assert article_rows(archive) == before
    missing = warc_cli("import", tmp_path / "absent.warc.gz", "--archive", archive)
    assert missing.returncode == 2 and "no such WARC file" in missing.stderr
    no_archive = warc_cli("export", tmp_path / "absent.db", tmp_path / "out.warc.gz")
    assert no_archive.returncode == 2 and "no archive" in no_archive.stderr
