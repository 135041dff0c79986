"""Crawl state: what earlier runs left that this run decides by. The one interface to it.

The spider asks it which sites get a full sweep, which URLs are archived, what a listing showed
last time and which articles are due for a re-check; the conditional-request middleware asks it
for validators; the clean pipeline asks it for each site's model (repeated blocks, date order; frozen
for the run) and feeds the learner that the next run's model comes from. Reads only, but for the
models, which are saved when the run ends. All writes of pages, articles and media are the
archive pipeline's and the media pipeline's.

Owned by the archive session extension (crawler/extensions.py) and reached the Scrapy way:
`crawler.get_extension(ArchiveSession).state`.
"""

from __future__ import annotations

import json
from typing import NamedTuple

from .archive import Archive
from .extract import SiteModel, SiteModelLearner

GONE_STATUSES = (404, 410)


class UrlState(NamedTuple):
    article_id: int | None
    kind: str                 # 'article', 'page', 'listing', 'home', 'other'…: what the URL is
    status: int | None        # the last HTTP status: 200, 304, or 404/410 for a URL gone
    etag: str | None
    last_modified: str | None
    last_fetched: str | None
    listed: str | None        # a listing's teasers last time: JSON [[url, fingerprint], …]

    @property
    def gone(self) -> bool:
        return self.status in GONE_STATUSES


class CrawlState:
    def __init__(self, archive: Archive) -> None:
        self._db = archive.db
        self._captures = archive.captures
        self._models: dict[str, SiteModel] = {}
        self._learners: dict[str, SiteModelLearner] = {}

    # -- captures --------------------------------------------------------------------------
    def captured_pages(self, site: str) -> list[tuple[str, str, str]]:
        """(url, fetched_url, captured) of every HTML page of the site the archive captured."""
        return self._captures.pages(site)

    # -- runs ------------------------------------------------------------------------------
    def mode_for(self, start_url: str, source: str, *, full_requested: bool, full_sweep_every: int) -> str:
        """'full' for the first run from this source, after a run that did not finish (its
        listing state may describe pages whose articles were never fetched), every Nth run, or
        on request; 'incremental' otherwise."""
        if full_requested:
            return "full"
        statuses = [
            row[0]
            for row in self._db.execute(
                "SELECT status FROM crawl_runs WHERE status != 'running' AND source = ? "
                "AND (',' || start_url || ',') LIKE ? ORDER BY id DESC",
                [source, f"%,{start_url},%"],
            )
        ]
        finished = statuses.count("finished")
        if not statuses or statuses[0] != "finished" or (full_sweep_every and finished % full_sweep_every == 0):
            return "full"
        return "incremental"

    def last_finished_run(self, site: str, source: str, mode: str) -> tuple[int, int] | None:
        """(run id, articles seen) of the site's last finished run from `source` whose mode for
        the site was `mode` ('full', 'incremental', 'reextract'…), or None. Articles seen: new,
        changed, unchanged and re-extracted. A run of several portals whose modes differed says
        each portal's in its stats (`mode/<site>`)."""
        row = self._db.execute(
            "SELECT rs.run_id, COALESCE(rs.new, 0) + COALESCE(rs.changed, 0) + COALESCE(rs.unchanged, 0) "
            "+ COALESCE(rs.reextracted, 0) FROM run_sites rs JOIN crawl_runs r ON r.id = rs.run_id "
            "WHERE rs.site = :site AND rs.status = 'done' AND r.status = 'finished' AND r.source = :source "
            "AND CASE WHEN instr(r.mode, ',') THEN json_extract(r.stats, '$.\"mode/' || rs.site || '\"') "
            "ELSE r.mode END = :mode ORDER BY rs.run_id DESC LIMIT 1",
            {"site": site, "source": source, "mode": mode},
        ).fetchone()
        return (row[0], row[1]) if row else None

    def due_for_recheck(self, site: str, share: float) -> list[str]:
        """A rotating slice of the site's live articles, least recently fetched first."""
        total = self._db.execute(
            "SELECT count(*) FROM urls WHERE site = ? AND article_id IS NOT NULL", [site]
        ).fetchone()[0]
        limit = max(1, int(total * share)) if total else 0
        rows = self._db.execute(
            "SELECT u.url FROM urls u JOIN articles a ON a.id = u.article_id WHERE u.site = ? AND a.url = u.url "
            "AND a.status = 'live' AND a.source = 'live' ORDER BY u.last_fetched ASC LIMIT ?",
            [site, limit],
        ).fetchall()
        return [url for (url,) in rows]

    # -- URLs ------------------------------------------------------------------------------
    def url(self, url: str) -> UrlState | None:
        row = self._db.execute(
            "SELECT article_id, kind, status, etag, last_modified, last_fetched, listed FROM urls WHERE url = ?", [url]
        ).fetchone()
        return UrlState(*row) if row else None

    def is_archived(self, url: str) -> bool:
        state = self.url(url)
        return state is not None and state.article_id is not None

    def listing_memory(self, url: str) -> dict[str, str] | None:
        """What a listing page showed last time: {article URL: teaser fingerprint}, or None."""
        state = self.url(url)
        return dict(json.loads(state.listed)) if state and state.listed else None

    def validators(self, url: str) -> dict[str, str]:
        """Conditional-request headers from a URL's last answer (an article, a listing, a feed, a
        sitemap)."""
        state = self.url(url)
        if state is None or state.gone:
            return {}
        headers = {}
        if state.etag:
            headers["If-None-Match"] = state.etag
        if state.last_modified:
            headers["If-Modified-Since"] = state.last_modified
        return headers

    # -- Wayback captures --------------------------------------------------------------------
    def replayed_captures(self, site: str) -> dict[str, str]:
        """URL → capture time of the copy last replayed from the Wayback Machine, for a site."""
        rows = self._db.execute("SELECT url, captured FROM urls WHERE site = ? AND captured IS NOT NULL", [site])
        return dict(rows.fetchall())

    # -- site models -------------------------------------------------------------------------
    def site_model(self, site: str) -> SiteModel:
        """The site's model of repeated blocks, as the last run that finished left it; the same
        for the whole run."""
        if site not in self._models:
            row = self._db.execute("SELECT model FROM site_models WHERE site = ?", [site]).fetchone()
            self._models[site] = SiteModel.from_json(json.loads(row[0]) if row else None)
        return self._models[site]

    def learn(self, site: str, blocks: frozenset[str]) -> None:
        """The blocks of one page of `site`, for the next run's model."""
        self._learners.setdefault(site, SiteModelLearner()).add(blocks)

    def learn_date_order(self, site: str, order: str) -> None:
        """The order of day and month one article of `site` showed beyond doubt."""
        self._learners.setdefault(site, SiteModelLearner()).add_date_order(order)

    def learnt_models(self) -> dict[str, SiteModel]:
        """The models this run learnt, per site (saved by the session when the run finishes)."""
        return {site: learner.model() for site, learner in self._learners.items()}
