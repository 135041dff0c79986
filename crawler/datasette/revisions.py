"""An earlier version of an article as a page, `/<database>/-/article/<id>/revision/<revision id>`:
its title and text as they were, and what changed from it to the next version (the next earlier
version, or the article as archived now) word by word.

Words are what Vietnamese writes between spaces (syllables), punctuation apart, compared in NFC:
`thứ Năm` → `thứ Năm và thứ Sáu` shows `và thứ Sáu` inserted, not a changed sentence. The page runs
no script (the article page's CSP); everything from the archive is escaped.
"""

from __future__ import annotations

import difflib
import re
import unicodedata

from datasette.utils.asgi import NotFound, Response
from markupsafe import Markup, escape

from .article import ARTICLE_HEADERS, _archive_database, _one, reader_date

TEMPLATE = "archive_revision.html"
_TOKENS = re.compile(r"\w+|[^\w\s]|\s+")
REASONS = {
    "edit": "bản trước khi cổng sửa bài · before the portal edited it",
    "reextraction": "bản trích xuất trước · an earlier extraction of the same page",
    "older capture": "bản Wayback cũ hơn · an older Wayback capture",
}

REVISION_SQL = "select * from revisions where id = ? and article_id = ?"
NEXT_SQL = "select title, body_text, captured from revisions where article_id = ? and id > ? order by id limit 1"
ARTICLE_SQL = "select a.id, a.title, a.body_text, a.last_changed, a.site, s.name as site_name " \
              "from articles a left join sites s on s.host = a.site where a.id = ?"


def tokens(text: str) -> list[str]:
    """Words, punctuation marks and the spaces between them, in NFC: joined, the text itself."""
    return _TOKENS.findall(unicodedata.normalize("NFC", text or ""))


def words(text: str) -> list[str]:
    return [token for token in tokens(text) if not token.isspace()]


def word_diff(before: str, after: str) -> Markup:
    """`before` → `after` as HTML: unchanged words, <del> for removed ones, <ins> for added ones;
    paragraphs (blank lines) kept."""
    out: list[str] = []
    for old_paragraph, new_paragraph in _paragraph_pairs(before, after):
        old, new = tokens(old_paragraph), tokens(new_paragraph)
        parts: list[str] = []
        for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
            if tag == "equal":
                parts.append(_join(old[i1:i2]))
                continue
            if i2 > i1:
                parts.append(f"<del>{_join(old[i1:i2])}</del>")
            if j2 > j1:
                parts.append(f"<ins>{_join(new[j1:j2])}</ins>")
        out.append(f"<p>{''.join(parts)}</p>")
    return Markup("\n".join(out))


def _paragraph_pairs(before: str, after: str):
    """Paragraphs matched in order (difflib on whole paragraphs), so an added paragraph is one <ins>."""
    old = [p for p in (before or "").split("\n\n") if p.strip()]
    new = [p for p in (after or "").split("\n\n") if p.strip()]
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if tag == "equal":
            yield from ((p, p) for p in old[i1:i2])
            continue
        pairs = max(i2 - i1, j2 - j1)
        for k in range(pairs):
            yield (old[i1 + k] if i1 + k < i2 else "", new[j1 + k] if j1 + k < j2 else "")


def _join(parts: list[str]) -> str:
    return str(escape("".join(parts)))


async def revision_page(request, datasette):
    database = _archive_database(datasette, request.url_vars["database"])
    await datasette.ensure_permissions(
        request.actor, [("view-table", (database, "revisions")), ("view-database", database), "view-instance"]
    )
    db = datasette.get_database(database)
    article_id, revision_id = int(request.url_vars["id"]), int(request.url_vars["revision"])
    revision = await _one(db, REVISION_SQL, [revision_id, article_id])
    article = await _one(db, ARTICLE_SQL, [article_id])
    if revision is None or article is None:
        raise NotFound("No such version of this article")
    following = await _one(db, NEXT_SQL, [article_id, revision_id])
    newer = following or {"title": article["title"], "body_text": article["body_text"], "captured": None}
    urls = datasette.urls
    context = {
        "database": database,
        "article": article,
        "portal": article["site_name"] or article["site"],
        "revision": revision,
        "reason": REASONS.get(revision["reason"] or "edit", revision["reason"]),
        "captured": reader_date(revision["captured"]),
        "stored": reader_date(revision["stored"]),
        "newer_is_current": following is None,
        "newer_captured": reader_date(newer["captured"]),
        "title_changed": newer["title"] != revision["title"],
        "newer_title": newer["title"],
        "diff": word_diff(revision["body_text"], newer["body_text"]),
        "body": Markup("\n".join(f"<p>{escape(p)}</p>" for p in (revision["body_text"] or "").split("\n\n") if p.strip())),
        "article_url": f"{urls.database(database)}/-/article/{article_id}",
        "css_urls": [urls.static("app.css"), urls.path("/-/archive-static/archive.css")],
    }
    html = await datasette.render_template(TEMPLATE, context, request=request, view_name="archive_revision")
    return Response.html(html, headers=dict(ARTICLE_HEADERS))
