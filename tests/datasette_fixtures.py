"""Datasette in-process over the browsing tests' sample archive (tests/archive_builder): the
`InProcessDatasette` helper and the `beacon`, `browse_archive` and `datasette` fixtures, shared by
the reader's test modules (loaded as a pytest plugin by tests/conftest.py)."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from datasette.app import Datasette

from tests.archive_builder import Beacon, build_browse_archive


class InProcessDatasette:
    """Datasette over some archives, answering requests on one event loop of its own."""

    def __init__(self, paths, **options) -> None:
        self.loop = asyncio.new_event_loop()
        self.ds = Datasette([str(path) for path in paths], **options)
        self.loop.run_until_complete(self.ds.invoke_startup())

    def get(self, path: str, **kwargs) -> httpx.Response:
        return self.loop.run_until_complete(self.ds.client.get(path, **kwargs))

    def json(self, path: str):
        response = self.get(path)
        assert response.status_code == 200, f"{path}: {response.status_code} {response.text[:500]}"
        return response.json()

    def close(self) -> None:
        self.loop.close()


@pytest.fixture(scope="module")
def beacon():
    with Beacon() as server:
        yield server


@pytest.fixture(scope="module")
def browse_archive(tmp_path_factory, beacon):
    return build_browse_archive(tmp_path_factory.mktemp("browse") / "archive.db", beacon.url)


@pytest.fixture(scope="module")
def datasette(browse_archive):
    instance = InProcessDatasette([browse_archive.path])
    yield instance
    instance.close()
