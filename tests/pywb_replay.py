"""Test helper (no tests here): replay a web archive in real pywb and open a replayed page in real
headless Chromium.

    with PywbServer(Path("site.wacz"), tmp_path / "pywb") as pywb:
        seen = page_in_chromium(pywb.replay_url("http://xa.example.vn/", "20240501100000"))
        assert seen["images"] and seen["loaded"] == seen["images"]

`PywbServer` makes a pywb collection in `workdir`, adds one WACZ or WARC (.warc / .warc.gz) to it and
runs pywb's `wayback` on 127.0.0.1. pywb lives in a venv of its own, `.venv-pywb` (scripts/test.sh
makes it from tests/pywb-requirements.txt; PYWB_VENV names another): it pins old releases of what
the project also uses (redis, cryptography) and brings brotlipy, whose `brotli` package shadows the
Brotli that Scrapy decodes with. pywb only replays the collection (no live-web or recording
handler): a URL it lacks is a 404.
"""

from __future__ import annotations

import os
import re
import socket
import subprocess
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
COLLECTION = "replay"

# framed_replay off: /<coll>/<ts>/<url> is then the rewritten page itself, not pywb's top frame
# holding it in an iframe (in framed mode even an mp_ page redirects itself into that frame).
CONFIG_YAML = "collections_root: collections\nframed_replay: false\nenable_memento: true\n"

ROOT = Path(__file__).resolve().parent.parent
PYWB_BIN = Path(os.environ.get("PYWB_VENV", ROOT / ".venv-pywb")) / "bin"


class PywbServer:
    """pywb replaying `archive_file` on 127.0.0.1 while the `with` block runs."""

    def __init__(self, archive_file: Path, workdir: Path, start_timeout: float = 30.0):
        self.archive_file = Path(archive_file).resolve()
        self.workdir = Path(workdir)
        self.start_timeout = start_timeout
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.log = self.workdir / "wayback.log"
        # pywb's front end asks its own warcserver over HTTP: never through a proxy.
        self.env = {**os.environ, "NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost"}
        self.process: subprocess.Popen | None = None

    def _manager(self, *args: str) -> None:
        done = subprocess.run([str(PYWB_BIN / "wb-manager"), *args], cwd=self.workdir,
                              env=self.env, capture_output=True, text=True, timeout=120)
        # wb-manager exits 0 after logging "[ERROR]" for a file it cannot index, and prints some
        # failures ("Error: ...") on stdout.
        if done.returncode or "Error:" in done.stdout or "[ERROR]" in done.stderr:
            raise RuntimeError(f"wb-manager {' '.join(args)} failed:\n{done.stdout}{done.stderr}")

    def __enter__(self) -> PywbServer:
        if not (PYWB_BIN / "wayback").exists():
            raise RuntimeError(f"pywb is not installed in {PYWB_BIN.parent} (bash scripts/test.sh makes it)")
        self.workdir.mkdir(parents=True, exist_ok=True)
        (self.workdir / "config.yaml").write_text(CONFIG_YAML, encoding="utf-8")
        self._manager("init", COLLECTION)
        # pywb cannot serve a WACZ as it is: its WARCs are copied into the collection and reindexed.
        unpack = ["--unpack-wacz"] if self.archive_file.suffix.lower() == ".wacz" else []
        self._manager("add", *unpack, COLLECTION, str(self.archive_file))
        if not (self.workdir / "collections" / COLLECTION / "indexes" / "index.cdxj").stat().st_size:
            raise RuntimeError(f"{self.archive_file} has no record pywb can replay")
        with open(self.log, "wb") as log:
            self.process = subprocess.Popen(
                [str(PYWB_BIN / "wayback"), "--bind", "127.0.0.1", "--port", str(self.port)],
                cwd=self.workdir, env=self.env, stdout=log, stderr=subprocess.STDOUT)
        try:
            self._wait_until_up()
        except BaseException:
            self.stop()
            raise
        return self

    def _wait_until_up(self) -> None:
        direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        deadline = time.monotonic() + self.start_timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"pywb exited with {self.process.returncode}:\n{self.log_tail()}")
            try:
                with direct.open(f"http://127.0.0.1:{self.port}/", timeout=2):
                    return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError(f"pywb did not answer within {self.start_timeout}s:\n{self.log_tail()}")

    def log_tail(self, lines: int = 30) -> str:
        return "\n".join(self.log.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:])

    def replay_url(self, original_url: str, timestamp: str, modifier: str = "") -> str:
        """`original_url` as captured at `timestamp` (14 digits, or a WARC-Date in ISO 8601): pywb
        serves the capture closest to it. modifier "" is the page rewritten for replay (with pywb's
        wombat.js); "id_" the archived bytes as they are."""
        digits = re.sub(r"\D", "", timestamp)[:14]
        return f"http://127.0.0.1:{self.port}/{COLLECTION}/{digits}{modifier}/{original_url}"

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)

    def __exit__(self, *exc_info) -> None:
        self.stop()


# currentSrc is the URL the image was fetched from (wombat.js makes img.src report the original one).
PAGE_STATE_JS = """() => ({text: document.body ? document.body.innerText : "",
    images: Array.from(document.images).map(img => ({src: img.currentSrc || img.src,
                                                     loaded: img.complete && img.naturalWidth > 0}))})"""


def _settle(page) -> None:
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    try:
        page.wait_for_load_state("networkidle", timeout=5000)
    except PlaywrightTimeout:
        pass  # a page that keeps polling: what has loaded by now is what is reported


def page_in_chromium(url: str, screenshot: Path | None = None, timeout: float = 30.0) -> dict:
    """Open `url` in headless Chromium: {"status", "text", "images", "loaded", "image_srcs",
    "outside"}. A request to another origin than `url`'s is aborted and listed in "outside", so an
    image the replay failed to rewrite cannot load from the live site and count as loaded."""
    from playwright.sync_api import sync_playwright

    origin = "{0.scheme}://{0.netloc}/".format(urlsplit(url))
    outside: list[str] = []

    def only_origin(route):
        if route.request.url.startswith(origin):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": 1280, "height": 900})
            context.route("**/*", only_origin)
            page = context.new_page()
            response = page.goto(url, wait_until="load", timeout=timeout * 1000)
            _settle(page)
            # Scrolled to the end so that loading="lazy" images below the fold are fetched too.
            page.evaluate("() => window.scrollTo(0, document.body ? document.body.scrollHeight : 0)")
            _settle(page)
            state = page.evaluate(PAGE_STATE_JS)
            if screenshot is not None:
                page.screenshot(path=str(screenshot), full_page=True)
        finally:
            browser.close()
    return {"status": response.status if response is not None else None,
            "text": state["text"],
            "images": len(state["images"]),
            "loaded": sum(image["loaded"] for image in state["images"]),
            "image_srcs": [image["src"] for image in state["images"]],
            "outside": outside}
