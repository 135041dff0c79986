"""What a theme or plugin prints inside an article's body that is a control, not text: bars of
share, rating and print buttons, and the lines that only lead elsewhere ("Quay lại", "Zurück zur
Übersicht", "Next post") or label an advert. Data first, then the two passes body.py runs."""

from __future__ import annotations

import re

from .text import normalize_text
from .tree import remove

# ------------------------------------------------------------------------------------------------
# data
# ------------------------------------------------------------------------------------------------
# A bar of buttons: share buttons (Shariff, AddToAny, Easy Social Share), a star rating, "print this
# page", the previous/next post links. Class names only: ids are often made from a heading's words.
_WIDGET_NAMES = re.compile(r"share|sharing|shariff|social|(?:^|[\s_-])(?:print|ratings?|post-navigation|nav-links)(?:$|[\s_-])",
                           re.I)
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


def drop_navigation_lines(body) -> None:
    """Lines of the body that only lead elsewhere ("[Quay lại]", "« Zurück") or label an advert."""
    for el in list(body.iter(*_LINE_TAGS)):
        if el is body or el.getparent() is None:
            continue
        text = normalize_text(el.text_content())
        if text and len(text) <= 40 and text.strip(_LINE_TRIM).casefold() in _NAVIGATION_LINES:
            remove(el)
