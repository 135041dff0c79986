"""The portals overview, `/<database>/-/portals`, and the images gallery, `/<database>/-/images`.

The overview, `/<database>/-/portals`: per portal its articles (and how many are gone),
the span of their dates, its last crawl and how that crawl went (run_sites), and a chart of
articles per month. The chart is an inline SVG drawn here (no script: the page keeps the article
page's CSP), so it needs no JavaScript charting plugin.
"""

from __future__ import annotations

from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from .article import ARTICLE_HEADERS, _archive_database, reader_date

TEMPLATE = "archive_portals.html"
CHART_MONTHS = 36
CHART_WIDTH, CHART_HEIGHT = 720, 120

PORTALS_SQL = """
select s.host, coalesce(s.name, s.host) as name, s.start_url, s.source, s.last_crawled, s.runs,
       count(a.id) as articles, sum(a.status = 'gone') as gone,
       min(substr(a.published, 1, 10)) as first_published, max(substr(a.published, 1, 10)) as last_published
from sites s left join articles a on a.site = s.host and a.kind = 'article'
group by s.host order by name
"""
LAST_RUN_SQL = """
select r.run_id, r.status, r.reason, r.new, r.changed, r.errors, c.finished
from run_sites r join crawl_runs c on c.id = r.run_id where r.site = ? order by r.run_id desc limit 1
"""
MONTHS_SQL = """
select substr(published, 1, 7) as month, count(*) as n from articles
where site = ? and kind = 'article' and published is not null group by month order by month
"""


def every_month(counts: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The months from the first to the last with articles, those without any as 0 (YYYY-MM)."""
    known = {month: n for month, n in counts if month and len(month) == 7 and month[4] == "-"}
    if not known:
        return []
    year, month = map(int, min(known).split("-"))
    last = max(known)
    months = []
    while True:
        key = f"{year:04d}-{month:02d}"
        months.append((key, known.get(key, 0)))
        if key >= last:
            return months
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def month_chart(counts: list[tuple[str, int]]) -> Markup:
    """Bars of articles per month, oldest left, the last CHART_MONTHS months up to the newest."""
    counts = every_month(counts)[-CHART_MONTHS:]
    if not counts:
        return Markup("")
    peak = max(n for _, n in counts) or 1
    bar = CHART_WIDTH / max(len(counts), 12)   # a bar is never wider than a year's twelfth
    shapes = []
    for index, (month, n) in enumerate(counts):
        if not n:
            continue
        height = max(1.0, (CHART_HEIGHT - 32) * n / peak)
        x, y = index * bar, CHART_HEIGHT - 16 - height
        label = escape(f"{month}: {n} bài")
        shapes.append(f'<rect x="{x + 1:.1f}" y="{y:.1f}" width="{max(1.0, bar - 2):.1f}" height="{height:.1f}">'
                      f"<title>{label}</title></rect>")
    first, last = escape(counts[0][0]), escape(counts[-1][0])
    shapes.append(f'<text x="0" y="{CHART_HEIGHT - 2}">{first}</text>')
    shapes.append(f'<text x="{CHART_WIDTH}" y="{CHART_HEIGHT - 2}" text-anchor="end">{last}</text>')
    shapes.append(f'<text x="{CHART_WIDTH}" y="10" text-anchor="end">tối đa {peak} bài/tháng</text>')
    return Markup(
        f'<svg class="archive-chart" role="img" aria-label="Số bài mỗi tháng" viewBox="0 0 {CHART_WIDTH} {CHART_HEIGHT}" '
        f'width="{CHART_WIDTH}" height="{CHART_HEIGHT}" xmlns="http://www.w3.org/2000/svg">{"".join(shapes)}</svg>')


async def portals_page(request, datasette):
    database = _archive_database(datasette, request.url_vars["database"])
    await datasette.ensure_permissions(
        request.actor, [("view-table", (database, "sites")), ("view-database", database), "view-instance"])
    db = datasette.get_database(database)
    articles_table = datasette.urls.table(database, "articles")
    portals = []
    for row in (await db.execute(PORTALS_SQL)).rows:
        portal = dict(row)
        last = (await db.execute(LAST_RUN_SQL, [portal["host"]])).first()
        months = [(month, n) for month, n in (await db.execute(MONTHS_SQL, [portal["host"]])).rows]
        portal.update(
            last_run=dict(last) if last else None,
            last_crawled=reader_date(portal["last_crawled"]),
            chart=month_chart(months),
            articles_url=f"{articles_table}?site={portal['host']}",
            search_url=f"{datasette.urls.database(database)}/-/search?portal={portal['host']}",
        )
        portals.append(portal)
    context = {
        "database": database, "portals": portals,
        "total": sum(portal["articles"] for portal in portals),
        "css_urls": [datasette.urls.static("app.css"), datasette.urls.path("/-/archive-static/archive.css")],
    }
    html = await datasette.render_template(TEMPLATE, context, request=request, view_name="archive_portals")
    return Response.html(html, headers=dict(ARTICLE_HEADERS))


GALLERY_PAGE = 60
GALLERY_SQL = """
select i.sha256, i.width, i.height, i.size, i.first_seen,
       (select ai.article_id from article_images ai where ai.image_sha256 = i.sha256 order by ai.article_id limit 1) as article_id,
       (select a.title from article_images ai join articles a on a.id = ai.article_id
        where ai.image_sha256 = i.sha256 order by ai.article_id limit 1) as title
from images i order by i.first_seen desc, i.sha256 limit :limit offset :offset
"""


async def gallery_page(request, datasette):
    """`/<database>/-/images`: the archived images as thumbnails, newest first, each opening the
    original and naming the article that shows it."""
    database = _archive_database(datasette, request.url_vars["database"])
    await datasette.ensure_permissions(
        request.actor, [("view-table", (database, "images")), ("view-database", database), "view-instance"])
    db = datasette.get_database(database)
    try:
        number = max(1, int(request.args.get("page") or 1))
    except ValueError:
        number = 1
    rows = (await db.execute(GALLERY_SQL, {"limit": GALLERY_PAGE + 1, "offset": (number - 1) * GALLERY_PAGE})).rows
    path = datasette.urls.path
    images = [{"original": path(f"/-/archive-image/{row['sha256']}"), "thumb": path(f"/-/archive-thumb/{row['sha256']}"),
               "width": row["width"], "height": row["height"], "title": row["title"],
               "article": f"{datasette.urls.database(database)}/-/article/{row['article_id']}" if row["article_id"] else None}
              for row in rows[:GALLERY_PAGE]]
    context = {
        "database": database, "images": images, "page": number,
        "next_page": number + 1 if len(rows) > GALLERY_PAGE else None,
        "css_urls": [datasette.urls.static("app.css"), datasette.urls.path("/-/archive-static/archive.css")],
    }
    html = await datasette.render_template("archive_gallery.html", context, request=request, view_name="archive_gallery")
    return Response.html(html, headers=dict(ARTICLE_HEADERS))
