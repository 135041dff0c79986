"""The Datasette plugin (entry point `commune_archive`): browse and search an archive like a portal.

Installed with the project, so plain `datasette archive.db` picks it up. Each hook only wires a
piece that lives in its own module:

- config       which attached databases are archives; metadata.yml applied to each of them
- relevance    `?_search=` on articles answered by the reader's search page
- columns      `articles` and `revisions` open without their bulky columns
- search_page  `/<database>/-/search`: a search box, portal/category/year filters, ranked results
- portals      `/<database>/-/portals`: per portal its articles, dates, last crawl, a chart per month;
               `/<database>/-/images`: the images as a gallery of thumbnails
- facets       a `year` facet over `published`; no facet suggestions on the tables that grow
- cells        titles link to the article page; images as thumbnails
- article      `/<database>/-/article/<id>`, the reading page (strict CSP, body re-sanitized)
- revisions    `/<database>/-/article/<id>/revision/<n>`, an earlier version with a word diff
- media        `/-/archive-image/<sha256>`, `/-/archive-thumb/<sha256>`, `/-/archive-file/<sha256>`
"""

from __future__ import annotations

from datasette import hookimpl
from jinja2 import ChoiceLoader, FileSystemLoader

from . import article, cells, columns, config, media, portals, relevance, revisions, search_page
from .facets import YearFacet, without_suggestions


@hookimpl
async def startup(datasette):
    await config.discover_archives(datasette)


@hookimpl
def get_metadata(datasette, key, database, table):
    return config.metadata_for(datasette)


@hookimpl
def prepare_jinja2_environment(env, datasette):
    # Our templates have names of their own (archive_*.html) and override nothing, so they go
    # after Datasette's loaders: a --template-dir still wins for everything.
    env.loader = ChoiceLoader([env.loader, FileSystemLoader(str(config.TEMPLATES_DIR))])


@hookimpl
def register_routes(datasette):
    sha256 = r"(?P<sha256>[0-9A-Fa-f]{64})"
    return [
        (rf"^/-/archive-image/{sha256}$", media.archive_image),
        (rf"^/-/archive-thumb/{sha256}$", media.archive_thumbnail),
        (rf"^/-/archive-file/{sha256}$", media.archive_file),
        (r"^/-/archive-static/(?P<name>[A-Za-z0-9_.-]+)$", media.static_file),
        (r"^/(?P<database>[^/.]+)/-/article/(?P<id>\d{1,18})$", article.article_page),
        (r"^/(?P<database>[^/.]+)/-/search$", search_page.search_page),
        (r"^/(?P<database>[^/.]+)/-/portals$", portals.portals_page),
        (r"^/(?P<database>[^/.]+)/-/images$", portals.gallery_page),
        (r"^/(?P<database>[^/.]+)/-/article/(?P<id>\d{1,18})/revision/(?P<revision>\d{1,18})$",
         revisions.revision_page),
    ]


@hookimpl
def asgi_wrapper(datasette):
    ranked, readable = relevance.relevance_first(datasette), columns.readable_tables(datasette)
    quiet = without_suggestions(datasette)
    return lambda app: ranked(readable(quiet(app)))


@hookimpl
def register_facet_classes():
    return [YearFacet]


@hookimpl(tryfirst=True)
async def render_cell(row, value, column, table, database, datasette):
    # tryfirst: archive images render through our routes whatever other render_cell plugins do.
    return await cells.render_archive_cell(row, value, column, table, database, datasette)


@hookimpl
def extra_css_urls(datasette):
    return [datasette.urls.path("/-/archive-static/archive.css")]
