"""What a theme or plugin prints inside an article's body that is a control, not text: bars of
share, rating and print buttons, the lines that only lead elsewhere ("Quay lại", "Zurück zur
Übersicht", "Next post") or label an advert, and the "Xem thêm: <another story>" lines set between
the paragraphs. Data first, then the passes body.py runs."""

from __future__ import annotations

import re

from .text import BLOCK_TAGS, link_chars, normalize_text
from .tree import remove

# ------------------------------------------------------------------------------------------------
# data
# ------------------------------------------------------------------------------------------------
# A bar of buttons: share buttons (Shariff, AddToAny, Easy Social Share), a star rating, "print this
# page", the previous/next post links (`nav-links`, `links-nextprev`). Class names only: ids are
# often made from a heading's words.
_WIDGET_NAMES = re.compile(r"share|sharing|shariff|social|next-?prev|prev-?next|"
                           r"(?:^|[\s_-])(?:print|ratings?|post-navigation|nav-links)(?:$|[\s_-])", re.I)
_WIDGET_CHARS = 200   # a widget is buttons and a line of text ("Diesen Artikel teilen"), never a paragraph

# A line that is all of one of these (brackets, arrows and a colon around it aside) leads elsewhere
# or labels an advert: no sentence of an article is only that.
_NAVIGATION_LINES = frozenset((
    "quay lại", "trở về", "trở lại", "về đầu trang", "lên đầu trang", "về trang trước", "in bài viết", "in trang",
    "quảng cáo", "back to top", "next post", "previous post", "advertisement", "zurück", "zurück zur übersicht",
    "zurück zur startseite", "zurück zur listenansicht", "zurück zur vorherigen seite", "nach oben", "anzeige",
    "werbung", "publicité",
))
_LINE_TRIM = " \t[](){}«»‹›<>←→↑⬆-–—:|"
_LINE_TAGS = ("p", "div", "li", "center")   # a whole line: a link of these words inside a sentence stays

# A line that is one of these labels, a colon, and links to other stories: a pointer set between the
# paragraphs ("Xem thêm: …", "Lesen Sie auch: …", "Lue myös: …") or the post navigation under them
# ("← Previous: …", "Bài trước: …"), no sentence of the article.
_READ_ALSO = re.compile(
    r"^[\s←→«»‹›<>]*(?:xem thêm|đọc thêm|tin liên quan|bài liên quan|read (?:also|more)|see also|related|"
    r"lesen sie (?:auch|mehr)|mehr lesen|mehr zum thema|auch interessant|lire aussi|à lire aussi|lire également|voir aussi|"
    r"leggi anche|lee también|leia também|lue myös|lue seuraavaksi|lue lisää|läs också|czytaj (?:też|także)|"
    r"zobacz też|previous(?: post| article)?|next(?: post| article)?|bài (?:trước|sau|tiếp theo)|tin (?:trước|sau)|"
    r"vorheriger (?:artikel|beitrag)|nächster (?:artikel|beitrag)|article (?:précédent|suivant))\s*[:：»›]\s*", re.I)
_READ_ALSO_LINK_SHARE = 0.8   # of the line after its label, at least this much link text


# ------------------------------------------------------------------------------------------------
# the passes
# ------------------------------------------------------------------------------------------------
def drop_widgets(body) -> None:
    """Button bars inside the body are none of its text: an element whose class names one, with
    no more than a line of text in it. A paragraph that happens to sit in an element so named stays."""
    for el in list(body.iterdescendants()):
        if not isinstance(el.tag, str) or el.getparent() is None:
            continue
        names = el.get("class")
        if names and _WIDGET_NAMES.search(names) and len(normalize_text(el.text_content())) <= _WIDGET_CHARS:
            remove(el)


def drop_navigation_lines(body, is_document) -> None:
    """Lines of the body that only lead elsewhere ("[Quay lại]", "« Zurück"), label an advert, or
    point to other stories ("Xem thêm: <links>"). A line pointing to a document (`is_document(href)`)
    names the article's attachment: it stays."""
    for el in list(body.iter(*_LINE_TAGS)):
        if el is body or el.getparent() is None:
            continue
        text = normalize_text(el.text_content())
        if not text:
            continue
        if len(text) <= 40 and text.strip(_LINE_TRIM).casefold() in _NAVIGATION_LINES:
            remove(el)
            continue
        label = _READ_ALSO.match(text)
        if label is None or any(is_document(a.get("href") or "") for a in el.iter("a")):
            continue
        rest = text[label.end():]
        if rest and link_chars(el) >= _READ_ALSO_LINK_SHARE * len(rest):
            remove(el)
        elif not rest:      # the label on a line of its own, the links on the next
            following = el.getnext()
            if following is not None and isinstance(following.tag, str) and following.tag in _LINE_TAGS \
                    and _all_links(following) and not any(is_document(a.get("href") or "") for a in following.iter("a")):
                remove(following)
                remove(el)


def drop_date_lines(body) -> None:
    """A `<time>` on a line of its own in the body ("Publiziert: 03.04.2020, 12:35", "Cập nhật lúc
    8:30") is the page's metadata, read from the page apart; a date inside a sentence stays."""
    for el in list(body.iter("time")):
        if el.getparent() is not None and _on_its_own_line(el):
            remove(el)


def _on_its_own_line(el) -> bool:
    if (el.tail or "").strip():
        return False
    previous = el.getprevious()
    if previous is None:    # it opens its parent, which must be a line (a <span> may go on in a sentence)
        parent = el.getparent()
        return parent.tag in BLOCK_TAGS and not (parent.text or "").strip()
    return previous.tag in BLOCK_TAGS and not (previous.tail or "").strip()


def _all_links(el) -> bool:
    text = len(normalize_text(el.text_content()))
    return bool(text) and link_chars(el) >= _READ_ALSO_LINK_SHARE * text
