"""The article page, `/<database>/-/article/<id>`: an archived article as its portal showed it.

Title, date, category, author and portal above; the featured image, the body with its images
inline, other images and attached documents below; then where the copy came from (the original
URL, live crawl or Wayback capture, first and last seen, earlier versions).

The page is archived content, so it runs nothing: its template has no script and the response
forbids any (`script-src 'none'`), loads images from this server only, and the body is sanitized
again on the way out (reader_html). Titles, alt text and captions are escaped by Jinja.
"""

from __future__ import annotations

import re
from urllib.parse import urlencode

from datasette.utils import tilde_decode
from datasette.utils.asgi import NotFound, Response

from .config import is_archive
from .reader_html import WEB_URL, reader_body

TEMPLATE = "archive_article.html"
ARTICLE_CSP = (
    "default-src 'none'; script-src 'none'; img-src 'self'; style-src 'self'; "
    "form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
ARTICLE_HEADERS = {
    "Content-Security-Policy": ARTICLE_CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?")


async def article_page(request, datasette):
    database = _archive_database(datasette, request.url_vars["database"])
    await datasette.ensure_permissions(
        request.actor, [("view-table", (database, "articles")), ("view-database", database), "view-instance"]
    )
    db = datasette.get_database(database)
    article_id = int(request.url_vars["id"])
    article = await _one(db, ARTICLE_SQL, [article_id])
    if article is None:
        raise NotFound("No article with that id in this archive")
    context = article_context(
        datasette, database, article,
        images=await _all(db, IMAGES_SQL, [article_id]),
        attachments=await _all(db, ATTACHMENTS_SQL, [article_id]),
        revisions=await _all(db, REVISIONS_SQL, [article_id]),
    )
    html = await datasette.render_template(TEMPLATE, context, request=request, view_name="archive_article")
    return Response.html(html, headers=dict(ARTICLE_HEADERS))


def _archive_database(datasette, route: str) -> str:
    try:
        name = datasette.get_database(route=tilde_decode(route)).name
    except KeyError:
        raise NotFound("Database not found") from None
    if not is_archive(datasette, name):
        raise NotFound("This database is not an archive")
    return name


ARTICLE_SQL = """
select a.*, s.name as site_name, s.start_url as site_start_url
from articles a left join sites s on s.host = a.site
where a.id = ?
"""
IMAGES_SQL = """
select ai.position, ai.image_sha256, ai.url, ai.alt, ai.caption, i.width, i.height
from article_images ai join images i on i.sha256 = ai.image_sha256
where ai.article_id = ? order by ai.position
"""
REVISIONS_SQL = "select id, captured, stored, reason from revisions where article_id = ? order by id desc"
ATTACHMENTS_SQL = """
select aa.position, aa.attachment_sha256, aa.url, aa.title, t.filename, t.mime, t.size
from article_attachments aa join attachments t on t.sha256 = aa.attachment_sha256
where aa.article_id = ? order by aa.position
"""


async def _one(db, sql: str, params: list) -> dict | None:
    row = (await db.execute(sql, params)).first()
    return dict(row) if row is not None else None


async def _all(db, sql: str, params: list) -> list[dict]:
    return [dict(row) for row in (await db.execute(sql, params)).rows]


def article_context(datasette, database: str, article: dict, *, images: list[dict], attachments: list[dict],
                    revisions: list[dict]) -> dict:
    """Everything the template shows, decided here so the template only lays it out."""
    urls = datasette.urls
    articles_table = urls.table(database, "articles")
    body = reader_body(article["body_html"], urls.path)
    featured, gallery = split_images(images, shown_inline=body.inline_images)
    return {
        "database": database,
        "article": article,
        "portal": article["site_name"] or article["site"],
        "portal_url": _web_url(article["site_start_url"]),
        "site_articles_url": f"{articles_table}?{urlencode({'site': article['site']})}",
        "category_url": f"{articles_table}?{urlencode({'category': article['category']})}" if article["category"] else None,
        "published": reader_date(article["published"]),
        "updated": reader_date(article["updated"]) if article["updated"] != article["published"] else None,
        "captured": reader_date(article["captured"]),
        "first_seen": reader_date(article["first_seen"]),
        "last_seen": reader_date(article["last_seen"]),
        "original_url": _web_url(article["url"]),
        "body": body.html,
        "featured": _figure(datasette, featured) if featured else None,
        "gallery": [_figure(datasette, image) for image in gallery],
        "attachments": [_attachment(datasette, attachment) for attachment in attachments],
        "summary": article["summary"] if not repeats_body(article["summary"], article["body_text"]) else None,
        "revisions": [{"url": f"{urls.database(database)}/-/article/{article['id']}/revision/{revision['id']}",
                       "when": reader_date(revision["captured"] or revision["stored"]),
                       "reextraction": revision["reason"] == "reextraction"} for revision in revisions],
        "row_url": urls.row(database, "articles", str(article["id"])),
        "articles_url": articles_table,
        "search_url": urls.database(database) + "/-/search",
        "css_urls": [urls.static("app.css"), urls.path("/-/archive-static/archive.css")],
    }


def repeats_body(summary: str | None, body_text: str | None) -> bool:
    """Whether the declared summary is the body's own opening (shown once, in the body, then)."""
    if not summary or not body_text:
        return False
    def flat(text: str) -> str:
        return " ".join(text.split()).casefold().rstrip(" .…")
    lead, opening = flat(summary), flat(body_text[: len(summary) + 200])
    return bool(lead) and (opening.startswith(lead) or lead.startswith(flat(body_text.split("\n\n")[0])))


def split_images(images: list[dict], *, shown_inline: set[str]) -> tuple[dict | None, list[dict]]:
    """(featured image, other images): those the body does not already show, each once."""
    seen = set(shown_inline)
    featured, gallery = None, []
    for image in images:
        if image["image_sha256"] in seen:
            continue
        seen.add(image["image_sha256"])
        if image["position"] == 0:
            featured = image
        else:
            gallery.append(image)
    return featured, gallery


def _figure(datasette, image: dict) -> dict:
    return {
        "sha256": image["image_sha256"],
        "src": datasette.urls.path(f"/-/archive-image/{image['image_sha256']}"),
        "alt": image["alt"] or "",
        "caption": image["caption"],
        "width": image["width"],
        "height": image["height"],
    }


def _attachment(datasette, attachment: dict) -> dict:
    return {
        "href": datasette.urls.path(f"/-/archive-file/{attachment['attachment_sha256']}"),
        "title": attachment["title"] or attachment["filename"] or attachment["url"],
        "filename": attachment["filename"],
        "size": attachment["size"],
    }


def _web_url(url: str | None) -> str | None:
    """Only http(s) links leave the archive: a stored `javascript:` URL must not become a link."""
    return url if url and WEB_URL.match(url) else None


def reader_date(value: str | None) -> dict | None:
    """An ISO date as Vietnamese readers write it (22/03/2024 09:30), with the machine value."""
    if not value:
        return None
    match = _ISO_DATE.match(value)
    if not match:
        return {"iso": value, "text": value}
    year, month, day, hour, minute = match.groups()
    text = f"{day}/{month}/{year}" + (f" {hour}:{minute}" if hour else "")
    return {"iso": value, "text": text}
